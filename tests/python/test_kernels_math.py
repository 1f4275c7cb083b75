"""Math functions, operators and promotion in kernels against NumPy, on every device."""

import math

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi

UNARY = ["fabs", "exp", "expm1", "sqrt", "log", "log1p", "log10", "log2", "sin", "cos", "tan", "sinh",
         "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "floor", "ceil", "trunc",
         "radians", "degrees", "erf", "erfc", "gamma", "lgamma"]  # fmt: skip
BINARY = ["atan2", "copysign", "fmod", "pow", "hypot"]


def _domain(name, dtype):
    x = np.linspace(0.1, 0.9, 33)
    if name == "acosh":
        x = x + 1.0
    if name in ("exp", "expm1", "sinh", "cosh", "gamma", "lgamma"):
        x = x * 3
    return x.astype(dtype)


def _unary_kernel(name):
    src = f"def k(item, a, b):\n    i = item.get_id(0)\n    b[i] = math.{name}(a[i])\n"
    import linecache

    fname = f"<kernel math {name}>"
    linecache.cache[fname] = (len(src), None, src.splitlines(True), fname)
    ns = {"math": math}
    exec(compile(src, fname, "exec"), ns)  # noqa: S102 - one kernel per math function
    return dpex.kernel(ns["k"])


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", UNARY)
def test_unary_math(device, name, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = _domain(name, dtype)
    b = dp.zeros(x.size, dtype=dtype, device=device)
    dpex.call_kernel(_unary_kernel(name), dpex.Range(x.size), dp.asarray(x, device=device), b)
    expect = np.array([getattr(math, name)(float(v)) for v in x], dtype=dtype)
    np.testing.assert_allclose(
        dp.asnumpy(b),
        expect,
        rtol=2e-6 if dtype == "float32" else 1e-13,
        atol=1e-6 if dtype == "float32" else 1e-14,
    )


@dpex.kernel
def binary_math(item, a, b, out):
    i = item.get_id(0)
    out[0, i] = math.atan2(a[i], b[i])
    out[1, i] = math.copysign(a[i], -b[i])
    out[2, i] = math.fmod(a[i], b[i])
    out[3, i] = math.pow(a[i], b[i])
    out[4, i] = math.hypot(a[i], b[i])


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_binary_math(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = np.linspace(0.5, 3, 17).astype(dtype)
    y = np.linspace(0.3, 2, 17)[::-1].astype(dtype)
    out = dp.zeros((5, 17), dtype=dtype, device=device)
    dpex.call_kernel(
        binary_math, dpex.Range(17), dp.asarray(x, device=device), dp.asarray(y, device=device), out
    )
    expect = np.array(
        [
            [
                getattr(math, n)(float(u), float(-v) if n == "copysign" else float(v))
                for u, v in zip(x, y)
            ]
            for n in BINARY
        ],
        dtype=dtype,
    )
    np.testing.assert_allclose(dp.asnumpy(out), expect, rtol=3e-6 if dtype == "float32" else 1e-13)


@dpex.kernel
def predicates(item, a, out):
    i = item.get_id(0)
    out[0, i] = math.isnan(a[i])
    out[1, i] = math.isinf(a[i])
    out[2, i] = math.isfinite(a[i])


def test_predicates(device):
    x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0], np.float32)
    out = dp.zeros((3, 5), dtype="bool", device=device)
    dpex.call_kernel(predicates, dpex.Range(5), dp.asarray(x, device=device), out)
    np.testing.assert_array_equal(dp.asnumpy(out), [np.isnan(x), np.isinf(x), np.isfinite(x)])


@dpex.kernel
def int_ops(item, a, b, out):
    i = item.get_id(0)
    x = a[i]
    y = b[i]
    out[0, i] = x // y
    out[1, i] = x % y
    out[2, i] = x * y - x + y
    out[3, i] = (x & y) | (x ^ 3)
    out[4, i] = x << 2
    out[5, i] = x >> 1
    out[6, i] = -x if x > y else abs(x)
    out[7, i] = min(x, y, 2) + max(x, y)
    out[8, i] = x**2


@pytest.mark.parametrize("dtype", ["int8", "int32", "int64", "uint16", "uint64"])
def test_integer_operators_match_numpy(device, dtype):
    rng = np.random.default_rng(1)
    signed = dtype[0] == "i"
    x = rng.integers(-50 if signed else 0, 50, 64).astype(dtype)
    y = rng.integers(1, 9, 64).astype(dtype)
    if signed:
        y[::3] = -y[::3]
    out = dp.zeros((9, 64), dtype=dtype, device=device)
    dpex.call_kernel(
        int_ops, dpex.Range(64), dp.asarray(x, device=device), dp.asarray(y, device=device), out
    )
    with np.errstate(all="ignore"):
        expect = [x // y, x % y, x * y - x + y, (x & y) | (x ^ np.array(3, dtype)), x << np.array(2, dtype),
                  x >> np.array(1, dtype), np.where(x > y, -x, np.abs(x)),
                  np.minimum(np.minimum(x, y), np.array(2, dtype)) + np.maximum(x, y), x**2]  # fmt: skip
    np.testing.assert_array_equal(dp.asnumpy(out), np.array(expect, dtype=dtype))


