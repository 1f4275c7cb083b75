"""Float32 / float64 math on every device: the host's SIMD loops (SLEEF: 1 ULP for float64,
3.5 for float32; Highway and our own for expm1, log1p, the hyperbolic functions, float32 tanh
and cbrt, 4 ULP at most; rounding instructions; the isnan family) for contiguous inputs and the scalar
loops for strided ones, against a long-double reference (<= 2 ULP for SLEEF's float64, 4.5
for the others on the host; OpenCL's own limits elsewhere) and NumPy's special values."""

import os
import subprocess
import sys

import numpy as np
import pytest

import dparray as dp

# op -> (float32 domain, float64 domain): (low, high, log-spaced?)
DOMAINS = {
    "exp": ((-87, 88, False), (-700, 709, False)),
    "expm1": ((-20, 20, False), (-40, 40, False)),
    "log": ((1e-30, 1e30, True), (1e-300, 1e300, True)),
    "log1p": ((-0.99, 1e6, False), (-0.999, 1e12, False)),
    "log2": ((1e-30, 1e30, True), (1e-300, 1e300, True)),
    "log10": ((1e-30, 1e30, True), (1e-300, 1e300, True)),
    "sin": ((-1e4, 1e4, False), (-1e6, 1e6, False)),
    "cos": ((-1e4, 1e4, False), (-1e6, 1e6, False)),
    "tan": ((-100, 100, False), (-1e4, 1e4, False)),
    "arcsin": ((-1, 1, False), (-1, 1, False)),
    "arccos": ((-1, 1, False), (-1, 1, False)),
    "arctan": ((-1e6, 1e6, False), (-1e12, 1e12, False)),
    "sinh": ((-88, 88, False), (-709, 709, False)),
    "cosh": ((-88, 88, False), (-709, 709, False)),
    "tanh": ((-20, 20, False), (-40, 40, False)),
    "arcsinh": ((-1e30, 1e30, False), (-1e300, 1e300, False)),
    "arccosh": ((1, 1e30, True), (1, 1e300, True)),
    "arctanh": ((-1, 1, False), (-1, 1, False)),
    "cbrt": ((1e-37, 1e37, True), (1e-300, 1e300, True)),
    "sqrt": ((0, 1e30, False), (0, 1e300, False)),
}
OPS = list(DOMAINS)
# Arguments that need a careful implementation: tiny, near-overflow, huge for the trig ops.
EXTRA = {
    "exp": [1e-8, -1e-8, 88.7, -103.9, 709.7, -745.1],
    "expm1": [1e-10, -1e-10, 1e-30, 88.0],
    "log": [1.0, 1.0000001, 0.9999999, 5e-324, 1e-45],
    "log1p": [1e-10, -1e-10, 1e-30, -0.5],
    "sin": [1e10, -1e15, 1e22, 3.14159265, 1e-20],
    "cos": [1e10, -1e15, 1e22, 1.5707963, 1e-20],
    "tan": [1e10, 1e22, 1.5707963, 1e-20],
    "sinh": [1e-10, -1e-20, 700.0, -708.0],
    "cosh": [1e-10, 708.0, -700.0],
    "arcsinh": [1e-10, -1e-20, 0.3, 1e20],
    "arccosh": [1.0, 1.0000001, 1.5, 1e20],
    "arctanh": [1e-10, -1e-20, 0.99999, -0.5],
    "cbrt": [1.0, 8.0, 27.0, 1e-30, 5e-324, 1e-45, 1e300],
    "tanh": [1e-10, -1e-20, 0.5],
    "arcsin": [1e-10, 0.99999],
    "arctan": [1e-20, 1e300],
    "sqrt": [5e-324, 1e-45, 2.0],
}
SPECIAL = [np.inf, -np.inf, np.nan, 0.0, -0.0]
HUGE_F64 = [1e100, -1e200, 1e300, 1.7e308]


