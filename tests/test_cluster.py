"""`make grade` on a Dask cluster: a real scheduler and two worker processes on the loopback
interface grade part of the fixture class exactly as the local run does, and still do when
a worker is killed mid-run; a cluster that would grade differently is refused."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import grade, rows
from fixtures import submissions as fixtures

from autograder import course
from autograder.grading import cluster, pool, worker
from autograder.grading.model import Submission, Task

DASK = str(Path(sys.executable).parent / "dask")
# Cases that exercise every kind of result: full marks, a mistake, a timeout, a dead kernel,
# an unreadable file, an edited test cell, a duplicated one.
SUBSET = ["alice_correct", "bob_no_bias", "carol_infinite_loop", "dan_kernel_dies", "grace_malformed",
          "ken_edited_test", "mia_duplicated_test"]


def start(*args, log):
    return subprocess.Popen([DASK, *args], stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})


def stop(process):
    """Kill a process and its children (a worker's nanny and worker process)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes (one single-threaded worker each)."""
    folder = tmp_path_factory.mktemp("dask")
    log = open(folder / "dask.log", "w")
    scheduler_file = folder / "scheduler.json"
    processes = [start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                       "--scheduler-file", str(scheduler_file), log=log)]
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            assert time.monotonic() < deadline, (folder / "dask.log").read_text()[-3000:]
            time.sleep(0.2)
        import json
        address = json.loads(scheduler_file.read_text())["address"]
        workers = [start("worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                         "--name", f"w{i}", "--local-directory", str(folder / f"w{i}"), log=log) for i in range(2)]
        processes += workers
        yield dict(address=address, workers=workers, log=folder / "dask.log")
    finally:
        for process in reversed(processes):
            stop(process)
        log.close()


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    """SUBSET of the fixture class, and its grades.csv and tests.csv as this machine grades it.
    (Graded here rather than taken from the whole class's run, which another xdist worker makes.)"""
    whole = fixtures.build(tmp_path_factory.mktemp("class"))
    folder = tmp_path_factory.mktemp("subset")
    for student in SUBSET:
        shutil.copytree(whole / student, folder / student)
    out = tmp_path_factory.mktemp("local") / "out"
    run = grade(folder, "--out", out, "--timeout", 5)
    assert run.returncode == 0, run.stderr[-3000:]
    return folder, {name: rows(out / name) for name in ("grades.csv", "tests.csv")}


def test_a_cluster_grades_exactly_as_this_machine(dask_cluster, subset, tmp_path):
    folder, local = subset
    run = grade(folder, "--out", tmp_path / "out", "--timeout", 5, "--scheduler", dask_cluster["address"])
    assert run.returncode == 0, run.stderr[-3000:] + dask_cluster["log"].read_text()[-3000:]
    assert f"with the Dask cluster at {dask_cluster['address']}" in run.stderr
    assert "workers: 2" in run.stdout, "both workers take part"
    for name in ("grades.csv", "tests.csv"):
        assert rows(tmp_path / "out" / name) == local[name]


def test_a_worker_killed_mid_run_loses_no_grade(dask_cluster, subset, tmp_path):
    """Kill one worker (with its nanny) once the first result is back: every submission is
    still graded, once, as on this machine."""
    folder, local = subset
    kept = [s for s in SUBSET if s != "carol_infinite_loop"]     # its time-outs only make the run longer
    submissions = [Submission(s, "01-neuron", p) for s in kept for p in (folder / s / "01-neuron").glob("*.ipynb")]
    killed = []

    def kill_one(done, total, result):
        if not killed:
            stop(dask_cluster["workers"][0])
            killed.append(result.student_id)

    results = pool.grade(submissions, timeout=5, progress=kill_one, scheduler=dask_cluster["address"])
    assert killed and all(results)
    assert sorted((r.student_id, r.assignment) for r in results) == sorted((s, "01-neuron") for s in kept)
    expected = {r["student_id"]: (r["status"], float(r["score"])) for r in local["grades.csv"] if r["student_id"] in kept}
    assert {r.student_id: (r.status, r.score) for r in results} == expected


def test_workers_with_another_course_are_refused(dask_cluster):
    client = cluster.connect(dask_cluster["address"])
    try:
        changed = course.fingerprint().replace("solutions and hidden tests=", "solutions and hidden tests=0")
        with pytest.raises(cluster.ClusterError, match="another version of the course") as info:
            cluster.check_workers(client, use_sandbox=True, ours=changed)
        assert "its solutions and hidden tests differ" in str(info.value)
        # A task that reaches a worker anyway is refused there too.
        client.register_plugin(cluster.CourseWorker(dict(timeout=5, sandbox=True)), name=cluster.PLUGIN_NAME)
        task = Task("x", "01-neuron", "neuron", b"{}", fingerprint=changed)
        future = client.submit(worker.grade_task, task, pure=False)
        with pytest.raises(worker.VersionSkew, match="another version of the course"):
            future.result(timeout=60)
    finally:
        client.close()


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(cluster.ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        cluster.connect("tcp://127.0.0.1:9", timeout=1)
