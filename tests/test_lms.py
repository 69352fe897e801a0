"""Grades into Canvas and Moodle: a small class graded from each LMS's own download, with the
LMS's own export as the roster, gives the files each LMS imports, checked against fixtures in
the layout Canvas and Moodle export and accept (tests/fixtures/lms/, README there says which
documentation each follows); identity and placement come from the downloads' fixed fields."""
import csv
import html
import sys
import zipfile
from pathlib import Path

import pytest

from autograder.authoring import leaks
from autograder.grading import lateness, lmsnames
from autograder.grading import roster as rosters
from autograder.grading.collect import collect

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import lms_downloads as downloads  # noqa: E402
from conftest import every_file, grade_here, rows  # noqa: E402


def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def matches(expected, written):
    """Row for row, cell for cell; an expected cell ending in `*` is a prefix."""
    assert len(written) == len(expected), written
    for want, got in zip(expected, written):
        assert len(got) == len(want), (want, got)
        for a, b in zip(want, got):
            assert (b.startswith(a[:-1]) if a.endswith("*") else a == b), (want, got)


# canvas_class (conftest.py): the Canvas class graded with its roster, shared with the browser test.

@pytest.fixture(scope="module")
def moodle_class(tmp_path_factory):
    folder = tmp_path_factory.mktemp("moodle")
    out = folder / "out"
    status, stderr = grade_here(downloads.moodle_zip(folder), "--out", out, "--jobs", 2, "--timeout", 10,
                                "--roster", ",".join(map(str, downloads.MOODLE_ROSTER)))
    assert status == 0, stderr[-3000:]
    return out


def test_canvas_grades_import_file(canvas_class):
    matches(table(downloads.FIXTURES / "canvas-import-expected.csv"), table(canvas_class / "lms" / "canvas-grades.csv"))
    not_in_roster = rows(canvas_class / "lms" / "not-in-roster.csv")
    assert [(r["student_id"], r["score"]) for r in not_in_roster] == [("silvafelipe", "9")]
    assert not (canvas_class / "lms" / "moodle-grades.csv").exists()   # a Canvas roster: Canvas's files


def test_canvas_identity_lateness_and_placement(canvas_class):
    grades = {r["student_id"]: r for r in rows(canvas_class / "grades.csv")}
    assert {sid: float(grades[sid]["score"]) for _, sid, _ in downloads.CANVAS.values()} == \
        {sid: score for _, sid, score in downloads.CANVAS.values()}
    assert grades["pereiradavi"]["late"] == "yes" and grades["limaana"]["late"] == ""
    assert grades["souzabruno"]["status"] == "missing" and grades["mendeseva"]["status"] == "excused"
    assert "costacarla" in grades and not any("copy_of" in sid or "untitled" in sid for sid in grades)


def test_canvas_feedback_zip(canvas_class):
    """Canvas's "Upload Submissions" reads the user id and the submitted file's id from each name."""
    with zipfile.ZipFile(canvas_class / "lms" / "canvas-feedback-01-neuron.zip") as z:
        names = sorted(z.namelist())
        assert names == ["costacarla_34567_70002_neuron-feedback.html", "limaana_12345_70001_neuron-feedback.html",
                         "pereiradavi_LATE_45678_70003_neuron-feedback.html",
                         "silvafelipe_77777_70004_neuron-feedback.html"]
        downloaded = {(f["canvas_id"], f["canvas_attachment"]) for f in map(lmsnames.canvas, downloads.CANVAS)}
        for name in names:   # as canvas-lms reads them: the first two all-digit parts of the name
            assert tuple([part for part in name.split("_") if part.isdigit()][:2]) in downloaded
        page = z.read("pereiradavi_LATE_45678_70003_neuron-feedback.html").decode()
        assert "feedback for pereiradavi" in page and "Canvas marks this submission late" in page


def test_moodle_grades_import_file(moodle_class):
    matches(table(downloads.FIXTURES / "moodle-import-expected.csv"), table(moodle_class / "lms" / "moodle-grades.csv"))


