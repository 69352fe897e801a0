"""The LMS files of a run: the class's grades in Canvas's and Moodle's import formats, and the
feedback zips each takes in bulk. Written to OUT/lms/:

    canvas-grades.csv                 Canvas: Gradebook > Import (canvas.py)
    canvas-feedback-<assignment>.zip  Canvas: the assignment's "Upload Submissions"
    moodle-grades.csv                 Moodle: Grades > Import > CSV file (moodle.py)
    moodle-feedback-<assignment>.zip  Moodle: the assignment's "Upload multiple feedback files in a zip"
    not-in-roster.csv                 graded submissions that match no one in the roster

A Canvas roster gives Canvas's files only, a Moodle roster Moodle's; without a roster, or with a
plain one, both are written. A feedback zip holds the pages of the submissions that came from
that LMS's own download (the ids it matches files on are in the download's names).

With a roster (roster.py), the rows are the roster's students, in its order: each graded
submission is matched to its student (result.person), a student who submitted nothing gets
0 and the status "missing", unless Canvas's export says excused (`EX`), which is kept. A
submission that matches no one is never dropped: it stays in grades.csv and is listed in
not-in-roster.csv and in the summary. Without a roster, every graded student is a row.

How a course assignment maps to an LMS column: the column `--lms-column 01-neuron=TITLE`
names, or else the roster's column whose title holds every word and number of the
assignment's folder name (`01-neuron` is "01 · A single neuron (4521)" or "Lab 1: neuron (4521)"),
or else a new column headed with the folder name (Canvas makes a new assignment of it).
Canvas scores are scaled to the column's Points Possible.
"""
import csv
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import canvas, moodle
from .roster import Column, column_for


@dataclass
class Row:
    student_id: str
    person: object = None                          # roster.Person, or None without a roster
    results: dict = field(default_factory=dict)    # assignment -> SubmissionResult


@dataclass
class Columns:
    canvas: dict = field(default_factory=dict)     # assignment -> roster.Column or None
    moodle: dict = field(default_factory=dict)


def columns(roster, assignments, explicit=None):
    """Which LMS column holds each assignment; raises RosterError when that is not clear."""
    explicit = explicit or {}
    found = Columns()
    for name in assignments:
        found.canvas[name] = column_for(name, roster.canvas_columns, explicit.get(name)) \
            if roster and roster.canvas_columns else None
        found.moodle[name] = column_for(name, roster.moodle_columns, explicit.get(name)) \
            if roster and roster.moodle_columns else None
    return found


def attach(results, roster, assignments, lms_columns, missing):
    """Match each result to its roster student (sets result.person) and add a result for every
    roster student with no submission of an assignment: status "excused" where Canvas's export
    says EX, "missing" otherwise. `missing(student_id, assignment, status, why)` makes one.
    Returns (the results added, [(result, why)] of those that match no one; the why is also kept
    in result.origin["unmatched"])."""
    if roster is None:
        return [], []
    taken, unmatched, ids = {}, [], {}
    for r in results:
        person, how = roster.match(r.student_id, r.origin)
        if person is not None and (person.key, r.assignment) in taken:
            person, how = None, (f"{person.name or person.key} ({how}) already has a submission of "
                                 f"{r.assignment}, graded as {taken[(person.key, r.assignment)].student_id}")
        if person is None:
            unmatched.append((r, how))
            r.origin["unmatched"] = how
        else:
            r.person = person.key
            taken[(person.key, r.assignment)] = r
            ids.setdefault(person.key, r.student_id)
    in_use = {r.student_id for r in results}
    added = []
    for person in roster.people:
        for name in assignments:
            if (person.key, name) in taken:
                continue
            if person.key not in ids:
                ids[person.key] = _unique(person.grading_id(), in_use)
                in_use.add(ids[person.key])
            column = lms_columns.canvas.get(name)
            if column is not None and column.title in person.excused:
                result = missing(ids[person.key], name, "excused", "excused in Canvas (EX): kept as excused")
            else:
                result = missing(ids[person.key], name, "missing", "in the roster, but no submission was found")
            result.person = person.key
            added.append(result)
    return added, unmatched


def _unique(wanted, taken):
    wanted, n = wanted or "student", 2
    candidate = wanted
    while candidate in taken:
        candidate, n = f"{wanted}_{n}", n + 1
    return candidate


def rows(results, roster):
    """One Row per student: the roster's students in its order, or every graded student."""
    if roster is None:
        by_id = defaultdict(dict)
        for r in results:
            by_id[r.student_id][r.assignment] = r
        return [Row(sid, None, found) for sid, found in sorted(by_id.items())]
    by_person = defaultdict(dict)
    for r in results:
        if r.person:
            by_person[r.person][r.assignment] = r
    return [Row(next(iter(by_person[p.key].values())).student_id, p, by_person[p.key])
            for p in roster.people if by_person.get(p.key)]


