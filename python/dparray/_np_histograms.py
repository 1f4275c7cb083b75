"""NumPy's counting functions over dparray ops: bincount, digitize, histogram, histogram2d,
histogramdd and histogram_bin_edges. Counting runs on the backend's histogram primitive; only
bins, range and autodetected edges are read back."""

import math
import operator
import warnings

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np
from ._np_quantiles import percentile
from ._np_stats_common import (
    _arr,
    _like,
    _nd,
    _npdt,
    _scalar,
    builtins_range,
)

__all__ = [
    "bincount",
    "digitize",
    "histogram",
    "histogram2d",
    "histogram_bin_edges",
    "histogramdd",
]

# ---- counting: bincount, digitize, histograms ---------------------------------------------------


def bincount(x, weights=None, minlength=0):
    """Count the occurrences of each value in an array of non-negative integers.

    Parameters
    ----------
    x : ndarray
        1-D array of non-negative integers (or bool).
    weights : ndarray or array_like, optional
        Weights of `x`'s shape; ``out[n]`` is then the sum of the weights where ``x == n``.
        Host data is copied to `x`'s queue.
    minlength : int, optional
        Minimum number of bins of the result. Default 0.

    Returns
    -------
    ndarray
        Length ``max(max(x) + 1, minlength)``: int64 counts, or float64 weight sums; on
        `x`'s device and queue.

    Raises
    ------
    ValueError
        If `x` is not 1-D, holds negative values, `minlength` is negative, or `weights` has
        another shape.
    TypeError
        If `x` is not a dparray array of integers, or `minlength` is None.

    See Also
    --------
    histogram, unique_counts, digitize

    Notes
    -----
    Counted on the device by the backend's histogram primitive; the minimum and maximum of
    `x` are read back first (they fix the length: a synchronisation point).

    Examples
    --------
    >>> dp.bincount(dp.asarray([0, 1, 1, 3, 2, 1, 7]))
    array([1, 3, 1, 1, 0, 0, 0, 1])
    >>> dp.bincount(dp.asarray([0, 1, 1, 3]), minlength=6)
    array([1, 2, 0, 1, 0, 0])
    >>> dp.bincount(dp.asarray([0, 1, 1, 2]), weights=dp.asarray([0.5, 1., 0.25, 2.]))
    array([0.5 , 1.25, 2.  ])
    """
    op = "bincount"
    x = _arr(x, op)
    if minlength is None:
        raise TypeError(f"{op}: use 0 instead of None for minlength")
    minlength = operator.index(minlength)
    if minlength < 0:
        raise ValueError(f"{op}: 'minlength' must not be negative")
    if x.ndim != 1:
        raise ValueError(
            f"{op}: object {'too deep' if x.ndim > 1 else 'of too small depth'} for desired array"
        )
    if not (_isdtype(x.dtype, "integral") or x.dtype == _core.bool):
        raise TypeError(
            f"{op}: Cannot cast array data from dtype('{x.dtype}') to dtype('int64') according to the rule 'safe'"
        )
    if weights is not None:
        weights = _like(weights, x)
        if weights.shape != x.shape:
            raise ValueError(f"{op}: The weights and list don't have the same length.")
    n = minlength
    if x.size:
        lo, hi = _scalar(_core.min(x)), _scalar(_core.max(x))
        if lo < 0:
            raise ValueError(f"{op}: 'list' argument must have no negative elements")
        n = max(n, int(hi) + 1)
    return _core._histogram_counts(x, weights, None, False, n)


