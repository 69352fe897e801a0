"""The two labs in a real browser, Debian's Chromium via Playwright.

The student's path: `make lab`, run the notebook, write the exercise, see the tests pass, and
press nbgrader's Validate button; the student's lab has none of nbgrader's instructor tools
(no Nbgrader menu, no formgrader, no Create Assignment, no errors from them). The instructor's:
`make lab-instructor OUT=...` on a graded class, whose formgrader lists its graded submissions.

It works on a copy of notebooks/ (the release is never touched), waits for states rather
than sleeping, saves a screenshot of each step under build/browser/<test name>/, and stops
the servers whatever happens.
"""
import contextlib
import csv
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from autograder import course

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SHOTS = course.REPO / "build" / "browser"

CORRECT = [
    "def neuron_output(inputs, weights, bias):",
    'if len(inputs) != len(weights): raise ValueError("inputs and weights differ in length")',
    "return sum(x * w for x, w in zip(inputs, weights)) + bias",
]
NO_BIAS = CORRECT[:2] + ["return sum(x * w for x, w in zip(inputs, weights))"]
# The notebook's second exercise, answered so that Validate can succeed.
PROBE = [
    "def probe_neuron(neuron, n_inputs):",
    "bias = neuron([0] * n_inputs)",
    "return [neuron([1 if j == i else 0 for j in range(n_inputs)]) - bias for i in range(n_inputs)], bias",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(server):
    """Stop `make lab` and everything it started: its whole process group, until none is left."""
    for sig, seconds in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        deadline = time.monotonic() + seconds
        try:
            os.killpg(server.pid, sig)
            while time.monotonic() < deadline:
                server.poll()
                os.killpg(server.pid, 0)   # raises once no process of the group is left
                time.sleep(0.1)
        except ProcessLookupError:
            server.wait()
            return


@contextlib.contextmanager
def make_lab(tmp_path, target, *variables):
    """`make <target>` (a JupyterLab) on a free loopback port with a token; stopped after the test."""
    assert Path(CHROMIUM).exists(), ("Chromium is not installed: run `make system-deps` "
                                     "(apt-get install chromium); this test cannot pass without it")
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "IPYTHONDIR": str(tmp_path / "ipython")}
    args = (f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} --ServerApp.port_retries=0 "
            f"--IdentityProvider.token={token} --LabApp.news_url=None "
            f"--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate")
    log = open(tmp_path / f"{target}.log", "w")
    server = subprocess.Popen(["make", "--no-print-directory", target, *variables, f"LAB_ARGS={args}"],
                              cwd=course.REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:   # wait for the server to answer, not for a fixed time
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n" + (tmp_path / f"{target}.log").read_text()[-3000:])
                time.sleep(0.2)
        yield dict(base=base, token=token)
    finally:
        stop(server)
        log.close()
        with socket.socket() as s:   # nothing is left listening
            assert s.connect_ex(("127.0.0.1", port)) != 0, "the JupyterLab server is still running"


@pytest.fixture
def lab(tmp_path):
    """`make lab` on a copy of notebooks/."""
    root = tmp_path / "notebooks"
    shutil.copytree(course.NOTEBOOKS, root)
    with make_lab(tmp_path, "lab", f"LAB_DIR={root}") as server:
        yield dict(server, root=root)


def status_of(url):
    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


def launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)


def new_page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(60_000)
    return page


def screenshots(request):
    """An empty folder for this test's screenshots (build/browser/<test>)."""
    shots = SHOTS / request.node.name
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    return shots


