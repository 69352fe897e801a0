"""`make lab-instructor`: the instructor's JupyterLab, with all of nbgrader's tools (Create Assignment,
formgrader) and formgrader on the graded course of OUT.

    python -m autograder.grading.instructor_lab OUT [jupyter lab options]

When OUT holds a `make grade` run (OUT/course, nbgrader's course folder with its gradebook),
formgrader shows every student's submission and scores, and lets you look at a notebook and
override a score or leave a comment; `make rewrite OUT=...` then re-writes the CSVs, feedback
and LMS files. JupyterLab opens on the folder that holds both the repository and OUT/course
(formgrader needs its course inside the lab's folder). Without a graded OUT, it opens the
repository for authoring (Create Assignment on solutions/), with formgrader off.
"""
import os
import sys
from pathlib import Path

from .. import course
from ..lab import OFF_IN_LAB, OFF_ON_SERVER, config_dir, launch


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out, rest = (argv[0], argv[1:]) if argv and not argv[0].startswith("-") else ("grading-output", argv)
    course_dir = Path(out).resolve() / "course"
    if (course_dir / "gradebook.db").is_file():
        root = Path(os.path.commonpath([course.REPO, course_dir]))
        print(f"Formgrader on {course_dir}; JupyterLab on {root}.", file=sys.stderr)
        # formgrader reads nbgrader_config.py from the folder it starts in: the course's own.
        launch(None, [f"--ServerApp.root_dir={root}", *rest], cwd=course_dir)
    print(f"note: {out} holds no graded course (no {course_dir}/gradebook.db): formgrader is off. "
          f"Run `make grade SUBMISSIONS=... OUT={out}` to grade, then `make lab-instructor OUT={out}`.",
          file=sys.stderr)
    off = [p for p in OFF_IN_LAB if p != "create-assignment"]   # its panel is in the right sidebar
    launch(config_dir("authoring", off, OFF_ON_SERVER), [f"--ServerApp.root_dir={course.REPO}", *rest])


if __name__ == "__main__":
    main()
