"""What `make grade` writes: grades.csv, tests.csv, feedback/ and report.html."""
import base64
import csv
import html
import io
from collections import Counter, defaultdict
from pathlib import Path

import nbformat

from .. import i18n
from ..i18n import _
from .limits import OUTPUT_CHARS, REPORT_CHARS, clip, clip_end

GRADE_COLUMNS = ["student_id", "assignment", "score", "max_score", "status",
                 "late", "submitted_at", "hours_late", "penalty"]
TEST_COLUMNS = ["student_id", "assignment", "grade_id", "score", "max_score", "status", "message"]
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; } td, th { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .passed { color: #1a7f37; } .failed, .error, .timeout, .missing, .tampered { color: #b42318; }
pre { background: #f6f8fa; padding: .6em; overflow-x: auto; white-space: pre-wrap; } .note { color: #8a5a00; }
"""


def _number(x):
    return f"{x:g}"


def write_csvs(out, results):
    with open(out / "grades.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(GRADE_COLUMNS)
        for r in results:
            writer.writerow([r.student_id, r.assignment, _number(r.score), _number(r.max_score), r.status,
                             r.late, r.submitted_at, "" if r.hours_late is None else _number(r.hours_late),
                             _number(r.penalty)])
    with open(out / "tests.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(TEST_COLUMNS)
        for r in results:
            for t in r.tests:
                writer.writerow([t.student_id, t.assignment, t.grade_id, _number(t.score),
                                 _number(t.max_score), t.status, t.message])


def _page(title, body, language="en"):
    lang = language.replace("_", "-")
    return (f"<!DOCTYPE html>\n<html lang='{html.escape(lang)}'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _text_outputs(cell):
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.get("data", {}).get("text/plain", ""))
        elif out.output_type == "error":
            parts.append(f"{out.ename}: {out.evalue}")
    return clip_end("".join(parts), OUTPUT_CHARS)


def feedback_html(result, release_notebook):
    """A student's feedback page, in the language they submitted in: the score, each test's
    result, and their own code.

    Test cells are shown as released (visible tests only): the hidden tests' source never
    appears, only the message of the check that failed.
    """
    with i18n.speaking(result.language):
        return _feedback_html(result, release_notebook)


def _status(status):
    return {"passed": _("passed"), "failed": _("failed"), "error": _("error"), "timeout": _("timeout"),
            "missing": _("missing"), "tampered": _("tampered"), "graded": _("graded"), "crashed": _("crashed"),
            "excused": _("excused")}.get(status, status)


def _feedback_html(result, release_notebook):
    title = _("{assignment}: feedback for {student}").format(assignment=result.assignment, student=result.student_id)
    rows = "".join(
        f"<tr><td>{html.escape(t.grade_id)}</td><td>{_number(t.score)} / {_number(t.max_score)}</td>"
        f"<td class='{t.status}'>{html.escape(_status(t.status))}</td><td><pre>{html.escape(t.message)}</pre></td></tr>"
        for t in result.tests)
    score = _("Score: {score} / {max_score}").format(score=_number(result.score), max_score=_number(result.max_score))
    body = [f"<h1>{html.escape(title)}</h1>",
            f"<p><b>{html.escape(score)}</b> ({html.escape(_status(result.status))})</p>",
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
                *map(html.escape, (_("test"), _("points"), _("result"), _("what was expected and what was got")))),
            rows, "</table>"]
    note = _("Note: {note}")
    body += [f"<p class='note'>{html.escape(note.format(note=n))}</p>" for n in result.notes]
    if result.autograded:
        nb = nbformat.reads(result.autograded, as_version=4)
        body.append("<h2>{}</h2>".format(html.escape(_("Your answers"))))
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and meta.get("solution"):
                body.append(f"<h3>{html.escape(meta.get('grade_id', ''))}</h3><pre>{html.escape(cell.source)}</pre>")
                shown = _text_outputs(cell)
                if shown:
                    body.append("<p>{}</p><pre>{}</pre>".format(html.escape(_("Output:")), html.escape(shown)))
    if release_notebook and Path(release_notebook).exists():
        visible = {c.metadata.nbgrader["grade_id"]: c.source
                   for c in nbformat.read(release_notebook, as_version=4).cells
                   if c.metadata.get("nbgrader", {}).get("grade")}
        body.append("<h2>{}</h2><p>{}</p>".format(html.escape(_("The visible tests")),
                                                 html.escape(_("Your grade also counts hidden tests with other inputs."))))
        for grade_id, source in visible.items():
            body.append(f"<h3>{html.escape(grade_id)}</h3><pre>{html.escape(source)}</pre>")
    return _page(title, "\n".join(body), result.language)


def write_feedback(out, results, release_dir):
    for r in results:
        folder = out / "feedback" / r.student_id / r.assignment
        folder.mkdir(parents=True, exist_ok=True)
        release = next(iter(sorted((Path(release_dir) / r.assignment).glob("*.ipynb"))), None)
        name = release.stem if release else r.assignment
        (folder / f"{name}.html").write_text(feedback_html(r, release))


def _png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def write_report(out, results, summary):
    """report.html: per assignment, the score distribution and each test's pass rate."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_assignment = defaultdict(list)
    for r in results:
        by_assignment[r.assignment].append(r)
    body = ["<h1>Class report</h1>",
            "<p>" + ", ".join(f"{k}: {v}" for k, v in summary.items()) + "</p>"]
    for assignment, rows in sorted(by_assignment.items()):
        max_score = max(r.max_score for r in rows)
        scores = [r.score for r in rows]
        tests = defaultdict(list)
        for r in rows:
            for t in r.tests:
                tests[t.grade_id].append(t)
        names = list(tests)
        rates = [sum(t.status == "passed" for t in tests[n]) / len(tests[n]) for n in names]
        fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.6))
        left.hist(scores, bins=[x - 0.5 for x in range(int(max_score) + 2)], color="#4c72b0", rwidth=0.9)
        left.set_xlabel("score")
        left.set_ylabel("students")
        left.set_title(f"{assignment}: scores (max {max_score:g})")
        right.barh(names[::-1], [100 * r for r in rates[::-1]],
                   color=["#c44e52" if r < 0.5 else "#55a868" for r in rates[::-1]])
        right.set_xlim(0, 100)
        right.set_xlabel("% of students passing")
        right.set_title("pass rate per test")
        fig.tight_layout()
        image = _png(fig)
        plt.close(fig)
        mean = sum(scores) / len(scores)
        body += [f"<h2>{html.escape(assignment)}</h2>",
                 f"<p>{len(rows)} students, mean {mean:.2f} / {max_score:g}, "
                 f"{sum(s == max_score for s in scores)} with full marks.</p>",
                 f"<img alt='score distribution and pass rates of {html.escape(assignment)}' src='{image}'>",
                 "<table><tr><th>test</th><th>pass rate</th><th>most common problems</th></tr>"]
        for name, rate in zip(names, rates):
            problems = Counter(clip(t.message.splitlines()[0], REPORT_CHARS) for t in tests[name] if t.status != "passed" and t.message)
            listed = "".join(f"<li>{c}× {html.escape(m)}</li>" for m, c in problems.most_common(3))
            body.append(f"<tr><td>{html.escape(name)}</td><td>{100 * rate:.0f}%</td><td><ul>{listed}</ul></td></tr>")
        body.append("</table>")
    (out / "report.html").write_text(_page("Class report", "\n".join(body)))
