"""Submissions (files on the driver's disk) into Tasks (what a worker gets: bytes, not paths)."""
from pathlib import Path

from .. import course
from .model import Task
from .results import zero_result


def tasks_for(submissions, fingerprint=""):
    """(tasks, results so far): a submission whose file cannot be read is a result already."""
    tasks, results = [], [None] * len(submissions)
    for i, sub in enumerate(submissions):
        try:
            content = Path(sub.notebook).read_bytes()
        except OSError as exc:
            content = b""
            results[i] = unreadable_result(sub, f"the file could not be read ({exc.strerror})")
        tasks.append(Task(sub.student_id, sub.assignment, sub.notebook_name, content, fingerprint))
    return tasks, results


def unreadable_result(sub, why):
    """The result of a submission whose file could not even be read."""
    cells = course.test_cells(sub.assignment).get(sub.notebook_name, [])
    return zero_result(sub, cells, "malformed", "error", f"the notebook could not be graded: {why}")
