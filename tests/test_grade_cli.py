"""`make grade` on a class of problem submissions: every case gets the right result, the batch
never stops, nothing outside a student's working copy is touched, and a second run agrees."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from conftest import every_file, fixtures, grade, grade_here, rows

from autograder import course
from autograder.authoring import leaks
from autograder.grading import sandbox
from autograder.grading.collect import collect


def probe_result(out, student):
    """The `RESULT {json}` line a sandbox probe printed, from the student's feedback page."""
    page = html.unescape((out / "feedback" / student / "01-neuron" / "neuron.html").read_text())
    found = re.findall(r"^(?:<p>Output:</p><pre>)?RESULT (\{.*\})$", page, re.M)
    assert found, f"{student}'s probe printed no result:\n{page[-2000:]}"
    return json.loads(found[-1])


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
    assert len(results) == fixtures.TESTS
    for grade_id, result in results.items():
        assert result["status"] == tests.get(grade_id, result["status"]), result
        if result["status"] != "passed":
            assert result["message"], f"{grade_id} of {student} has no message"
        assert (float(result["score"]) == float(result["max_score"])) == (result["status"] in ("passed", "tampered") and float(result["score"]) > 0)


def test_student_code_cannot_touch_anything_outside_its_copy(graded_class):
    for name in graded_class["before"]:
        assert graded_class["after"][name] == graded_class["before"][name], f"{name} changed"
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


# The cases whose result could vary between runs: a timeout, a dead kernel, tampering, vandalism.
AGAIN = ["carol_infinite_loop", "dan_kernel_dies", "ken_edited_test", "pat_monkeypatch_math", "rita_vandal"]


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


# ---------------------------------------------------------------- the sandbox under attack

def test_student_code_runs_without_privileges(graded_class):
    """Even when the grader is root: a real unprivileged user, no capability, no way to gain one."""
    result = probe_result(graded_class["out"], "sam_escape")
    if os.geteuid() == 0:
        assert result["uid"] >= sandbox.SANDBOX_UID_BASE, result
        assert set(result["caps"].values()) == {"0000000000000000"}, result["caps"]
    assert result["uid"] != 0 and result["caps"]["CapEff"] == "0000000000000000"
    assert result["no_new_privs"] == "1"
    failed = {what: code for what, code in result["commands"].items() if code == 0}
    assert not failed, f"these escapes worked in the sandbox: {failed}"
    assert result["mount syscall"] == -1
    # A write into the sandbox's own /tmp (a tmpfs) is allowed: it is gone with the sandbox. That is where
    # "next to the course" lands when the course is cloned into /tmp (as /tmp/fresh); it never reaches the host.
    wrote = [path for path, code in result["writes"].items() if code == "wrote"]
    assert all(path.startswith("/tmp/") for path in wrote), result["writes"]
    assert not [path for path in wrote if Path(path).exists()], f"a write reached the host: {wrote}"


def test_no_secret_reaches_student_code_or_any_output(graded_class):
    """The marker in the grader's environment and in files around the course is nowhere in OUT."""
    marker, out = graded_class["marker"], graded_class["out"]
    leaked = [name for name, data in every_file(out) if marker.encode() in data]
    assert not leaked, f"the secret reached {leaked}"
    seen = probe_result(out, "tom_secrets")
    assert set(seen["env"]) - {"PWD"} <= set(sandbox.KERNEL_ENV) | {"HOME", "PATH"} | IPYKERNEL_ENV, seen["env"]
    for path in [*map(str, fixtures.SECRET_FILES.values()), "/etc/shadow",
                 str(course.SOLUTIONS / "01-neuron" / "neuron.ipynb"), str(course.REPO / "tests" / "catalog" / "01-neuron.py")]:
        assert seen[path] in ("FileNotFoundError", "PermissionError"), f"student code read {path}"
    # data/: the capstone reads it; locale/: the checks speak the notebook's language
    assert sorted(seen[str(course.REPO)]) in ([".venv", "autograder", "data", "locale"], ["autograder", "data", "locale"])
    assert seen["processes"] == ["/proc/1", "/proc/2"], "student code sees processes outside its sandbox"
    assert all(seen[f"{p}/environ"] == "PermissionError" for p in seen["processes"] if p != "/proc/2")


