"""Time `make grade` against stock, serial `nbgrader autograde` on the same synthetic class.

    python -m autograder.grading.benchmark [--students 30] [--jobs N] [--dask] [--sandbox-cost] [--no-stock]
                                                                      (`make benchmark` runs the defaults)

The class: every student submits every assignment; most hand in the solution, every
fifth student the untouched release (scores 0). Both graders get identical files.
Stock nbgrader runs as an instructor would run it: `nbgrader generate_assignment` then
`nbgrader autograde <assignment>` for each assignment, one notebook after another.
"""
import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .. import course


def build_class(folder, students):
    """<student>/<assignment>/<notebook>.ipynb for `students` students; return the count of notebooks."""
    count = 0
    for i in range(students):
        student = f"student{i:03d}"
        for name in course.assignments():
            source = course.NOTEBOOKS if i % 5 == 4 else course.SOLUTIONS
            for notebook in course.notebooks(source / name):
                target = Path(folder) / student / name / notebook.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(notebook, target)
                count += 1
    return count


def run(cmd, cwd):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return time.monotonic() - started


def stock_nbgrader(class_dir, work):
    """Seconds for stock nbgrader: generate, then autograde every assignment serially."""
    root = Path(work) / "stock-course"
    shutil.copytree(course.SOLUTIONS, root / "source", ignore=course.IGNORE)
    shutil.copytree(class_dir, root / "submitted")
    (root / "nbgrader_config.py").write_text("c = get_config()\nc.CourseDirectory.course_id = 'nnfs'\n")
    nbgrader = [sys.executable, "-m", "nbgrader"]
    seconds = 0.0
    for name in course.assignments():
        seconds += run(nbgrader + ["generate_assignment", name, "--force"], root)
    for name in course.assignments():
        seconds += run(nbgrader + ["autograde", name, "--force"], root)
    return seconds


def ours(class_dir, work, jobs, *options):
    out = Path(work) / "ours-out"
    shutil.rmtree(out, ignore_errors=True)
    seconds = run([sys.executable, "-m", "autograder.grading", str(class_dir), "--out", str(out),
                   "--jobs", str(jobs), *options], course.REPO)
    with open(out / "grades.csv") as f:
        rows = list(csv.DictReader(f))
    return seconds, rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sandbox-cost", action="store_true",
                        help="also grade without the sandbox, to show what it costs per notebook")
    parser.add_argument("--no-stock", action="store_true", help="skip stock nbgrader (the slowest part)")
    parser.add_argument("--dask", action="store_true",
                        help="also grade on a local Dask cluster of --jobs workers (the cluster path's overhead)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nnfs-bench-") as work:
        class_dir = Path(work) / "class"
        notebooks = build_class(class_dir, args.students)
        print(f"Synthetic class: {args.students} students x {len(course.assignments())} assignments "
              f"= {notebooks} notebooks; {os.cpu_count()} cores; make grade with {args.jobs} jobs.", flush=True)
        ours_seconds, rows = ours(class_dir, work, args.jobs)
        full = sum(r["score"] == r["max_score"] for r in rows)
        print(f"make grade (parallel, sandboxed):  {ours_seconds:7.1f} s  "
              f"({notebooks / ours_seconds:.2f} notebooks/s; {full} of {len(rows)} with full marks)", flush=True)
        if args.dask:
            from distributed import LocalCluster

            with LocalCluster(n_workers=args.jobs, threads_per_worker=1, processes=True,
                              dashboard_address=None) as local_cluster:
                dask_seconds, dask_rows = ours(class_dir, work, args.jobs, "--scheduler", local_cluster.scheduler_address)
            same = "same grades" if dask_rows == rows else "DIFFERENT GRADES"
            print(f"make grade on a {args.jobs}-worker Dask cluster: {dask_seconds:7.1f} s  "
                  f"({100 * (dask_seconds / ours_seconds - 1):+.1f} % against the local pool; {same})", flush=True)
        if args.sandbox_cost:
            bare_seconds, _ = ours(class_dir, work, args.jobs, "--no-sandbox")
            print(f"make grade --no-sandbox:           {bare_seconds:7.1f} s  "
                  f"(the sandbox costs {(ours_seconds - bare_seconds) / notebooks * args.jobs:+.2f} s "
                  f"per notebook per worker)", flush=True)
        if not args.no_stock:
            stock_seconds = stock_nbgrader(class_dir, work)
            print(f"stock nbgrader autograde (serial): {stock_seconds:7.1f} s  "
                  f"({notebooks / stock_seconds:.2f} notebooks/s)")
            print(f"speed-up: {stock_seconds / ours_seconds:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
