"""dparray.random on a device without float64: PoCL with DPARRAY_OPENCL_NO_FP64=1.

One subprocess (the variable is read when devices are enumerated) draws every distribution
on opencl:cpu:0 at fixed seeds and saves the draws; the tests here check their dtypes
(float32 / int64), their laws against scipy.stats (KS or chi-square, alpha = 1e-4 each as
in test_np_random.py; the seeds are fixed, so a run always passes or always fails), the
block-layout draws bit-identical to the host's, and NumPy's ValueErrors.
"""

import json
import math
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import dparray as dp

try:
    from scipy import stats
except ImportError:
    stats = None

DEV = "opencl:cpu:0"
N = 20_000
ALPHA = 1e-4

_devices = [d.filter_string for d in dp.get_devices()]
pytestmark = [
    pytest.mark.skipif(
        DEV not in _devices or "host:cpu:0" not in _devices,
        reason="needs the host device and an OpenCL CPU device (PoCL)",
    ),
    # The OpenCL kernels are not instrumented: under ASan the subprocess repeats the plain
    # run's draws at several times the cost.
    pytest.mark.skipif(
        "libasan" in os.environ.get("LD_PRELOAD", ""), reason="slow subprocess under ASan"
    ),
]

# (method, args, scipy frozen law) for continuous laws: a KS test each.
CONTINUOUS = [
    ("random", (), lambda st: st.uniform()),
    ("uniform", (-1.0, 3.0), lambda st: st.uniform(-1.0, 4.0)),
    ("standard_normal", (), lambda st: st.norm()),
    ("normal", (1.0, 2.0), lambda st: st.norm(1.0, 2.0)),
    ("standard_exponential", (), lambda st: st.expon()),
    ("exponential", (2.5,), lambda st: st.expon(scale=2.5)),
    ("standard_gamma", (0.3,), lambda st: st.gamma(0.3)),
    ("gamma", (2.0, 1.5), lambda st: st.gamma(2.0, scale=1.5)),
    ("gamma", (1e4, 1.0), lambda st: st.gamma(1e4)),
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
    ("vonmises", (0.5, 1e4), lambda st: st.vonmises(1e4, loc=0.5)),
    ("vonmises", (0.0, 0.01), lambda st: st.vonmises(0.01)),
    ("vonmises", (0.0, 2e-5), lambda st: st.vonmises(2e-5)),
    ("vonmises", (0.5, 1e-6), lambda st: st.uniform(-math.pi, 2 * math.pi)),
    ("wald", (1.5, 2.0), lambda st: st.invgauss(1.5 / 2.0, scale=2.0)),
    ("wald", (100.0, 0.5), lambda st: st.invgauss(100.0 / 0.5, scale=0.5)),
    ("wald", (1e4, 1e-3), lambda st: st.invgauss(1e4 / 1e-3, scale=1e-3)),
]

# (method, args, scipy frozen law) for discrete laws: a chi-square test each. The large
# parameters exercise the rejection tests on float32 log-probabilities.
DISCRETE = [
    ("integers", (0, 1000), lambda st: st.randint(0, 1000)),
    ("poisson", (3.5,), lambda st: st.poisson(3.5)),
    ("poisson", (40.0,), lambda st: st.poisson(40.0)),
    ("poisson", (1e5,), lambda st: st.poisson(1e5)),
    ("poisson", (1e6,), lambda st: st.poisson(1e6)),
    ("binomial", (20, 0.3), lambda st: st.binom(20, 0.3)),
    ("binomial", (200, 0.4), lambda st: st.binom(200, 0.4)),
    ("binomial", (1000, 0.8), lambda st: st.binom(1000, 0.8)),
    ("binomial", (10**6, 0.3), lambda st: st.binom(10**6, 0.3)),
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
]

