"""dparray.fuse: every traced operation, for every dtype it is defined for, computed in one
kernel (a tuple result) and compared with the same operation unfused, special values
included."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp
from dparray import _fuse_ops

rng = np.random.default_rng(11)


def host(*xs):
    return [dp.asarray(x, device="host") for x in xs]


def on(device, *xs):
    return [dp.asarray(x, device=device) for x in xs]


BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power",
          "maximum", "minimum", "fmax", "fmin", "less", "greater_equal", "equal", "not_equal",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor",
          "left_shift", "right_shift", "arctan2", "hypot", "copysign", "fmod"]  # fmt: skip
UNARY = ["negative", "positive", "absolute", "square", "sign", "exp", "expm1", "exp2", "log",
         "log1p", "log2", "log10", "sqrt", "cbrt", "sin", "cos", "tan", "arcsin", "arctan",
         "sinh", "tanh", "arcsinh", "floor", "ceil", "trunc", "deg2rad", "rad2deg", "isnan",
         "isinf", "isfinite", "logical_not", "bitwise_invert", "real", "imag", "conj"]  # fmt: skip


def operands(dtype):
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.random(64) > 0.5, rng.random(64) > 0.5
    if dt.kind in "iu":
        lo = -20 if dt.kind == "i" else 0
        a = rng.integers(lo, 20, 64).astype(dt)
        return a, (rng.integers(1, 6, 64)).astype(dt)  # positive: shifts, powers, divisors
    x = (rng.random((2, 64)) - 0.5) * 1.6
    x[0, :4] = [np.inf, -np.inf, np.nan, 0.0]
    if dt.kind == "c":
        x = x + 1j * (rng.random((2, 64)) - 0.5)
    return x[0].astype(dt), x[1].astype(dt)


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint32", "float16", "float32", "float64", "complex128"]
)
def test_every_op_in_one_kernel_matches_unfused(device, dtype):
    if device.backend != "host" and dtype != "float32":
        pytest.skip("host only (OpenCL build time); float32 runs on OpenCL")
    a, b = operands(dtype)
    ha, hb = host(a, b)
    names = []
    for name in BINARY + UNARY:
        fn = getattr(dp, name)
        try:
            fn(ha, hb) if name in BINARY else fn(ha)
        except (TypeError, ValueError):
            continue  # not defined for this dtype, unfused either
        if np.dtype(dtype).kind == "c" and name in _fuse_ops.REAL_ONLY:
            continue
        names.append(name)
    src = "lambda x, y: (" + ", ".join(
        f"dp.{n}(x, y)" if n in BINARY else f"dp.{n}(x)" for n in names
    ) + ",)"  # fmt: skip
    f = dp.fuse(eval(src, {"dp": dp}))  # one kernel computes every op
    got = f(*on(device, a, b))
    assert f.cache_info()["kernels"] == 1
    with np.errstate(all="ignore"):
        for name, g in zip(names, got):
            fn = getattr(dp, name)
            want = fn(ha, hb) if name in BINARY else fn(ha)
            assert g.dtype == want.dtype, name
            tol = 2e-3 if dtype == "float16" else (2e-6 if g.dtype == dp.float32 else 1e-12)
            try:
                assert_same(g, dp.asnumpy(want), rtol=tol, atol=tol)
            except AssertionError as e:
                raise AssertionError(f"{name}: {e}") from None


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_floor_divide_and_remainder_with_special_divisors_match_unfused(device, dtype):
    if device.backend != "host" and dtype != "float32":
        pytest.skip("host only (OpenCL build time); float32 runs on OpenCL")
    inf, nan = np.inf, np.nan
    a = np.array([5, -5, inf, -inf, nan, 1, 0, 7, -7, 3, inf, 1], dtype)
    b = np.array([2, 2, 2, 3, 1, inf, 0, -inf, inf, nan, -inf, -inf], dtype)
    f = dp.fuse(lambda x, y: (x // y, x % y))
    da, db = on(device, a, b)
    q, r = f(da, db)
    with np.errstate(all="ignore"):
        assert_same(q, dp.asnumpy(dp.floor_divide(da, db)))
        assert_same(r, dp.asnumpy(dp.remainder(da, db)))


def test_negative_of_complex_keeps_signed_zeros(device):
    z = np.array([1 + 2j, -3j, 0j, complex(-0.0, 0.0), 2.5 - 0j], np.complex64)
    (dz,) = on(device, z)
    got = dp.asnumpy(dp.fuse(lambda x: -x)(dz))
    want = dp.asnumpy(dp.negative(dz))
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(np.signbit(got.real), np.signbit(want.real))
    np.testing.assert_array_equal(np.signbit(got.imag), np.signbit(want.imag))
