"""Dask arrays of dparray chunks: meta, elementwise ops, reductions, matmul, rechunk and
map_blocks on every device, against the same Dask graph over NumPy chunks; dtype pickling;
a 2-worker LocalCluster (skipped under the sanitizer: worker processes and sockets)."""

import os
import pickle
import subprocess
import sys

import numpy as np
import pytest

import dparray as dp

da = pytest.importorskip("dask.array")

ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    "elementwise": lambda x, m: m.sin(x) * 2 + x**2 - 1,
    "sum": lambda x, m: x.sum(),
    "sum_axis0": lambda x, m: x.sum(axis=0),
    "mean": lambda x, m: x.mean(),
    "mean_axis1": lambda x, m: x.mean(axis=1),
    "std": lambda x, m: x.std(),
    "var_axis0_ddof": lambda x, m: x.var(axis=0, ddof=1),
    "argmax": lambda x, m: x.argmax(),
    "argmax_axis0": lambda x, m: x.argmax(axis=0),
    "min_keepdims": lambda x, m: x.min(axis=1, keepdims=True),
    "matmul": lambda x, m: x @ x.T,
    "rechunk": lambda x, m: x.rechunk((16, 7)) * 3,
    "map_blocks": lambda x, m: x.map_blocks(lambda b: b[::-1] + 1, dtype=x.dtype),
    "where": lambda x, m: m.where(x > 0, x, -x),
    "cumsum": lambda x, m: x.cumsum(axis=0),
    "concatenate": lambda x, m: m.concatenate([x, x[:5]], axis=0),
}


def _pair(device, shape=(24, 14), chunks=(8, 7)):
    dtype = np.float64 if device.has_aspect_fp64 else np.float32
    a = np.random.default_rng(5).standard_normal(shape).astype(dtype)
    return da.from_array(dp.asarray(a, device=device), chunks=chunks), da.from_array(a, chunks)


def test_from_array_meta_is_a_dparray_array_on_the_device(device):
    x, _ = _pair(device)
    assert isinstance(x._meta, dp.ndarray)
    assert x._meta.device == dp.asarray(0, device=device).device
    assert x.dtype == np.dtype(str(x._meta.dtype)) and x.shape == (24, 14)
    assert x.numblocks == (3, 2)


@pytest.mark.parametrize("case", sorted(CASES))
def test_graph_on_dparray_chunks_matches_numpy_chunks(case, device):
    x, xn = _pair(device)
    got = CASES[case](x, da).compute(scheduler="threads")
    expected = CASES[case](xn, da).compute(scheduler="threads")
    assert isinstance(got, dp.ndarray), type(got)
    assert got.device == dp.asarray(0, device=device).device
    tol = 1e-10 if got.dtype == dp.float64 else 2e-5
    np.testing.assert_allclose(dp.asnumpy(got), expected, rtol=tol, atol=tol)


def test_compute_of_the_collection_is_dparray(device):
    x, xn = _pair(device)
    got = x.compute()
    assert isinstance(got, dp.ndarray)
    np.testing.assert_array_equal(dp.asnumpy(got), xn.compute())


def test_dtypes_and_arrays_pickle_by_value(device):
    for t in (dp.float32, dp.int8, dp.complex64, dp.bool):
        assert pickle.loads(pickle.dumps(t)) is t
    x = dp.arange(6, device=device)
    y = pickle.loads(pickle.dumps(x))
    assert y.device == x.device and y.dtype == x.dtype
    np.testing.assert_array_equal(dp.asnumpy(y), np.arange(6))


@pytest.mark.skipif(ASAN, reason="worker processes: not run under the sanitizer")
def test_local_cluster_computes_on_dparray_chunks():
    # dask_sum.py imports dask.array before dparray: its std / mean also check that the
    # dispatch registration happens in that order, in the client and in the workers.
    pytest.importorskip("distributed")
    script = os.path.join(HERE, "..", "..", "examples", "scale", "dask_sum.py")
    args = ["--n", "400000", "--chunk", "100000", "--repeat", "0"]
    if dp.get_devices(backend="opencl"):
        args += ["--device", "opencl:cpu"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run(
        [sys.executable, script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "as with NumPy chunks" in proc.stdout, proc.stdout


def test_sub_device_arrays_unpickle_on_the_parent_device(device):
    try:
        sub = device.create_sub_devices(partition=1)[0]
    except (ValueError, RuntimeError) as e:
        pytest.skip(f"{device.filter_string} has no sub-devices: {e}")
    x = dp.arange(5.0 if device.has_aspect_fp64 else 5, device=sub)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the parent exists everywhere: no fallback warning
        y = pickle.loads(pickle.dumps(x))
    assert y.device == dp.asarray(0, device=device).device
    np.testing.assert_array_equal(dp.asnumpy(y), dp.asnumpy(x))
