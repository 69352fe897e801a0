"""What grading takes in and gives back: a submission, and its results per test cell."""
from dataclasses import dataclass, field
from pathlib import Path

SUBMISSION_STATUSES = ("graded", "timeout", "crashed", "tampered", "malformed", "missing", "excused")
TEST_STATUSES = ("passed", "failed", "error", "timeout", "missing", "tampered")


@dataclass
class Submission:
    student_id: str
    assignment: str
    notebook: Path            # the student's file, read only
    notebook_name: str = ""   # the name nbgrader expects (from the source); default: the file's stem
    origin: dict = field(default_factory=dict)   # what the download said: LMS ids, late, submitted_at

    def __post_init__(self):
        self.notebook = Path(self.notebook)
        self.notebook_name = self.notebook_name or self.notebook.stem


@dataclass
class Task:
    """One submission as a worker gets it: everything it needs travels with it."""
    student_id: str
    assignment: str
    notebook_name: str
    content: bytes            # the notebook file's bytes
    fingerprint: str = ""     # the driver's course.fingerprint(): a worker with another course refuses


@dataclass
class TestResult:
    student_id: str
    assignment: str
    grade_id: str
    score: float
    max_score: float
    status: str               # one of TEST_STATUSES
    message: str = ""


@dataclass
class SubmissionResult:
    student_id: str
    assignment: str
    score: float
    max_score: float
    status: str               # one of SUBMISSION_STATUSES
    tests: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    autograded: str = ""      # the autograded notebook (its JSON text), when there is one: results
                              # travel as data, so they can come back from another machine
    seconds: float = 0.0
    worker: str = ""          # which worker graded it (host:pid)
    # Filled in on the driver's side, after grading (see lateness.py, roster.py):
    origin: dict = field(default_factory=dict)   # the submission's origin (LMS ids, file name)
    submitted_at: str = ""    # when it was submitted (UTC, ISO 8601), when the input says so
    late: str = ""            # "yes", "no", or "" when nothing says
    hours_late: float = None  # past the deadline, when both times are known
    penalty: float = 0.0      # points taken off for lateness (already out of `score`)
    person: str = ""          # the roster entry this result belongs to (roster.Person.key)
    language: str = "en"      # the submission's language (its notebook's metadata): its feedback's
