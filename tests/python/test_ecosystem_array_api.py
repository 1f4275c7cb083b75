"""The Array API ecosystem on dparray arrays: array-api-compat, SciPy (SCIPY_ARRAY_API=1) and
scikit-learn (array_api_dispatch=True), on every device, with NumPy as the oracle.

SciPy reads SCIPY_ARRAY_API once, when it is first imported. If another test module imported
it before this one without the variable, this file reruns itself in a fresh interpreter.
"""

import os
import subprocess
import sys

import numpy as np
import pytest

import dparray as dp

pytestmark = pytest.mark.skipif(
    "asan" in os.environ.get("LD_PRELOAD", ""),
    reason="third-party stacks (SciPy, scikit-learn): not run under the sanitizer",
)

_SCIPY_LATE = "scipy" in sys.modules and not os.environ.get("SCIPY_ARRAY_API")
os.environ.setdefault("SCIPY_ARRAY_API", "1")

if _SCIPY_LATE:

    def test_in_a_fresh_interpreter():
        env = dict(os.environ, SCIPY_ARRAY_API="1")
        r = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
            env=env,
            check=False,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode in (0, 5), r.stdout[-4000:] + r.stderr[-2000:]

else:
    compat = pytest.importorskip("array_api_compat")
    pytest.importorskip("scipy")
    import scipy.fft
    import scipy.signal
    import scipy.special
    import scipy.stats


def _float(device):
    return np.float64 if device.has_aspect_fp64 else np.float32


def _tol(dtype):
    return {"rtol": 1e-10, "atol": 1e-12} if dtype == np.float64 else {"rtol": 2e-4, "atol": 2e-5}


def _check(got, expected, device, dtype, **tol):
    assert isinstance(got, dp.ndarray), type(got)
    assert got.device == dp.asarray(0, device=device).device, (got.device, device)
    np.testing.assert_allclose(dp.asnumpy(got), expected, **(tol or _tol(dtype)))


# ---- array-api-compat ---------------------------------------------------------


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
def test_array_namespace_is_dparray(device):
    x = dp.asarray([1.0, 2.0], device=device, dtype=_float(device))
    assert compat.array_namespace(x) is dp
    assert compat.array_namespace(x, x[:1]) is dp
    assert compat.is_array_api_obj(x)
    assert compat.device(x) == x.device
    assert compat.size(dp.zeros((2, 3), device=device)) == 6
    assert dp.__array_api_version__ == "2024.12"


# ---- SciPy ----------------------------------------------------------------------

_SCIPY_CASES = {
    "logsumexp_axis": lambda a, b: scipy.special.logsumexp(a, axis=1),
    "logsumexp_b": lambda a, b: scipy.special.logsumexp(a, b=a * a),
    "softmax": lambda a, b: scipy.special.softmax(a, axis=0),
    "zscore": lambda a, b: scipy.stats.zscore(a, axis=0),
    "zscore_ddof": lambda a, b: scipy.stats.zscore(a, axis=None, ddof=1),
    "skew": lambda a, b: scipy.stats.skew(a, axis=1),
    "convolve_fft": lambda a, b: scipy.signal.convolve(a[0], b, method="fft"),
    "convolve_fft_same": lambda a, b: scipy.signal.convolve(
        a, a[:3, :4], mode="same", method="fft"
    ),
    "fftconvolve": lambda a, b: scipy.signal.fftconvolve(a[1], b, mode="valid"),
    "fft": lambda a, b: scipy.fft.fft(a),
    "ifft": lambda a, b: scipy.fft.ifft(a, axis=0),
    "rfft": lambda a, b: scipy.fft.rfft(a, n=10),
    "irfft": lambda a, b: scipy.fft.irfft(a),
    "fftn": lambda a, b: scipy.fft.fftn(a, norm="ortho"),
    "fftshift": lambda a, b: scipy.fft.fftshift(a, axes=1),
}


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("case", sorted(_SCIPY_CASES))
def test_scipy_function_on_device(case, device):
    dtype = _float(device)
    rng = np.random.default_rng(7)
    a, b = rng.standard_normal((6, 8)).astype(dtype), rng.standard_normal(5).astype(dtype)
    f = _SCIPY_CASES[case]
    expected = f(a, b)
    got = f(dp.asarray(a, device=device), dp.asarray(b, device=device))
    _check(got, expected, device, dtype)


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
def test_scipy_fftfreq_on_device(device):
    dtype = _float(device)
    d = dp.asarray(0, device=device).device
    got = scipy.fft.fftfreq(9, d=0.5, xp=dp, device=d)
    _check(got, np.fft.fftfreq(9, d=0.5), device, dtype)


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("mode", ["full", "same", "valid"])
def test_scipy_convolve_direct_on_host(mode):
    # SciPy's direct method converts to NumPy and back: the result is on the default device.
    rng = np.random.default_rng(3)
    a, b = rng.standard_normal(40), rng.standard_normal(7)
    got = scipy.signal.convolve(dp.asarray(a), dp.asarray(b), mode=mode)
    _check(got, scipy.signal.convolve(a, b, mode=mode), dp.select_default_device(), np.float64)


