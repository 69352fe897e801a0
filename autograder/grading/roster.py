"""The class list from the LMS: who is in the course, under which ids, in which grade columns.

`ROSTER=` (`--roster`) takes one or more CSV files, comma-separated, each recognised by its header:

- **Canvas**: the Gradebook's own export (Gradebook > Export > Export Entire Gradebook):
  `Student, ID, SIS User ID, SIS Login ID, Section`, then one column per assignment headed
  `Title (assignment id)`, a `Points Possible` row, `EX` for excused. It gives each student's
  name, Canvas user id, SIS ids and section, the assignment columns and their points possible.
  Canvas's "Test Student" (`Student, Test`) is skipped.
- **Moodle gradebook**: Grades > Export > Plain text file: `First name, Last name, ID number,
  Institution, Department, Email address`, then `Assignment: <name> (Real)` columns. It gives
  names, ID numbers and emails, and the grade items.
- **Moodle grading worksheet**: an assignment's "Download grading worksheet": `Identifier`
  (`Participant 12345`), `Full name`, the identity fields the site shows (`Email address`, ...),
  ..., `Maximum grade`. Its participant ids are those of the assignment's download folders
  (`Ana Lima_12345_assignsubmission_file`): it is how a Moodle download is matched to people,
  never by name alone (two students can share a name). Its maximum grade scales the grades.
- **plain**: any CSV with a `student_id` column (the id grading uses: the folder or the name in
  the LMS file) and any of `name, canvas_id, sis_user_id, sis_login_id, section, email,
  username, id_number`.

Files that describe the same people (a worksheet and the gradebook export) are merged through
an id they share (email, ID number, username, Canvas or SIS id), never through a name.
"""
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .collect import student_id as safe_id

STRONG = ("canvas_id", "sis_user_id", "sis_login_id", "email", "id_number", "username", "student_id")
TEST_STUDENTS = {"student, test", "test student"}
PLAIN_FIELDS = ("student_id", "name", "canvas_id", "sis_user_id", "sis_login_id", "section",
                "email", "username", "id_number")


class RosterError(ValueError):
    """A roster that cannot be used; the message says what was expected."""


@dataclass
class Person:
    key: str = ""                 # stable within the roster: its first strong id
    name: str = ""                # as the LMS shows it ("Lima, Ana" in Canvas, "Ana Lima" in Moodle)
    first_name: str = ""
    last_name: str = ""
    canvas_id: str = ""
    sis_user_id: str = ""
    sis_login_id: str = ""
    section: str = ""
    email: str = ""
    id_number: str = ""
    username: str = ""
    student_id: str = ""          # the grading id, from a plain roster
    participants: set = field(default_factory=set)   # Moodle participant ids
    excused: set = field(default_factory=set)        # Canvas column titles marked EX
    source: str = ""              # "canvas", "moodle" or "plain"

    def ids(self):
        return {(k, getattr(self, k).lower() if k == "email" else getattr(self, k))
                for k in STRONG if getattr(self, k)}

    def merge(self, other):
        for k in ("name", "first_name", "last_name", "section", "source", *STRONG):
            if not getattr(self, k):
                setattr(self, k, getattr(other, k))
        self.participants |= other.participants
        self.excused |= other.excused

    def grading_id(self):
        """The id grading gives this person when they submitted nothing: the one their LMS's
        download would have given (Canvas: its name key; Moodle: the full name)."""
        if self.student_id:
            return self.student_id
        if self.source == "canvas" and self.name:
            return safe_id(canvas_key(self.name))
        full = f"{self.first_name} {self.last_name}".strip() or self.name
        return safe_id(full or self.username or self.email.split("@")[0] or self.key)


@dataclass
class Column:
    title: str          # as the LMS heads it ("01 · A single neuron (12345)")
    name: str           # without the id or display type ("01 · A single neuron")
    points: float = None


@dataclass
class Worksheet:
    file: str
    participants: set
    max_grade: float = None


