"""dparray.random against NumPy and scipy.stats: every distribution's law (KS / chi-square),
moments, parameter edge cases and errors, host vs OpenCL identity, the PCG64 / SeedSequence
streams against NumPy's, and the sampling methods (choice, permutations, multivariate).

Goodness-of-fit tests run at fixed seeds with alpha = 1e-4 each: a correct generator fails
one of these ~40 tests with probability < 0.5 % per seed (and the seeds are fixed, so a
run either always passes or always fails)."""

import inspect
import math

import numpy as np
import pytest

import dparray as dp

try:
    from scipy import stats
except ImportError:  # the goodness-of-fit tests skip; the others run
    stats = None

needs_scipy = pytest.mark.skipif(
    stats is None, reason="scipy is not installed: no scipy.stats laws to test against"
)

R = dp.random
N = 20_000
ALPHA = 1e-4


def host(x):
    return dp.asnumpy(x)


# (method, args, scipy frozen distribution) for continuous laws: a KS test each.
CONTINUOUS = [
    ("standard_exponential", (), lambda st: st.expon()),
    ("exponential", (2.5,), lambda st: st.expon(scale=2.5)),
    ("standard_gamma", (0.3,), lambda st: st.gamma(0.3)),
    ("gamma", (2.0, 1.5), lambda st: st.gamma(2.0, scale=1.5)),
    ("beta", (0.4, 0.6), lambda st: st.beta(0.4, 0.6)),
    ("beta", (2.0, 5.0), lambda st: st.beta(2.0, 5.0)),
    ("chisquare", (3.0,), lambda st: st.chi2(3.0)),
    ("noncentral_chisquare", (3.0, 2.0), lambda st: st.ncx2(3.0, 2.0)),
    ("noncentral_chisquare", (0.5, 2.0), lambda st: st.ncx2(0.5, 2.0)),
    ("f", (5.0, 7.0), lambda st: st.f(5.0, 7.0)),
    ("noncentral_f", (5.0, 7.0, 1.5), lambda st: st.ncf(5.0, 7.0, 1.5)),
    ("standard_t", (4.0,), lambda st: st.t(4.0)),
    ("standard_cauchy", (), lambda st: st.cauchy()),
    ("gumbel", (1.0, 2.0), lambda st: st.gumbel_r(1.0, 2.0)),
    ("laplace", (1.0, 2.0), lambda st: st.laplace(1.0, 2.0)),
    ("logistic", (1.0, 2.0), lambda st: st.logistic(1.0, 2.0)),
    ("lognormal", (0.5, 0.75), lambda st: st.lognorm(0.75, scale=math.exp(0.5))),
    ("pareto", (3.0,), lambda st: st.lomax(3.0)),
    ("power", (2.5,), lambda st: st.powerlaw(2.5)),
    ("rayleigh", (2.0,), lambda st: st.rayleigh(scale=2.0)),
    ("weibull", (1.7,), lambda st: st.weibull_min(1.7)),
    ("triangular", (-1.0, 0.5, 2.0), lambda st: st.triang(0.5, loc=-1.0, scale=3.0)),
    ("vonmises", (0.5, 3.0), lambda st: st.vonmises(3.0, loc=0.5)),
    ("vonmises", (0.5, 1e-6), lambda st: st.uniform(-math.pi, 2 * math.pi)),
    ("wald", (1.5, 2.0), lambda st: st.invgauss(1.5 / 2.0, scale=2.0)),
    ("wald", (1e4, 1e-3), lambda st: st.invgauss(1e4 / 1e-3, scale=1e-3)),  # y >> scale
    ("normal", (1.0, 2.0), lambda st: st.norm(1.0, 2.0)),
]