@dpex.kernel
def float_ops(item, a, b, out):
    i = item.get_id(0)
    x = a[i]
    y = b[i]
    out[0, i] = x // y
    out[1, i] = x % y
    out[2, i] = x / y + x * 2.5
    out[3, i] = x**y if x > 0 else -x
    out[4, i] = float(int(x * 3))


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_float_operators_match_numpy(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = np.linspace(-4, 4, 40).astype(dtype)
    y = np.where(np.arange(40) % 2, 1.5, -0.75).astype(dtype)
    out = dp.zeros((5, 40), dtype=dtype, device=device)
    dpex.call_kernel(
        float_ops, dpex.Range(40), dp.asarray(x, device=device), dp.asarray(y, device=device), out
    )
    with np.errstate(all="ignore"):
        expect = np.array([x // y, x % y, x / y + x * np.array(2.5, dtype), np.where(x > 0, np.abs(x) ** y, -x),
                           np.trunc(x * np.array(3, dtype)).astype(np.int64)], dtype=dtype)  # fmt: skip
    np.testing.assert_allclose(dp.asnumpy(out), expect, rtol=2e-3 if dtype == "float16" else 1e-6)


@dpex.kernel
def promotion(item, a, out):
    i = item.get_id(0)
    out[i] = a[i] * 2.5 + 1  # a float32 element with Python literals stays float32


def test_weak_python_literals_keep_float32(device):
    x = np.arange(4, dtype=np.float32)
    out = dp.zeros(4, dtype="float32", device=device)
    dpex.call_kernel(promotion, dpex.Range(4), dp.asarray(x, device=device), out)
    np.testing.assert_array_equal(dp.asnumpy(out), x * np.float32(2.5) + np.float32(1))


@dpex.kernel
def complex_ops(item, a, b, out):
    i = item.get_id(0)
    z = a[i] * b[i] + a[i] / b[i] - b[i]
    out[i] = z + abs(a[i]) + a[i].conjugate() * 1j + a[i].real - a[i].imag


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex(device, dtype):
    if dtype == "complex128" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = (np.arange(6) + 1j * np.arange(6, 0, -1)).astype(dtype)
    y = (np.arange(1, 7) - 0.5j).astype(dtype)
    out = dp.zeros(6, dtype=dtype, device=device)
    dpex.call_kernel(
        complex_ops, dpex.Range(6), dp.asarray(x, device=device), dp.asarray(y, device=device), out
    )
    expect = x * y + x / y - y + np.abs(x) + np.conj(x) * 1j + x.real - x.imag
    np.testing.assert_allclose(dp.asnumpy(out), expect, rtol=1e-5)


@dpex.kernel
def floor_ops_special(item, a, b, q, r):
    i = item.get_id(0)
    q[i] = a[i] // b[i]
    r[i] = a[i] % b[i]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_float_floor_divide_and_remainder_of_inf_and_nan(device, dtype):
    # NumPy's divmod: inf // 2 and nan // 1 are nan, 7 // -inf is -1, 7 % -inf is -inf.
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    inf, nan = np.inf, np.nan
    x = np.array([5, -5, inf, -inf, nan, 1, 0, 7, -7, 3, inf], dtype)
    y = np.array([2, 2, 2, 3, 1, inf, 0, -inf, inf, nan, -inf], dtype)
    q = dp.empty(len(x), dtype=dtype, device=device)
    r = dp.empty(len(x), dtype=dtype, device=device)
    dx, dy = dp.asarray(x, device=device), dp.asarray(y, device=device)
    dpex.call_kernel(floor_ops_special, dpex.Range(len(x)), dx, dy, q, r)
    with np.errstate(all="ignore"):
        np.testing.assert_array_equal(dp.asnumpy(q), x // y)
        np.testing.assert_array_equal(dp.asnumpy(r), x % y)


@dpex.kernel
def complex_negate(item, a, out):
    i = item.get_id(0)
    out[i] = -a[i] + (-(a[i] * 2))


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_complex_negation(device, dtype):
    if dtype == "complex128" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = np.array([1 + 2j, -3j, 0j, -0.5 + 0j], dtype)
    out = dp.empty(4, dtype=dtype, device=device)
    dpex.call_kernel(complex_negate, dpex.Range(4), dp.asarray(x, device=device), out)
    np.testing.assert_array_equal(dp.asnumpy(out), -x + (-(x * 2)))


@dpex.kernel
def control_flow(item, out):
    i = item.get_id(0)
    s = 0
    for k in range(10, 0, -3):
        if k == 4:
            continue
        s += k
    j = 0
    while True:
        j += 1
        if j > i:
            break
    t = 0
    for k in range(i):
        t += k if k % 2 == 0 else -k
    out[i] = s * 10000 + j * 100 + t + (1 if i > 2 and i < 5 else 0)


def test_control_flow(device):
    out = dp.zeros(8, dtype="int64", device=device)
    dpex.call_kernel(control_flow, dpex.Range(8), out)
    ref = np.zeros(8, np.int64)
    kapi.call_kernel(control_flow.py_func, kapi.Range(8), ref)
    np.testing.assert_array_equal(dp.asnumpy(out), ref)


@dpex.kernel
def casts(item, a, out):
    i = item.get_id(0)
    out[i] = np.float32(a[i]) * 0.5 + a.dtype.type(1) + int(a[i] * 1.9) + bool(a[i])


def test_dtype_constructors(device):
    x = np.arange(5, dtype=np.int32)
    out = dp.zeros(5, dtype="float32", device=device)
    dpex.call_kernel(casts, dpex.Range(5), dp.asarray(x, device=device), out)
    np.testing.assert_allclose(dp.asnumpy(out), x * 0.5 + 1 + np.trunc(x * 1.9) + (x != 0))
