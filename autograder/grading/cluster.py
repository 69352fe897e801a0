"""Grading on a Dask cluster: `make grade ... SCHEDULER=tcp://host:8786`.

Dask does the distributing (scheduling, moving data, noticing dead workers, retrying);
this module only connects the grading to it:

- `CourseWorker`, a worker plugin, makes each Dask worker a grading worker once
  (worker.setup: its own course folder and gradebook, built from its own checkout, and
  its sandbox), not once per task;
- before grading, every worker's course fingerprint is compared with ours (solutions and
  hidden tests, grading code, pins: not only a commit) and a worker that cannot sandbox
  is reported: either refuses the run, with a message;
- one task per submission, carrying its notebook's bytes; the result comes back as data.
  A worker that dies has its tasks run again elsewhere (Dask's own rescheduling); a
  submission that keeps killing workers ends as "crashed" (Dask's KilledWorker); a
  cluster that goes away ends the run with what was graded (ClusterLost).

Start workers with `make worker SCHEDULER=...` on each machine that has the course
checkout (the same version) and its .venv: one single-threaded worker process per core.
"""
from concurrent.futures import CancelledError, as_completed

from distributed import Client, KilledWorker, WorkerPlugin

from .. import course
from . import sandbox
from .worker import VersionSkew, grade_task, setup as setup_worker
from .results import crashed_result
from .tasks import tasks_for

PLUGIN_NAME = "nnfs-course"
# A task whose worker fails for another reason than the notebook (a lost connection) runs again.
RETRIES = 1


class ClusterError(RuntimeError):
    """The cluster cannot grade this run; the message says why and what to do."""


class ClusterLost(RuntimeError):
    """The cluster went away mid-run; `results` holds what was graded (None for the rest)."""

    def __init__(self, message, results):
        super().__init__(message)
        self.results = results


class CourseWorker(WorkerPlugin):
    """Set a Dask worker up for grading, once."""

    name = PLUGIN_NAME

    def __init__(self, options):
        self.options = options

    def setup(self, worker):
        # Blocking on purpose: no task starts on this worker before its course is ready.
        setup_worker(self.options, workdir=worker.local_directory)


def connect(scheduler, timeout=20):
    """A distributed.Client on `scheduler`, with at least one worker, or ClusterError."""
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: {exc}). "
                           "Start one with `make scheduler` and workers with `make worker SCHEDULER=...`.") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        client.close()
        raise ClusterError(f"the Dask scheduler at {scheduler} has no workers: start some with "
                           f"`make worker SCHEDULER={scheduler}` on the grading machines") from None
    return client


def check_workers(client, use_sandbox, ours=None):
    """Refuse a cluster whose workers would not grade as this machine does (`ours`: the
    fingerprint of this machine's course)."""
    ours = ours or course.fingerprint()
    theirs = client.run(course.fingerprint)
    skewed = {address: fp for address, fp in theirs.items() if fp != ours}
    if skewed:
        lines = [f"  {address}: {course.describe_fingerprint(ours, fp)}" for address, fp in sorted(skewed.items())]
        raise ClusterError("these workers have another version of the course, so their grades would differ:\n"
                           + "\n".join(lines) + "\nUpdate their checkout (the same commit, and the same uncommitted "
                           "changes to solutions/ or autograder/), restart them, and grade again.")
    if use_sandbox:
        problems = {address: why for address, why in client.run(sandbox.problem).items() if why}
        if problems:
            lines = [f"  {address}: {why}" for address, why in sorted(problems.items())]
            raise ClusterError("these workers cannot sandbox student code:\n" + "\n".join(lines)
                               + "\nInstall bubblewrap there (make system-deps), or pass --no-sandbox "
                               "(NO_SANDBOX=1) on a cluster that has nothing to protect.")
    return len(theirs)


def grade(submissions, scheduler, options, progress=None, client=None):
    """Grade `submissions` on the cluster at `scheduler`; SubmissionResults in input order."""
    own_client = client is None
    client = client or connect(scheduler)
    try:
        check_workers(client, options["sandbox"])
        client.register_plugin(CourseWorker(options), name=PLUGIN_NAME)
        tasks, results = tasks_for(submissions, course.fingerprint())
        executor = client.get_executor(retries=RETRIES, pure=False)
        futures = {executor.submit(grade_task, task): i
                   for i, task in enumerate(tasks) if results[i] is None}
        done = len(tasks) - len(futures)
        try:
            for future in as_completed(futures):
                i = futures[future]
                try:
                    results[i] = future.result()
                except KilledWorker as exc:
                    results[i] = crashed_result(tasks[i], course.test_cells(tasks[i].assignment),
                                                "grading this notebook killed the grading workers it ran on "
                                                f"({exc.args[-1] if exc.args else 'KilledWorker'}): it was not graded")
                except (VersionSkew, RuntimeError) as exc:
                    results[i] = crashed_result(tasks[i], course.test_cells(tasks[i].assignment),
                                                f"no worker would grade it: {exc}")
                done += 1
                if progress:
                    progress(done, len(tasks), results[i])
        except (CancelledError, OSError, TimeoutError) as exc:
            graded = sum(r is not None for r in results)
            raise ClusterLost(f"the Dask cluster at {scheduler} went away ({type(exc).__name__}) after "
                              f"{graded} of {len(tasks)} submissions", results) from None
        return results
    finally:
        if own_client:
            client.close()
