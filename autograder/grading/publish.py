"""Every file a run writes to OUT from its results, the same for `make grade` and `make rewrite`:
grades.csv, tests.csv, feedback/ and report.html (report.py), lms/ (lms.py); and the run's
state, OUT/course/results.json (with copies of its roster files), that `make rewrite` starts from.

What goes to students (feedback/, lms/) is written from the results and the release only; the
source with its hidden tests is only ever in OUT/course/.
"""
import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import lms, report
from .model import SubmissionResult, TestResult

STATE = "results.json"


@dataclass
class Run:
    roster: list = field(default_factory=list)       # the roster files
    lms_columns: dict = field(default_factory=dict)  # --lms-column: {assignment: LMS column title}
    deadlines: dict = field(default_factory=dict)    # {assignment or "*": ISO time, UTC}
    late_penalty: float = 0.0                        # % of the points per started day late
    summary: dict = field(default_factory=dict)      # the counts the report shows
    left_out: list = field(default_factory=list)     # [(file, why)] of files that were not graded


def notebooks(release_dir, assignments):
    """{assignment: the name of its notebook}, from the release."""
    names = {}
    for name in assignments:
        found = sorted((Path(release_dir) / name).glob("*.ipynb"))
        names[name] = found[0].stem if found else name
    return names


def write(out, results, run, release_dir, roster=None, lms_columns=None):
    """Write grades.csv, tests.csv, feedback/, report.html and lms/ to `out`; return the LMS notes."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / "feedback", ignore_errors=True)
    report.write_csvs(out, results)
    report.write_feedback(out, results, release_dir)
    report.write_report(out, results, run.summary)
    columns = lms_columns or lms.columns(roster, sorted({r.assignment for r in results}), run.lms_columns)
    return lms.write(out, results, roster, columns, notebooks(release_dir, {r.assignment for r in results}))


def save(course_dir, results, run):
    """Keep the run's results (without the autograded notebooks, which are in the course folder)
    and options in the course folder, with copies of the roster files."""
    course_dir = Path(course_dir)
    copies, kept = [], (course_dir / "roster").resolve()
    for i, path in enumerate(run.roster):
        path = Path(path).resolve()
        copy = path if path.parent == kept else kept / f"{i}-{path.name}"   # `make rewrite`: kept already
        if copy != path:
            kept.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        copies.append(copy.relative_to(course_dir.resolve()).as_posix())
    state = {"run": {**asdict(run), "roster": copies},
             "results": [{**asdict(r), "autograded": bool(r.autograded)} for r in results]}
    (course_dir / STATE).write_text(json.dumps(state, indent=1, default=str))


def load(course_dir):
    """(results, run) as `save` kept them; each result's autograded notebook read back."""
    course_dir = Path(course_dir)
    state = json.loads((course_dir / STATE).read_text())
    run = Run(**state["run"])
    run.roster = [str(course_dir / p) for p in run.roster]
    run.left_out = [tuple(x) for x in run.left_out]
    results = []
    for data in state["results"]:
        tests = [TestResult(**t) for t in data.pop("tests")]
        had = data.pop("autograded")
        r = SubmissionResult(**data, tests=tests)
        folder = course_dir / "autograded" / r.student_id / r.assignment
        found = sorted(folder.glob("*.ipynb")) if had else []
        r.autograded = found[0].read_text() if found else ""
        results.append(r)
    return results, run
