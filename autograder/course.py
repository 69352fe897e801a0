"""Where the course lives, and the nbgrader configuration every instructor step starts from.

The repository keeps nbgrader's source notebooks in `solutions/` and the student
release in `notebooks/`. Every nbgrader step runs in a throw-away course folder
with nbgrader's standard layout (source/, release/, submitted/, autograded/,
feedback/, gradebook.db), so nothing in the repository is ever written by nbgrader.

Instructor side only: students' copies (the handout) do not carry this module.
"""
import functools
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

from traitlets.config import Config

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
NOTEBOOKS = REPO / "notebooks"

# What a student's side of the course needs from the repository: the checks that test
# cells import and their translations (i18n.py, locale/), `make validate` and `make lab`, and
# the data sets notebooks load (data/). The handout ships exactly these, and the grading
# sandbox shows student code exactly these.
STUDENT_SIDE = ("autograder/__init__.py", "autograder/checks.py", "autograder/i18n.py", "autograder/validate.py",
                "autograder/lab.py", "locale", "data")
# ...except the translations of hidden tests' prose (locale/<language>/LC_MESSAGES/hidden/):
# the sandbox shows them to the kernel that runs the hidden tests; no handout carries them.
HIDDEN_CATALOGS = "hidden"

# Ignore what Jupyter leaves behind when an author runs a notebook.
IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", "gradebook.db")
STUDENT_IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.pyc", "gradebook.db", HIDDEN_CATALOGS)


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


@functools.lru_cache(maxsize=None)
def test_cells(assignment):
    """{notebook name: [(grade_id, points), ...]} of the assignment's auto-graded test cells."""
    import nbformat

    cells = {}
    for path in notebooks(SOLUTIONS / assignment):
        nb = nbformat.read(path, as_version=4)
        cells[path.stem] = [(c.metadata.nbgrader["grade_id"], float(c.metadata.nbgrader.get("points", 0)))
                            for c in nb.cells
                            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
    return cells


# What decides a grade, in parts, so that a mismatch can say which part differs.
FINGERPRINT_PARTS = {"solutions and hidden tests": ("solutions", "**/*"),
                     "grading code": ("autograder", "**/*.py"),
                     "data sets": ("data", "**/*"),
                     "pinned packages": (".", "requirements.txt")}


def fingerprint():
    """A digest of everything that decides a grade: the solutions with their hidden tests, the
    grading code and the pins. Two machines grade alike when their fingerprints are equal,
    committed or not."""
    parts = []
    for name, (folder, pattern) in FINGERPRINT_PARTS.items():
        digest = hashlib.sha256()
        for path in sorted((REPO / folder).glob(pattern)):
            if not path.is_file() or ".ipynb_checkpoints" in path.parts or "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        parts.append(f"{name}={digest.hexdigest()[:16]}")
    return ";".join(parts)


def describe_fingerprint(mine, theirs):
    """Which parts of two fingerprints differ, in words."""
    a, b = dict(p.split("=") for p in mine.split(";")), dict(p.split("=") for p in theirs.split(";"))
    differ = [name for name in a if a.get(name) != b.get(name)]
    return "its " + " and ".join(differ) + " differ" if differ else "the same course"


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
