"""Docstrings of dparray's C++-bound elementwise routines (keys: see dparray/_docstrings)."""

DOCS = {}
