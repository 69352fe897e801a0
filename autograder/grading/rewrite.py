"""Re-write a run's files after a change in its gradebook (a score overridden or a comment
written in formgrader): grades.csv, tests.csv, feedback/, report.html and lms/.

    python -m autograder.grading.rewrite OUT          (make rewrite OUT=...)

OUT is the folder of a `make grade` run. Nothing is graded again: the run's results
(OUT/course/results.json) take the scores now in OUT/course/gradebook.db, the late penalty is
worked out again on them, and every file is written as `make grade` writes it, with the same
roster, deadlines and options. Exit status 2 when OUT holds no graded course.
"""
import argparse
import sys
from pathlib import Path

from . import gradebook, lateness, publish, roster as rosters


def main(argv=None):
    parser = argparse.ArgumentParser(prog="make rewrite", description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the OUT folder of a `make grade` run")
    args = parser.parse_args(argv)
    out = Path(args.out)
    course_dir = out / "course"
    if not (course_dir / publish.STATE).is_file() or not (course_dir / "gradebook.db").is_file():
        print(f"error: {out} holds no graded course (no course/{publish.STATE}): "
              "run `make grade SUBMISSIONS=... OUT=...` first", file=sys.stderr)
        return 2
    results, run = publish.load(course_dir)
    changed = gradebook.read_back(course_dir, results)
    for r in results:
        lateness.with_penalty(r, run.late_penalty)
    gradebook.write_penalties(course_dir, results)
    roster = rosters.read(run.roster) if run.roster else None
    notes = publish.write(out, results, run, course_dir / "release", roster)
    publish.save(course_dir, results, run)
    print(f"{len(changed)} change(s) in the gradebook since the run" + (":" if changed else "."))
    for line in changed:
        print(f"  {line}")
    for note in notes:
        print(f"  {note}")
    print(f"Re-wrote {out}/: grades.csv, tests.csv, feedback/, report.html and lms/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
