"""Run each student's kernel in a bubblewrap sandbox: unprivileged, a minimal view, a clean
environment, capped.

The grader's kernelspec `nnfs-sandbox` starts `python -m autograder.grading.sandbox <connection file>`
in the notebook's working copy. This launcher sets the limits of limits.py, then execs the
kernel inside `bwrap`:

- **No privileges.** When the grader runs as root, bwrap sets up the sandbox and `setpriv`
  then becomes a real unprivileged user (one uid per grading worker, SANDBOX_UID_BASE + n,
  which owns no file on the machine), with no capabilities, an empty bounding set and
  no_new_privs: nothing it runs can gain them back (setuid programs included). A grader
  that is not root runs bwrap as itself, in a user namespace, with no capabilities.
- **A minimal view**, read-only: /usr (programs and libraries), a few files of /etc, the
  Python installation (sys.base_prefix and sys.prefix, wherever they live), the course's
  student-side files (course.STUDENT_SIDE: the checks, not the solutions, tests or grading
  code) and a prebuilt matplotlib font cache. Writable: a size-capped tmpfs at the working
  copy and at /tmp, and the worker's socket folder. Nothing else of the machine exists in
  there: no home folder, no other submission, no earlier output, no other process.
- **A clean environment**: only the variables of KERNEL_ENV (and PATH, HOME).
- **No network**: the kernel talks to nbgrader over IPC sockets in a folder of its own.
- Its own PID namespace, killed with the grader.

Without bwrap the kernel runs with the limits and the clean environment only, and only
when the instructor asked for it (`make grade ... --no-sandbox`).
"""
import fcntl
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .. import course
from . import limits

KERNEL_NAME = "nnfs-sandbox"
# Uids given to sandboxed kernels when the grader is root: high enough to belong to no
# one (below 2**31, which some tools mishandle). Set NNFS_SANDBOX_UID_BASE to move them.
SANDBOX_UID_BASE = int(os.environ.get("NNFS_SANDBOX_UID_BASE", 2_100_000_000))
# The files of /etc that Python, numpy and matplotlib read.
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "fonts", "localtime", "mime.types")
MPL_CACHE = "/tmp/matplotlib"
CONNECTION_FILE = "/tmp/kernel-connection.json"   # where the kernel finds it, inside
# The whole environment of a kernel. One BLAS thread: the grader runs one kernel per core.
# Agg draws no figure on plt.show(): grading needs the test cells, not the pictures.
KERNEL_ENV = {
    "LANG": "C.UTF-8",
    "MPLBACKEND": "Agg",
    "MPLCONFIGDIR": MPL_CACHE,
    "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "IPYTHONDIR": "/tmp/ipython",
    "JUPYTER_RUNTIME_DIR": "/tmp/jupyter",
    "TMPDIR": "/tmp",
}


def is_root():
    return os.geteuid() == 0


