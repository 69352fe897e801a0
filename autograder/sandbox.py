"""Run each student's kernel in a bubblewrap sandbox, with CPU and memory limits.

The grader's kernelspec `nnfs-sandbox` starts `python -m autograder.sandbox <connection file>`.
This launcher sets resource limits, then execs the kernel inside `bwrap` with:
- the whole file system read-only, /tmp empty, the course's solutions/ and the
  folders named in NNFS_SANDBOX_HIDE (other submissions, the gradebook) hidden;
- write access to its own working copy (the kernel's working folder) only;
- no network (the kernel talks to nbgrader over IPC sockets in a folder of its own);
- its own PID namespace, ended with the grader.
Without bwrap the kernel runs with the limits only, and the grader says so loudly.
"""
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

from . import course

KERNEL_NAME = "nnfs-sandbox"
CPU_SECONDS = 300            # per kernel, i.e. per notebook; cells also have nbgrader's timeout
MEMORY_BYTES = 4 * 1024 ** 3
# One BLAS thread per kernel: the grader runs one kernel per core already.
# Agg draws no figure on plt.show(): grading needs the test cells, not the pictures.
KERNEL_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "MPLBACKEND": "Agg"}


def bwrap_works():
    """True when bubblewrap is installed and can make a sandbox on this machine."""
    if not shutil.which("bwrap"):
        return False
    probe = subprocess.run(["bwrap", "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "true"],
                           capture_output=True)
    return probe.returncode == 0


def install_kernelspec(jupyter_dir, hide, sandbox=True):
    """Write the kernelspec into `jupyter_dir`/kernels; return the environment to find it."""
    spec_dir = Path(jupyter_dir) / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "autograder.sandbox", "{connection_file}"],
        "display_name": "Python 3 (grading sandbox)",
        "language": "python",
        # bwrap does not pass SIGINT on to the kernel: interrupt it with a message instead,
        # so a cell that runs too long is stopped and the next cells still run.
        "interrupt_mode": "message",
        "env": {**KERNEL_ENV, "NNFS_SANDBOX": "1" if sandbox else "0",
                "NNFS_SANDBOX_HIDE": os.pathsep.join(str(h) for h in hide)},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    return {"JUPYTER_PATH": os.pathsep.join([str(jupyter_dir), os.environ.get("JUPYTER_PATH", "")]).rstrip(os.pathsep)}


def _under(path, folder):
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
        return True
    except ValueError:
        return False


def bwrap_command(connection_file, cwd, hide):
    """The bwrap command line that runs the kernel for a notebook in `cwd`."""
    python = sys.executable
    connection_file = str(Path(connection_file).resolve())
    # The kernel's sockets are IPC files next to the `ip` path of its connection file.
    info = json.loads(Path(connection_file).read_text())
    if info.get("transport") != "ipc":
        raise SystemExit("the grading sandbox needs KernelManager.transport = 'ipc' (it has no network)")
    ipc_dir = str(Path(info["ip"]).resolve().parent)
    cmd = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
    # The course (and its venv) may itself live under /tmp, e.g. a CI clone: show it again, read-only.
    if _under(course.REPO, "/tmp"):
        cmd += ["--ro-bind", str(course.REPO), str(course.REPO)]
    prefix = Path(sys.prefix).resolve()
    if _under(prefix, "/tmp") and not _under(prefix, course.REPO):
        cmd += ["--ro-bind", str(prefix), str(prefix)]
    for folder in [course.SOLUTIONS, *hide]:   # mounted over with an empty folder
        if Path(folder).is_dir():
            cmd += ["--tmpfs", str(Path(folder).resolve())]
    cmd += ["--bind", cwd, cwd, "--bind", ipc_dir, ipc_dir,
            "--ro-bind", connection_file, connection_file,
            "--unshare-net", "--unshare-pid", "--die-with-parent",
            "--unsetenv", "JPY_PARENT_PID", "--chdir", cwd,
            python, "-m", "ipykernel_launcher", "-f", connection_file]
    return cmd


def limit_resources():
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024 ** 2, 256 * 1024 ** 2))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    connection_file = argv[0]
    hide = [h for h in os.environ.get("NNFS_SANDBOX_HIDE", "").split(os.pathsep) if h]
    limit_resources()
    # The kernel's own console chatter ("To connect another client...") is not for the grader's terminal.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    if os.environ.get("NNFS_SANDBOX") == "1":
        cmd = bwrap_command(connection_file, os.getcwd(), hide)
    else:
        cmd = [sys.executable, "-m", "ipykernel_launcher", "-f", connection_file]
    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    main()
