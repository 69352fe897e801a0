"""Where the course lives and how nbgrader is configured for it.

The repository keeps nbgrader's source notebooks in `solutions/` and the student
release in `notebooks/`. Every nbgrader step runs in a throw-away course folder
with nbgrader's standard layout (source/, release/, submitted/, autograded/,
feedback/, gradebook.db), so nothing in the repository is ever written by nbgrader.
"""
import os
import re
import shutil
import sys
from pathlib import Path

from traitlets.config import Config

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
NOTEBOOKS = REPO / "notebooks"

# Ignore what Jupyter leaves behind when an author runs a notebook.
IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", "gradebook.db")


def assignments():
    """The assignment folders in teaching order: `01-neuron`, `02-layer`, ..."""
    return sorted(p.name for p in SOLUTIONS.iterdir()
                  if p.is_dir() and re.match(r"\d\d-", p.name))


def notebooks(folder):
    """The notebooks of one assignment folder, by name."""
    return sorted(p for p in Path(folder).glob("*.ipynb"))


def nbgrader_config(root, timeout=30, kernel_name=None, ipc_dir=None):
    """The course's nbgrader configuration for a course folder at `root`.

    `kernel_name` and `ipc_dir` select the grading sandbox's kernel (see sandbox.py),
    which talks to nbgrader over IPC sockets in `ipc_dir` because it has no network.
    """
    from .integrity import CollectIntegrityChecks, InjectIntegrityChecks
    from .preprocessors import ClearSolutionsWithHint
    from nbgrader.converters.autograde import Autograde
    from nbgrader.converters.generate_assignment import GenerateAssignment
    from nbgrader.preprocessors import Execute

    c = Config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.course_id = "nnfs"
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
    # The stub names the function to write instead of a bare NotImplementedError.
    c.GenerateAssignment.preprocessors = [
        ClearSolutionsWithHint if cls.__name__ == "ClearSolutions" else cls
        for cls in GenerateAssignment.class_traits()["preprocessors"].default()
    ]
    # A test cell that writes anything to stderr scores 0 in nbgrader. The checks
    # already silence warnings around student code; this also drops warnings
    # raised elsewhere in a test cell, so a warning alone never costs points.
    c.IgnorePattern.enabled = True
    c.IgnorePattern.pattern = r"\w+Warning: "
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


def put_venv_on_path():
    """nbgrader runs the `alembic` executable to create a gradebook: it must be on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def make_course(root, names=None):
    """A fresh nbgrader course folder at `root` whose source/ is a copy of solutions/."""
    root = Path(root)
    for name in names or assignments():
        shutil.copytree(SOLUTIONS / name, root / "source" / name, ignore=IGNORE)
    return root


def generate(root, names=None):
    """Run nbgrader generate_assignment in the course folder; raise if it fails."""
    from nbgrader.apps import NbGraderAPI

    put_venv_on_path()
    api = NbGraderAPI(config=nbgrader_config(root))
    for name in names or assignments():
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise RuntimeError(f"nbgrader generate_assignment {name} failed:\n"
                               f"{result.get('error') or ''}\n{result.get('log') or ''}")
    return Path(root) / "release"
