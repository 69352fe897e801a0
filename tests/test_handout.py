"""`make handout`: the students' copy holds what a student needs and nothing of the instructor's,
and its `make validate` works there as in the course repository."""
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from autograder import course
from autograder.authoring import handout, leaks, release

FIRST_TWO = ["01-neuron", "02-layer"]


def make(folder, *args):
    """`make` in a handout, with this repository's .venv (building one per test would take minutes):
    `python -m` puts the handout's own folder first on sys.path, so its own autograder runs."""
    venv = Path(sys.executable).parent.parent
    return subprocess.run(["make", "--no-print-directory", "-C", str(folder), "-o", f"{venv}/.installed",
                           f"VENV={venv}", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """A handout of every assignment, from the committed release (test_release.py proves it is
    what `make release` generates; regenerating it here would cost a worker half a minute)."""
    out = tmp_path_factory.mktemp("handout") / "class"
    everything, notices, _ = handout.build(out, release=course.NOTEBOOKS, editions=course.NOTEBOOKS)
    return dict(out=out, assignments=everything, notices=notices)


@pytest.fixture(scope="module")
def first_weeks(tmp_path_factory):
    """The handout of the first two weeks, made by the command itself."""
    out = tmp_path_factory.mktemp("handout") / "class"
    run = subprocess.run([sys.executable, "-m", "autograder.authoring.handout", str(out),
                          "--assignments", ",".join(FIRST_TWO)], capture_output=True, text=True, cwd=course.REPO)
    assert run.returncode == 0, run.stderr
    return out


def files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*")
                  if p.is_file() and ".git" not in p.relative_to(folder).parts)


def test_it_holds_only_what_a_student_needs(whole):
    student_side = {p.relative_to(course.REPO).as_posix() for relative in course.STUDENT_SIDE
                    for p in [course.REPO / relative, *(course.REPO / relative).rglob("*")]
                    if p.is_file() and "__pycache__" not in p.parts and course.HIDDEN_CATALOGS not in p.parts}
    expected = {*student_side, *(name for name, _ in handout.PROJECT_FILES), ".gitignore", "README.md"}
    expected |= {f"notebooks/{edition}{a}/{p.name}" for edition in ["", *(f"{sub}/" for sub in release.EDITIONS.values())]
                 for a in course.assignments() for p in course.notebooks(course.NOTEBOOKS / a)}
    assert set(files(whole["out"])) == expected
    for instructor_only in ("solutions", "tests", "autograder/grading", "autograder/authoring", "autograder/course.py"):
        assert not (whole["out"] / instructor_only).exists()


def test_no_line_of_a_solution_or_hidden_test_is_in_it(whole):
    """Compared with solutions/: every file, every line. Notebooks may show only the answers of
    earlier assignments, as given code, and the command names each of those."""
    secret = {kind: set().union(*(leaks.secret_lines(a)[kind] for a in course.assignments())) for kind in leaks.KINDS}
    given = set()
    for path in files(whole["out"]):
        text = {line.strip() for line in (whole["out"] / path).read_text().splitlines()}
        assert not text & secret["hidden test"], f"{path} holds hidden-test lines"
        if not path.endswith(".ipynb"):
            assert not text & secret["solution"], f"{path} holds solution lines"
            continue
        owner = Path(path).parent.name
        leaked, answers = leaks.classify(whole["out"] / path, owner, course.assignments())
        assert not leaked, f"{path} shows {leaked[:3]}"
        given |= {(owner, name) for name in answers}
    announced = {(n.split()[0], a.strip(" ,")) for n in whole["notices"]
                 for a in n.split("answers to ")[1].split(" as given")[0].split(", ")}
    assert given == announced, "every answer handed out as given code is announced, and only those"


def test_the_first_weeks_hold_no_answer_at_all(first_weeks):
    assert sorted(p.name for p in (first_weeks / "notebooks").glob("[0-9][0-9]-*")) == FIRST_TWO
    assert sorted(p.name for p in (first_weeks / "notebooks" / "pt-BR").iterdir()) == FIRST_TWO
    for notebook in (first_weeks / "notebooks").rglob("*.ipynb"):
        assert leaks.classify(notebook, notebook.parent.name, course.assignments()) == ([], set())
    readme = (first_weeks / "README.md").read_text()
    assert "make lab" in readme and "make validate" in readme and "03-batches" not in readme
    catalogs = sorted(p.name for p in (first_weeks / "locale").rglob("*.po"))
    assert catalogs == ["01-neuron.po", "02-layer.po", "checks.po"], catalogs


def test_the_leak_check_catches_a_leak(tmp_path):
    """The same check refuses a copy that shows a solution line."""
    handout.stage(tmp_path, ["01-neuron"], course.NOTEBOOKS, course.NOTEBOOKS)
    notebook = tmp_path / "notebooks" / "01-neuron" / "neuron.ipynb"
    nb = nbformat.read(notebook, as_version=4)
    line = sorted(leaks.secret_lines("01-neuron")["solution"])[0]
    nb.cells[-1].source += "\n" + line
    nbformat.write(nb, notebook)
    problems, _ = handout.check(tmp_path, ["01-neuron"])
    assert problems and f"shows a solution line: {line!r}" in problems[0]


def test_make_validate_passes_answers_and_fails_stubs_with_their_messages(first_weeks, tmp_path):
    """In a copy of the handout, 01 answered (the solution's code), 02 left as released."""
    work = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(first_weeks), str(work)], check=True)
    notebook = work / "notebooks" / "01-neuron" / "neuron.ipynb"
    nb = nbformat.read(notebook, as_version=4)
    solution = nbformat.read(course.SOLUTIONS / "01-neuron" / "neuron.ipynb", as_version=4)
    answers = {c.metadata.nbgrader["grade_id"]: c.source for c in solution.cells
               if c.metadata.get("nbgrader", {}).get("solution")}
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            source = answers[cell.metadata.nbgrader["grade_id"]]
            cell.source = "\n".join(line for line in source.splitlines() if "### " not in line)
    nbformat.write(nb, notebook)
    run = make(work, "validate")
    assert run.returncode != 0, "make validate must fail while a notebook fails its tests"
    assert "ok     notebooks/01-neuron/neuron.ipynb" in run.stdout, run.stdout + run.stderr
    assert "FAILED notebooks/02-layer/layer.ipynb" in run.stdout
    assert "layer_output is not written yet" in run.stdout
    assert "1 of 2 notebook(s) pass their visible tests" in run.stdout


