"""Sampling helpers shared by RandomState and Generator: choice, permutations, multivariate
draws. Each composes device draws (_core.RandomState) with dparray ops, so the data stays
on its device; small parameter vectors (pvals, alpha, colors) are read on the host.
"""

import math
import operator
import warnings

import numpy as np

from . import _core
from . import _random_dists as D

_I64_KEYS = 1 << 62


def shape_of(size, op):
    s = D._size_shape(size, op)
    return () if s is None else s


def _queue_kw(arrays, place):
    return D._placement(arrays, place)


def permutation_index(rs, n, place):
    """A uniformly random permutation of range(n) (int64): argsort of random 62-bit keys."""
    keys = rs.randint(0, _I64_KEYS, n, "int64", **place)
    return _core.argsort(keys, stable=True)


def is_int_like(x):
    """An integer argument (Python int, NumPy integer or 0-d integer array), not a sequence:
    NumPy arrays of any size have __index__ (it raises for the non-scalar ones)."""
    return not D._is_array(x) and hasattr(x, "__index__") and np.ndim(x) == 0


def permutation(rs, x, axis, place, op="permutation"):
    if not D._is_array(x):
        if is_int_like(x):
            n = operator.index(x)
            if n < 0:
                raise ValueError(f"[{op}] x must be a non-negative integer, got {n}")
            return permutation_index(rs, n, place)
        x = _core.asarray(x, **{k: v for k, v in place.items() if v is not None})
    if x.ndim == 0:
        raise IndexError(f"[{op}] x must be an integer or at least 1-dimensional")
    axis = _core._normalize_axis(axis, x.ndim, op)
    perm = permutation_index(rs, x.shape[axis], {"sycl_queue": x.sycl_queue})
    return _core.take(x, perm, axis=axis)


def shuffle(rs, x, axis, op="shuffle"):
    """Shuffles x in place along axis (a dparray array, or a mutable Python sequence)."""
    if D._is_array(x):
        if x.ndim == 0:
            raise TypeError(f"[{op}] a 0-d array cannot be shuffled")
        x[...] = permutation(rs, x, axis, {}, op)
        return
    raise TypeError(f"[{op}] x must be a dparray array (shuffled in place), not {type(x).__name__}")


def permuted(rs, x, axis, out, op="permuted"):
    """Each slice along axis (all elements for axis=None) shuffled independently."""
    if not D._is_array(x):
        x = _core.asarray(x)
    if axis is None:
        flat = _core.reshape(x, (-1,))
        res = _core.reshape(
            _core.take(flat, permutation_index(rs, flat.size, {"sycl_queue": x.sycl_queue})),
            x.shape,
        )
    else:
        axis = _core._normalize_axis(axis, x.ndim, op)
        keys = rs.randint(0, _I64_KEYS, tuple(x.shape), "int64", sycl_queue=x.sycl_queue)
        order = _core.argsort(keys, axis=axis, stable=True)
        res = _core.take_along_axis(x, order, axis=axis)
    if out is None:
        return res
    if tuple(out.shape) != tuple(x.shape):
        raise ValueError(
            f"[{op}] out must have the shape of x {tuple(x.shape)}, got {tuple(out.shape)}"
        )
    out[...] = res
    return out


def _probabilities(p, n, op):
    p_host = np.asarray(_core.asnumpy(p) if D._is_array(p) else p, dtype=np.float64)
    if p_host.ndim != 1:
        raise ValueError(f"[{op}] p must be 1-dimensional")
    if p_host.size != n:
        raise ValueError(f"[{op}] a and p must have same size ({n} != {p_host.size})")
    if np.any(np.isnan(p_host)) or np.any(p_host < 0):
        raise ValueError(f"[{op}] probabilities are not non-negative")
    if abs(p_host.sum() - 1.0) > math.sqrt(np.finfo(np.float64).eps):
        raise ValueError(f"[{op}] probabilities do not sum to 1 (sum = {p_host.sum()!r})")
    return p_host


