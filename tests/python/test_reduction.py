"""Reductions and cumulative sums against NumPy 2 on every device: every op and dtype over
axes / keepdims, result dtypes, dtype=, strided / transposed / reversed / broadcast inputs,
empty inputs, NaN propagation, accuracy of float sums, large (parallel) inputs, out=, methods,
and the errors users meet."""

import itertools
import warnings

import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import dparray as dp

DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
FP64 = {"float64", "complex128"}
AXES_3D = [None, 0, 1, -1, (0, 2), (1, 2), (0, 1, 2), ()]


def skip_if_no_fp64(device, *dtypes):
    if not device.has_aspect_fp64 and any(str(np.dtype(d)) in FP64 for d in dtypes):
        pytest.skip(f"{device.filter_string} has no float64")


def on_device(expected, device):
    """NumPy's result as the device computes it: float64 becomes float32 without fp64."""
    e = np.asarray(expected)
    if not device.has_aspect_fp64:
        if e.dtype == np.float64:
            return e.astype(np.float32)
        if e.dtype == np.complex128:
            return e.astype(np.complex64)
    return e


def rtol_for(dtype):
    kind = np.dtype(dtype)
    if kind in (np.float16,):
        return 2e-3
    if kind in (np.float32, np.complex64):
        return 2e-5
    return 1e-12


def check(got, expected, device, rtol=None):
    assert isinstance(got, dp.ndarray), type(got)
    e = on_device(expected, device)
    assert_same(got, e, rtol=rtol if rtol is not None else rtol_for(e.dtype), atol=0)


def sample(dtype, shape, seed=0):
    """Small values of dtype (with ties, signs and, for floats, fractions)."""
    rng = np.random.default_rng(seed)
    if dtype == "bool":
        return rng.integers(0, 2, shape).astype(bool)
    if np.dtype(dtype).kind == "u":
        return rng.integers(0, 4, shape).astype(dtype)
    if np.dtype(dtype).kind == "i":
        return rng.integers(-3, 4, shape).astype(dtype)
    v = rng.integers(-6, 7, shape) / 4
    if np.dtype(dtype).kind == "c":
        v = v + 1j * (rng.integers(-6, 7, shape) / 4)
    return v.astype(dtype)


