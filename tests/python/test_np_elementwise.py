"""NumPy's further elementwise functions against NumPy on every device: the catalogue ufuncs
(fabs ... bitwise_count, i0) for every input dtype NumPy has a loop for (result dtype and
values, special values), the multi-output ufuncs (divmod, modf, frexp), the compositions
(nan_to_num, angle, isclose, interp, unwrap, ...), and power's negative-integer error."""

import math
import warnings

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

DTYPES = ["bool", "int8", "uint8", "int32", "uint64", "float16", "float32", "float64", "complex64",
          "complex128"]  # fmt: skip
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.75, 100.0, -1e-3, 6e-8, np.inf, -np.inf, np.nan]
CSPECIAL = [0, 1 + 1j, -2.5 + 0.5j, 1j, -1e-3 - 3j, complex(np.inf, 0), complex(np.nan, 1)]


# Every dtype on the host; OpenCL devices run a few (tests/cpp/test_opencl_elementwise.cpp
# compares every op on every loop dtype of its mask with the host, edge values included).
OCL_DTYPES = {"int8", "float32", "float64", "complex64"}


def dtypes_for(device, dtypes):
    if device.backend == "host":
        return dtypes
    return [t for t in dtypes if t in OCL_DTYPES]


def values(dtype):
    t = np.dtype(dtype)
    if t.kind == "b":
        return np.array([True, False, True], t)
    if t.kind in "iu":
        info = np.iinfo(t)
        v = [0, 1, 2, 3, 7, 12, 100, info.max, info.max - 1]
        if t.kind == "i":
            v += [-1, -2, -8, -100, info.min, info.min + 1]
        return np.array([x for x in v if info.min <= x <= info.max], t)
    if t.kind == "c":
        return np.array(CSPECIAL, t)
    return np.array(SPECIAL, t)


