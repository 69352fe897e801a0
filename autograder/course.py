"""Where the course lives, and the nbgrader configuration every instructor step starts from.

The repository keeps nbgrader's source notebooks in `solutions/` and the student
release in `notebooks/`. Every nbgrader step runs in a throw-away course folder
with nbgrader's standard layout (source/, release/, submitted/, autograded/,
feedback/, gradebook.db), so nothing in the repository is ever written by nbgrader.

Instructor side only: students' copies (the handout) do not carry this module.
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

# What a student's side of the course needs from this package: the checks that test
# cells import, `make validate` and `make lab`. The handout ships exactly these files, and the
# grading sandbox shows student code exactly these files of the repository.
STUDENT_SIDE = ("autograder/__init__.py", "autograder/checks.py", "autograder/validate.py", "autograder/lab.py")

# Ignore what Jupyter leaves behind when an author runs a notebook.
IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", "gradebook.db")


def assignments():
    """The assignment folders in teaching order: `01-neuron`, `02-layer`, ..."""
    return sorted(p.name for p in SOLUTIONS.iterdir()
                  if p.is_dir() and re.match(r"\d\d-", p.name))


def parse_assignments(text):
    """`01-neuron,02-layer` -> the list of those assignments; an unknown one is an error."""
    import argparse

    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in assignments()]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown assignment(s) {', '.join(unknown)}: "
                                         f"the course has {', '.join(assignments())}")
    return names


def notebooks(folder):
    """The notebooks of one assignment folder, by name."""
    return sorted(p for p in Path(folder).glob("*.ipynb"))


def base_config(root):
    """nbgrader's configuration for a course folder at `root`; each tool adds its own steps."""
    c = Config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.course_id = "nnfs"
    c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
    # A test cell that writes anything to stderr scores 0 in nbgrader. The checks
    # already silence warnings around student code; this also drops warnings
    # raised elsewhere in a test cell, so a warning alone never costs points.
    c.IgnorePattern.enabled = True
    c.IgnorePattern.pattern = r"\w+Warning: "
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
