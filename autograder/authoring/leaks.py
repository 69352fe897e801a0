"""Which lines of the source notebooks students must not see, and where they show up anyway.

A solution region (`### BEGIN SOLUTION` ... `### END SOLUTION`) and a hidden-test region
(`### BEGIN HIDDEN TESTS` ... `### END HIDDEN TESTS`) are the instructor's. A line of one
that a student's copy shows has leaked, unless the same line is also shown elsewhere in
the source (an `import numpy as np` inside a solution is no secret). Short lines and
comments are too common to count.
"""
from functools import lru_cache

import nbformat

from .. import course

KINDS = {"solution": ("BEGIN SOLUTION", "END SOLUTION"),
         "hidden test": ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")}
MARKERS = tuple(marker for pair in KINDS.values() for marker in pair) + ("BEGIN MARK SCHEME", "END MARK SCHEME")


def regions(source, begin, end, inside_wanted=True):
    """The lines between `### BEGIN x` and `### END x` markers (or, with False, the lines outside)."""
    inside, lines = False, []
    for line in source.splitlines():
        if begin in line:
            inside = True
        elif end in line:
            inside = False
        elif inside == inside_wanted:
            lines.append(line)
    return lines


def significant(lines):
    """Lines long enough that finding one in a student's copy means it leaked."""
    return {line.strip() for line in lines
            if len(line.strip()) >= 12 and not line.strip().startswith("#")}


@lru_cache(maxsize=None)
def _lines(assignment):
    """(shown, {kind: lines in its regions}) of an assignment's source notebooks."""
    shown, inside = set(), {kind: set() for kind in KINDS}
    for path in course.notebooks(course.SOLUTIONS / assignment):
        for cell in nbformat.read(path, as_version=4).cells:
            outside = cell.source
            for begin, end in KINDS.values():
                outside = "\n".join(regions(outside, begin, end, inside_wanted=False))
            shown |= {line.strip() for line in outside.splitlines()}
            for kind, (begin, end) in KINDS.items():
                inside[kind] |= significant(regions(cell.source, begin, end))
    return shown, inside


def secret_lines(assignment):
    """{kind: set of lines} that the assignment's source keeps from students."""
    shown, inside = _lines(assignment)
    return {kind: lines - shown for kind, lines in inside.items()}


def course_shown(assignments):
    """Every line some notebook of the course shows students (given code, examples)."""
    return set().union(*(_lines(name)[0] for name in assignments))


def code_of(notebook):
    """Every line of a notebook's code and markdown cells, stripped."""
    nb = nbformat.read(notebook, as_version=4)
    return {line.strip() for cell in nb.cells for line in cell.source.splitlines()}


def found_in(notebook, assignments):
    """[(assignment, kind, line)] of the secret lines of `assignments` that `notebook` shows."""
    shown = code_of(notebook)
    return [(name, kind, line) for name in assignments
            for kind, lines in secret_lines(name).items() for line in sorted(lines & shown)]


def classify(notebook, owner, assignments):
    """(leaks, given) for the notebook of assignment `owner`.

    leaks: [(kind, line)] it must not show: its own solution and hidden-test lines, and the
    lines of other assignments' solutions and hidden tests that no notebook shows openly,
    unless an earlier assignment's answer explains them. given: the earlier assignments
    whose answers it shows (as given code), which is fine once they are due.
    """
    shown_openly = course_shown(tuple(assignments))
    by_line = {}
    for name, kind, line in found_in(notebook, assignments):
        by_line.setdefault((kind, line), set()).add(name)
    leaks, given = [], set()
    for (kind, line), names in sorted(by_line.items()):
        earlier = {name for name in names if name < owner and kind == "solution"}
        given |= earlier
        if owner in names or (not earlier and line not in shown_openly):
            leaks.append((kind, line))
    return leaks, given