def digitize(x, bins, right=False):
    """Return the indices of the bins to which each value belongs.

    For increasing `bins`, index ``i`` satisfies ``bins[i-1] <= x < bins[i]`` (with
    ``right=True``: ``bins[i-1] < x <= bins[i]``); for decreasing `bins` the inequalities
    are reversed. Values beyond the bins give 0 or ``len(bins)``.

    Parameters
    ----------
    x : ndarray
        Values to bin (a dparray array of real numbers).
    bins : ndarray or array_like
        1-D monotonically increasing or decreasing bin edges (host data is copied to `x`'s
        queue).
    right : bool, optional
        Whether the intervals include their right edge instead of the left one. Default
        False.

    Returns
    -------
    ndarray of int64
        Bin indices of `x`'s shape, on `x`'s device and queue.

    Raises
    ------
    ValueError
        If `bins` is not 1-D or not monotonic.
    TypeError
        If `x` is not a dparray array, or `x` or `bins` is complex.

    See Also
    --------
    searchsorted, bincount, histogram

    Notes
    -----
    Uses :func:`searchsorted` on the device; the monotonicity check reads two flags back (a
    synchronisation point).

    Examples
    --------
    >>> x = dp.asarray([0.2, 6.4, 3.0, 1.6])
    >>> bins = dp.asarray([0.0, 1.0, 2.5, 4.0, 10.0])
    >>> dp.digitize(x, bins)
    array([1, 4, 3, 2])
    >>> dp.digitize(dp.asarray([1., 2.5, 4.]), bins, right=True)
    array([1, 2, 3])
    >>> dp.digitize(x, dp.asarray([10., 4., 2.5, 1., 0.]))
    array([4, 1, 2, 3])
    """
    op = "digitize"
    x = _arr(x, op)
    bins = _like(bins, x)
    if _isdtype(x.dtype, "complex floating") or _isdtype(bins.dtype, "complex floating"):
        raise TypeError(f"{op}: x may not be complex")
    if bins.ndim != 1:
        raise ValueError(f"{op}: bins must be one-dimensional")
    side = "left" if right else "right"
    if bins.shape[0] > 1:
        d = (
            bins[1:] - bins[:-1]
            if bins.dtype != _core.bool
            else _core.astype(bins, _core.int8)[1:] - _core.astype(bins, _core.int8)[:-1]
        )
        inc, dec = bool(_core.all(d >= 0)), bool(_core.all(d <= 0))
        if not inc and not dec:
            raise ValueError(f"{op}: bins must be monotonically increasing or decreasing")
        if dec and not inc:
            return bins.shape[0] - _core.searchsorted(_core.flip(bins), x, side=side)
    return _core.searchsorted(bins, x, side=side)


_ESTIMATORS = ("stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges")


def _bin_width(name, a, rng):
    """NumPy's bin-width estimators on the (range-restricted) data a."""
    n = a.size
    span = rng[1] - rng[0]
    if name == "sqrt":
        return span / math.sqrt(n)
    if name == "sturges":
        return span / (math.log2(n) + 1.0)
    if name == "rice":
        return span / (2.0 * n ** (1.0 / 3))
    if name == "scott":
        return (24.0 * math.pi**0.5 / n) ** (1.0 / 3.0) * _scalar(_core.std(a))
    if name == "fd":
        q = percentile(a, [75, 25])
        iqr = _scalar(q[0] - q[1])
        return 2.0 * iqr * n ** (-1.0 / 3.0)
    if name == "doane":
        if n > 2:
            sg1 = math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
            sigma = _scalar(_core.std(a))
            if sigma > 0.0:
                temp = (a - _core.mean(a)) / sigma
                g1 = _scalar(_core.mean(temp * temp * temp))
                return span / (1.0 + math.log2(n) + math.log2(1.0 + abs(g1) / sg1))
        return 0.0
    if name == "auto":
        fd = _bin_width("fd", a, rng)
        sturges = _bin_width("sturges", a, rng)
        return min(fd, sturges) if fd else sturges
    # stone: minimise the cross-validation estimate over the numbers of bins
    if span == 0:
        return 0.0
    upper = max(100, int(math.sqrt(n)))
    best, best_nbins = None, 1
    for nbins in range(1, upper + 1):
        width = span / nbins
        edges = _np.linspace(rng[0], rng[1], nbins + 1)
        hist = _core.astype(
            _core._histogram_counts(a, None, _like(edges, a), True, nbins), _core.float64
        )
        p_k = hist / n
        val = (2.0 - (n + 1) * _scalar(_core.sum(p_k * p_k))) / width
        if best is None or val < best:
            best, best_nbins = val, nbins
    if best_nbins == upper:
        warnings.warn(
            "The number of bins estimated may be suboptimal.", RuntimeWarning, stacklevel=4
        )
    return span / best_nbins


