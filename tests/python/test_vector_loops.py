"""The host's SIMD loops beyond the math functions: comparisons and float predicates, clip,
variable shifts, bitwise_count, the logical ops, abs, negative and integer floor division, on
every device, against NumPy exactly, at every length around the vector widths, contiguous,
broadcast and strided."""

import numpy as np
import pytest

import dparray as dp

LENGTHS = [1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65, 1000, 20001]
FLOAT_VALUES = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 5e-324, 1e300]


def floats(dtype, n, seed):
    with np.errstate(all="ignore"):
        return np.random.default_rng(seed).choice(np.array(FLOAT_VALUES, dtype=dtype), n)


def dtypes_for(device, names):
    return [t for t in names if t != "float64" or device.has_aspect_fp64]


def binary_layouts(f, a, b, device):
    """f on a and b contiguous, strided (a reversed), and with either side one broadcast
    element: yields (the result as NumPy, and the NumPy operands a', b' it came from)."""
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    for xs, ys, p, q in (
        (x, y, a, b),
        (x[::-2], y[::2], a[::-2], b[::2]),
        (x[:1], y, a[:1], b),
        (x, y[:1], a, b[:1]),
    ):
        yield dp.asnumpy(f(xs, ys)), p, q


def assert_binary_matches(f, g, a, b, device, signbit=False):
    for got, p, q in binary_layouts(f, a, b, device):
        with np.errstate(all="ignore"):
            expected = g(p, q)
        np.testing.assert_array_equal(got, expected)
        if signbit:
            np.testing.assert_array_equal(np.signbit(got), np.signbit(expected))


@pytest.mark.parametrize(
    "name", ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]
)
def test_float_comparisons_match_numpy(device, name):
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a, b = floats(dtype, n, n), floats(dtype, n, n + 1)
            x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
            f, g = getattr(dp, name), getattr(np, name)
            np.testing.assert_array_equal(dp.asnumpy(f(x, y)), g(a, b), err_msg=f"{dtype} {n}")
            for s in (np.nan, 1.0, -0.0, np.inf):
                np.testing.assert_array_equal(dp.asnumpy(f(x, s)), g(a, np.array(s, dtype)))
                np.testing.assert_array_equal(dp.asnumpy(f(s, y)), g(np.array(s, dtype), b))
            np.testing.assert_array_equal(dp.asnumpy(f(x[::2], y[::2])), g(a[::2], b[::2]))


@pytest.mark.parametrize("name", ["isposinf", "isneginf"])
def test_signed_infinity_tests_match_numpy(device, name):
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a = floats(dtype, n, n)
            got = dp.asnumpy(getattr(dp, name)(dp.asarray(a, device=device)))
            np.testing.assert_array_equal(got, getattr(np, name)(a), err_msg=f"{dtype} {n}")


def test_clip_matches_numpy_with_nan_anywhere(device):
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a, lo, hi = floats(dtype, n, n), floats(dtype, n, n + 1), floats(dtype, n, n + 2)
            x = dp.asarray(a, device=device)
            dlo, dhi = dp.asarray(lo, device=device), dp.asarray(hi, device=device)
            with np.errstate(all="ignore"):
                expected = np.minimum(np.maximum(a, lo), hi)
                expected_s = np.minimum(np.maximum(a, np.array(-1.0, dtype)), np.array(0.5, dtype))
            got = dp.asnumpy(dp.clip(x, dlo, dhi))
            np.testing.assert_array_equal(got, expected, err_msg=f"{dtype} {n}")
            np.testing.assert_array_equal(dp.asnumpy(dp.clip(x, -1.0, 0.5)), expected_s)


@pytest.mark.parametrize("name", ["left_shift", "right_shift"])
def test_shifts_match_numpy_for_every_count(device, name):
    for dtype in ["int32", "uint32", "int64", "uint64", "int8", "uint16"]:
        info = np.iinfo(dtype)
        bits = info.bits
        for n in LENGTHS:
            rng = np.random.default_rng(n)
            a = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            counts = [0, 1, bits - 1, bits, bits + 1, 2 * bits, 3]
            if info.min < 0:
                counts += [-1, -bits]
            b = rng.choice(np.array(counts, dtype=dtype), n)
            f, g = getattr(dp, name), getattr(np, name)
            x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
            np.testing.assert_array_equal(dp.asnumpy(f(x, y)), g(a, b), err_msg=f"{dtype} {n}")
            c = np.array(bits - 1, dtype=dtype)
            np.testing.assert_array_equal(dp.asnumpy(f(x, dp.asarray(c, device=device))), g(a, c))


def test_bitwise_count_matches_numpy(device):
    for dtype in ["int32", "uint32", "int64", "uint64", "int16"]:
        info = np.iinfo(dtype)
        for n in LENGTHS:
            a = np.random.default_rng(n).integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            a[:2] = [info.min, info.max][: min(n, 2)]
            got = dp.asnumpy(dp.bitwise_count(dp.asarray(a, device=device)))
            np.testing.assert_array_equal(got, np.bitwise_count(a), err_msg=f"{dtype} {n}")
            assert got.dtype == np.uint8


def test_logical_not_of_bools(device):
    for n in LENGTHS:
        a = np.random.default_rng(n).random(n) < 0.5
        x = dp.asarray(a, device=device)
        np.testing.assert_array_equal(dp.asnumpy(dp.logical_not(x)), np.logical_not(a))
        np.testing.assert_array_equal(dp.asnumpy(dp.logical_not(x[::3])), ~a[::3])


