"""Hooks for the whole suite: the solution notebooks (nbval) and tests/.

`make test` runs on pytest-xdist workers with `--dist loadfile`: each notebook's cells stay on
one worker, in order (nbval runs them in one kernel), and each test module's tests stay together,
so a module-scoped grading run is made once. (`--dist loadgroup` would let modules share session
fixtures, but xdist 3.8 cannot tag node ids under pytest 9.)
"""