# (method, args, scipy frozen distribution) for discrete laws: a chi-square test each.
DISCRETE = [
    ("poisson", (3.5,), lambda st: st.poisson(3.5)),
    ("poisson", (40.0,), lambda st: st.poisson(40.0)),
    ("binomial", (20, 0.3), lambda st: st.binom(20, 0.3)),
    ("binomial", (200, 0.4), lambda st: st.binom(200, 0.4)),
    ("binomial", (1000, 0.8), lambda st: st.binom(1000, 0.8)),
    ("negative_binomial", (3.0, 0.4), lambda st: st.nbinom(3.0, 0.4)),
    ("geometric", (0.3,), lambda st: st.geom(0.3)),
    ("geometric", (0.8,), lambda st: st.geom(0.8)),
    ("zipf", (2.5,), lambda st: st.zipf(2.5)),
    ("logseries", (0.7,), lambda st: st.logser(0.7)),
    ("hypergeometric", (15, 20, 12), lambda st: st.hypergeom(35, 15, 12)),
    ("hypergeometric", (150, 20, 160), lambda st: st.hypergeom(170, 150, 160)),
    (
        "hypergeometric",
        (10**6, 2 * 10**6, 5 * 10**5),
        lambda st: st.hypergeom(3 * 10**6, 10**6, 5 * 10**5),
    ),
    ("hypergeometric", (3, 40, 12), lambda st: st.hypergeom(43, 3, 12)),
    ("hypergeometric", (40, 3, 5), lambda st: st.hypergeom(43, 40, 5)),
]


def _ids(cases):
    return [f"{c[0]}{c[1]}" for c in cases]


@pytest.mark.parametrize("name,args,law", CONTINUOUS, ids=_ids(CONTINUOUS))
@needs_scipy
def test_continuous_ks(name, args, law):
    law = law(stats)
    x = host(getattr(dp.random.default_rng(1234), name)(*args, size=N))
    assert x.shape == (N,) and x.dtype == np.float64
    assert stats.kstest(x, law.cdf).pvalue > ALPHA


def _chisquare(x, law):
    # Bins of expected count >= 20 (the tails pooled), then a chi-square test.
    lo, hi = int(law.ppf(1e-9)), int(law.ppf(1 - 1e-9)) + 1
    ks = np.arange(lo, hi + 1)
    pmf = law.pmf(ks)
    edges, acc, start = [], 0.0, lo
    for k, p in zip(ks, pmf):
        acc += p
        if acc * len(x) >= 20:
            edges.append((start, k))
            start, acc = k + 1, 0.0
    if start <= hi and edges:
        edges[-1] = (edges[-1][0], hi)
    obs = np.array([np.count_nonzero((x >= a) & (x <= b)) for a, b in edges], dtype=float)
    exp = np.array([law.cdf(b) - law.cdf(a - 1) for a, b in edges]) * len(x)
    exp[0] += law.cdf(edges[0][0] - 1) * len(x)
    exp[-1] += law.sf(edges[-1][1]) * len(x)
    obs[0] += np.count_nonzero(x < edges[0][0])
    obs[-1] += np.count_nonzero(x > edges[-1][1])
    exp *= obs.sum() / exp.sum()
    return stats.chisquare(obs, exp).pvalue


@pytest.mark.parametrize("name,args,law", DISCRETE, ids=_ids(DISCRETE))
@needs_scipy
def test_discrete_chisquare(name, args, law):
    law = law(stats)
    x = host(getattr(dp.random.default_rng(4321), name)(*args, size=N))
    assert x.dtype == np.int64
    assert _chisquare(x, law) > ALPHA


def test_moments():
    g = dp.random.default_rng(7)
    n = 200_000
    for name, args, mean, var in [
        ("poisson", (10.0,), 10.0, 10.0),
        ("poisson", (1e6,), 1e6, 1e6),
        ("gamma", (2.0, 3.0), 6.0, 18.0),
        ("binomial", (100, 0.3), 30.0, 21.0),
        ("negative_binomial", (5, 0.5), 5.0, 10.0),
        ("exponential", (0.5,), 0.5, 0.25),
    ]:
        x = host(getattr(g, name)(*args, size=n)).astype(np.float64)
        assert abs(x.mean() - mean) < 5 * math.sqrt(var / n), name
        assert abs(x.var() / var - 1) < 0.03, name


