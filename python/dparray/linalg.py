"""dparray.linalg: the Array API linear algebra names. The products run in C++; the norms
are compositions of elementwise ops and reductions, so they run on the array's device."""

import math

from . import _core
from ._core import matmul, matrix_transpose, outer, tensordot, vecdot

__all__ = ["matmul", "matrix_norm", "matrix_transpose", "norm", "outer", "tensordot", "vecdot",
           "vector_norm"]


def _inexact(x):
    """x itself when floating or complex, else x as the device's default float (as NumPy)."""
    if not isinstance(x, _core.ndarray):
        raise TypeError(f"[norm] expected a dparray.ndarray, not {type(x).__name__}")
    if x.dtype.kind in "fc":
        return x
    return x.astype(_core.float64 if x.sycl_device.has_aspect_fp64 else _core.float32)


def _axes(axis, ndim):
    axes = tuple(a + ndim if a < 0 else a for a in axis)
    for a, given in zip(axes, axis):
        if not 0 <= a < ndim:
            raise IndexError(f"[norm] axis {given} is out of bounds for array of dimension {ndim}")
    if len(set(axes)) != len(axes):
        raise ValueError(f"[norm] duplicate axes given: {axis}")
    return axes


def _vector(x, o, axes, keepdims):
    a = _core.abs(x)
    if o is None or o == 2:
        return _core.sqrt(_core.sum(a * a, axis=axes, keepdims=keepdims))
    if isinstance(o, str):  # NumPy raises ValueError for 'fro' / 'nuc' on vectors
        raise ValueError(f"[norm] invalid norm order {o!r} for vectors")  # noqa: TRY004
    if o == math.inf:
        return _core.max(a, axis=axes, keepdims=keepdims)
    if o == -math.inf:
        return _core.min(a, axis=axes, keepdims=keepdims)
    if o == 0:
        return _core.sum(x != 0, axis=axes, keepdims=keepdims).astype(a.dtype)
    if o == 1:
        return _core.sum(a, axis=axes, keepdims=keepdims)
    return _core.sum(a**o, axis=axes, keepdims=keepdims) ** (1.0 / o)


def _matrix(x, o, axes, keepdims):
    row, col = axes
    if o is None or o == "fro":
        return _vector(x, 2, axes, keepdims)
    a = _core.abs(x)
    if o in (1, -1):
        r = _core.sum(a, axis=row, keepdims=True)
        r = (_core.max if o == 1 else _core.min)(r, axis=col, keepdims=True)
    elif o in (math.inf, -math.inf):
        r = _core.sum(a, axis=col, keepdims=True)
        r = (_core.max if o > 0 else _core.min)(r, axis=row, keepdims=True)
    elif o in (2, -2, "nuc"):
        raise NotImplementedError(f"[norm] ord={o!r} needs singular values, which dparray does "
                                  "not compute yet")
    else:
        raise ValueError(f"[norm] invalid norm order {o!r} for matrices")
    return r if keepdims else _core.squeeze(r, axis=axes)


def norm(x, ord=None, axis=None, keepdims=False):
    """numpy.linalg.norm: vector norms (any ord) and the Frobenius, 1, -1, inf and -inf matrix
    norms, over axis (None, an int or a pair)."""
    x = _inexact(x)
    if axis is None:
        if ord is None:
            return _vector(x, 2, None, keepdims)
        if x.ndim not in (1, 2):
            raise ValueError(f"[norm] ord={ord!r} needs a 1-D or 2-D array or an axis, got "
                             f"{x.ndim} dimensions")
        axis = tuple(range(x.ndim))
    elif isinstance(axis, int):
        axis = (axis,)
    axes = _axes(tuple(axis), x.ndim)
    if len(axes) == 1:
        return _vector(x, ord, axes, keepdims)
    if len(axes) == 2:
        return _matrix(x, ord, axes, keepdims)
    raise ValueError(f"[norm] axis must name 1 or 2 dimensions, got {axis}")


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    """Array API vector_norm: the ord-norm over axis (None: all elements, flattened)."""
    x = _inexact(x)
    axes = None if axis is None else _axes((axis,) if isinstance(axis, int) else tuple(axis),
                                           x.ndim)
    return _vector(x, ord, axes, keepdims)


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    """Array API matrix_norm over the last two axes."""
    x = _inexact(x)
    if x.ndim < 2:
        raise ValueError(f"[matrix_norm] x must be at least 2-D, got shape {x.shape}")
    return _matrix(x, ord, (x.ndim - 2, x.ndim - 1), keepdims)
