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
