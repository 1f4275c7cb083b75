"""Docstrings of dparray's C++-bound devices routines (keys: see dparray/_docstrings)."""

DOCS = {}
