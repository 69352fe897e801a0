"""Grade a whole class in one command.

    python -m autograder.grading SUBMISSIONS --out OUT [--jobs N | --scheduler tcp://host:8786]
        [--assignment A ...] [--timeout S] [--no-sandbox]
        [--roster FILE[,FILE]] [--deadline TIME] [--late-penalty P] [--lms-column A=TITLE ...]

SUBMISSIONS is a folder `<student_id>/<assignment>/<notebook>.ipynb` or an LMS zip.
OUT receives grades.csv, tests.csv, feedback/<student>/<assignment>/<notebook>.html,
report.html, lms/ (Canvas's and Moodle's grade files and feedback zips, lms.py) and
course/ (nbgrader's course folder with its gradebook, gradebook.py: the instructor's alone).
Exit status 0 when every submission that could be placed was graded, whatever the scores;
2 for a problem with the command itself (no such folder, not a zip, unknown assignment,
nothing to grade, a roster or deadline that cannot be read, no sandbox, a cluster that
cannot grade); 3 when the cluster went away mid-run (what was graded is written, the
rest listed).
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .. import course, i18n
from . import cluster, gradebook, lateness, lms, pool, publish, roster as rosters, sandbox
from .collect import CollectError, collect
from .model import Submission
from .results import zero_result


class Progress:
    """A one-line progress bar on a terminal; a line every 10% otherwise."""

    def __init__(self, total, stream=sys.stderr):
        self.total, self.stream, self.started = total, stream, time.monotonic()
        self.tty = stream.isatty()
        self.last_decile = -1

    def __call__(self, done, total, result):
        elapsed = time.monotonic() - self.started
        eta = elapsed / done * (total - done)
        text = (f"[{'#' * (30 * done // total):<30}] {done}/{total} graded, "
                f"{elapsed:.0f}s, about {eta:.0f}s left  ({result.student_id} {result.assignment}: "
                f"{result.score:g}/{result.max_score:g} {result.status})")
        if self.tty:
            self.stream.write("\r" + text[:150].ljust(150))
            if done == total:
                self.stream.write("\n")
        elif 10 * done // total > self.last_decile:
            self.last_decile = 10 * done // total
            self.stream.write(text + "\n")
        self.stream.flush()


def parse(argv):
    parser = argparse.ArgumentParser(prog="make grade", description=__doc__.splitlines()[0])
    parser.add_argument("submissions", help="folder <student_id>/<assignment>/<notebook>.ipynb, or an LMS zip")
    parser.add_argument("--out", default="grading-output", help="folder for the results (default: grading-output)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel workers (default: cores)")
    parser.add_argument("--assignment", action="append", help="grade only this assignment (repeatable)")
    parser.add_argument("--timeout", type=int, default=30, help="seconds allowed per cell (default: 30)")
    parser.add_argument("--no-sandbox", action="store_true", help="run student code without bubblewrap")
    parser.add_argument("--scheduler", help="grade on the Dask cluster at this address (tcp://host:8786); "
                        "default: worker processes on this machine")
    parser.add_argument("--roster", help="the class list: Canvas's gradebook export, Moodle's gradebook export "
                        "and grading worksheets, or a CSV with a student_id column (comma-separated files)")
    parser.add_argument("--deadline", action="append", help="the deadline (2026-03-01T23:59, local time unless "
                        "a zone is given), or ASSIGNMENT=TIME pairs, comma-separated")
    parser.add_argument("--late-penalty", type=float, default=0.0, metavar="P",
                        help="take P %% of the points off per started day late (default 0: no penalty)")
    parser.add_argument("--lms-column", action="append", default=[], metavar="ASSIGNMENT=TITLE",
                        help="the LMS column (Canvas assignment, Moodle grade item) that holds ASSIGNMENT")
    return parser.parse_args(argv)


def _options(args):
    """(roster, deadlines, {assignment: LMS column}) from the command line; raise ValueError."""
    roster = rosters.read(args.roster) if args.roster else None
    explicit = {}
    for pair in args.lms_column:
        name, sep, title = pair.partition("=")
        if not sep or name.strip() not in course.assignments():
            raise ValueError(f"--lms-column {pair!r}: write ASSIGNMENT=TITLE with one of {', '.join(course.assignments())}")
        explicit[name.strip()] = title.strip()
    if args.late_penalty < 0 or args.late_penalty > 100:
        raise ValueError("--late-penalty is a percentage of the points per day late, from 0 to 100")
    return roster, lateness.parse_deadlines(args.deadline), explicit


def missing_result(student, assignment, status, why):
    """A result of 0 for a submission that was not there (status missing or excused)."""
    name, cells = next(iter(course.test_cells(assignment).items()))
    return zero_result(Submission(student, assignment, Path(name), name), cells, status, "missing", why)


def main(argv=None):
    args = parse(argv)
    if args.jobs < 1:
        print("error: --jobs must be 1 or more", file=sys.stderr)
        return 2
    try:
        roster, deadlines, explicit = _options(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    submissions_path = Path(args.submissions).resolve()
    if out.resolve() == submissions_path or submissions_path in out.resolve().parents:
        print("error: OUT must not be inside SUBMISSIONS: the submissions are never written to", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="nnfs-grade-"))
    try:
        try:
            found = collect(submissions_path, work, args.assignment)
        except CollectError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if not found.submissions and not found.missing:
            print(f"error: found no submissions in {args.submissions}. Expected "
                  f"<student_id>/<assignment>/<notebook>.ipynb with assignments "
                  f"{', '.join(course.assignments())}, or an LMS zip of notebooks.", file=sys.stderr)
            for name, why in found.left_out:
                print(f"  left out {name}: {why}", file=sys.stderr)
            return 2

        assignments = sorted({s.assignment for s in found.submissions} | {m[1] for m in found.missing}
                             | set(args.assignment or []))
        try:
            lms_columns = lms.columns(roster, assignments, explicit)
        except rosters.RosterError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2

        why = "" if args.no_sandbox else sandbox.problem()
        if why:
            print(f"error: cannot sandbox student code: {why}.\n       Student code is untrusted: "
                  "fix that, or pass --no-sandbox (NO_SANDBOX=1 with make) to run it with your rights, "
                  "only on a machine with nothing to protect.", file=sys.stderr)
            return 2
        if args.no_sandbox:
            print("WARNING: --no-sandbox: student code runs WITHOUT a sandbox, with your rights on this "
                  "machine (only the CPU, memory and process limits apply).", file=sys.stderr)

        where = f"the Dask cluster at {args.scheduler}" if args.scheduler else f"{args.jobs} worker(s)"
        print(f"Grading {len(found.submissions)} submission(s) of {len({s.student_id for s in found.submissions})} "
              f"student(s) with {where}...", file=sys.stderr)
        started = time.monotonic()
        # The course folder (source, release, gradebook) that local workers copy, and that the
        # feedback pages and OUT/course are made from.
        base = pool.prepare_course(work / "grading", assignments)
        lost, ungraded = "", []
        try:
            results = pool.grade(found.submissions, jobs=args.jobs, timeout=args.timeout,
                                 workdir=work / "grading", progress=Progress(len(found.submissions)),
                                 use_sandbox=not args.no_sandbox, base=base, scheduler=args.scheduler)
        except cluster.ClusterError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except cluster.ClusterLost as exc:   # keep what was graded; the rest is listed below
            lost = str(exc)
            ungraded = [s for s, r in zip(found.submissions, exc.results) if r is None]
            results = [r for r in exc.results if r is not None]
            found.submissions = [s for s, r in zip(found.submissions, exc.results) if r is not None]
        for result, sub in zip(results, found.submissions):
            result.notes = found.notes.get((sub.student_id, sub.assignment), []) + result.notes
            result.origin = dict(sub.origin)
            result.language = i18n.notebook_language(sub.notebook)
        for who, assignment, why in found.missing:
            results.append(missing_result(who, assignment, "missing", why))
        lateness.apply(results, deadlines, args.late_penalty)
        added, _ = lms.attach(results, roster, assignments, lms_columns, missing_result)
        results += added
        results.sort(key=lambda r: (r.student_id, r.assignment))

        graded_at = time.monotonic()
        statuses = Counter(r.status for r in results)
        summary = {"graded": sum(r.status in ("graded", "timeout", "tampered") for r in results),
                   "timed out": statuses["timeout"], "crashed": statuses["crashed"],
                   "tampered": statuses["tampered"], "unreadable": statuses["malformed"],
                   "missing": statuses["missing"], "excused": statuses["excused"],
                   "late": sum(r.late == "yes" for r in results), "files left out": len(found.left_out),
                   "workers": len({r.worker for r in results if r.worker})}
        run = publish.Run(roster=[p.strip() for p in (args.roster or "").split(",") if p.strip()],
                          lms_columns=explicit, deadlines={k: lateness.stamp(v) for k, v in deadlines.items()},
                          late_penalty=args.late_penalty, summary=summary, left_out=found.left_out)
        lms_notes = publish.write(out, results, run, base / "release", roster, lms_columns)
        people = {r.student_id: roster.find(r.person) for r in results if roster and r.person}
        if (out / "course" / "gradebook.db").exists():
            lms_notes.append(f"replaced {out / 'course'} of an earlier run: what was changed in its gradebook "
                             "(formgrader) is not carried over")
        gradebook.build(out / "course", base, results, people,
                        {a: deadlines.get(a, deadlines.get(lateness.ALL)) for a in assignments})
        publish.save(out / "course", results, run)
        publishing = time.monotonic() - graded_at
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nDone in {elapsed:.0f}s ({publishing:.1f}s of it for the files). "
          + ", ".join(f"{k}: {v}" for k, v in summary.items()))
    print_details(results, found.left_out, lms_notes)
    print(f"Results in {out}/: grades.csv, tests.csv, feedback/ and report.html; lms/ (Canvas and Moodle "
          f"grades and feedback zips); course/ (nbgrader's course folder: for you alone, it holds the hidden tests)")
    if lost:
        print(f"\nerror: {lost}. Not graded ({len(ungraded)}), and not in the results: "
              + ", ".join(f"{s.student_id} {s.assignment}" for s in ungraded)
              + ". Grade them again when the cluster is back (--assignment, or a folder with only them).",
              file=sys.stderr)
        return 3
    return 0


def print_details(results, left_out, lms_notes):
    for name, why in left_out:
        print(f"  left out {name}: {why}")
    for r in results:
        if r.status not in ("graded",) or r.late == "yes" or any("graded as" in n for n in r.notes):
            shown = next((n for n in r.notes if "graded as" in n), r.notes[0] if r.notes else "")
            print(f"  {r.student_id} {r.assignment}: {r.status}" + (", late" if r.late == "yes" else "")
                  + (f" ({shown})" if shown else ""))
    for note in lms_notes:
        print(f"  {note}")


if __name__ == "__main__":
    sys.exit(main())
