"""Grade many submissions with nbgrader, in parallel, one result per test cell.

nbgrader does the grading (hidden tests restored from the gradebook, locked
cells checked by checksum, scores saved). This module adds what it lacks:

- parallel workers, each with its own copy of the course folder and gradebook,
  so there is no shared SQLite file to lock;
- a batch that never stops for one bad submission (every failure becomes a
  result with a status);
- per-test results with the failure message in the student's terms.

Submissions are copied into the workers' course folders; the originals are never
opened for writing.
"""
import functools
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import nbformat

from .. import course
from ..authoring.release import generate
from . import sandbox
from .integrity import CollectIntegrityChecks, InjectIntegrityChecks
from .model import Submission, SubmissionResult, TestResult  # noqa: F401 (re-exported)
from .results import crashed_result, read_results
from .sanitize import prepare_copy

@functools.lru_cache(maxsize=None)
def test_cells(assignment):
    """{notebook name: [(grade_id, points), ...]} of the assignment's auto-graded test cells."""
    cells = {}
    for path in course.notebooks(course.SOLUTIONS / assignment):
        nb = nbformat.read(path, as_version=4)
        cells[path.stem] = [(c.metadata.nbgrader["grade_id"], float(c.metadata.nbgrader.get("points", 0)))
                            for c in nb.cells
                            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
    return cells


def autograde_config(root, timeout=30, kernel_name=None, ipc_dir=None):
    """nbgrader's autograde for the course folder at `root`, with the integrity checks.

    `kernel_name` and `ipc_dir` select the grading sandbox's kernel (see sandbox.py),
    which talks to nbgrader over IPC sockets in `ipc_dir` because it has no network.
    """
    from nbgrader.converters.autograde import Autograde
    from nbgrader.preprocessors import Execute

    c = course.base_config(root)
    # Student code could monkeypatch numpy or the checks: guard every test cell.
    steps = []
    for cls in Autograde.class_traits()["autograde_preprocessors"].default():
        steps += [InjectIntegrityChecks, cls, CollectIntegrityChecks] if cls is Execute else [cls]
    c.Autograde.autograde_preprocessors = steps
    c.Execute.timeout = timeout
    if kernel_name:
        c.Execute.kernel_name = kernel_name
    if ipc_dir:
        Path(ipc_dir).mkdir(parents=True, exist_ok=True)
        c.KernelManager.transport = "ipc"
        c.KernelManager.ip = str(Path(ipc_dir) / "kernel")
    return c


# ---------------------------------------------------------------- worker side

_WORKER = {}


def _start_worker(base, options):
    """Give this worker process its own copy of the prepared course folder."""
    import warnings
    from sqlalchemy.exc import SAWarning

    # nbgrader's gradebook code trips SQLAlchemy warnings that mean nothing to an instructor.
    warnings.filterwarnings("ignore", category=SAWarning)
    course.put_venv_on_path()
    root = Path(tempfile.mkdtemp(prefix=f"worker-{os.getpid()}-", dir=base.parent))
    shutil.copytree(base, root, dirs_exist_ok=True)
    # Every kernel starts through the sandbox launcher (bwrap, or limits only). When the
    # grader is root, this worker's kernels run as an unprivileged uid of their own,
    # which owns the folder of their sockets.
    use_sandbox, font_cache = options.pop("sandbox"), options.pop("font_cache")
    uid = sandbox.claim_uid() if use_sandbox and sandbox.is_root() else None
    ipc_dir = root / "ipc"
    ipc_dir.mkdir()
    if uid is not None:
        os.chown(ipc_dir, uid, uid)
    os.environ.update(sandbox.install_kernelspec(root / "jupyter", sandbox=use_sandbox, uid=uid,
                                                 font_cache=font_cache))
    options.update(kernel_name=sandbox.KERNEL_NAME, ipc_dir=str(ipc_dir))
    _WORKER.update(root=root, options=options)


def _grade_one(sub):
    """Autograde one submission in this worker's course folder; never raises."""
    from nbgrader.apps import NbGraderAPI

    started = time.monotonic()
    root, options = _WORKER["root"], _WORKER["options"]
    expected = test_cells(sub.assignment)
    target = root / "submitted" / sub.student_id / sub.assignment / f"{sub.notebook_name}.ipynb"
    prepared = prepare_copy(sub.notebook, target, expected.get(sub.notebook_name, []))
    crashed = None
    if not prepared.malformed:
        api = NbGraderAPI(config=autograde_config(root, **options))
        outcome = api.autograde(sub.assignment, sub.student_id, force=True, create=True)
        if not outcome["success"]:
            crashed = outcome.get("error") or outcome.get("log") or ""
    result = read_results(sub, root, expected, crashed=crashed, prepared=prepared)
    result.notes = prepared.notes + result.notes
    result.seconds = time.monotonic() - started
    shutil.rmtree(root / "submitted" / sub.student_id, ignore_errors=True)
    return result


# ---------------------------------------------------------------- driver side

def prepare_course(workdir, assignments):
    """A course folder with the assignments generated: the gradebook holds the
    source cells (hidden tests included) that autograde restores."""
    base = Path(workdir) / "course"
    course.make_course(base, assignments)
    generate(base, assignments)
    return base


def grade(submissions, jobs=None, timeout=30, workdir=None, progress=None, use_sandbox=None, base=None):
    """Grade `submissions` with `jobs` parallel workers; return SubmissionResults in input order.

    `use_sandbox`: run student code in the bubblewrap sandbox (sandbox.py); None means
    it must, and raises when this machine cannot. `progress(done, total, result)` is
    called after each submission. `base`: a course folder made by prepare_course, to reuse.
    """
    submissions = list(submissions)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(submissions) or 1))
    assignments = sorted({s.assignment for s in submissions})
    own_tmp = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="nnfs-grade-"))
    try:
        if use_sandbox is None:
            why = sandbox.problem()
            if why:
                raise RuntimeError(f"cannot sandbox student code: {why}")
            use_sandbox = True
        base = Path(base) if base else prepare_course(workdir, assignments)
        font_cache = sandbox.prebuild_font_cache(Path(tempfile.mkdtemp(prefix="fonts-", dir=workdir)))
        options = dict(timeout=timeout, sandbox=use_sandbox, font_cache=str(font_cache))
        results = [None] * len(submissions)
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                                 initargs=(base, options)) as pool:
            futures = {pool.submit(_grade_one, s): i for i, s in enumerate(submissions)}
            for done, future in enumerate(as_completed(futures), 1):
                i = futures[future]
                try:
                    results[i] = future.result()
                except Exception as exc:  # a worker died: record it, go on
                    results[i] = crashed_result(submissions[i], test_cells(submissions[i].assignment),
                                                f"the grading worker failed: {exc!r}")
                if progress:
                    progress(done, len(submissions), results[i])
        return results
    finally:
        if own_tmp:
            shutil.rmtree(workdir, ignore_errors=True)
