"""Docstrings of dparray's C++-bound indexing routines (keys: see dparray/_docstrings)."""

DOCS = {}