def problem():
    """Why student code cannot be sandboxed here, or "" when it can."""
    if not shutil.which("bwrap"):
        return "bubblewrap (bwrap) is not installed: run `make system-deps` (apt-get install bubblewrap)"
    if is_root() and not shutil.which("setpriv"):
        return "setpriv (util-linux) is not installed: the sandbox cannot drop root's privileges"
    probe = subprocess.run(["bwrap", "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "true"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        return f"bubblewrap cannot make a sandbox on this machine: {probe.stderr.strip()}"
    return ""


def bwrap_works():
    """True when bubblewrap can sandbox student code on this machine."""
    return not problem()


_HELD_UIDS = []   # lock files kept open (and locked) for the life of the worker process


def claim_uid():
    """A sandbox uid of its own for this worker process, held until the process exits.

    Each worker gets its own uid so that RLIMIT_NPROC, which counts the processes of a
    real user, caps each sandbox apart. The claim is an flock, so a worker that dies
    frees its uid, and several grading runs on one machine never share one.
    """
    if _HELD_UIDS:                     # set up again (a new grading run on a Dask worker)
        return _HELD_UIDS[0][0]
    folder = Path(tempfile.gettempdir()) / "nnfs-sandbox-uids"
    folder.mkdir(mode=0o700, exist_ok=True)
    for uid in range(SANDBOX_UID_BASE, SANDBOX_UID_BASE + 4096):
        handle = open(folder / f"{uid}.lock", "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        if processes_of(uid):          # left over from something else: not ours to use
            handle.close()
            continue
        _HELD_UIDS.append((uid, handle))
        return uid
    raise RuntimeError(f"no free sandbox uid from {SANDBOX_UID_BASE}: too many graders at once?")


def prebuild_font_cache(folder):
    """matplotlib's font list, built once per worker: a sandbox starts with an empty /tmp,
    and building the list in every kernel would cost about a second per notebook."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"],
                   env={**KERNEL_ENV, "MPLCONFIGDIR": str(folder), "PATH": os.environ.get("PATH", "")},
                   capture_output=True, check=False)
    return folder


def install_kernelspec(jupyter_dir, sandbox=True, uid=None, font_cache=None):
    """Write the kernelspec into `jupyter_dir`/kernels; return the environment to find it.

    `uid`: the unprivileged user the kernels run as (when the grader is root).
    """
    spec_dir = Path(jupyter_dir) / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "autograder.grading.sandbox", "{connection_file}"],
        "display_name": "Python 3 (grading sandbox)",
        "language": "python",
        # bwrap does not pass SIGINT on to the kernel: interrupt it with a message instead,
        # so a cell that runs too long is stopped and the next cells still run.
        "interrupt_mode": "message",
        "env": {"NNFS_SANDBOX": "1" if sandbox else "0",
                "NNFS_SANDBOX_UID": "" if uid is None else str(uid),
                "NNFS_SANDBOX_FONT_CACHE": str(font_cache or "")},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    return {"JUPYTER_PATH": os.pathsep.join([str(jupyter_dir), os.environ.get("JUPYTER_PATH", "")]).rstrip(os.pathsep)}


# ---------------------------------------------------------------- the bwrap command line

class View:
    """The sandbox's file system, as bwrap arguments, in the order bwrap applies them.

    bwrap creates a missing parent folder with mode 0700 when run as root, which an
    unprivileged user cannot enter: every parent is made here first, with mode 0755.
    """

    def __init__(self):
        self.args, self.made = [], {"/"}

    def _parents(self, dest):
        for parent in reversed(Path(dest).parents):
            if str(parent) not in self.made:
                self.args += ["--perms", "0755", "--dir", str(parent)]
                self.made.add(str(parent))

    def read_only(self, source, dest=None):
        dest = str(dest or source)
        self._parents(dest)
        self.args += ["--ro-bind", str(source), dest]
        self.made.add(dest)

    def writable(self, source, dest=None):
        dest = str(dest or source)
        self._parents(dest)
        self.args += ["--bind", str(source), dest]
        self.made.add(dest)

    def tmpfs(self, dest, size, perms):
        self._parents(dest)
        self.args += ["--perms", perms, "--size", str(size), "--tmpfs", str(dest)]
        self.made.add(str(dest))

    def folder(self, dest, perms="0755"):
        self._parents(dest)
        self.args += ["--perms", perms, "--dir", str(dest)]
        self.made.add(str(dest))


def python_roots():
    """The folders that hold the running Python and its packages (venv, conda, pyenv...)."""
    roots = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(),
             Path(sys.executable).resolve().parent.parent}
    # A folder inside another is already shown with it.
    return sorted(r for r in roots if not any(o != r and o in r.parents for o in roots))


def system_view(view):
    """/usr and the top-level links into it (/bin, /lib...), as on the host, and /etc's allow-list."""
    view.read_only("/usr")
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        top = Path("/") / name
        if top.is_symlink():
            view.args += ["--symlink", os.readlink(top), str(top)]
        elif top.is_dir():
            view.read_only(top)
    for name in ETC_FILES:
        if (Path("/etc") / name).exists():
            view.read_only(Path("/etc") / name)


def bwrap_command(connection_file, cwd, uid=None, font_cache=None):
    """The bwrap command line that runs the kernel for the notebook in `cwd`.

    `uid`: the unprivileged user to become (the grader is root); None: stay who we are.
    Returns (command, file descriptors the command needs).
    """
    connection_file = Path(connection_file).resolve()
    info = json.loads(connection_file.read_text())
    if info.get("transport") != "ipc":
        raise SystemExit("the grading sandbox needs KernelManager.transport = 'ipc' (it has no network)")
    ipc_dir = Path(info["ip"]).resolve().parent   # the kernel's sockets: files next to `ip`
    cwd = Path(cwd).resolve()

    view = View()
    system_view(view)
    view.tmpfs("/tmp", limits.TMP_BYTES, "1777")
    for root in python_roots():
        view.read_only(root)
    for relative in course.STUDENT_SIDE:
        if (course.REPO / relative).exists():
            view.read_only(course.REPO / relative)
    if font_cache and Path(font_cache).is_dir():
        view.folder(MPL_CACHE, "1777")
        for path in Path(font_cache).glob("fontlist-*.json"):
            view.read_only(path, f"{MPL_CACHE}/{path.name}")
    # The working copy: a size-capped tmpfs holding the submission's files, read-only.
    view.tmpfs(cwd, limits.WORKDIR_BYTES, "0777" if uid is not None else "0755")
    for path in sorted(cwd.iterdir()):
        if path.is_file():
            view.read_only(path)
    view.writable(ipc_dir)
    # The connection file (the grader's, mode 0600) is copied in, readable by the kernel.
    fd = os.open(connection_file, os.O_RDONLY)
    os.set_inheritable(fd, True)
    view.args += ["--perms", "0444", "--ro-bind-data", str(fd), CONNECTION_FILE]

    env = {**KERNEL_ENV, "HOME": str(cwd),
           "PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])}
    cmd = ["bwrap", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
           "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    for key, value in sorted(env.items()):
        cmd += ["--setenv", key, value]
    cmd += ["--proc", "/proc", "--dev", "/dev", *view.args, "--chdir", str(cwd)]
    if uid is not None:
        # bwrap keeps only what setpriv needs to become `uid`; setpriv drops that too.
        cmd += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP",
                shutil.which("setpriv"), f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"]
    cmd += [sys.executable, "-m", "ipykernel_launcher", "-f", CONNECTION_FILE]
    return cmd, [fd]


# ---------------------------------------------------------------- limits

def processes_of(uid):
    """How many processes and threads the user `uid` has now (what RLIMIT_NPROC counts)."""
    count = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if int(fields.get("Uid", "-1").split()[0]) == uid:
            count += int(fields.get("Threads", "1"))
    return count


def limit_resources(uid=None):
    """The caps of limits.py, inherited by the kernel and everything it starts.

    RLIMIT_NPROC counts every process of a real user: a sandbox user (root grader) has
    only the kernel's; a grader that is not root shares its own count with the kernel,
    so the kernel gets PROCESSES more than the grader's user has now.
    """
    processes = limits.PROCESSES if uid is not None else processes_of(os.getuid()) + limits.PROCESSES
    for kind, value in ((resource.RLIMIT_CPU, limits.CPU_SECONDS),
                        (resource.RLIMIT_AS, limits.MEMORY_BYTES),
                        (resource.RLIMIT_FSIZE, limits.FILE_BYTES),
                        (resource.RLIMIT_NPROC, processes),
                        (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(kind, (value, value))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    connection_file = argv[0]
    uid = os.environ.get("NNFS_SANDBOX_UID") or None
    uid = int(uid) if uid is not None and is_root() else None
    limit_resources(uid)
    # The kernel's own console chatter ("To connect another client...") is not for the grader's terminal.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    if os.environ.get("NNFS_SANDBOX") == "1":
        cmd, fds = bwrap_command(connection_file, os.getcwd(), uid, os.environ.get("NNFS_SANDBOX_FONT_CACHE"))
        os.execvp(cmd[0], cmd)
    # --no-sandbox: the limits and the clean environment still apply.
    env = {**KERNEL_ENV, "HOME": os.getcwd(), "PATH": os.environ.get("PATH", ""),
           "MPLCONFIGDIR": os.environ.get("NNFS_SANDBOX_FONT_CACHE") or KERNEL_ENV["MPLCONFIGDIR"]}
    os.execve(sys.executable, [sys.executable, "-m", "ipykernel_launcher", "-f", connection_file], env)


if __name__ == "__main__":
    main()