# ---- scikit-learn ---------------------------------------------------------------


@pytest.fixture
def sk():
    sklearn = pytest.importorskip("sklearn")
    with sklearn.config_context(array_api_dispatch=True):
        yield sklearn


def _data(dtype):
    rng = np.random.default_rng(11)
    X = rng.standard_normal((80, 6)).astype(dtype)
    X[:, 1] += 2 * X[:, 0]
    y = (X[:, 0] + 0.5 * rng.standard_normal(80) > 0).astype(np.int64) + (X[:, 2] > 1)
    yr = (X @ rng.standard_normal(6) + 0.1 * rng.standard_normal(80)).astype(dtype)
    return X, y, yr


def _fit_both(make, device, fit, out):
    dtype = _float(device)
    X, y, yr = _data(dtype)
    ref = out(fit(make(), X, y, yr), X)
    Xd, yd, yrd = (dp.asarray(v, device=device) for v in (X, y, yr))
    got = out(fit(make(), Xd, yd, yrd), Xd)
    return got, ref, dtype


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("what", ["transform", "components_", "explained_variance_"])
def test_sklearn_pca_full(sk, device, what):
    from sklearn.decomposition import PCA

    def out(m, X):
        return m.transform(X) if what == "transform" else getattr(m, what)

    got, ref, dtype = _fit_both(
        lambda: PCA(n_components=4, svd_solver="full"), device, lambda m, X, y, yr: m.fit(X), out
    )
    _check(got, ref, device, dtype, **({} if dtype == np.float64 else {"rtol": 1e-3, "atol": 1e-3}))


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("what", ["predict_proba", "decision_function", "coef_", "transform"])
def test_sklearn_lda(sk, device, what):
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

    def out(m, X):
        return getattr(m, what) if what.endswith("_") else getattr(m, what)(X)

    got, ref, dtype = _fit_both(
        LinearDiscriminantAnalysis, device, lambda m, X, y, yr: m.fit(X, y), out
    )
    _check(got, ref, device, dtype, rtol=1e-6 if dtype == np.float64 else 1e-3, atol=1e-6)


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
def test_sklearn_lda_predict_labels(sk, device):
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

    got, ref, _ = _fit_both(
        LinearDiscriminantAnalysis,
        device,
        lambda m, X, y, yr: m.fit(X, y),
        lambda m, X: m.predict(X),
    )
    assert isinstance(got, dp.ndarray)
    np.testing.assert_array_equal(dp.asnumpy(got), ref)


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("what", ["predict", "coef_", "intercept_"])
def test_sklearn_ridge_svd(sk, device, what):
    from sklearn.linear_model import Ridge

    def out(m, X):
        return m.predict(X) if what == "predict" else getattr(m, what)

    got, ref, dtype = _fit_both(
        lambda: Ridge(alpha=0.7, solver="svd"), device, lambda m, X, y, yr: m.fit(X, yr), out
    )
    got = dp.asarray(got) if not isinstance(got, dp.ndarray) else got
    tol = {} if dtype == np.float64 else {"rtol": 1e-3, "atol": 1e-4}
    np.testing.assert_allclose(dp.asnumpy(got), ref, **(tol or _tol(dtype)))


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
@pytest.mark.parametrize("name", ["StandardScaler", "MinMaxScaler"])
def test_sklearn_scalers(sk, device, name):
    import sklearn.preprocessing as pre

    got, ref, dtype = _fit_both(
        getattr(pre, name), device, lambda m, X, y, yr: m.fit(X), lambda m, X: m.transform(X)
    )
    _check(got, ref, device, dtype)


@pytest.mark.skipif(_SCIPY_LATE, reason="runs in the fresh interpreter")
def test_sklearn_kmeans_where_supported(sk, device):
    from sklearn.cluster import KMeans
    from sklearn.utils import get_tags

    if not get_tags(KMeans()).array_api_support:
        pytest.skip(f"scikit-learn {sk.__version__}'s KMeans has no Array API support")
    init = np.array([[-1.0] * 6, [0.0] * 6, [1.0] * 6], dtype=_float(device))
    got, ref, dtype = _fit_both(
        lambda: KMeans(n_clusters=3, init=init, n_init=1),
        device,
        lambda m, X, y, yr: m.fit(X),
        lambda m, X: m.cluster_centers_,
    )
    _check(got, ref, device, dtype, rtol=1e-6, atol=1e-6)
