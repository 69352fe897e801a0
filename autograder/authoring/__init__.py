"""Instructor side: turn solutions/ into what students get (the release, the handout)."""