def _maximum(roster, results):
    """Moodle's maximum grade of an assignment: that of the grading worksheet whose participants
    are those of its downloaded submissions."""
    participants = {r.origin.get("participant") for r in results} - {None}
    for sheet in (roster.worksheets if roster else []):
        if sheet.participants & participants:
            return sheet.max_grade
    return None


def write(out, results, roster, lms_columns, notebooks):
    """Write OUT/lms/; return lines for the summary. `notebooks`: {assignment: notebook name}."""
    unmatched = [(r, r.origin.get("unmatched", "no one in the roster has this id"))
                 for r in results if roster is not None and not r.person]
    folder = Path(out) / "lms"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    notes = []
    assignments = sorted({r.assignment for r in results})
    table = rows(results, roster)
    by_assignment = defaultdict(list)
    for r in results:
        by_assignment[r.assignment].append(r)
    max_score = {a: max(r.max_score for r in by_assignment[a]) for a in assignments}
    kinds = {kind.split()[0] for _, kind in roster.kinds} if roster else set()
    for_canvas, for_moodle = kinds != {"moodle"}, kinds != {"canvas"}   # a Canvas roster: Canvas's files only
    if for_canvas:
        notes += _canvas(folder, table, roster, lms_columns, assignments, max_score)
    if for_moodle:
        notes += _moodle(folder, table, roster, lms_columns, assignments, by_assignment, max_score)

    for name in assignments:
        pages = [(r, notebooks[name], Path(out) / "feedback" / r.student_id / name / f"{notebooks[name]}.html")
                 for r in by_assignment[name] if r.status not in ("missing", "excused")]
        pages = [p for p in pages if p[2].exists()]
        for lms, writer, wanted in (("canvas", canvas.write_feedback_zip, for_canvas),
                                    ("moodle", moodle.write_feedback_zip, for_moodle)):
            zipped = folder / f"{lms}-feedback-{name}.zip"
            written, skipped = writer(zipped, pages) if wanted else (0, [])
            if not written:
                zipped.unlink(missing_ok=True)
            elif skipped:
                notes.append(f"{lms.capitalize()} feedback zip of {name}: {written} page(s); not for "
                             f"{', '.join(r.student_id for r in skipped)} (not graded from a {lms.capitalize()} download)")
    return notes + _roster_notes(folder, results, roster, lms_columns, unmatched)


def _canvas(folder, table, roster, lms_columns, assignments, max_score):
    notes, columns = [], []
    for name in assignments:
        column = lms_columns.canvas.get(name)
        if column is None:
            column = Column(name, name, max_score[name])
            if roster and roster.canvas_columns:
                notes.append(f"Canvas: no column of the roster is {name}: written as a new column {name!r}, "
                             "which Canvas makes a new assignment of (or say which with --lms-column)")
        elif column.points is None:
            column.points = max_score[name]
        columns.append((name, column))
    canvas.write_grades(folder / "canvas-grades.csv", table, columns)
    return notes


def _moodle(folder, table, roster, lms_columns, assignments, by_assignment, max_score):
    notes, moodle_columns = [], []
    for name in assignments:
        column = lms_columns.moodle.get(name) or Column(f"Assignment: {name} (Real)", name)
        maximum = _maximum(roster, by_assignment[name])
        moodle_columns.append((name, column, maximum))
        if maximum is None:
            notes.append(f"Moodle: {name} is in points (out of {max_score[name]:g}): set its grade item's maximum "
                         "to that, or add its grading worksheet to ROSTER to scale to the item's maximum")
    header, left_out = moodle.write_grades(folder / "moodle-grades.csv", table, moodle_columns)
    if roster is None:
        notes.append("Moodle: no roster, so moodle-grades.csv names students by their student id, as "
                     "usernames: give ROSTER= for emails or ID numbers")
    if left_out:
        notes.append(f"Moodle: no {header} in the roster for {', '.join(r.student_id for r in left_out)}: "
                     "left out of moodle-grades.csv")
    return notes


def _roster_notes(folder, results, roster, lms_columns, unmatched):
    notes = []
    excused_but_submitted = [(r, p) for r in results for p in [roster.find(r.person) if roster else None]
                             if p and r.status not in ("missing", "excused")
                             and lms_columns.canvas.get(r.assignment) is not None
                             and lms_columns.canvas[r.assignment].title in p.excused]
    for r, p in excused_but_submitted:
        notes.append(f"{r.student_id} {r.assignment}: excused in Canvas but submitted; EX kept in canvas-grades.csv "
                     f"(the grade is in grades.csv)")

    with open(folder / "not-in-roster.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["student_id", "assignment", "score", "max_score", "status", "why"])
        for r, why in unmatched:
            writer.writerow([r.student_id, r.assignment, f"{r.score:g}", f"{r.max_score:g}", r.status, why])
    if unmatched:
        notes.append("not in the roster (kept in grades.csv, left out of the LMS files): "
                     + ", ".join(f"{r.student_id} {r.assignment} ({why})" for r, why in unmatched))
    return notes