def choice(rs, a, size, replace, p, axis, place, op="choice", shuffle_result=True):
    """NumPy's choice: from range(a) or along axis of array a, with or without replacement."""
    if not is_int_like(a):
        arr = (
            a
            if D._is_array(a)
            else _core.asarray(a, **{k: v for k, v in place.items() if v is not None})
        )
        if arr.ndim == 0:
            raise ValueError(f"[{op}] a must be a positive integer or at least 1-dimensional")
        n = arr.shape[axis]
        place = {"sycl_queue": arr.sycl_queue}
    else:
        arr = None
        n = operator.index(a)
        if n < 0:
            raise ValueError(
                f"[{op}] a must be a positive integer unless no samples are taken, got {n}"
            )
    shape = shape_of(size, op)
    k = math.prod(shape)
    if n == 0 and k > 0:
        raise ValueError(f"[{op}] a cannot be empty unless no samples are taken")
    ph = None if p is None else _probabilities(p, n, op)
    if replace:
        if ph is None:
            idx = (
                rs.randint(0, max(n, 1), shape, "int64", **place)
                if k
                else _core.zeros(shape, dtype=_core.int64, **place)
            )
        else:
            cdf = np.cumsum(ph)
            cdf /= cdf[-1]
            cdf_d = _core.asarray(cdf, **{kk: v for kk, v in place.items() if v is not None})
            real = D.real_dtype(cdf_d.sycl_queue)  # float32 on a device without float64
            cdf_d = _core.astype(cdf_d, real)
            u = rs.random_sample(shape, dtype=real, **place)
            idx = _core.minimum(_core.searchsorted(cdf_d, u, side="right"), n - 1)
    else:
        if k > n:
            raise ValueError(
                f"[{op}] Cannot take a larger sample than population when replace is False"
            )
        if ph is None:
            perm = permutation_index(rs, n, place)
        else:
            if np.count_nonzero(ph) < k:
                raise ValueError(f"[{op}] Fewer non-zero entries in p than size")
            # Successive weighted sampling: the k smallest of E_i / p_i (exponential race).
            pd = _core.asarray(ph, **{kk: v for kk, v in place.items() if v is not None})
            pd = _core.astype(pd, D.real_dtype(pd.sycl_queue))
            e = D.standard_exponential(rs, (n,), pd.dtype, place)
            perm = _core.argsort(e / pd, stable=True)
        idx = _core.reshape(perm[:k], shape)
        if not shuffle_result and k > 1:
            idx = _core.reshape(_core.sort(perm[:k]), shape)
    if arr is None:
        return idx
    if not shape:
        return _core.take(arr, _core.reshape(idx, (1,)), axis=axis)[
            (slice(None),) * (axis % arr.ndim) + (0,)
        ]
    flat = _core.take(arr, _core.reshape(idx, (-1,)), axis=axis)
    ax = axis % arr.ndim
    return _core.reshape(flat, tuple(arr.shape[:ax]) + shape + tuple(arr.shape[ax + 1 :]))


def random_bytes(rs, length, op="bytes"):
    try:
        n = operator.index(length)
    except TypeError:
        raise TypeError(f"[{op}] length must be an integer, not {type(length).__name__}") from None
    if n < 0:
        raise ValueError(f"[{op}] length must be non-negative, got {n}")
    return _core.asnumpy(rs.randint(0, 256, n, "uint8")).tobytes()