# Draws on the float32-only device; each case's array is saved under its index.
WORKER = textwrap.dedent(
    """
    import json, sys
    import numpy as np
    import dparray as dp

    cases, n, dev, outdir = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    report = {"fp64": dp.empty(1, device=dev).sycl_device.has_aspect_fp64,
              "default": str(dp.empty(1, device=dev).dtype), "dtypes": {}, "errors": {}}
    arrays = {}
    for i, (name, args) in enumerate(cases):
        x = getattr(dp.random.default_rng(1000 + i), name)(*args, size=n, device=dev)
        report["dtypes"][str(i)] = str(x.dtype)
        arrays[str(i)] = dp.asnumpy(x)
    # Every other sampler, once each.
    g = dp.random.default_rng(5)
    a = dp.arange(50, device=dev)
    extra = {
        "choice_p": g.choice(4, 20000, p=[0.1, 0.2, 0.3, 0.4], device=dev),
        "choice_nop": g.choice(50, 20, replace=False, device=dev),
        "choice_norep_p": g.choice(6, 3, replace=False, p=[0.1, 0.0, 0.2, 0.3, 0.1, 0.3], device=dev),
        "permutation": g.permutation(a),
        "permuted": g.permuted(dp.reshape(dp.arange(20, device=dev), (4, 5)), axis=1),
        "multinomial": g.multinomial(100, [0.2, 0.3, 0.5], size=1000, device=dev),
        "dirichlet": g.dirichlet([1.0, 2.0, 3.0], 1000, device=dev),
        "mvn": g.multivariate_normal([1.0, -1.0], [[2.0, 0.5], [0.5, 1.0]], 20000, device=dev),
        "mvhyper": g.multivariate_hypergeometric([5, 10, 15], 12, 1000, device=dev),
        "pcg_random": dp.random.Generator(dp.random.PCG64(3)).random(1000, device=dev),
        "normal_arrays": dp.random.default_rng(3).normal(dp.asarray([0.0, 10.0], device=dev), 1.0),
        "integers_arrays": g.integers(dp.asarray([0, 10], device=dev), 20, size=(1000, 2)),
    }
    s = dp.arange(100, device=dev)
    g.shuffle(s)
    extra["shuffle"] = s
    for k, v in extra.items():
        report["dtypes"][k] = str(v.dtype)
        arrays[k] = dp.asnumpy(v)
    # Block-layout draws: the same numbers as the host device's.
    for where in ("host:cpu:0", dev):
        r = dp.random.default_rng(77)
        arrays["same_int_" + where] = dp.asnumpy(r.integers(0, 1000, 5000, device=where))
        arrays["same_f32_" + where] = dp.asnumpy(r.random(5000, dtype="float32", device=where))
        arrays["same_perm_" + where] = dp.asnumpy(r.permutation(dp.arange(300, device=where)))
        arrays["same_choice_" + where] = dp.asnumpy(r.choice(300, 40, replace=False, device=where))
    for label, call in [
        ("poisson_neg", lambda: g.poisson(-1.0, 3, device=dev)),
        ("binomial_p", lambda: g.binomial(10, 1.5, 3, device=dev)),
        ("binomial_big_n", lambda: g.binomial(2**25, 0.5, 3, device=dev)),
        ("hyper_big", lambda: g.hypergeometric(2**24, 5, 3, 3, device=dev)),
        ("gamma_neg_array", lambda: g.gamma(dp.asarray([1.0, -2.0], device=dev))),
        ("float64_out", lambda: g.standard_normal(3, dtype="float64", device=dev)),
    ]:
        try:
            call()
            report["errors"][label] = None
        except Exception as e:
            report["errors"][label] = [type(e).__name__, str(e)]
    np.savez(outdir + "/draws.npz", **arrays)
    with open(outdir + "/report.json", "w") as f:
        json.dump(report, f)
    """
)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = tmp_path_factory.mktemp("fp32")
    cases = [(c[0], list(c[1])) for c in CONTINUOUS + DISCRETE]
    env = dict(os.environ, DPARRAY_OPENCL_NO_FP64="1")
    r = subprocess.run(
        [sys.executable, "-c", WORKER, json.dumps(cases), str(N), DEV, str(out)],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    with open(out / "report.json") as f:
        report = json.load(f)
    return report, dict(np.load(out / "draws.npz"))


def test_device_is_float32_only(run):
    report, _ = run
    assert report["fp64"] is False and report["default"] == "float32"


def _ids(cases):
    return [f"{c[0]}{c[1]}" for c in cases]


@pytest.mark.parametrize("i", range(len(CONTINUOUS)), ids=_ids(CONTINUOUS))
@pytest.mark.skipif(stats is None, reason="scipy is not installed")
def test_continuous_ks(run, i):
    report, arrays = run
    law = CONTINUOUS[i][2]
    x = arrays[str(i)]
    assert report["dtypes"][str(i)] == "float32" and x.shape == (N,)
    assert np.isfinite(x).all()
    assert stats.kstest(x.astype(np.float64), law(stats).cdf).pvalue > ALPHA


def _chisquare(x, law):
    # Bins of expected count >= 20 (the tails pooled), then a chi-square test.
    lo, hi = int(law.ppf(1e-9)), int(law.ppf(1 - 1e-9)) + 1
    ks = np.arange(lo, hi + 1)
    edges, acc, start = [], 0.0, lo
    for k, p in zip(ks, law.pmf(ks)):
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


@pytest.mark.parametrize("i", range(len(DISCRETE)), ids=_ids(DISCRETE))
@pytest.mark.skipif(stats is None, reason="scipy is not installed")
def test_discrete_chisquare(run, i):
    report, arrays = run
    j = len(CONTINUOUS) + i
    law = DISCRETE[i][2]
    x = arrays[str(j)]
    assert report["dtypes"][str(j)] == "int64" and x.shape == (N,)
    assert _chisquare(x, law(stats)) > ALPHA


def test_samplers(run):
    report, a = run
    d = report["dtypes"]
    assert d["choice_p"] == d["choice_nop"] == d["choice_norep_p"] == "int64"
    counts = np.bincount(a["choice_p"], minlength=4)
    if stats is not None:
        assert stats.chisquare(counts, 20000 * np.array([0.1, 0.2, 0.3, 0.4])).pvalue > ALPHA
    assert len(set(a["choice_nop"].tolist())) == 20 and a["choice_nop"].max() < 50
    assert 1 not in a["choice_norep_p"].tolist() and len(set(a["choice_norep_p"].tolist())) == 3
    assert sorted(a["permutation"].tolist()) == list(range(50))
    assert sorted(a["shuffle"].tolist()) == list(range(100))
    assert (np.sort(a["permuted"], axis=1) == np.arange(20).reshape(4, 5)).all()
    assert d["multinomial"] == "int64" and (a["multinomial"].sum(axis=1) == 100).all()
    assert d["dirichlet"] == "float32"
    np.testing.assert_allclose(a["dirichlet"].sum(axis=1), 1.0, rtol=1e-5)
    assert d["mvn"] == "float32"
    np.testing.assert_allclose(a["mvn"].mean(axis=0), [1.0, -1.0], atol=0.05)
    np.testing.assert_allclose(np.cov(a["mvn"].T), [[2.0, 0.5], [0.5, 1.0]], atol=0.08)
    assert d["mvhyper"] == "int64" and (a["mvhyper"].sum(axis=1) == 12).all()
    assert (a["mvhyper"] <= [5, 10, 15]).all()
    assert d["pcg_random"] == "float32"
    assert ((a["pcg_random"] >= 0) & (a["pcg_random"] < 1)).all()
    assert d["normal_arrays"] == "float32" and abs(a["normal_arrays"][1] - 10) < 6
    ia = a["integers_arrays"]
    assert d["integers_arrays"] == "int64"
    assert (ia[:, 0] >= 0).all() and (ia[:, 1] >= 10).all() and (ia < 20).all()


def test_block_layout_same_as_host(run):
    _, a = run
    for what in ("int", "f32", "perm", "choice"):
        np.testing.assert_array_equal(a[f"same_{what}_host:cpu:0"], a[f"same_{what}_{DEV}"])


def test_bad_parameters(run):
    report, _ = run
    e = report["errors"]
    assert e["poisson_neg"][0] == "ValueError" and "lam < 0" in e["poisson_neg"][1]
    assert e["binomial_p"][0] == "ValueError"
    assert e["binomial_big_n"][0] == "ValueError" and "16777216" in e["binomial_big_n"][1]
    assert e["hyper_big"][0] == "ValueError" and "ngood + nbad" in e["hyper_big"][1]
    assert e["gamma_neg_array"][0] == "ValueError" and "shape < 0" in e["gamma_neg_array"][1]
    assert e["float64_out"] is not None and e["float64_out"][0] in ("ValueError", "TypeError")
