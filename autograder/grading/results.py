"""Turn what nbgrader left behind (gradebook, autograded notebook) into results per test cell."""
import re
from pathlib import Path

import nbformat

from .limits import MESSAGE_CHARS, NOTEBOOK_OUTPUT_CHARS, clip, clip_end
from .model import SubmissionResult, TestResult

ANSI = re.compile(r"\x1b\[[0-9;]*m")
# The grader interrupts a cell that runs past the timeout: the kernel reports KeyboardInterrupt.
TIMEOUT_ERRORS = {"CellTimeoutError", "TimeoutError", "KeyboardInterrupt"}
CHECK_ERRORS = {"CheckFailed", "AssertionError"}


def _grades(root, sub):
    """{grade_id: (score, max_score)} from the worker's gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        notebook = gb.find_submission_notebook(sub.notebook_name, sub.assignment, sub.student_id)
        return {g.name: (float(g.score or 0.0), float(g.max_score)) for g in notebook.grades
                if g.cell_type == "code"}


def _cell_outputs(text):
    """{grade_id: outputs} of the autograded notebook's test cells."""
    nb = nbformat.reads(text, as_version=4)
    return {c.metadata.nbgrader["grade_id"]: c.get("outputs", []) for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")}


def _explain(outputs):
    """(status, message) of a test cell that did not get full marks.

    Student code writes these messages (its exceptions, its prints): they are cut to
    limits.MESSAGE_CHARS before they go anywhere.
    """
    status, message = _status_and_message(outputs)
    return status, clip(message, MESSAGE_CHARS)


def _status_and_message(outputs):
    for out in outputs:
        if out.output_type == "error":
            text = ANSI.sub("", out.get("evalue", "")) or ANSI.sub("", "\n".join(out.get("traceback", [])))
            if out.ename in TIMEOUT_ERRORS:
                return "timeout", "the cell ran too long and was stopped (an endless loop?)"
            if out.ename in CHECK_ERRORS:
                return "failed", text.strip() or "a check failed"
            if out.ename == "TamperedError":
                return "tampered", text.strip()
            return "error", f"{out.ename}: {text.strip()}"
    for out in outputs:
        if out.output_type == "stream" and out.name == "stderr":
            return "error", "the cell wrote to stderr: " + out.text.strip()
    return "failed", "the test did not pass"


def read_results(sub, root, expected, crashed=None, prepared=None):
    """The SubmissionResult of one autograded submission."""
    cells = expected.get(sub.notebook_name, [])
    max_score = sum(points for _, points in cells)
    if prepared is not None and prepared.malformed:
        return zero_result(sub, cells, "malformed", "error",
                         f"the notebook could not be graded: {prepared.malformed}")
    if crashed is not None:
        return zero_result(sub, cells, "crashed", "error", _crash_message(crashed))

    autograded = Path(root) / "autograded" / sub.student_id / sub.assignment / f"{sub.notebook_name}.ipynb"
    grades = _grades(root, sub)
    autograded = bounded(autograded.read_text())
    outputs = _cell_outputs(autograded)
    tests, statuses = [], set()
    for grade_id, points in cells:
        score, _ = grades.get(grade_id, (0.0, points))
        if prepared is not None and grade_id in prepared.missing:
            status, message = "missing", "this test cell was deleted from the notebook"
            score = 0.0
        else:
            status, message = ("passed", "") if score >= points else _explain(outputs.get(grade_id, []))
            if status == "passed" and prepared is not None and grade_id in prepared.edited:
                status, message = "tampered", "this test cell was edited; the original test was run and passed"
        if status == "tampered" and prepared is not None and grade_id not in prepared.edited:
            score = 0.0
        statuses.add(status)
        tests.append(TestResult(sub.student_id, sub.assignment, grade_id, score, points, status, message))
    if prepared is not None and prepared.edited:
        statuses.add("tampered")
    overall = ("tampered" if "tampered" in statuses else
               "timeout" if "timeout" in statuses else "graded")
    return SubmissionResult(sub.student_id, sub.assignment, sum(t.score for t in tests), max_score,
                            overall, tests, autograded=autograded)


def bounded(text):
    """The autograded notebook with each output cut to limits.NOTEBOOK_OUTPUT_CHARS."""
    nb = nbformat.reads(text, as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                out.text = clip_end(out.text, NOTEBOOK_OUTPUT_CHARS)
            for key, value in list(out.get("data", {}).items()):
                if isinstance(value, str) and len(value) > NOTEBOOK_OUTPUT_CHARS:
                    if key.startswith("text/"):
                        out.data[key] = clip_end(value, NOTEBOOK_OUTPUT_CHARS)
                    else:   # an image too large to keep
                        del out.data[key]
                        out.data.setdefault("text/plain", f"[a {key} output of {len(value)} characters was dropped]")
    return nbformat.writes(nb)


def _crash_message(log):
    if "DeadKernelError" in log or "Kernel died" in log or "kernel died" in log:
        return "the notebook's kernel died while running it (os._exit, a crash or too much memory)"
    last = [line for line in ANSI.sub("", log).strip().splitlines() if line.strip()]
    return clip("nbgrader could not grade this notebook: " + (last[-1] if last else "unknown error"), MESSAGE_CHARS)


def zero_result(sub, cells, overall, status, message):
    """A result of 0 on every test cell, all with the same status and message."""
    tests = [TestResult(sub.student_id, sub.assignment, g, 0.0, p, status, message) for g, p in cells]
    return SubmissionResult(sub.student_id, sub.assignment, 0.0, sum(p for _, p in cells),
                            overall, tests, notes=[message])


def crashed_result(sub, expected, message):
    return zero_result(sub, expected.get(sub.notebook_name, []), "crashed", "error", message)
