"""The worker side of grading: one process, its own course folder and gradebook, one task at a time.

A worker is set up once (`setup`: the course folder with every assignment generated, the
sandbox's uid, kernelspec and font cache), then grades tasks (`grade_task`). A task carries
the notebook's bytes and the result comes back as data, so a worker may run on another
machine (a Dask worker, see cluster.py) as well as in a local process pool (pool.py).
"""
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

from .. import course
from ..authoring.release import generate
from . import sandbox
from .integrity import CollectIntegrityChecks, InjectIntegrityChecks
from .results import crashed_result, read_results
from .sanitize import prepare_copy

_WORKER = {}
CURRENT = "current"   # a file in the worker's folder naming the task it is grading
# A worker grades one task at a time: its course folder and gradebook are not shared.
_LOCK = threading.Lock()


class VersionSkew(RuntimeError):
    """The worker's course differs from the driver's: its grades would not be the driver's."""


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


def prepare_course(workdir, assignments=None):
    """A course folder with the assignments generated: the gradebook holds the
    source cells (hidden tests included) that autograde restores."""
    base = Path(workdir) / "course"
    course.make_course(base, assignments)
    generate(base, assignments)
    return base


def setup(options, base=None, workdir=None):
    """Make this process a grading worker.

    `options`: timeout, sandbox (bool), font_cache (a folder or None). `base`: a course
    folder made by prepare_course to copy (a local pool shares one); without it the
    worker makes its own from its checkout of the course (a cluster worker).
    """
    import warnings
    from sqlalchemy.exc import SAWarning

    # nbgrader's gradebook code trips SQLAlchemy warnings that mean nothing to an instructor.
    warnings.filterwarnings("ignore", category=SAWarning)
    course.put_venv_on_path()
    if _WORKER.get("setup_with") == (options, base) and _WORKER.get("fingerprint") == course.fingerprint():
        return   # a new run with the same course and options (a cluster worker): ready already
    setup_with = (dict(options), base)
    options = dict(options)
    parent = Path(base).parent if base else Path(workdir or tempfile.mkdtemp(prefix="nnfs-worker-"))
    root = Path(tempfile.mkdtemp(prefix=f"worker-{os.getpid()}-", dir=parent))
    if base:
        shutil.copytree(base, root, dirs_exist_ok=True)
    else:
        shutil.copytree(prepare_course(root / "build"), root, dirs_exist_ok=True)
        shutil.rmtree(root / "build")
    use_sandbox, font_cache = options.pop("sandbox"), options.pop("font_cache", None)
    if use_sandbox and sandbox.problem():
        _WORKER.update(refused=f"this worker cannot sandbox student code: {sandbox.problem()}")
        return
    font_cache = font_cache or sandbox.prebuild_font_cache(root / "fonts")
    # Every kernel starts through the sandbox launcher (bwrap, or limits only). When the
    # grader is root, this worker's kernels run as an unprivileged uid of their own,
    # which owns the folder of their sockets.
    uid = sandbox.claim_uid() if use_sandbox and sandbox.is_root() else None
    ipc_dir = root / "ipc"
    ipc_dir.mkdir()
    if uid is not None:
        os.chown(ipc_dir, uid, uid)
    os.environ.update(sandbox.install_kernelspec(root / "jupyter", sandbox=use_sandbox, uid=uid,
                                                 font_cache=font_cache))
    options.update(kernel_name=sandbox.KERNEL_NAME, ipc_dir=str(ipc_dir))
    _WORKER.update(root=root, options=options, refused="", fingerprint=course.fingerprint(),
                   name=f"{socket.gethostname()}:{os.getpid()}", setup_with=setup_with)


def grade_task(task):
    """Autograde one Task in this worker's course folder; a SubmissionResult, whatever happens.

    Raises only when this worker must not grade at all (no sandbox, another version of
    the course): the driver then reports it, or the cluster retries elsewhere.
    """
    if _WORKER.get("refused"):
        raise RuntimeError(_WORKER["refused"])
    if "root" not in _WORKER:
        raise RuntimeError("this process is not set up for grading (worker.setup, or the CourseWorker plugin)")
    if task.fingerprint and task.fingerprint != _WORKER["fingerprint"]:
        raise VersionSkew(f"worker {_WORKER['name']} has another version of the course "
                          f"({course.describe_fingerprint(_WORKER['fingerprint'], task.fingerprint)})")
    with _LOCK:
        current = _WORKER["root"] / CURRENT
        current.write_text(key(task))
        try:
            return _grade(task)
        finally:
            current.unlink(missing_ok=True)


def key(task):
    return f"{task.student_id}/{task.assignment}"


def _grade(task):
    from nbgrader.apps import NbGraderAPI

    started = time.monotonic()
    root, options = _WORKER["root"], _WORKER["options"]
    expected = course.test_cells(task.assignment)
    incoming = root / "incoming" / f"{task.student_id}.ipynb"
    incoming.parent.mkdir(exist_ok=True)
    incoming.write_bytes(task.content)
    target = root / "submitted" / task.student_id / task.assignment / f"{task.notebook_name}.ipynb"
    prepared = prepare_copy(incoming, target, expected.get(task.notebook_name, []))
    crashed = None
    try:
        if not prepared.malformed:
            api = NbGraderAPI(config=autograde_config(root, **options))
            outcome = api.autograde(task.assignment, task.student_id, force=True, create=True)
            if not outcome["success"]:
                crashed = f"{outcome.get('error') or ''}\n{outcome.get('log') or ''}"
        result = read_results(task, root, expected, crashed=crashed, prepared=prepared)
    except Exception as exc:   # the worker itself failed on this one: say so, go on
        result = crashed_result(task, expected, f"the grading worker failed: {type(exc).__name__}: {exc}")
    result.notes = prepared.notes + result.notes
    result.seconds = time.monotonic() - started
    result.worker = _WORKER["name"]
    shutil.rmtree(root / "submitted" / task.student_id, ignore_errors=True)
    shutil.rmtree(root / "autograded" / task.student_id, ignore_errors=True)
    incoming.unlink(missing_ok=True)
    return result
