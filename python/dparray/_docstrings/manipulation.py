"""Docstrings of dparray's C++-bound manipulation routines (keys: see dparray/_docstrings)."""

DOCS = {}
