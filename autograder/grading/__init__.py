"""Instructor side: grade a class of submissions (`python -m autograder.grading`, i.e. `make grade`)."""
