"""NumPy's statistics functions against NumPy 2 on every device: order statistics (every
quantile method=, NaN rows, axes, keepdims), partition / argpartition (functions and ndarray
methods), nan reductions with NumPy's warnings and errors, average, ptp, cov / corrcoef,
convolve / correlate, bincount, digitize, the histogram family, gradient, trapezoid, ediff1d
and lexsort."""

import warnings

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

METHODS = [
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "midpoint",
    "nearest",
]


def on(device, a):
    return dp.asarray(a, device=device)


def data(shape, seed=0, dtype="float64"):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape).astype(dtype)


# ---------------------------------------------------------------- partition


def check_partition(got, a, kth, axis=-1):
    g = dp.asnumpy(got)
    s = np.sort(a, axis=axis)
    g = np.moveaxis(g, axis, -1)
    s = np.moveaxis(s, axis, -1)
    for k in np.atleast_1d(kth):
        k = int(k) % g.shape[-1]
        np.testing.assert_array_equal(g[..., k], s[..., k])
        assert (
            np.nan_to_num(g[..., :k], nan=np.inf) <= np.nan_to_num(g[..., k : k + 1], nan=np.inf)
        ).all()
        assert (
            np.nan_to_num(g[..., k + 1 :], nan=np.inf)
            >= np.nan_to_num(g[..., k : k + 1], nan=np.inf)
        ).all()
    np.testing.assert_array_equal(np.sort(g, axis=-1), s)


@pytest.mark.parametrize("dtype", ["float64", "int32"])
def test_partition_matches_sort(device, dtype):
    a = (data((5, 37), 1) * 10).astype(dtype)
    if dtype == "float64":
        a[1, 3] = np.nan
        a[2, :4] = np.nan
    x = on(device, a)
    for kth, axis in [(3, -1), ([0, 10, -1], -1), (2, 0), ((1, 4), 0)]:
        check_partition(dp.partition(x, kth, axis=axis), a, kth, axis)
        idx = dp.asnumpy(dp.argpartition(x, kth, axis=axis))
        check_partition(dp.asarray(np.take_along_axis(a, idx, axis=axis)), a, kth, axis)
    flat = dp.partition(x, 7, axis=None)
    check_partition(flat, a.ravel(), 7)