def _host_vector(v, op, name):
    try:
        h = np.asarray(_core.asnumpy(v) if D._is_array(v) else v, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(
            f"[{op}] {name} must be a sequence of real numbers, not {type(v).__name__}"
        ) from None
    if h.ndim != 1:
        raise ValueError(f"[{op}] {name} must be 1-dimensional")
    return h


def multinomial(rs, n, pvals, size, place, op="multinomial"):
    """Counts of each of K outcomes in n trials: K - 1 conditional binomials."""
    ph = _host_vector(pvals, op, "pvals")
    if np.any(ph < 0) or np.any(ph > 1) or np.any(np.isnan(ph)):
        raise ValueError(f"[{op}] pvals < 0, pvals > 1 or pvals contains NaNs")
    if ph[:-1].sum() > 1.0 + 1e-12:
        raise ValueError(f"[{op}] sum(pvals[:-1]) > 1.0")
    nn = D._int_param(n, op)
    D.check(op, nn, lambda v: v < 0, "n < 0")
    shape = D._size_shape(size, op)
    if shape is None:
        shape = tuple(nn.shape) if D._is_array(nn) else np.shape(nn)
    place = D._placement([nn], place)
    qkw = {k: v for k, v in place.items() if v is not None}
    remaining = _core.copy(_core.broadcast_to(_core.asarray(nn, dtype=_core.int64, **qkw), shape))
    counts = []
    rest = 1.0
    for pk in ph[:-1]:
        q = 0.0 if rest <= 0 else min(max(pk / rest, 0.0), 1.0)
        xk = D.binomial(rs, remaining, q, shape, {})
        counts.append(xk)
        remaining = remaining - xk
        rest -= pk
    counts.append(remaining)
    return _core.stack(counts, axis=-1)


def dirichlet(rs, alpha, size, place, op="dirichlet", allow_zero=False):
    ah = _host_vector(alpha, op, "alpha")
    if allow_zero:
        if np.any(ah < 0) or np.any(np.isnan(ah)):
            raise ValueError(f"[{op}] alpha < 0")
    elif np.any(ah <= 0) or np.any(np.isnan(ah)):
        raise ValueError(f"[{op}] alpha <= 0")
    shape = shape_of(size, op) + (ah.size,)
    g = D.standard_gamma(rs, ah, shape, None, place, op)
    return g / _core.sum(g, axis=-1, keepdims=True)


def multivariate_normal(
    rs, mean, cov, size, check_valid, tol, method, place, op="multivariate_normal"
):
    """mean + z @ A with A A^T = cov from the SVD, Cholesky or eigen decomposition of cov."""
    from . import linalg

    if check_valid not in ("warn", "raise", "ignore"):
        raise ValueError(f"[{op}] check_valid must equal 'warn', 'raise', or 'ignore'")
    if method not in ("svd", "eigh", "cholesky"):
        raise ValueError(f"[{op}] method must be one of {{'eigh', 'svd', 'cholesky'}}")
    place = D._placement([mean, cov], place)
    qkw = {k: v for k, v in place.items() if v is not None}
    m = mean if D._is_array(mean) else _core.asarray(mean, **qkw)
    real = D.real_dtype(m.sycl_queue)  # float32 on a device without float64
    if not D._is_array(mean):
        m = _core.astype(m, real)
    c = _core.asarray(cov, dtype=real, sycl_queue=m.sycl_queue)
    if m.ndim != 1:
        raise ValueError(f"[{op}] mean must be 1 dimensional")
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise ValueError(f"[{op}] cov must be 2 dimensional and square")
    if m.shape[0] != c.shape[0]:
        raise ValueError(f"[{op}] mean and cov must have same length")
    d = m.shape[0]
    if method == "cholesky":
        factor = _core.matrix_transpose(linalg.cholesky(c))
    elif method == "eigh":
        w, v = linalg.eigh(c)
        psd = bool(_core.all(w >= -tol))
        factor = _core.matrix_transpose(v * _core.sqrt(_core.maximum(w, 0.0)))
    else:
        _u, s, vh = linalg.svd(c)
        factor = _core.reshape(_core.sqrt(s), (d, 1)) * vh
        from . import allclose

        # In float32 (a device without float64) the SVD reconstructs cov to ~1e-7 only.
        t = tol if real == _core.float64 else max(tol, 64 * float(np.finfo(np.float32).eps))
        psd = allclose(_core.matmul(_core.matrix_transpose(factor), factor), c, rtol=t, atol=t)
    if method != "cholesky" and check_valid != "ignore" and not psd:
        msg = f"[{op}] covariance is not symmetric positive-semidefinite."
        if check_valid == "raise":
            raise ValueError(msg)
        warnings.warn(msg, RuntimeWarning, stacklevel=3)
    shape = shape_of(size, op) + (d,)
    z = rs.standard_normal(shape, dtype=real, sycl_queue=m.sycl_queue)
    return _core.matmul(z, factor) + m


def multivariate_hypergeometric(
    rs, colors, nsample, size, method, place, op="multivariate_hypergeometric"
):
    """Counts of each color in nsample draws without replacement: one hypergeometric per color."""
    if method not in ("count", "marginals"):
        raise ValueError(f'[{op}] method must be "count" or "marginals", got {method!r}')
    ch = np.asarray(_core.asnumpy(colors) if D._is_array(colors) else colors)
    if ch.ndim != 1 or (ch.size and ch.dtype.kind not in "iu"):
        raise ValueError(
            f"[{op}] colors must be a one-dimensional sequence of nonnegative integers"
        )
    ch = ch.astype(np.int64)
    if np.any(ch < 0):
        raise ValueError(f"[{op}] colors must be nonnegative")
    nsample = operator.index(nsample)
    if nsample < 0:
        raise ValueError(f"[{op}] nsample must be nonnegative")
    total = int(ch.sum())
    if nsample > total:
        raise ValueError(f"[{op}] nsample > sum(colors)")
    if total >= 1_000_000_000:
        raise ValueError(f"[{op}] sum(colors) must not exceed 1000000000")
    shape = shape_of(size, op)
    remaining = _core.full(
        shape, float(nsample), **{k: v for k, v in place.items() if v is not None}
    )
    counts = []
    rest = total
    for c in ch[:-1] if ch.size else []:
        rest -= int(c)
        xk = D.hypergeometric(rs, float(c), float(rest), remaining, shape, {}, op, min_sample=0)
        counts.append(xk)
        remaining = remaining - xk
    if ch.size:
        counts.append(_core.astype(remaining, _core.int64))
        return _core.stack(counts, axis=-1)
    return _core.zeros(
        shape + (0,), dtype=_core.int64, **{k: v for k, v in place.items() if v is not None}
    )
