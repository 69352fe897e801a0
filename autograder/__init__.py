"""The course's Python package.

Student side: `checks` (what test cells import) and `validate` (`make validate`); these
are all a student's copy (the handout) carries. Instructor side: `course`, `authoring/`
(release and handout) and `grading/` (`make grade`).
"""