def np_call(fn, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            return fn(*args, **kw)


def rtol_of(dtype):
    k = np.dtype(dtype)
    k = k.type(0).real.dtype if k.kind == "c" else k
    return {2: 2e-3, 4: 3e-6}.get(k.itemsize, 1e-13) if k.kind == "f" else 0


def check(name, np_args, dev_args, fp64, exact=False):
    """dparray's `name` equals NumPy's (dtype, values), or both raise TypeError."""
    try:
        want = np_call(getattr(np, name), *np_args)
    except TypeError:
        with pytest.raises(TypeError, match=name):
            getattr(dp, name)(*dev_args)
        return
    got = getattr(dp, name)(*dev_args)
    if not fp64 and want.dtype in (np.float64, np.complex128):
        want = want.astype(np.float32 if want.dtype == np.float64 else np.complex64)
    assert_same(got, want, rtol=0 if exact else rtol_of(want.dtype), atol=0)


UNARY_EXACT = ["fabs", "deg2rad", "degrees", "rad2deg", "radians", "rint", "spacing",
               "bitwise_count", "isposinf", "isneginf", "fix", "conjugate"]  # fmt: skip
UNARY_MATH = ["cbrt", "exp2", "sinc", "i0"]


@pytest.mark.parametrize("name", UNARY_EXACT + UNARY_MATH)
def test_unary_against_numpy(device, fp64, name):
    for dtype in dtypes_for(device, DTYPES):
        if not fp64 and dtype in ("float64", "complex128"):
            continue
        a = values(dtype)
        if name == "i0" and a.dtype.kind == "f" and a.dtype.itemsize == 2:
            a = a[np.isfinite(a) | np.isnan(a)]
        x = dp.asarray(a, device=device)
        if name in ("isposinf", "isneginf") and a.dtype.kind == "c":
            with pytest.raises(TypeError, match=name):
                getattr(dp, name)(x)
            continue
        if name in ("i0", "sinc") and a.dtype == np.float16:
            # NumPy evaluates these in float16 steps; ours in float, rounded once.
            want = np_call(getattr(np, name), a.astype(np.float32)).astype(np.float16)
            assert_same(getattr(dp, name)(x), want, rtol=2e-3)
            continue
        check(name, (a,), (x,), fp64, exact=name in UNARY_EXACT)


def binary_pairs(dtype):
    v = values(dtype)
    a, b = np.meshgrid(v, v)
    return a.ravel(), b.ravel()


BINARY = ["float_power", "fmod", "gcd", "lcm", "heaviside", "fmax", "fmin"]


@pytest.mark.parametrize("name", BINARY)
def test_binary_against_numpy(device, fp64, name):
    all_types = ["bool", "int8", "uint8", "int64", "float16", "float32", "float64", "complex64"]
    for dtype in dtypes_for(device, all_types):
        if not fp64 and dtype == "float64":
            continue
        a, b = binary_pairs(dtype)
        if name == "float_power" and dtype in ("int8", "int64"):
            b = np.abs(b) % 5  # NumPy computes in float64: no integer-power error here
        x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
        check(name, (a, b), (x, y), fp64, exact=name not in ("float_power",))


def test_binary_mixed_dtypes_and_broadcasting(device, fp64):
    a = np.array([[-7.5], [3.0], [-0.0]], np.float32)
    b = np.array([2, -3, 4], np.int16)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    for name in ["fmod", "fmax", "fmin", "heaviside", "float_power"]:
        check(name, (a, b), (x, y), fp64)
    for name in ["gcd", "lcm"]:
        ai = np.array([[12], [-18], [0]], np.int32)
        check(name, (ai, b), (dp.asarray(ai, device=device), y), fp64, exact=True)
    # Python scalars are weak (NEP 50), as NumPy's.
    check("fmod", (a, 2), (x, 2), fp64)
    check("fmax", (a, np.nan), (x, math.nan), fp64)


def test_ldexp_dtypes(device, fp64):
    m = np.array([1.0, -0.75, 0.0, np.inf, np.nan, 3.0], np.float32)
    e = np.array([3, -2, 5, 1, 0, -200], np.int64)
    for mt in dtypes_for(device, ["float16", "float32", "float64", "int8", "int32", "bool"]):
        if not fp64 and mt in ("float64", "int32"):
            continue
        for et in dtypes_for(device, ["int8", "int32", "int64", "uint16", "bool"]) + ["int64"]:
            a, b = m.astype(mt) if mt != "bool" else m != 0, e.astype(et)
            if mt.startswith("int"):
                a = np.nan_to_num(m, posinf=4).astype(mt)
            check("ldexp", (a, b), (dp.asarray(a, device=device), dp.asarray(b, device=device)),
                  fp64, exact=True)  # fmt: skip
    x = dp.asarray(m, device=device)
    assert_same(dp.ldexp(x, 4), np.ldexp(m, 4), rtol=0)
    assert_same(dp.ldexp(x, 1000), np_call(np.ldexp, m, 1000), rtol=0)
    assert_same(dp.ldexp(3, dp.asarray(np.array([1, 2], np.int8), device=device)),
                np.ldexp(3, np.array([1, 2], np.int8)), rtol=0)  # fmt: skip
    for bad in [dp.asarray([1.0, 2.0], device=device), 2.5,
                dp.asarray(np.array([1], np.uint64), device=device)]:  # fmt: skip
        with pytest.raises(TypeError, match="ldexp"):
            dp.ldexp(x[:2], bad)


def test_multi_output(device, fp64):
    all_types = ["int8", "int32", "float16", "float32", "float64", "bool", "complex64"]
    for dtype in dtypes_for(device, all_types):
        if not fp64 and dtype in ("float64", "int32"):
            continue
        a = values(dtype)
        x = dp.asarray(a, device=device)
        for name in ["modf", "frexp"]:
            try:
                want = np_call(getattr(np, name), a)
            except TypeError:
                with pytest.raises(TypeError, match=name):
                    getattr(dp, name)(x)
                continue
            got = getattr(dp, name)(x)
            assert isinstance(got, tuple) and len(got) == 2
            for g, w in zip(got, want):
                assert_same(g, w, rtol=0)
                if w.dtype.kind == "f":  # signed zeros too
                    np.testing.assert_array_equal(np.signbit(dp.asnumpy(g)), np.signbit(w))
        a2, b2 = binary_pairs(dtype)
        if dtype == "complex64":
            with pytest.raises(TypeError, match="divmod"):
                dp.divmod(dp.asarray(a2, device=device), dp.asarray(b2, device=device))
            continue
        want = np_call(np.divmod, a2, b2)
        got = dp.divmod(dp.asarray(a2, device=device), dp.asarray(b2, device=device))
        for g, w in zip(got, want):
            assert_same(g, w, rtol=0)


def test_multi_output_out(device):
    a = np.array([-2.5, 3.25, -0.0], np.float32)
    x = dp.asarray(a, device=device)
    o1, o2 = dp.empty(3, dtype="float32", device=device), dp.empty(3, dtype="int32", device=device)
    r = dp.frexp(x, out=(o1, o2))
    assert r[0] is o1 and r[1] is o2
    m, e = np.frexp(a)
    assert_same(o1, m, rtol=0)
    assert_same(o2, e)
    f1, f2 = (
        dp.empty(3, dtype="float32", device=device),
        dp.empty(3, dtype="float32", device=device),
    )
    dp.modf(x, out=(f1, f2))
    assert_same(f1, np.modf(a)[0], rtol=0)
    assert_same(f2, np.modf(a)[1], rtol=0)
    with pytest.raises(TypeError, match="modf"):
        dp.modf(x, out=f1)
    dp.cbrt(x, out=f1)
    assert_same(f1, np.cbrt(a))


def test_i0_accuracy_float64(device, fp64):
    if not fp64:
        pytest.skip("no float64 on this device")
    mpmath = pytest.importorskip("mpmath")
    xs = np.concatenate(
        [np.linspace(-30, 30, 241), [1e-300, 0.1, 20.9, 21.1, 200, 699, 701, 713.9]]
    )
    got = dp.asnumpy(dp.i0(dp.asarray(xs, device=device)))
    mpmath.mp.prec = 120
    ref = np.array([float(mpmath.besseli(0, mpmath.mpf(float(v)))) for v in xs])
    ulps = np.abs(got - ref) / np.spacing(np.abs(ref))
    assert ulps.max() <= 4, f"max error {ulps.max()} ulp at x = {xs[ulps.argmax()]}"
    big = dp.asnumpy(dp.i0(dp.asarray([715.0, -np.inf, np.inf], device=device)))
    assert np.isinf(big[0]) and np.isnan(big[1:]).all()  # NumPy's NaN at +-inf


def test_float_power_dtype(device, fp64):
    a = np.array([2, 3], np.int8)
    got = dp.float_power(dp.asarray(a, device=device), -1)
    assert_same(got, np.float_power(a, -1) if fp64 else np.float_power(a, -1).astype(np.float32))
    c = np.array([1 + 1j, -2j], np.complex64)
    want = np.float_power(c, 2)
    if not fp64:
        want = want.astype(np.complex64)
    assert_same(dp.float_power(dp.asarray(c, device=device), 2), want, rtol=1e-6)


# ---------------------------------------------------------------- power's integer rule


def test_power_negative_integer_raises(device):
    a = np.array([1, 2, 3], np.int32)
    x = dp.asarray(a, device=device)
    msg = "Integers to negative integer powers are not allowed"
    for bad in [-1, dp.asarray(np.array([2, -1, 0], np.int8), device=device)]:
        with pytest.raises(ValueError, match=msg):
            dp.pow(x, bad)
        with pytest.raises(ValueError, match=msg):
            x**bad
    with pytest.raises(ValueError, match=msg):
        2 ** dp.asarray([1, -3], device=device)
    y = dp.asarray(a, device=device)
    with pytest.raises(ValueError, match=msg):
        y **= -2
    # Allowed: non-negative exponents, unsigned and float loops, empty exponents.
    assert_same(x ** dp.asarray([0, 1, 2], device=device), a ** np.array([0, 1, 2]))
    u = np.array([2, 3], np.uint8)
    assert_same(dp.asarray(u, device=device) ** 2, u**2)
    assert_same(x**-1.0, a**-1.0)
    assert dp.pow(x[:0], dp.asarray(np.array([], np.int32), device=device)).shape == (0,)


# ---------------------------------------------------------------- compositions


def test_nan_to_num(device, fp64):
    a = np.array([np.nan, np.inf, -np.inf, -0.0, 2.5], np.float32)
    x = dp.asarray(a, device=device)
    assert_same(dp.nan_to_num(x), np.nan_to_num(a), rtol=0)
    assert_same(dp.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0),
                np.nan_to_num(a, nan=-1.0, posinf=9.0, neginf=-9.0), rtol=0)  # fmt: skip
    c = np.array([complex(np.nan, np.inf), complex(-np.inf, 1), 2 - 3j], np.complex64)
    assert_same(dp.nan_to_num(dp.asarray(c, device=device), nan=5.0), np.nan_to_num(c, nan=5.0))
    i = np.array([1, -2], np.int16)
    assert_same(dp.nan_to_num(dp.asarray(i, device=device)), i)
    y = dp.asarray(a, device=device)
    r = dp.nan_to_num(y, copy=False)
    assert r is y
    assert_same(y, np.nan_to_num(a), rtol=0)


