"""dparray.fuse: fused results against NumPy and against the same expression unfused, on
every device (dtypes, broadcasting, scalars, where, reductions), caching and errors."""

import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

rng = np.random.default_rng(7)


def sample(shape, dtype):
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.random(shape) > 0.5
    if dt.kind in "iu":
        return rng.integers(1, 9, size=shape).astype(dt)
    x = rng.random(shape) + 0.5
    if dt.kind == "c":
        x = x + 1j * (rng.random(shape) - 0.5)
    return x.astype(dt)


def on(device, *xs):
    return [dp.asarray(x, device=device) for x in xs]


def host(*xs):
    return [dp.asarray(x, device="host") for x in xs]


def opencl_subset(device, case, cases):
    # PoCL builds each new kernel in about a second: OpenCL runs a representative subset.
    if device.backend != "host" and case not in cases:
        pytest.skip("host only (OpenCL build time); the OpenCL subset covers this path")


def check(got, numpy_result, unfused, rtol=None):
    """The fused result equals NumPy's and has the dtype of the unfused dparray expression
    (computed on the host: dtypes do not depend on the device)."""
    assert got.dtype == unfused.dtype
    if rtol is None:
        rtol = 2e-6 if got.dtype in (dp.float32, dp.complex64) else 1e-12
    assert_same(got, numpy_result, rtol=rtol)


def fma(a, b, c):
    return a * b + c


def logic(a, b, c):
    return (a & b) | (c ^ a)


@pytest.mark.parametrize("dtype", ["int32", "int64", "float32", "float64", "bool", "complex64"])
def test_dtypes(device, dtype):
    opencl_subset(device, dtype, ("int32", "float32", "bool", "complex64"))
    f = dp.fuse(logic if dtype == "bool" else fma)
    xs = [sample(1000, dtype) for _ in range(3)]
    check(f(*on(device, *xs)), f.__wrapped__(*xs), f.__wrapped__(*host(*xs)))


