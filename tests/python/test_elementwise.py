"""Elementwise ops against NumPy 2: every catalogue op on every dtype its loops allow, on every
device; result dtypes and values, broadcasting, layouts, Python scalars (NEP 50), operators,
out=, and the errors users meet."""

import operator

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import dparray as dp

# NumPy warns about NaN comparisons and divisions by zero that these tests make on purpose.
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

DTYPES = [
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
]
FP64 = {"float64", "complex128"}


def floor_divide_standard(a, b):
    """NumPy's floor_divide, except floor(a / b) where an operand is infinite, as the Array API
    standard prefers and dparray does (NumPy: inf // 2 is NaN, 1 // -inf is -1)."""
    r = np.floor_divide(a, b)
    if r.dtype.kind == "f":
        inf = np.isinf(np.asarray(a).astype(r.dtype)) | np.isinf(np.asarray(b).astype(r.dtype))
        r = np.where(inf, np.floor(np.true_divide(a, b)), r).astype(r.dtype)
    return r


# Catalogue op -> NumPy function (None: same name).
UNARY = {
    "negative": None,
    "positive": None,
    "abs": np.absolute,
    "sign": None,
    "square": None,
    "sqrt": None,
    "exp": None,
    "expm1": None,
    "log": None,
    "log1p": None,
    "log2": None,
    "log10": None,
    "sin": None,
    "cos": None,
    "tan": None,
    "arcsin": None,
    "arccos": None,
    "arctan": None,
    "sinh": None,
    "cosh": None,
    "tanh": None,
    "floor": None,
    "ceil": None,
    "trunc": None,
    "round": np.round,
    "logical_not": None,
    "bitwise_invert": np.invert,
    "isnan": None,
    "isinf": None,
    "isfinite": None,
}
BINARY = {
    "add": None,
    "subtract": None,
    "multiply": None,
    "divide": None,
    "floor_divide": floor_divide_standard,
    "remainder": None,
    "pow": np.power,
    "maximum": None,
    "minimum": None,
    "arctan2": None,
    "equal": None,
    "not_equal": None,
    "less": None,
    "less_equal": None,
    "greater": None,
    "greater_equal": None,
    "logical_and": None,
    "logical_or": None,
    "logical_xor": None,
    "bitwise_and": None,
    "bitwise_or": None,
    "bitwise_xor": None,
    "left_shift": None,
    "right_shift": None,
}
# Results that depend on a libm (NumPy's SIMD code vs the device's): a few ULP apart.
TRANSCENDENTAL = {
    "sqrt",
    "exp",
    "expm1",
    "log",
    "log1p",
    "log2",
    "log10",
    "sin",
    "cos",
    "tan",
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "arctan2",
    "pow",
    "abs",
    "sign",
}
# Complex products: NumPy's SIMD loops fuse multiply-adds, so the last bit may differ.
COMPLEX_PRODUCTS = {"multiply", "square", "divide"}


def ulps_for(name, dtype):
    if name in TRANSCENDENTAL:
        return 8
    return 2 if name in COMPLEX_PRODUCTS and np.dtype(dtype).kind == "c" else 0


def np_func(name):
    f = UNARY.get(name) or BINARY.get(name)
    return f if f is not None else getattr(np, name)


