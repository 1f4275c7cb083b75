"""The Array API 2024.12 elementwise functions added to the catalogue (acosh, asinh, atanh,
conj, real, imag, copysign, hypot, logaddexp, logaddexp2, nextafter, reciprocal, signbit) and
the standard's special cases, on every device: NumPy is the oracle for values and dtypes, the
standard's own tables for special values where NumPy departs from it."""

import math

import numpy as np
import pytest
from test_elementwise import (
    DTYPES,
    check,
    expect_same_error,
    numpy_or_error,
    samples,
    skip_if_no_fp64,
)

import dparray as dp

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

NAN, INF = math.nan, math.inf


def np_reciprocal(a):
    """dparray's reciprocal computes in a float for integer input (the standard: floating
    point only), where NumPy's integer loop gives 1 // x."""
    a = np.asarray(a)
    if a.dtype.kind in "biu":
        a = a.astype(np.result_type(a.dtype, np.float16))
    return np.reciprocal(a)


def np_nextafter(a, b):
    """NumPy's nextafter, but b where a == b as C and the standard say (nextafter(-0, +0) is
    +0); NumPy's float16 loop returns a there."""
    a, b = np.asarray(a), np.asarray(b)
    r = np.nextafter(a, b)
    return np.where(a == b, b.astype(r.dtype), r).astype(r.dtype)


UNARY = {
    "acosh": np.arccosh,
    "asinh": np.arcsinh,
    "atanh": np.arctanh,
    "conj": np.conj,
    "real": np.real,
    "imag": np.imag,
    "reciprocal": np_reciprocal,
    "signbit": np.signbit,
}
BINARY = {
    "copysign": np.copysign,
    "hypot": np.hypot,
    "logaddexp": np.logaddexp,
    "logaddexp2": np.logaddexp2,
    "nextafter": np_nextafter,
}
LIBM = {"acosh", "asinh", "atanh", "hypot", "logaddexp", "logaddexp2"}
ALIASES = {"arccosh": "acosh", "arcsinh": "asinh", "arctanh": "atanh", "conjugate": "conj"}


def ulps(name, dtype):
    if name in LIBM:
        return 8
    return 2 if name == "reciprocal" and np.dtype(dtype).kind == "c" else 0


def test_names_and_aliases():
    for name in list(UNARY) + list(BINARY):
        assert callable(getattr(dp, name)), name
    for alias, name in ALIASES.items():
        assert getattr(dp, alias) is getattr(dp, name)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_every_dtype(device, name, dtype):
    skip_if_no_fp64(device, dtype)
    a = samples(dtype)
    if name in LIBM and a.dtype.kind == "f":
        a = np.concatenate([a, np.array([1.5, -0.999, 0.999, 1e-4, 30.0, 1e30], a.dtype)])
    x = dp.asarray(a, device=device)
    expected, err = numpy_or_error(UNARY[name], a)
    if err is not None:
        expect_same_error(err, lambda: getattr(dp, name)(x))
        with pytest.raises(TypeError, match=rf"\[{name}\]"):
            getattr(dp, name)(x)
        return
    got = getattr(dp, name)(x)
    if name in LIBM and a.dtype.kind == "c":
        # glibc (NumPy's) and the device's kernels agree on finite values; the special
        # values are checked against the standard's table below.
        fin = np.isfinite(a)
        check(got[dp.asarray(fin, device=device)], expected[fin], ulps(name, dtype), device)
    else:
        check(got, expected, ulps(name, dtype), device)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_every_dtype(device, name, dtype):
    """All pairs of sample values; complex inputs are a TypeError naming the op, as NumPy."""
    skip_if_no_fp64(device, dtype)
    a = samples(dtype)
    x, y = dp.asarray(a[:, None], device=device), dp.asarray(a[None, :], device=device)
    expected, err = numpy_or_error(BINARY[name], a[:, None], a[None, :])
    if err is not None:
        with pytest.raises(TypeError, match=rf"\[{name}\].*{dtype}"):
            getattr(dp, name)(x, y)
        return
    check(getattr(dp, name)(x, y), expected, ulps(name, dtype), device)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "complex64", "complex128"])
