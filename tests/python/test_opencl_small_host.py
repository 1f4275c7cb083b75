"""Small commands on a CPU OpenCL device whose buffers are fine-grained SVM run on the calling
thread (docs/opencl-cpu.md, "Small ops"). Their results must be the device kernel's bit for
bit: each op runs on a 64-element array (the host path) and on the same values at the head
of a 2^13-element array (a device kernel), and both must equal NumPy's. Run on every device."""

import os
import subprocess
import sys

import numpy as np
import pytest

import dparray as dp

SMALL, BIG = 64, 1 << 13
RNG = np.random.default_rng(5)

UNARY = ["negative", "positive", "abs", "square", "isnan", "isinf", "isfinite", "floor", "ceil"]
UNARY += ["trunc", "logical_not", "sqrt", "signbit", "bitwise_invert"]
BINARY = ["add", "subtract", "multiply", "divide", "maximum", "minimum", "fmax", "fmin"]
BINARY += ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]
BINARY += ["logical_and", "logical_or", "logical_xor", "copysign"]
BINARY += ["bitwise_and", "bitwise_or", "bitwise_xor"]
FLOAT_ONLY = {"isnan", "isinf", "isfinite", "floor", "ceil", "trunc", "sqrt", "signbit"}
FLOAT_ONLY |= {"divide", "fmax", "fmin", "copysign"}
INT_ONLY = {"bitwise_invert", "bitwise_and", "bitwise_or", "bitwise_xor"}
DTYPES = ["float32", "float64", "int32", "int64", "uint8", "bool"]


def _values(dtype, n):
    dt = np.dtype(dtype)
    if dt == np.bool_:
        return RNG.random(n) < 0.5
    if dt.kind in "iu":
        info = np.iinfo(dt)
        edges = np.array([info.min, info.max, 0, 1, info.max - 1], dtype=dt)
        v = RNG.integers(info.min, info.max, n, endpoint=True, dtype=dt)
    else:
        fi = np.finfo(dt)
        edges = np.array(
            [np.nan, np.inf, -np.inf, 0.0, -0.0, fi.smallest_subnormal, -fi.tiny, fi.max, -1.5],
            dtype=dt,
        )
        v = (RNG.standard_normal(n) * 10).astype(dt)
    v[: len(edges)] = edges
    return RNG.permutation(v)


def _applies(op, dtype):
    kind = np.dtype(dtype).kind
    if op in FLOAT_ONLY and kind != "f":
        return False
    if op in INT_ONLY and kind == "f":
        return False
    if op in ("negative", "positive", "subtract", "sqrt", "square", "divide") and kind == "b":
        return False
    return op not in ("negative",) or kind != "u"


def _same(got, want):
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    if want.dtype.kind == "f":
        nan = np.isnan(want)
        assert np.array_equal(np.isnan(got), nan)
        # signed zeros too: compare the bits of everything that is not NaN
        u = np.dtype(f"u{want.dtype.itemsize}")
        assert np.array_equal(got[~nan].view(u), want[~nan].view(u))
    else:
        assert np.array_equal(got, want)


def _check(device, op, dtype, arity):
    if np.dtype(dtype) == np.float64 and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    if not _applies(op, dtype):
        pytest.skip(f"{op} does not take {dtype}")
    big = [_values(dtype, BIG) for _ in range(arity)]
    small = [b[:SMALL].copy() for b in big]
    f = getattr(dp, op)
    with np.errstate(all="ignore"):
        want = getattr(np, op)(*small)
    got_small = dp.asnumpy(f(*[dp.asarray(s, device=device) for s in small]))
    got_big = dp.asnumpy(f(*[dp.asarray(b, device=device) for b in big]))[:SMALL]
    _same(got_small, want)
    _same(got_big, want)
    # a size-1 array against the small one: the broadcast form of the host path
    if arity == 2:
        one = dp.asarray(small[1][:1], device=device)
        with np.errstate(all="ignore"):
            want1 = getattr(np, op)(small[0], small[1][:1])
        _same(dp.asnumpy(f(dp.asarray(small[0], device=device), one)), want1)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", UNARY)
def test_unary_small_equals_device_kernel(device, op, dtype):
    _check(device, op, dtype, 1)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("op", BINARY)
