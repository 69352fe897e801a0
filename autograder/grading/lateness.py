"""Late submissions: when each was made, whether it came after the deadline, and the optional penalty.

What the input may say about a submission (collect.py keeps it in `Submission.origin`):
- Canvas's `_LATE_` marker in a download's file name: late by Canvas's own due date (which may
  differ per student). It gives no time, so no penalty is computed from it here: Canvas applies
  its own late policy, if the course has one, to the grades it imports.
- nbgrader's `timestamp.txt` (`<student>/<assignment>/timestamp.txt`): the submission time.
A zip entry's own time is when the file was zipped, not when it was submitted: it is never used.

`--deadline` (make: DEADLINE=) is one time for every assignment, or `assignment=time` pairs
separated by commas: `DEADLINE="01-neuron=2026-03-01 23:59,02-layer=2026-03-08 23:59"`. A time
without a zone is the grader's local time; a date alone means the end of that day.

`--late-penalty P` (make: LATE_PENALTY=P) takes P % of the assignment's points off for each
started day (24 h) after the deadline, never more than the score itself. It is off by default
(0), and applies only to submissions whose time is known.
"""
import math
import re
from datetime import datetime, time, timezone

from dateutil import parser as dateparser

from .. import course

ALL = "*"


class DeadlineError(ValueError):
    """A deadline that cannot be read; the message says what was expected."""


def _utc(text):
    """A naive UTC datetime from an ISO-like time; a naive one is local time; a date alone, its day's end."""
    try:
        when = dateparser.isoparse(text.strip())
    except (ValueError, OverflowError):
        raise DeadlineError(f"{text!r} is not a time: write it like 2026-03-01T23:59 or "
                            "2026-03-01 23:59+01:00 (local time when no zone is given)") from None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text.strip()):
        when = datetime.combine(when.date(), time(23, 59, 59))
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def parse_deadlines(values):
    """{assignment or ALL: naive UTC deadline} from `--deadline` values (each maybe comma-separated)."""
    deadlines = {}
    for value in values or []:
        for part in filter(str.strip, value.split(",")):
            name, _, when = part.partition("=")
            if when and name.strip() in course.assignments():
                deadlines[name.strip()] = _utc(when)
            elif when:
                raise DeadlineError(f"unknown assignment {name.strip()!r} in the deadline {part.strip()!r}: "
                                    f"the course has {', '.join(course.assignments())}")
            else:
                deadlines[ALL] = _utc(part)
    return deadlines


def stamp(when):
    """A naive UTC datetime as written in the results: 2026-03-01T22:59:00Z."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def penalty(result, percent_per_day):
    """Points off `result` for lateness under the policy: `percent_per_day` % of its points per started day."""
    if not percent_per_day or not result.hours_late or result.hours_late <= 0:
        return 0.0
    days = math.ceil(result.hours_late / 24)
    raw = sum(t.score for t in result.tests)
    return round(min(raw, result.max_score * percent_per_day / 100 * days), 2)


PENALTY_NOTE = "late penalty ("


def with_penalty(result, percent_per_day):
    """Work the penalty out again (on the result's test scores as they are now) and set the score."""
    result.penalty = penalty(result, percent_per_day)
    result.score = max(0.0, sum(t.score for t in result.tests) - result.penalty)
    result.notes = [n for n in result.notes if not n.startswith(PENALTY_NOTE)]
    if result.penalty:
        result.notes.append(f"{PENALTY_NOTE}{percent_per_day:g} % of the points per started day late): "
                            f"-{result.penalty:g} points")
    return result


def apply(results, deadlines, percent_per_day=0.0):
    """Say in each result when it was submitted, whether late, and take off the penalty, if any."""
    for r in results:
        origin, notes = r.origin, []
        submitted = datetime.fromisoformat(origin["submitted_at"]) if origin.get("submitted_at") else None
        deadline = deadlines.get(r.assignment, deadlines.get(ALL))
        r.submitted_at = stamp(submitted) if submitted else ""
        if submitted and deadline:
            r.hours_late = round((submitted - deadline).total_seconds() / 3600, 2)
            r.late = "yes" if submitted > deadline else "no"
            if submitted > deadline:
                notes.append(f"submitted {stamp(submitted)}, {r.hours_late:g} hours after the deadline "
                             f"({stamp(deadline)})")
        elif origin.get("late"):
            r.late = "yes"
            notes.append("Canvas marks this submission late (by its own due date; Canvas's late policy, "
                         "if the course has one, applies when the grade is imported)")
        r.notes = r.notes + [n for n in notes if n not in r.notes]
        with_penalty(r, percent_per_day)
    return results