@pytest.mark.parametrize("name", ["acosh", "asinh", "atanh"])
def test_inverse_hyperbolic_wide_range(device, name, dtype):
    """Tiny, near-branch-point and huge arguments, where naive formulas lose digits or overflow."""
    skip_if_no_fp64(device, dtype)
    rng = np.random.default_rng(7)
    big = np.finfo(dtype).max
    mags = np.array([1e-30, 1e-7, 0.5, 0.999, 1.0, 1.001, 2.0, 1e3, 1e8, 1e17, 1e30, 1e200])
    mags = mags[mags < float(big) / 4]
    if np.dtype(dtype).kind == "f":
        a = np.concatenate([mags, -mags, rng.uniform(-3, 3, 50)]).astype(dtype)
    else:
        re = np.concatenate([mags, -mags, [0.0, 0.0]])
        im = np.concatenate([mags[::-1], mags, [1e-3, -5.0]])
        a = np.concatenate([re + 1j * im, re - 1j * im[::-1], rng.normal(size=40) * (1 + 1j)])
        a = a.astype(dtype)
    x = dp.asarray(a, device=device)
    with np.errstate(all="ignore"):
        expected = UNARY[name](a)
    check(getattr(dp, name)(x), expected, 16, device)


# ---------------------------------------------------------------------------------------------
# nextafter: exact on every device, float16 included (its loop computes in float32).


def test_nextafter_float16_every_value(device):
    bits = np.arange(1 << 16, dtype=np.uint16)
    a = bits.view(np.float16)
    x = dp.asarray(a, device=device)
    for to in (np.inf, -np.inf, 0.0, -0.0, 1.0, np.nan):
        t = np.float16(to)
        expected = np_nextafter(a, t)
        got = dp.asnumpy(dp.nextafter(x, dp.asarray(np.full(a.shape, t), device=device)))
        assert got.dtype == np.float16
        same = (got.view(np.uint16) == expected.view(np.uint16)) | (
            np.isnan(got) & np.isnan(expected)
        )
        assert same.all(), f"toward {to}: {a[~same][:5]} -> {got[~same][:5]}"


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_nextafter_bit_exact(device, dtype):
    """Random bit patterns (subnormals, powers of two, extremes included) in both directions."""
    skip_if_no_fp64(device, dtype)
    ut = np.uint32 if dtype == "float32" else np.uint64
    rng = np.random.default_rng(3)
    bits = rng.integers(0, np.iinfo(ut).max, 20000, dtype=ut, endpoint=True)
    a = np.concatenate(
        [
            bits.view(dtype),
            np.array(
                [
                    0.0,
                    -0.0,
                    np.finfo(dtype).smallest_subnormal,
                    -np.finfo(dtype).smallest_subnormal,
                    np.finfo(dtype).tiny,
                    1.0,
                    2.0,
                    -4.0,
                    np.finfo(dtype).max,
                    np.inf,
                    -np.inf,
                ],
                dtype,
            ),
        ]
    )
    x = dp.asarray(a, device=device)
    for to in (np.inf, -np.inf, 0.0, -0.0, 1.0):
        expected = np.nextafter(a, np.asarray(to, dtype))
        got = dp.asnumpy(dp.nextafter(x, dp.asarray(np.full(a.shape, to, dtype), device=device)))
        same = (got.view(ut) == expected.view(ut)) | (np.isnan(got) & np.isnan(expected))
        assert same.all(), f"toward {to}: {a[~same][:5]} -> {got[~same][:5]}"


# ---------------------------------------------------------------------------------------------
# Python scalars, out=, operators.