def _outer_edges(a, rng, op):
    if rng is not None:
        first, last = rng
        if first > last:
            raise ValueError(f"{op}: max must be larger than min in range parameter.")
        if not (math.isfinite(first) and math.isfinite(last)):
            raise ValueError(f"{op}: supplied range of [{first}, {last}] is not finite")
    elif a.size == 0:
        first, last = 0, 1
    else:
        # NumPy scalars of a's dtype, as NumPy's a.min() / a.max(): linspace computes the edges
        # in that dtype (float32 data gets float32 edges, computed in float32)
        first, last = _core.asnumpy(_core.min(a))[()], _core.asnumpy(_core.max(a))[()]
        if not (math.isfinite(first) and math.isfinite(last)):
            raise ValueError(f"{op}: autodetected range of [{first}, {last}] is not finite")
    if first == last:
        first, last = first - 0.5, last + 0.5
    return first, last


def _bin_edges(a, bins, rng, weights, op):
    """(edges as NumPy computes them on the host, uniform?, nbins); a is flat, on the device."""
    if isinstance(bins, str):
        if bins not in _ESTIMATORS:
            raise ValueError(f"{op}: {bins!r} is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError(
                f"{op}: Automated estimation of the number of bins is not supported for weighted data"
            )
        first, last = _outer_edges(a, rng, op)
        data = a
        if rng is not None:
            keep = (a >= first) & (a <= last)
            if not bool(_core.all(keep)):
                data = a[keep]
        if data.size == 0:
            nbins = 1
        else:
            width = _bin_width(bins, data, (first, last))
            if width:
                if _isdtype(a.dtype, "integral") and width < 1:
                    width = 1
                nbins = math.ceil((last - first) / width)
            else:
                nbins = 1
    elif _np.ndim(bins) == 0 and not isinstance(bins, _nd):
        try:
            nbins = operator.index(bins)
        except TypeError:
            raise TypeError(f"{op}: `bins` must be an integer, a string, or an array") from None
        if nbins < 1:
            raise ValueError(f"{op}: `bins` must be positive, when an integer")
        first, last = _outer_edges(a, rng, op)
    else:
        edges = _core.asnumpy(bins) if isinstance(bins, _nd) else _np.asarray(bins)
        if edges.ndim != 1:
            raise ValueError(f"{op}: `bins` must be 1d, when an array")
        if edges.size and (_np.diff(edges) < 0).any():
            raise ValueError(f"{op}: `bins` must increase monotonically, when an array")
        return edges, False, edges.size - 1
    bin_type = _np.result_type(first, last, _npdt(a.dtype))
    if _np.issubdtype(bin_type, _np.integer) or bin_type == _np.bool_:
        bin_type = _np.result_type(bin_type, float)
    edges = _np.linspace(first, last, nbins + 1, endpoint=True, dtype=bin_type)
    return edges, True, nbins


def _counts(a, weights, edges, uniform, nbins):
    """Bin counts of flat a: int64, or the weights' dtype (complex weights: two passes)."""
    if nbins < 1:
        return _core.zeros(
            (0,), dtype=_core.int64 if weights is None else weights.dtype, sycl_queue=a.sycl_queue
        )
    e = _like(edges.astype(_np.float64), a)
    if weights is None:
        return _core._histogram_counts(a, None, e, uniform, nbins)
    w = _core.ravel(weights)
    if _isdtype(w.dtype, "complex floating"):
        re = _core._histogram_counts(a, _core.real(w), e, uniform, nbins)
        im = _core._histogram_counts(a, _core.imag(w), e, uniform, nbins)
        return _core.astype(re + im * 1j, w.dtype)
    return _core.astype(_core._histogram_counts(a, w, e, uniform, nbins), w.dtype)


