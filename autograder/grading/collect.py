"""Find the submissions in a folder or an LMS zip: who submitted which assignment, in which file.

Layouts understood:
- nbgrader's submitted folder: `<student_id>/<assignment>/<notebook>.ipynb`
  (also inside one top folder, e.g. `submitted/...`);
- an LMS zip with a folder per student (Moodle: `Ana Lima_12345_assignsubmission_file_/neuron.ipynb`)
  or flat files that carry the student in their name (Canvas: `limaana_12345_67890_neuron (1).ipynb`),
  read by their fixed fields (lmsnames.py): the LMS ids and Canvas's `_LATE_` marker are kept
  in the submission's `origin`.

A notebook is placed in an assignment by its name, or, when its name says nothing
(`Untitled.ipynb`) but its student is known, by the ids of its graded cells. nbgrader's
`timestamp.txt` (`<student>/<assignment>/timestamp.txt`) gives the submission time.
A file that cannot be placed is reported by name and left out; it never stops the run.
Nothing is ever written to the submissions: a zip is read, not extracted in place.
"""
import functools
import json
import re
import shutil
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .. import course
from . import lmsnames
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
COPY_PREFIX = re.compile(r"^(copy[ _]of[ _])+", re.I)


def clean_stem(stem):
    """'Neuron (1)', 'neuron-Copy1', 'neuron-2', 'Copy of neuron' -> 'neuron'."""
    stem = COPY_PREFIX.sub("", stem.strip())
    return COPY_SUFFIX.sub("", stem).lower().replace(" ", "_").replace("-", "_")


def student_id(text):
    """A safe nbgrader student id from an LMS name: letters, digits, '_', '-', '.'."""
    text = re.sub(r"_assignsubmission_\w*$", "", text)
    text = re.sub(r"([_ -]\d{3,})+[_ -]?$", "", text)   # trailing LMS ids
    text = re.sub(r"[_ -]late$", "", text, flags=re.I)   # "carol-late", not "chocolate"
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


@functools.lru_cache(maxsize=None)
def graded_ids():
    """{assignment: the grade ids of its answer and test cells}, from the source notebooks."""
    ids = {}
    for name in course.assignments():
        for path in course.notebooks(course.SOLUTIONS / name):
            cells = json.loads(path.read_text())["cells"]
            ids.setdefault(name, set()).update(
                c["metadata"]["nbgrader"]["grade_id"] for c in cells
                if c.get("metadata", {}).get("nbgrader", {}).get("grade_id"))
    return ids


def by_content(path):
    """The assignment whose graded cells `path` holds (by their ids), or "" when none or several do."""
    try:
        cells = json.loads(Path(path).read_bytes())["cells"]
        ids = {c["metadata"]["nbgrader"]["grade_id"] for c in cells
               if isinstance(c, dict) and isinstance(c.get("metadata", {}).get("nbgrader"), dict)
               and c["metadata"]["nbgrader"].get("grade_id")}
    except Exception:
        return ""
    overlap = {name: len(ids & known) for name, known in graded_ids().items()}
    best = max(overlap.values(), default=0)
    winners = [name for name, count in overlap.items() if count == best]
    return winners[0] if best and len(winners) == 1 else ""


def place(parts, known, assignments, path=None):
    """(student_id, assignment, why-not, origin) for one notebook at relative path `parts`.

    `path`, the notebook's local copy, lets a notebook whose name says nothing be placed
    by its content when its student is known."""
    *dirs, filename = parts
    origin = {}
    if len(dirs) >= 2 and dirs[-1] in assignments:
        return student_id(dirs[-2]), dirs[-1], "", origin
    if len(dirs) >= 1 and dirs[-1] in assignments:
        return "", "", "an assignment folder with no student folder around it", origin
    folder = next((f for f in (lmsnames.moodle(d) for d in dirs) if f), None)
    fields = folder or (lmsnames.moodle(filename) if not dirs else None) or lmsnames.canvas(filename)
    if fields:
        origin = {k: v for k, v in fields.items() if k != "file" and v}
        origin["file"] = filename if folder else fields["file"]
        who, stem = student_id(fields["name"]), PurePosixPath(origin["file"]).stem
        notebook = clean_stem(stem) if clean_stem(stem) in known else None
    else:
        notebook, prefix = _match_notebook(PurePosixPath(filename).stem, known)
        who = student_id(dirs[-1]) if dirs else student_id(prefix) if notebook else ""
    if not who and notebook:
        return "", "", "no student name in its path", origin
    if notebook:
        return who, known[notebook], "", origin
    if who and path is not None:   # the student is known: the graded cells' ids tell the assignment
        assignment = by_content(path)
        if assignment:
            origin["placed_by_content"] = True
            return who, assignment, "", origin
    return "", "", "its name matches none of the course's notebooks " + \
        f"({', '.join(sorted(known))})" + (" and its cells are none of theirs" if who else ""), origin


