"""Build the student release: `notebooks/` generated from `solutions/` by nbgrader.

    python -m autograder.release            # rewrite notebooks/ (what `make release` runs)
    python -m autograder.release --out DIR  # write the release somewhere else

notebooks/ is never edited by hand: change solutions/ and run this again.
"""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from . import course


def build_release(out_dir, names=None):
    """Generate the release of every assignment into `out_dir`/<assignment>/."""
    out_dir = Path(out_dir)
    names = names or course.assignments()
    with tempfile.TemporaryDirectory(prefix="nnfs-release-") as tmp:
        release = course.generate(course.make_course(tmp, names), names)
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
    args = parser.parse_args(argv)
    out = Path(args.out)
    names = course.assignments()
    # Assignments that no longer exist in solutions/ leave the release too.
    for old in out.glob("[0-9][0-9]-*"):
        if old.is_dir() and old.name not in names:
            shutil.rmtree(old)
    build_release(out, names)
    print(f"Released {len(names)} assignment(s) into {out}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