@pytest.mark.parametrize("name", ["logical_and", "logical_or", "logical_xor"])
def test_logical_ops_of_bools(device, name):
    f, g = getattr(dp, name), getattr(np, name)
    for n in LENGTHS:
        rng = np.random.default_rng(n)
        a, b = rng.random(n) < 0.5, rng.random(n) < 0.5
        assert_binary_matches(f, g, a, b, device)
        x = dp.asarray(a, device=device)
        for one in (True, False):
            np.testing.assert_array_equal(dp.asnumpy(f(x, one)), g(a, one))


@pytest.mark.parametrize(
    "name", ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]
)
def test_integer_comparisons_match_numpy(device, name):
    for dtype in ["int32", "int64", "uint32", "int8"]:
        info = np.iinfo(dtype)
        vals = np.array([info.min, info.min + 1, -1 if info.min < 0 else 2, 0, 1, info.max], dtype)
        for n in LENGTHS:
            rng = np.random.default_rng(n)
            a, b = rng.choice(vals, n), rng.choice(vals, n)
            x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
            f, g = getattr(dp, name), getattr(np, name)
            np.testing.assert_array_equal(dp.asnumpy(f(x, y)), g(a, b), err_msg=f"{dtype} {n}")
            np.testing.assert_array_equal(dp.asnumpy(f(x, y[0])), g(a, b[0]))


@pytest.mark.parametrize("name", ["abs", "negative"])
def test_abs_and_negative_match_numpy_bit_for_bit(device, name):
    # Integers wrap (abs and negative of the minimum are the minimum); floats flip or clear
    # the sign bit of zeros, infinities and NaN as NumPy does.
    f, g = getattr(dp, name), getattr(np, name)
    for dtype in ["int32", "int64"]:
        info = np.iinfo(dtype)
        for n in LENGTHS:
            a = np.random.default_rng(n).integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            a[: min(n, 4)] = [info.min, info.max, 0, -1][: min(n, 4)]
            x = dp.asarray(a, device=device)
            np.testing.assert_array_equal(dp.asnumpy(f(x)), g(a))
            np.testing.assert_array_equal(dp.asnumpy(f(x[::-3])), g(a[::-3]))
            np.testing.assert_array_equal(dp.asnumpy(f(x[:1])), g(a[:1]))
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a = floats(dtype, n, n)
            got = dp.asnumpy(f(dp.asarray(a, device=device)))
            np.testing.assert_array_equal(got, g(a))
            np.testing.assert_array_equal(np.signbit(got), np.signbit(g(a)))


@pytest.mark.parametrize("name", ["floor_divide", "remainder"])
def test_integer_floor_division_matches_numpy(device, name):
    # The host divides in double where that is exact (|a|, |b| < 2^53); zero divisors, MIN by
    # -1 and larger int64 values take the scalar loop. Signs of every kind, exact quotients,
    # and quotients just off an integer.
    f, g = getattr(dp, name), getattr(np, name)
    for dtype in ["int32", "int64"]:
        info = np.iinfo(dtype)
        for n in LENGTHS:
            rng = np.random.default_rng(n)
            a = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            b = rng.integers(-1000, 1000, n).astype(dtype)
            small = rng.integers(-(2**20), 2**20, n).astype(dtype)
            a[n // 2 :] = small[n // 2 :]
            edges = [(info.min, -1), (info.max, -1), (7, 0), (-7, 0), (-7, 2), (7, -2),
                     (info.min, 1), (-(2**31) + 1, 2**31 - 1), (6, 3), (-6, 3)]  # fmt: skip
            if dtype == "int64":
                edges += [(2**53 + 1, 3), (-(2**53) - 1, 7), (2**52 + 1, 2**52), (3, 2**60)]
            for j, (x, y) in enumerate(edges[:n]):
                a[j], b[j] = x, y
            assert_binary_matches(f, g, a, b, device)


@pytest.mark.parametrize("name", ["add", "subtract", "multiply"])
def test_arithmetic_wraps_as_numpy(device, name):
    # Integers wrap modulo 2^bits (signed and unsigned); floats keep NaN, inf and signed zeros.
    f, g = getattr(dp, name), getattr(np, name)
    for dtype in ["int32", "int64", "uint32", "uint64"]:
        info = np.iinfo(dtype)
        for n in LENGTHS:
            rng = np.random.default_rng(n)
            a = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            b = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
            assert_binary_matches(f, g, a, b, device)
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a, b = floats(dtype, n, n), floats(dtype, n, n + 1)
            assert_binary_matches(f, g, a, b, device, signbit=True)


@pytest.mark.parametrize("name", ["maximum", "minimum", "fmax", "fmin"])
def test_float_min_max_match_numpy(device, name):
    # maximum / minimum propagate NaN from either side, fmax / fmin ignore it. Between +0 and
    # -0 the first operand wins, on every path (NumPy's own SIMD loops differ by dtype there).
    f, g = getattr(dp, name), getattr(np, name)
    for dtype in dtypes_for(device, ["float32", "float64"]):
        for n in LENGTHS:
            a, b = floats(dtype, n, n), floats(dtype, n, n + 1)
            for got, p, q in binary_layouts(f, a, b, device):
                p, q = np.broadcast_arrays(p, q)
                np.testing.assert_array_equal(got, g(p, q))
                zeros = (p == 0) & (q == 0)
                np.testing.assert_array_equal(np.signbit(got[zeros]), np.signbit(p[zeros]))
                np.testing.assert_array_equal(np.signbit(got[~zeros]), np.signbit(g(p, q)[~zeros]))