def test_angle_iscomplex_isreal_real_if_close(device, fp64):
    c = np.array([1 + 1j, -1 + 0j, -2j, 0j], np.complex64)
    z = dp.asarray(c, device=device)
    assert_same(dp.angle(z), np.angle(c))
    assert_same(dp.angle(z, deg=True), np.angle(c, deg=True), rtol=1e-5)
    r = np.array([-1, 2, 0], np.int8)
    assert_same(dp.angle(dp.asarray(r, device=device)), np.angle(r))
    assert_same(dp.iscomplex(z), np.iscomplex(c))
    assert_same(dp.isreal(z), np.isreal(c))
    assert_same(dp.iscomplex(dp.asarray(r, device=device)), np.iscomplex(r))
    assert_same(dp.isreal(dp.asarray(r, device=device)), np.isreal(r))
    near = np.array([1 + 1e-9j, 2 - 1e-9j], np.complex64)
    got = dp.real_if_close(dp.asarray(near, device=device))
    assert_same(got, np.real_if_close(near))
    assert_same(dp.real_if_close(z), np.real_if_close(c))
    f = np.array([1.5], np.float32)
    assert_same(dp.real_if_close(dp.asarray(f, device=device)), f)


def test_sort_complex(device, fp64):
    for dtype in ["int8", "uint16", "int32", "float32", "complex64"]:
        a = np.array([3, 1, 2, 0], dtype) if dtype != "complex64" else np.array(
            [1 + 2j, 1 - 1j, -3 + 0j], dtype)  # fmt: skip
        want = np.sort_complex(a)
        if not fp64 and want.dtype == np.complex128:
            want = want.astype(np.complex64)
        assert_same(dp.sort_complex(dp.asarray(a, device=device)), want)


