"""The worker side of grading: one process, its own course folder and gradebook, one task at a time.

A worker is set up once (`setup`: the course folder with every assignment generated, the
sandbox's uid, kernelspec and font cache), then grades tasks (`grade_task`). A task carries
the notebook's bytes and the result comes back as data, so a worker may run on another
machine (a Dask worker, see cluster.py) as well as in a local process pool (pool.py).
"""
import atexit
import hashlib
import io
import os
import shutil
import socket
import tarfile
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
# Set once the worker is set up; a cluster worker is set up in a thread, so a task may wait.
_READY = threading.Event()
SETUP_SECONDS = 900


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


def setup(options, base=None, workdir=None, archive=None):
    """Make this process a grading worker.

    `options`: timeout, sandbox (bool), font_cache (a folder or None). The course folder
    comes from `base`, a folder made by prepare_course to copy (a local pool shares one),
    or from `archive`, the bytes of such a folder as a .tar.gz (the driver's, sent to a
    cluster worker); without either the worker makes its own from its checkout.
    """
    import warnings
    from sqlalchemy.exc import SAWarning

    # nbgrader's gradebook code trips SQLAlchemy warnings that mean nothing to an instructor.
    warnings.filterwarnings("ignore", category=SAWarning)
    course.put_venv_on_path()
    _destroy_contexts_without_lingering()
    digest = hashlib.sha256(archive).hexdigest() if archive else None
    if _WORKER.get("setup_with") == (options, base, digest) and _WORKER.get("fingerprint") == course.fingerprint():
        return   # a new run with the same course and options (a cluster worker): ready already
    _READY.clear()
    setup_with = (dict(options), base, digest)
    options = dict(options)
    parent = Path(base).parent if base else Path(workdir or tempfile.mkdtemp(prefix="nnfs-worker-"))
    root = Path(tempfile.mkdtemp(prefix=f"worker-{os.getpid()}-", dir=parent))
    if base:
        shutil.copytree(base, root, dirs_exist_ok=True)
    elif archive:
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
            # Our own archive; the "data" filter (Python 3.10.12 and newer) refuses odd members anyway.
            tar.extractall(root, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    else:
        shutil.copytree(prepare_course(root / "build"), root, dirs_exist_ok=True)
        shutil.rmtree(root / "build")
    use_sandbox, font_cache = options.pop("sandbox"), options.pop("font_cache", None)
    if use_sandbox and sandbox.problem():
        _WORKER.update(refused=f"this worker cannot sandbox student code: {sandbox.problem()}")
        _READY.set()
        return
    font_cache = font_cache or sandbox.prebuild_font_cache(root / "fonts")
    # Every kernel starts through the sandbox launcher (bwrap, or limits only). When the
    # grader is root, this worker's kernels run as an unprivileged uid of their own,
    # which owns the folder of their sockets.
    uid = sandbox.claim_uid() if use_sandbox and sandbox.is_root() else None
    # A Unix socket's path holds at most 107 bytes, and a Dask worker's folder is deep: the
    # kernels' sockets go in a short folder of their own.
    ipc_dir = Path(tempfile.mkdtemp(prefix="nnfs-ipc-", dir="/tmp" if Path("/tmp").is_dir() else None))
    atexit.register(shutil.rmtree, ipc_dir, True)
    if uid is not None:
        os.chown(ipc_dir, uid, uid)
    os.environ.update(sandbox.install_kernelspec(root / "jupyter", sandbox=use_sandbox, uid=uid,
                                                 font_cache=font_cache))
    options.update(kernel_name=sandbox.KERNEL_NAME, ipc_dir=str(ipc_dir))
    _WORKER.update(root=root, options=options, refused="", fingerprint=course.fingerprint(),
                   name=f"{socket.gethostname()}:{os.getpid()}", setup_with=setup_with)
    _READY.set()


def _destroy_contexts_without_lingering():
    """A zmq context left to the garbage collector is destroyed by whichever thread collects it,
    and its term() can block for good (seen in Dask worker threads, in the middle of a
    gradebook query, even with linger 0). Such a context is destroyed in a thread of its own,
    so a grading thread never waits for it."""
    import zmq

    def __del__(self):
        if not getattr(self, "_shadow", False) and not self.closed:
            threading.Thread(target=self.destroy, kwargs={"linger": 0}, daemon=True,
                             name="zmq-context-cleanup").start()

    zmq.Context.__del__ = __del__


def grade_task(task):
    """Autograde one Task in this worker's course folder; a SubmissionResult, whatever happens.

    Raises only when this worker must not grade at all (no sandbox, another version of
    the course): the driver then reports it, or the cluster retries elsewhere.
    """
    if not _READY.wait(SETUP_SECONDS):
        raise RuntimeError(f"this worker was not set up for grading within {SETUP_SECONDS} s")
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
