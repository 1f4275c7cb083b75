"""Every public function, class, method and property has a NumPy-style docstring whose
examples run.

The names are those of the API reference (tools/docs_api.py). A function or method documents
its Parameters (when it takes any), what it Returns (unless it returns None) and has an
Examples section; a class has a description and, unless it is an exception, Examples; a
property has a description. Every example runs as a doctest on the default device.
"""

import doctest
import inspect
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import docs_api
import docstring_markup

import dparray as dp

SKIPPED_TYPES = ("_tuplegetter", "member_descriptor", "getset_descriptor", "dtype")


def _members(qualname, cls):
    for name, value in sorted(vars(cls).items()):
        if name.startswith("_") or type(value).__name__ in SKIPPED_TYPES:
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, property) or callable(value):
            yield f"{qualname}.{name}", value


def documented():
    """[(qualname, obj)] for each public object once (aliases left out), with class members."""
    out, seen = [], set()
    for _, qualname, obj in docs_api.collect():
        if id(obj) in seen or type(obj).__name__ in SKIPPED_TYPES:
            continue
        if not (callable(obj) or isinstance(obj, type)):
            continue  # constants
        seen.add(id(obj))
        out.append((qualname, obj))
        if isinstance(obj, type):
            for member in _members(qualname, obj):
                if id(member[1]) not in seen:
                    seen.add(id(member[1]))
                    out.append(member)
    return out


NAMES = documented()


def _doc(obj):
    return inspect.getdoc(obj) or ""


def _takes_parameters(obj):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return True
    names = [p for p in sig.parameters if p not in ("self", "cls")]
    return bool(names)


def _returns_none(obj):
    try:
        ann = inspect.signature(obj).return_annotation
    except (TypeError, ValueError):
        return False
    return ann is None or ann == "None"


def problems(qualname, obj):
    """What the docstring of obj lacks (empty when it is complete)."""
    doc = _doc(obj)
    body = "\n".join(
        ln for ln in doc.splitlines() if not ln.startswith(qualname.split(".")[-1] + "(")
    )
    if isinstance(obj, property):
        return [] if body.strip() and not body.lstrip().startswith("(self)") else ["description"]
    if isinstance(obj, type):
        missing = [] if body.strip() else ["description"]
        if not issubclass(obj, BaseException) and "Examples\n--------" not in doc:
            missing.append("Examples")
        return missing
    missing = []
    if _takes_parameters(obj) and "Parameters\n----------" not in doc:
        missing.append("Parameters")
    if not _returns_none(obj) and not any(
        f"{s}\n{'-' * len(s)}" in doc for s in ("Returns", "Yields")
    ):
        missing.append("Returns")
    if "Examples\n--------" not in doc or ">>>" not in doc:
        missing.append("Examples")
    return missing


def test_the_reference_lists_the_whole_surface():
    names = {q for q, _ in NAMES}
    assert len(names) > 800
    for q in ("dparray.sum", "dparray.add", "dparray.ndarray.shape", "dparray.Queue.wait"):
        assert q in names


def test_every_public_name_is_documented():
    lacking = {q: p for q, obj in NAMES if (p := problems(q, obj))}
    listing = "\n".join(f"{q}: {', '.join(p)}" for q, p in sorted(lacking.items()))
    assert not lacking, f"{len(lacking)} docstrings lack sections:\n{listing}"


def test_problems_finds_what_is_missing():
    def f(x):
        """Does f.

        Parameters
        ----------
        x : int
        """

    assert problems("f", f) == ["Returns", "Examples"]


def rst_problems(doc):
    """reStructuredText errors of a docstring as Sphinx's napoleon renders it."""
    from sphinx.ext.napoleon import Config

    head, _, rest = doc.partition("\n\n")
    if rest and "(" in head and "\n" not in head.strip():  # nanobind's signature line
        doc = rest
    from sphinx.ext.napoleon.docstring import NumpyDocstring

    rst = str(NumpyDocstring(doc, Config(napoleon_use_param=True, napoleon_use_rtype=True)))
    return docstring_markup._problems(rst)


def test_docstrings_render_as_rst():
    pytest.importorskip("sphinx")
    bad = {}
    for q, obj in NAMES:
        doc = _doc(obj)
        sectioned = "Parameters\n----------" in doc or "Examples\n--------" in doc
        if sectioned and (p := rst_problems(doc)):
            bad[q] = p[0]
    listing = "\n".join(f"{q}: {p}" for q, p in sorted(bad.items()))
    assert not bad, f"{len(bad)} docstrings are not valid reStructuredText:\n{listing}"


EXAMPLES = [(q, obj) for q, obj in NAMES if ">>>" in _doc(obj)]


@pytest.mark.parametrize("qualname,obj", EXAMPLES, ids=[q for q, _ in EXAMPLES])
def test_examples_run(qualname, obj):
    parser = doctest.DocTestParser()
    test = parser.get_doctest(_doc(obj), {"dp": dp, "np": np}, qualname, None, 0)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    runner = doctest.DocTestRunner(optionflags=flags)
    out = []
    with np.printoptions(legacy=False):
        runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


if __name__ == "__main__":
    # python test_docstrings.py PREFIX...: what the docstrings of those names lack, and
    # their examples' doctest failures (names as dparray.sum, dparray.ndarray.).
    prefixes = tuple(sys.argv[1:]) or ("dparray.",)
    todo = 0
    for q, obj in NAMES:
        if not q.startswith(prefixes):
            continue
        if p := problems(q, obj):
            todo += 1
            print(f"{q}: lacks {', '.join(p)}")
        if "Parameters\n----------" in _doc(obj) and (bad := rst_problems(_doc(obj))):
            todo += 1
            print(f"{q}: not valid reStructuredText: {bad[0]}")
        if ">>>" in _doc(obj):
            try:
                test_examples_run(q, obj)
            except AssertionError as e:
                todo += 1
                print(f"{q}: example fails\n{e}")
    print(f"{todo} to do")
