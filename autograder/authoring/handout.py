"""Build the students' copy of the course: the released notebooks, the checks, the student's
commands, and nothing of the instructor's (no solutions, hidden tests, catalog or tools).

    python -m autograder.authoring.handout OUT [--assignments 01-neuron,02-layer]   (make handout)

OUT is a folder (created, or updated when it holds an earlier handout: the assignments
released before stay, the ones named are added or refreshed) or a `.zip` file. A folder is
a git repository with one commit per release, ready to push where students clone from.
Release week by week: notebooks hand out earlier notebooks' answers as "given code", and
the command says which, so that each goes out once the assignment it answers is due.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .. import course
from . import leaks
from .release import EDITIONS, build_release

# What a student's copy holds besides notebooks/ and the student-side package.
# (name in the handout, file in the repository)
PROJECT_FILES = [("Makefile", "student.mk"), ("requirements.txt", "requirements.txt"),
                 ("pyproject.toml", "pyproject.toml"), ("environment.yml", "environment.yml"),
                 ("LICENSE", "LICENSE")]
GITIGNORE = ".venv/\n__pycache__/\n*.egg-info/\n.ipynb_checkpoints/\n"
STUDENT_START, STUDENT_END = "<!-- student section -->", "<!-- end of student section -->"


class HandoutError(Exception):
    """The handout cannot be built as asked; the message says what to do."""


def released_before(out):
    """The assignments an earlier handout in `out` holds."""
    folder = Path(out) / "notebooks"
    return sorted(p.name for p in folder.glob("[0-9][0-9]-*") if p.is_dir()) if folder.is_dir() else []


def readme(assignments):
    """The handout's README: the course README's student section and the notebooks it holds."""
    text = (course.REPO / "README.md").read_text()
    if STUDENT_START not in text or STUDENT_END not in text:
        raise HandoutError(f"README.md has lost its markers {STUDENT_START} / {STUDENT_END}")
    student = text.split(STUDENT_START, 1)[1].split(STUDENT_END, 1)[0].strip()
    portuguese = (course.REPO / "README.pt-BR.md").read_text()
    if STUDENT_START in portuguese and STUDENT_END in portuguese:
        student += ("\n\n## Em português\n\n"
                    + portuguese.split(STUDENT_START, 1)[1].split(STUDENT_END, 1)[0].strip())
    title = text.splitlines()[0].lstrip("# ").split(" — ")[0].strip()
    rows = [line for line in text.splitlines()
            if line.startswith("| [") and any(f"(notebooks/{name}/" in line for name in assignments)]
    table = "\n".join(["| notebook | you write | you learn |", "|---|---|---|", *rows])
    return (f"# {title}: your copy\n\n"
            "Your instructor's copy of the course, with the notebooks released so far. "
            "Start with two commands:\n\n"
            "```bash\nmake lab        # set up .venv (first time only) and open the notebooks in JupyterLab\n"
            "make validate   # check your notebooks with their visible tests\n```\n\n"
            "Em português: `make lab-pt-BR` abre o curso em `notebooks/pt-BR/`, e "
            "`make validate NB=notebooks/pt-BR` testa os seus notebooks.\n\n"
            f"{table}\n\n{student}\n")


def stage(folder, assignments, release=None, editions=None):
    """Write the handout of `assignments` into the empty `folder`, with their editions in other
    languages (notebooks/pt-BR/).

    The notebooks are generated from solutions/ afresh, or copied from `release` and
    `editions` (a folder holding pt-BR/...), which hold that same release already (the tests
    share them).
    """
    folder = Path(folder)
    sources = [(None, release, folder / "notebooks")]
    sources += [(language, Path(editions) / sub if editions else None, folder / "notebooks" / sub)
                for language, sub in EDITIONS.items()]
    for language, made, target in sources:
        if made is None:
            build_release(target, assignments, language)
        else:
            for name in assignments:
                shutil.copytree(Path(made) / name, target / name, ignore=course.IGNORE)
    for relative in course.STUDENT_SIDE:
        source = course.REPO / relative
        if source.is_dir():
            shutil.copytree(source, folder / relative, ignore=course.STUDENT_IGNORE)
        elif source.exists():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, folder / relative)
    for catalog in (folder / "locale").rglob("*.po"):     # later notebooks' text goes out with them
        if catalog.stem in course.assignments() and catalog.stem not in assignments:
            catalog.unlink()
    for name, source in PROJECT_FILES:
        shutil.copy2(course.REPO / source, folder / name)
    (folder / ".gitignore").write_text(GITIGNORE)
    (folder / "README.md").write_text(readme(assignments))


def check(folder, assignments):
    """(problems, notices): leaked secrets stop the handout; answers given as code are told."""
    problems, given = [], {}
    for notebook in sorted(Path(folder).rglob("*.ipynb")):
        owner = notebook.parent.name
        leaked, answers = leaks.classify(notebook, owner, course.assignments())
        problems += [f"{notebook.relative_to(folder)} shows a {kind} line: {line!r}" for kind, line in leaked]
        if answers:
            given[owner] = answers
    for path in Path(folder).rglob("*"):
        if path.is_file() and path.suffix != ".ipynb" and any(
                marker in path.read_text(errors="ignore") for marker in leaks.MARKERS[:4]):
            problems.append(f"{path.relative_to(folder)} holds solution or hidden-test markers")
    notices = [f"{owner} hands out the answers to {', '.join(sorted(names))} as given code: "
               f"release it once {'they are' if len(names) > 1 else 'that one is'} due."
               for owner, names in sorted(given.items())]
    return problems, notices


def _git(folder, *args):
    env = dict(os.environ)
    # A commit needs an author; use the instructor's git identity when there is one.
    if subprocess.run(["git", "config", "user.email"], cwd=folder, capture_output=True).returncode:
        env.update(GIT_AUTHOR_NAME="nnfs-course handout", GIT_AUTHOR_EMAIL="handout@localhost",
                   GIT_COMMITTER_NAME="nnfs-course handout", GIT_COMMITTER_EMAIL="handout@localhost")
    return subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True, check=True)


def write_folder(staged, out, assignments):
    """Create or update the handout folder `out` from `staged`; commit the release to its git."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name in assignments:
        shutil.rmtree(out / "notebooks" / name, ignore_errors=True)
    shutil.rmtree(out / "autograder", ignore_errors=True)
    shutil.copytree(staged, out, dirs_exist_ok=True)
    if not shutil.which("git"):
        return "git is not installed: the handout is a plain folder"
    if not (out / ".git").exists():
        _git(out, "init", "-q")
    _git(out, "add", "-A")
    if _git(out, "status", "--porcelain").stdout.strip():
        _git(out, "commit", "-q", "-m", f"Release {', '.join(assignments)}")
        return f"committed to its git repository: \"Release {', '.join(assignments)}\""
    return "nothing changed since the last release"


