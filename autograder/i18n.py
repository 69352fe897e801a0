"""The student's language for what the checks say (student side: it ships in the handout).

A notebook's language is in its metadata (`metadata.nnfs.language`, e.g. "pt_BR"; English
when absent). The checks learn it, never from the environment of whoever grades:
- when grading, the grader reads the submission's metadata and calls `set_language` in a
  cell it runs before the notebook's own (autograder/grading/integrity.py);
- in JupyterLab, from the notebook the kernel runs (Jupyter Server names it in
  JPY_SESSION_NAME), read the first time a message is needed;
- under `make validate`, validate.py reads the metadata and tells the kernel it starts.

Translations are the gettext catalogs in locale/<language>/LC_MESSAGES/ (read with Babel):
`checks.po` holds the checks' own messages; each assignment's catalog holds, among the
notebook's text, the prose of its test cells, which the checks translate when they show it.
A test cell's string may be an f-string: its catalog entry is the template
("forward(y_pred, y_true) for {what}"), matched against the text at run time.
"""
import json
import os
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"
ENGLISH = "en"
FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
ASSIGNMENT = re.compile(r"^\d\d-[\w-]+$")
_state = {"language": None, "assignment": None}


def set_language(language, assignment=None):
    """Show the checks' messages in `language` ("pt_BR"; "en" or None for English); the catalog of
    `assignment` (the notebook's folder, "07-loss") wins where two catalogs differ."""
    _state["language"] = language or ENGLISH
    _state["assignment"] = assignment


@contextmanager
def speaking(language, assignment=None):
    """`_` and `text` in `language` inside the block (a feedback page, a release's stub); as before after it."""
    before = dict(_state)
    set_language(language, assignment)
    try:
        yield
    finally:
        _state.update(before)


def language():
    """The language of the notebook being run (read once)."""
    if _state["language"] is None:
        _state["language"], _state["assignment"] = _detect()
    return _state["language"]


def notebook_language(path):
    """The language a notebook file's metadata names, English when none."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("metadata", {}).get("nnfs", {}).get("language") or ENGLISH
    except (OSError, ValueError, AttributeError):
        return ENGLISH


def _assignment(path):
    folder = Path(path).resolve().parent.name
    return folder if ASSIGNMENT.match(folder) else None


def _detect():
    """(language, assignment) of the notebook this kernel runs."""
    language = os.environ.get("NNFS_LANGUAGE")          # set by validate.py from the notebook
    if language:
        return language, os.environ.get("NNFS_ASSIGNMENT") or _assignment(Path.cwd() / "x")
    session = os.environ.get("JPY_SESSION_NAME", "")    # the notebook JupyterLab runs (its full path)
    if session.endswith(".ipynb"):
        for candidate in (Path(session), Path.cwd() / Path(session).name):
            if candidate.exists():
                return notebook_language(candidate), _assignment(candidate)
    # Anywhere else (nbconvert --execute, a plain kernel), the kernel runs in the notebook's folder:
    # the notebooks there say their language.
    here = Path.cwd()
    found = {notebook_language(p) for p in here.glob("*.ipynb")}
    return (found.pop() if len(found) == 1 else ENGLISH), _assignment(here / "x")


def read_translations(path, language):
    """{English: translation} of one catalog file (translated and not fuzzy); {} when there is none."""
    from babel.messages.pofile import read_po

    if not Path(path).is_file():
        return {}
    with open(path, "rb") as f:
        return {m.id: m.string for m in read_po(f, locale=language) if m.id and m.string and not m.fuzzy}


@lru_cache(maxsize=None)
def _read(language, relative):
    return read_translations(LOCALE / language / "LC_MESSAGES" / relative, language)


def _own(assignment):
    """The catalogs that speak for `assignment`, weakest first: the checks', its hidden tests', its own."""
    return ["checks.po", f"hidden/{assignment}.po", f"{assignment}.po"]


@lru_cache(maxsize=None)
def catalog(language, assignment=None):
    """{English: translation} of every catalog of `language`; where two differ, the checks' own and
    then `assignment`'s (its hidden tests', its notebook's) win."""
    folder = LOCALE / language / "LC_MESSAGES"
    if language == ENGLISH or not folder.is_dir():
        return {}
    own = _own(assignment)
    others = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.po"))   # no hidden/ in a handout
    table = {}
    for relative in [r for r in others if r not in own] + own:
        table.update(_read(language, relative))
    return table


def _table():
    return catalog(language(), _state["assignment"])


def _patterns(table):
    """[(regex, English template, translation)] of the entries of `table` that have fields, the most
    specific first (the one with the most literal text)."""
    found = []
    for english, translated in table.items():
        if FIELD.search(english):
            parts = FIELD.split(english)
            pattern = "(.*?)".join(re.escape(part) for part in parts)
            found.append((re.compile(f"^{pattern}$", re.S), english, translated))
    found.sort(key=lambda t: -len(FIELD.sub("", t[1])))
    return found


@lru_cache(maxsize=None)
def templates(language, assignment=None):
    """The templates to match a test cell's text against: its assignment's catalogs' first, then the
    other assignments'. Never the checks' own ("a {name}" would match any text that starts with "a ")."""
    own = {}
    for relative in _own(assignment)[1:]:
        own.update(_read(language, relative))
    checks = _read(language, "checks.po")
    rest = {k: v for k, v in catalog(language, assignment).items() if k not in own and k not in checks}
    return _patterns(own) + _patterns(rest)


NAME = re.compile(r"^[A-Za-z_][\w.]*$")


def _field(value, depth):
    """A template's field, translated in turn, unless it is a name from the code ("accuracy", "weights")."""
    return value if NAME.match(value) else text(value, depth + 1)


def _(message):
    """`message` (a checks message, a format template) in the current language."""
    return _table().get(message, message)


def text(shown, depth=0):
    """A string a test cell passed to the checks, in the current language: looked up whole, or
    matched against a template whose fields are then translated the same way."""
    table = _table()
    if not table or not isinstance(shown, str):
        return shown
    if shown in table:
        return table[shown]
    if depth > 3:
        return shown
    for pattern, english, translated in templates(language(), _state["assignment"]):
        match = pattern.match(shown)
        if match:
            values = dict(zip(FIELD.findall(english), match.groups()))
            return FIELD.sub(lambda field: _field(values[field.group(0)], depth)
                             if field.group(0) in values else field.group(0), translated)
    return shown
