"""The course in other languages: gettext catalogs made from solutions/, and editions made from them.

    python -m autograder.authoring.translate update      # refresh locale/*/LC_MESSAGES/*.po from solutions/
    python -m autograder.authoring.translate check       # every string translated, none fuzzy or stale

solutions/ is the English source and stays the only one. What a student reads is cut
into messages (Babel's catalogs, standard .po files that Poedit or Weblate open):

- a markdown cell, paragraph by paragraph (a fenced block stays whole);
- in code cells a student reads: comments, docstrings, and the strings they print or
  put in a figure (print, titles, labels, legends, annotations, raised errors);
- test cells are never rewritten (nbgrader checksums them): their prose strings become
  messages that the checks translate at run time (autograder/i18n.py), so a test cell
  is byte-identical in every edition.

`update` works as msgmerge does: new strings are added, a changed English string keeps
its old translation marked fuzzy, strings gone from the source are dropped. A translated
notebook (`translate_notebook`) is generated from the source and a catalog, never edited.
"""
import argparse
import ast
import io
import re
import sys
import tokenize
from pathlib import Path

import nbformat
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from .. import course, i18n

LOCALE = course.REPO / "locale"
# The course's other languages: language of the catalogs -> the folder of its edition under notebooks/.
EDITIONS = {"pt_BR": "pt-BR"}
LANGUAGES = tuple(EDITIONS)
RUNTIME_DOMAIN = "checks"      # the messages of the checks, `make validate` and the feedback pages
# Calls whose string arguments a student reads.
SHOWN_CALLS = {"print", "set_title", "set_xlabel", "set_ylabel", "suptitle", "title", "xlabel", "ylabel",
               "text", "annotate", "legend", "set_label", "colorbar", "passed"}
SHOWN_KEYWORDS = {"label", "title", "xlabel", "ylabel"}
LETTERS = re.compile(r"[A-Za-z]{2}")
FENCE = re.compile(r"^\s*(```|~~~)")


def is_test(cell):
    return cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade", False)


# ---------------------------------------------------------------- what to translate

def markdown_blocks(text):
    """A markdown cell cut into paragraphs: blank lines split, except inside a fenced block."""
    blocks, current, fenced = [], [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


LITERAL_START = re.compile(r"(?i)([rbuf]*)('''|\"\"\"|'|\")")


def _literals(segment):
    """[(start, end, prefix, quote, body)] of the string literals in a source segment: one, or
    several that Python joins ("a " "b"). Offsets are those of the body within the segment."""
    found, i = [], 0
    while i < len(segment):
        match = LITERAL_START.match(segment, i)
        if not match:
            i += 1
            continue
        prefix, quote = match.groups()
        start = j = match.end()
        while j < len(segment) and not segment.startswith(quote, j):
            j += 2 if segment[j] == "\\" else 1
        found.append((start, j, prefix, quote, segment[start:j]))
        i = j + len(quote)
    return found


def _prose(body):
    """True when a string holds words a student reads, not only code (`f(x, y)`, `np.dot`)."""
    if " " not in body.strip() and len(body) > 25:      # a path, a token, encoded data
        return False
    text = re.sub(r"\{[^{}]*\}", " ", body)
    for _ in range(3):                                   # nested brackets
        text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)
    words = [w for w in re.findall(r"[A-Za-z][\w.]*", text) if "_" not in w and "." not in w.rstrip(".")]
    return any(len(w.rstrip(".")) >= 2 for w in words)


def _words(body):
    """True when a test's description has words in parentheses: "[1, 2] (each row needs its own maximum)"."""
    if " " not in body.strip():
        return False
    text = re.sub(r"\{[^{}]*\}", " ", body)
    return len([w for w in re.findall(r"(?<![\w.])[A-Za-z]{2,}(?![\w.(])", text)]) >= 3