def test_edge_parameters(device):
    g = dp.random.default_rng(3)
    assert host(g.binomial(10, 0.0, size=50, device=device)).max() == 0
    assert host(g.binomial(10, 1.0, size=50, device=device)).min() == 10
    assert host(g.binomial(0, 0.5, size=50, device=device)).max() == 0
    assert host(g.poisson(0.0, size=50, device=device)).max() == 0
    big = host(g.poisson(1e15, size=1000, device=device)).astype(float)
    assert abs(big.mean() / 1e15 - 1) < 1e-6
    assert host(g.geometric(1.0, size=20, device=device)).max() == 1
    assert host(g.negative_binomial(3, 1.0, size=20, device=device)).max() == 0
    assert host(g.weibull(0.0, size=5, device=device)).max() == 0
    assert host(g.standard_gamma(0.0, size=5, device=device)).max() == 0
    tiny = host(g.standard_gamma(1e-3, size=1000, device=device))
    assert np.all(tiny >= 0) and np.isfinite(tiny).all()
    b = host(g.beta(1e-3, 1e-3, size=1000, device=device))
    assert np.all((b >= 0) & (b <= 1))
    # Array parameters broadcast against each other and against size.
    x = g.normal(dp.asarray([0.0, 100.0], device=device), 1.0, size=(3, 2))
    assert x.shape == (3, 2) and host(x)[:, 1].min() > 90
    assert g.poisson([1.0, 2.0, 3.0]).shape == (3,)
    assert g.gamma(2.0, size=0, device=device).shape == (0,)
    assert g.gamma(2.0, device=device).shape == ()


BAD = [
    ("beta", (0, 1), "a <= 0"),
    ("beta", (1, -1), "b <= 0"),
    ("binomial", (-1, 0.5), "n < 0"),
    ("binomial", (5, 1.5), "p < 0"),
    ("binomial", (5, float("nan")), "p < 0"),
    ("chisquare", (0,), "df <= 0"),
    ("exponential", (-1,), "scale < 0"),
    ("f", (0, 1), "dfnum <= 0"),
    ("gamma", (-1,), "shape < 0"),
    ("geometric", (0,), "p <= 0"),
    ("gumbel", (0, -1), "scale < 0"),
    ("hypergeometric", (-1, 5, 2), "ngood < 0"),
    ("hypergeometric", (5, 5, 11), "ngood \\+ nbad < nsample"),
    ("laplace", (0, -1), "scale < 0"),
    ("lognormal", (0, -1), "sigma < 0"),
    ("logseries", (1.0,), "p < 0, p >= 1"),
    ("negative_binomial", (0, 0.5), "n <= 0"),
    ("noncentral_chisquare", (1, -1), "nonc < 0"),
    ("noncentral_f", (1, 1, -1), "nonc < 0"),
    ("pareto", (0,), "a <= 0"),
    ("poisson", (-1,), "lam < 0"),
    ("poisson", (1e20,), "lam value too large"),
    ("power", (-1,), "a <= 0"),
    ("rayleigh", (-1,), "scale < 0"),
    ("standard_t", (0,), "df <= 0"),
    ("triangular", (2, 1, 3), "left > mode"),
    ("triangular", (0, 4, 3), "mode > right"),
    ("triangular", (1, 1, 1), "left == right"),
    ("vonmises", (0, -1), "kappa < 0"),
    ("wald", (0, 1), "mean <= 0"),
    ("weibull", (-1,), "a < 0"),
    ("zipf", (1.0,), "a <= 1"),
]


@pytest.mark.parametrize("name,args,msg", BAD, ids=[f"{b[0]}{b[1]}" for b in BAD])
def test_bad_parameters(name, args, msg):
    with pytest.raises(ValueError):
        getattr(np.random.default_rng(0), name)(*args)
    with pytest.raises(ValueError, match=f"{name}.*{msg}"):
        getattr(dp.random.default_rng(0), name)(*args, size=3)
    with pytest.raises(ValueError, match=msg):
        getattr(dp.random, name)(*args, size=3)


def test_bad_array_parameter(device):
    with pytest.raises(ValueError, match="poisson.*lam < 0"):
        dp.random.default_rng(0).poisson(dp.asarray([1.0, -1.0], device=device))
    with pytest.raises(ValueError, match="shape mismatch"):
        dp.random.default_rng(0).normal([0.0, 1.0], 1.0, size=3)


