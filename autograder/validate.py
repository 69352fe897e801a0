"""Run the visible tests of notebooks, as nbgrader's Validate button does, and fail loudly.

    python -m autograder.validate [PATH ...]   # notebooks or folders (default: notebooks/)

Exit status 1 when any test cell fails (`nbgrader validate` itself exits 0 even then).
"""
import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

# Student side: this module ships in the handout, without the instructor's tools.
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def find_notebooks(paths):
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        elif path.suffix == ".ipynb" and path.exists():
            found.append(path)
        else:
            raise SystemExit(f"error: {path} is not a notebook or a folder of notebooks")
    return found


def last_line(error):
    lines = [line for line in ANSI.sub("", error).strip().splitlines() if line.strip()]
    for line in lines:  # our checks explain themselves in one line
        if line.startswith(("CheckFailed:", "AssertionError:")):
            return line
    return lines[-1] if lines else "failed"


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
    """(number of problems, lines to print) for one notebook."""
    from nbgrader.validator import Validator

    # A short private folder for the kernel's sockets (a socket's path has at most ~100 characters).
    with tempfile.TemporaryDirectory(prefix="nnfs-", dir="/tmp" if os.path.isdir("/tmp") else None) as sockets:
        results = Validator(config=kernel_config(sockets)).validate(str(path))
    lines = []
    for cell in results.get("type_changed", []):
        lines.append(f"  a cell's type was changed from {cell['old_type']} to {cell['new_type']}; undo it")
    for cell in results.get("changed", []):
        first = cell["source"].splitlines()[0] if cell["source"] else ""
        lines.append(f"  a read-only cell was edited: {first!r}; restore it (the grader will)")
    for cell in results.get("failed", []):
        first = cell["source"].splitlines()[0] if cell["source"] else "(empty cell)"
        lines.append(f"  FAILED {first}\n         {last_line(cell['raw_error'])}")
    return len(lines), lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(NOTEBOOKS)])
    args = parser.parse_args(argv)
    notebooks = find_notebooks(args.paths)
    if not notebooks:
        raise SystemExit("error: no notebooks found in " + " ".join(args.paths))
    failed = 0
    for path in notebooks:
        problems, lines = validate(path)
        print(f"{'ok    ' if not problems else 'FAILED'} {path}")
        for line in lines:
            print(line)
        failed += bool(problems)
    print(f"\n{len(notebooks) - failed} of {len(notebooks)} notebook(s) pass their visible tests.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