def shown_strings(source):
    """[(start offset, end offset, body)] of the string literals in `source` that a student reads.

    Returns None when the source is not Python (an IPython magic...): then nothing is translated.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    offsets = _line_offsets(source)
    found = []

    def add(node):
        if isinstance(node, (ast.Constant, ast.JoinedStr)) and (
                isinstance(node, ast.JoinedStr) or isinstance(node.value, str)):
            segment = ast.get_source_segment(source, node) or ""
            base = offsets[node.lineno - 1] + _char_col(source, node.lineno, node.col_offset)
            for start, end, prefix, _, body in _literals(segment):
                if "b" not in prefix.lower() and _prose(body):
                    found.append((base + start, base + end, body))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in SHOWN_CALLS:
                for arg in node.args:
                    for part in _strings_in(arg):
                        add(part)
            for keyword in node.keywords:
                if keyword.arg in SHOWN_KEYWORDS:
                    for part in _strings_in(keyword.value):
                        add(part)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for arg in node.exc.args:
                add(arg)
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef, ast.Module)):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                add(node.body[0].value)
    unique = {}
    for start, end, body in found:
        unique[(start, end)] = body
    return sorted((s, e, b) for (s, e), b in unique.items())


def _strings_in(node):
    """The string literals of an argument: itself, or those of a tuple/list/concatenation."""
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return [node]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [n for element in node.elts for n in _strings_in(element)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _strings_in(node.left) + _strings_in(node.right)
    return []


def _line_offsets(source):
    offsets, total = [], 0
    for line in source.splitlines(keepends=True):
        offsets.append(total)
        total += len(line)
    offsets.append(total)
    return offsets


def _char_col(source, lineno, byte_col):
    """ast gives columns in UTF-8 bytes; string offsets count characters."""
    line = source.splitlines(keepends=True)[lineno - 1] if source else ""
    return len(line.encode()[:byte_col].decode(errors="ignore"))


def comments(source):
    """[(start offset, end offset, text)] of the comments of `source` (the text after '# ')."""
    offsets = _line_offsets(source)
    found = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                text = token.string.lstrip("#").strip()
                if LETTERS.search(text) and not text.startswith(("!", "NBVAL")) and "###" not in token.string:
                    line, col = token.start
                    start = offsets[line - 1] + col
                    lead = len(token.string) - len(token.string.lstrip("#").lstrip())
                    found.append((start + lead, start + len(token.string.rstrip()), text))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return []
    return found


def code_messages(source):
    """[(start, end, text)] of everything a student reads in a code cell, in order. The answers
    (between nbgrader's solution markers) are left out: the release replaces them with a stub,
    and a catalog that a student gets must not hold them."""
    strings = shown_strings(source)
    if strings is None:
        return []
    answers = solution_spans(source)
    return sorted(m for m in strings + comments(source) if not any(a <= m[0] < b for a, b in answers))


def solution_spans(source):
    """[(start, end)] offsets of the solution regions of a cell's source."""
    spans, start, offset = [], None, 0
    for line in source.splitlines(keepends=True):
        if "### BEGIN SOLUTION" in line:
            start = offset
        elif "### END SOLUTION" in line and start is not None:
            spans.append((start, offset + len(line)))
            start = None
        offset += len(line)
    return spans


def test_strings(source):
    """[(text, hidden)] of the prose strings of a test cell (the checks translate them when they
    show them); hidden is True for those between the hidden-test markers."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    hidden_lines, inside = set(), False
    for number, line in enumerate(source.split("\n"), start=1):
        if "### BEGIN HIDDEN TESTS" in line:
            inside = True
        elif "### END HIDDEN TESTS" in line:
            inside = False
        elif inside:
            hidden_lines.add(number)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            # "a " "b": one message, as the checks get it at run time
            pieces = _literals(ast.get_source_segment(source, node) or "")
            body = "".join(piece[4] for piece in pieces)
            if pieces and not any("b" in piece[2].lower() for piece in pieces) and (_prose(body) or _words(body)):
                found.append((node.lineno, body, node.lineno in hidden_lines))
    return [(body, hidden) for _, body, hidden in sorted(found, key=lambda f: f[0])]


def messages(notebook):
    """[(msgid, location, flags)] of a notebook, in reading order; flags name the kind."""
    nb = nbformat.read(notebook, as_version=4)
    where = f"{Path(notebook).parent.name}/{Path(notebook).name}"
    found = []
    for cell in nb.cells:
        location = (where, cell.get("id", ""))
        if cell.cell_type == "markdown":
            found += [(block, location, "markdown") for block in markdown_blocks(cell.source)]
        elif is_test(cell):
            found += [(text, location, "hidden test" if hidden else "test")
                      for text, hidden in test_strings(cell.source)]
        elif cell.cell_type == "code":
            found += [(text, location, "code") for _, _, text in code_messages(cell.source)]
    return found


# ---------------------------------------------------------------- catalogs

def po_path(language, domain):
    """Where a domain's catalog lives. `hidden/<assignment>` holds the prose of hidden tests: the
    grader shows it to the kernel, the handout and the student release never carry it."""
    return LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def template(notebook_messages, domain):
    """A Babel catalog (the .pot) of `notebook_messages`."""
    catalog = Catalog(project="Neural Networks from Scratch in Python (course)", domain=domain,
                      msgid_bugs_address="", copyright_holder="", charset="utf-8")
    for msgid, (where, cell_id), kind in notebook_messages:
        existing = catalog.get(msgid)
        if existing is None:
            catalog.add(msgid, locations=[(where, 0)], auto_comments=[f"{kind}, cell {cell_id}"])
        else:
            existing.auto_comments.append(f"{kind}, cell {cell_id}")
    return catalog


def read_catalog(path, language):
    with open(path, "rb") as f:
        return read_po(f, locale=language)


def write_catalog(catalog, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, include_previous=True,
             ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def update(language, domain, pot):
    """msgmerge: bring the catalog of `domain` in line with `pot` (fuzzy for changed strings)."""
    path = po_path(language, domain)
    if path.exists():
        catalog = read_catalog(path, language)
        catalog.update(pot, no_fuzzy_matching=False)
    else:
        catalog = Catalog(locale=language, domain=domain, project=pot.project, charset="utf-8")
        catalog.update(pot)
    catalog.obsolete.clear()
    write_catalog(catalog, path)
    return catalog


def assignment_pots(assignment):
    """{domain: template} of an assignment: what students read, and the hidden tests' prose."""
    found = [m for nb in course.notebooks(course.SOLUTIONS / assignment) for m in messages(nb)]
    shown = [m for m in found if m[2] != "hidden test"]
    seen = {m[0] for m in shown}
    hidden = [m for m in found if m[2] == "hidden test" and m[0] not in seen]
    return {assignment: template(shown, assignment), f"hidden/{assignment}": template(hidden, assignment)}


# Modules whose `_("...")` messages a student reads: the checks, `make validate`, the feedback pages.
RUNTIME_SOURCES = ("autograder/checks.py", "autograder/i18n.py", "autograder/validate.py",
                   "autograder/authoring/preprocessors.py", "autograder/grading/report.py")


def runtime_pot():
    """The template of the `checks` domain: the gettext messages of RUNTIME_SOURCES (Babel's extractor)."""
    from babel.messages.extract import extract_from_file

    found = []
    for relative in RUNTIME_SOURCES:
        for lineno, message, comments, _context in extract_from_file("python", course.REPO / relative,
                                                                       keywords={"_": None}):
            found.append((message, (relative, lineno), "runtime"))
    catalog = Catalog(project="Neural Networks from Scratch in Python (course)", domain=RUNTIME_DOMAIN,
                      charset="utf-8")
    for msgid, (where, line), kind in found:
        if catalog.get(msgid) is None:
            catalog.add(msgid, locations=[(where, line)], auto_comments=[kind])
        else:
            catalog.get(msgid).locations.append((where, line))
    return catalog


def domains():
    """{domain: template} of the whole course: the checks' messages, then each assignment's."""
    found = {RUNTIME_DOMAIN: runtime_pot()}
    for assignment in course.assignments():
        found.update(assignment_pots(assignment))
    return found


def problems(language, domain, pot):
    """What is wrong with a catalog against its template: [text], empty when all is well."""
    path = po_path(language, domain)
    if not path.exists():
        return [f"{path.relative_to(course.REPO)} is missing"]
    catalog = read_catalog(path, language)
    found = []
    for message in pot:
        if not message.id:
            continue
        ours = catalog.get(message.id)
        where = f"{message.locations[0][0]} ({message.auto_comments[0]})" if message.locations else domain
        if ours is None:
            found.append(f"not in the catalog: {where}: {message.id[:80]!r}")
        elif not ours.string:
            found.append(f"not translated: {where}: {message.id[:80]!r}")
        elif ours.fuzzy:
            found.append(f"fuzzy (the English changed): {where}: {message.id[:80]!r}")
        elif not message.auto_comments[0].startswith("markdown") and \
                placeholders(message.id) != placeholders(ours.string):     # markdown: {} is LaTeX
            found.append(f"placeholders differ from the English: {where}: {message.id[:80]!r}")
    current = {m.id for m in pot if m.id}
    found += [f"left over (the English is gone or changed): {m.id[:80]!r}" for m in catalog
              if m.id and m.id not in current]
    return found


def placeholders(text):
    """The `{...}` fields of an f-string or format template, which a translation must keep."""
    return sorted(re.findall(r"(?<!\{)\{[^{}]*\}(?!\})", text))


# ---------------------------------------------------------------- translated notebooks

def translations(language, domain):
    """{English: translation} of a catalog (translated, not fuzzy)."""
    return i18n.read_translations(po_path(language, domain), language)


def _replace(source, spans, table):
    out, last = [], 0
    for start, end, text in spans:
        if text in table:
            out += [source[last:start], table[text]]
            last = end
    return "".join(out) + source[last:]


def translate_notebook(notebook, language, table):
    """The notebook in `language`: every markdown block, comment and shown string replaced by its
    translation in `table`; test cells untouched; the notebook's metadata says its language."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = "\n\n".join(table.get(b, b) for b in markdown_blocks(cell.source))
        elif cell.cell_type == "code" and not is_test(cell):
            cell.source = _replace(cell.source, code_messages(cell.source), table)
    nb.metadata.setdefault("nnfs", {})["language"] = language
    return nb


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "check"])
    args = parser.parse_args(argv)
    failed = []
    pots = domains()
    for language in LANGUAGES:
        for domain, pot in pots.items():
            if args.command == "update":
                update(language, domain, pot)
            else:
                failed += [f"{language} {domain}: {p}" for p in problems(language, domain, pot)]
    if args.command == "update":
        print(f"Updated {len(LANGUAGES) * len(pots)} catalog(s) in {LOCALE}: translate what is "
              "new or fuzzy with any PO editor (Poedit, Weblate), then run `make release`.")
        return 0
    for line in failed:
        print(line)
    print(f"{len(failed)} problem(s)" if failed else "Every catalog is complete and current.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