def samples(dtype):
    """Values of `dtype` that reach the edge cases: extremes, zeros of both signs, NaN, inf."""
    if dtype == "bool":
        return np.array([True, False, True, True, False, False, True, False])
    if dtype.startswith("int"):
        i = np.iinfo(dtype)
        return np.array([0, 1, -1, 2, -2, 3, -7, 5, i.max, i.min, i.max - 1, i.min + 1], dtype)
    if dtype.startswith("uint"):
        i = np.iinfo(dtype)
        return np.array([0, 1, 2, 3, 5, 7, 8, 100, i.max, i.max - 1, i.max // 2, 4], dtype)
    if dtype.startswith("float"):
        big = float(np.finfo(dtype).max) / 4
        return np.array(
            [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.75, 1e-3, 7.0, np.nan, np.inf, -np.inf, big, -3.0],
            dtype,
        )
    return np.array(
        [
            0,
            1 + 2j,
            -1.5 - 0.5j,
            0.5 + 0.5j,
            3j,
            -2,
            0.3 - 0.7j,
            2 - 3j,
            1,
            -1j,
            complex(np.nan, 1),
            complex(np.inf, 0),
            complex(0, -np.inf),
            complex(-np.inf, np.nan),
        ],
        dtype,
    )


def finite_samples(dtype):
    """Moderate finite values, for transcendental complex functions (special values of
    complex libm functions differ between implementations in the sign of NaN parts)."""
    a = samples(dtype)
    if a.dtype.kind == "c":
        return a[np.isfinite(a)]
    return a


def skip_if_no_fp64(device, *dtypes):
    if not device.has_aspect_fp64 and any(str(np.dtype(d)) in FP64 for d in dtypes):
        pytest.skip(f"{device.filter_string} has no float64")


def on_device(expected, device):
    """The NumPy result as the device computes it: float64 results become float32 where the
    device has no float64 (the device's default float), as dpctl does."""
    e = np.asarray(expected)
    if not device.has_aspect_fp64:
        if e.dtype == np.float64:
            return e.astype(np.float32)
        if e.dtype == np.complex128:
            return e.astype(np.complex64)
    return e


def check(got, expected, ulps=0, device=None, zero_sign=True):
    """dtype, shape and values; ulps > 0 allows that many units in the last place (relative to
    the magnitude of the expected value) for results that come from a libm. zero_sign=False
    for max / min, where IEEE leaves the sign of max(0.0, -0.0) open (NumPy's SIMD and scalar
    loops differ)."""
    e = on_device(expected, device) if device is not None else np.asarray(expected)
    assert isinstance(got, dp.ndarray), type(got)
    g = dp.asnumpy(got)
    assert g.dtype == e.dtype, f"dtype {g.dtype} != {e.dtype}"
    assert g.shape == e.shape, f"shape {g.shape} != {e.shape}"
    if e.dtype.kind not in "fc":
        np.testing.assert_array_equal(g, e)
        return
    parts = [(g, e)] if e.dtype.kind == "f" else [(g.real, e.real), (g.imag, e.imag)]
    for gp, ep in parts:
        np.testing.assert_array_equal(np.isnan(gp), np.isnan(ep), err_msg=f"NaN\n{g}\n{e}")
        inf = np.isinf(ep)
        np.testing.assert_array_equal(gp[inf], ep[inf], err_msg=f"inf\n{g}\n{e}")
    fin = np.isfinite(e)
    if ulps == 0:
        np.testing.assert_array_equal(g[fin], e[fin])
        if e.dtype.kind == "f" and zero_sign:
            zero = e == 0
            np.testing.assert_array_equal(
                np.signbit(g[zero]), np.signbit(e[zero]), err_msg="sign of zero"
            )
        return
    eps = np.finfo(e.dtype).eps
    tol = ulps * eps * np.maximum(np.abs(e[fin]).astype(np.float64), np.finfo(e.dtype).tiny)
    err = np.abs(g[fin].astype(np.complex128) - e[fin].astype(np.complex128))
    bad = err > tol
    assert not bad.any(), f"beyond {ulps} ulp:\n got {g[fin][bad]}\n exp {e[fin][bad]}"


def numpy_or_error(f, *args):
    with np.errstate(all="ignore"):
        try:
            return f(*args), None
        except Exception as ex:  # noqa: BLE001 - the oracle's error type is what we compare
            return None, ex


def expect_same_error(np_error, call):
    """NumPy refused the input: dparray must raise the same kind of error."""
    kind = TypeError if isinstance(np_error, TypeError) else type(np_error)
    with pytest.raises(kind):
        call()


# ---------------------------------------------------------------------------------------------
# Every op on every dtype.


def test_catalogue_is_exposed():
    for name in list(UNARY) + list(BINARY) + ["clip", "where"]:
        assert callable(getattr(dp, name)), name


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_every_dtype(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    a = finite_samples(dtype) if name in TRANSCENDENTAL else samples(dtype)
    x = dp.asarray(a, device=device)
    expected, err = numpy_or_error(np_func(name), a)
    if err is not None:
        expect_same_error(err, lambda: getattr(dp, name)(x))
        with pytest.raises(TypeError, match=name):
            getattr(dp, name)(x)
        return
    check(getattr(dp, name)(x), expected, ulps_for(name, dtype), device)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_every_dtype(device, name, dtype):
    """All pairs of sample values, through broadcasting a column against a row."""
    skip_if_no_fp64(device, dtype)
    a = finite_samples(dtype) if name in TRANSCENDENTAL else samples(dtype)
    b = a
    if name == "pow" and dtype.startswith("int"):
        b = np.abs(a[(a >= 0) & (a < 70)])  # NumPy refuses negative integer powers
    if name in ("left_shift", "right_shift") and dtype[0] in "iu":
        b = np.array([0, 1, 3, 7, 8, 15, 16, 31, 32, 63, 64, 100], dtype)  # incl. >= bit width
    x = dp.asarray(a[:, None], device=device)
    y = dp.asarray(b[None, :], device=device)
    expected, err = numpy_or_error(np_func(name), a[:, None], b[None, :])
    if err is not None:
        with pytest.raises(TypeError, match=rf"\[{name}\].*{dtype}"):
            getattr(dp, name)(x, y)
        return
    check(
        getattr(dp, name)(x, y),
        expected,
        ulps_for(name, dtype),
        device,
        zero_sign=name not in ("maximum", "minimum"),
    )


PROMOTION_OPS = ["add", "multiply", "less", "maximum", "divide", "bitwise_or", "arctan2"]


@pytest.mark.parametrize("name", PROMOTION_OPS)
def test_mixed_dtype_promotion_table(device, name):
    """Every pair of dtypes: result dtype (and values) as NumPy's promotion table."""
    for d1 in DTYPES:
        for d2 in DTYPES:
            if not device.has_aspect_fp64 and (d1 in FP64 or d2 in FP64):
                continue
            a = np.array([1, 0, 3], dtype=d1)
            b = np.array([2, 1, 1], dtype=d2)
            expected, err = numpy_or_error(np_func(name), a, b)
            x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
            if err is not None:
                with pytest.raises(TypeError, match=name):
                    getattr(dp, name)(x, y)
                continue
            check(getattr(dp, name)(x, y), expected, ulps_for(name, expected.dtype), device)


# ---------------------------------------------------------------------------------------------
# Integer, NaN and complex edge cases.


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64", "uint8", "uint64"])
def test_integer_division_by_zero_gives_zero(device, dtype):
    a = np.array([7, 0, 1, 100], dtype)
    z = np.zeros(4, dtype)
    x, y = dp.asarray(a, device=device), dp.asarray(z, device=device)
    with np.errstate(all="ignore"):
        check(dp.floor_divide(x, y), np.floor_divide(a, z))
        check(dp.remainder(x, y), np.remainder(a, z))
    check(x // 0, np.zeros(4, dtype))
    check(x % 0, np.zeros(4, dtype))


@pytest.mark.parametrize("dtype", ["int8", "int16", "int32", "int64"])
def test_int_min_floor_divide_minus_one(device, dtype):
    lo = np.iinfo(dtype).min
    a = np.array([lo, lo, -7, 7], dtype)
    b = np.array([-1, 1, 2, -2], dtype)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    with np.errstate(all="ignore"):
        check(x // y, a // b)
        check(x % y, a % b)
    assert dp.asnumpy(x // y)[0] == lo  # wraps, as NumPy


@pytest.mark.parametrize("dtype", ["int8", "int32", "int64", "uint16"])
def test_shifts_by_bit_width_or_more(device, dtype):
    bits = np.dtype(dtype).itemsize * 8
    a = np.array([1, 5, -3 if dtype[0] == "i" else 3, 0], dtype)
    x = dp.asarray(a, device=device)
    for s in (bits - 1, bits, bits + 1, 2 * bits):
        sh = np.full(4, s, dtype)
        check(x << dp.asarray(sh, device=device), np.left_shift(a, sh))
        check(x >> dp.asarray(sh, device=device), np.right_shift(a, sh))
    if dtype[0] == "i":  # negative counts shift everything out, as NumPy
        neg = np.full(4, -1, dtype)
        check(x << dp.asarray(neg, device=device), np.left_shift(a, neg))
        check(x >> dp.asarray(neg, device=device), np.right_shift(a, neg))


@pytest.mark.parametrize("dtype", ["int8", "int32", "int64"])
def test_negative_integer_powers(device, dtype):
    """A negative integer power raises ValueError, as NumPy (test_np_elementwise.py has more)."""
    x = dp.asarray(np.array([1, -1, -1, 2, -3, 0], dtype), device=device)
    n = dp.asarray(np.array([-5, -2, -3, -1, -2, 3], dtype), device=device)
    with pytest.raises(ValueError, match="Integers to negative integer powers"):
        x**n
    check(x ** np.array(2, dtype).item(), np.array([1, 1, 1, 4, 9, 0], dtype))


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_maximum_minimum_propagate_nan(device, dtype):
    skip_if_no_fp64(device, dtype)
    a = np.array([np.nan, 1, np.nan, -np.inf, 0.0, -0.0], dtype)
    b = np.array([1, np.nan, np.nan, np.inf, -0.0, 0.0], dtype)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    check(dp.maximum(x, y), np.maximum(a, b), zero_sign=False)
    check(dp.minimum(x, y), np.minimum(a, b), zero_sign=False)
    check(dp.maximum(x, 0.5), np.maximum(a, 0.5))
    check(dp.minimum(0.5, x), np.minimum(0.5, a))


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_order_and_nan(device, dtype):
    """Lexicographic comparisons; a NaN part makes them false and wins maximum / minimum."""
    skip_if_no_fp64(device, dtype)
    a = np.array([1 + 2j, 1 + 3j, complex(1, np.nan), complex(np.nan, 0), 2, -1.5 - 0.5j], dtype)
    b = np.array([1 + 3j, 1 + 2j, 2 + 0j, 1j, complex(np.nan, 1), complex(3, np.nan)], dtype)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    for name in (
        "less",
        "less_equal",
        "greater",
        "greater_equal",
        "equal",
        "not_equal",
        "maximum",
        "minimum",
    ):
        check(getattr(dp, name)(x, y), getattr(np, name)(a, b))
        check(getattr(dp, name)(y, x), getattr(np, name)(b, a))


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_sign_and_pow_special_values(device, dtype):
    skip_if_no_fp64(device, dtype)
    inf, nan = np.inf, np.nan
    a = np.array(
        [
            complex(inf, 0),
            complex(-inf, 3),
            complex(2, -inf),
            complex(inf, inf),
            complex(nan, 0),
            0,
            3 - 4j,
            -0.5j,
        ],
        dtype,
    )
    x = dp.asarray(a, device=device)
    check(dp.sign(x), np.sign(a))
    z = np.zeros(4, dtype)
    e = np.array([1 + 2j, -1, 2j, 0], dtype)
    with np.errstate(all="ignore"):
        check(dp.asarray(z, device=device) ** dp.asarray(e, device=device), np.power(z, e))
    base = np.array([1 + 1j, -2 + 0.5j, 0.5 - 3j], dtype)
    for n in (-3, -1, 1, 2, 3, 7, 99, 2.5):
        check(dp.asarray(base, device=device) ** n, np.power(base, np.array(n, dtype)), 8)


@pytest.mark.parametrize("dtype", DTYPES)
def test_sign_nan_and_classification(device, dtype):
    skip_if_no_fp64(device, dtype)
    a = samples(dtype)
    x = dp.asarray(a, device=device)
    for name in ("isnan", "isinf", "isfinite"):
        check(getattr(dp, name)(x), getattr(np, name)(a))
    if dtype.startswith("float"):
        check(dp.sign(x), np.sign(a))
        assert np.isnan(
            dp.asnumpy(dp.sign(dp.asarray(np.array([np.nan], dtype), device=device)))[0]
        )


def test_float16_arithmetic_rounds_like_numpy(device):
    rng = np.random.default_rng(5)
    a = rng.standard_normal(200).astype(np.float16) * 100
    b = rng.standard_normal(200).astype(np.float16)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    for name in ("add", "subtract", "multiply", "divide", "floor_divide", "remainder"):
        with np.errstate(all="ignore"):
            check(getattr(dp, name)(x, y), getattr(np, name)(a, b))
    check(dp.sqrt(dp.abs(x)), np.sqrt(np.abs(a)))
    big = np.array([60000, 65504, -65504], np.float16)
    check(dp.asarray(big, device=device) * 2, big * np.float16(2))  # overflow to inf


# ---------------------------------------------------------------------------------------------
# Broadcasting and layouts.

SMALL_DTYPES = ["int16", "uint8", "float32", "complex64", "bool"]


@settings(max_examples=40, deadline=None, database=None)
@given(
    shapes=hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=4, max_side=4),
    d1=st.sampled_from(SMALL_DTYPES),
    d2=st.sampled_from(SMALL_DTYPES),
    name=st.sampled_from(["add", "multiply", "less", "maximum", "logical_xor", "equal"]),
    seed=st.integers(0, 2**16),
)
def test_broadcasting_random_shapes(shapes, d1, d2, name, seed):
    device = dp.get_devices()[seed % len(dp.get_devices())]
    rng = np.random.default_rng(seed)
    a = (rng.integers(0, 5, shapes.input_shapes[0])).astype(d1)
    b = (rng.integers(0, 5, shapes.input_shapes[1])).astype(d2)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    check(getattr(dp, name)(x, y), getattr(np, name)(a, b), device=device)


@settings(max_examples=20, deadline=None, database=None)
@given(
    shapes=hnp.mutually_broadcastable_shapes(num_shapes=3, min_dims=0, max_dims=3, max_side=3),
    seed=st.integers(0, 2**16),
)
def test_where_and_clip_broadcast(shapes, seed):
    device = dp.get_devices()[seed % len(dp.get_devices())]
    rng = np.random.default_rng(seed)
    c = rng.integers(0, 2, shapes.input_shapes[0]).astype(bool)
    a = rng.integers(-9, 9, shapes.input_shapes[1]).astype(np.int32)
    b = rng.integers(-9, 9, shapes.input_shapes[2]).astype(np.int16)
    xc, xa, xb = (dp.asarray(v, device=device) for v in (c, a, b))
    check(dp.where(xc, xa, xb), np.where(c, a, b))
    check(dp.clip(xa, xb, 4), np.clip(a, b, np.int32(4)))


def test_broadcast_mismatch_names_op_and_shapes(device):
    x = dp.ones((2, 3), device=device)
    y = dp.ones((4,), device=device)
    with pytest.raises(ValueError, match=r"\[add\].*\(2, 3\).*\(4,\)"):
        x + y


def dp_view(np_view, base, dbase):
    """The dparray view with the layout of the NumPy view `np_view` of `base` (a copy of which
    is `dbase`): same shape, element strides and element offset."""
    isz = base.itemsize
    offset = (np_view.__array_interface__["data"][0] - base.__array_interface__["data"][0]) // isz
    strides = tuple(s // isz for s in np_view.strides)
    return dp.ndarray(
        np_view.shape, dtype=dbase.dtype, strides=strides, buffer=dbase, offset=offset
    )


def layouts(base):
    """NumPy views of `base` (24 elements): contiguous, strided, transposed, reversed,
    offset, broadcast (stride 0), 0-d and zero-size."""
    m = base.reshape(4, 6)
    return {
        "contiguous": m[:, :3],
        "strided": m[:, ::2],
        "transposed": base.reshape(3, 8)[:, :4].T,
        "reversed": m[::-1, ::-2],
        "offset": base[3:15].reshape(4, 3),
        "broadcast": np.lib.stride_tricks.as_strided(base[5:], (4, 3), (0, base.itemsize)),
    }


@pytest.mark.parametrize("dtype", ["int32", "float32", "complex64", "uint8", "bool"])
def test_layouts_unary_and_binary(device, dtype):
    base = (np.arange(24) % 7 - 3).astype(dtype)
    dbase = dp.asarray(base, device=device)
    views = layouts(base)
    dviews = {k: dp_view(v, base, dbase) for k, v in views.items()}
    neg = "logical_not" if dtype == "bool" else "negative"
    for k, v in views.items():
        assert dviews[k].shape == v.shape and dviews[k].strides == v.strides, k
        check(getattr(dp, neg)(dviews[k]), getattr(np, neg)(v))
        check(dp.abs(dviews[k]), np.abs(v))
        for k2, v2 in views.items():
            check(dviews[k] * dviews[k2], v * v2)
            check(dp.less(dviews[k], dviews[k2]), np.less(v, v2))


def test_zero_size_and_0d(device):
    e = dp.ones((0, 3), device=device)
    check(e + dp.ones(3, device=device), np.ones((0, 3)) + np.ones(3), device=device)
    check(dp.sqrt(e), np.ones((0, 3)), device=device)
    check(dp.asarray(np.zeros((2, 0, 4), "i4"), device=device) < 1, np.zeros((2, 0, 4), bool))
    s = dp.asarray(2.0, device=device)
    check(s * 3, np.asarray(6.0), device=device)
    check(s + dp.asarray([1.0, 2.0], device=device), np.asarray([3.0, 4.0]), device=device)
    check(dp.negative(dp.asarray(np.int8(5), device=device)), np.asarray(-5, np.int8))
    with pytest.raises(ValueError, match="broadcast"):
        e + dp.ones(2, device=device)


def test_out_into_strided_and_reversed_views(device):
    base = np.zeros(24, np.float32)
    dbase = dp.asarray(base, device=device)
    a = np.arange(12, dtype=np.float32).reshape(4, 3)
    x = dp.asarray(a, device=device)
    for name, v in layouts(base).items():
        if name == "broadcast":
            continue
        dv = dp_view(v, base, dbase)
        r = dp.add(x, 1, out=dv)
        assert r is dv
        np.add(a, 1, out=v)
        np.testing.assert_array_equal(dp.asnumpy(dbase), base, err_msg=name)


def test_inplace_with_overlapping_operands(device):
    m = np.arange(16, dtype=np.int64).reshape(4, 4)
    x = dp.asarray(m, device=device)
    x += x.T
    check(x, m + m.T)
    base = np.arange(10, dtype=np.float32)
    dbase = dp.asarray(base, device=device)
    head = dp.ndarray((9,), dtype="float32", buffer=dbase, offset=0)
    tail = dp.ndarray((9,), dtype="float32", buffer=dbase, offset=1)
    dp.add(tail, 0, out=head)  # shift left by one, reading ahead of the writes
    np.add(base[1:], 0, out=base[:9])
    check(dbase, base)
    rev = dp.ndarray((10,), dtype="float32", strides=(-1,), buffer=dbase, offset=9)
    dp.multiply(rev, 1, out=dbase)
    check(dbase, base[::-1].copy())


# ---------------------------------------------------------------------------------------------
# Python scalars and NEP 50 weak promotion.


def test_weak_python_scalars(device):
    i8 = dp.asarray([1, 2, -3], dtype="int8", device=device)
    f32 = dp.asarray([1.5, 2, 3], dtype="float32", device=device)
    u8 = dp.asarray([1, 2, 250], dtype="uint8", device=device)
    assert (i8 + 1).dtype == dp.int8
    assert (1 + i8).dtype == dp.int8
    assert (i8 + True).dtype == dp.int8
    assert (f32 + 1.5).dtype == dp.float32
    assert (2.5 * f32).dtype == dp.float32
    assert (f32 + 1j).dtype == dp.complex64
    assert (i8 + 1.5).dtype == dp.result_type(dp.float64, dp.float32) or not device.has_aspect_fp64
    check(i8 + 1.5, np.array([1, 2, -3], np.int8) + 1.5, device=device)
    check(i8 * 1j, np.array([1, 2, -3], np.int8) * 1j, device=device)
    check(u8 + 5, np.array([6, 7, 255], np.uint8))
    with pytest.raises(OverflowError, match=r"\[add\].*1000.*int8"):
        i8 + 1000
    with pytest.raises(OverflowError, match="uint8"):
        u8 + -1
    with pytest.raises(OverflowError, match="uint8"):
        -1 + u8
    with pytest.raises(OverflowError):
        i8 + 2**70


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int32", "int64", "uint64"])
def test_comparisons_with_out_of_range_ints(device, dtype):
    """NumPy 2 compares exactly: no overflow, no float rounding."""
    info = np.iinfo(dtype)
    a = np.array([info.min, 0, info.max], dtype)
    x = dp.asarray(a, device=device)
    for v in (info.max + 1, info.min - 1, 2**63, -(2**63) - 1, 2**64 - 1, 1000, -1000):
        if v < -(2**63) or v >= 2**64:
            continue
        for op in (operator.lt, operator.le, operator.gt, operator.ge, operator.eq, operator.ne):
            check(op(x, v), op(a, v))
            check(op(v, x), op(v, a))


SCALARS = [2, -3, 0, True, 2.5, -0.0, 1j, 2**40]
# Python operators and the ufuncs NumPy defines them by (ndarray's own operators take fast
# paths for some scalars, e.g. x ** 2 -> square, which change result dtypes).
OPERATORS = [
    (operator.add, np.add),
    (operator.sub, np.subtract),
    (operator.mul, np.multiply),
    (operator.truediv, np.true_divide),
    (operator.floordiv, floor_divide_standard),
    (operator.mod, np.remainder),
    (operator.pow, np.power),
    (operator.and_, np.bitwise_and),
    (operator.or_, np.bitwise_or),
    (operator.xor, np.bitwise_xor),
    (operator.lshift, np.left_shift),
    (operator.rshift, np.right_shift),
    (operator.lt, np.less),
    (operator.le, np.less_equal),
    (operator.gt, np.greater),
    (operator.ge, np.greater_equal),
    (operator.eq, np.equal),
    (operator.ne, np.not_equal),
]


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint16", "int64", "float16", "float32", "complex64"]
)
@pytest.mark.parametrize("ops", OPERATORS, ids=lambda t: t[0].__name__)
def test_operators_with_scalars_both_sides(device, ops, dtype):
    op, ufunc = ops
    a = np.array([3, 1, 0, 5], dtype) if dtype != "bool" else np.array([True, False, True, True])
    x = dp.asarray(a, device=device)
    for s in SCALARS:
        for args, dargs in (((a, s), (x, s)), ((s, a), (s, x))):
            int_pow = (
                op is operator.pow and not isinstance(s, (float, complex)) and dtype[0] in "iub"
            )
            if int_pow and ((args[1] is s and s < 0) or (args[0] is s and dtype != "bool")):
                continue  # negative integer powers: NumPy raises (see test above)
            expected, err = numpy_or_error(ufunc, *args)
            if err is not None:
                with pytest.raises(type(err) if not isinstance(err, TypeError) else TypeError):
                    op(*dargs)
                continue
            ulps = 8 if op is operator.pow else 0
            check(op(*dargs), expected, ulps, device)


def test_python_int_must_fit_the_loop_dtype(device):
    """NEP 50 converts a Python int to the dtype the loop runs in: 2**40 fits a float loop."""
    i8 = dp.asarray([1, 2, -3], dtype="int8", device=device)
    check(i8 / 2**40, np.array([1, 2, -3], np.int8) / 2**40, device=device)
    check(dp.arctan2(i8, 1000), np.arctan2(np.array([1, 2, -3], np.int8), 1000), 8)
    check(dp.logical_and(i8, 256), np.logical_and(np.array([1, 2, -3], np.int8), 256))
    check(dp.logical_or(dp.asarray([0], dtype="uint8", device=device), -512), np.array([True]))
    with pytest.raises(OverflowError, match=r"\[multiply\].*int8"):
        i8 * 128
    with pytest.raises(OverflowError, match=r"\[pow\].*int8"):
        i8**1000


def test_numpy_scalars_are_typed(device):
    """NumPy scalars promote like 0-d arrays (NEP 50), Python scalars stay weak."""
    f32 = dp.asarray([1.5, 2.0], dtype="float32", device=device)
    i8 = dp.asarray([1, 2], dtype="int8", device=device)
    assert (i8 + np.int64(3)).dtype == dp.int64
    assert (i8 + np.int8(3)).dtype == dp.int8
    assert (np.uint8(3) * i8).dtype == dp.int16
    assert (f32 + np.float32(1)).dtype == dp.float32
    if device.has_aspect_fp64:
        assert (f32 + np.float64(1.5)).dtype == dp.float64
        check(f32 + np.float64(1.5), np.array([1.5, 2.0], np.float32) + np.float64(1.5))
    check(i8 + np.bool_(True), np.array([2, 3], np.int8))


# ---------------------------------------------------------------------------------------------
# Operators: every one, reflected and in-place.

BINOPS = [
    ("__add__", "__radd__", "__iadd__", np.add),
    ("__sub__", "__rsub__", "__isub__", np.subtract),
    ("__mul__", "__rmul__", "__imul__", np.multiply),
    ("__truediv__", "__rtruediv__", "__itruediv__", np.true_divide),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__", np.floor_divide),
    ("__mod__", "__rmod__", "__imod__", np.remainder),
    ("__pow__", "__rpow__", "__ipow__", np.power),
    ("__and__", "__rand__", "__iand__", np.bitwise_and),
    ("__or__", "__ror__", "__ior__", np.bitwise_or),
    ("__xor__", "__rxor__", "__ixor__", np.bitwise_xor),
    ("__lshift__", "__rlshift__", "__ilshift__", np.left_shift),
    ("__rshift__", "__rrshift__", "__irshift__", np.right_shift),
]


@pytest.mark.parametrize("dtype", ["int32", "uint8", "float32", "bool"])
@pytest.mark.parametrize("names", BINOPS, ids=lambda t: t[0])
def test_binary_operators_reflected_inplace(device, names, dtype):
    fwd, rev, inp, ref = names
    a = np.array([[4, 1, 3], [2, 7, 1]]).astype(dtype)
    b = np.array([3, 2, 1]).astype(dtype)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    expected, err = numpy_or_error(ref, a, b)
    if err is not None:
        with pytest.raises(TypeError):
            getattr(x, fwd)(y)
        return
    check(getattr(x, fwd)(y), expected, device=device)
    check(getattr(y, rev)(x), expected, device=device)
    # In place: same object, same dtype, values cast back (same_kind) like NumPy.
    z = dp.asarray(a, device=device)
    zn = a.copy()
    ident = id(z)
    _, ierr = numpy_or_error(lambda: getattr(zn, inp)(b))
    if ierr is not None:
        with pytest.raises(TypeError, match="same_kind|not supported"):
            getattr(z, inp)(y)
        return
    z = getattr(z, inp)(y)
    assert id(z) == ident
    check(z, zn)


@pytest.mark.parametrize("dtype", ["int8", "float64", "complex64", "bool", "uint32"])
def test_unary_and_comparison_operators(device, dtype):
    skip_if_no_fp64(device, dtype)
    a = samples(dtype)[:8]
    x = dp.asarray(a, device=device)
    for op in (operator.neg, operator.pos, abs, operator.invert):
        expected, err = numpy_or_error(op, a)
        if err is not None:
            with pytest.raises(TypeError):
                op(x)
            continue
        check(op(x), expected)
    b = a[::-1].copy()
    y = dp.asarray(b, device=device)
    for op in (operator.lt, operator.le, operator.gt, operator.ge, operator.eq, operator.ne):
        check(op(x, y), op(a, b))


def test_inplace_keeps_identity_and_dtype(device):
    x = dp.asarray([1, 2, 3], dtype="int16", device=device)
    before = id(x)
    x += 1
    x *= 3
    x -= dp.asarray([1, 1, 1], dtype="int8", device=device)
    assert id(x) == before and x.dtype == dp.int16
    check(x, np.array([5, 8, 11], np.int16))
    f = dp.asarray([1.0, 2.0], dtype="float32", device=device)
    f += 2**40  # a weak int into float32
    assert f.dtype == dp.float32
    if device.has_aspect_fp64:
        f += dp.asarray([1.0, 1.0], device=device)  # float64 -> float32 is same_kind
        assert f.dtype == dp.float32


def test_inplace_same_kind_errors(device):
    x = dp.asarray([1, 2, 3], device=device)
    with pytest.raises(TypeError, match="same_kind"):
        x += 1.5
    with pytest.raises(TypeError, match="same_kind"):
        x /= 2
    b = dp.asarray([True, False], device=device)
    with pytest.raises(TypeError):
        b += 1
    small = dp.ones(3, device=device)
    with pytest.raises(ValueError, match=r"\(2, 3\)"):
        small += dp.ones((2, 3), device=device)
    with pytest.raises(ValueError, match=r"\(1, 3\)"):
        small += dp.ones((1, 3), device=device)  # NumPy refuses to grow the target too
    small += dp.ones(1, device=device)  # broadcasts into the target's shape
    check(small, np.full(3, 2.0), device=device)


# ---------------------------------------------------------------------------------------------
# out=, clip, where, round.


def test_out_argument(device):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    x = dp.asarray(a, device=device)
    out = dp.empty((2, 3), dtype="float32", device=device)
    r = dp.multiply(x, 2, out=out)
    assert r is out
    check(out, a * 2)
    big = dp.zeros(
        (4, 2, 3), dtype="float64" if device.has_aspect_fp64 else "float32", device=device
    )
    dp.add(x, 1, out=big)  # broadcast and cast (float32 -> float64) into out
    check(big, np.broadcast_to(a + 1, (4, 2, 3)).astype(big.dtype.name))
    r = dp.sqrt(x, out=x)
    assert r is x
    check(x, np.sqrt(a))
    with pytest.raises(ValueError, match="output"):
        dp.add(x, 1, out=dp.empty(3, dtype="float32", device=device))
    with pytest.raises(TypeError, match="same_kind"):
        dp.add(x, 1, out=dp.empty((2, 3), dtype="int32", device=device))
    with pytest.raises(TypeError, match="out"):
        dp.add(x, 1, out=np.empty((2, 3), np.float32))
    with pytest.raises(dp.ExecutionPlacementError):
        dp.add(x, 1, out=dp.empty((2, 3), dtype="float32", sycl_queue=dp.Queue(device)))
    bo = dp.empty((2, 3), dtype="bool", device=device)
    assert dp.less(x, 2, out=bo) is bo
    check(bo, np.sqrt(a) < 2)


@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64", "float16", "float32", "bool"])
def test_clip(device, dtype):
    a = samples(dtype)
    x = dp.asarray(a, device=device)
    lo, hi = (False, True) if dtype == "bool" else (1, 5)
    check(dp.clip(x, lo, hi), np.clip(a, lo, hi))
    check(dp.clip(x, None, hi), np.clip(a, None, hi))
    check(dp.clip(x, lo, None), np.clip(a, lo, None))
    check(dp.clip(x), a)
    lo_a = np.flip(a)
    check(dp.clip(x, dp.asarray(lo_a, device=device), hi), np.clip(a, lo_a, hi))
    if dtype.startswith("float"):
        check(dp.clip(x, np.nan, 2), np.clip(a, np.nan, 2))  # NaN bounds propagate
    if dtype.startswith("int"):
        check(dp.clip(x, 0.5, 2), np.clip(a, 0.5, 2), device=device)  # float bounds promote
    out = dp.empty_like(x)
    assert dp.clip(x, lo, hi, out=out) is out
    check(out, np.clip(a, lo, hi))


def test_clip_complex_as_numpy(device):
    # NumPy 2 clips complex in its lexicographic order (more in test_integer_semantics.py).
    a = np.array([1 + 1j, 2 - 3j, 0.5 + 9j], np.complex64)
    z = dp.asarray(a, device=device)
    check(dp.clip(z, 1 + 0j, 2 + 0j), np.clip(a, 1 + 0j, 2 + 0j))


def test_where(device):
    c = np.array([True, False, True, False])
    a = np.array([1, 2, 3, 4], np.int8)
    b = np.array([0.5, 1.5, 2.5, 3.5], np.float32)
    xc, xa, xb = (dp.asarray(v, device=device) for v in (c, a, b))
    check(dp.where(xc, xa, xb), np.where(c, a, b))
    check(dp.where(xc, xa, 0), np.where(c, a, np.int8(0)))
    check(dp.where(xc, 1.5, xb), np.where(c, np.float32(1.5), b))
    check(dp.where(xa > 2, xa, -1), np.where(a > 2, a, np.int8(-1)))
    check(dp.where(xa, 1, 0), np.where(a, 1, 0))  # non-bool condition: non-zero is true
    check(dp.where(True, xa, xb), np.where(True, a, b))
    with pytest.raises(OverflowError):
        dp.where(xc, xa, 1000)


@pytest.mark.parametrize("decimals", [-2, -1, 0, 1, 3])
@pytest.mark.parametrize(
    "dtype", ["float16", "float32", "float64", "int16", "int64", "uint8", "complex64", "complex128"]
)
def test_round_decimals(device, dtype, decimals):
    skip_if_no_fp64(device, dtype)
    if dtype[0] in "iu":
        a = np.array([0, 5, 15, 25, 126, 250, 99], dtype)
    elif dtype[0] == "c":
        a = np.array([1.25 + 2.35j, -0.5 - 1.5j, 2.5 + 0.125j, 1234.5678 - 0.0151j], dtype)
    else:
        a = np.array([0.5, 1.5, 2.5, -0.5, -2.5, 1.2345, 123.456, -0.0, np.nan, np.inf], dtype)
    x = dp.asarray(a, device=device)
    check(dp.round(x, decimals), np.round(a, decimals), 2)
    check(dp.round(x, decimals=decimals), np.round(a, decimals=decimals), 2)
    out = dp.empty_like(x)
    assert dp.round(x, decimals, out=out) is out
    check(out, np.round(a, decimals), 2)
    assert dp.around is dp.round


def test_round_bool_and_errors(device):
    b = dp.asarray([True, False], device=device)
    check(dp.round(b), np.round(np.array([True, False])))  # float16, as NumPy's rint loop
    with pytest.raises(TypeError, match="round"):
        dp.round([1.5])
    with pytest.raises(TypeError, match="same_kind"):
        dp.round(dp.asarray([1.5], device=device), out=dp.empty(1, dtype="int32", device=device))


# ---------------------------------------------------------------------------------------------
# Errors: unsupported dtypes, placement, NumPy operands.


@pytest.mark.parametrize(
    "name, dtype",
    [
        ("bitwise_and", "float32"),
        ("bitwise_or", "float64"),
        ("bitwise_xor", "complex64"),
        ("left_shift", "float32"),
        ("right_shift", "float16"),
        ("floor_divide", "complex64"),
        ("remainder", "complex128"),
        ("arctan2", "complex64"),
        ("subtract", "bool"),
    ],
)
def test_unsupported_dtype_combination_names_op_and_dtypes(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    x = dp.asarray(np.ones(3, dtype), device=device)
    with pytest.raises(TypeError, match=rf"\[{name}\].*{dtype}, {dtype}"):
        getattr(dp, name)(x, x)


@pytest.mark.parametrize("name", ["negative", "positive", "sign", "bitwise_invert", "floor"])
def test_unsupported_unary_dtype(device, name):
    dtype = "bool" if name in ("negative", "positive", "sign") else "complex64"
    x = dp.asarray(np.ones(3, dtype), device=device)
    with pytest.raises(TypeError, match=rf"\[{name}\].*{dtype}"):
        getattr(dp, name)(x)


def test_mixed_queues_raise_placement_error(device):
    a = dp.ones(3, device=device)
    b = dp.ones(3, sycl_queue=dp.Queue(device))
    with pytest.raises(dp.ExecutionPlacementError, match=r"\[add\].*Queue"):
        a + b
    with pytest.raises(dp.ExecutionPlacementError, match="where"):
        dp.where(a > 0, a, b)
    with pytest.raises(dp.ExecutionPlacementError):
        a += b
    assert isinstance(dp.ExecutionPlacementError("x"), ValueError)  # dpctl derives it so
    check(a + b.to_device(a.device), np.full(3, 2.0), device=device)


def test_numpy_operands_are_rejected(device):
    x = dp.ones(3, device=device)
    n = np.ones(3)
    for f in (
        lambda: x + n,
        lambda: n + x,
        lambda: dp.add(x, n),
        lambda: dp.sin(n),
        lambda: x < n,
        lambda: n * x,
    ):
        with pytest.raises(TypeError, match="asarray"):
            f()


def test_other_operands(device):
    x = dp.ones(3, device=device)
    with pytest.raises(TypeError, match="str"):
        dp.add(x, "a")
    with pytest.raises(TypeError):
        x + "a"
    with pytest.raises(TypeError, match="needs at least one"):
        dp.add(1, 2)
    assert (x == None) is False  # falls back to identity, never raises


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64", "complex128"])
@pytest.mark.parametrize("exponent", [2, 2.0])
def test_power_of_python_two_is_square(device, dtype, exponent):
    # x ** 2 takes NumPy's fast path (square): the same bits as NumPy, special values too.
    if dtype in ("float64", "complex128") and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    a = np.array([-0.0, 1.5, -2.25, np.inf, -np.inf, np.nan, 3e-30, 1e20, 7.0])
    a = a.astype(dtype) if dtype.startswith("float") else (a + 1j * a[::-1]).astype(dtype)
    with np.errstate(all="ignore"):
        expected = a**exponent
        got = dp.asarray(a, device=device) ** exponent
    assert str(got.dtype) == dtype
    np.testing.assert_array_equal(dp.asnumpy(got), expected)