def test_partition_long_row_and_methods(device):
    a = data(1 << 20, 2) if device.filter_string.startswith("host") else data(5000, 2)
    x = on(device, a)
    n = a.size
    kth = [n // 2 - 1, n // 2]
    g = dp.asnumpy(dp.partition(x, kth))
    s = np.sort(a)
    assert g[kth[0]] == s[kth[0]] and g[kth[1]] == s[kth[1]]
    assert g[: kth[0]].max() <= s[kth[0]] and g[kth[1] + 1 :].min() >= s[kth[1]]
    # the host's parallel split of a long row: ties, NaNs and several kth
    b = np.round(a * 3)
    b[::997] = np.nan
    kth = [5, n // 3, n // 3 + 1, n - 2]
    check_partition(dp.partition(on(device, b), kth), b, kth)
    y = on(device, a[:100].copy())
    y.partition(10)
    check_partition(y, a[:100], 10)
    check_partition(
        dp.asarray(a[:100][dp.asnumpy(on(device, a[:100]).argpartition(10))]), a[:100], 10
    )


def test_partition_errors(device):
    x = on(device, np.arange(5.0))
    with pytest.raises(ValueError, match="partition.*kth\\(=5\\) out of bounds"):
        dp.partition(x, 5)
    with pytest.raises(ValueError, match="argpartition.*kth\\(=-6\\)"):
        dp.argpartition(x, -6)
    with pytest.raises(IndexError, match="partition"):
        dp.partition(x, 0, axis=1)
    with pytest.raises(ValueError, match="kind"):
        dp.partition(x, 0, kind="quick")
    e = dp.partition(on(device, np.zeros((0, 3))), 1)
    assert e.shape == (0, 3)


# ---------------------------------------------------------------- median / quantiles


@pytest.mark.parametrize("method", METHODS)
def test_quantile_every_method(device, method):
    a = data((4, 9), 3)
    x = on(device, a)
    q = [0.0, 0.1, 0.25, 0.5, 0.77, 1.0]
    assert_same(
        dp.quantile(x, q, axis=1, method=method),
        np.quantile(a, q, axis=1, method=method),
        rtol=1e-12,
    )
    assert_same(dp.quantile(x, 0.3, method=method), np.quantile(a, 0.3, method=method), rtol=1e-12)
    ai = (a * 10).astype("int64")
    xi = on(device, ai)
    assert_same(
        dp.quantile(xi, q, axis=0, method=method),
        np.quantile(ai, q, axis=0, method=method),
        rtol=1e-12,
    )


def test_percentile_and_median(device):
    a = data((6, 5, 4), 4)
    x = on(device, a)
    for axis in [None, 0, -1, (0, 2)]:
        assert_same(dp.median(x, axis=axis), np.median(a, axis=axis), rtol=1e-12)
        assert_same(
            dp.percentile(x, [10, 90], axis=axis), np.percentile(a, [10, 90], axis=axis), rtol=1e-12
        )
    assert_same(
        dp.median(x, axis=1, keepdims=True), np.median(a, axis=1, keepdims=True), rtol=1e-12
    )
    assert_same(
        dp.percentile(x, [[5, 50]], axis=2, keepdims=True),
        np.percentile(a, [[5, 50]], axis=2, keepdims=True),
        rtol=1e-12,
    )
    ai = np.arange(10, dtype="int32")
    assert_same(dp.median(on(device, ai)), np.median(ai))
    f32 = a.astype("float32")
    assert_same(dp.quantile(on(device, f32), 0.4), np.quantile(f32, 0.4))


def test_quantile_nan_rows(device):
    a = data((3, 8), 5)
    a[1, 2] = np.nan
    x = on(device, a)
    assert_same(dp.median(x, axis=1), np.median(a, axis=1))
    assert_same(dp.quantile(x, [0.2, 0.9], axis=1), np.quantile(a, [0.2, 0.9], axis=1))
    a[2, :] = np.nan
    x = on(device, a)
    with pytest.warns(RuntimeWarning, match="All-NaN"):
        want = np.nanmedian(a, axis=1)
    with pytest.warns(RuntimeWarning, match="All-NaN"):
        assert_same(dp.nanmedian(x, axis=1), want, rtol=1e-12)
    for method in ["linear", "lower", "nearest", "hazen", "inverted_cdf"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            want = np.nanquantile(a, [0.1, 0.5, 1.0], axis=1, method=method)
            got = dp.nanquantile(x, [0.1, 0.5, 1.0], axis=1, method=method)
        assert_same(got, want, rtol=1e-12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        assert_same(dp.nanpercentile(x, 30, axis=0), np.nanpercentile(a, 30, axis=0), rtol=1e-12)
        assert_same(dp.nanmedian(x), np.nanmedian(a), rtol=1e-12)


def test_quantile_errors(device):
    x = on(device, np.arange(6.0))
    with pytest.raises(ValueError, match="quantile.*'bogus'"):
        dp.quantile(x, 0.5, method="bogus")
    with pytest.raises(ValueError, match="Quantiles must be in the range"):
        dp.quantile(x, 1.5)
    with pytest.raises(ValueError, match="Percentiles must be in the range"):
        dp.percentile(x, 101)
    with pytest.raises(IndexError, match="median"):
        dp.median(x, axis=2)
    with pytest.raises(TypeError, match="real numbers"):
        dp.quantile(on(device, np.ones(3, "complex128")), 0.5)
    with pytest.raises(IndexError, match="empty"):
        dp.quantile(on(device, np.zeros(0)), 0.5)
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        r = dp.median(on(device, np.zeros(0)))
    assert np.isnan(dp.asnumpy(r))


# ---------------------------------------------------------------- nan reductions


def test_nan_reductions(device):
    a = data((4, 5), 6)
    a[0, 1] = a[2, 3] = np.nan
    x = on(device, a)
    for name in [
        "nansum",
        "nanprod",
        "nanmax",
        "nanmin",
        "nanmean",
        "nanstd",
        "nanvar",
        "nanargmax",
        "nanargmin",
    ]:
        for axis in [None, 0, 1]:
            assert_same(
                getattr(dp, name)(x, axis=axis), getattr(np, name)(a, axis=axis), rtol=1e-12
            )
    for name in ["nancumsum", "nancumprod"]:
        assert_same(getattr(dp, name)(x, axis=1), getattr(np, name)(a, axis=1), rtol=1e-12)
        assert_same(getattr(dp, name)(x), getattr(np, name)(a), rtol=1e-12)
    assert_same(
        dp.nanvar(x, axis=1, ddof=1, keepdims=True),
        np.nanvar(a, axis=1, ddof=1, keepdims=True),
        rtol=1e-12,
    )
    ai = np.arange(12, dtype="int32").reshape(3, 4)
    assert_same(dp.nansum(on(device, ai), axis=0), np.nansum(ai, axis=0))
    assert_same(dp.nanmean(on(device, ai)), np.nanmean(ai))


def test_nan_reductions_all_nan(device):
    a = np.array([[np.nan, np.nan], [1.0, np.nan]])
    x = on(device, a)
    for name in ["nanmax", "nanmin"]:
        with pytest.warns(RuntimeWarning, match="All-NaN slice encountered"):
            got = getattr(dp, name)(x, axis=1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            assert_same(got, getattr(np, name)(a, axis=1))
    with pytest.warns(RuntimeWarning, match="Mean of empty slice"):
        assert_same(dp.nanmean(x, axis=1), np.array([np.nan, 1.0]))
    with pytest.warns(RuntimeWarning, match="Degrees of freedom"):
        assert_same(dp.nanvar(x, axis=1), np.array([np.nan, 0.0]))
    for name in ["nanargmax", "nanargmin"]:
        with pytest.raises(ValueError, match=f"{name}.*All-NaN slice"):
            getattr(dp, name)(x, axis=1)
    with pytest.raises(ValueError, match="zero-size"):
        dp.nanmax(on(device, np.zeros(0)))


# ---------------------------------------------------------------- average, ptp, cov


def test_average_ptp(device):
    a = data((3, 4), 7)
    w = np.arange(1.0, 5.0)
    x = on(device, a)
    assert_same(dp.average(x), np.average(a), rtol=1e-12)
    assert_same(
        dp.average(x, axis=1, weights=on(device, w)), np.average(a, axis=1, weights=w), rtol=1e-12
    )
    avg, scl = dp.average(x, axis=1, weights=w, returned=True)
    eavg, escl = np.average(a, axis=1, weights=w, returned=True)
    assert_same(avg, eavg, rtol=1e-12)
    assert_same(scl, escl, rtol=1e-12)
    ai = np.arange(12).reshape(3, 4)
    assert_same(
        dp.average(on(device, ai), axis=0, weights=on(device, ai)),
        np.average(ai, axis=0, weights=ai),
        rtol=1e-12,
    )
    with pytest.raises(ZeroDivisionError, match="average"):
        dp.average(x, axis=1, weights=np.zeros(4))
    with pytest.raises(TypeError, match="Axis must be specified"):
        dp.average(x, weights=w)
    with pytest.raises(ValueError, match="Length of weights"):
        dp.average(x, axis=0, weights=w)
    assert_same(dp.ptp(x, axis=0), np.ptp(a, axis=0))
    assert_same(dp.ptp(x, axis=1, keepdims=True), np.ptp(a, axis=1, keepdims=True))


def test_cov_corrcoef(device):
    a = data((3, 7), 8)
    b = data((2, 7), 9)
    x = on(device, a)
    assert_same(dp.cov(x), np.cov(a), rtol=1e-12)
    assert_same(dp.cov(x, rowvar=False), np.cov(a, rowvar=False), rtol=1e-12)
    assert_same(dp.cov(x, on(device, b)), np.cov(a, b), rtol=1e-12)
    assert_same(dp.cov(x, bias=True), np.cov(a, bias=True), rtol=1e-12)
    assert_same(dp.cov(x, ddof=2), np.cov(a, ddof=2), rtol=1e-12)
    fw = np.array([1, 2, 1, 3, 1, 1, 2])
    aw = np.linspace(0.5, 2.0, 7)
    assert_same(
        dp.cov(x, fweights=fw, aweights=aw), np.cov(a, fweights=fw, aweights=aw), rtol=1e-12
    )
    assert_same(dp.cov(on(device, a[0])), np.cov(a[0]), rtol=1e-12)
    assert_same(dp.corrcoef(x), np.corrcoef(a), rtol=1e-12)
    assert_same(dp.corrcoef(x, on(device, b), rowvar=True), np.corrcoef(a, b), rtol=1e-12)
    with pytest.raises(TypeError, match="fweights must be integer"):
        dp.cov(x, fweights=aw)
    with pytest.raises(ValueError, match="fweights cannot be negative"):
        dp.cov(x, fweights=-fw)


# ---------------------------------------------------------------- convolve / correlate


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
def test_convolve_correlate(device, mode):
    a, v = data(11, 10), data(4, 11)
    for p, q in [(a, v), (v, a)]:
        assert_same(
            dp.convolve(on(device, p), on(device, q), mode=mode),
            np.convolve(p, q, mode=mode),
            rtol=1e-12,
            atol=1e-12,
        )
        assert_same(
            dp.correlate(on(device, p), on(device, q), mode=mode),
            np.correlate(p, q, mode=mode),
            rtol=1e-12,
            atol=1e-12,
        )
    c = a[:6] + 1j * a[5:]
    assert_same(
        dp.correlate(on(device, c), on(device, v), mode=mode),
        np.correlate(c, v, mode=mode),
        rtol=1e-12,
        atol=1e-12,
    )
    ai, vi = np.arange(7), np.array([1, -2, 3])
    assert_same(
        dp.convolve(on(device, ai), on(device, vi), mode=mode), np.convolve(ai, vi, mode=mode)
    )


def test_convolve_errors(device):
    x = on(device, np.arange(3.0))
    with pytest.raises(ValueError, match="convolve.*v cannot be empty"):
        dp.convolve(x, on(device, np.zeros(0)))
    with pytest.raises(ValueError, match="a cannot be empty"):
        dp.convolve(on(device, np.zeros(0)), x)
    with pytest.raises(ValueError, match="mode"):
        dp.convolve(x, x, mode="middle")


# ---------------------------------------------------------------- counting


def test_bincount(device):
    a = np.array([0, 1, 1, 3, 2, 1, 7])
    w = np.linspace(0.1, 0.7, 7)
    x = on(device, a)
    assert_same(dp.bincount(x), np.bincount(a))
    assert_same(dp.bincount(x, minlength=12), np.bincount(a, minlength=12))
    assert_same(dp.bincount(x, weights=on(device, w)), np.bincount(a, weights=w), rtol=1e-12)
    assert_same(
        dp.bincount(on(device, np.zeros(0, "int64")), minlength=3),
        np.bincount(np.zeros(0, "int64"), minlength=3),
    )
    big = np.random.default_rng(1).integers(0, 300, 200000)
    assert_same(dp.bincount(on(device, big)), np.bincount(big))
    with pytest.raises(ValueError, match="bincount.*negative"):
        dp.bincount(on(device, np.array([1, -1])))
    with pytest.raises(ValueError, match="minlength"):
        dp.bincount(x, minlength=-1)
    with pytest.raises(TypeError, match="bincount.*Cannot cast"):
        dp.bincount(on(device, np.array([1.0])))
    with pytest.raises(ValueError, match="too deep"):
        dp.bincount(on(device, np.ones((2, 2), "int64")))


def test_digitize(device):
    x = np.array([-1.0, 0.0, 0.5, 1.0, 2.5, 9.0, np.nan])
    for bins in [np.array([0.0, 1.0, 2.5, 4.0]), np.array([4.0, 2.5, 1.0, 0.0])]:
        for right in [False, True]:
            assert_same(
                dp.digitize(on(device, x), on(device, bins), right=right),
                np.digitize(x, bins, right=right),
            )
    with pytest.raises(ValueError, match="monotonically"):
        dp.digitize(on(device, x), on(device, np.array([0.0, 2.0, 1.0])))


@pytest.mark.parametrize(
    "bins",
    [
        10,
        7,
        [0.0, 0.1, 0.5, 2.0],
        "auto",
        "fd",
        "doane",
        "scott",
        "stone",
        "rice",
        "sturges",
        "sqrt",
    ],
)
def test_histogram(device, bins):
    a = data(500, 12)
    x = on(device, a)
    h, e = dp.histogram(x, bins=bins)
    eh, ee = np.histogram(a, bins=bins)
    assert_same(h, eh)
    assert_same(e, ee, rtol=1e-12)
    assert_same(
        dp.histogram_bin_edges(x, bins=bins), np.histogram_bin_edges(a, bins=bins), rtol=1e-12
    )


def test_histogram_options(device):
    a = data(1000, 13)
    w = np.abs(data(1000, 14))
    x, xw = on(device, a), on(device, w)
    for kw in [
        {"range": (-1, 1)},
        {"bins": 5, "density": True},
        {"weights": w},
        {"bins": [-2, 0, 3], "weights": w, "density": True},
    ]:
        kw2 = dict(kw)
        if "weights" in kw2:
            kw2["weights"] = xw
        h, e = dp.histogram(x, **kw2)
        eh, ee = np.histogram(a, **kw)
        assert_same(h, eh, rtol=1e-12)
        assert_same(e, ee, rtol=1e-12)
    ai = np.array([1, 2, 2, 3, 3, 3, 10])
    h, e = dp.histogram(on(device, ai), bins=4)
    eh, ee = np.histogram(ai, bins=4)
    assert_same(h, eh)
    assert_same(e, ee)
    # float32 data: NumPy's edges are computed in float32 from the data's min and max
    f32 = np.linspace(0, 1, 11).astype("float32")
    h, e = dp.histogram(on(device, f32), bins=10)
    eh, ee = np.histogram(f32, bins=10)
    assert_same(h, eh)
    assert_same(e, ee, rtol=0)
    # values on edges and at the top edge (inclusive), empty input
    edges_case = np.array([0.0, 0.25, 0.5, 0.75, 1.0, 1.0])
    assert_same(
        dp.histogram(on(device, edges_case), bins=4)[0], np.histogram(edges_case, bins=4)[0]
    )
    assert_same(dp.histogram(on(device, np.zeros(0)))[0], np.histogram(np.zeros(0))[0])


def test_histogram_errors(device):
    x = on(device, np.arange(5.0))
    with pytest.raises(ValueError, match="histogram.*must be positive"):
        dp.histogram(x, bins=0)
    with pytest.raises(ValueError, match="increase monotonically"):
        dp.histogram(x, bins=[0, 2, 1])
    with pytest.raises(ValueError, match="not a valid estimator"):
        dp.histogram(x, bins="bogus")
    with pytest.raises(TypeError, match="must be an integer, a string, or an array"):
        dp.histogram(x, bins=2.5)
    with pytest.raises(ValueError, match="max must be larger than min"):
        dp.histogram(x, range=(2, 1))
    with pytest.raises(ValueError, match="autodetected range"):
        dp.histogram(on(device, np.array([0.0, np.inf])))


def test_histogram2d_dd(device):
    a, b, c = data(300, 15), data(300, 16), data(300, 17)
    w = np.abs(data(300, 18))
    H, xe, ye = dp.histogram2d(on(device, a), on(device, b), bins=(5, 7))
    eH, exe, eye = np.histogram2d(a, b, bins=(5, 7))
    assert_same(H, eH)
    assert_same(xe, exe, rtol=1e-12)
    assert_same(ye, eye, rtol=1e-12)
    H, xe, ye = dp.histogram2d(
        on(device, a), on(device, b), bins=4, weights=on(device, w), density=True
    )
    eH, _, _ = np.histogram2d(a, b, bins=4, weights=w, density=True)
    assert_same(H, eH, rtol=1e-12)
    s = np.stack([a, b, c], axis=1)
    H, edges = dp.histogramdd(on(device, s), bins=(3, [-1, 0, 1], 4), range=[(-2, 2), None, None])
    eH, eedges = np.histogramdd(s, bins=(3, [-1, 0, 1], 4), range=[(-2, 2), None, None])
    assert_same(H, eH)
    for g, e in zip(edges, eedges):
        assert_same(g, e, rtol=1e-12)


# ---------------------------------------------------------------- differences, integration, lexsort


def test_gradient(device):
    a = data((5, 6), 19)
    x = on(device, a)
    assert_same(dp.gradient(on(device, a[0])), np.gradient(a[0]), rtol=1e-12)
    for eo in [1, 2]:
        for g, e in zip(dp.gradient(x, edge_order=eo), np.gradient(a, edge_order=eo)):
            assert_same(g, e, rtol=1e-12)
        for g, e in zip(
            dp.gradient(x, 2.0, 0.5, edge_order=eo), np.gradient(a, 2.0, 0.5, edge_order=eo)
        ):
            assert_same(g, e, rtol=1e-12)
        xs = np.array([0.0, 0.5, 1.5, 2.0, 3.5, 5.0])
        assert_same(
            dp.gradient(x, on(device, xs), axis=1, edge_order=eo),
            np.gradient(a, xs, axis=1, edge_order=eo),
            rtol=1e-12,
        )
    ai = np.array([1, 4, 9, 16, 25])
    assert_same(dp.gradient(on(device, ai)), np.gradient(ai), rtol=1e-12)
    with pytest.raises(ValueError, match="gradient.*too small"):
        dp.gradient(on(device, np.ones(2)), edge_order=2)
    with pytest.raises(IndexError, match="gradient"):
        dp.gradient(x, axis=3)


def test_trapezoid_ediff1d(device):
    a = data((3, 6), 20)
    xs = np.cumsum(np.abs(data(6, 21)))
    x = on(device, a)
    assert_same(dp.trapezoid(x), np.trapezoid(a), rtol=1e-12)
    assert_same(dp.trapezoid(x, dx=0.5, axis=0), np.trapezoid(a, dx=0.5, axis=0), rtol=1e-12)
    assert_same(dp.trapezoid(x, on(device, xs)), np.trapezoid(a, xs), rtol=1e-12)
    assert_same(dp.ediff1d(x), np.ediff1d(a), rtol=1e-12)
    assert_same(
        dp.ediff1d(x, to_begin=[-1.0], to_end=[5.0, 6.0]),
        np.ediff1d(a, to_begin=[-1.0], to_end=[5.0, 6.0]),
        rtol=1e-12,
    )
    with pytest.raises(TypeError, match="ediff1d"):
        dp.ediff1d(on(device, np.arange(4)), to_end=[0.5])


def test_lexsort(device):
    rng = np.random.default_rng(22)
    k1, k2 = rng.integers(0, 3, 20), rng.integers(0, 4, 20)
    assert_same(dp.lexsort((on(device, k1), on(device, k2))), np.lexsort((k1, k2)))
    both = np.stack([k1, k2])
    assert_same(dp.lexsort(on(device, both)), np.lexsort(both))
    k3 = rng.integers(0, 3, (4, 5))
    k4 = rng.integers(0, 3, (4, 5))
    assert_same(dp.lexsort((on(device, k3), on(device, k4)), axis=0), np.lexsort((k3, k4), axis=0))
    with pytest.raises(TypeError, match="lexsort"):
        dp.lexsort(())