def test_more_dtypes_host():
    f = dp.fuse(lambda a, b: (a - b) * a + b // 3)
    for dtype in ["int8", "uint16", "uint64", "float16", "complex128"]:
        if dtype == "complex128":
            f = dp.fuse(lambda a, b: (a - b) * a + b / 3)
        xs = [sample(100, dtype) for _ in range(2)]
        ds = on("host", *xs)
        got, unfused = f(*ds), f.__wrapped__(*ds)
        assert got.dtype == unfused.dtype
        assert_same(got, f.__wrapped__(*xs), rtol=1e-3 if dtype == "float16" else 1e-12)


@dp.fuse
def mixed(x, y, s, t):
    return x * s + y / t - (x > y) + 2


def test_promotion_and_python_scalars(device):
    x, y = sample((4, 5), "int32"), sample((4, 5), "float32")
    dx, dy = on(device, x, y)
    for s, t in [(3, 2.5), (True, 4), (2.0, np.float64(3)), (np.int16(2), 3)]:
        hx, hy = host(x, y)
        check(mixed(dx, dy, s, t), mixed.__wrapped__(x, y, s, t), mixed.__wrapped__(hx, hy, s, t))


def test_python_int_out_of_range_raises_like_unfused():
    f = dp.fuse(lambda x, s: x + s)
    x = dp.ones(4, dtype="int8")
    assert_same(f(x, 100), np.full(4, 101, np.int8))
    with pytest.raises(OverflowError, match="1000 out of bounds for int8"):
        f(x, 1000)
    with pytest.raises(OverflowError):
        x + 1000


@dp.fuse
def bcast(a, b, c, s):
    return (a - b) * c + s


def test_broadcasting(device):
    a, b, c = sample((3, 1, 4), "float32"), sample((5, 1), "float32"), sample((4,), "float64")
    da, db, dc = on(device, a, b, c)
    check(
        bcast(da, db, dc, 1.5),
        bcast.__wrapped__(a, b, c, 1.5),
        bcast.__wrapped__(*host(a, b, c), 1.5),
    )
    # views: negative strides, transposes
    m = sample((6, 4), "float32")
    (dm,) = on(device, m)
    got = bcast(dm[::-2], dm.T[1:4, 2:6], dc, 0)
    assert_same(got, bcast.__wrapped__(m[::-2], m.T[1:4, 2:6], c, 0))


def test_high_rank_and_empty_host():
    a, b = sample((2, 3, 1, 2, 5), "float64"), sample((3, 4, 1, 5), "float64")
    da, db = on("host", a, b)
    assert_same(bcast(da, db, da, 1.0), bcast.__wrapped__(a, b, a, 1.0))
    e = dp.ones((0, 3))
    r = bcast(e, e, e, 1.0)
    assert r.shape == (0, 3)
    x = dp.asarray(np.float64(3.0))
    assert_same(bcast(x, x, x, 1.0), np.float64(1.0))


@dp.fuse
def branchy(x, y):
    m = dp.where(x > y, dp.exp(x), dp.sqrt(dp.abs(y)))
    return dp.maximum(m, y) - dp.minimum(x, 0.25) + dp.sin(x).astype(dp.float64)


def test_where_math_maximum_nan(device):
    x, y = sample(200, "float32"), sample(200, "float32") - 1
    x[3] = np.nan
    y[7] = np.nan
    ref = np.where(x > y, np.exp(x), np.sqrt(np.abs(y)))
    ref = np.maximum(ref, y) - np.minimum(x, 0.25) + np.sin(x).astype(np.float64)
    check(branchy(*on(device, x, y)), ref, branchy.__wrapped__(*host(x, y)), rtol=2e-6)


def test_numpy_functions_and_methods_trace(device):
    f = dp.fuse(lambda x, y: np.where(np.less(x, y), np.exp(x), -y).astype("float32"))
    x, y = sample(50, "float64"), sample(50, "float64")
    assert_same(f(*on(device, x, y)), np.where(x < y, np.exp(x), -y).astype(np.float32))


def _helper(v):
    return dp.exp(v) + 1


def test_fused_functions_call_each_other_and_callables():
    inner = dp.fuse(lambda x, y: x * y + 1)
    outer = dp.fuse(lambda x, y: inner(x, y) - dp.sqrt(x))
    x, y = sample(40, "float64"), sample(40, "float64")
    assert_same(outer(*host(x, y)), x * y + 1 - np.sqrt(x))
    assert outer.cache_info()["kernels"] == 1 and inner.cache_info()["traces"] == 0

    assert_same(dp.fuse(lambda x: _helper(x) * 2)(dp.asarray(x)), (np.exp(x) + 1) * 2)

    class Scale:
        def __call__(self, x, s):
            return x * s - 1

    assert_same(dp.fuse(Scale())(dp.asarray(x), 2.0), x * 2.0 - 1)


def test_tuple_results(device):
    f = dp.fuse(lambda x, y: (x + y, x * y > 1))
    x, y = sample(30, "float32"), sample(30, "float32")
    s, p = f(*on(device, x, y))
    assert_same(s, x + y)
    assert_same(p, x * y > 1)


REDUCTIONS = {
    "sum": lambda v, **k: v.sum(**k),
    "prod": lambda v, **k: dp.prod(v, **k) if isinstance(v, dp.ndarray) else np.prod(v, **k),
    "max": lambda v, **k: v.max(**k),
    "min": lambda v, **k: v.min(**k),
    "any": lambda v, **k: v.any(**k),
    "all": lambda v, **k: v.all(**k),
}


def reducer(name, axis, keepdims):
    if name == "prod":
        return lambda x, y: dp.prod((x - y) * 0.01 + 1, axis=axis, keepdims=keepdims)
    if name in ("any", "all"):
        return lambda x, y: getattr(x > y, name)(axis=axis, keepdims=keepdims)
    return lambda x, y: getattr(x * y - 2, name)(axis=axis, keepdims=keepdims)


@pytest.mark.parametrize("name", list(REDUCTIONS))
@pytest.mark.parametrize("axis", [None, 1, (0, 2)])
def test_reductions(device, name, axis):
    opencl_subset(device, (name, axis), (("sum", None), ("max", 1), ("any", (0, 2)), ("prod", 1)))
    x, y = sample((3, 40, 5), "float32"), sample((40, 5), "float32")
    if name == "sum":
        x[1, 2, 3] = np.nan if axis == 1 else x[1, 2, 3]
    keep = axis == (0, 2)
    f = dp.fuse(reducer(name, axis, keep))
    ref = reducer(name, axis, keep)

    def np_ref(x, y):
        fn = {"max": np.max, "min": np.min, "prod": np.prod, "sum": np.sum, "any": np.any,
              "all": np.all}[name]  # fmt: skip
        v = (
            (x - y) * 0.01 + 1
            if name == "prod"
            else (x > y if name in ("any", "all") else x * y - 2)
        )
        return fn(v, axis=axis, keepdims=keep)

    check(f(*on(device, x, y)), np_ref(x, y), ref(*host(x, y)))


@pytest.mark.parametrize("dtype", ["int32", "bool", "float64"])
def test_reduction_dtypes_full_and_contiguous(device, dtype):
    opencl_subset(device, dtype, ("int32",))
    x = sample(10_001, dtype)
    (dx,) = on(device, x)
    (hx,) = host(x)
    f = dp.fuse(lambda v: dp.sum(v * v))
    g = dp.fuse(lambda v: v.max())
    check(f(dx), np.sum(x * x), dp.sum(hx * hx))
    check(g(dx), x.max(), hx.max())


def test_reduction_edge_cases_host():
    f = dp.fuse(lambda v: dp.sum(v + 1, axis=0))
    assert_same(f(dp.ones((0, 3))), np.zeros(3))
    assert_same(dp.fuse(lambda v: dp.sum(v * 2))(dp.ones(0)), np.float64(0))
    assert_same(dp.fuse(lambda v: dp.prod(v, axis=-1))(dp.ones((2, 0))), np.ones(2))
    with pytest.raises(ValueError, match="zero-size array to reduction operation maximum"):
        dp.fuse(lambda v: v.max())(dp.ones(0))
    assert_same(dp.fuse(lambda v: dp.sum(v * 3))(dp.asarray(np.float32(2))), np.float32(6))
    y = sample(4097, "float32")
    y[4000] = np.nan
    assert np.isnan(float(dp.fuse(lambda v: dp.max(v * 2))(dp.asarray(y))))
    assert np.isnan(float(dp.fuse(lambda v: dp.min(v, axis=0))(dp.asarray(y[::-1]))))
    with pytest.raises(TypeError, match="depends on no array"):
        dp.fuse(lambda v, s: dp.sum(s * 2))(dp.ones(3), np.float32(1))
    with pytest.raises(TypeError, match="converting an array value to a NumPy array"):
        dp.fuse(lambda v: np.float32(v))(dp.ones(3))
    g = dp.fuse(lambda v: dp.sum(v, axis=(0, 1, 3)))
    x = sample((2, 3, 4, 5, 2), "float64")
    assert_same(g(dp.asarray(x)), x.sum(axis=(0, 1, 3)))


def test_compiled_once_per_signature(device):
    f = dp.fuse(lambda a, b, s: a * b + s)
    x = dp.ones(100, dtype="float32", device=device)
    f(x, x, 1.0)
    info = f.cache_info()
    assert info == {"traces": 1, "kernels": 1, "compiles": 1}
    y = dp.ones(333, dtype="float32", device=device)
    f(y, y, 2.0)  # another shape and scalar value: the same kernel
    assert f.cache_info() == info
    assert_same(f(y, y, 2.0), np.full(333, 3, np.float32))
    if device.backend != "host":
        return  # the other signatures: on the host (OpenCL build time)
    f(y, y, 2)  # a Python int: another signature
    assert f.cache_info()["traces"] == 2
    z = dp.ones(100, dtype="float64", device=device)
    f(z, z, 1.0)  # another dtype
    assert f.cache_info()["traces"] == 3
    f(dp.ones((4, 5), dtype="float32", device=device), x[:5], 1.0)  # broadcast layout
    assert f.cache_info()["traces"] == 4


def test_kernel_name_option():
    @dp.fuse(kernel_name="my-kernel")
    def f(a):
        return a + 1

    assert_same(f(dp.ones(3)), np.full(3, 2.0))
    assert (
        "def fused_my_kernel("
        in next(iter(f._plans.values())).kernels[((1, 0, False, 1), None)].fuse_source
    )


@pytest.mark.parametrize(
    "fn, match",
    [
        (lambda x: x if x > 0 else -x, "control flow"),
        (lambda x: x[0] + 1, "indexing"),
        (lambda x: dp.sort(x), "dparray.sort"),
        (lambda x: np.linalg.norm(x), "fuse"),
        (lambda x: x.reshape(2, 2), "'reshape'"),
        (lambda x: x.sum() + 1, "result of sum"),
        (lambda x: 3, "returning a int"),
        (lambda x: x @ x, "matmul"),
        (lambda x: float(x), "float()"),
        (lambda x: dp.exp(x, out=x), "keyword"),
        (lambda x: dp.maximum(x + 1j, x), "maximum of a complex value"),
        (lambda x, fn=dp.exp: fn(x), "default argument"),
    ],
)
def test_unsupported_constructs_raise_type_error(fn, match):
    f = dp.fuse(fn)
    with pytest.raises(TypeError, match=match) as e:
        f(dp.ones(4))
    assert "fuse" in str(e.value)


def test_bad_arguments():
    f = dp.fuse(lambda a, b: a + b)
    with pytest.raises(TypeError, match="NumPy array"):
        f(dp.ones(3), np.ones(3))
    with pytest.raises(TypeError, match="at least one dparray array"):
        f(1.0, 2.0)
    with pytest.raises(TypeError, match="has type str"):
        f(dp.ones(3), "x")
    with pytest.raises(ValueError, match="could not be broadcast"):
        f(dp.ones(3), dp.ones(4))
    with pytest.raises(TypeError, match="keyword"):
        f(dp.ones(3), b=1)


def test_different_queues_raise():
    if len(dp.get_devices()) < 2:
        pytest.skip("needs two devices")
    f = dp.fuse(lambda a, b: a + b)
    d0, d1 = dp.get_devices()[:2]
    with pytest.raises(dp.ExecutionPlacementError, match="fuse"):
        f(dp.ones(3, device=d0), dp.ones(3, device=d1))


def test_traces_when_a_selector_hides_the_host():
    if not any(d.backend == "opencl" for d in dp.get_devices()):
        pytest.skip("needs an OpenCL device")
    code = (
        "import dparray as dp, numpy as np\n"
        "f = dp.fuse(lambda x, s: x * s + 1)\n"
        "r = f(dp.asarray(np.arange(4.0)), np.float32(2))\n"
        "assert r.sycl_device.backend == 'opencl', r.sycl_device\n"
        "print(dp.asnumpy(r).tolist())\n"
    )
    env = dict(os.environ, DPARRAY_DEVICE_SELECTOR="opencl:*")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[1.0, 3.0, 5.0, 7.0]"
