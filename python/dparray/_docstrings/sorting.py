"""Docstrings of dparray's C++-bound sorting routines (keys: see dparray/_docstrings)."""

DOCS = {}