def _candidates(source, workdir):
    """([(relative parts, local path, timestamp)] of every notebook, [other files],
    {relative parts: text} of every `timestamp.txt`) in a folder or zip."""
    source = Path(source)
    if not source.exists():
        raise CollectError(f"{source} does not exist: give the folder or zip with the submissions")
    if source.is_dir():
        found = [(p.relative_to(source).parts, p, p.stat().st_mtime) for p in sorted(source.rglob("*.ipynb"))]
        others = [p.relative_to(source).as_posix() for p in sorted(source.rglob("*"))
                  if p.is_file() and p.suffix != ".ipynb" and p.name != "timestamp.txt"]
        stamps = {p.relative_to(source).parts: p.read_text(errors="replace")[:200]
                  for p in sorted(source.rglob("timestamp.txt")) if p.is_file()}
    elif zipfile.is_zipfile(source):
        found, others, stamps = [], [], {}
        target = Path(workdir) / "unzipped"
        with zipfile.ZipFile(source) as archive:
            for i, info in enumerate(archive.infolist()):
                name = info.filename
                if info.is_dir() or name.startswith("__MACOSX/"):
                    continue
                if PurePosixPath(name).name == "timestamp.txt":
                    with archive.open(info) as src:
                        stamps[PurePosixPath(name).parts] = src.read(200).decode(errors="replace")
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
    return found, [o for o in others if ".ipynb_checkpoints" not in o and not o.endswith(".DS_Store")], stamps


def submission_times(stamps, assignments):
    """{(student_id, assignment): naive UTC datetime or the problem} from nbgrader's timestamp.txt files."""
    from nbgrader.utils import parse_utc

    times = {}
    for parts, text in stamps.items():
        if len(parts) >= 3 and parts[-2] in assignments:
            try:
                times[(student_id(parts[-3]), parts[-2])] = parse_utc(text.strip())
            except (ValueError, OverflowError):
                times[(student_id(parts[-3]), parts[-2])] = f"its timestamp.txt says {text.strip()[:40]!r}, not a time"
    return times


def _tell_apart(placed):
    """Students of the same name but different LMS ids get their id in their student id:
    a Canvas user id tells people apart everywhere, a Moodle participant id within its assignment."""
    ids = defaultdict(set)
    for who, assignment, origin in placed:
        if origin.get("canvas_id"):
            ids[who].add(("canvas", origin["canvas_id"]))
        elif origin.get("participant"):
            ids[who].add((assignment, origin["participant"]))
    clashing = {who for who, seen in ids.items()
                if len({i for kind, i in seen if kind == "canvas"}) > 1
                or any(len({i for k, i in seen if k == a}) > 1 for a, _ in seen if a != "canvas")}
    return {who: lambda origin, who=who: f"{who}_{origin.get('canvas_id') or origin.get('participant', '')}".rstrip("_")
            for who in clashing}


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
    found, others, stamps = _candidates(source, workdir)
    result = Collection()
    result.left_out += [(name, "not a notebook (.ipynb)") for name in others]
    placed = []
    for parts, local, stamp in found:
        who, assignment, why, origin = place(parts, known, assignments, local)
        shown = "/".join(parts)
        if why:
            result.left_out.append((shown, why))
            continue
        if only and assignment not in only:
            continue
        placed.append((who, assignment, origin, stamp, shown, local))
    renamed = _tell_apart([(who, assignment, origin) for who, assignment, origin, *_ in placed])
    chosen = {}
    for who, assignment, origin, stamp, shown, local in placed:
        if who in renamed:
            who = renamed[who](origin)
        chosen.setdefault((who, assignment), []).append((stamp, shown, local, origin))

    # Students whose assignment folder holds no notebook still get a "missing" row.
    declared = {(student_id(parts[-2]), parts[-1]) for parts in folders(source)
                if parts[-1] in assignments and (not only or parts[-1] in only)}
    times = submission_times(stamps, assignments)
    students = sorted({who for who, _ in chosen} | {who for who, _ in declared})
    wanted = sorted(only or {a for _, a in chosen} | {a for _, a in declared})
    expected = {a: [p.stem for p in course.notebooks(course.SOLUTIONS / a)] for a in wanted}
    for who in students:
        for assignment in wanted:
            files = sorted(chosen.get((who, assignment), []), key=lambda f: f[:2])
            notes = result.notes.setdefault((who, assignment), [])
            if not files:
                result.missing.append((who, assignment, "no notebook submitted"))
                continue
            # A course assignment has one notebook; a resubmission leaves several files.
            stamp, shown, local, origin = files[-1]
            origin = dict(origin)
            if len(files) > 1:
                notes.append(f"{len(files)} notebooks found ({', '.join(f[1] for f in files)}); "
                             f"graded the newest, {shown}")
            name = expected[assignment][0]
            if origin.pop("placed_by_content", False):
                notes.append(f"{Path(shown).name} is named after no notebook of the course; "
                             f"its graded cells are those of {assignment}, so it was graded as {name}.ipynb")
            elif Path(origin.get("file", shown)).stem != name:
                notes.append(f"the notebook was named {Path(origin.get('file', shown)).name}; graded as {name}.ipynb")
            when = times.get((who, assignment))
            if isinstance(when, str):
                notes.append(when)
            elif when is not None:
                origin["submitted_at"] = when.isoformat()
            result.submissions.append(Submission(who, assignment, local, name, origin=origin))
    return result
