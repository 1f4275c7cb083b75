"""Docstrings of dparray's C++-bound random routines (keys: see dparray/_docstrings)."""

DOCS = {}
