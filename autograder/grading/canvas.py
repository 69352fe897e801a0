"""Canvas: the Gradebook import CSV, and the feedback zip of an assignment's "Upload Submissions".

The grades CSV follows Canvas's own Gradebook export, which its import reads back (Canvas
guide "How do I import grades in the Gradebook?"; canvas-lms GradebookExporter and
GradebookImporter): a header `Student, ID, SIS User ID, SIS Login ID, Section` (Section the last
identity column), then one column per assignment headed `Title (assignment id)`; a second row
`    Points Possible`; then one row per student, scores with two decimals, `EX` for excused.
Canvas matches a student by ID (the Canvas user id), then SIS User ID, SIS Login ID, then name;
an assignment by the id in its header, or by title (an unknown title makes a new assignment).
Only the graded assignments' columns are written: Canvas leaves the others as they are.

The feedback zip is for Canvas's "Upload Submissions" (the assignment's menu in the Gradebook,
after "Download Submissions"): canvas-lms's Assignment#generate_comments_from_files splits each
file name at `_` and takes its first two all-digit parts as the student's Canvas user id and the
id of the file they submitted; each file becomes a comment on that student's submission. Those
ids come only from Canvas's own download, so a page is zipped for each submission graded from one.
"""
import csv
import zipfile

HEADER = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def number(x):
    return f"{x:.2f}"


def scaled(result, points):
    """The result's score in the column's points (Canvas's points possible), when it has some."""
    if points is None or not result.max_score:
        return result.score
    return result.score / result.max_score * points


def write_grades(path, rows, columns):
    """`rows`: lms.Row per student; `columns`: [(assignment, roster.Column)]."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER + [c.title for _, c in columns])
        writer.writerow(["    Points Possible", "", "", "", ""] +
                        [number(c.points) if c.points is not None else "" for _, c in columns])
        for row in rows:
            p = row.person
            first = next(iter(row.results.values()), None)
            canvas_id = p.canvas_id if p else (first.origin.get("canvas_id", "") if first else "")
            identity = ([p.name or p.grading_id(), p.canvas_id, p.sis_user_id, p.sis_login_id, p.section] if p else
                        [row.student_id, canvas_id, "", "" if canvas_id else row.student_id, ""])
            cells = []
            for assignment, column in columns:
                result = row.results.get(assignment)
                if p and column.title in p.excused:
                    cells.append("EX")
                elif result is None:
                    cells.append("")
                else:
                    cells.append(number(scaled(result, column.points)))
            writer.writerow(identity + cells)


def feedback_name(result, notebook):
    """The file name Canvas's upload reads: the download's own prefix (name, LATE, user and file ids)."""
    return f"{result.origin['prefix']}_{notebook}-feedback.html"


def write_feedback_zip(path, pages):
    """`pages`: [(result, notebook, feedback page path)]; returns the results left out (no Canvas ids)."""
    left_out, written = [], 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for result, notebook, page in pages:
            if not (result.origin.get("canvas_id") and result.origin.get("canvas_attachment")):
                left_out.append(result)
                continue
            archive.write(page, feedback_name(result, notebook))
            written += 1
    return written, left_out
