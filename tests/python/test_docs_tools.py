"""The generators of the documentation site (tools/docs_api.py, docs/_ext/docstring_markup.py).

Fast checks without Sphinx: every public name gets a reference page, the comparison table
agrees with tools/numpy_coverage.py, benchmark tables skip a missing results directory, and
plain-text docstrings are made valid reStructuredText while valid ones are left alone.
"""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

pytest.importorskip("docutils")
import docs_api
import docstring_markup
import numpy_coverage

import dparray as dp


def test_every_public_name_has_one_group():
    rows = docs_api.collect()
    names = [q for _, q, _ in rows]
    assert len(names) == len(set(names))
    groups = {slug for slug, _, _ in docs_api.GROUPS}
    assert all(g in groups for g, _, _ in rows)
    top = {q.removeprefix("dparray.") for q in names if q.count(".") == 1}
    assert {"sum", "add", "asarray", "Device", "Queue", "median", "float32"} <= top
    assert top == set(docs_api._public(dp))
    by = {q: g for g, q, _ in rows}
    assert by["dparray.sum"] == "statistics"
    assert by["dparray.add"] == "elementwise"
    assert by["dparray.linalg.solve"] == "linalg"
    assert by["dparray.kernels.kernel_api.Item"] == "kernels"


def test_api_pages_and_coverage(tmp_path):
    counts = docs_api.write_api(tmp_path)
    assert counts["elementwise"] >= 100
    page = (tmp_path / "generated" / "dparray.sum.rst").read_text()
    assert ".. autofunction:: sum" in page
    alias = (tmp_path / "generated" / "dparray.SyclDevice.rst").read_text()
    assert "Alias of :py:obj:`dparray.Device`" in alias
    have, total = docs_api.write_coverage(tmp_path)
    rows = numpy_coverage.coverage()
    assert (have, total) == (sum(r["dparray"] for r in rows), sum(r["numpy"] for r in rows))
    md = (tmp_path / "coverage.md").read_text()
    differs = md.count("| supported; [differs]")
    assert {"broadcast_to", "squeeze", "clip"} <= docs_api.documented_differences()
    assert differs >= 3
    assert md.count("| supported |") + differs == have
    assert md.count("| not supported |") == total - have


def test_benchmark_tables(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    docs_api.write_benchmarks(out, tmp_path / "absent")
    assert "No results" in (out / "benchmarks.md").read_text()
    res = tmp_path / "results"
    res.mkdir()
    cases = [{"op": "add", "n": 1024, "dparray_s": 1.5e-6, "numpy_s": 3e-6}]
    (res / "core.json").write_text(json.dumps({"bandwidth_GBps": 34.0, "cases": cases}))
    (res / "broken.json").write_text("{")
    docs_api.write_benchmarks(out, res)
    md = (out / "benchmarks.md").read_text()
    assert "| op | n | dparray_s | numpy_s |" in md
    assert "| add | 1024 | 1.5e-06 | 3e-06 |" in md
    assert "Skipped: broken.json" in md


def test_plain_docstrings_become_valid_rst():
    lines = ["Elementwise |a - b| <= atol; `x*y` and *args, see numpy.ix_ (NumPy)."]
    assert docstring_markup._problems("\n".join(lines))
    docstring_markup.process(None, "function", "f", None, {}, lines)
    assert not docstring_markup._problems("\n".join(lines))
    assert "``x*y``" in lines[0]


def test_valid_rst_docstrings_are_left_alone():
    lines = ["Sum of *x* over ``axis``; see :func:`dparray.prod`.", "", "Parameters", "----------"]
    before = list(lines)
    docstring_markup.process(None, "function", "f", None, {}, lines)
    assert lines == before
