"""Build the student release: `notebooks/` generated from `solutions/` by nbgrader.

    python -m autograder.authoring.release            # rewrite notebooks/ (what `make release` runs)
    python -m autograder.authoring.release --out DIR  # write the release somewhere else

notebooks/ is never edited by hand: change solutions/ and run this again.
"""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .. import course
from .preprocessors import ClearSolutionsWithHint


def generate_config(root):
    """nbgrader's generate_assignment, with a stub that names the function to write."""
    from nbgrader.converters.generate_assignment import GenerateAssignment

    c = course.base_config(root)
    c.GenerateAssignment.preprocessors = [
        ClearSolutionsWithHint if cls.__name__ == "ClearSolutions" else cls
        for cls in GenerateAssignment.class_traits()["preprocessors"].default()
    ]
    return c


def generate(root, names=None):
    """Run nbgrader generate_assignment in the course folder at `root`; raise if it fails.

    Besides release/, this fills the folder's gradebook with every source cell (hidden
    tests included), which autograding restores.
    """
    from nbgrader.apps import NbGraderAPI

    course.put_venv_on_path()
    api = NbGraderAPI(config=generate_config(root))
    for name in names or course.assignments():
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise RuntimeError(f"nbgrader generate_assignment {name} failed:\n"
                               f"{result.get('error') or ''}\n{result.get('log') or ''}")
    return Path(root) / "release"


def build_release(out_dir, names=None):
    """Generate the release of every assignment into `out_dir`/<assignment>/."""
    out_dir = Path(out_dir)
    names = names or course.assignments()
    with tempfile.TemporaryDirectory(prefix="nnfs-release-") as tmp:
        release = generate(course.make_course(tmp, names), names)
        for name in names:
            target = out_dir / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(release / name, target, ignore=course.IGNORE)
    return out_dir


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(course.NOTEBOOKS),
                        help="folder to write the release to (default: notebooks/)")
    parser.add_argument("--assignments", type=course.parse_assignments, default=None,
                        help="comma-separated assignments to release (default: all)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    names = args.assignments or course.assignments()
    # Assignments that no longer exist in solutions/ leave the release too.
    for old in out.glob("[0-9][0-9]-*"):
        if old.is_dir() and old.name not in course.assignments():
            shutil.rmtree(old)
    build_release(out, names)
    print(f"Released {len(names)} assignment(s) into {out}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