# Host ops whose SIMD loop is Highway's or our own (vector_math_hwy.h): at most 4 ULP.
HOST_4ULP = {"expm1", "log1p", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt"}


def ulps_allowed(device, dtype="float64", name=""):
    # The host's float64 loops are SLEEF's 1-ULP functions but for HOST_4ULP, its float32
    # loops the 3.5-ULP ones; the reference's rounding adds 1/2. OpenCL devices follow
    # the OpenCL C limits (up to 4 ULP for sin / cos / tan / pow).
    if device.backend == "host":
        if name in HOST_4ULP:
            return 4.5
        return 2 if np.dtype(dtype) == np.float64 else 4
    return 4


def reference(name, a):
    """f(a) in long double, rounded to a's dtype."""
    with np.errstate(all="ignore"):
        return getattr(np, name)(a.astype(np.longdouble)).astype(a.dtype)


def inputs(name, dtype, n, seed=0):
    lo, hi, logspaced = DOMAINS[name][0 if dtype == "float32" else 1]
    rng = np.random.default_rng(seed)
    if logspaced:
        v = np.exp(rng.uniform(np.log(lo), np.log(hi), n))
    else:
        v = rng.uniform(lo, hi, n)
    extra = [x for x in EXTRA.get(name, []) if abs(x) < float(np.finfo(dtype).max)][:n]
    v[: len(extra)] = extra
    return v.astype(dtype)


def assert_close(got, expected, ulps, label):
    g = np.asarray(got)
    e = np.asarray(expected)
    assert g.dtype == e.dtype and g.shape == e.shape
    np.testing.assert_array_equal(np.isnan(g), np.isnan(e), err_msg=f"{label}: NaN")
    inf = np.isinf(e)
    np.testing.assert_array_equal(g[inf], e[inf], err_msg=f"{label}: inf")
    zero = e == 0
    np.testing.assert_array_equal(
        np.signbit(g[zero]), np.signbit(e[zero]), err_msg=f"{label}: sign of zero"
    )
    fin = np.isfinite(e)
    err = np.abs(g[fin].astype(np.longdouble) - e[fin].astype(np.longdouble))
    tol = ulps * np.spacing(np.abs(e[fin])).astype(np.longdouble)
    bad = err > tol
    assert not bad.any(), (
        f"{label}: beyond {ulps} ULP at {np.nonzero(bad)[0][:5]}: "
        f"got {g[fin][bad][:5]}, expected {e[fin][bad][:5]}"
    )


def skip_if_no_fp64(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip(f"{device.filter_string} has no float64")


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", OPS)
def test_contiguous_within_ulps(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    a = inputs(name, dtype, 40_003)  # several parallel chunks and a partial vector at the end
    got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
    assert_close(got, reference(name, a), ulps_allowed(device, dtype, name), f"{name} {dtype}")


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", OPS)
def test_special_values_match_numpy(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    vals = SPECIAL + [
        np.finfo(dtype).tiny,
        -np.finfo(dtype).tiny,
        np.finfo(dtype).max,
        -np.finfo(dtype).max,
        1.0,
        -1.0,
        0.5,
        2.0,
        -2.0,
    ]
    if name in ("sin", "cos", "tan") and dtype == "float64":
        vals += HUGE_F64
    a = np.array(vals, dtype=dtype)
    with np.errstate(all="ignore"):
        expected = getattr(np, name)(a)
    got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
    # Specials exactly as NumPy: NaN where NumPy has NaN, the same infinities and signed zeros.
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    special = np.isinf(expected) | (expected == 0)
    np.testing.assert_array_equal(got[special], expected[special])
    np.testing.assert_array_equal(np.signbit(got[special]), np.signbit(expected[special]))
    assert_close(
        got, reference(name, a), ulps_allowed(device, dtype, name), f"{name} {dtype} specials"
    )


@pytest.mark.parametrize("n", [1, 3, 4, 5, 7, 8, 9, 15, 16, 17])
@pytest.mark.parametrize("name", ["exp", "sin", "log", "sqrt"])
def test_short_lengths_and_tails(device, name, n):
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        a = inputs(name, dtype, n, seed=n)
        got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
        assert_close(
            got, reference(name, a), ulps_allowed(device, dtype, name), f"{name} {dtype} n={n}"
        )


@pytest.mark.parametrize("name", OPS)
def test_strided_input_takes_the_scalar_loop(device, name):
    # Every other element: not contiguous, so the host runs its scalar (libm) loop.
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        a = inputs(name, dtype, 2001, seed=3)
        x = dp.asarray(a, device=device)
        view = dp.ndarray((1000,), dtype=x.dtype, strides=(2,), buffer=x, offset=1)
        got = dp.asnumpy(getattr(dp, name)(view))
        assert_close(
            got, reference(name, a[1::2]), ulps_allowed(device, dtype, name), f"{name} {dtype}"
        )
        contiguous = dp.asnumpy(getattr(dp, name)(dp.asarray(a[1::2], device=device)))
        assert_close(contiguous, reference(name, a[1::2]), ulps_allowed(device, dtype, name), name)


def test_in_place_out(device):
    a = inputs("exp", "float32", 10_001)
    x = dp.asarray(a, device=device)
    r = dp.exp(x, out=x)
    assert r is x
    assert_close(dp.asnumpy(x), reference("exp", a), ulps_allowed(device, "float32"), "exp out=x")


def test_2d_contiguous_and_transposed(device):
    a = inputs("cos", "float32", 300 * 70).reshape(300, 70)
    x = dp.asarray(a, device=device)
    assert_close(dp.asnumpy(dp.cos(x)), reference("cos", a), ulps_allowed(device, "float32"), "2-d")
    assert_close(
        dp.asnumpy(dp.cos(x.T)), reference("cos", a.T), ulps_allowed(device, "float32"), "2-d T"
    )


SPECIAL_GRID = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.25, 1e30, -1e30]
SPECIAL_GRID += [np.inf, -np.inf, np.nan]


@pytest.mark.parametrize("name", ["pow", "arctan2"])
def test_binary_special_values_match_numpy(device, name):
    # Every pair of special values, contiguous and with one side a single element.
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        x, y = (g.ravel().astype(dtype) for g in np.meshgrid(SPECIAL_GRID, SPECIAL_GRID))
        npname = "power" if name == "pow" else name
        with np.errstate(all="ignore"):
            expected = getattr(np, npname)(x, y)
            expected_b = getattr(np, npname)(x, y.dtype.type(3.0))
        a, b = dp.asarray(x, device=device), dp.asarray(y, device=device)
        got = dp.asnumpy(getattr(dp, npname)(a, b))
        got_b = dp.asnumpy(getattr(dp, npname)(a, 3.0))
        for g, e in ((got, expected), (got_b, expected_b)):
            np.testing.assert_array_equal(np.isnan(g), np.isnan(e))
            np.testing.assert_array_equal(np.signbit(g[g == 0]), np.signbit(e[g == 0]))
            np.testing.assert_allclose(g, e, rtol=1e-6 if dtype == "float32" else 1e-14)


@pytest.mark.parametrize("name", ["floor", "ceil", "trunc", "rint", "round"])
def test_rounding_matches_numpy_exactly(device, name):
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        a = np.concatenate(
            [np.arange(-40, 40) / 4, [0.0, -0.0, np.inf, -np.inf, np.nan, 1e30, -1e30]]
        )
        a = np.concatenate([a, np.random.default_rng(0).normal(0, 1e4, 1000)]).astype(dtype)
        got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
        expected = getattr(np, name)(a)
        np.testing.assert_array_equal(got, expected)
        np.testing.assert_array_equal(np.signbit(got), np.signbit(expected))


@pytest.mark.skipif(bool(os.environ.get("DPARRAY_SIMD")), reason="already capped")
def test_avx2_loops_when_capped():
    # The AVX2 loops run where the CPU lacks AVX-512; DPARRAY_SIMD=avx2 selects them here
    # (for this file's tests and test_vector_loops.py's).
    env = dict(os.environ, DPARRAY_SIMD="avx2")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "host",
            __file__,
            os.path.join(os.path.dirname(__file__), "test_vector_loops.py"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


@pytest.mark.parametrize("name", ["isnan", "isinf", "isfinite", "signbit"])
def test_float_predicates_match_numpy(device, name):
    # Every length around the vector widths, contiguous and strided, every kind of value.
    kinds = [np.nan, -np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -2.0, 5e-324, -1e-45, 1e300]
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        for n in [1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 100, 20001]:
            with np.errstate(all="ignore"):
                a = np.random.default_rng(n).choice(np.array(kinds, dtype=dtype), n)
            x = dp.asarray(a, device=device)
            got = dp.asnumpy(getattr(dp, name)(x))
            assert got.dtype == np.bool_
            np.testing.assert_array_equal(got, getattr(np, name)(a), err_msg=f"{dtype} n={n}")
            np.testing.assert_array_equal(
                dp.asnumpy(getattr(dp, name)(x[::3])), getattr(np, name)(a[::3])
            )


def test_ldexp_frexp_match_numpy_at_the_edges(device):
    # Normal numbers go by their bits; subnormals, zeros, inf, NaN and exponents that leave
    # the normal range go through libm. Either way the results are NumPy's, bit for bit.
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        fi = np.finfo(dtype)
        base = [
            0.0,
            -0.0,
            1.0,
            -1.5,
            3.0,
            fi.tiny,
            -fi.tiny,
            fi.max,
            -fi.max,
            fi.smallest_subnormal,
        ]
        base += [fi.tiny / 3, np.inf, -np.inf, np.nan, 0.1, 1e-3, 7e5]
        a = np.array(base, dtype=dtype)
        m, e = dp.frexp(dp.asarray(a, device=device))
        em, ee = np.frexp(a)
        np.testing.assert_array_equal(dp.asnumpy(m), em)
        np.testing.assert_array_equal(np.signbit(dp.asnumpy(m)), np.signbit(em))
        np.testing.assert_array_equal(dp.asnumpy(e), ee)
        lim = 1100 if dtype == "float64" else 300
        ks = np.array([-lim, -1075, -1074, -1022, -149, -126, -1, 0, 1, 127, 128, 1023, lim])
        ks = ks[np.abs(ks) <= lim].astype(np.int32)
        x, k = (g.ravel() for g in np.meshgrid(a, ks))
        got = dp.asnumpy(dp.ldexp(dp.asarray(x, device=device), dp.asarray(k, device=device)))
        with np.errstate(all="ignore"):
            expected = np.ldexp(x, k)
        np.testing.assert_array_equal(got, expected)
        np.testing.assert_array_equal(np.signbit(got), np.signbit(expected))


@pytest.mark.parametrize("edtype", ["int32", "int64", "int16"])
def test_ldexp_integer_exponent_layouts(device, edtype):
    # The host reads an int32 / int64 exponent array as it is (no cast pass); other integer
    # dtypes, and OpenCL devices, cast it first. Every path gives NumPy's bits: contiguous at
    # lengths around the vector widths, strided, one broadcast element on either side, and
    # exponents far outside any float range.
    rng = np.random.default_rng(7)
    for dtype in ["float32", "float64"]:
        if dtype == "float64" and not device.has_aspect_fp64:
            continue
        info = np.iinfo(edtype)
        for n in [1, 7, 8, 15, 16, 17, 33, 1000]:
            x = (rng.standard_normal(n) * 1e3).astype(dtype)
            k = rng.integers(-300, 300, n).astype(edtype)
            k[: min(n, 4)] = [info.min, info.max, -1, 0][: min(n, 4)]
            with np.errstate(all="ignore"):
                expected = np.ldexp(x, k)
            dx, dk = dp.asarray(x, device=device), dp.asarray(k, device=device)
            np.testing.assert_array_equal(dp.asnumpy(dp.ldexp(dx, dk)), expected)
            with np.errstate(all="ignore"):
                np.testing.assert_array_equal(dp.asnumpy(dp.ldexp(dx[::2], dk[::-2])),
                                              np.ldexp(x[::2], k[::-2]))  # fmt: skip
                np.testing.assert_array_equal(dp.asnumpy(dp.ldexp(dx, dk[:1])),
                                              np.ldexp(x, k[:1]))  # fmt: skip
                np.testing.assert_array_equal(dp.asnumpy(dp.ldexp(dx[:1], dk)),
                                              np.ldexp(x[:1], k))  # fmt: skip


def test_float64_power_within_ulps(device):
    # The host's float64 pow (vector_pow.h) carries log x in two doubles: within 1 ULP of the
    # long-double power even where y log x is near 709 and x near 1 with y huge. Exact powers
    # stay exact; negative x with integral y takes the sign of (-1)^y.
    if not device.has_aspect_fp64:
        pytest.skip("no float64")
    rng = np.random.default_rng(6)
    n = 20000
    parts = [
        (np.exp(rng.uniform(-700, 700, n)), rng.uniform(-1, 1, n)),
        (rng.uniform(0.1, 10, n), rng.uniform(-60, 60, n)),
        (1 + rng.uniform(-1e-3, 1e-3, n), rng.uniform(-7e5, 7e5, n)),
        (rng.uniform(0.5, 2, n), rng.uniform(-1000, 1000, n)),
        (-rng.uniform(0.1, 10, n), np.round(rng.uniform(-40, 40, n))),
    ]
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    exact_x = [2.0, 2.0, 10.0, 3.0, 7.0, 0.5, -2.0, -2.0, 4.0, 1.0, 1.0, 9.0, 2.0]
    exact_y = [3.0, -3.0, -2.0, 20.0, 18.0, 1074.0, 3.0, 2.0, 0.5, 1e300, -7.5, 0.5, 1023.0]
    x[: len(exact_x)] = exact_x
    y[: len(exact_y)] = exact_y
    with np.errstate(all="ignore"):
        ref = np.power(x.astype(np.longdouble), y.astype(np.longdouble)).astype(np.float64)
    got = dp.asnumpy(dp.power(dp.asarray(x, device=device), dp.asarray(y, device=device)))
    bound = 1 if device.backend == "host" else ulps_allowed(device)
    assert_close(got, ref, bound, "pow float64")
    if device.backend == "host":
        np.testing.assert_array_equal(got[: len(exact_x)], np.power(exact_x, exact_y))


def test_float32_power_within_ulps(device):
    # The host's float32 pow (vector_pow.h) works in float pairs: within 1 ULP, x near 1 with
    # y large included; near the float range's ends and for x <= 0 it calls libm. Both sides
    # of the range, broadcast and integer powers.
    rng = np.random.default_rng(5)
    n = 50000
    x = np.exp(rng.uniform(-20, 20, n)).astype(np.float32)
    y = rng.uniform(-8, 8, n).astype(np.float32)
    x[n // 2 :] = rng.uniform(0.99, 1.01, n - n // 2)
    y[n // 2 :] = rng.uniform(-5000, 5000, n - n // 2)
    x[:8] = [1.0, 2.0, 0.5, 3.0, 1e-30, 1e30, 1.0000001, 0.9999999]
    y[:8] = [1e30, 10.0, -3.0, 2.0, 1.5, 1.2, 1e8, -1e8]
    with np.errstate(all="ignore"):
        ref = np.power(x.astype(np.longdouble), y.astype(np.longdouble)).astype(np.float32)
    got = dp.asnumpy(dp.power(dp.asarray(x, device=device), dp.asarray(y, device=device)))
    bound = 1 if device.backend == "host" else ulps_allowed(device, "float32")
    assert_close(got, ref, bound, "pow float32")
    with np.errstate(all="ignore"):
        ref3 = np.power(x.astype(np.longdouble), 3).astype(np.float32)
    got3 = dp.asnumpy(dp.asarray(x, device=device) ** np.float32(3.0))
    assert_close(got3, ref3, ulps_allowed(device, "float32"), "x ** 3 float32")
    assert dp.asnumpy(dp.asarray(np.float32([2.0, 10.0]), device=device) ** 3.0).tolist() == [
        8.0,
        1000.0,
    ]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_spacing_exact_against_numpy(device, dtype):
    """spacing's vector loop (the next bit pattern less x) and its strided scalar loop."""
    skip_if_no_fp64(device, dtype)
    rng = np.random.default_rng(7)
    fi = np.finfo(dtype)
    mags = np.exp(rng.uniform(np.log(fi.smallest_subnormal), np.log(fi.max), 40_000))
    vals = np.concatenate(
        [
            mags * rng.choice([-1, 1], mags.size),
            [0.0, -0.0, np.inf, -np.inf, np.nan, fi.max, -fi.max, fi.tiny, -fi.tiny],
            [fi.smallest_subnormal, -fi.smallest_subnormal, 1.0, -1.0],
        ]
    ).astype(dtype)
    d = dp.asarray(vals, device=device)
    with np.errstate(all="ignore"):
        for got, a in ((dp.spacing(d), vals), (dp.spacing(d[::3]), vals[::3])):
            np.testing.assert_array_equal(dp.asnumpy(got), np.spacing(a))
