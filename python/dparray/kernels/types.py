"""Kernel types: scalar dtypes (NumPy names), arrays, index-space objects, tuples.

Scalar types are NumPy dtype names ('int64', 'float32', ...). Literals in the source are
"weak" ('weak_int', 'weak_float', 'weak_complex') and take the type of the other operand,
as Python scalars do in NumPy 2.
"""

from dataclasses import dataclass
from functools import cache

import numpy as np

SCALARS = (
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
)
WEAK = {"weak_int": "int64", "weak_float": "float64", "weak_complex": "complex128"}
_WEAK_SAMPLE = {"weak_int": 1, "weak_float": 1.0, "weak_complex": 1j}


def is_scalar(t):
    return isinstance(t, str) and (t in SCALARS or t in WEAK)


def strong(t):
    return WEAK.get(t, t)


def kind(t):
    """'b', 'i', 'u', 'f' or 'c'."""
    return np.dtype(strong(t)).kind


def is_int(t):
    return is_scalar(t) and kind(t) in "iu"


def is_float(t):
    return is_scalar(t) and kind(t) == "f"


def is_complex(t):
    return is_scalar(t) and kind(t) == "c"


def bits(t):
    return np.dtype(strong(t)).itemsize * 8


def real_of(t):
    """The component type of a complex type (float32 for complex64)."""
    return {"complex64": "float32", "complex128": "float64"}[strong(t)]


def _operand(t):
    if t in WEAK:
        return _WEAK_SAMPLE[t]
    return np.ones(1, dtype=t)


@cache
def result_type(op, a, b=None):
    """The NumPy 2 result dtype name of ufunc `op` on operand types a (and b), or None if NumPy has no loop."""
    f = getattr(np, op)
    if a in WEAK and (b is None or b in WEAK):
        # Two Python scalars: Python's own arithmetic decides (int op int -> int, ...).
        x = _WEAK_SAMPLE[a]
        y = None if b is None else _WEAK_SAMPLE[b]
        try:
            with np.errstate(all="ignore"):
                r = f(x) if b is None else f(x, y)
        except TypeError:
            return None
        t = np.asarray(r).dtype.name
        if t == "int64" and op not in ("true_divide",):
            return "weak_int"
        if t == "float64":
            return "weak_float"
        if t == "complex128":
            return "weak_complex"
        return t
    try:
        with np.errstate(all="ignore"):
            r = f(_operand(a)) if b is None else f(_operand(a), _operand(b))
    except TypeError:
        return None
    return np.asarray(r).dtype.name


def promote(a, b):
    """The common type of a and b (NumPy 2 rules; weak literals adapt)."""
    if a == b:
        return a
    return result_type("add", a, b) if not (a == "bool" and b == "bool") else "bool"


def join(a, b):
    """The type of a variable assigned values of types a and b."""
    if a is None:
        return b
    if b is None or a == b:
        return a
    if is_scalar(a) and is_scalar(b):
        if a == "bool" or b == "bool":
            if a == "bool" and b == "bool":
                return "bool"
            other = b if a == "bool" else a
            return strong(other)
        return strong(promote(a, b))
    return None


@dataclass(frozen=True)
class ArrayType:
    dtype: str
    ndim: int
    space: str = "global"  # 'global', 'local' (LocalAccessor) or 'private' (PrivateArray)
    contig: bool = False  # C-contiguous: strides follow from the shape
    shape: tuple = None  # constant shape (private arrays)

    def __str__(self):
        c = ", C" if self.contig else ""
        return f"array({self.dtype}, {self.ndim}d{c}, {self.space})"


@dataclass(frozen=True)
class IndexType:
    """An Item ('item'), NdItem ('nditem') or Group ('group') of ndim dimensions."""

    what: str
    ndim: int

    def __str__(self):
        return {"item": "Item", "nditem": "NdItem", "group": "Group"}[self.what] + f"({self.ndim})"


@dataclass(frozen=True)
class TupleType:
    items: tuple

    def __str__(self):
        return "tuple(" + ", ".join(str(t) for t in self.items) + ")"


@dataclass(frozen=True)
class LocalAccessorArg:
    """The launch-time type of a LocalAccessor argument."""

    dtype: str
    ndim: int


def type_name(t):
    return t if isinstance(t, str) else str(t)
