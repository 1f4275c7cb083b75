"""Docstrings of dparray's C++-bound program routines (keys: see dparray/_docstrings)."""

DOCS = {}