@pytest.mark.parametrize(
    "name,args",
    [
        ("poisson", (5.0,)),
        ("poisson", (300.0,)),
        ("binomial", (50, 0.7)),
        ("binomial", (5, 0.2)),
        ("hypergeometric", (30, 40, 25)),
        ("zipf", (2.0,)),
        ("logseries", (0.9,)),
        ("negative_binomial", (2.5, 0.3)),
        ("geometric", (0.05,)),
        ("gamma", (0.5,)),
        ("gamma", (3.0,)),
        ("beta", (0.5, 0.5)),
        ("standard_t", (3.0,)),
        ("vonmises", (0.1, 4.0)),
        ("wald", (1.0, 3.0)),
        ("triangular", (0.0, 0.2, 1.0)),
    ],
)
def test_host_opencl_identity(name, args):
    devs = dp.get_devices()
    if len(devs) < 2:
        pytest.skip("needs the host and an OpenCL device")
    xs = [host(getattr(dp.random.default_rng(99), name)(*args, size=4000, device=d)) for d in devs]
    for x in xs[1:]:
        if x.dtype.kind == "i":
            np.testing.assert_array_equal(x, xs[0])
        else:
            np.testing.assert_allclose(x, xs[0], rtol=1e-12, atol=1e-300)


def test_same_stream_every_device(device):
    a = host(dp.random.default_rng(5).poisson(7.0, size=1000, device=device))
    b = host(dp.random.default_rng(5).poisson(7.0, size=1000))
    np.testing.assert_array_equal(a, b)
    # A draw of n elements is the first n of a draw of more (element i has its own stream).
    c = host(dp.random.default_rng(5).poisson(7.0, size=3000, device=device))
    np.testing.assert_array_equal(c[:1000], a)


# ---- bit generators ----


@pytest.mark.parametrize("seed", [0, 1, 12345, 2**100 + 7, [1, 2, 3]])
def test_seed_sequence_matches_numpy(seed):
    ours, ref = R.SeedSequence(seed), np.random.SeedSequence(seed)
    np.testing.assert_array_equal(ours.generate_state(8), ref.generate_state(8))
    np.testing.assert_array_equal(
        ours.generate_state(3, np.uint64), ref.generate_state(3, np.uint64)
    )
    for a, b in zip(ours.spawn(3), ref.spawn(3)):
        assert a.spawn_key == b.spawn_key
        np.testing.assert_array_equal(a.generate_state(4), b.generate_state(4))
    with pytest.raises(ValueError):
        R.SeedSequence(-1)


@pytest.mark.parametrize("seed", [0, 42, 2**64 + 3])
def test_pcg64_matches_numpy(seed, device):
    ours, ref = R.PCG64(seed), np.random.PCG64(seed)
    assert ours.state == ref.state
    np.testing.assert_array_equal(host(ours.random_raw(5, device=device)), ref.random_raw(5))
    # Long draws split into chunks filled in parallel from jumped-ahead states.
    np.testing.assert_array_equal(
        host(ours.random_raw(200_003, device=device)), ref.random_raw(200_003)
    )
    assert ours.state == ref.state
    g, rg = R.Generator(ours), np.random.Generator(ref)
    np.testing.assert_array_equal(host(g.random(100_000, device=device)), rg.random(100_000))
    ours.advance(12345)
    ref.advance(12345)
    assert ours.state == ref.state
    assert ours.jumped(2).state == ref.jumped(2).state


def test_philox_and_spawn(device):
    bg = R.Philox(11)
    g = R.Generator(bg)
    a = host(g.random(10, device=device))
    st = bg.state
    b = host(g.random(10, device=device))
    bg.state = st
    np.testing.assert_array_equal(host(g.random(10, device=device)), b)
    assert not np.array_equal(a, b)
    kids = g.spawn(2)
    x, y = (host(k.random(100, device=device)) for k in kids)
    assert not np.array_equal(x, y)
    # Spawned children are reproducible from the same root seed.
    z = host(R.default_rng(11).spawn(2)[1].random(100, device=device))
    np.testing.assert_array_equal(y, z)
    j = host(R.Generator(R.Philox(11).jumped()).random(10, device=device))
    assert not np.array_equal(j, a)
    assert isinstance(g.bit_generator, R.Philox)
    assert R.default_rng(g) is g and R.default_rng(bg).bit_generator is bg


