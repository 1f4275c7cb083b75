"""Docstrings of dparray's C++-bound utilities routines (keys: see dparray/_docstrings)."""

DOCS = {}
