"""einsum cases for bench_numpy.py: dparray.einsum beside numpy.einsum (NumPy's default
optimize=False) for a 1024^2 float64 matrix product, a batched product and a trace. Each result
is checked against NumPy before it is timed."""

import harness
import numpy as np

import dparray as dp


def _case(dev, subscripts, *arrays):
    xs = [dp.asarray(a, device=dev) for a in arrays]
    got, want = dp.asnumpy(dp.einsum(subscripts, *xs)), np.einsum(subscripts, *arrays)
    assert got.dtype == want.dtype and got.shape == want.shape, (subscripts, got.dtype, got.shape)
    err = float(np.abs(got - want).max() / max(np.abs(want).max(), 1e-300))
    assert err <= 1e-10, (subscripts, err)
    q = xs[0].sycl_queue
    return {
        "family": "products",
        "op": f"einsum('{subscripts}')",
        "dtype": str(arrays[0].dtype),
        "shape": [list(a.shape) for a in arrays],
        "device": dev.filter_string,
        "dparray_s": harness.timeit(lambda: dp.einsum(subscripts, *xs), q.wait),
        "numpy_s": harness.timeit(lambda: np.einsum(subscripts, *arrays)),
        "max_rel_err": err,
    }


def cases(dev, quick):
    if not dev.has_aspect_fp64:
        return
    rng = np.random.default_rng(0)
    n = 256 if quick else 1024
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    yield _case(dev, "ij,jk->ik", a, b)
    nb, m = (8, 64) if quick else (64, 128)
    x, y = rng.standard_normal((nb, m, m)), rng.standard_normal((nb, m, m))
    yield _case(dev, "bij,bjk->bik", x, y)
    yield _case(dev, "ii->", a)
