"""Grade many submissions with nbgrader, in parallel, one result per test cell.

nbgrader does the grading (hidden tests restored from the gradebook, locked
cells checked by checksum, scores saved). This module adds what it lacks:

- parallel workers (worker.py), each with its own course folder and gradebook, so
  there is no shared SQLite file to lock: processes on this machine, or the workers
  of a Dask cluster (cluster.py), behind the same concurrent.futures interface;
- a batch that never stops for one bad submission (every failure becomes a result
  with a status), and no grade lost when a worker dies: its submissions are graded
  again, and one that keeps killing workers ends as "crashed";
- per-test results with the failure message in the student's terms.

Submissions are read, never written: their bytes travel to the workers.
"""
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .. import course
from . import cluster, sandbox, worker
from .model import Submission, SubmissionResult, TestResult  # noqa: F401 (re-exported)
from .results import crashed_result
from .tasks import tasks_for

# A submission whose grading killed its worker this many times is not tried again.
ATTEMPTS = 3
prepare_course = worker.prepare_course


def grade(submissions, jobs=None, timeout=30, workdir=None, progress=None, use_sandbox=None, base=None,
          scheduler=None):
    """Grade `submissions`; return SubmissionResults in input order.

    `jobs` worker processes on this machine, or the workers of the Dask cluster at
    `scheduler` (an address such as tcp://host:8786). `use_sandbox`: run student code in
    the bubblewrap sandbox (sandbox.py); None means it must, and raises when this machine
    cannot. `progress(done, total, result)` is called after each submission. `base`: a
    course folder made by prepare_course, to reuse.
    """
    submissions = list(submissions)
    own_tmp = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="nnfs-grade-"))
    try:
        if use_sandbox is None:
            why = sandbox.problem()
            if why:
                raise RuntimeError(f"cannot sandbox student code: {why}")
            use_sandbox = True
        options = dict(timeout=timeout, sandbox=use_sandbox)
        if scheduler:
            return cluster.grade(submissions, scheduler, options, progress)
        base = Path(base) if base else prepare_course(workdir, sorted({s.assignment for s in submissions}))
        options["font_cache"] = str(sandbox.prebuild_font_cache(Path(tempfile.mkdtemp(prefix="fonts-", dir=workdir))))
        jobs = max(1, min(jobs or os.cpu_count() or 1, len(submissions) or 1))
        return grade_locally(submissions, jobs, base, options, progress)
    finally:
        if own_tmp:
            shutil.rmtree(workdir, ignore_errors=True)


def collect_results(futures, results, progress, total, done=0):
    """Fill `results` from {future: index} as they complete; return how many are done."""
    for future in as_completed(futures):
        i = futures[future]
        results[i] = future.result()
        done += 1
        if progress:
            progress(done, total, results[i])
    return done


def grade_locally(submissions, jobs, base, options, progress):
    """A pool of worker processes on this machine. When a worker dies (the pool breaks), the
    submissions it was grading get another attempt in a new pool; the others were not started."""
    tasks, results = tasks_for(submissions)
    attempts = [0] * len(tasks)
    done = sum(r is not None for r in results)
    while any(r is None for r in results):
        waiting = [i for i, r in enumerate(results) if r is None]
        with ProcessPoolExecutor(max_workers=jobs, initializer=worker.setup, initargs=(options, base)) as executor:
            futures = {executor.submit(worker.grade_task, tasks[i]): i for i in waiting}
            try:
                done = collect_results(futures, results, progress, len(tasks), done)
            except BrokenProcessPool:
                # The workers leave a note of what they were grading (worker.CURRENT).
                running = {p.read_text() for p in Path(base).parent.glob(f"worker-*/{worker.CURRENT}")}
                for path in Path(base).parent.glob("worker-*"):
                    shutil.rmtree(path, ignore_errors=True)
                for i in waiting:
                    if results[i] is None and worker.key(tasks[i]) in running:
                        attempts[i] += 1
                        if attempts[i] >= ATTEMPTS:
                            results[i] = crashed_result(tasks[i], course.test_cells(tasks[i].assignment),
                                                        f"grading this notebook killed its worker {attempts[i]} "
                                                        "times: it was not graded")
                            done += 1
                            if progress:
                                progress(done, len(tasks), results[i])
    return results