def test_legacy_bit_generator():
    bg = R.get_bit_generator()
    assert isinstance(bg, R.Philox)
    R.seed(3)
    a = host(R.random(5))
    new = R.Philox(77)
    R.set_bit_generator(new)
    try:
        b = host(R.random(5))
        np.testing.assert_array_equal(b, host(R.Generator(R.Philox(77)).random(5)))
    finally:
        R.set_bit_generator(bg)
    R.seed(3)
    np.testing.assert_array_equal(host(R.random(5)), a)
    with pytest.raises(TypeError):
        R.set_bit_generator(R.PCG64(1))


# ---- sampling ----


def test_choice(device):
    g = R.default_rng(2)
    x = host(g.choice(5, size=20_000, p=[0.1, 0.2, 0.3, 0.4, 0.0], device=device))
    counts = np.bincount(x, minlength=5) / x.size
    np.testing.assert_allclose(counts, [0.1, 0.2, 0.3, 0.4, 0.0], atol=0.015)
    s = host(g.choice(10, size=10, replace=False, device=device))
    assert sorted(s) == list(range(10))
    w = host(g.choice(5, size=3, replace=False, p=[0.1, 0.2, 0.3, 0.4, 0.0], device=device))
    assert len(set(w)) == 3 and 4 not in w
    a = dp.asarray([[1, 2], [3, 4], [5, 6]], device=device)
    assert g.choice(a, 4).shape == (4, 2)
    assert g.choice(a, 2, axis=1).shape == (3, 2)
    assert g.choice(5).shape == ()
    with pytest.raises(ValueError, match="larger sample"):
        g.choice(3, 4, replace=False)
    with pytest.raises(ValueError, match="do not sum to 1"):
        g.choice(3, 2, p=[0.5, 0.5, 0.5])
    with pytest.raises(ValueError, match="Fewer non-zero"):
        g.choice(3, 3, replace=False, p=[0.5, 0.5, 0.0])
    with pytest.raises(ValueError):
        R.choice(dp.asarray([[1, 2]]), 1)
    # NumPy arrays and nested sequences as NumPy's legacy choice / permutation take them.
    rs = R.RandomState(3)
    v = np.array([10, 20, 30])
    assert set(host(rs.choice(v, 50, device=device)).tolist()) <= {10, 20, 30}
    assert host(rs.choice(np.int64(4), 8, device=device)).max() < 4  # a NumPy integer
    assert sorted(host(rs.permutation(v, device=device))) == [10, 20, 30]
    assert sorted(host(g.permutation(np.arange(5), device=device))) == list(range(5))
    assert g.choice(np.arange(6).reshape(3, 2), 2, device=device).shape == (2, 2)
    for bad in ([[1, 2], [3, 4]], np.ones((2, 2)), 2.5):
        with pytest.raises(ValueError, match="1-dimensional or an integer"):
            rs.choice(bad, 1)


def test_permutations(device):
    g = R.default_rng(8)
    p = host(g.permutation(50, device=device))
    assert sorted(p) == list(range(50))
    a = dp.reshape(dp.arange(12, device=device), (3, 4))
    q = host(g.permutation(a, axis=1))
    assert sorted(q[0]) == [0, 1, 2, 3] and (q[:, 0] % 4 == q[:, 0][0] % 4).all()
    r = host(g.permuted(a, axis=1))
    assert all(sorted(row) == list(range(4 * i, 4 * i + 4)) for i, row in enumerate(r))
    out = dp.empty_like(a)
    assert g.permuted(a, out=out) is out and sorted(host(out).ravel()) == list(range(12))
    b = dp.arange(10, device=device)
    g.shuffle(b)
    assert sorted(host(b)) == list(range(10))
    c = dp.reshape(dp.arange(6, device=device), (2, 3))
    g.shuffle(c, axis=1)
    assert sorted(host(c)[0]) == [0, 1, 2]
    with pytest.raises(TypeError, match="shuffle"):
        R.shuffle(list(range(8)))
    assert sorted(host(R.permutation(6, device=device))) == list(range(6))


