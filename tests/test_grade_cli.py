"""`make grade` on a class of problem submissions: every case gets the right result, the batch
never stops, nothing outside a student's working copy is touched, and a second run agrees."""
import csv
import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from autograder import course, sandbox
from autograder.collect import collect

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
import submissions as fixtures  # noqa: E402


def grade(*args):
    return subprocess.run([sys.executable, "-m", "autograder.grade", *map(str, args)],
                          capture_output=True, text=True, cwd=course.REPO)


def digest(folder):
    """{relative path: sha256} of every file under `folder`."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    assert sandbox.bwrap_works(), ("bubblewrap (bwrap) is needed to grade in a sandbox: "
                                   "run `make system-deps` (or apt-get install bubblewrap)")
    fixtures.OUTSIDE_MARKER.unlink(missing_ok=True)
    folder = fixtures.build(tmp_path_factory.mktemp("class"))
    before = {"submissions": digest(folder), "solutions": digest(course.SOLUTIONS),
              "repo tests": digest(course.REPO / "tests" / "fixtures")}
    out = tmp_path_factory.mktemp("out")
    run = grade(folder, "--out", out, "--jobs", 2, "--timeout", 5)
    after = {"submissions": digest(folder), "solutions": digest(course.SOLUTIONS),
             "repo tests": digest(course.REPO / "tests" / "fixtures")}
    return dict(folder=folder, out=out, run=run, before=before, after=after)


def test_the_batch_completes_and_exits_0(graded_class):
    run = graded_class["run"]
    assert run.returncode == 0, run.stderr[-3000:]
    assert "left out README.txt: not a notebook" in run.stdout
    assert "crashed: 1" in run.stdout and "tampered: 3" in run.stdout


@pytest.mark.parametrize("student", sorted(fixtures.EXPECTED))
def test_each_case_is_graded_as_expected(graded_class, student):
    status, score, tests = fixtures.EXPECTED[student]
    grades = {r["student_id"]: r for r in rows(graded_class["out"] / "grades.csv")}
    row = grades[student]
    assert (row["assignment"], row["status"], float(row["score"]), float(row["max_score"])) == \
        ("01-neuron", status, score, fixtures.FULL)
    results = {r["grade_id"]: r for r in rows(graded_class["out"] / "tests.csv") if r["student_id"] == student}
    assert len(results) == 4
    for grade_id, result in results.items():
        assert result["status"] == tests.get(grade_id, result["status"]), result
        if result["status"] != "passed":
            assert result["message"], f"{grade_id} of {student} has no message"
        assert (float(result["score"]) == float(result["max_score"])) == (result["status"] in ("passed", "tampered") and float(result["score"]) > 0)


def test_student_code_cannot_touch_anything_outside_its_copy(graded_class):
    assert graded_class["after"] == graded_class["before"]
    assert not fixtures.OUTSIDE_MARKER.exists()
    feedback = (graded_class["out"] / "feedback" / "rita_vandal" / "01-neuron" / "neuron.html").read_text()
    output = feedback.split("<p>Output:</p>")[1]
    assert "managed to" not in output and output.count("could not") == 7, output


def test_feedback_and_report(graded_class):
    out = graded_class["out"]
    hidden = [line.strip() for line in (course.SOLUTIONS / "01-neuron" / "neuron.ipynb").read_text().split("\n")
              if "check_number(call(neuron_output, [80, 3]" in line]
    assert hidden, "the hidden test used to probe the feedback is gone"
    for student in fixtures.EXPECTED:
        page = (out / "feedback" / student / "01-neuron" / "neuron.html").read_text()
        assert f"feedback for {student}" in page and "Score:" in page
        assert "check_number(call(neuron_output, [80, 3]" not in page, "hidden test source in the feedback"
    bob = (out / "feedback" / "bob_no_bias" / "01-neuron" / "neuron.html").read_text()
    assert "should be 2.3, but it is 0.3" in bob
    report = (out / "report.html").read_text()
    assert report.count("data:image/png;base64,") == 1 and "neuron_output_values" in report


AGAIN = ["alice_correct", "bob_no_bias", "carol_infinite_loop", "dan_kernel_dies", "ken_edited_test",
         "mia_duplicated_test", "pat_monkeypatch_math", "rita_vandal"]


def test_a_second_run_gives_the_same_results(graded_class, tmp_path):
    """Grade the trickiest cases again: the same grades and messages, row for row."""
    again = tmp_path / "again"
    for student in AGAIN:
        shutil.copytree(graded_class["folder"] / student, again / student)
    run = grade(again, "--out", tmp_path / "out", "--jobs", 2, "--timeout", 5)
    assert run.returncode == 0
    for name in ("grades.csv", "tests.csv"):
        first = [r for r in rows(graded_class["out"] / name) if r["student_id"] in AGAIN]
        assert rows(tmp_path / "out" / name) == first


def grade_here(*args):
    """The command in this process (cheap): (exit status, what it wrote to stderr)."""
    import contextlib
    import io

    from autograder.grade import main
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return status, err.getvalue()


@pytest.mark.parametrize("make_input, message", [
    (lambda tmp: tmp / "nowhere", "does not exist"),
    (lambda tmp: (tmp / "grades.txt").write_text("x") and tmp / "grades.txt", "neither a folder nor a zip"),
    (lambda tmp: (tmp / "empty").mkdir() or tmp / "empty", "found no submissions"),
])
def test_instructor_errors_exit_2_with_a_message(tmp_path, make_input, message):
    status, stderr = grade_here(make_input(tmp_path), "--out", tmp_path / "out")
    assert status == 2 and message in stderr


def test_unknown_assignment_exits_2(tmp_path):
    (tmp_path / "s" / "alice" / "01-neuron").mkdir(parents=True)
    status, stderr = grade_here(tmp_path / "s", "--out", tmp_path / "out", "--assignment", "99-nothing")
    assert status == 2 and "unknown assignment '99-nothing'" in stderr


def test_an_lms_zip_is_placed_by_student_and_notebook(tmp_path):
    notebook = fixtures.RELEASE.read_bytes()
    archive = tmp_path / "download.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(zipfile.ZipInfo("alice_123_456_neuron.ipynb", (2026, 1, 1, 10, 0, 0)), notebook)
        z.writestr(zipfile.ZipInfo("alice_123_456_neuron (1).ipynb", (2026, 1, 2, 10, 0, 0)), notebook)
        z.writestr("Bob Smith_789_assignsubmission_file_/neuron.ipynb", notebook)
        z.writestr("carol-late_neuron-Copy1.ipynb", notebook)
        z.writestr("__MACOSX/._neuron.ipynb", b"junk")
        z.writestr("dave_homework.ipynb", notebook)
        z.writestr("notes.txt", b"hello")
    found = collect(archive, tmp_path / "work")
    placed = {(s.student_id, s.assignment, s.notebook_name) for s in found.submissions}
    assert placed == {("alice", "01-neuron", "neuron"), ("bob_smith", "01-neuron", "neuron"),
                      ("carol", "01-neuron", "neuron")}
    assert any("graded the newest, alice_123_456_neuron (1).ipynb" in n
               for n in found.notes[("alice", "01-neuron")])
    assert {name for name, _ in found.left_out} == {"dave_homework.ipynb", "notes.txt"}