@dataclass
class Roster:
    people: list = field(default_factory=list)
    canvas_columns: list = field(default_factory=list)
    moodle_columns: list = field(default_factory=list)
    worksheets: list = field(default_factory=list)
    kinds: list = field(default_factory=list)      # (file name, kind)

    def add(self, person):
        """Add `person`, merged into someone already listed under a shared strong id."""
        mine = person.ids()
        for known in self.people:
            if mine & known.ids():
                known.merge(person)
                return known
        person.key = person.key or next((f"{k}:{v}" for k, v in sorted(mine)), f"row:{len(self.people) + 1}")
        self.people.append(person)
        return person

    def find(self, key):
        return next((p for p in self.people if p.key == key), None)

    def match(self, student_id, origin):
        """(person, how) for a graded student, or (None, why not)."""
        if origin.get("canvas_id"):
            found = [p for p in self.people if p.canvas_id == origin["canvas_id"]]
            if found:
                return found[0], "Canvas user id"
        if origin.get("participant"):
            found = [p for p in self.people if origin["participant"] in p.participants]
            if found:
                return found[0], "Moodle participant id"
        for kind in ("student_id", "sis_login_id", "sis_user_id", "username", "id_number", "email"):
            found = [p for p in self.people if getattr(p, kind) and
                     safe_id(getattr(p, kind)) == student_id]
            if len(found) == 1:
                return found[0], kind.replace("_", " ")
        found = [p for p in self.people if p.email and safe_id(p.email.split("@")[0]) == student_id]
        if len(found) == 1:
            return found[0], "email"
        key = origin.get("name") if origin.get("lms") == "canvas" else student_id
        found = [p for p in self.people if p.source == "canvas" and p.name and safe_id(canvas_key(p.name)) == safe_id(key)]
        if len(found) == 1:   # as Canvas's own import does, last
            return found[0], "Canvas name"
        if origin.get("lms") == "moodle":
            return None, (f"Moodle participant {origin.get('participant')} is in no grading worksheet "
                          "given in ROSTER" if self.worksheets or not self.people
                          else "a Moodle download is matched through the assignment's grading worksheet: add it to ROSTER")
        return None, "no one in the roster has this id" + (" (several share its name)" if len(found) > 1 else "")


def canvas_key(name):
    """The name as Canvas writes it in its download's file names: 'Lima, Ana' -> 'limaana'."""
    return re.sub(r"[^\w]", "", re.sub(r"_(\d+)_", r"\1", name).lower())


def _number(text):
    try:
        return float(str(text).strip().replace(",", "."))
    except ValueError:
        return None


def _rows(path):
    text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    return [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]


def kind_of(header):
    names = [h.strip() for h in header]
    lowered = [h.lower() for h in names]
    if len(names) > 3 and re.search("Student|LastName", names[0]) and "ID" in names[1] and "Section" in names:
        return "canvas"
    if "Identifier" in names:
        return "moodle worksheet"
    if "student_id" in lowered:
        return "plain"
    if "Email address" in names or ("First name" in names and "Last name" in names):
        return "moodle gradebook"
    return ""


def _canvas(roster, rows, name):
    header = [h.strip() for h in rows[0]]
    last_identity = header.index("Section")
    columns = {}
    for j, title in enumerate(header[last_identity + 1:], last_identity + 1):
        found = re.fullmatch(r"(.*) \((\d+)\)", title)
        if found:
            columns[j] = Column(title, found[1].strip())
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        first = row[0].strip()
        if first.startswith("Points Possible"):
            for j, column in columns.items():
                column.points = _number(row[j])
            continue
        if not first or first.lower() in TEST_STUDENTS or "Manual Posting" in row:
            continue
        cell = dict(zip(header, row))
        person = Person(source="canvas", canvas_id=cell.get("ID", "").strip(),
                        sis_user_id=cell.get("SIS User ID", "").strip(),
                        sis_login_id=cell.get("SIS Login ID", "").strip(), section=cell.get("Section", "").strip())
        if "LastName" in header[0]:
            person.last_name, person.first_name = row[0].strip(), row[1].strip()
            person.name = f"{person.last_name}, {person.first_name}"
        else:
            person.name = first
            person.last_name, _, person.first_name = (s.strip() for s in first.partition(","))
        person.excused = {c.title for j, c in columns.items() if row[j].strip().upper() == "EX"}
        roster.add(person)
    roster.canvas_columns += list(columns.values())