def test_multivariate(device):
    g = R.default_rng(4)
    m = host(g.multinomial(100, [0.2, 0.3, 0.5], size=5000, device=device))
    assert m.shape == (5000, 3) and (m.sum(axis=1) == 100).all()
    np.testing.assert_allclose(m.mean(axis=0), [20, 30, 50], atol=0.5)
    d = host(g.dirichlet([1.0, 2.0, 3.0], size=5000, device=device))
    np.testing.assert_allclose(d.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(d.mean(axis=0), [1 / 6, 2 / 6, 3 / 6], atol=0.01)
    cov = [[2.0, 0.6], [0.6, 1.0]]
    for method in ("svd", "cholesky", "eigh"):
        x = host(g.multivariate_normal([1.0, -1.0], cov, size=20_000, method=method, device=device))
        np.testing.assert_allclose(np.cov(x.T), cov, atol=0.06)
        np.testing.assert_allclose(x.mean(axis=0), [1.0, -1.0], atol=0.05)
    with pytest.raises(ValueError, match="positive-semidefinite"):
        g.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid="raise")
    h = host(g.multivariate_hypergeometric([5, 10, 15], 12, size=3000, device=device))
    assert (h.sum(axis=1) == 12).all() and (h <= [5, 10, 15]).all()
    np.testing.assert_allclose(h.mean(axis=0), [2, 4, 6], atol=0.15)
    with pytest.raises(ValueError, match="nsample > sum"):
        g.multivariate_hypergeometric([1, 2], 4)
    assert len(g.bytes(7)) == 7 and isinstance(R.bytes(3), bytes)


def test_legacy_functions_and_signatures():
    # Every numpy.random function exists with NumPy's parameters (plus placement keywords).
    names = [
        n
        for n in dir(np.random)
        if not n.startswith("_") and n.islower() and n != "test" and callable(getattr(np.random, n))
    ]
    names = [n for n in names if not inspect.isclass(getattr(np.random, n))]
    assert len(names) == 53
    skip = {
        "get_state",
        "set_state",
        "seed",
        "rand",
        "randn",
        "get_bit_generator",
        "set_bit_generator",
        "default_rng",
    }
    for n in names:
        assert callable(getattr(R, n)), n
        if n in skip or not hasattr(np.random.RandomState, n):
            continue
        ours = inspect.signature(getattr(R.RandomState, n)) if hasattr(R.RandomState, n) else None
        theirs = inspect.signature(getattr(np.random.RandomState, n))
        if (
            ours is not None
            and not n.startswith("random_sample")
            and n not in ("randint", "normal", "uniform", "standard_normal")
        ):
            want = [p for p in theirs.parameters if p != "self"]
            ours_pos = [p for p in ours.parameters if p != "self"][: len(want)]
            assert ours_pos == want, n
    gen = [n for n in dir(np.random.Generator) if not n.startswith("_")]
    assert all(hasattr(R.Generator, n) for n in gen)
    with pytest.warns(DeprecationWarning):
        r = host(R.random_integers(1, 6, size=1000))
    assert r.min() == 1 and r.max() == 6


def test_generator_out_and_dtype(device):
    g = R.default_rng(12)
    out = dp.empty(10, dtype=dp.float32, device=device)
    assert g.standard_normal(dtype="float32", out=out) is out
    assert g.standard_exponential(10, dtype="float32", device=device).dtype == dp.float32
    assert g.standard_gamma(2.0, 10, dtype="float32", device=device).dtype == dp.float32
    o64 = dp.empty((2, 3), device=device)
    assert g.random(out=o64) is o64
    assert g.integers(5, 10, size=100, device=device).dtype == dp.int64
    i = host(g.integers(dp.asarray([0, 100], device=device), [10, 110], size=(500, 2)))
    assert i[:, 0].max() < 10 and i[:, 1].min() >= 100
    # A NumPy out= is refused with the op's name, with or without a placement keyword.
    for name in ("random", "standard_normal", "standard_exponential"):
        with pytest.raises(TypeError, match=rf"\[{name}\] out must be a dparray array"):
            getattr(g, name)(out=np.zeros(3))
    with pytest.raises(TypeError, match=r"\[standard_gamma\] out must be a dparray array"):
        g.standard_gamma(2.0, out=np.zeros(3), device=device)
