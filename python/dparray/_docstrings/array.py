"""Docstrings of dparray's C++-bound array routines (keys: see dparray/_docstrings)."""

DOCS = {}
