"""Hooks for the whole suite: the solution notebooks (nbval) and tests/.

`make test` runs on pytest-xdist workers with `--dist loadfile`: each notebook's cells stay on
one worker, in order (nbval runs them in one kernel), and each test module's tests stay together,
so a module-scoped grading run is made once. (`--dist loadgroup` would let modules share session
fixtures, but xdist 3.8 cannot tag node ids under pytest 9.)
"""

# The modules that grade whole batches, longest first: xdist hands files out in collection order,
# so starting these first keeps one worker from finishing long after the other.
LONGEST_FIRST = ["test_translation.py", "test_grade_cli.py", "test_cluster.py", "test_roundtrip.py",
                 "test_browser.py", "test_lms.py", "test_handout.py"]


def pytest_collection_modifyitems(config, items):
    def rank(item):
        name = item.nodeid.split("::")[0].rsplit("/", 1)[-1]
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)
    items.sort(key=rank)      # stable: the cells of a notebook keep their order
