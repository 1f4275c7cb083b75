"""dparray.random: the Philox4x32-10 streams against an independent Python implementation,
reproducibility with a seed across calls and devices, ranges, moments (loose bounds), dtypes,
shapes, placement, RandomState / default_rng, and the errors users meet."""

import math

import numpy as np
import pytest

import dparray as dp

MASK = 0xFFFFFFFF


def philox4x32_10(ctr, key):
    """Reference Philox4x32-10 (Random123) in Python integers."""
    c = list(ctr)
    k0, k1 = key
    for _ in range(10):
        p0, p1 = 0xD2511F53 * c[0], 0xCD9E8D57 * c[2]
        c = [(p1 >> 32) ^ c[1] ^ k0, p1 & MASK, (p0 >> 32) ^ c[3] ^ k1, p0 & MASK]
        k0, k1 = (k0 + 0x9E3779B9) & MASK, (k1 + 0xBB67AE85) & MASK
    return c


def block(seed, counter):
    return philox4x32_10([counter & MASK, counter >> 32, 0, 0], [seed & MASK, seed >> 32])


def ref_uniform_f32(seed, first, n):
    words = [w for b in range((n + 3) // 4) for w in block(seed, first + b)]
    return np.array([(w >> 8) / 2.0**24 for w in words[:n]], np.float32)


def ref_uniform_f64(seed, first, n):
    out = []
    for b in range((n + 1) // 2):
        w = block(seed, first + b)
        out += [(((w[1] << 32) | w[0]) >> 11) / 2.0**53, (((w[3] << 32) | w[2]) >> 11) / 2.0**53]
    return np.array(out[:n])


def ref_integers(seed, first, n, low, high):
    out = []
    for i in range(n):
        w = block(seed, first + i)
        u = (w[3] << 96) | (w[2] << 64) | (w[1] << 32) | w[0]
        out.append(low + (u * (high - low) >> 128))
    return out


def ref_normal_f64(seed, first, n):
    out = []
    for b in range((n + 1) // 2):
        w = block(seed, first + b)
        u1 = ((((w[1] << 32) | w[0]) >> 11) + 1) / 2.0**53
        u2 = (((w[3] << 32) | w[2]) >> 11) / 2.0**53
        r = math.sqrt(-2 * math.log(u1))
        out += [r * math.cos(2 * math.pi * u2), r * math.sin(2 * math.pi * u2)]
    return np.array(out[:n])


def default_float(device):
    return np.float64 if device.has_aspect_fp64 else np.float32


def host(x):
    return dp.asnumpy(x)


# ---------------------------------------------------------------------------------------------
# The generator itself


def test_philox_known_answers():
    # The published test vectors of Random123 (Salmon et al., SC'11).
    assert philox4x32_10([0, 0, 0, 0], [0, 0]) == [0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]
    ones = [MASK] * 4
    assert philox4x32_10(ones, [MASK, MASK]) == [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]
    assert philox4x32_10([0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344],
                         [0xA4093822, 0x299F31D0]) == [0xD16CFE09, 0x94FDCCEB, 0x5001E420,
                                                       0x24126EA1]


def test_streams_match_the_reference(device):
    s = 0x1234_5678_9ABC_DEF0
    dp.random.seed(s)
    u32 = dp.random.uniform(size=10, dtype="float32", device=device)  # blocks 0..2
    np.testing.assert_array_equal(host(u32), ref_uniform_f32(s, 0, 10))
    ints = dp.random.randint(-7, 1000, size=5, device=device)  # blocks 3..7
    assert host(ints).tolist() == ref_integers(s, 3, 5, -7, 1000)
    if device.has_aspect_fp64:
        u64 = dp.random.random_sample(5, device=device)  # blocks 8..10
        np.testing.assert_array_equal(host(u64), ref_uniform_f64(s, 8, 5))
        z = dp.random.standard_normal(4, device=device)  # blocks 11..12
        np.testing.assert_allclose(host(z), ref_normal_f64(s, 11, 4), rtol=1e-12, atol=1e-13)
    assert dp.random.get_state()[0] == s


def test_vector_paths_match_the_reference(device):
    # Long enough for the host's eight-block vector paths, from a counter that is not a
    # multiple of eight, with ragged tails.
    s = 0x0F1E_2D3C_4B5A_6978
    dp.random.seed(s)
    ints = dp.random.randint(-3, 997, size=45, device=device)  # blocks 0..44
    assert host(ints).tolist() == ref_integers(s, 0, 45, -3, 997)
    wide = dp.random.randint(0, 2**32 - 1, size=19, device=device)  # blocks 45..63
    assert host(wide).tolist() == ref_integers(s, 45, 19, 0, 2**32 - 1)
    if device.has_aspect_fp64:
        u = dp.random.random_sample(37, device=device)  # blocks 64..82
        np.testing.assert_array_equal(host(u), ref_uniform_f64(s, 64, 37))
        v = dp.random.uniform(-1.5, 2.75, size=40, device=device)  # blocks 83..102
        np.testing.assert_array_equal(host(v), -1.5 + (2.75 - -1.5) * ref_uniform_f64(s, 83, 40))
        z = dp.random.standard_normal(42, device=device)  # blocks 103..123
        np.testing.assert_allclose(host(z), ref_normal_f64(s, 103, 42), rtol=1e-12, atol=1e-13)


def test_counter_advances_by_blocks_consumed(device):
    dp.random.seed(3)
    dp.random.rand(5, device=device)
    per_block = 2 if device.has_aspect_fp64 else 4
    assert dp.random.get_state() == (3, -(-5 // per_block))
    dp.random.randint(0, 5, size=7, device=device)
    assert dp.random.get_state()[1] == -(-5 // per_block) + 7
    dp.random.rand(0, device=device)  # empty: consumes nothing
    assert dp.random.get_state()[1] == -(-5 // per_block) + 7


def test_seed_reproduces_and_calls_differ(device):
    dp.random.seed(42)
    a, b = host(dp.random.rand(100, device=device)), host(dp.random.rand(100, device=device))
    assert not np.array_equal(a, b)
    dp.random.seed(42)
    np.testing.assert_array_equal(host(dp.random.rand(100, device=device)), a)
    np.testing.assert_array_equal(host(dp.random.rand(100, device=device)), b)
    dp.random.seed(43)
    assert not np.array_equal(host(dp.random.rand(100, device=device)), a)


def test_same_numbers_on_every_device(device):
    h = dp.get_devices()[0]
    results = []
    for d in (h, device):
        dp.random.seed(2024)
        results.append((
            host(dp.random.uniform(-2, 3, size=1001, dtype="float32", device=d)),
            host(dp.random.randint(-(2**40), 2**40, size=333, device=d)),
            host(dp.random.normal(1.0, 2.0, size=(7, 11), dtype="float32", device=d)),
            host(dp.random.randint(0, 256, size=50, dtype="uint8", device=d)),
        ))
    (u1, i1, n1, b1), (u2, i2, n2, b2) = results
    np.testing.assert_array_equal(u1, u2)
    np.testing.assert_array_equal(i1, i2)
    np.testing.assert_array_equal(b1, b2)
    # Normals go through log / cos / sin, whose last bits may differ between devices.
    np.testing.assert_allclose(n1, n2, rtol=1e-5, atol=1e-5)
    if device.has_aspect_fp64:
        dp.random.seed(9)
        x = host(dp.random.rand(77, device=h))
        dp.random.seed(9)
        np.testing.assert_array_equal(host(dp.random.rand(77, device=device)), x)


# ---------------------------------------------------------------------------------------------
# Ranges, moments, dtypes, shapes


def within_sigmas(values, mean, var, k=5.0):
    n = values.size
    return abs(values.astype(np.float64).mean() - mean) <= k * math.sqrt(var / n)


def test_uniform_range_and_moments(device):
    dp.random.seed(1)
    x = host(dp.random.rand(200_000, device=device))
    assert x.dtype == default_float(device)
    assert x.min() >= 0.0 and x.max() < 1.0
    assert within_sigmas(x, 0.5, 1 / 12)
    assert abs(x.var() - 1 / 12) < 5 * math.sqrt(1 / 180 / x.size)
    y = host(dp.random.uniform(-3.0, 5.0, size=(400, 250), device=device))
    assert y.shape == (400, 250)
    assert y.min() >= -3.0 and y.max() < 5.0
    assert within_sigmas(y, 1.0, 64 / 12)
    # Ten equal bins each get a tenth (loose: 5 sigma of a binomial).
    counts = np.histogram(x, bins=10, range=(0, 1))[0]
    p = 0.1
    assert np.all(np.abs(counts - x.size * p) < 5 * math.sqrt(x.size * p * (1 - p)))


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_uniform_dtypes(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    x = host(dp.random.uniform(0.0, 1.0, size=10_000, dtype=dtype, device=device))
    assert x.dtype == np.dtype(dtype)
    assert x.min() >= 0 and x.max() <= 1  # float16 may round up to 1.0
    assert within_sigmas(x, 0.5, 1 / 12)


def test_normal_moments(device):
    dp.random.seed(2)
    z = host(dp.random.randn(200_000, device=device))
    assert z.dtype == default_float(device)
    assert within_sigmas(z, 0.0, 1.0)
    assert abs(z.var() - 1.0) < 5 * math.sqrt(2 / z.size)
    # Fourth moment (kurtosis 3) and a symmetric tail mass beyond 2 sigma.
    assert abs((z**4).mean() - 3.0) < 5 * math.sqrt(96 / z.size)
    tail = np.mean(np.abs(z) > 2)
    assert abs(tail - 0.0455) < 5 * math.sqrt(0.0455 * 0.9545 / z.size)
    w = host(dp.random.normal(3.0, 2.0, size=100_000, device=device))
    assert within_sigmas(w, 3.0, 4.0)
    assert abs(w.std() - 2.0) < 0.05
    s = host(dp.random.standard_normal(size=(10, 1000), dtype="float32", device=device))
    assert s.dtype == np.float32 and s.shape == (10, 1000)
    assert within_sigmas(s, 0.0, 1.0)
    assert np.all(host(dp.random.normal(5.0, 0.0, size=10, device=device)) == 5.0)


INT_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool"]


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_randint_dtypes_and_full_range(device, dtype):
    info = np.iinfo(dtype) if dtype != "bool" else None
    lo, hi = (0, 2) if dtype == "bool" else (int(info.min), int(info.max) + 1)
    x = host(dp.random.randint(lo, hi, size=5000, dtype=dtype, device=device))
    assert x.dtype == np.dtype(dtype)
    if dtype in ("bool", "int8", "uint8"):
        assert len(np.unique(x)) == hi - lo  # every value appears
    v = x.astype(np.float64)
    mean = (lo + hi - 1) / 2
    var = ((hi - lo) ** 2 - 1) / 12
    assert within_sigmas(v, mean, var)


def test_randint_small_ranges(device):
    dp.random.seed(5)
    x = host(dp.random.randint(-3, 4, size=70_000, device=device))
    assert x.dtype == np.int64
    assert x.min() == -3 and x.max() == 3
    counts = np.bincount(x + 3)
    assert np.all(np.abs(counts - 10_000) < 5 * math.sqrt(10_000 * 6 / 7))
    y = host(dp.random.randint(10, size=(3, 4), device=device))  # [0, 10)
    assert y.shape == (3, 4) and y.min() >= 0 and y.max() < 10
    assert np.all(host(dp.random.randint(7, 8, size=20, device=device)) == 7)
    z = host(dp.random.randint(2.9, size=1000, device=device))  # floats truncate, as NumPy
    assert z.min() == 0 and z.max() == 1


def test_randint_wide_bounds(device):
    x = host(dp.random.randint(-(2**63), 2**63, size=2000, dtype="int64", device=device))
    assert (x < 0).mean() == pytest.approx(0.5, abs=5 * 0.5 / math.sqrt(2000))
    u = host(dp.random.randint(0, 2**64, size=2000, dtype="uint64", device=device))
    assert (u >= 2**63).mean() == pytest.approx(0.5, abs=5 * 0.5 / math.sqrt(2000))
    # Bounds a float64 cannot hold exactly, with a small range.
    lo = 2**62 + 1
    w = host(dp.random.randint(lo, lo + 10, size=1000, dtype="int64", device=device))
    assert w.min() >= lo and w.max() < lo + 10 and len(np.unique(w)) == 10
    big = host(dp.random.randint(2**64 - 5, 2**64, size=100, dtype="uint64", device=device))
    assert big.min() >= 2**64 - 5 and len(np.unique(big)) == 5
    with pytest.raises(ValueError, match="randint.*range"):
        dp.random.randint(0, 2**62 + 1, device=device)


def test_shapes_and_sizes(device):
    assert dp.random.rand(device=device).shape == ()
    assert dp.random.rand(2, 3, device=device).shape == (2, 3)
    assert dp.random.randn(4, device=device).shape == (4,)
    assert dp.random.random(device=device).shape == ()
    assert dp.random.random((2, 0), device=device).shape == (2, 0)
    assert dp.random.random_sample(size=5, device=device).shape == (5,)
    assert dp.random.sample(size=(1, 2), device=device).shape == (1, 2)
    assert dp.random.uniform(size=[3], device=device).shape == (3,)
    assert dp.random.normal(size=np.int64(2), device=device).shape == (2,)
    assert dp.random.randint(5, size=None, device=device).shape == ()


def test_placement(device):
    q = dp.Queue(device)
    x = dp.random.rand(3, sycl_queue=q)
    assert x.sycl_queue == q
    for usm in ("device", "shared", "host"):
        assert dp.random.randn(3, device=device, usm_type=usm).usm_type == usm
    assert dp.random.randint(3, size=2, device=device).sycl_device == device
    assert dp.random.uniform(size=2, device=device).usm_type == "device"


def test_float32_default_without_fp64(device):
    x = dp.random.rand(3, device=device)
    assert str(x.dtype) == ("float64" if device.has_aspect_fp64 else "float32")
    if not device.has_aspect_fp64:
        with pytest.raises(ValueError, match="float64"):
            dp.random.uniform(size=3, dtype="float64", device=device)


# ---------------------------------------------------------------------------------------------
# RandomState and default_rng


def test_random_state_objects(device):
    r1, r2 = dp.random.RandomState(11), dp.random.RandomState(11)
    a = host(r1.rand(50, device=device))
    np.testing.assert_array_equal(host(r2.rand(50, device=device)), a)
    # Independent of the global state and of each other.
    dp.random.seed(11)
    dp.random.rand(1000, device=device)
    np.testing.assert_array_equal(host(r1.rand(50, device=device)), host(r2.rand(50, device=device)))
    state = r1.get_state()
    b = host(r1.randint(0, 100, size=20, device=device))
    r1.set_state(state)
    np.testing.assert_array_equal(host(r1.randint(0, 100, size=20, device=device)), b)
    r1.seed(11)
    np.testing.assert_array_equal(host(r1.rand(50, device=device)), a)
    # Unseeded states differ from each other.
    assert dp.random.RandomState().get_state()[0] != dp.random.RandomState().get_state()[0]


def test_default_rng(device):
    g = dp.random.default_rng(5)
    assert dp.random.default_rng(g) is g
    x = host(g.random(1000, device=device))
    assert x.min() >= 0 and x.max() < 1
    np.testing.assert_array_equal(host(dp.random.default_rng(5).random(1000, device=device)), x)
    i = host(g.integers(1, 6, size=3000, endpoint=True, device=device))
    assert i.dtype == np.int64 and i.min() == 1 and i.max() == 6
    j = host(g.integers(3, size=100, device=device))
    assert j.min() >= 0 and j.max() < 3
    n = host(g.normal(2.0, 0.5, size=20_000, device=device))
    assert within_sigmas(n, 2.0, 0.25)
    u = host(g.uniform(1.0, 2.0, size=100, device=device))
    assert u.min() >= 1.0 and u.max() < 2.0
    s = g.standard_normal((2, 2), dtype="float32", device=device)
    assert s.shape == (2, 2) and str(s.dtype) == "float32"


# ---------------------------------------------------------------------------------------------
# Errors


def test_errors(device):
    r = dp.random
    with pytest.raises(ValueError, match=r"randint.*low >= high"):
        r.randint(5, 3, device=device)
    with pytest.raises(ValueError, match=r"randint.*low >= high"):
        r.randint(5, 5, device=device)
    with pytest.raises(ValueError, match=r"randint.*high <= 0"):
        r.randint(0, device=device)
    with pytest.raises(ValueError, match="randint.*low -1 is out of bounds for uint8"):
        r.randint(-1, 3, dtype="uint8", device=device)
    with pytest.raises(ValueError, match="randint.*high 300 is out of bounds for uint8"):
        r.randint(0, 300, dtype="uint8", device=device)
    with pytest.raises(TypeError, match="randint.*float32"):
        r.randint(0, 10, dtype="float32", device=device)
    with pytest.raises(TypeError, match="randint"):
        r.randint("a", device=device)
    with pytest.raises(ValueError, match=r"randint.*high 2\*\*70|randint.*high 1180591620717411303424"):
        r.randint(0, 2**70, device=device)
    with pytest.raises(ValueError, match="randint.*low.*out of bounds for int64"):
        r.randint(-(2**70), 0, device=device)
    with pytest.raises(OverflowError):
        r.randint(float("inf"), device=device)
    with pytest.raises(ValueError, match=r"normal.*scale < 0"):
        r.normal(0.0, -1.0, device=device)
    with pytest.raises(ValueError, match=r"normal.*scale"):
        r.normal(0.0, float("nan"), device=device)
    with pytest.raises(OverflowError, match="uniform"):
        r.uniform(0.0, float("inf"), device=device)
    with pytest.raises(OverflowError, match="uniform"):
        r.uniform(-1e308, 1e308, device=device)
    with pytest.raises(TypeError, match="uniform.*int64"):
        r.uniform(size=3, dtype="int64", device=device)
    with pytest.raises(TypeError, match="uniform.*low"):
        r.uniform(1j, device=device)
    with pytest.raises(ValueError, match="seed"):
        r.seed(-1)
    with pytest.raises(ValueError, match="seed"):
        r.seed(2**64)
    with pytest.raises(TypeError, match="seed"):
        r.seed("abc")
    with pytest.raises(ValueError, match="negative"):
        r.random(size=-1, device=device)
    with pytest.raises(TypeError, match="rand"):
        r.rand(2.5, device=device)
    with pytest.raises(ValueError):
        r.rand(2, device="nonsense:device")
