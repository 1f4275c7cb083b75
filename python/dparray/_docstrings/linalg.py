"""Docstrings of dparray's C++-bound linalg routines (keys: see dparray/_docstrings)."""

DOCS = {}
