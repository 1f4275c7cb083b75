"""Docstrings of dparray's C++-bound creation routines (keys: see dparray/_docstrings)."""

DOCS = {}
