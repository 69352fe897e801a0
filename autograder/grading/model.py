"""What grading takes in and gives back: a submission, and its results per test cell."""
from dataclasses import dataclass, field
from pathlib import Path

SUBMISSION_STATUSES = ("graded", "timeout", "crashed", "tampered", "malformed", "missing")
TEST_STATUSES = ("passed", "failed", "error", "timeout", "missing", "tampered")


@dataclass
class Submission:
    student_id: str
    assignment: str
    notebook: Path            # the student's file, read only
    notebook_name: str = ""   # the name nbgrader expects (from the source); default: the file's stem

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
