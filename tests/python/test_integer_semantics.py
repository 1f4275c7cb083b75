"""Integer wrap-around, float -> integer conversion, tanh saturation, complex clip and
astype layout, against NumPy on every device (docs/semantics.md, "Integer overflow and
float -> integer conversion")."""

import warnings

import numpy as np
import pytest

import dparray as dp

INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
FLOAT_DTYPES = ["float16", "float32", "float64"]


@pytest.fixture(autouse=True)
def _quiet_numpy():
    # The oracle warns on overflow, division by zero and invalid casts; values are compared.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            yield


def edges(dtype):
    """The wrap-around edges of an integer dtype and a few ordinary values."""
    info = np.iinfo(dtype)
    vals = {
        info.min,
        info.min + 1,
        info.max,
        info.max - 1,
        info.max // 2,
        info.max // 2 + 1,
        0,
        1,
        2,
        3,
        7,
    }
    if info.min < 0:
        vals |= {-1, -2, -3, info.min // 2}
    return np.array(sorted(vals), dtype=dtype)


def pairs(dtype):
    v = edges(dtype)
    a, b = np.meshgrid(v, v, indexing="ij")
    return a.ravel(), b.ravel()


def on(device, a):
    if a.dtype == np.float64 and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    return dp.asarray(a, device=device)


def same(got, expected):
    g = dp.asnumpy(got)
    assert g.dtype == expected.dtype, f"dtype {g.dtype} != {expected.dtype}"
    np.testing.assert_array_equal(g, expected)


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("op", ["add", "subtract", "multiply", "floor_divide", "remainder"])
def test_binary_wraps_like_numpy(device, dtype, op):
    a, b = pairs(dtype)
    same(getattr(dp, op)(on(device, a), on(device, b)), getattr(np, op)(a, b))


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("op", ["negative", "abs", "square", "positive", "sign"])
def test_unary_wraps_like_numpy(device, dtype, op):
    a = edges(dtype)
    same(getattr(dp, op)(on(device, a)), getattr(np, op)(a))


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_power_wraps_like_numpy(device, dtype):
    bits = np.iinfo(dtype).bits
    base = edges(dtype)
    exps = np.array([0, 1, 2, 3, 5, bits - 1, bits, bits + 1, 100], dtype=dtype)
    a, b = np.meshgrid(base, exps, indexing="ij")
    a, b = a.ravel(), b.ravel()
    same(dp.pow(on(device, a), on(device, b)), np.power(a, b))


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("op", ["left_shift", "right_shift"])
def test_shifts_by_large_and_negative_counts(device, dtype, op):
    bits = np.iinfo(dtype).bits
    counts = [0, 1, bits // 2, bits - 1, bits, bits + 1, 2 * bits, np.iinfo(dtype).max]
    if np.iinfo(dtype).min < 0:
        counts += [-1, np.iinfo(dtype).min]
    base = edges(dtype)
    a, b = np.meshgrid(base, np.array(counts, dtype=dtype), indexing="ij")
    a, b = a.ravel(), b.ravel()
    same(getattr(dp, op)(on(device, a), on(device, b)), getattr(np, op)(a, b))


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint16", "uint8"])
def test_wrap_with_python_scalars_and_in_place(device, dtype):
    a = edges(dtype)
    x = on(device, a)
    same(x + 1, a + dtype_scalar(dtype, 1))
    same(x * 3, a * dtype_scalar(dtype, 3))
    y = on(device, a)
    y *= on(device, a)
    same(y, a * a)


def dtype_scalar(dtype, v):
    return np.array(v, dtype=dtype)[()]


# Float -> integer: NumPy's x86-64 results. NumPy's own contiguous float -> uint32
# SIMD loop differs from its scalar one out of range; the scalar one (a strided
# source) is the rule (docs/semantics.md).
SPECIALS = [
    np.nan, np.inf, -np.inf, 1e300, -1e300, 1e38, -3e38, 65504.0, -65504.0,
    -1.0, -0.9, -0.5, 0.9, 127.5, 128.0, -129.0, 255.9, 256.0, 300.0, -300.0,
    65535.7, 65536.0, -65537.0, 2.0**31 - 1, 2.0**31, -(2.0**31), -(2.0**31) - 1, 2.0**32,
    4e9, -4e9, 1e10, -1e10, 2.0**53, 2.0**63, -(2.0**63), -(2.0**63) - 1e5 * 4096,
    2.0**63 + 1e5 * 4096, 1e19, -1e19, 2.0**64, 3e19,
]  # fmt: skip


def numpy_scalar_cast(x, to):
    return np.repeat(x, 2)[::2].astype(to)


@pytest.mark.parametrize("src", FLOAT_DTYPES)
@pytest.mark.parametrize("to", INT_DTYPES)
def test_float_to_int_cast_is_numpy_x86(device, src, to):
    x = np.array(SPECIALS, dtype=src)
    expected = numpy_scalar_cast(x, to)
    d = on(device, x)
    same(d.astype(to), expected)
    # Strided source and destination take the same rule.
    d2 = on(device, np.repeat(x, 2))[::2]
    same(d2.astype(to), expected)


@pytest.mark.parametrize("src", ["complex64", "complex128"])
@pytest.mark.parametrize("to", ["int8", "int32", "uint16", "uint32", "uint64"])
def test_complex_to_int_takes_the_real_part(device, src, to):
    if src == "complex128" and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    x = np.array(SPECIALS, dtype=src) + 1j
    expected = numpy_scalar_cast(x.real, to)
    same(dp.asarray(x, device=device).astype(to), expected)


# NaN and inf are a ValueError in the creation binding (as np.array(nan, dtype=int)).
@pytest.mark.parametrize("value", [1e300, -1e300, -1.0, 3e9, -1e10, 300.7, -2.5, 65535.7])
@pytest.mark.parametrize("to", INT_DTYPES)
def test_full_with_a_float_into_an_int_array(device, value, to):
    same(dp.full(3, value, dtype=to, device=device), np.full(3, value, dtype=to))


@pytest.mark.parametrize("to", ["int32", "int64", "uint8"])
def test_rounding_results_cast_to_int(device, to):
    x = np.array([-2.7, -0.5, 0.5, 2.5, 1e10, -1e19, np.nan], dtype="float32")
    d = on(device, x)
    for op in ("trunc", "floor", "ceil"):
        same(getattr(dp, op)(d).astype(to), numpy_scalar_cast(getattr(np, op)(x), to))


# tanh is exactly +-1 where NumPy's is (float32 from 10, float64 from 18.990341103219276).
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_tanh_saturates_like_numpy(device, dtype):
    lo, hi = (8.0, 10.5) if dtype == "float32" else (18.0, 19.5)
    x = np.concatenate([np.linspace(lo, hi, 4001), [40.0, 1e4, np.inf, 0.0, 1.0]]).astype(dtype)
    x = np.concatenate([x, -x])
    d = on(device, x)
    got = dp.asnumpy(dp.tanh(d))
    np.testing.assert_array_equal(got == 1, np.tanh(x) == 1)
    np.testing.assert_array_equal(got == -1, np.tanh(x) == -1)
    np.testing.assert_array_equal(np.trunc(got), np.trunc(np.tanh(x)))
    assert dp.asnumpy(dp.tanh(on(device, np.array([40.0], dtype=dtype))))[0] == 1.0
    # The strided (non-SIMD) host loop follows the same rule.
    strided = dp.asnumpy(dp.tanh(on(device, np.repeat(x, 2))[::2]))
    np.testing.assert_array_equal(strided == 1, np.tanh(x) == 1)


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_tanh_saturates(device, dtype):
    if dtype == "complex128" and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    x = np.array([40 + 1j, 400 + 0j, -40 - 3j, 25 + 0.5j], dtype=dtype)
    got = dp.asnumpy(dp.tanh(dp.asarray(x, device=device)))
    np.testing.assert_array_equal(got.real, np.tanh(x).real)


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_clip_like_numpy(device, dtype):
    if dtype == "complex128" and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    nan = float("nan")
    a = np.array(
        [1 + 5j, 3 - 1j, 2 + 2j, 0j, complex(nan, 1), complex(2, nan), 5 + 0j, 1 + 0.5j],
        dtype=dtype,
    )
    x = dp.asarray(a, device=device)
    for lo, hi in [(1 + 1j, 3 + 0j), (3 + 0j, 1 + 1j), (complex(nan, 0), 3), (1.5, 3), (1, 2 + 1j)]:
        np.testing.assert_array_equal(dp.asnumpy(dp.clip(x, lo, hi)), np.clip(a, lo, hi))
    np.testing.assert_array_equal(dp.asnumpy(dp.clip(x, None, 2 + 1j)), np.clip(a, None, 2 + 1j))
    lo = np.array([0, 1 + 1j, 3, 0, 0, 0, 1, 1 + 1j], dtype=dtype)
    hi = np.full(8, 2 + 2j, dtype=dtype)
    got = dp.clip(x, dp.asarray(lo, device=device), dp.asarray(hi, device=device))
    assert dp.asnumpy(got).dtype == np.dtype(dtype)
    np.testing.assert_array_equal(dp.asnumpy(got), np.clip(a, lo, hi))


# astype keeps the layout (NumPy's order='K').
def views(xp, base):
    b3 = xp.reshape(base, (4, 5, 6))
    return {
        "transposed": xp.reshape(base, (12, 10)).T,
        "f_order": xp.permute_dims(b3, (2, 1, 0)) if xp is dp else b3.transpose(2, 1, 0),
        "permuted": xp.permute_dims(b3, (1, 2, 0)) if xp is dp else b3.transpose(1, 2, 0),
        "reversed": b3[::-1, :, ::-1],
        "sliced_t": xp.reshape(base, (12, 10))[::2, 1:].T,
        "size1": xp.reshape(base, (4, 1, 30))[:, :, ::3],
        "mixed": (xp.permute_dims(b3, (1, 0, 2)) if xp is dp else b3.transpose(1, 0, 2))[::-1, ::2],
    }


def elem_strides(a):
    return tuple(s // a.itemsize for s, n in zip(a.strides, a.shape) if n > 1)


@pytest.mark.parametrize("order", ["K", "C", "F", "A"])
@pytest.mark.parametrize(
    "case", ["transposed", "f_order", "permuted", "reversed", "sliced_t", "size1", "mixed"]
)
def test_astype_layout_like_numpy(device, case, order):
    base = np.arange(120, dtype="int32")
    n = views(np, base)[case]
    d = views(dp, dp.asarray(base, device=device))[case]
    assert d.shape == n.shape
    got = d.astype("float32", order=order)
    want = n.astype("float32", order=order)
    assert elem_strides(got) == elem_strides(want)
    same(got, want)
    # A reshape aliases (or copies) as in NumPy: write through it and look at the source.
    r_np, r_dp = want.reshape(-1), got.reshape(-1)
    r_np[0] = -7
    r_dp[0] = -7
    np.testing.assert_array_equal(dp.asnumpy(got), want)


def test_astype_order_rejects_unknown(device):
    x = dp.ones((2, 3), device=device)
    with pytest.raises(ValueError, match="order"):
        x.astype("float32", order="Z")


def test_astype_copy_false_keeps_matching_layout(device):
    x = dp.ones((3, 4), dtype="float32", device=device).T
    assert x.astype("float32", copy=False, order="K") is x
    assert x.astype("float32", copy=False, order="F") is x
    y = x.astype("float32", copy=False, order="C")
    assert y is not x and y._is_c_contiguous
