"""Run the visible tests of notebooks, as nbgrader's Validate button does, and fail loudly.

    python -m autograder.validate [PATH ...]   # notebooks or folders (default: notebooks/)

A folder's editions in other languages (notebooks/pt-BR/) are left out unless named: a
student validates the edition they work in. Each notebook's messages come in its language.

Exit status 1 when any test cell fails (`nbgrader validate` itself exits 0 even then).
"""
import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from . import i18n
from .i18n import _

# Student side: this module ships in the handout, without the instructor's tools.
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
EDITION = re.compile(r"^[a-z]{2}-[A-Z]{2}$")     # a folder that holds the course in one language: pt-BR


def find_notebooks(paths):
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
                            and not any(EDITION.match(part) for part in p.relative_to(path).parts))
        elif path.suffix == ".ipynb" and path.exists():
            found.append(path)
        else:
            raise SystemExit(_("error: {path} is not a notebook or a folder of notebooks").format(path=path))
    return found


def last_line(error):
    lines = [line for line in ANSI.sub("", error).strip().splitlines() if line.strip()]
    for line in lines:  # our checks explain themselves in one line
        if line.startswith(("CheckFailed:", "AssertionError:")):
            return line
    return lines[-1] if lines else _("failed")


def kernel_config(folder):
    """Run the notebook's kernel over IPC sockets in `folder` (on Linux and macOS).

    Over TCP (Jupyter's default) ipykernel prints "Kernel is running over TCP without
    encryption..." on the terminal, every run; a student should see only their results.
    The grader's kernels talk over IPC as well.
    """
    from traitlets.config import Config

    c = Config()
    if os.name == "posix":
        c.KernelManager.transport = "ipc"
        c.KernelManager.ip = str(Path(folder) / "kernel")
    return c


def validate(path):
    """(number of problems, lines to print) for one notebook, in its language."""
    from nbgrader.validator import Validator

    language = i18n.notebook_language(path)
    i18n.set_language(language)
    os.environ["NNFS_LANGUAGE"] = language           # the kernel's checks speak it too
    os.environ["NNFS_ASSIGNMENT"] = Path(path).resolve().parent.name

    # A short private folder for the kernel's sockets (a socket's path has at most ~100 characters).
    with tempfile.TemporaryDirectory(prefix="nnfs-", dir="/tmp" if os.path.isdir("/tmp") else None) as sockets:
        results = Validator(config=kernel_config(sockets)).validate(str(path))
    lines = []
    for cell in results.get("type_changed", []):
        lines.append(_("  a cell's type was changed from {old} to {new}; undo it").format(
            old=cell["old_type"], new=cell["new_type"]))
    for cell in results.get("changed", []):
        first = cell["source"].splitlines()[0] if cell["source"] else ""
        lines.append(_("  a read-only cell was edited: {first}; restore it (the grader will)").format(first=repr(first)))
    for cell in results.get("failed", []):
        first = cell["source"].splitlines()[0] if cell["source"] else _("(empty cell)")
        lines.append(_("  FAILED {first}\n         {error}").format(first=first, error=last_line(cell["raw_error"])))
    return len(lines), lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(NOTEBOOKS)])
    args = parser.parse_args(argv)
    notebooks = find_notebooks(args.paths)
    if not notebooks:
        raise SystemExit(_("error: no notebooks found in {paths}").format(paths=" ".join(args.paths)))
    failed = 0
    for path in notebooks:
        problems, lines = validate(path)
        print((_("ok     {path}") if not problems else _("FAILED {path}")).format(path=path))
        for line in lines:
            print(line)
        failed += bool(problems)
    print(_("\n{passed} of {total} notebook(s) pass their visible tests.").format(
        passed=len(notebooks) - failed, total=len(notebooks)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
