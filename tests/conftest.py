"""Shared fixtures: the release generated once, and one grading batch for all notebook checks."""
import copy
import csv
import hashlib
import os
import runpy
import secrets
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from autograder import course
from autograder.grading import pool, sandbox
from autograder.grading.model import Submission

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import submissions as fixtures  # noqa: E402

TESTS = Path(__file__).parent
CATALOG = TESTS / "catalog"

# Notebooks under tests/ are fixtures (student submissions), not notebooks for nbval to run.
collect_ignore_glob = ["fixtures/*", "catalog/*"]


@pytest.fixture(scope="session")
def prepared_course(tmp_path_factory):
    """An nbgrader course folder with every assignment generated from solutions/ (done once)."""
    return pool.prepare_course(tmp_path_factory.mktemp("course"), course.assignments())


@pytest.fixture(scope="session")
def fresh_release(prepared_course):
    """notebooks/ as `make release` would generate it now (the same nbgrader step, same config)."""
    return prepared_course / "release"


@pytest.fixture(scope="session")
def fresh_editions(tmp_path_factory):
    """notebooks/pt-BR/ (and any other edition) as `make release` would generate it now."""
    from autograder.authoring import release

    folder = tmp_path_factory.mktemp("editions")
    for language, sub in release.EDITIONS.items():
        release.build_release(folder / sub, course.assignments(), language)
    return folder


def catalog_variants(assignment):
    path = CATALOG / f"{assignment}.py"
    return runpy.run_path(str(path))["VARIANTS"] if path.exists() else []


def draws_a_figure(cell):
    return any("image/png" in out.get("data", {}) for out in cell.get("outputs", []))


def with_cell_replaced(notebook, grade_id, source):
    """A copy of `notebook` whose cell `grade_id` has `source` instead.

    Prose and cells that only draw figures are left out: they cannot change a grade,
    and without them the catalog grades in half the time.
    """
    nb = copy.deepcopy(notebook)
    nb.cells = [c for c in nb.cells if c.cell_type == "code"
                and ("nbgrader" in c.metadata or not draws_a_figure(c))]
    cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]
    assert len(cells) == 1, f"no single cell with grade_id {grade_id!r}"
    cells[0].source = source.strip("\n")
    return nb


def grade_batch(entries, prepared_course):
    """Grade [(key, Submission)] in one parallel nbgrader batch; return {key: SubmissionResult}."""
    # One worker more than cores: a kernel starting up leaves a core idle part of the time.
    results = pool.grade([sub for _, sub in entries], jobs=(os.cpu_count() or 1) + 1,
                         base=prepared_course)
    return {key: result for (key, _), result in zip(entries, results)}


def wanted_keys(request, fixture):
    """The `key` parameters of the collected tests that use `fixture`.

    Grading is the slow part: `pytest -k 07-loss` grades only what its selected tests look at.
    """
    return {item.callspec.params["key"] for item in request.session.items
            if fixture in getattr(item, "fixturenames", ()) and hasattr(item, "callspec")
            and "key" in item.callspec.params}


@pytest.fixture(scope="session")
def graded(request, prepared_course, fresh_release):
    """Every solution notebook and every unmodified release notebook, graded by nbgrader.

    Returns {(kind, assignment, notebook): SubmissionResult}, kind "solution" or "stub".
    """
    wanted, entries = wanted_keys(request, "graded"), []
    for assignment in course.assignments():
        for path in course.notebooks(course.SOLUTIONS / assignment):
            entries.append((("solution", assignment, path.stem), Submission("solution", assignment, path)))
        for path in course.notebooks(fresh_release / assignment):
            entries.append((("stub", assignment, path.stem), Submission("stub", assignment, path)))
    return grade_batch([e for e in entries if e[0] in wanted], prepared_course)


