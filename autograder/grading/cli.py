"""Grade a whole class in one command.

    python -m autograder.grading SUBMISSIONS --out OUT [--jobs N | --scheduler tcp://host:8786]
                                 [--assignment A ...] [--timeout S] [--no-sandbox]

SUBMISSIONS is a folder `<student_id>/<assignment>/<notebook>.ipynb` or an LMS zip.
OUT receives grades.csv, tests.csv, feedback/<student>/<assignment>/<notebook>.html
and report.html. Exit status 0 when every submission that could be placed was graded,
whatever the scores; 2 for a problem with the command itself (no such folder, not a
zip, unknown assignment, nothing to grade, no sandbox, a cluster that cannot grade);
3 when the cluster went away mid-run (what was graded is written, the rest listed).
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .. import course
from . import cluster, pool, report, sandbox
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
    return parser.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    if args.jobs < 1:
        print("error: --jobs must be 1 or more", file=sys.stderr)
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
        # The release (for the feedback pages' visible tests); local workers copy this course folder.
        base = pool.prepare_course(work / "grading", sorted({s.assignment for s in found.submissions}
                                                            | {m[1] for m in found.missing}))
        lost = ""
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
        expected = {a: course.test_cells(a) for a in {m[1] for m in found.missing}}
        for who, assignment, why in found.missing:
            name, cells = next(iter(expected[assignment].items()))
            missing = zero_result(Submission(who, assignment, Path(name), name),
                                cells, "missing", "missing", why)
            results.append(missing)
        results.sort(key=lambda r: (r.student_id, r.assignment))

        out.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(out / "feedback", ignore_errors=True)
        statuses = Counter(r.status for r in results)
        summary = {"graded": sum(r.status in ("graded", "timeout", "tampered") for r in results),
                   "timed out": statuses["timeout"], "crashed": statuses["crashed"],
                   "tampered": statuses["tampered"], "unreadable": statuses["malformed"],
                   "missing": statuses["missing"], "files left out": len(found.left_out),
                   "workers": len({r.worker for r in results if r.worker})}
        report.write_csvs(out, results)
        report.write_feedback(out, results, base / "release")
        report.write_report(out, results, summary)
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nDone in {elapsed:.0f}s. " + ", ".join(f"{k}: {v}" for k, v in summary.items()))
    for name, why in found.left_out:
        print(f"  left out {name}: {why}")
    for r in results:
        if r.status not in ("graded",):
            print(f"  {r.student_id} {r.assignment}: {r.status}" + (f" ({r.notes[0]})" if r.notes else ""))
    print(f"Results in {out}/: grades.csv, tests.csv, feedback/, report.html")
    if lost:
        print(f"\nerror: {lost}. Not graded ({len(ungraded)}), and not in the results: "
              + ", ".join(f"{s.student_id} {s.assignment}" for s in ungraded)
              + ". Grade them again when the cluster is back (--assignment, or a folder with only them).",
              file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