def test_moodle_participants_tell_apart_two_students_of_one_name(moodle_class):
    grades = {r["student_id"]: r for r in rows(moodle_class / "grades.csv")}
    assert {sid: float(grades[sid]["score"]) for _, sid, _ in downloads.MOODLE.values()} == \
        {sid: score for _, sid, score in downloads.MOODLE.values()}
    assert grades["carla_costa"]["status"] == "missing"
    with zipfile.ZipFile(moodle_class / "lms" / "moodle-feedback-01-neuron.zip") as z:
        assert sorted(z.namelist()) == ["Ana Lima_1001_assignfeedback_file/neuron-feedback.html",
                                        "Ana Lima_1002_assignfeedback_file/neuron-feedback.html",
                                        "Bruno Souza_1003_assignfeedback_file/neuron-feedback.html"]
        assert "Score: 6 / 9" in z.read("Ana Lima_1002_assignfeedback_file/neuron-feedback.html").decode()


def test_what_students_get_holds_no_hidden_test(canvas_class, moodle_class):
    hidden = leaks.secret_lines("01-neuron")["hidden test"]
    assert hidden
    for out in (canvas_class, moodle_class):
        shown = [name for name, data in every_file(out) if name.startswith(("feedback/", "lms/"))]
        assert any(".zip:" in name for name in shown) and any(name.startswith("feedback/") for name in shown)
        for name, data in every_file(out):
            if name.startswith(("feedback/", "lms/")):
                text = html.unescape(data.decode(errors="replace"))
                assert not [line for line in hidden if line in text], f"{name} holds a hidden test line"


# ---------------------------------------------------------------- cheap checks, no grading

def test_canvas_fields_keep_the_user_id_and_the_late_flag(tmp_path):
    archive = tmp_path / "download.zip"
    notebook = downloads.notebook(downloads.CORRECT)
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("limaana_12345_67890_neuron.ipynb", notebook)
        z.writestr("limaana_12345_67890_Copy of neuron.ipynb", notebook)
        z.writestr("costacarla_34567_89012_Untitled.ipynb", notebook)
        z.writestr("limaanabeatriz_LATE_23456_89013_neuron-1.ipynb", notebook)
        z.writestr("LATE_anon_Xy12z_89014_neuron.ipynb", notebook)
    found = collect(archive, tmp_path / "work")
    placed = {s.student_id: s.origin for s in found.submissions}
    assert set(placed) == {"limaana", "costacarla", "limaanabeatriz", "anon_xy12z"}
    assert placed["limaana"]["canvas_id"] == "12345" and not placed["limaana"].get("late")
    assert placed["limaanabeatriz"]["late"] and placed["anon_xy12z"]["late"]
    assert any("its graded cells are those of 01-neuron" in n for n in found.notes[("costacarla", "01-neuron")])
    assert not found.left_out


def test_two_canvas_students_of_one_name_stay_apart(tmp_path):
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("limaana_12345_67890_neuron.ipynb", downloads.notebook(downloads.CORRECT))
        z.writestr("limaana_23456_67891_neuron.ipynb", downloads.notebook(downloads.NO_BIAS))
    found = collect(archive, tmp_path / "work")
    assert sorted(s.student_id for s in found.submissions) == ["limaana_12345", "limaana_23456"]


