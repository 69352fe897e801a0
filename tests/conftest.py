"""Shared fixtures: the release generated once, and one grading batch for all notebook checks."""
import copy
import os
import runpy
from pathlib import Path

import nbformat
import pytest

from autograder import course
from autograder.grading import pool
from autograder.grading.model import Submission

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
