"""Build the student release: `notebooks/` generated from `solutions/` by nbgrader, and each
edition in another language (`notebooks/pt-BR/`) from solutions/ and its catalogs.

    python -m autograder.authoring.release            # rewrite notebooks/ (what `make release` runs)
    python -m autograder.authoring.release --out DIR  # write the release somewhere else

notebooks/ is never edited by hand: change solutions/ (and locale/, see translate.py) and run
this again. An edition is made as the English release is: the solutions are translated
(translate.translate_notebook), then nbgrader releases them with a stub in that language.
"""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .. import course
from . import translate
from .preprocessors import ClearSolutionsWithHint, code_stub
from .translate import EDITIONS


def generate_config(root, language=None):
    """nbgrader's generate_assignment, with a stub that names the function to write."""
    from nbgrader.converters.generate_assignment import GenerateAssignment

    c = course.base_config(root)
    c.GenerateAssignment.preprocessors = [
        ClearSolutionsWithHint if cls.__name__ == "ClearSolutions" else cls
        for cls in GenerateAssignment.class_traits()["preprocessors"].default()
    ]
    if language:
        c.ClearSolutionsWithHint.code_stub = code_stub(language)
    return c


def translated_course(root, language, names=None):
    """A course folder at `root` whose source/ holds the solutions in `language`."""
    import nbformat

    root = course.make_course(root, names)
    for name in names or course.assignments():
        table = translate.translations(language, name)
        for notebook in course.notebooks(course.SOLUTIONS / name):
            nbformat.write(translate.translate_notebook(notebook, language, table),
                           root / "source" / name / notebook.name)
    return root


def generate(root, names=None, language=None):
    """Run nbgrader generate_assignment in the course folder at `root`; raise if it fails.

    Besides release/, this fills the folder's gradebook with every source cell (hidden
    tests included), which autograding restores.
    """
    from nbgrader.apps import NbGraderAPI

    course.put_venv_on_path()
    api = NbGraderAPI(config=generate_config(root, language))
    for name in names or course.assignments():
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise RuntimeError(f"nbgrader generate_assignment {name} failed:\n"
                               f"{result.get('error') or ''}\n{result.get('log') or ''}")
    return Path(root) / "release"


def build_release(out_dir, names=None, language=None):
    """Generate the release of every assignment into `out_dir`/<assignment>/ (in `language`)."""
    out_dir = Path(out_dir)
    names = names or course.assignments()
    with tempfile.TemporaryDirectory(prefix="nnfs-release-") as tmp:
        root = translated_course(tmp, language, names) if language else course.make_course(tmp, names)
        release = generate(root, names, language)
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
    for language, folder in [(None, out), *((lang, out / sub) for lang, sub in EDITIONS.items())]:
        # Assignments that no longer exist in solutions/ leave the release too.
        for old in folder.glob("[0-9][0-9]-*"):
            if old.is_dir() and old.name not in course.assignments():
                shutil.rmtree(old)
        build_release(folder, names, language)
        print(f"Released {len(names)} assignment(s) into {folder}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