def test_a_later_release_adds_to_the_earlier_one(first_weeks, tmp_path):
    work = tmp_path / "class"
    subprocess.run(["cp", "-r", str(first_weeks), str(work)], check=True)
    everything, notices, done = handout.build(work, ["05-relu"], release=course.NOTEBOOKS, editions=course.NOTEBOOKS)
    assert everything == [*FIRST_TWO, "05-relu"] and "Release 05-relu" in done
    assert notices == ["05-relu hands out the answers to 04-layer-dense as given code: "
                       "release it once that one is due."]
    log = subprocess.run(["git", "log", "--format=%s"], cwd=work, capture_output=True, text=True).stdout.split("\n")
    assert log[:2] == ["Release 05-relu", f"Release {', '.join(FIRST_TWO)}"]


def test_a_zip_holds_the_same(tmp_path):
    archive = tmp_path / "week1.zip"
    handout.build(archive, ["01-neuron"], release=course.NOTEBOOKS, editions=course.NOTEBOOKS)
    names = zipfile.ZipFile(archive).namelist()
    assert "week1/notebooks/01-neuron/neuron.ipynb" in names and "week1/autograder/checks.py" in names
    assert "week1/notebooks/pt-BR/01-neuron/neuron.ipynb" in names and not [n for n in names if "/hidden/" in n]
    assert not [n for n in names if "/solutions/" in n or "/tests/" in n or "/grading/" in n]


def test_a_folder_that_is_not_a_handout_is_left_alone(tmp_path):
    (tmp_path / "thesis.tex").write_text("mine")
    with pytest.raises(handout.HandoutError, match="not a handout"):
        handout.build(tmp_path, ["01-neuron"])
    assert [p.name for p in tmp_path.iterdir()] == ["thesis.tex"]
