"""Through real nbgrader: solutions get full marks, the unmodified release gets 0 on every test.

The second half proves that every test cell can fail.
"""
import pytest

from autograder import course


def cases(kind):
    return [(kind, a, p.stem) for a in course.assignments()
            for p in course.notebooks(course.SOLUTIONS / a)]


@pytest.mark.parametrize("key", cases("solution"), ids=lambda k: k[1])
def test_solution_gets_full_marks(graded, key):
    result = graded[key]
    failing = [f"{t.grade_id}: {t.status}: {t.message}" for t in result.tests if t.status != "passed"]
    assert result.max_score > 0
    assert result.score == result.max_score, "\n".join(failing)


@pytest.mark.parametrize("key", cases("stub"), ids=lambda k: k[1])
def test_unmodified_release_gets_zero_on_every_test(graded, key):
    result = graded[key]
    assert result.tests, "no test cells were graded"
    for test in result.tests:
        assert test.score == 0, f"{test.grade_id} passes on the unmodified stub"
        assert test.status == "failed" and "is not written yet" in test.message, \
            f"{test.grade_id} does not tell the student to write the exercise: {test.message}"