def test_python_scalars_and_out(device):
    a = np.array([1.5, -2.0, 0.0, -0.0], np.float32)
    x = dp.asarray(a, device=device)
    check(dp.copysign(x, -1), np.copysign(a, np.float32(-1)))
    check(dp.copysign(3, x), np.copysign(np.float32(3), a))
    check(dp.nextafter(x, 10.0), np.nextafter(a, np.float32(10)))
    check(dp.hypot(x, 4), np.hypot(a, np.float32(4)), 8)
    z = dp.asarray(np.array([1 + 2j, -3 - 0.5j], np.complex64), device=device)
    out = dp.empty((2,), dtype=dp.float32, device=device)
    assert dp.real(z, out=out) is out
    check(out, np.array([1, -3], np.float32))
    dp.imag(z, out=out)
    check(out, np.array([2, -0.5], np.float32))
    with pytest.raises(TypeError, match="conj"):
        dp.conj(z, out=dp.empty((2,), dtype=dp.float32, device=device))


def test_floor_divide_operators_with_infinity(device):
    """//, //= and floor_divide give floor(a / b) where an operand is infinite."""
    a = np.array([INF, INF, -INF, -INF, 1.0, 1.0, -1.0, -1.0, INF, 5.0], np.float32)
    b = np.array([2.0, -2.0, 2.0, -2.0, INF, -INF, INF, -INF, INF, 0.0], np.float32)
    want = np.array([INF, -INF, -INF, INF, 0.0, -0.0, -0.0, 0.0, NAN, INF], np.float32)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    check(x // y, want)
    check(dp.floor_divide(x, y), want)
    x //= y
    check(x, want)
    check(dp.asarray(a, device=device) // 2.0, np.floor(a / np.float32(2)))


def test_bad_input_names_the_op(device):
    z = dp.asarray(np.array([1 + 1j], np.complex64), device=device)
    for name in ("copysign", "hypot", "logaddexp", "logaddexp2", "nextafter"):
        with pytest.raises(TypeError, match=rf"\[{name}\].*complex64"):
            getattr(dp, name)(z, z)
    with pytest.raises(TypeError, match=r"\[signbit\].*complex64"):
        dp.signbit(z)
    with pytest.raises(TypeError, match="real"):
        dp.real([1.0, 2.0])
    with pytest.raises(TypeError):
        dp.nextafter(z)


# ---------------------------------------------------------------------------------------------
# The standard's special cases (2024.12 elementwise_functions.py), as tables. A value in
# `want` is a float or complex; NaN matches any NaN; zeros must match in sign unless the
# entry marks that part's sign as unspecified ("re?" / "im?").

PI = math.pi
Z, NZ = 0.0, -0.0

REAL_CASES = {
    "acosh": [(NAN, NAN), (0.5, NAN), (-INF, NAN), (1.0, Z), (INF, INF)],
    "asinh": [(NAN, NAN), (Z, Z), (NZ, NZ), (INF, INF), (-INF, -INF)],
    "atanh": [(NAN, NAN), (-1.5, NAN), (1.5, NAN), (-1.0, -INF), (1.0, INF), (Z, Z), (NZ, NZ)],
    "expm1": [(NAN, NAN), (Z, Z), (NZ, NZ), (INF, INF), (-INF, -1.0)],
    "tanh": [(NAN, NAN), (Z, Z), (NZ, NZ), (INF, 1.0), (-INF, -1.0)],
    "reciprocal": [(Z, INF), (NZ, -INF), (INF, Z), (-INF, NZ), (NAN, NAN)],
    "signbit": [
        (Z, False),
        (NZ, True),
        (INF, False),
        (-INF, True),
        (2.5, False),
        (-2.5, True),
        (NAN, False),
        (-NAN, True),
    ],
}

BINARY_CASES = {
    "copysign": [
        (2.0, -1.0, -2.0),
        (2.0, NZ, -2.0),
        (-2.0, Z, 2.0),
        (-2.0, 3.0, 2.0),
        (2.0, -NAN, -2.0),
        (-2.0, NAN, 2.0),
        (NAN, -1.0, -NAN),
        (NAN, NZ, -NAN),
        (-NAN, Z, NAN),
        (-NAN, 1.0, NAN),
        (NAN, -NAN, -NAN),
        (-NAN, NAN, NAN),
    ],
    "hypot": [
        (INF, NAN, INF),
        (-INF, 1.0, INF),
        (NAN, INF, INF),
        (1.0, -INF, INF),
        (Z, -3.0, 3.0),
        (NZ, 2.0, 2.0),
        (-3.0, Z, 3.0),
        (4.0, NZ, 4.0),
        (1.0, NAN, NAN),
        (NAN, 1.0, NAN),
        (NAN, NAN, NAN),
    ],
    "logaddexp": [
        (NAN, 1.0, NAN),
        (1.0, NAN, NAN),
        (INF, 1.0, INF),
        (INF, -INF, INF),
        (-3.0, INF, INF),
        (INF, INF, INF),
        (-INF, -INF, -INF),
    ],
    "nextafter": [(NAN, 1.0, NAN), (1.0, NAN, NAN), (NZ, Z, Z), (Z, NZ, NZ)],
    "floor_divide": [
        (NAN, 1.0, NAN),
        (1.0, NAN, NAN),
        (INF, -INF, NAN),
        (-INF, INF, NAN),
        (Z, NZ, NAN),
        (Z, 2.0, Z),
        (NZ, 2.0, NZ),
        (Z, -2.0, NZ),
        (NZ, -2.0, Z),
        (3.0, Z, INF),
        (3.0, NZ, -INF),
        (-3.0, Z, -INF),
        (-3.0, NZ, INF),
        (INF, 2.0, INF),
        (INF, -2.0, -INF),
        (-INF, 2.0, -INF),
        (-INF, -2.0, INF),
        (3.0, INF, Z),
        (3.0, -INF, NZ),
        (-3.0, INF, NZ),
        (-3.0, -INF, Z),
        (7.0, 2.0, 3.0),
        (-7.0, 2.0, -4.0),
    ],
}

C = complex
COMPLEX_CASES = {
    "acosh": [
        (C(Z, Z), C(Z, PI / 2)),
        (C(NZ, Z), C(Z, PI / 2)),
        (C(2.0, INF), C(INF, PI / 2)),
        (C(2.0, NAN), C(NAN, NAN)),
        (C(Z, NAN), (C(NAN, PI / 2), "im?")),
        (C(-INF, 2.0), C(INF, PI)),
        (C(INF, 2.0), C(INF, Z)),
        (C(-INF, INF), C(INF, 3 * PI / 4)),
        (C(INF, INF), C(INF, PI / 4)),
        (C(INF, NAN), C(INF, NAN)),
        (C(-INF, NAN), C(INF, NAN)),
        (C(NAN, 2.0), C(NAN, NAN)),
        (C(NAN, INF), C(INF, NAN)),
        (C(NAN, NAN), C(NAN, NAN)),
    ],
    "asinh": [
        (C(Z, Z), C(Z, Z)),
        (C(2.0, INF), C(INF, PI / 2)),
        (C(2.0, NAN), C(NAN, NAN)),
        (C(INF, 2.0), C(INF, Z)),
        (C(INF, INF), C(INF, PI / 4)),
        (C(NAN, Z), C(NAN, Z)),
        (C(NAN, 2.0), C(NAN, NAN)),
        (C(NAN, INF), (C(INF, NAN), "re?")),
        (C(NAN, NAN), C(NAN, NAN)),
    ],
    "atanh": [
        (C(Z, Z), C(Z, Z)),
        (C(Z, NAN), C(Z, NAN)),
        (C(1.0, Z), C(INF, Z)),
        (C(2.0, INF), C(Z, PI / 2)),
        (C(2.0, NAN), C(NAN, NAN)),
        (C(INF, 2.0), C(Z, PI / 2)),
        (C(INF, INF), C(Z, PI / 2)),
        (C(INF, NAN), C(Z, NAN)),
        (C(NAN, 2.0), C(NAN, NAN)),
        (C(NAN, INF), (C(Z, PI / 2), "re?")),
        (C(NAN, NAN), C(NAN, NAN)),
    ],
    "expm1": [
        (C(Z, Z), C(Z, Z)),
        (C(NZ, Z), C(Z, Z)),
        (C(2.0, INF), C(NAN, NAN)),
        (C(2.0, NAN), C(NAN, NAN)),
        (C(INF, Z), C(INF, Z)),
        (C(-INF, 2.0), C(0 * math.cos(2.0) - 1, 0 * math.sin(2.0))),
        (C(INF, 2.0), C(-INF, INF)),
        (C(-INF, INF), (C(-1.0, Z), "im?")),
        (C(INF, INF), (C(INF, NAN), "re?")),
        (C(-INF, NAN), (C(-1.0, Z), "im?")),
        (C(INF, NAN), (C(INF, NAN), "re?")),
        (C(NAN, Z), C(NAN, Z)),
        (C(NAN, 2.0), C(NAN, NAN)),
        (C(NAN, NAN), C(NAN, NAN)),
    ],
    "tanh": [
        (C(Z, Z), C(Z, Z)),
        (C(2.0, INF), C(NAN, NAN)),
        (C(2.0, NAN), C(NAN, NAN)),
        (C(INF, 2.0), C(1.0, Z)),
        (C(INF, 1e30), C(1.0, Z)),
        (C(INF, 0.5), C(1.0, Z)),
        (C(INF, INF), (C(1.0, Z), "im?")),
        (C(INF, NAN), (C(1.0, Z), "im?")),
        (C(NAN, Z), C(NAN, Z)),
        (C(NAN, 2.0), C(NAN, NAN)),
        (C(NAN, NAN), C(NAN, NAN)),
    ],
    "cosh": [
        (C(Z, Z), C(1.0, Z)),
        (C(Z, INF), (C(NAN, Z), "im?")),
        (C(Z, NAN), (C(NAN, Z), "im?")),
        (C(2.0, INF), C(NAN, NAN)),
        (C(INF, Z), C(INF, Z)),
        (C(INF, 2.0), C(-INF, INF)),
        (C(INF, INF), (C(INF, NAN), "re?")),
        (C(INF, NAN), C(INF, NAN)),
        (C(NAN, Z), (C(NAN, Z), "im?")),
        (C(NAN, 2.0), C(NAN, NAN)),
    ],
    "sinh": [
        (C(Z, Z), C(Z, Z)),
        (C(Z, INF), (C(Z, NAN), "re?")),
        (C(Z, NAN), (C(Z, NAN), "re?")),
        (C(2.0, INF), C(NAN, NAN)),
        (C(INF, Z), C(INF, Z)),
        (C(INF, 2.0), C(-INF, INF)),
        (C(INF, INF), (C(INF, NAN), "re?")),
        (C(INF, NAN), (C(INF, NAN), "re?")),
        (C(NAN, Z), C(NAN, Z)),
        (C(NAN, 2.0), C(NAN, NAN)),
    ],
    "acos": [
        (C(Z, Z), C(PI / 2, NZ)),
        (C(Z, NAN), C(PI / 2, NAN)),
        (C(2.0, INF), C(PI / 2, -INF)),
        (C(-INF, 2.0), C(PI, -INF)),
        (C(INF, 2.0), C(Z, -INF)),
        (C(-INF, INF), C(3 * PI / 4, -INF)),
        (C(INF, INF), C(PI / 4, -INF)),
        (C(INF, NAN), (C(NAN, INF), "im?")),
        (C(NAN, INF), C(NAN, -INF)),
    ],
}


def same_value(got, want, unspecified=""):
    """got == want part by part; NaN matches NaN; signs of parts in `unspecified` are free."""
    g, w = complex(got), complex(want)
    for part, gp, wp in (("re", g.real, w.real), ("im", g.imag, w.imag)):
        if part + "?" in unspecified:
            gp, wp = abs(gp), abs(wp)
        if math.isnan(wp):
            if not math.isnan(gp):
                return False
        elif (
            not (gp == wp or math.isclose(gp, wp, rel_tol=1e-6))
            or wp == 0
            and math.copysign(1, gp) != math.copysign(1, wp)
        ):
            return False
    return True


def run_cases(device, name, dtype, inputs, wants):
    skip_if_no_fp64(device, dtype)
    args = [dp.asarray(np.array(col, dtype), device=device) for col in inputs]
    got = dp.asnumpy(getattr(dp, name)(*args))
    for k, w in enumerate(wants):
        w, unspec = w if isinstance(w, tuple) else (w, "")
        ins = [col[k] for col in inputs]
        if isinstance(w, bool):
            assert bool(got[k]) == w, f"{name}{ins}: {got[k]}, want {w}"
            continue
        # NaN with a sign bit: the standard says which (copysign); np.copysign gives it.
        if isinstance(w, float) and math.isnan(w):
            assert np.isnan(got[k]), f"{name}{ins}: {got[k]}, want {w}"
            if name == "copysign":
                assert np.signbit(got[k]) == (math.copysign(1, w) < 0), f"{name}{ins}: sign"
            continue
        assert same_value(got[k], w, unspec), f"{name}{ins}: {got[k]}, want {w}"


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", sorted(REAL_CASES))
def test_standard_special_cases_real(device, name, dtype):
    cases = REAL_CASES[name]
    run_cases(device, name, dtype, [[c[0] for c in cases]], [c[1] for c in cases])


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("name", sorted(BINARY_CASES))
def test_standard_special_cases_binary(device, name, dtype):
    cases = BINARY_CASES[name]
    run_cases(
        device, name, dtype, [[c[0] for c in cases], [c[1] for c in cases]], [c[2] for c in cases]
    )


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
@pytest.mark.parametrize("name", sorted(COMPLEX_CASES))
def test_standard_special_cases_complex(device, name, dtype):
    """Each case as listed, and its conjugate where the function is conjugate-symmetric."""
    cases = COMPLEX_CASES[name]
    run_cases(device, name, dtype, [[c[0] for c in cases]], [c[1] for c in cases])
    conj = [(z.conjugate(), w) for z, w in cases]

    def conj_want(w):
        w, unspec = w if isinstance(w, tuple) else (w, "")
        return (complex(w).conjugate(), unspec)

    run_cases(device, name, dtype, [[z for z, _ in conj]], [conj_want(w) for _, w in conj])


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
@pytest.mark.parametrize(
    "name",
    [
        "exp",
        "expm1",
        "log",
        "sqrt",
        "sin",
        "cos",
        "tan",
        "arcsin",
        "arccos",
        "arctan",
        "sinh",
        "cosh",
        "tanh",
        "acosh",
        "asinh",
        "atanh",
    ],
)
def test_complex_special_values_agree_across_devices(device, name, dtype):
    """Every pair of special parts: the device gives the host's values (glibc's C99 Annex G
    ones) up to signs, which C99 leaves open in places (the tables above check the signs the
    standard fixes)."""
    skip_if_no_fp64(device, dtype)
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, INF, -INF, NAN]
    a = np.array([C(r, i) for r in parts for i in parts], dtype)
    host = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device="host:cpu:0")))
    got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
    for k, z in enumerate(a):
        assert same_value(got[k], host[k], "re?im?"), (
            f"{name}({z}): {got[k]} on {device.filter_string}, host {host[k]}"
        )
