"""What a global or closure name of a kernel refers to, decided once at compile time."""

import builtins
import math
import types as pytypes
from enum import IntEnum

import numpy as np

from . import index_space, memory, ranges
from .types import SCALARS

MATH_UNARY = {
    "fabs",
    "exp",
    "expm1",
    "sqrt",
    "log",
    "log1p",
    "log10",
    "log2",
    "sin",
    "cos",
    "tan",
    "sinh",
    "cosh",
    "tanh",
    "asin",
    "acos",
    "atan",
    "asinh",
    "acosh",
    "atanh",
    "floor",
    "ceil",
    "trunc",
    "radians",
    "degrees",
    "erf",
    "erfc",
    "gamma",
    "lgamma",
    "exp2",
    "cbrt",
}
MATH_BINARY = {"atan2", "copysign", "fmod", "pow", "hypot"}
MATH_PRED = {"isnan", "isinf", "isfinite"}
MATH_CONST = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf, "nan": math.nan}
BUILTINS = {"abs", "min", "max", "int", "float", "bool", "len", "range", "print", "complex"}

_KAPI = {
    memory.group_barrier: "group_barrier",
    memory.atomic_fence: "atomic_fence",
    memory.AtomicRef: "AtomicRef",
    memory.PrivateArray: "PrivateArray",
    memory.LocalAccessor: "LocalAccessor",
    memory.MemoryOrder: "MemoryOrder",
    memory.MemoryScope: "MemoryScope",
    memory.AddressSpace: "AddressSpace",
    index_space.Item: "Item",
    index_space.NdItem: "NdItem",
    index_space.Group: "Group",
    ranges.Range: "Range",
    ranges.NdRange: "NdRange",
}
_MATH_FUNCS = {
    getattr(math, n): n for n in MATH_UNARY | MATH_BINARY | MATH_PRED if hasattr(math, n)
}
_NP_TYPES = {getattr(np, n): n for n in SCALARS}
_NP_TYPES[np.bool_] = "bool"


def describe(value):
    """A (kind, payload) pair for a global value, or None when it cannot be used in a kernel."""
    from .dispatch import DeviceFunction, Kernel  # late: dispatch imports the frontend

    if isinstance(value, bool):
        return ("const", value)
    if isinstance(value, (int, float, complex)):
        return ("const", value)
    if isinstance(value, IntEnum):
        return ("const", int(value))
    if isinstance(value, np.generic) and value.dtype.name in SCALARS:
        return ("const", value)
    if isinstance(value, pytypes.ModuleType):
        return ("module", value)
    if isinstance(value, (DeviceFunction,)):
        return ("devfn", value)
    if isinstance(value, Kernel):
        return ("kernelfn", value)
    try:
        if value in _KAPI:
            return ("kapi", _KAPI[value])
        if value in _MATH_FUNCS:
            return ("mathfn", _MATH_FUNCS[value])
        if value in _NP_TYPES:
            return ("dtype", _NP_TYPES[value])
    except TypeError:  # unhashable
        pass
    if isinstance(value, np.dtype) and value.name in SCALARS:
        return ("dtype", value.name)
    for n in BUILTINS:
        if value is getattr(builtins, n):
            return ("builtin", n)
    return None


def module_attr(mod, name):
    """A module attribute as describe() sees it."""
    if mod is math:
        if name in MATH_CONST:
            return ("const", MATH_CONST[name])
        if name in MATH_UNARY | MATH_BINARY | MATH_PRED:
            return ("mathfn", name)
        return None
    if not hasattr(mod, name):
        return None
    return describe(getattr(mod, name))
