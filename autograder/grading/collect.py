"""Find the submissions in a folder or an LMS zip: who submitted which assignment, in which file.

Layouts understood:
- nbgrader's submitted folder: `<student_id>/<assignment>/<notebook>.ipynb`
  (also inside one top folder, e.g. `submitted/...`);
- an LMS zip with a folder per student (`Ana Lima_12345_assignsubmission_file_/neuron.ipynb`)
  or flat files that carry the student in their name (`analima_12345_67890_neuron (1).ipynb`).

A file that cannot be placed is reported by name and left out; it never stops the run.
Nothing is ever written to the submissions: a zip is read, not extracted in place.
"""
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .. import course
from .model import Submission


class CollectError(Exception):
    """The instructor's input cannot be used at all (no such folder, not a zip, ...)."""


@dataclass
class Collection:
    submissions: list = field(default_factory=list)   # Submission, one per student and assignment
    missing: list = field(default_factory=list)       # (student_id, assignment, why)
    left_out: list = field(default_factory=list)      # (file name, why)
    notes: dict = field(default_factory=dict)         # (student_id, assignment) -> [note]


def course_notebooks():
    """{notebook stem: assignment} for every notebook of the course."""
    return {p.stem: name for name in course.assignments()
            for p in course.notebooks(course.SOLUTIONS / name)}


COPY_SUFFIX = re.compile(r"(\s*\(\d+\)|[-_ ]copy\d*|[-_ ]\d+|[-_ ]late)+$", re.I)


def clean_stem(stem):
    """'Neuron (1)', 'neuron-Copy1', 'neuron-2' -> 'neuron'."""
    return COPY_SUFFIX.sub("", stem.strip()).lower().replace(" ", "_").replace("-", "_")


def student_id(text):
    """A safe nbgrader student id from an LMS name: letters, digits, '_', '-', '.'."""
    text = re.sub(r"_assignsubmission_\w*$", "", text)
    text = re.sub(r"([_ -]\d{3,})+[_ -]?$", "", text)   # trailing LMS ids
    text = re.sub(r"[_ -]?late$", "", text, flags=re.I)
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text.strip()).strip("_.-").lower()


def _match_notebook(stem, known):
    """(notebook stem, prefix before it) when `stem` ends with a course notebook name."""
    cleaned = clean_stem(stem)
    for name in sorted(known, key=len, reverse=True):   # layer_dense before layer
        if cleaned == name:
            return name, ""
        if cleaned.endswith(name) and cleaned[-len(name) - 1] in "_-":
            return name, cleaned[: -len(name) - 1]
    return None, cleaned


def place(parts, known, assignments):
    """(student_id, assignment, why-not) for one notebook at relative path `parts`."""
    *dirs, filename = parts
    stem = PurePosixPath(filename).stem
    if len(dirs) >= 2 and dirs[-1] in assignments:
        return student_id(dirs[-2]), dirs[-1], ""
    notebook, prefix = _match_notebook(stem, known)
    if len(dirs) >= 1 and dirs[-1] in assignments:
        return "", "", "an assignment folder with no student folder around it"
    if notebook is None:
        return "", "", "its name matches none of the course's notebooks " + \
            f"({', '.join(sorted(known))})"
    who = student_id(dirs[-1]) if dirs else student_id(prefix)
    if not who:
        return "", "", "no student name in its path"
    return who, known[notebook], ""


def _candidates(source, workdir):
    """[(relative parts, local path, timestamp)] of every notebook in a folder or zip."""
    source = Path(source)
    if not source.exists():
        raise CollectError(f"{source} does not exist: give the folder or zip with the submissions")
    if source.is_dir():
        found = [(p.relative_to(source).parts, p, p.stat().st_mtime) for p in sorted(source.rglob("*.ipynb"))]
        others = [p.relative_to(source).as_posix() for p in sorted(source.rglob("*"))
                  if p.is_file() and p.suffix != ".ipynb"]
    elif zipfile.is_zipfile(source):
        found, others = [], []
        target = Path(workdir) / "unzipped"
        with zipfile.ZipFile(source) as archive:
            for i, info in enumerate(archive.infolist()):
                name = info.filename
                if info.is_dir() or name.startswith("__MACOSX/"):
                    continue
                if not name.endswith(".ipynb"):
                    others.append(name)
                    continue
                local = target / f"{i:05d}.ipynb"   # our own name: no path from the zip is trusted
                local.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src, open(local, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                found.append((PurePosixPath(name).parts, local, info.date_time))
    else:
        raise CollectError(f"{source} is neither a folder nor a zip file: give the folder "
                           "<student_id>/<assignment>/<notebook>.ipynb or the LMS's zip download")
    found = [f for f in found if ".ipynb_checkpoints" not in f[0]]
    return found, [o for o in others if ".ipynb_checkpoints" not in o and not o.endswith(".DS_Store")]


def folders(source):
    """Relative parts of every folder in the submissions (folder or zip)."""
    source = Path(source)
    if source.is_dir():
        return [p.relative_to(source).parts for p in source.rglob("*") if p.is_dir()
                and len(p.relative_to(source).parts) >= 2]
    with zipfile.ZipFile(source) as archive:
        names = {PurePosixPath(n).parent.parts for n in archive.namelist()}
        names |= {PurePosixPath(n.rstrip("/")).parts for n in archive.namelist() if n.endswith("/")}
    return [p for p in names if len(p) >= 2]


def collect(source, workdir, only=None):
    """A Collection of the submissions in `source` (folder or zip), for assignments `only` or all."""
    known = course_notebooks()
    assignments = set(course.assignments())
    for name in only or []:
        if name not in assignments:
            raise CollectError(f"unknown assignment {name!r}: the course has {', '.join(sorted(assignments))}")
    found, others = _candidates(source, workdir)
    result = Collection()
    result.left_out += [(name, "not a notebook (.ipynb)") for name in others]
    chosen = {}
    for parts, local, stamp in found:
        who, assignment, why = place(parts, known, assignments)
        shown = "/".join(parts)
        if why:
            result.left_out.append((shown, why))
            continue
        if only and assignment not in only:
            continue
        chosen.setdefault((who, assignment), []).append((stamp, shown, local))

    # Students whose assignment folder holds no notebook still get a "missing" row.
    declared = {(student_id(parts[-2]), parts[-1]) for parts in folders(source)
                if parts[-1] in assignments and (not only or parts[-1] in only)}
    students = sorted({who for who, _ in chosen} | {who for who, _ in declared})
    wanted = sorted(only or {a for _, a in chosen} | {a for _, a in declared})
    expected = {a: [p.stem for p in course.notebooks(course.SOLUTIONS / a)] for a in wanted}
    for who in students:
        for assignment in wanted:
            files = sorted(chosen.get((who, assignment), []))
            notes = result.notes.setdefault((who, assignment), [])
            if not files:
                result.missing.append((who, assignment, "no notebook submitted"))
                continue
            # A course assignment has one notebook; a resubmission leaves several files.
            stamp, shown, local = files[-1]
            if len(files) > 1:
                notes.append(f"{len(files)} notebooks found ({', '.join(f[1] for f in files)}); "
                             f"graded the newest, {shown}")
            name = expected[assignment][0]
            if Path(shown).stem != name:
                notes.append(f"the notebook was named {Path(shown).name}; graded as {name}.ipynb")
            result.submissions.append(Submission(who, assignment, local, name))
    return result
