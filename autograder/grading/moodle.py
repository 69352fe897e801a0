"""Moodle: a CSV for the gradebook's "Import > CSV file", and the zip of an assignment's
"Upload multiple feedback files in a zip".

The grades CSV has one identifier column (`Email address`, `ID number` or `Username`, the
first the roster gives for everyone) and, per assignment, a grade column and a feedback column
headed as Moodle's own gradebook export heads them (`Assignment: <name> (Real)` and
`Assignment: <name> (Feedback)`; Moodle grade/export/lib.php format_column_name), so the file
reads like Moodle's export. Moodle's import (grade/import/csv, Moodle docs "Import grades")
takes free-form headers: map the identifier column to the user field it holds, each grade
column to its grade item and each feedback column to "Feedback for" that item. `-` or an empty
cell is no grade. Moodle rejects a grade above the item's maximum: grades are scaled to the
assignment's "Maximum grade" when its grading worksheet is in the roster, else left in points.

The feedback zip is for the assignment's "Upload multiple feedback files in a zip" (feedback
type "Feedback files" on): Moodle's assignfeedback_file importer reads each path part as
`<full name>_<participant id>_<plugin type>_<plugin name>` and gives the files below it to that
participant. The participant ids are those of the assignment's download folders.
"""
import csv
import zipfile

from .limits import clip

IDENTIFIERS = (("email", "Email address"), ("id_number", "ID number"), ("username", "Username"))
SUMMARY_CHARS = 400


def identifier(people):
    """(Person attribute, header) of the id most of `people` have (email first); (None, "Username")
    when there is no roster: then the student ids stand for usernames."""
    counts = [(sum(bool(getattr(p, attribute)) for p in people), -i, attribute, header)
              for i, (attribute, header) in enumerate(IDENTIFIERS)]
    best = max(counts) if people else (0,)
    return (best[2], best[3]) if best[0] else (None, "Username")


def summary(result):
    """One line of feedback for the gradebook: the score, what failed, lateness."""
    parts = [f"{result.score:g}/{result.max_score:g}"]
    if result.status not in ("graded",):
        parts.append(result.status)
    failed = [t for t in result.tests if t.status != "passed"]
    first = failed[0].message.splitlines()[0] if failed and failed[0].message else ""
    if result.status in ("crashed", "malformed"):
        parts.append(first)
    elif failed and result.status not in ("missing", "excused"):
        parts.append(f"not passed: {', '.join(t.grade_id for t in failed)}" + (f" ({first})" if first else ""))
    if result.late == "yes":
        parts.append("late" + (f" ({result.hours_late:g} h)" if result.hours_late else ""))
    if result.penalty:
        parts.append(f"late penalty -{result.penalty:g}")
    return clip(" · ".join(parts), SUMMARY_CHARS)


def write_grades(path, rows, columns):
    """`rows`: lms.Row per student; `columns`: [(assignment, roster.Column, maximum or None)].
    Returns (the identifier's header, the rows left out for want of that identifier)."""
    attribute, header = identifier([r.person for r in rows if r.person])
    left_out = [r for r in rows if attribute and not getattr(r.person, attribute, "")]
    rows = [r for r in rows if r not in left_out]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        titles = []
        for _, column, _ in columns:
            feedback = column.title.replace("(Real)", "(Feedback)") if column.title.endswith("(Real)") \
                else f"{column.title} (Feedback)"
            titles += [column.title, feedback]
        writer.writerow([header] + titles)
        for row in rows:
            who = getattr(row.person, attribute) if attribute else row.student_id
            cells = []
            for assignment, column, maximum in columns:
                result = row.results.get(assignment)
                if result is None or result.status == "excused":
                    cells += ["-", ""]
                    continue
                grade = result.score / result.max_score * maximum if maximum and result.max_score else result.score
                cells += [f"{grade:.2f}", summary(result)]
            writer.writerow([who] + cells)
    return header, left_out


def folder_name(result):
    """`<full name>_<participant id>_assignfeedback_file`, as Moodle's download names its folders."""
    return f"{result.origin['name'].replace('_', ' ')}_{result.origin['participant']}_assignfeedback_file"


def write_feedback_zip(path, pages):
    """`pages`: [(result, notebook, feedback page path)]; returns (written, results left out)."""
    left_out, written = [], 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for result, notebook, page in pages:
            if not result.origin.get("participant"):
                left_out.append(result)
                continue
            archive.write(page, f"{folder_name(result)}/{notebook}-feedback.html")
            written += 1
    return written, left_out
