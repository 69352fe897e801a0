"""The mistake catalog (tests/catalog/): every plausible mistake loses points and every
correct variant gets full marks, graded through nbgrader."""
import pytest

from autograder import course

# `make catalog` runs these (CI runs it after `make test`): grading every variant takes minutes.
pytestmark = pytest.mark.catalog
from conftest import catalog_variants


def cases():
    return [(v["kind"], a, f"{v['cell']}: {v['name']}")
            for a in course.assignments() for v in catalog_variants(a)]


def test_catalog_covers_every_graded_name():
    for assignment in course.assignments():
        variants = catalog_variants(assignment)
        import nbformat
        for path in course.notebooks(course.SOLUTIONS / assignment):
            nb = nbformat.read(path, as_version=4)
            for cell in nb.cells:
                meta = cell.metadata.get("nbgrader", {})
                if meta.get("solution"):
                    kinds = [v["kind"] for v in variants if v["cell"] == meta["grade_id"]]
                    assert kinds.count("correct") >= 4, f"{meta['grade_id']}: fewer than 4 correct variants"
                    assert kinds.count("mistake") >= 8, f"{meta['grade_id']}: fewer than 8 mistakes"


@pytest.mark.parametrize("key", cases(), ids=lambda k: f"{k[1]}: {k[0]}: {k[2]}")
def test_variant(graded_catalog, key):
    kind, _, _ = key
    result = graded_catalog[key]
    report = "\n".join(f"{t.grade_id}: {t.status}: {t.message}" for t in result.tests if t.status != "passed")
    if kind == "correct":
        assert result.score == result.max_score, f"a correct answer lost points:\n{report}"
    else:
        assert result.score < result.max_score, "this mistake gets full marks"
        for test in result.tests:
            if test.status == "failed":
                assert test.message and "Traceback" not in test.message