# Variables that ipykernel itself sets in its own environment.
IPYKERNEL_ENV = {"PYDEVD_USE_FRAME_EVAL", "TERM", "CLICOLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "PAGER", "GIT_PAGER"}


def test_caps_hold_and_cost_only_that_student(graded_class):
    from autograder.grading import limits

    processes = probe_result(graded_class["out"], "uma_processes")
    assert processes["error"] == "BlockingIOError" and processes["started"] < limits.PROCESSES, processes
    disk = probe_result(graded_class["out"], "vic_disk")
    assert disk["working copy"]["errno"] == 28 and disk["working copy"]["written"] <= limits.WORKDIR_BYTES, disk
    assert disk["tmp"]["errno"] == 28 and disk["tmp"]["written"] <= limits.TMP_BYTES, disk


def test_what_comes_back_is_bounded(graded_class):
    from autograder.grading import limits

    messages = [r["message"] for r in rows(graded_class["out"] / "tests.csv")]
    assert max(map(len, messages)) <= limits.MESSAGE_CHARS
    loot = [m for m in messages if "LOOT" in m]
    assert loot and all(m.endswith("more characters cut]") for m in loot), loot[:1]


# ---------------------------------------------------------------- nbgrader's gradebook in OUT

def nbgrader_export(course_dir, to):
    """`nbgrader export` run in the course folder, as an instructor would: {(student, assignment): row}."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run(["nbgrader", "export", "--to", str(to)], cwd=course_dir, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    return {(r["student_id"], r["assignment"]): r for r in rows(to)}


def same_scores(out, exported):
    grades = {(r["student_id"], r["assignment"]): r for r in rows(out / "grades.csv")}
    assert set(exported) == set(grades)
    for key, row in grades.items():
        assert float(exported[key]["score"]) == pytest.approx(float(row["score"])), (key, exported[key], row)
        assert float(exported[key]["max_score"]) == float(row["max_score"]), key


def test_nbgrader_reads_the_gradebook_and_a_formgrader_override_is_rewritten(graded_class, tmp_path):
    """OUT/course is nbgrader's own course folder: `nbgrader export` gives grades.csv's scores,
    and after a score is changed by hand (as formgrader does) `make rewrite` brings it everywhere."""
    from nbgrader.api import Gradebook

    from autograder.grading import rewrite

    out = tmp_path / "out"
    shutil.copytree(graded_class["out"], out)
    course_dir = out / "course"
    assert (course_dir / "source" / "01-neuron" / "neuron.ipynb").exists()
    autograded = {p.parent.name for p in (course_dir / "autograded").glob("*/01-neuron")}
    assert autograded == {s for s, (status, *_) in fixtures.EXPECTED.items() if status != "missing"}

    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:   # what formgrader does
        gb.find_grade("neuron_output_values", "neuron", "01-neuron", "bob_no_bias").manual_score = 2.0
        gb.find_comment("neuron_output", "neuron", "01-neuron", "bob_no_bias").manual_comment = "Add the bias."
        gb.db.commit()
    assert rewrite.main([str(out)]) == 0

    bob = next(r for r in rows(out / "grades.csv") if r["student_id"] == "bob_no_bias")
    assert float(bob["score"]) == 8.0
    test = next(r for r in rows(out / "tests.csv") if r["student_id"] == "bob_no_bias"
                and r["grade_id"] == "neuron_output_values")
    assert float(test["score"]) == 2.0
    page = (out / "feedback" / "bob_no_bias" / "01-neuron" / "neuron.html").read_text()
    assert "Score: 8 / 9" in page and "set by hand in formgrader" in page and "Add the bias." in page
    canvas = {r["Student"]: r for r in rows(out / "lms" / "canvas-grades.csv")}
    assert canvas["bob_no_bias"]["01-neuron"] == "8.00"
    unchanged = [r for r in rows(out / "grades.csv") if r["student_id"] != "bob_no_bias"]
    assert unchanged == [r for r in rows(graded_class["out"] / "grades.csv") if r["student_id"] != "bob_no_bias"]
    # nbgrader's own export: every other score as the run gave it, bob's as overridden, as in grades.csv
    same_scores(out, nbgrader_export(course_dir, tmp_path / "export.csv"))


def test_the_course_folder_is_the_instructors_alone(graded_class):
    """OUT/course holds the hidden tests and is readable by the instructor only; nothing a student
    gets (feedback/, lms/) holds a line of them."""
    out = graded_class["out"]
    assert (out / "course").stat().st_mode & 0o077 == 0
    # no student file that formgrader's Autograde button could run outside the sandbox
    assert not list((out / "course").glob("submitted/**/*.ipynb"))
    hidden = leaks.secret_lines("01-neuron")["hidden test"]
    source = "\n".join(c.source for c in nbformat.read(out / "course" / "source" / "01-neuron" / "neuron.ipynb", 4).cells)
    assert hidden and all(line in source for line in hidden)
    for name, data in every_file(out):
        if name.startswith(("feedback/", "lms/")):
            text = html.unescape(data.decode(errors="replace"))
            assert not [line for line in hidden if line in text], f"{name} holds a hidden test line"
