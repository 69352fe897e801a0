"""Make a working copy of a student's notebook that nbgrader can grade.

The student's file is only read. The copy differs from it in two ways, each noted:
- a cell whose nbgrader id appears more than once (a copy-pasted test or solution
  cell) keeps its code but loses its nbgrader metadata, except the last copy, as
  nbgrader's DeduplicateIds intends. (Left alone, nbgrader 0.9 aborts the whole
  batch with a misleading "old version of the nbgrader metadata format" error.)
- nothing else: test cells the student edited are restored by nbgrader's
  OverwriteCells; we only record them, to report them as "tampered".
"""
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.utils import compute_checksum


@dataclass
class Prepared:
    malformed: str = ""                          # why the file could not be graded at all
    edited: set = field(default_factory=set)     # test cells whose source was changed
    missing: set = field(default_factory=set)    # test cells deleted from the notebook
    notes: list = field(default_factory=list)    # what the instructor and student should know


def read_notebook(path):
    """The notebook at `path`, or raise ValueError saying why it cannot be read."""
    path = Path(path)
    if path.stat().st_size == 0:
        raise ValueError("the file is empty")
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:
        raise ValueError(f"the file is not a readable notebook ({type(exc).__name__}: "
                         f"{str(exc).splitlines()[0] if str(exc) else ''})") from None
    if not isinstance(nb.get("cells"), list):
        raise ValueError("the file has no list of cells")
    return nb


def prepare_copy(source, target, test_cells):
    """Write a gradable copy of `source` to `target`; `test_cells` is [(grade_id, points)]."""
    prepared = Prepared()
    try:
        nb = read_notebook(source)
    except (OSError, ValueError) as exc:
        prepared.malformed = str(exc)
        return prepared

    last = {}
    for index, cell in enumerate(nb.cells):
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id:
            last[grade_id] = index
    for index, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = meta.get("grade_id")
        if grade_id and last[grade_id] != index:
            del cell.metadata["nbgrader"]
            prepared.notes.append(f"cell '{grade_id}' appears more than once; "
                                  f"only its last copy was graded")
        elif grade_id and meta.get("grade") and meta.get("checksum") \
                and compute_checksum(cell) != meta["checksum"]:
            prepared.edited.add(grade_id)

    prepared.missing = {g for g, _ in test_cells} - set(last)
    for grade_id in sorted(prepared.missing):
        prepared.notes.append(f"test cell '{grade_id}' was deleted from the notebook")
    for grade_id in sorted(prepared.edited):
        prepared.notes.append(f"test cell '{grade_id}' was edited; the original test was run instead")

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    return prepared