def test_isclose_allclose(device, fp64):
    a = np.array([1.0, np.inf, -np.inf, np.nan, 1e10, 0.0, 1.0], np.float32)
    b = np.array([1.0 + 1e-7, np.inf, np.inf, np.nan, 1.00001e10, 1e-9, np.inf], np.float32)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    assert_same(dp.isclose(x, y), np.isclose(a, b))
    assert_same(dp.isclose(x, y, equal_nan=True), np.isclose(a, b, equal_nan=True))
    assert_same(dp.isclose(x, y, rtol=0, atol=0.5), np.isclose(a, b, rtol=0, atol=0.5))
    assert dp.allclose(x[:1], y[:1]) is True
    assert dp.allclose(x, y) is False
    assert dp.allclose(dp.asarray([1.0], device=device), math.inf) is False  # NumPy's rule
    u, v = np.array([1, 5], np.uint8), np.array([2, 5], np.uint8)
    assert_same(dp.isclose(dp.asarray(u, device=device), dp.asarray(v, device=device)),
                np.isclose(u, v))  # fmt: skip
    c = np.array([1 + 1j, 2j], np.complex64)
    assert_same(dp.isclose(dp.asarray(c, device=device), 1 + 1j), np.isclose(c, 1 + 1j))


def test_array_equal_equiv(device):
    a = np.array([[1.0, np.nan], [3.0, 4.0]])
    x = dp.asarray(a, device=device)
    assert dp.array_equal(x, x) is np.array_equal(a, a)
    assert dp.array_equal(x, x, equal_nan=True) is True
    assert dp.array_equal(x, x[:1]) is False
    assert dp.array_equal(dp.asarray([1, 2], device=device), [1, 2]) is True
    row = dp.asarray([1, 2], device=device)
    assert dp.array_equiv(row, dp.asarray([[1, 2], [1, 2]], device=device)) is True
    assert dp.array_equiv(row, dp.asarray([[1, 2], [1, 3]], device=device)) is False
    assert dp.array_equiv(row, dp.asarray([1, 2, 3], device=device)) is False