def histogram(a, bins=10, range=None, density=None, weights=None):
    """Compute the histogram of a dataset.

    Parameters
    ----------
    a : ndarray
        Input data (a dparray array of real numbers); it is flattened.
    bins : int, sequence of scalars, ndarray or str, optional
        The number of equal-width bins (default 10); or the bin edges, increasing
        monotonically (read to the host); or the name of a bin-width estimator: 'auto',
        'fd', 'doane', 'scott', 'stone', 'rice', 'sturges' or 'sqrt', as NumPy.
    range : (float, float), optional
        Lower and upper edge of the bins; values outside are ignored. Default: the data's
        minimum and maximum (read back from the device).
    density : bool, optional
        If True, return the probability density in each bin (the integral over the range
        is 1) instead of the counts.
    weights : ndarray or array_like, optional
        Weights, one per element of `a`; each value contributes its weight instead of 1.

    Returns
    -------
    hist : ndarray
        The counts (int64), the sums of the weights (their dtype) or the densities
        (float64), on `a`'s device and queue.
    bin_edges : ndarray
        The bin edges, ``len(hist) + 1`` of them, on `a`'s device and queue.

    Raises
    ------
    ValueError
        If `bins` is not positive, not monotonic or an unknown estimator, `range` is
        reversed or not finite, or `weights` does not match `a`.
    TypeError
        If `a` is not a dparray array or is complex, or an estimator is used with weights.

    See Also
    --------
    histogram_bin_edges, histogram2d, histogramdd, bincount, digitize

    Notes
    -----
    The edges are computed on the host exactly as NumPy computes them; the counting runs on
    the device. The last bin is closed on the right, the others half-open.

    Examples
    --------
    >>> dp.histogram(dp.asarray([1, 2, 1]), bins=dp.asarray([0, 1, 2, 3]))
    (array([0, 2, 1]), array([0, 1, 2, 3]))
    >>> dp.histogram(dp.asarray([1., 2., 1.]), bins=3, range=(0, 3))
    (array([0, 2, 1]), array([0., 1., 2., 3.]))
    >>> hist, edges = dp.histogram(dp.asarray([0.5, 1.5, 1.5, 2.5]), bins=3, density=True)
    >>> hist
    array([0.375, 0.75 , 0.375])
    >>> dp.histogram(dp.asarray([1., 2., 1.]), bins=3, range=(0, 3),
    ...              weights=dp.asarray([0.5, 2., 1.]))
    (array([0. , 1.5, 2. ]), array([0., 1., 2., 3.]))
    """
    op = "histogram"
    a = _core.ravel(_arr(a, op))
    if _isdtype(a.dtype, "complex floating"):
        raise TypeError(f"{op}: complex data is not supported")
    if weights is not None:
        weights = _like(weights, a)
        if weights.shape != a.shape and weights.size != a.size:
            raise ValueError(f"{op}: weights should have the same shape as a.")
        weights = _core.ravel(weights)
    edges, uniform, nbins = _bin_edges(a, bins, range, weights, op)
    n = _counts(a, weights, edges, uniform, nbins)
    e = _like(edges, a)
    if density:
        db = _core.astype(e[1:] - e[:-1], _core.float64)
        return n / db / _core.sum(n), e
    return n, e


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    """Compute the bin edges :func:`histogram` would use.

    Parameters
    ----------
    a : ndarray
        Input data (a dparray array); it is flattened.
    bins : int, sequence of scalars, ndarray or str, optional
        The number of equal-width bins (default 10); or the bin edges, increasing
        monotonically (read to the host); or the name of a bin-width estimator: 'auto',
        'fd', 'doane', 'scott', 'stone', 'rice', 'sturges' or 'sqrt', as NumPy.
    range : (float, float), optional
        Lower and upper edge of the bins; values outside are ignored. Default: the data's
        minimum and maximum (read back from the device).
    weights : ndarray or array_like, optional
        Weights, one per element of `a`; the estimators do not support them.

    Returns
    -------
    ndarray
        The bin edges, on `a`'s device and queue.

    Raises
    ------
    ValueError
        If `bins` is not positive, not monotonic or an unknown estimator, or `range` is
        reversed or not finite.
    TypeError
        If `a` is not a dparray array, or an estimator is used with weights.

    See Also
    --------
    histogram

    Examples
    --------
    >>> dp.histogram_bin_edges(dp.asarray([0., 1., 2., 3., 4., 5.]), bins=5)
    array([0., 1., 2., 3., 4., 5.])
    >>> dp.histogram_bin_edges(dp.asarray([1., 2., 4., 9.]), bins="sqrt")
    array([1., 5., 9.])
    """
    op = "histogram_bin_edges"
    a = _core.ravel(_arr(a, op))
    w = None if weights is None else _core.ravel(_like(weights, a))
    edges, _, _ = _bin_edges(a, bins, range, w, op)
    return _like(edges, a)


