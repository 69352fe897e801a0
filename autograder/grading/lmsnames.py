"""Who and what an LMS download names: the fixed fields of Canvas and Moodle file and folder names.

Canvas ("Download Submissions", canvas-lms lib/content_zipper.rb) names each file
`<name>[_LATE]_<user id>_<attachment id>_<the student's file name>`: <name> is the student's
sortable name, lower-cased, with everything but letters, digits and `_` removed, and never
holds `_<digits>_`; an anonymous assignment has `anon_<anonymous id>` instead of `<name>` and
`<user id>`. The fields are fixed: the file name is the rest, whatever the student called it
(`Copy of neuron.ipynb`, `Untitled.ipynb`).

Moodle ("Download all submissions", mod/assign) puts each student's files in a folder
`<full name>_<participant id>_assignsubmission_file` (a trailing `_` before Moodle 4.1), or,
in the old flat layout, names each file `<full name>_<participant id>_assignsubmission_file_<file>`.
The participant id is Moodle's per-assignment pseudonym of the student (the `Participant N`
of the assignment's grading worksheet), not a username.
"""
import re

CANVAS = re.compile(r"^(?P<name>[^/]+?)(?P<late>_LATE)?_(?P<user>\d+)_(?P<attachment>\d+)_(?P<file>.+)$")
CANVAS_ANONYMOUS = re.compile(r"^(?P<late>LATE_)?anon_(?P<anon>[A-Za-z0-9]+)_(?P<attachment>\d+)_(?P<file>.+)$")
MOODLE = re.compile(r"^(?P<name>.+?)_(?P<participant>\d+)_assignsubmission_(?P<plugin>[a-z]+)(?:_(?P<file>.*))?$")


def canvas(filename):
    """The fields of a Canvas download's file name, or None when it is not one."""
    found = CANVAS_ANONYMOUS.match(filename)
    if found:
        return {"lms": "canvas", "name": f"anon_{found['anon']}", "late": bool(found["late"]),
                "canvas_attachment": found["attachment"], "file": found["file"],
                "prefix": filename[: -len(found["file"]) - 1]}
    found = CANVAS.match(filename)
    if not found or not re.search(r"[^\W\d]", found["name"]):
        return None
    return {"lms": "canvas", "name": found["name"], "late": bool(found["late"]),
            "canvas_id": found["user"], "canvas_attachment": found["attachment"], "file": found["file"],
            "prefix": filename[: -len(found["file"]) - 1]}


def moodle(part):
    """The fields of a Moodle download's folder name (or old flat file name), or None."""
    found = MOODLE.match(part)
    if not found:
        return None
    return {"lms": "moodle", "name": found["name"], "participant": found["participant"],
            "file": found["file"] or ""}