def dp_view(np_view, base, dbase):
    """The dparray view with the layout (shape, element strides, offset) of the NumPy view
    `np_view` of `base`, whose copy on the device is `dbase`."""
    isz = base.itemsize
    offset = (np_view.__array_interface__["data"][0] - base.__array_interface__["data"][0]) // isz
    strides = tuple(s // isz for s in np_view.strides)
    return dp.ndarray(np_view.shape, dtype=dbase.dtype, strides=strides, buffer=dbase,
                      offset=offset)


def numpy_or_error(f, *args, **kw):
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            return f(*args, **kw)
        except ValueError as e:
            return e


# ---------------------------------------------------------------------------------------------
# Every op, dtype, axis and keepdims.

SUM_LIKE = ["sum", "prod", "max", "min", "any", "all", "mean"]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", SUM_LIKE)
def test_reduce_every_dtype_and_axis(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    if name == "prod" and np.dtype(dtype).kind == "f":
        a = np.where(sample(dtype, (3, 4, 5)) == 0, 1.5, sample(dtype, (3, 4, 5))).astype(dtype)
    else:
        a = sample(dtype, (3, 4, 5))
    x = dp.asarray(a, device=device)
    for axis, keepdims in itertools.product(AXES_3D, [False, True]):
        got = getattr(dp, name)(x, axis=axis, keepdims=keepdims)
        expected = getattr(np, name)(a, axis=axis, keepdims=keepdims)
        check(got, expected, device)


@pytest.mark.parametrize("dtype", ["int8", "int32", "uint16", "float16", "float32", "float64",
                                   "complex64", "complex128", "bool"])
@pytest.mark.parametrize("name", ["var", "std"])
def test_var_std(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    a = sample(dtype, (4, 3, 5), seed=3)
    x = dp.asarray(a, device=device)
    for axis, ddof, keepdims in itertools.product([None, 0, 2, (0, 1)], [0, 1], [False, True]):
        got = getattr(dp, name)(x, axis=axis, ddof=ddof, keepdims=keepdims)
        expected = getattr(np, name)(a, axis=axis, ddof=ddof, keepdims=keepdims)
        check(got, expected, device, rtol=2e-3 if dtype == "float16" else None)
    # correction= is the Array API's spelling of ddof
    check(getattr(dp, name)(x, axis=1, correction=1.5),
          getattr(np, name)(a, axis=1, correction=1.5), device,
          rtol=2e-3 if dtype == "float16" else None)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["argmax", "argmin"])
def test_argmax_argmin_first_occurrence(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    a = sample(dtype, (4, 5, 6), seed=7)  # few distinct values: many ties
    x = dp.asarray(a, device=device)
    for axis, keepdims in itertools.product([None, 0, 1, 2, -1], [False, True]):
        check(getattr(dp, name)(x, axis=axis, keepdims=keepdims),
              getattr(np, name)(a, axis=axis, keepdims=keepdims), device)


def test_result_dtypes_follow_numpy2(device):
    for dtype in DTYPES:
        if not device.has_aspect_fp64 and dtype in FP64:
            continue
        x = dp.ones((2, 3), dtype=dtype, device=device)
        a = np.ones((2, 3), dtype=dtype)
        for name in ["sum", "prod", "mean", "max", "min", "any", "all", "argmax", "cumsum"]:
            got = getattr(dp, name)(x)
            assert str(got.dtype) == str(on_device(getattr(np, name)(a), device).dtype), (name,
                                                                                          dtype)
        for name in ["var", "std"]:
            got = getattr(dp, name)(x)
            assert str(got.dtype) == str(on_device(getattr(np, name)(a), device).dtype), (name,
                                                                                          dtype)


def test_dtype_keyword(device):
    a = np.array([100, 100, 100, -7], dtype=np.int8)
    x = dp.asarray(a, device=device)
    check(dp.sum(x, dtype=dp.int8), np.sum(a, dtype=np.int8), device)  # wraps as NumPy
    check(dp.sum(x, dtype="int16"), np.sum(a, dtype=np.int16), device)
    check(dp.prod(x, dtype=dp.int32), np.prod(a, dtype=np.int32), device)
    check(dp.mean(x, dtype=dp.float32), np.mean(a, dtype=np.float32), device)
    f = np.array([1.5, 2.5, -0.5])
    if device.has_aspect_fp64:
        xf = dp.asarray(f, device=device)
        check(dp.sum(xf, dtype=dp.int32), np.sum(f, dtype=np.int32), device)
        check(dp.sum(xf, dtype=dp.complex128), np.sum(f, dtype=np.complex128), device)
    u = np.array([200, 100], dtype=np.uint8)
    check(dp.sum(dp.asarray(u, device=device)), np.sum(u), device)
    check(dp.prod(dp.asarray(u, device=device)), np.prod(u), device)


def test_integer_sums_wrap_like_numpy(device):
    a = np.array([2**62, 2**62, 2**62, 5], dtype=np.int64)
    x = dp.asarray(a, device=device)
    with np.errstate(over="ignore"):
        check(dp.sum(x), np.sum(a), device)
        check(dp.prod(x), np.prod(a), device)
    b = np.arange(1, 40, dtype=np.uint64)
    check(dp.prod(dp.asarray(b, device=device)), np.prod(b), device)


# ---------------------------------------------------------------------------------------------
# Layouts: strided, transposed, reversed, broadcast.

def layouts(base):
    m = base.reshape(4, 6, 5)
    return {
        "transposed": m.transpose(2, 0, 1),
        "swapped": m.transpose(1, 0, 2),
        "sliced": m[::2, 1::2, ::-1],
        "reversed": m[::-1, :, ::-1],
        "column": m[:, 2, :],
        "broadcast": np.broadcast_to(m[:, :1, :], (4, 6, 5)),
    }


@pytest.mark.parametrize("layout", ["transposed", "swapped", "sliced", "reversed", "column",
                                    "broadcast"])
@pytest.mark.parametrize("dtype", ["int32", "float32", "float64", "complex64"])
def test_strided_inputs(device, dtype, layout):
    skip_if_no_fp64(device, dtype)
    base = sample(dtype, (120,), seed=11)
    dbase = dp.asarray(base, device=device)
    v = layouts(base)[layout]
    x = dp_view(v, base, dbase)
    axes = [None] + list(range(v.ndim)) + [(0, v.ndim - 1)]
    for axis in axes:
        for name in ["sum", "max", "min", "any", "mean", "prod"]:
            check(getattr(dp, name)(x, axis=axis), getattr(np, name)(v, axis=axis), device)
        if axis is None or isinstance(axis, int):
            check(dp.argmax(x, axis=axis), np.argmax(v, axis=axis), device)
            check(dp.argmin(x, axis=axis), np.argmin(v, axis=axis), device)
    check(dp.cumsum(x), np.cumsum(v), device)
    check(dp.cumsum(x, axis=0), np.cumsum(v, axis=0), device)


def test_transposed_method(device):
    a = sample("float32", (7, 9), seed=2)
    x = dp.asarray(a, device=device)
    check(x.T.sum(axis=0), a.T.sum(axis=0), device)
    check(x.T.argmax(axis=1), a.T.argmax(axis=1), device)
    check(x.T.argmin(), a.T.argmin(), device)


# ---------------------------------------------------------------------------------------------
# Shapes and axes from hypothesis.

OPS = ["sum", "prod", "max", "min", "any", "all", "mean", "argmax", "argmin", "var"]


@settings(max_examples=60, deadline=None)
@given(
    shape=hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=5),
    name=st.sampled_from(OPS),
    dtype=st.sampled_from(["int16", "uint8", "float32", "bool", "int64"]),
    keepdims=st.booleans(),
    data=st.data(),
)
def test_random_shapes_and_axes(shape, name, dtype, keepdims, data):
    devices = dp.get_devices()
    device = devices[data.draw(st.integers(0, len(devices) - 1))]
    if name in ("argmax", "argmin"):
        axis = data.draw(st.one_of(st.none(), st.integers(-len(shape), len(shape) - 1))
                         if shape else st.none())
    else:
        axis = data.draw(st.one_of(
            st.none(), st.lists(st.integers(0, len(shape) - 1), unique=True).map(tuple)
            if shape else st.just(())))
    a = sample(dtype, shape, seed=len(shape))
    x = dp.asarray(a, device=device)
    expected = numpy_or_error(getattr(np, name), a, axis=axis, keepdims=keepdims)
    if isinstance(expected, ValueError):
        with pytest.raises(ValueError, match=name):
            getattr(dp, name)(x, axis=axis, keepdims=keepdims)
        return
    got = getattr(dp, name)(x, axis=axis, keepdims=keepdims)
    check(got, expected, device)


# ---------------------------------------------------------------------------------------------
# Empty inputs.

def test_empty_reductions(device):
    x = dp.zeros((0, 3), dtype=dp.float32, device=device)
    a = np.zeros((0, 3), dtype=np.float32)
    check(dp.sum(x), np.sum(a), device)
    check(dp.sum(x, axis=0), np.sum(a, axis=0), device)
    check(dp.prod(x, axis=0), np.prod(a, axis=0), device)
    check(dp.any(x, axis=0), np.any(a, axis=0), device)
    check(dp.all(x, axis=0), np.all(a, axis=0), device)
    check(dp.max(x, axis=1), np.max(a, axis=1), device)  # empty result, no error
    check(dp.argmax(x, axis=1), np.argmax(a, axis=1), device)
    check(dp.sum(dp.zeros((0,), dtype=dp.int8, device=device)), np.sum(np.zeros(0, np.int8)),
          device)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(dp.mean(x), np.mean(a), device)
        check(dp.mean(x, axis=0), np.mean(a, axis=0), device)
        check(dp.var(x, axis=0), np.var(a, axis=0), device)
        xi = dp.zeros((0,), dtype=dp.int32, device=device)
        check(dp.mean(xi), np.mean(np.zeros(0, np.int32)), device)


@pytest.mark.parametrize("name", ["max", "min"])
def test_empty_max_min_raise(device, name):
    x = dp.zeros((3, 0), dtype=dp.float32, device=device)
    with pytest.raises(ValueError, match=rf"\[{name}\] zero-size array to reduction operation "
                                         rf"{name} which has no identity"):
        getattr(dp, name)(x, axis=1)
    with pytest.raises(ValueError, match=name):
        getattr(dp, name)(x)
    with pytest.raises(ValueError, match=name):
        getattr(dp, name)(dp.zeros((0, 0), device=device), axis=1)


@pytest.mark.parametrize("name", ["argmax", "argmin"])
def test_empty_argmax_raises(device, name):
    with pytest.raises(ValueError, match=rf"\[{name}\] attempt to get {name} of an empty"):
        getattr(dp, name)(dp.zeros((0,), device=device))
    with pytest.raises(ValueError, match=name):
        getattr(dp, name)(dp.zeros((2, 0), device=device), axis=1)


# ---------------------------------------------------------------------------------------------
# NaN.

@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("n", [5, 100, 5000])
def test_nan_propagates(device, dtype, n):
    skip_if_no_fp64(device, dtype)
    rng = np.random.default_rng(n)
    a = rng.standard_normal(n).astype(dtype)
    for pos in sorted({0, n // 3, n - 1}):
        b = a.copy()
        b[pos] = np.nan
        b[(pos + n // 2) % n] = np.nan  # a second NaN after or before the first
        x = dp.asarray(b, device=device)
        for name in ["max", "min", "sum", "argmax", "argmin"]:
            check(getattr(dp, name)(x), getattr(np, name)(b), device)
        m = dp.asarray(np.stack([a, b]), device=device)
        for name in ["max", "min", "argmax", "argmin"]:
            check(getattr(dp, name)(m, axis=1), getattr(np, name)(np.stack([a, b]), axis=1), device)
            check(getattr(dp, name)(m, axis=0), getattr(np, name)(np.stack([a, b]), axis=0), device)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_infinities_are_not_nan(device, dtype):
    # Large values and infinities of both signs (their running sums overflow to inf - inf).
    skip_if_no_fp64(device, dtype)
    a = np.full(5000, np.finfo(dtype).max / 2, dtype=dtype)
    a[100], a[2000], a[4000] = -np.inf, np.inf, -np.inf
    a[3000::7] = -np.finfo(dtype).max
    x = dp.asarray(a, device=device)
    for name in ["max", "min", "argmax", "argmin"]:
        check(getattr(dp, name)(x), getattr(np, name)(a), device)


def test_nan_counts_as_true(device):
    a = np.array([0.0, np.nan, 0.0], dtype=np.float32)
    x = dp.asarray(a, device=device)
    check(dp.any(x), np.any(a), device)
    check(dp.all(x), np.all(a), device)


def test_complex_order_and_nan(device):
    skip_if_no_fp64(device, "complex128")
    a = np.array([1 + 5j, 3 - 1j, 3 + 2j, 3 + 2j, -4 + 9j, 2 + 0j])
    x = dp.asarray(a, device=device)
    for name in ["max", "min", "argmax", "argmin"]:
        check(getattr(dp, name)(x), getattr(np, name)(a), device)
    b = a.copy()
    b[3] = complex(1, np.nan)
    xb = dp.asarray(b, device=device)
    for name in ["argmax", "argmin"]:
        check(getattr(dp, name)(xb), getattr(np, name)(b), device)
    assert np.isnan(dp.asnumpy(dp.max(xb))).any()


# ---------------------------------------------------------------------------------------------
# Accuracy and large (parallel) inputs.

def test_sum_of_2_pow_24_float32_ones_is_exact(device):
    x = dp.ones(2**24, dtype=dp.float32, device=device)
    assert float(dp.sum(x)) == 16777216.0
    check(dp.mean(x), np.float32(1), device)


def test_float32_sums_are_pairwise_accurate(device):
    rng = np.random.default_rng(5)
    a = rng.random(3_000_000).astype(np.float32)
    exact = np.sum(a.astype(np.float64))
    x = dp.asarray(a, device=device)
    assert abs(float(dp.sum(x)) - exact) <= 1e-6 * exact
    m = a.reshape(-1, 3)  # axis 0 walks rows of three lanes
    exact0 = np.sum(m.astype(np.float64), axis=0)
    got0 = dp.asnumpy(dp.sum(dp.asarray(m, device=device), axis=0)).astype(np.float64)
    np.testing.assert_allclose(got0, exact0, rtol=1e-6)


def test_large_reductions_over_each_axis(device):
    rng = np.random.default_rng(9)
    a = rng.standard_normal((700, 600)).astype(np.float32)
    x = dp.asarray(a, device=device)
    for axis in [None, 0, 1]:
        # against the float64 sum, within a few float32 roundings of the sum of magnitudes
        got = dp.asnumpy(dp.sum(x, axis=axis)).astype(np.float64)
        exact = np.sum(a.astype(np.float64), axis=axis)
        assert np.all(np.abs(got - exact) <= 1e-6 * np.sum(np.abs(a), axis=axis, dtype=np.float64))
        check(dp.max(x, axis=axis), np.max(a, axis=axis), device)
        check(dp.min(x, axis=axis), np.min(a, axis=axis), device)
        check(dp.argmax(x, axis=axis), np.argmax(a, axis=axis), device)
        check(dp.argmin(x, axis=axis), np.argmin(a, axis=axis), device)
        check(dp.any(x > 4, axis=axis), np.any(a > 4, axis=axis), device)
        check(dp.all(x > -4, axis=axis), np.all(a > -4, axis=axis), device)
    ai = rng.integers(-1000, 1000, 1_000_003)
    xi = dp.asarray(ai, device=device)
    check(dp.sum(xi), np.sum(ai), device)
    check(dp.max(xi), np.max(ai), device)
    check(dp.argmin(xi), np.argmin(ai), device)


def test_argmax_ties_across_chunks(device):
    a = np.zeros(300_000, dtype=np.float32)
    for pos in [1, 1023, 1024, 65536, 150_001, 299_999]:
        b = a.copy()
        b[pos:] = 1.0  # the first maximum is at pos, the rest tie
        x = dp.asarray(b, device=device)
        assert int(dp.argmax(x)) == pos
        assert int(dp.argmin(-x)) == pos
        c = b.astype(np.int16)
        assert int(dp.argmax(dp.asarray(c, device=device))) == pos


# ---------------------------------------------------------------------------------------------
# Cumulative sums.

@pytest.mark.parametrize("dtype", DTYPES)
def test_cumulative_sum_every_dtype(device, dtype):
    skip_if_no_fp64(device, dtype)
    a = sample(dtype, (3, 4, 5), seed=4)
    x = dp.asarray(a, device=device)
    for axis, initial in itertools.product([0, 1, 2, -1], [False, True]):
        check(dp.cumulative_sum(x, axis=axis, include_initial=initial),
              np.cumulative_sum(a, axis=axis, include_initial=initial), device)
    check(dp.cumsum(x), np.cumsum(a), device)
    check(dp.cumsum(x, axis=1), np.cumsum(a, axis=1), device)
    check(x.cumsum(axis=-1), a.cumsum(axis=-1), device)


def test_cumulative_sum_forms(device):
    a = np.arange(6, dtype=np.int32)
    x = dp.asarray(a, device=device)
    check(dp.cumulative_sum(x), np.cumulative_sum(a), device)
    check(dp.cumulative_sum(x, include_initial=True), np.cumulative_sum(a, include_initial=True),
          device)
    check(dp.cumulative_sum(x, dtype=dp.int8), np.cumulative_sum(a, dtype=np.int8), device)
    check(dp.cumulative_sum(x, dtype=dp.float32), np.cumulative_sum(a, dtype=np.float32), device)
    z = dp.asarray(np.array(3, np.int16), device=device)
    check(dp.cumulative_sum(z), np.cumulative_sum(np.array(3, np.int16)), device)
    e = np.zeros((2, 0), np.float32)
    check(dp.cumulative_sum(dp.asarray(e, device=device), axis=1, include_initial=True),
          np.cumulative_sum(e, axis=1, include_initial=True), device)
    check(dp.cumsum(dp.asarray(e, device=device)), np.cumsum(e), device)
    with pytest.raises(ValueError, match=r"\[cumulative_sum\] axis is required"):
        dp.cumulative_sum(dp.ones((2, 3), device=device))
    with pytest.raises(IndexError, match="cumulative_sum"):
        dp.cumulative_sum(x, axis=1)


@pytest.mark.parametrize("dtype", ["float16", "float32", "complex64"])
@pytest.mark.parametrize("n", [4, 300_000])
def test_cumsum_keeps_negative_zero(device, dtype, n):
    # -0.0 is the identity of float addition: a leading -0.0 stays -0.0, as in NumPy.
    a = np.zeros(n, dtype=dtype) * -1
    a[2:4] = [1, -1]
    got = dp.asnumpy(dp.cumsum(dp.asarray(a, device=device)))
    want = np.cumsum(a)
    assert np.array_equal(got, want)
    assert np.array_equal(np.signbit(got.real), np.signbit(want.real))


def test_cumsum_long_rows(device):
    rng = np.random.default_rng(1)
    a = rng.integers(-5, 6, 1_000_001)
    x = dp.asarray(a, device=device)
    check(dp.cumsum(x), np.cumsum(a), device)
    f = rng.random(600_000)
    if device.has_aspect_fp64:
        check(dp.cumsum(dp.asarray(f, device=device)), np.cumsum(f), device, rtol=1e-10)
    m = rng.integers(0, 9, (3, 200_000)).astype(np.uint32)
    check(dp.cumsum(dp.asarray(m, device=device), axis=1), np.cumsum(m, axis=1), device)


# ---------------------------------------------------------------------------------------------
# Bindings: 0-d results, placement, methods, out=, errors.

def test_full_reduction_is_a_0d_array_on_the_input_queue(device):
    x = dp.asarray([1, 2, 3], device=device)
    y = dp.sum(x)
    assert isinstance(y, dp.ndarray) and y.ndim == 0 and y.shape == ()
    assert y.device == x.device
    assert y.sycl_queue == x.sycl_queue
    assert int(y) == 6
    s = dp.ones(4, device=device, usm_type="shared")
    assert dp.max(s).usm_type == "shared"


def test_methods(device):
    a = sample("float32", (4, 5), seed=8)
    x = dp.asarray(a, device=device)
    check(x.sum(), a.sum(), device)
    check(x.sum(0), a.sum(0), device)
    check(x.sum(axis=1, keepdims=True), a.sum(axis=1, keepdims=True), device)
    check(x.prod(axis=0, dtype=dp.float64) if device.has_aspect_fp64 else x.prod(axis=0),
          a.prod(axis=0, dtype=np.float64) if device.has_aspect_fp64 else a.prod(axis=0), device)
    check(x.mean(), a.mean(), device)
    check(x.var(ddof=1), a.var(ddof=1), device)
    check(x.std(axis=0), a.std(axis=0), device)
    check(x.max(), a.max(), device)
    check(x.min(axis=1), a.min(axis=1), device)
    check(x.argmax(), a.argmax(), device)
    check(x.argmin(axis=0), a.argmin(axis=0), device)
    check(x.any(), a.any(), device)
    check(x.all(axis=1), a.all(axis=1), device)
    check(x.cumsum(), a.cumsum(), device)
    check(dp.amax(x, axis=0), np.amax(a, axis=0), device)
    check(dp.amin(x), np.amin(a), device)


def test_out(device):
    a = sample("float32", (4, 5), seed=6)
    x = dp.asarray(a, device=device)
    o = dp.empty((5,), dtype=dp.float32, device=device)
    r = dp.sum(x, axis=0, out=o)
    assert r is o
    check(o, a.sum(axis=0), device)
    oi = dp.empty((4,), dtype=dp.int64, device=device)
    dp.argmax(x, axis=1, out=oi)
    check(oi, a.argmax(axis=1), device)
    with pytest.raises(ValueError, match=r"\[sum\] out has shape \(4,\)"):
        dp.sum(x, axis=0, out=oi)
    with pytest.raises(TypeError, match=r"\[max\] cannot cast the result from float32 to int64"):
        dp.max(x, axis=1, out=oi)


def test_bad_axes(device):
    x = dp.ones((2, 3), device=device)
    with pytest.raises(IndexError, match=r"\[sum\] axis 2 is out of bounds"):
        dp.sum(x, axis=2)
    with pytest.raises(IndexError, match=r"\[max\] axis -3 is out of bounds"):
        dp.max(x, axis=(0, -3))
    with pytest.raises(IndexError, match="argmax"):
        dp.argmax(x, axis=5)
    with pytest.raises(IndexError, match="mean"):
        x.mean(axis=-3)
    with pytest.raises(ValueError, match=r"\[sum\] duplicate value in axis"):
        dp.sum(x, axis=(1, -1))
    with pytest.raises(TypeError, match=r"\[sum\] axis must be None, an int or a tuple"):
        dp.sum(x, axis=1.0)
    with pytest.raises(TypeError, match=r"\[argmax\] axis must be None or an int"):
        dp.argmax(x, axis=(0, 1))
    with pytest.raises(IndexError, match="any"):
        dp.any(dp.asarray(1.0, device=device), axis=0)


def test_bad_arguments(device):
    x = dp.ones((2, 3), device=device)
    with pytest.raises(TypeError, match=r"\[sum\] a numpy.ndarray operand is not on any device"):
        dp.sum(np.ones(3))
    with pytest.raises(TypeError, match=r"\[max\] expected a dparray.ndarray"):
        dp.max(3.0)
    with pytest.raises(ValueError, match=r"\[var\] ddof and correction can't be provided"):
        dp.var(x, ddof=1, correction=1)
    with pytest.raises(TypeError, match="sum"):
        dp.sum(x, dtype=object)
    if not device.has_aspect_fp64:
        with pytest.raises(ValueError, match="float64"):
            dp.sum(x, dtype=dp.float64)