def test_interp(device, fp64):
    xp = np.array([0.0, 1.0, 2.5, 4.0])
    fp = np.array([1.0, 3.0, -1.0, 0.5])
    x = np.array([-1.0, 0.0, 0.5, 1.0, 2.0, 2.5, 3.9, 4.0, 7.0, np.nan])
    xd, xpd, fpd = (dp.asarray(v, device=device) for v in (x, xp, fp))
    tol = 1e-12 if fp64 else 1e-6

    def same(got, want):
        if not fp64:
            want = want.astype(np.complex64 if want.dtype.kind == "c" else np.float32)
        assert_same(got, want, rtol=tol)

    same(dp.interp(xd, xpd, fpd), np.interp(x, xp, fp))
    same(dp.interp(xd, xpd, fpd, left=-5, right=9), np.interp(x, xp, fp, left=-5, right=9))
    same(dp.interp(xd, xpd, fpd, period=3), np.interp(x, xp, fp, period=3))
    if device.backend != "host":
        return  # the rest compiles more kernels on OpenCL than it tests that is new there
    cf = fp + 1j * fp[::-1]
    same(dp.interp(xd, xpd, dp.asarray(cf, device=device)), np.interp(x, xp, cf))
    same(dp.interp(xd, xpd[:1], fpd[:1]), np.interp(x, xp[:1], fp[:1]))
    xi = np.array([0, 3], np.int32)
    same(dp.interp(dp.asarray(xi, device=device), xpd, fpd), np.interp(xi, xp, fp))
    with pytest.raises(ValueError, match="interp"):
        dp.interp(xd, xpd, fpd[:2])
    with pytest.raises(ValueError, match="interp"):
        dp.interp(xd, xpd[:0], fpd[:0])
    with pytest.raises(ValueError, match="period"):
        dp.interp(xd, xpd, fpd, period=0)


def test_unwrap(device, fp64):
    rng = np.random.default_rng(3)
    phase = np.cumsum(rng.uniform(-2.5, 2.5, size=(3, 12)), axis=1)
    p = np.angle(np.exp(1j * phase)).astype(np.float32)
    x = dp.asarray(p, device=device)
    assert_same(dp.unwrap(x), np.unwrap(p), rtol=1e-5, atol=1e-5)
    assert_same(dp.unwrap(x, axis=0), np.unwrap(p, axis=0), rtol=1e-5, atol=1e-5)
    assert_same(dp.unwrap(x, discont=4.0), np.unwrap(p, discont=4.0), rtol=1e-5, atol=1e-5)
    ints = np.array([0, 1, 2, 3, 0, 1, 2, 3, 0], np.int32)
    assert_same(dp.unwrap(dp.asarray(ints, device=device), period=4), np.unwrap(ints, period=4))
    with pytest.raises(ValueError, match="unwrap"):
        dp.unwrap(x, axis=2)


def test_bad_dtypes_name_the_function(device):
    z = dp.asarray([1 + 1j], device=device)
    f = dp.asarray([1.5], device=device)
    for name, args in [("cbrt", (z,)), ("fabs", (z,)), ("gcd", (f, f)), ("bitwise_count", (f,)),
                       ("heaviside", (z, z)), ("spacing", (z,)), ("fix", (z,)), ("i0", (z,)),
                       ("fmod", (z, z)), ("frexp", (z,)), ("modf", (z,))]:  # fmt: skip
        with pytest.raises(TypeError, match=name):
            getattr(dp, name)(*args)


ALL_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
              "float16", "float32", "float64", "complex64", "complex128"]  # fmt: skip
UNARY_ALL = UNARY_EXACT + UNARY_MATH + ["modf", "frexp"]
BINARY_ALL = BINARY + ["divmod"]


def result_dtypes(fn, *args):
    """The result dtypes of fn(*args), or TypeError when fn refuses the inputs."""
    try:
        r = np_call(fn, *args)
    except TypeError:
        return TypeError
    return [str(v.dtype) for v in (r if isinstance(r, tuple) else (r,))]


@pytest.mark.parametrize("name", UNARY_ALL + BINARY_ALL + ["ldexp"])
def test_result_dtype_every_numpy_dtype(name):
    """Every input dtype (host: resolution is the same front end on every device)."""
    seconds = ["int8", "int32", "int64", "uint16", "uint64", "bool", "float32"]
    for t in ALL_DTYPES:
        for t2 in seconds if name == "ldexp" else [t] if name in BINARY_ALL else [None]:
            a = [np.ones(2, t)] + ([np.ones(2, t2)] if t2 else [])
            x = [dp.asarray(v, device="host") for v in a]
            want = result_dtypes(getattr(np, name), *a)
            got = result_dtypes(getattr(dp, name), *x)
            assert got == want, (name, t, t2)