def test_a_notebook_whose_cells_are_no_assignments_is_left_out(tmp_path):
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("costacarla_34567_89012_Untitled.ipynb", '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    found = collect(archive, tmp_path / "work")
    assert not found.submissions and "its cells are none of theirs" in found.left_out[0][1]


def test_timestamp_and_deadline_say_which_came_after(tmp_path):
    folder = tmp_path / "class"
    for who, when in (("early", "2026-03-01 20:00:00.000000 UTC"), ("tardy", "2026-03-03 01:00:00.000000 UTC")):
        (folder / who / "01-neuron").mkdir(parents=True)
        (folder / who / "01-neuron" / "neuron.ipynb").write_bytes(downloads.notebook(downloads.CORRECT))
        (folder / who / "01-neuron" / "timestamp.txt").write_text(when)
    found = collect(folder, tmp_path / "work")
    assert not found.left_out
    from autograder.grading.model import SubmissionResult, TestResult
    results = [SubmissionResult(s.student_id, s.assignment, 5.0, 5.0, "graded", origin=s.origin,
                                tests=[TestResult(s.student_id, s.assignment, "t", 5.0, 5.0, "passed")])
               for s in found.submissions]
    deadlines = lateness.parse_deadlines(["01-neuron=2026-03-01T23:59+00:00"])
    lateness.apply(results, deadlines, percent_per_day=0)
    by = {r.student_id: r for r in results}
    assert (by["early"].late, by["tardy"].late, by["tardy"].hours_late, by["tardy"].score) == ("no", "yes", 25.02, 5.0)
    assert by["tardy"].submitted_at == "2026-03-03T01:00:00Z"
    lateness.apply(results, deadlines, percent_per_day=10)   # the policy, when asked for: 10 % a started day
    assert (by["tardy"].penalty, by["tardy"].score, by["early"].penalty) == (1.0, 4.0, 0.0)


def test_rosters_are_recognised_and_bad_ones_refused(tmp_path):
    canvas = rosters.read(str(downloads.CANVAS_ROSTER))
    assert [p.name for p in canvas.people] == ["Costa, Carla", "Lima, Ana", "Mendes, Eva", "Pereira, Davi", "Souza, Bruno"]
    assert rosters.column_for("01-neuron", canvas.canvas_columns).title == "01 · A single neuron (4521)"
    assert rosters.column_for("03-batches", canvas.canvas_columns) is None
    plain = tmp_path / "plain.csv"
    plain.write_text("student_id,name,email\nalice,Alice Alves,alice@example.edu\n")
    person, how = rosters.read(str(plain)).match("alice", {})
    assert (person.email, person.first_name, how) == ("alice@example.edu", "Alice", "student id")
    names_only = tmp_path / "worksheet.csv"   # Moodle's worksheet when the site shows no identity field
    names_only.write_text("Identifier,Full name,Status,Grade,Maximum grade\nParticipant 7,Ana Lima,Submitted,,100.00\n")
    with pytest.raises(rosters.RosterError, match="two students can share a name"):
        rosters.read(str(names_only))
    bad = tmp_path / "bad.csv"
    bad.write_text("name,grade\nx,1\n")
    with pytest.raises(rosters.RosterError, match="not a roster"):
        rosters.read(str(bad))
    status, stderr = grade_here(tmp_path, "--out", tmp_path / "out", "--roster", bad)
    assert status == 2 and "not a roster" in stderr
    status, stderr = grade_here(tmp_path, "--out", tmp_path / "out", "--deadline", "next friday")
    assert status == 2 and "is not a time" in stderr


def test_without_a_roster_canvas_gets_the_user_id_from_the_download(tmp_path):
    """Canvas's import matches on ID first: the user id the download's name carries is kept."""
    from autograder.grading import lms
    from autograder.grading.model import SubmissionResult, TestResult

    fields = lmsnames.canvas("limaana_LATE_12345_67890_neuron.ipynb")
    results = [SubmissionResult("limaana", "01-neuron", 4.0, 5.0, "graded", origin=fields,
                                tests=[TestResult("limaana", "01-neuron", "t", 4.0, 5.0, "failed")]),
               SubmissionResult("alice", "01-neuron", 5.0, 5.0, "graded",
                                tests=[TestResult("alice", "01-neuron", "t", 5.0, 5.0, "passed")])]
    lms.write(tmp_path, results, None, lms.columns(None, ["01-neuron"]), {"01-neuron": "neuron"})
    written = table(tmp_path / "lms" / "canvas-grades.csv")
    assert written[:2] == [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01-neuron"],
                           ["    Points Possible", "", "", "", "", "5.00"]]
    assert written[2:] == [["alice", "", "", "alice", "", "5.00"], ["limaana", "12345", "", "", "", "4.00"]]
    assert table(tmp_path / "lms" / "moodle-grades.csv")[0][0] == "Username"


def test_formgrader_shows_no_html_or_script_from_student_code():
    """What student code displays as HTML or JavaScript would run in the instructor's browser in formgrader."""
    import nbformat

    from autograder.grading.gradebook import safe

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", outputs=[
        nbformat.v4.new_output("display_data", data={"text/html": "<script>steal()</script>",
                                                     "application/javascript": "steal()"}),
        nbformat.v4.new_output("execute_result", data={"text/plain": "4", "image/png": "iVBORw0KGgo="},
                               execution_count=1)])])
    kept = nbformat.reads(safe(nbformat.writes(nb)), as_version=4).cells[0].outputs
    assert [sorted(o.data) for o in kept] == [["text/plain"], ["image/png", "text/plain"]]
    assert "steal" not in nbformat.writes(nbformat.reads(safe(nbformat.writes(nb)), as_version=4))