def histogramdd(sample, bins=10, range=None, density=None, weights=None):
    """Compute the multidimensional histogram of some data.

    Parameters
    ----------
    sample : ndarray or sequence of ndarray
        The data: an (N, D) array (N points in D dimensions; a 1-D array is one
        dimension), or a sequence of D arrays of N coordinates each.
    bins : int, sequence of ints, or sequence of arrays, optional
        Bins per dimension: a number of equal-width bins (for all dimensions or one each;
        default 10) or the increasing bin edges of each dimension (read to the host).
    range : sequence of (float, float), optional
        Lower and upper edges per dimension, used when its bins are given as a number.
        Default: the data's minimum and maximum.
    density : bool, optional
        If True, return the probability density instead of the counts.
    weights : ndarray or array_like, optional
        One weight per point, summed instead of counting 1.

    Returns
    -------
    H : ndarray of float64
        The counts (or weight sums, or densities), one axis per dimension, on the data's
        device and queue.
    edges : list of ndarray
        The bin edges of each dimension, on the data's device and queue.

    Raises
    ------
    ValueError
        If `bins` or `range` has the wrong number of entries, a number of bins is not
        positive, or edges are not monotonic.
    TypeError
        If `sample` holds objects that are not dparray arrays, or a scalar `bins` entry is
        not an integer.

    See Also
    --------
    histogram, histogram2d

    Notes
    -----
    Each point's bin is found with :func:`searchsorted` on the device and the flattened bin
    indices are counted by the histogram primitive. Unlike NumPy, `edges` is a list rather
    than a tuple.

    Examples
    --------
    >>> pts = dp.asarray([[0., 0.], [1., 0.], [1., 1.], [2., 2.]])
    >>> H, edges = dp.histogramdd(pts, bins=2)
    >>> H
    array([[1., 0.],
           [1., 2.]])
    >>> edges[0]
    array([0., 1., 2.])
    """
    op = "histogramdd"
    if isinstance(sample, _nd):
        if sample.ndim == 1:
            sample = _core.reshape(sample, (-1, 1))
        elif sample.ndim != 2:
            sample = _core.reshape(sample, (-1, sample.shape[-1]))
        cols = [sample[:, i] for i in builtins_range(sample.shape[1])]
    else:
        try:
            seq = list(sample)
        except TypeError:
            raise TypeError(f"{op}: sample must be an array or a sequence of arrays") from None
        cols = [_core.ravel(_arr(s, op)) for s in seq]
    D = len(cols)
    if D == 0:
        raise ValueError(f"{op}: sample must have at least one dimension")
    ref = cols[0]
    if weights is not None:
        weights = _core.ravel(_like(weights, ref))
    try:
        M = len(bins)
        if M != D:
            raise ValueError(
                f"{op}: The dimension of bins must be equal to the dimension of the sample x."
            )
    except TypeError:
        bins = D * [bins]
    if range is None:
        range = (None,) * D
    elif len(range) != D:
        raise ValueError(f"{op}: range argument must have one entry per dimension")
    edges, nbin = [], []
    for i in builtins_range(D):
        b = bins[i]
        if _np.ndim(b) == 0 and not isinstance(b, _nd):
            if not isinstance(b, (int, _np.integer)) or isinstance(b, bool):
                raise TypeError(f"{op}: `bins[{i}]` must be an integer, when a scalar")
            if b < 1:
                raise ValueError(f"{op}: `bins[{i}]` must be positive, when an integer")
            first, last = _outer_edges(cols[i], range[i], op)
            e = _np.linspace(first, last, b + 1)
        else:
            e = _core.asnumpy(b) if isinstance(b, _nd) else _np.asarray(b)
            if e.ndim != 1:
                raise ValueError(f"{op}: `bins[{i}]` must be a scalar or 1d array")
            if (_np.diff(e) < 0).any():
                raise ValueError(
                    f"{op}: `bins[{i}]` must be monotonically increasing, when an array"
                )
        edges.append(e)
        nbin.append(e.size + 1)  # outliers on both sides
    # flat index of each sample's bin, outliers in the extra slots
    flat = None
    stride = 1
    for i in reversed(builtins_range(D)):
        e = _like(edges[i].astype(_np.float64), ref)
        x = _core.astype(cols[i], _core.float64, copy=False)
        idx = _core.searchsorted(e, x, side="right")
        idx = _core.where(x == edges[i][-1], idx - 1, idx)
        flat = idx * stride if flat is None else flat + idx * stride
        stride *= nbin[i]
    total = math.prod(nbin)
    if flat is None:
        flat = _core.zeros((0,), dtype=_core.int64, sycl_queue=ref.sycl_queue)
    # NumPy returns float64 counts here
    hist = _core.astype(_core._histogram_counts(flat, weights, None, False, total), _core.float64)
    hist = _core.reshape(hist, tuple(nbin))
    hist = hist[tuple(slice(1, -1) for _ in builtins_range(D))]
    if density:
        s = _core.sum(hist)
        for i in builtins_range(D):
            shape = [1] * D
            shape[i] = nbin[i] - 2
            hist = hist / _core.reshape(_like(_np.diff(edges[i]), ref), tuple(shape))
        hist = hist / s
    return hist, [_like(e, ref) for e in edges]