def test_binary_small_equals_device_kernel(device, op, dtype):
    _check(device, op, dtype, 2)


def test_in_place_and_scalar_operands(device):
    x = dp.arange(10.0, device=device)
    x += 1
    x *= 2.0
    y = 3 - x
    np.testing.assert_array_equal(dp.asnumpy(y), 3 - (np.arange(10.0) + 1) * 2)
    z = dp.where(x > 10, x, -x)
    np.testing.assert_array_equal(
        dp.asnumpy(z), np.where(dp.asnumpy(x) > 10, dp.asnumpy(x), -dp.asnumpy(x))
    )


def test_small_ops_follow_queued_device_work(device):
    # A small op right after large queued work must see that work's result.
    a = dp.ones(1 << 20, dtype="float32", device=device)
    for _ in range(3):
        a = a * 2.0
    head = a[:4] + 1
    np.testing.assert_array_equal(dp.asnumpy(head), np.full(4, 9.0, dtype=np.float32))
    assert float(a[5]) == 8.0


def test_plain_buffers_when_svm_is_off():
    # DPARRAY_OPENCL_SVM=0 keeps the plain buffers and sends every command to the device.
    code = (
        "import dparray as dp, numpy as np\n"
        "devs = [d for d in dp.get_devices() if d.filter_string.startswith('opencl')]\n"
        "for d in devs:\n"
        "    a = dp.asarray(np.arange(5.0), device=d)\n"
        "    r = dp.asnumpy((a + 1) * a - dp.maximum(a, 2.0))\n"
        "    assert np.array_equal(r, (np.arange(5.0) + 1) * np.arange(5.0) - np.maximum(np.arange(5.0), 2.0)), r\n"
        "    assert float(a[3]) == 3.0\n"
        "print('ok', len(devs))\n"
    )
    env = dict(os.environ, DPARRAY_OPENCL_SVM="0")
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


REDUCTIONS = ["sum", "prod", "max", "min", "any", "all", "argmax", "argmin", "mean", "std"]


def _bits(a):
    a = np.asarray(a)
    return a.view(f"u{a.dtype.itemsize}") if a.dtype.kind in "fc" else a


@pytest.mark.parametrize("op", REDUCTIONS)
@pytest.mark.parametrize("axis", [None, 0, 1])
def test_small_reduction_does_not_depend_on_queued_work(device, op, axis):
    # Small reductions run on the host once the queue is idle, waiting for it when it is not:
    # the same input gives the same bits with or without large work queued before it.
    x = (RNG.standard_normal((30, 41)) + 0.5).astype(np.float32)
    if op == "prod":
        x = (1 + x * 1e-2).astype(np.float32)
    if op in ("any", "all"):
        x = x > (0.5 if op == "any" else -2.0)
    xd = dp.asarray(x, device=device)
    f = getattr(dp, op)
    idle = dp.asnumpy(f(xd, axis=axis))
    big = dp.ones(1 << 21, dtype="float32", device=device)
    for _ in range(4):
        big = big * 1.5
    busy = dp.asnumpy(f(xd, axis=axis))
    assert np.array_equal(_bits(idle), _bits(busy))
    want = getattr(np, op)(x, axis=axis)
    np.testing.assert_allclose(idle, want, rtol=2e-5, atol=1e-6)
    assert float(big[7]) == 1.5**4


@pytest.mark.parametrize("dtype", ["int8", "int32", "uint64", "float64", "bool"])
def test_small_integer_and_float64_reductions(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    x = _values(dtype, 999).reshape(27, 37)
    if np.dtype(dtype).kind == "f":
        x[np.isnan(x) | np.isinf(x)] = 1.0
        x = np.clip(x, -1e6, 1e6)
    xd = dp.asarray(x, device=device)
    for op in ("sum", "max", "min"):
        for axis in (None, 0, 1):
            got = dp.asnumpy(getattr(dp, op)(xd, axis=axis))
            want = getattr(np, op)(x, axis=axis)
            if np.dtype(dtype).kind == "f":
                np.testing.assert_allclose(got, want, rtol=1e-12)
            else:
                assert np.array_equal(got, want) and got.dtype == want.dtype, (op, axis)