def _moodle_gradebook(roster, rows, name):
    header = [h.strip() for h in rows[0]]
    for title in header:
        found = re.fullmatch(r"(?:[^:]+: )?(.*) \((Real|Percentage|Letter)\)", title)
        if found and not title.startswith("Course total"):
            roster.moodle_columns.append(Column(title, found[1].strip()))
    for row in rows[1:]:
        cell = dict(zip(header, (c.strip() for c in row)))
        person = Person(source="moodle", first_name=cell.get("First name", ""), last_name=cell.get("Last name", ""),
                        email=cell.get("Email address", ""), id_number=cell.get("ID number", ""),
                        username=cell.get("Username", ""))
        person.name = f"{person.first_name} {person.last_name}".strip()
        if person.ids():
            roster.add(person)


def _moodle_worksheet(roster, rows, name):
    header = [h.strip() for h in rows[0]]
    if not {"Email address", "ID number", "Username"} & set(header):
        raise RosterError(f"the grading worksheet {name} shows no email, ID number or username, only names, and two "
                          "students can share a name: download it again from a Moodle that shows one (Site "
                          "administration > Users > Permissions > User policies > Show user identity)")
    participants, maxima = set(), set()
    for row in rows[1:]:
        cell = dict(zip(header, (c.strip() for c in row)))
        found = re.search(r"(\d+)\s*$", cell.get("Identifier", ""))
        if not found:
            continue
        participants.add(found[1])
        if _number(cell.get("Maximum grade", "")) is not None:
            maxima.add(_number(cell["Maximum grade"]))
        person = Person(source="moodle", name=cell.get("Full name", ""), email=cell.get("Email address", ""),
                        id_number=cell.get("ID number", ""), username=cell.get("Username", ""),
                        participants={found[1]})
        person.first_name, _, person.last_name = person.name.partition(" ")
        roster.add(person)
    roster.worksheets.append(Worksheet(name, participants, maxima.pop() if len(maxima) == 1 else None))


def _plain(roster, rows, name):
    header = [h.strip().lower() for h in rows[0]]
    for row in rows[1:]:
        cell = dict(zip(header, (c.strip() for c in row)))
        person = Person(source="plain", **{k: cell.get(k, "") for k in PLAIN_FIELDS})
        person.student_id = safe_id(person.student_id)
        if person.name:
            first, _, last = person.name.rpartition(" ")
            person.first_name, person.last_name = (first, last) if first else (last, "")
        if person.student_id:
            roster.add(person)


READERS = {"canvas": _canvas, "moodle gradebook": _moodle_gradebook,
           "moodle worksheet": _moodle_worksheet, "plain": _plain}


def read(paths):
    """The Roster of the files `paths` (a list, or a comma-separated string)."""
    if isinstance(paths, str):
        paths = [p.strip() for p in paths.split(",") if p.strip()]
    roster = Roster()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise RosterError(f"roster {path} does not exist")
        rows = _rows(path)
        kind = kind_of(rows[0]) if rows else ""
        if not kind:
            raise RosterError(
                f"{path} is not a roster I can read: give Canvas's gradebook export (Student, ID, ..., Section), "
                "Moodle's gradebook export (First name, Last name, ..., Email address) or an assignment's "
                "grading worksheet (Identifier, Full name, ...), in English, or a CSV with a student_id column")
        READERS[kind](roster, rows, path.name)
        roster.kinds.append((path.name, kind))
    return roster


# ---------------------------------------------------------------- assignments to LMS columns

def _tokens(text):
    return {str(int(t)) if t.isdigit() else t for t in re.findall(r"[^\W\d_]+|\d+", text.lower())}


def column_for(assignment, columns, explicit=None):
    """The column of `columns` that holds `assignment`, or None when none does.

    `explicit` (from --lms-column) names it; otherwise a column matches when its name holds
    every word and number of the assignment's folder name (`01-neuron` matches
    "01 · A single neuron" and "Lab 1: the neuron"), or is the folder name itself.
    """
    if explicit:
        found = [c for c in columns if explicit in (c.title, c.name)]
        if not found:
            raise RosterError(f"--lms-column {assignment}={explicit!r}: the roster has no such column "
                              f"(it has {', '.join(repr(c.name) for c in columns) or 'none'})")
        return found[0]
    wanted = _tokens(assignment)
    found = [c for c in columns if c.name == assignment or wanted <= _tokens(c.name)]
    if len(found) > 1:
        raise RosterError(f"{assignment} matches several LMS columns ({', '.join(repr(c.name) for c in found)}): "
                          f"say which with --lms-column {assignment}=TITLE")
    return found[0] if found else None