def write_zip(staged, out):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    top = out.stem
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(Path(staged).rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(staged).as_posix()}")


def build(out, assignments=None, release=None, editions=None):
    """Build or update the handout at `out`; return (assignments in it, notices, what was done).

    `release`: a folder holding the current release already (see stage).
    """
    out = Path(out)
    chosen = assignments or course.assignments()
    is_zip = out.suffix == ".zip"
    if not is_zip and out.is_dir() and any(out.iterdir()) and not (out / "notebooks").is_dir():
        raise HandoutError(f"{out} exists and is not a handout: give a new folder, or an earlier handout to update")
    everything = sorted(set(chosen) | (set() if is_zip else set(released_before(out))))
    with tempfile.TemporaryDirectory(prefix="nnfs-handout-") as tmp:
        staged = Path(tmp) / "handout"
        stage(staged, everything, release, editions)
        problems, notices = check(staged, everything)
        if problems:
            raise HandoutError("the handout would give away what students must not see:\n  "
                               + "\n  ".join(problems[:10]))
        if is_zip:
            write_zip(staged, out)
            done = f"archive {out}"
        else:
            done = write_folder(staged, out, chosen)
    return everything, notices, done


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the handout folder (new, or an earlier handout to update) or a .zip file")
    parser.add_argument("--assignments", type=course.parse_assignments, default=None,
                        help="comma-separated assignments to release (default: all)")
    args = parser.parse_args(argv)
    if Path(args.out).resolve() == course.REPO or course.REPO in Path(args.out).resolve().parents:
        print("error: OUT must be outside the course repository", file=sys.stderr)
        return 2
    try:
        everything, notices, done = build(args.out, args.assignments)
    except HandoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Handout in {args.out} with {', '.join(everything)}; {done}.")
    for notice in notices:
        print(f"  note: {notice}")
    if Path(args.out).suffix == ".zip":
        print("Give students the zip; they unpack it and run `make lab` in it.")
    else:
        print(f"Push {args.out} to the repository your students clone from (git remote add origin ...; "
              "git push); they `git clone` it, then `git pull` each week, and run `make lab`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