def test_student_path_in_jupyterlab(lab, request):
    from playwright.sync_api import expect, sync_playwright

    shots = screenshots(request)
    started = time.monotonic()

    expect.set_options(timeout=60_000)
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = new_page(browser)
            errors = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(f"{lab['base']}/lab/tree/01-neuron/neuron.ipynb?token={lab['token']}")
            expect(page.locator(".jp-Notebook")).to_be_visible()
            expect(page.locator("#jp-main-statusbar")).to_contain_text("Idle")

            # 0. The student's lab: Validate, but no instructor tool of nbgrader, and no error from one.
            expect(page.locator(".validate-button")).to_be_visible()
            expect(page.locator(".lm-MenuBar-itemLabel", has_text="Run")).to_be_visible()
            expect(page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader")).to_have_count(0)
            expect(page.get_by_title("Nbgrader Create Assignment")).to_have_count(0)
            for path in ("formgrader", "formgrader/api/assignments", "assignments", "courses", "formgraders"):
                assert status_of(f"{lab['base']}/{path}?token={lab['token']}") == 404, path

            def run_all():
                page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
                page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()

            def shoot(name, subject=None):
                news = page.get_by_role("button", name="No", exact=True)
                if news.count():   # JupyterLab's "get notified about news?" toast hides the view
                    news.first.click()
                if subject is not None:
                    subject.scroll_into_view_if_needed()
                page.screenshot(path=str(shots / f"{name}.png"))

            # 1. Run everything: the stub says what to write.
            run_all()
            stub_message = page.locator(".jp-OutputArea-output", has_text="neuron_output is not written yet")
            expect(stub_message.first).to_be_visible()
            shoot("1-stub-message", stub_message.first)

            # 2. Type correct answers into the exercise cells, as a student would, and run the tests.
            def type_answer(lines):
                """Replace the exercise cell that starts with lines[0] by `lines`."""
                solution = page.locator(".jp-CodeCell", has=page.locator(".cm-content", has_text=lines[0][:-1]))
                editor = solution.locator(".cm-content")
                editor.click()
                page.keyboard.press("Control+A")
                page.keyboard.press("Delete")
                page.keyboard.type("\n".join(lines))   # the editor indents the body itself

            type_answer(CORRECT)
            type_answer(PROBE)
            run_all()
            passed = page.locator(".jp-OutputArea-output", has_text="Passed: neuron_output")
            expect(passed).to_have_count(4)
            expect(page.locator(".jp-OutputArea-output", has_text="Passed: probe_neuron")).to_have_count(3)
            shoot("2-tests-pass", passed.first)

            # 3. Validate: nbgrader saves the notebook, runs its tests and says it passes.
            page.locator(".validate-button").click()
            expect(page.locator(".validation-success")).to_contain_text("Success! Your notebook passes all the tests.")
            shoot("3-validate-success")
            page.locator(".jp-Dialog-button.jp-mod-accept").click()

            # 4. A wrong answer (the bias forgotten): Validate reports the failing test.
            type_answer(NO_BIAS)
            page.locator(".validate-button").click()
            failed = page.locator(".validation-failed")
            expect(failed).to_contain_text("should be 2.3, but it is 0.3")
            shoot("4-validate-failure")
            page.locator(".jp-Dialog-button.jp-mod-accept").click()
        finally:
            browser.close()

    nbgrader_errors = [e for e in errors if re.search("nbgrader|formgrader|assignment|course", e, re.I)]
    assert not nbgrader_errors, nbgrader_errors
    seconds = time.monotonic() - started
    print(f"\nbrowser test: 4 steps in {seconds:.0f}s; screenshots in {shots}")
    assert sorted(p.name for p in shots.iterdir()) == [
        "1-stub-message.png", "2-tests-pass.png", "3-validate-success.png", "4-validate-failure.png"]
    saved = (lab["root"] / "01-neuron" / "neuron.ipynb").read_text()
    assert "return sum(x * w for x, w in zip(inputs, weights))" in saved   # the student's own file was saved


def test_student_path_in_portuguese(tmp_path, request):
    """`make lab-pt-BR`: JupyterLab's menus, the stub's message and a failing check, all in Portuguese."""
    from playwright.sync_api import expect, sync_playwright

    root = tmp_path / "notebooks"
    shutil.copytree(course.NOTEBOOKS, root)
    shots = screenshots(request)
    expect.set_options(timeout=60_000)
    with make_lab(tmp_path, "lab-pt-BR", f"LAB_DIR={root}") as lab, sync_playwright() as p:
        browser = launch(p)
        try:
            page = new_page(browser)
            page.goto(f"{lab['base']}/lab/tree/01-neuron/neuron.ipynb?token={lab['token']}")
            expect(page.locator(".jp-Notebook")).to_be_visible()
            # JupyterLab itself speaks Portuguese (its language pack; this version's pack leaves the menu
            # bar's top labels in English), and so does the notebook.
            assert page.evaluate("document.documentElement.lang") == "pt-BR"
            expect(page.locator(".jp-DirListing-headerItemText", has_text="Nome").first).to_be_visible()
            expect(page.locator(".jp-Notebook")).to_contain_text("Um único neurônio")
            expect(page.locator("#jp-main-statusbar")).to_contain_text(re.compile("Idle|Ocioso"))

            def run_all():
                page.locator(".lm-MenuBar-itemLabel", has_text=re.compile("^(Run|Executar)$")).first.click()
                page.locator(".lm-Menu-itemLabel",
                             has_text=re.compile("^(Run All Cells|Executar todas as células)$")).first.click()

            run_all()
            stub = page.locator(".jp-OutputArea-output", has_text="neuron_output ainda não foi escrito")
            expect(stub.first).to_be_visible()
            page.screenshot(path=str(shots / "1-stub-message.png"))

            cell = page.locator(".jp-CodeCell", has=page.locator(".cm-content", has_text=NO_BIAS[0][:-1]))
            cell.locator(".cm-content").click()
            page.keyboard.press("Control+A")
            page.keyboard.press("Delete")
            page.keyboard.type("\n".join(NO_BIAS))
            run_all()
            failed = page.locator(".jp-OutputArea-output", has_text="esperava-se 2.3, mas veio 0.3")
            expect(failed.first).to_be_visible()
            page.screenshot(path=str(shots / "2-check-fails.png"))
        finally:
            browser.close()


def test_instructor_formgrader_lists_the_graded_class(tmp_path, canvas_class, request):
    """`make lab-instructor OUT=...` on a graded class: the Nbgrader menu opens formgrader on
    OUT/course, which lists every graded submission with its score."""
    from playwright.sync_api import expect, sync_playwright

    shots = screenshots(request)
    graded = {r["student_id"]: r for r in csv.DictReader(open(canvas_class / "grades.csv"))
              if r["status"] not in ("missing", "excused")}
    expect.set_options(timeout=60_000)
    with make_lab(tmp_path, "lab-instructor", f"OUT={canvas_class}") as server, sync_playwright() as p:
        browser = launch(p)
        try:
            page = new_page(browser)
            page.goto(f"{server['base']}/lab?token={server['token']}")
            page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
            page.locator(".lm-Menu-itemLabel", has_text="Formgrader").first.click()
            formgrader = page.frame_locator("#formgrader iframe")
            expect(formgrader.locator("body")).to_contain_text("Manage Assignments")
            assignment = formgrader.locator("tr", has_text="01-neuron")
            expect(assignment).to_contain_text(str(len(graded)))   # its number of submissions
            assignment.locator("a", has_text=str(len(graded))).click()
            for student, row in graded.items():
                line = formgrader.locator("tr", has_text=student)
                expect(line).to_contain_text(f"{float(row['score']):g} / {float(row['max_score']):g}")
            page.screenshot(path=str(shots / "formgrader-submissions.png"))
        finally:
            browser.close()