def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
    """Compute the bi-dimensional histogram of two data samples.

    Parameters
    ----------
    x : ndarray
        1-D array of the points' x coordinates.
    y : ndarray
        1-D array of the points' y coordinates, of `x`'s length.
    bins : int, array, [int, int] or [array, array], optional
        Number of bins or bin edges, for both dimensions or for each. Default 10.
    range : [[xmin, xmax], [ymin, ymax]], optional
        Edges of the bins given as numbers. Default: the data's minimum and maximum.
    density : bool, optional
        If True, return the probability density instead of the counts.
    weights : ndarray or array_like, optional
        One weight per point, summed instead of counting 1.

    Returns
    -------
    H : ndarray of float64
        The histogram, x along the first axis and y along the second, on the data's device
        and queue.
    xedges : ndarray
        The bin edges along x.
    yedges : ndarray
        The bin edges along y.

    Raises
    ------
    ValueError
        If `x` and `y` are not 1-D arrays of one length, or the bins are invalid.
    TypeError
        If `x` or `y` is not a dparray array.

    See Also
    --------
    histogram, histogramdd

    Examples
    --------
    >>> x = dp.asarray([0., 1., 1., 2.])
    >>> y = dp.asarray([0., 0., 1., 2.])
    >>> H, xedges, yedges = dp.histogram2d(x, y, bins=2)
    >>> H
    array([[1., 0.],
           [1., 2.]])
    >>> xedges
    array([0., 1., 2.])
    """
    op = "histogram2d"
    x, y = _arr(x, op), _arr(y, op)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"{op}: x and y must be 1-D arrays of one length")
    try:
        n = len(bins)
    except TypeError:
        n = 1
    if n != 1 and n != 2:
        xedges = yedges = bins
        bins = [xedges, yedges]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]
