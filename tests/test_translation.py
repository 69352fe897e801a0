"""The course in Brazilian Portuguese: its catalogs complete and current, its edition generated
from the one source and graded as the English one, and each student's messages in the language
they submitted in."""
import ast
import re
import subprocess
import sys

import nbformat
import pytest

from autograder import course
from autograder.authoring import release, translate
from autograder.grading.model import Submission
from conftest import grade_batch, grade_here
from fixtures import submissions as fixtures

LANGUAGE, EDITION = "pt_BR", "pt-BR"
EDITION_DIR = course.NOTEBOOKS / EDITION


def test_every_catalog_is_complete_and_current():
    """Every string of the English source has a Portuguese translation, none fuzzy, none stale."""
    found = []
    for domain, pot in translate.domains().items():
        found += [f"{domain}: {p}" for p in translate.problems(LANGUAGE, domain, pot)]
    assert not found, (f"{len(found)} translation problem(s):\n  " + "\n  ".join(found[:25]) +
                       "\nRun `make translations` (it brings locale/pt_BR/LC_MESSAGES/*.po in line with the "
                       "English), translate what is new or fuzzy with a PO editor, then `make release`.")


def test_a_changed_english_string_is_reported_with_where_and_what_to_do(tmp_path, monkeypatch):
    """The check itself can fail: an English paragraph that changed after its translation."""
    pot = translate.assignment_pots("01-neuron")["01-neuron"]
    changed = next(m for m in pot if m.id and m.auto_comments[0].startswith("markdown"))
    changed.id = changed.id + " (edited)"
    found = translate.problems(LANGUAGE, "01-neuron", pot)
    assert any("not in the catalog" in p and "neuron.ipynb (markdown, cell" in p for p in found), found
    assert any("left over" in p for p in found), found


def edition_notebooks():
    return [(english, EDITION_DIR / a / english.name) for a in course.assignments()
            for english in course.notebooks(course.NOTEBOOKS / a)]


@pytest.mark.parametrize("english, translated", edition_notebooks(), ids=lambda p: p.parent.name)
def test_test_cells_are_byte_identical_and_code_still_parses(english, translated):
    """nbgrader checksums test cells: a translated one would make every pt-BR submission "tampered"."""
    en, pt = nbformat.read(english, as_version=4), nbformat.read(translated, as_version=4)
    assert pt.metadata.get("nnfs", {}).get("language") == LANGUAGE
    assert [c.cell_type for c in en.cells] == [c.cell_type for c in pt.cells]
    for a, b in zip(en.cells, pt.cells):
        if a.metadata.get("nbgrader", {}).get("grade"):
            assert a.source == b.source and a.metadata == b.metadata, a.metadata.nbgrader["grade_id"]
        elif b.cell_type == "code" and not b.source.lstrip().startswith(("%", "!")):
            ast.parse(b.source)
    prose = sum(a.source != b.source for a, b in zip(en.cells, pt.cells) if a.cell_type == "markdown")
    assert prose == sum(c.cell_type == "markdown" for c in en.cells), "a markdown cell was left in English"


def sections(path):
    """The headings' levels and the shell commands of a README, which both languages share
    (`make lab-pt-BR` in the Portuguese one stands for `make lab`)."""
    text = path.read_text().replace("make lab-pt-BR", "make lab")
    return ([len(h) for h in re.findall(r"^(#+) ", text, re.M)],
            sorted(set(re.findall(r"^make [A-Za-z-]+", text, re.M))))


def test_readme_pt_br_follows_the_english_readme():
    english, portuguese = sections(course.REPO / "README.md"), sections(course.REPO / "README.pt-BR.md")
    assert portuguese[0] == english[0], "README.pt-BR.md's sections differ from README.md's: update it"
    assert portuguese[1] == english[1], "README.pt-BR.md's commands differ from README.md's: update it"
    assert "README.pt-BR.md" in (course.REPO / "README.md").read_text()


# ---------------------------------------------------------------- graded as the English edition

@pytest.fixture(scope="module")
def graded_edition(tmp_path_factory, prepared_course):
    """The pt-BR solutions and the pt-BR release (as committed: test_release.py proves it current),
    graded with the English course's tests."""
    root = release.translated_course(tmp_path_factory.mktemp("pt"), LANGUAGE)
    entries = []
    for assignment in course.assignments():
        for path in course.notebooks(root / "source" / assignment):
            entries.append((("solution", assignment), Submission("solution", assignment, path)))
        for path in course.notebooks(EDITION_DIR / assignment):
            entries.append((("stub", assignment), Submission("stub", assignment, path)))
    return grade_batch(entries, prepared_course)


@pytest.mark.parametrize("assignment", course.assignments())
def test_pt_br_solutions_get_full_marks_and_stubs_zero_in_portuguese(graded_edition, assignment):
    solution, stub = graded_edition[("solution", assignment)], graded_edition[("stub", assignment)]
    failing = [f"{t.grade_id}: {t.status}: {t.message}" for t in solution.tests if t.status != "passed"]
    assert solution.max_score > 0 and solution.score == solution.max_score, "\n".join(failing)
    assert stub.tests and stub.max_score == solution.max_score
    for test in stub.tests:
        assert test.score == 0 and "ainda não foi escrit" in test.message, f"{test.grade_id}: {test.message}"


def test_a_mixed_class_gets_feedback_in_the_language_each_student_submitted_in(tmp_path):
    """One run, no flag: the same mistake explained in Portuguese to one and in English to the other."""
    for student, notebook in [("ana_pt", EDITION_DIR / "01-neuron" / "neuron.ipynb"), ("bob_en", fixtures.RELEASE)]:
        nb = fixtures._answer(nbformat.read(notebook, as_version=4), fixtures.NO_BIAS)
        (tmp_path / "in" / student / "01-neuron").mkdir(parents=True)
        nbformat.write(nb, tmp_path / "in" / student / "01-neuron" / "neuron.ipynb")
    status, stderr = grade_here(tmp_path / "in", "--out", tmp_path / "out", "--jobs", 2, "--no-sandbox")
    assert status == 0, stderr[-2000:]
    ana = (tmp_path / "out" / "feedback" / "ana_pt" / "01-neuron" / "neuron.html").read_text()
    bob = (tmp_path / "out" / "feedback" / "bob_en" / "01-neuron" / "neuron.html").read_text()
    assert "esperava-se 2.3, mas veio 0.3" in ana and "Nota: 6 / 9" in ana and "lang='pt-BR'" in ana, ana[:3000]
    assert "should be 2.3, but it is 0.3" in bob and "Score: 6 / 9" in bob and "deveria" not in bob


def test_make_validate_speaks_the_notebooks_language(tmp_path):
    notebook = tmp_path / "neuron.ipynb"
    notebook.write_bytes((EDITION_DIR / "01-neuron" / "neuron.ipynb").read_bytes())
    run = subprocess.run([sys.executable, "-m", "autograder.validate", str(notebook)],
                         capture_output=True, text=True, cwd=course.REPO)
    assert run.returncode == 1
    assert "FALHOU" in run.stdout and "neuron_output ainda não foi escrito" in run.stdout, run.stdout
    assert "0 de 1 notebook(s) passam nos testes visíveis" in run.stdout
