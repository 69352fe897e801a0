"""nbgrader's own course folder in OUT, built on the driver from the results, for nbgrader's tools:
`nbgrader export` and formgrader (`make lab-instructor`) read it; `make rewrite` reads back what
an instructor changed in it.

    OUT/course/                       the instructor's alone: source/ holds the hidden tests
      nbgrader_config.py              this folder is the course root, wherever OUT is moved
      source/<assignment>/            the source the run graded against (solutions/, hidden tests included)
      release/<assignment>/           the student release
      submitted/<student>/<assignment>/                   one per submission, with timestamp.txt when the
                                      time is known, but no notebook: see below
      autograded/<student>/<assignment>/<notebook>.ipynb  as graded: outputs bounded, only text and images
                                      (student code's HTML or JavaScript would run in formgrader, in your
                                      browser); for a notebook that could not be graded, the release with a
                                      cell saying why
      gradebook.db                    students, submissions, every test cell's score, late penalties
      results.json                    the run's results and options, for `make rewrite`

The results come back from the workers as data (SubmissionResult.autograded), so this folder is
the same however the grading ran. A student with no submission is in the gradebook without one
(nbgrader counts 0). Scores are the run's own (integrity checks and all), written as nbgrader's
auto scores; an instructor's override in formgrader is a manual score, which nbgrader prefers.

The students' files are not copied into submitted/: formgrader's "Autograde" button would run them
with nbgrader's stock settings, outside the sandbox, with the instructor's rights. Grade with
`make grade`; the files stay where they were collected.
"""
import json
import os
import shutil
import stat
from datetime import datetime
from pathlib import Path

import nbformat
import sqlalchemy

CONFIG = '''# nbgrader's configuration for this graded course, written by `make grade`.
# The course root is this file's folder, wherever it is: run `nbgrader export` here,
# or `make lab-instructor OUT=<the folder above>` for formgrader.
import os

c = get_config()  # noqa: F821 (nbgrader provides it)
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.course_id = "nnfs"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"]
# Release and collect go through the LMS, not nbgrader's exchange: an exchange of its own
# here keeps formgrader from asking for a system-wide one.
c.Exchange.root = os.path.join(c.CourseDirectory.root, "exchange")
# Grade with `make grade`, never with formgrader's Autograde button: it would run student code outside
# the sandbox, with your rights. That is why submitted/ holds no notebook.
'''
UNGRADED = ("missing", "excused")
SAFE_OUTPUTS = ("text/plain", "image/png", "image/jpeg")


def _db(course_dir):
    import warnings

    from nbgrader.api import Gradebook
    from sqlalchemy.exc import SAWarning

    # nbgrader's gradebook code trips SQLAlchemy warnings that mean nothing to an instructor.
    warnings.filterwarnings("ignore", category=SAWarning)
    return Gradebook(f"sqlite:///{Path(course_dir) / 'gradebook.db'}")


def _placeholder(release_notebook, result):
    """The release notebook with a first cell saying why there is no autograded notebook."""
    nb = nbformat.read(release_notebook, as_version=4)
    why = next((t.message for t in result.tests if t.message), result.status)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(
        f"**This submission could not be graded ({result.status}): {why}**\n\n"
        "Below is the assignment as released, not the student's file: that is in `submitted/`."))
    return nbformat.writes(nb)


def safe(text):
    """The autograded notebook with only text and images in its outputs: what student code displays as
    HTML, JavaScript, SVG or markdown would run in formgrader, in the instructor's browser."""
    nb = json.loads(text)
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            data = out.get("data")
            if isinstance(data, dict):
                dropped = sorted(k for k in data if k not in SAFE_OUTPUTS)
                for key in dropped:
                    del data[key]
                if dropped and "text/plain" not in data:
                    data["text/plain"] = f"[{', '.join(dropped)} output not shown]"
    return json.dumps(nb, indent=1, ensure_ascii=False)


