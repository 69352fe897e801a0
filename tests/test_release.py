"""notebooks/ is exactly what nbgrader generates from solutions/, and fit to hand out."""
import re

import nbformat
import pytest

from autograder import course
from autograder.authoring import leaks
from autograder.authoring.preprocessors import code_stub, enclosing_name
from autograder.authoring.release import EDITIONS


def files(folder):
    """The release's files, without the editions in other languages (compared on their own)."""
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".ipynb_checkpoints" not in p.parts
            and p.relative_to(folder).parts[0] not in EDITIONS.values()}


def release_notebooks():
    return [p for folder in [course.NOTEBOOKS, *(course.NOTEBOOKS / sub for sub in EDITIONS.values())]
            for name in course.assignments() for p in course.notebooks(folder / name)]


def test_release_matches_solutions(fresh_release):
    committed, generated = files(course.NOTEBOOKS), files(fresh_release)
    assert sorted(committed) == sorted(generated), "run `make release` and commit notebooks/"
    stale = [str(p) for p in generated if committed[p] != generated[p]]
    assert not stale, f"notebooks/ is out of date for {stale}: run `make release` and commit it"


@pytest.mark.parametrize("edition", EDITIONS.values())
def test_edition_matches_solutions_and_catalogs(fresh_editions, edition):
    """notebooks/pt-BR/ is generated from solutions/ and locale/, never edited."""
    committed, generated = files(course.NOTEBOOKS / edition), files(fresh_editions / edition)
    assert sorted(committed) == sorted(generated), f"run `make release` and commit notebooks/{edition}/"
    stale = [str(p) for p in generated if committed[p] != generated[p]]
    assert not stale, f"notebooks/{edition}/ is out of date for {stale}: run `make release` and commit it"


def test_every_assignment_is_released():
    assert course.assignments(), "no assignments in solutions/"
    for name in course.assignments():
        sources = [p.name for p in course.notebooks(course.SOLUTIONS / name)]
        assert sources and sources == [p.name for p in course.notebooks(course.NOTEBOOKS / name)]


@pytest.mark.parametrize("path", release_notebooks(), ids=lambda p: p.relative_to(course.NOTEBOOKS).parent.as_posix())
def test_release_hygiene(path):
    release = nbformat.read(path, as_version=4)
    stub = code_stub(release.metadata.get("nnfs", {}).get("language", "en"))["python"]
    not_written = stub.split('NotImplementedError("', 1)[1].split("{name}")[1].split(":")[0]

    for cell in release.cells:
        assert not cell.get("outputs") and cell.get("execution_count") is None, \
            f"cell {cell.get('id')} of the release has outputs"
        for marker in leaks.MARKERS:
            assert marker not in cell.source, f"'{marker}' left in the release"

    # No line of this assignment's solutions or hidden tests (or any other assignment's hidden tests).
    leaked, _ = leaks.classify(path, path.parent.name, course.assignments())
    assert not leaked, f"lines leaked into the release: {leaked[:3]}"

    ids = [c.metadata.nbgrader["grade_id"] for c in release.cells if "nbgrader" in c.metadata]
    assert len(ids) == len(set(ids)), f"duplicate grade_id in {path.name}"
    tests = [c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade")]
    stubs = [c for c in release.cells if c.metadata.get("nbgrader", {}).get("solution")]
    assert tests and stubs, "a graded notebook needs solution cells and test cells"
    for cell in tests:
        meta = cell.metadata.nbgrader
        assert meta.get("points", 0) > 0, f"test cell {meta['grade_id']} has no points"
        assert meta.get("locked"), f"test cell {meta['grade_id']} is not locked"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", meta["grade_id"]), meta["grade_id"]
    for cell in stubs:
        lines = cell.source.splitlines()
        raising = [i for i, line in enumerate(lines) if "raise NotImplementedError(" in line]
        assert raising, f"stub {cell.metadata.nbgrader['grade_id']} does not raise NotImplementedError"
        for i in raising:
            # an answer given as a value (`n_parameters = 250`) is named by its grade_id
            name = enclosing_name(lines[:i]) or cell.metadata.nbgrader["grade_id"]
            assert f'"{name}{not_written}' in lines[i], \
                f"the stub at line {i + 1} of {cell.metadata.nbgrader['grade_id']} does not name {name}"


def test_graded_names_are_defined_in_their_own_solution_cell():
    """Grading finds the exercises by name: each solution cell defines what its grade_id names,
    with a def or class, or, for an exercise answered with a value, a top-level assignment."""
    for name in course.assignments():
        for path in course.notebooks(course.SOLUTIONS / name):
            nb = nbformat.read(path, as_version=4)
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                if meta.get("solution") and cell.cell_type == "code":
                    defined = re.findall(r"^(?:def|class)\s+(\w+)", cell.source, re.M)
                    assigned = re.findall(r"^(\w+)\s*(?::[^=\n]*)?=(?!=)", cell.source, re.M)
                    assert meta["grade_id"] in [d.lower() for d in defined] + assigned, \
                        f"{path.name}: solution cell {meta['grade_id']} defines {defined + assigned}"
