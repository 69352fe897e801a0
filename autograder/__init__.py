"""Checks for the course's test cells (`autograder.checks`) and the instructor's tools."""