@pytest.fixture(scope="session")
def graded_catalog(request, tmp_path_factory, prepared_course):
    """Every variant of the mistake catalog, graded by nbgrader.

    Returns {(kind, assignment, "cell: name"): SubmissionResult}, kind "correct" or "mistake".
    """
    work = tmp_path_factory.mktemp("variants")
    wanted, entries = wanted_keys(request, "graded_catalog"), []
    for assignment in course.assignments():
        solution_nb = course.notebooks(course.SOLUTIONS / assignment)[0]
        nb = nbformat.read(solution_nb, as_version=4)
        for i, variant in enumerate(catalog_variants(assignment)):
            key = (variant["kind"], assignment, f"{variant['cell']}: {variant['name']}")
            if key not in wanted:
                continue
            path = work / assignment / f"v{i:02d}" / solution_nb.name
            path.parent.mkdir(parents=True)
            nbformat.write(with_cell_replaced(nb, variant["cell"], variant["source"]), path)
            entries.append((key, Submission(f"variant-{i:02d}", assignment, path)))
    return grade_batch(entries, prepared_course)


@pytest.fixture(scope="session")
def canvas_class(tmp_path_factory):
    """A small class graded from Canvas's own download with Canvas's gradebook export as the roster
    (tests/fixtures/lms_downloads.py), as `make grade` does it: OUT of the run. test_lms.py checks
    its files; the browser test opens its gradebook in formgrader."""
    import contextlib
    import io
    import sys

    from autograder.grading.cli import main

    sys.path.insert(0, str(TESTS / "fixtures"))
    import lms_downloads

    folder = tmp_path_factory.mktemp("canvas")
    out = folder / "out"
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main([str(lms_downloads.canvas_zip(folder)), "--out", str(out), "--jobs", "2",
                       "--timeout", "10", "--roster", str(lms_downloads.CANVAS_ROSTER)])
    assert status == 0, err.getvalue()[-3000:]
    return out


# ---------------------------------------------------------------- a class of problem submissions

def grade(*args, env=None):
    return subprocess.run([sys.executable, "-m", "autograder.grading", *map(str, args)],
                          capture_output=True, text=True, cwd=course.REPO, env=env)


SKIP = {"__pycache__", ".venv", ".git", "build"}


def digest(folder):
    """{relative path: sha256} of every file under `folder` (but a venv, git's files and build/)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*"))
            if p.is_file() and not SKIP & set(p.relative_to(folder).parts)}


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def every_file(folder):
    """(relative name, bytes) of every file under `folder`, and of every file inside its zips
    (the LMS feedback zips are compressed: their pages are read from inside)."""
    for path in sorted(Path(folder).rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(folder).as_posix()
        yield name, path.read_bytes()
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for entry in archive.namelist():
                    yield f"{name}:{entry}", archive.read(entry)


def grade_here(*args):
    """The command in this process (cheap): (exit status, what it wrote to stderr)."""
    import contextlib
    import io

    from autograder.grading.cli import main
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return status, err.getvalue()


@pytest.fixture(scope="session")
def graded_class(tmp_path_factory):
    """The fixture class graded once, as root would grade it here, with secrets lying around:
    a marker value in the grader's environment and in files the sandbox must hide."""
    assert sandbox.bwrap_works(), ("bubblewrap (bwrap) is needed to grade in a sandbox: "
                                   "run `make system-deps` (or apt-get install bubblewrap)")
    fixtures.OUTSIDE_MARKER.unlink(missing_ok=True)
    marker = "nnfs-secret-" + secrets.token_hex(8)
    for path in fixtures.SECRET_FILES.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{marker}\n")
    folder = fixtures.build(tmp_path_factory.mktemp("class"))
    watched = {"submissions": folder, "course": course.REPO}
    before = {name: digest(path) for name, path in watched.items()}
    before["secrets"] = {str(p): p.read_text() for p in fixtures.SECRET_FILES.values()}
    out = tmp_path_factory.mktemp("out")
    try:
        run = grade(folder, "--out", out, "--jobs", 2, "--timeout", 5,
                    env={**os.environ, fixtures.SECRET_ENV: marker})
        after = {name: digest(path) for name, path in watched.items()}
        after["secrets"] = {str(p): p.read_text() for p in fixtures.SECRET_FILES.values()}
    finally:
        for path in fixtures.SECRET_FILES.values():
            path.unlink(missing_ok=True)
    return dict(folder=folder, out=out, run=run, before=before, after=after, marker=marker)