def build(course_dir, base, results, people, deadlines):
    """Write the course folder at `course_dir` from the prepared course `base` (pool.prepare_course:
    source/, release/ and a gradebook that holds the source cells) and the run's `results`.

    `people`: {student_id: roster.Person}; `deadlines`: {assignment: naive UTC datetime}
    (lateness.parse_deadlines, ALL resolved)."""
    course_dir, base = Path(course_dir), Path(base)
    shutil.rmtree(course_dir, ignore_errors=True)
    course_dir.mkdir(parents=True)
    os.chmod(course_dir, stat.S_IRWXU)   # the hidden tests are in here: for the instructor only
    for part in ("source", "release"):
        shutil.copytree(base / part, course_dir / part)
    shutil.copy2(base / "gradebook.db", course_dir / "gradebook.db")
    (course_dir / "nbgrader_config.py").write_text(CONFIG)

    with _db(course_dir) as gb:
        # A new database, filled in one go: no need to wait for the disk after each of nbgrader's commits.
        gb.db.execute(sqlalchemy.text("PRAGMA synchronous = OFF"))
        notebooks = {}
        for assignment in sorted({r.assignment for r in results}):
            found = gb.update_or_create_assignment(assignment, duedate=deadlines.get(assignment))
            notebooks[assignment] = found.notebooks[0].name   # one notebook per assignment
        for r in results:
            person = people.get(r.student_id)
            gb.update_or_create_student(r.student_id, **({
                "first_name": person.first_name or None, "last_name": person.last_name or None,
                "email": person.email or None} if person else {}))
            if r.status in UNGRADED:
                continue
            notebook = notebooks[r.assignment]
            where = Path(r.student_id) / r.assignment
            when = datetime.fromisoformat(r.submitted_at.rstrip("Z")) if r.submitted_at else None
            autograded = course_dir / "autograded" / where
            autograded.mkdir(parents=True, exist_ok=True)
            (autograded / f"{notebook}.ipynb").write_text(
                safe(r.autograded) if r.autograded else
                _placeholder(course_dir / "release" / r.assignment / f"{notebook}.ipynb", r))
            # formgrader counts the submitted/ folders, and compares their time with the gradebook's
            submitted = course_dir / "submitted" / where
            submitted.mkdir(parents=True, exist_ok=True)
            for folder in (submitted, autograded) if when else ():
                (folder / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"))

            submission = gb.add_submission(r.assignment, r.student_id, timestamp=when)
            scores = {t.grade_id: t.score for t in r.tests}
            for nb in submission.notebooks:
                for grade in nb.grades:
                    grade.auto_score = scores.get(grade.name, 0.0)
                    grade.needs_manual_grade = False
                nb.late_submission_penalty = r.penalty or None
        gb.db.commit()


def read_back(course_dir, results):
    """Bring into `results` what changed in the gradebook since the run: scores set by hand in
    formgrader (manual scores, extra credit) and comments. Returns the lines of what changed."""
    from nbgrader.api import MissingEntry

    changed = []
    with _db(course_dir) as gb:
        for r in results:
            if r.status in UNGRADED:
                continue
            try:
                submission = gb.find_submission(r.assignment, r.student_id)
            except MissingEntry:
                continue
            grades = {g.name: g for nb in submission.notebooks for g in nb.grades}
            for t in r.tests:
                grade = grades.get(t.grade_id)
                if grade is None or (grade.manual_score is None and not grade.extra_credit):
                    continue
                now = float(grade.score or 0.0)
                if now != t.score:
                    note = f"{t.grade_id}: {t.score:g} -> {now:g} of {t.max_score:g}, set by hand in formgrader"
                    r.notes = [n for n in r.notes if not n.startswith(f"{t.grade_id}: ")] + [note]
                    changed.append(f"{r.student_id} {r.assignment} {note}")
                    t.score = now
            for nb in submission.notebooks:
                for comment in nb.comments:
                    text = (comment.manual_comment or "").strip()
                    note = f"Comment on {comment.name}: {text}"
                    if text and note not in r.notes:
                        r.notes.append(note)
                        changed.append(f"{r.student_id} {r.assignment} {note}")
    return changed


def write_penalties(course_dir, results):
    """Set each submission's late penalty in the gradebook to the result's (after `make rewrite`)."""
    from nbgrader.api import MissingEntry

    with _db(course_dir) as gb:
        for r in results:
            if r.status in UNGRADED:
                continue
            try:
                submission = gb.find_submission(r.assignment, r.student_id)
            except MissingEntry:
                continue
            for nb in submission.notebooks:
                nb.late_submission_penalty = r.penalty or None
        gb.db.commit()
