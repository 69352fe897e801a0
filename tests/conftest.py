"""Shared fixtures: the release generated once, and one grading batch for all notebook checks."""
import copy
import runpy
from pathlib import Path

import nbformat
import pytest

from autograder import course, grading
from autograder.release import build_release

TESTS = Path(__file__).parent
CATALOG = TESTS / "catalog"

# Notebooks under tests/ are fixtures (student submissions), not notebooks for nbval to run.
collect_ignore_glob = ["fixtures/*", "catalog/*"]


@pytest.fixture(scope="session")
def fresh_release(tmp_path_factory):
    """notebooks/ as `make release` would generate it now, in a temporary folder."""
    return build_release(tmp_path_factory.mktemp("release"))


def catalog_variants(assignment):
    path = CATALOG / f"{assignment}.py"
    return runpy.run_path(str(path))["VARIANTS"] if path.exists() else []


def with_cell_replaced(notebook, grade_id, source):
    """A copy of `notebook` whose cell `grade_id` has `source` instead."""
    nb = copy.deepcopy(notebook)
    cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]
    assert len(cells) == 1, f"no single cell with grade_id {grade_id!r}"
    cells[0].source = source.strip("\n")
    return nb


@pytest.fixture(scope="session")
def graded(tmp_path_factory, fresh_release):
    """Grade, in one parallel nbgrader batch: every solution notebook, every unmodified
    release notebook, and every variant of the mistake catalog.

    Returns {(kind, assignment, label): SubmissionResult}, kind in solution/stub/correct/mistake.
    """
    work = tmp_path_factory.mktemp("variants")
    subs, keys = [], []
    for assignment in course.assignments():
        for path in course.notebooks(course.SOLUTIONS / assignment):
            subs.append(grading.Submission("solution", assignment, path))
            keys.append(("solution", assignment, path.stem))
        for path in course.notebooks(fresh_release / assignment):
            subs.append(grading.Submission("stub", assignment, path))
            keys.append(("stub", assignment, path.stem))
        solution_nb = course.notebooks(course.SOLUTIONS / assignment)[0]
        nb = nbformat.read(solution_nb, as_version=4)
        for i, variant in enumerate(catalog_variants(assignment)):
            path = work / assignment / f"v{i:02d}" / solution_nb.name
            path.parent.mkdir(parents=True)
            nbformat.write(with_cell_replaced(nb, variant["cell"], variant["source"]), path)
            subs.append(grading.Submission(f"variant-{i:02d}", assignment, path))
            keys.append((variant["kind"], assignment, f"{variant['cell']}: {variant['name']}"))
    results = grading.grade(subs, workdir=tmp_path_factory.mktemp("grading"))
    return dict(zip(keys, results))
