"""`make validate`, the student's command: only their results on the terminal, and an exit
status that says whether the visible tests pass."""
import subprocess
import sys

from autograder import course


def validate(*paths):
    return subprocess.run([sys.executable, "-m", "autograder.validate", *map(str, paths)],
                          capture_output=True, text=True, cwd=course.REPO)


def test_validate_shows_only_the_results():
    run = validate(course.NOTEBOOKS / "01-neuron")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "FAILED" in run.stdout and "neuron_output is not written yet" in run.stdout
    # ipykernel's "Kernel is running over TCP without encryption" warning (or anything else)
    # must not reach the student's terminal: the kernel talks over IPC.
    assert run.stderr == "", run.stderr
    assert "0 of 1 notebook(s) pass their visible tests." in run.stdout
