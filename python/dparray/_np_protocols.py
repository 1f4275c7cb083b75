"""NumPy's __array_function__ protocol (NEP 18) for dparray.ndarray.

numpy.f(x, ...) with a dparray array x runs the dparray function of the same name from the
matching namespace (numpy -> dparray, numpy.linalg -> dparray.linalg, numpy.fft -> dparray.fft),
found by name on first use and cached, so functions added to dparray later are picked up.
Where dparray has no such function the answer is NotImplemented, and NumPy raises TypeError
instead of computing on a host copy. Ufuncs go through __array_ufunc__ (C++, init_ufunc.cpp).
"""

import importlib
import sys

from ._core import ndarray as _ndarray

__all__ = []

_NAMESPACES = {"numpy": "dparray", "numpy.linalg": "dparray.linalg", "numpy.fft": "dparray.fft"}
_cache = {}


def _resolve(func):
    """The dparray function standing for NumPy's func, or None."""
    target = None
    module = _NAMESPACES.get(getattr(func, "__module__", None))
    name = getattr(func, "__name__", None)
    if module and isinstance(name, str):
        try:
            target = getattr(importlib.import_module(module), name, None)
        except ImportError:
            target = None
    if target is func or not callable(target):
        target = None
    try:
        _cache[func] = target
    except TypeError:  # unhashable: looked up on every call
        pass
    return target


def _array_function(self, func, types, args, kwargs):
    try:
        target = _cache[func]
    except (KeyError, TypeError):
        target = _resolve(func)
    if target is None:
        return NotImplemented
    known = (_ndarray, sys.modules["numpy"].ndarray)  # NumPy is loaded: it is calling us
    for t in types:
        if not issubclass(t, known):
            return NotImplemented  # another library's array: let it answer
    return target(*args, **kwargs)


_ndarray.__array_function__ = _array_function
