"""Shared fixtures: every device test runs once per visible device (host CPU and each OpenCL device)."""

import numpy as np
import pytest

import dparray as dp

DEVICES = list(dp.get_devices())


def _id(d):
    return d.filter_string


@pytest.fixture(params=DEVICES, ids=_id)
def device(request):
    """A visible device; tests using it run on every device."""
    return request.param


@pytest.fixture
def fp64(device):
    """Whether the device under test has float64."""
    return device.has_aspect_fp64


def assert_same(got, expected, rtol=1e-6, atol=0.0, check_dtype=True):
    """Compare a dparray result with a NumPy oracle: dtype, shape and values (NaN-aware)."""
    g = dp.asnumpy(got) if isinstance(got, dp.ndarray) else np.asarray(got)
    e = np.asarray(expected)
    if check_dtype:
        assert str(g.dtype) == str(e.dtype), f"dtype {g.dtype} != {e.dtype}"
    assert g.shape == e.shape, f"shape {g.shape} != {e.shape}"
    if g.dtype.kind in "biu" or e.dtype.kind in "biu":
        np.testing.assert_array_equal(g, e)
    else:
        np.testing.assert_allclose(g, e, rtol=rtol, atol=atol, equal_nan=True)
