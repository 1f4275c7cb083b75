"""SciPy and scikit-learn on dparray arrays through the Array API, on every device.

Needs array-api-compat, SciPy and scikit-learn; SCIPY_ARRAY_API=1 must be set before SciPy
is imported (done here). Each result is checked against the same call on NumPy arrays.
"""

import os

os.environ.setdefault("SCIPY_ARRAY_API", "1")

import sys

import numpy as np

try:
    import scipy.fft
    import scipy.special
    import scipy.stats
    import sklearn
    from sklearn.decomposition import PCA
    from sklearn.linear_model import Ridge
except ImportError as e:
    print(f"skipped: {e} (pip install scipy scikit-learn array-api-compat)")
    sys.exit(0)

import dparray as dp

rng = np.random.default_rng(0)
X = rng.standard_normal((200, 8))
y = X @ rng.standard_normal(8) + 0.1 * rng.standard_normal(200)

for device in dp.get_devices():
    dtype = np.float64 if device.has_aspect_fp64 else np.float32
    Xn, yn = X.astype(dtype), y.astype(dtype)
    Xd, yd = dp.asarray(Xn, device=device), dp.asarray(yn, device=device)
    checks = {
        "logsumexp": (scipy.special.logsumexp(Xd, axis=1), scipy.special.logsumexp(Xn, axis=1)),
        "zscore": (scipy.stats.zscore(Xd, axis=0), scipy.stats.zscore(Xn, axis=0)),
        "rfft": (scipy.fft.rfft(Xd, axis=0), scipy.fft.rfft(Xn, axis=0)),
    }
    with sklearn.config_context(array_api_dispatch=True):
        pca = PCA(n_components=3, svd_solver="full")
        checks["PCA"] = (pca.fit_transform(Xd), pca.fit_transform(Xn))
        ridge = Ridge(alpha=1.0, solver="svd")
        checks["Ridge"] = (ridge.fit(Xd, yd).predict(Xd), ridge.fit(Xn, yn).predict(Xn))
    tol = 1e-9 if dtype == np.float64 else 1e-3
    for name, (got, ref) in checks.items():
        assert isinstance(got, dp.ndarray) and got.device == Xd.device, (name, type(got))
        err = float(np.max(np.abs(dp.asnumpy(got) - ref)) / max(1.0, np.max(np.abs(ref))))
        assert err < tol, (name, err)
    print(f"{device.filter_string}: {', '.join(checks)} match NumPy (on {Xd.device})")
