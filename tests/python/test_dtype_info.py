"""Array API data-type functions and inspection against NumPy 2: finfo, iinfo, isdtype,
__array_api_version__, __array_namespace_info__ and ndarray.__array_namespace__."""

import numpy as np
import pytest

import dparray as dp

FLOATS = ["float16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
ALL = ["bool", *INTS, *FLOATS, *COMPLEX]
API_DTYPES = [n for n in ALL if n != "float16"]


@pytest.mark.parametrize("name", FLOATS + COMPLEX)
def test_finfo_matches_numpy(name):
    f, e = dp.finfo(name), np.finfo(name)
    for attr in ("bits", "eps", "max", "min", "smallest_normal", "tiny", "precision"):
        assert getattr(f, attr) == getattr(e, attr), attr
    assert f.smallest_subnormal == float(e.smallest_subnormal)
    assert f.resolution == pytest.approx(float(e.resolution), rel=1e-3)  # NumPy rounds to dtype
    for attr in ("eps", "max", "min", "smallest_normal"):
        assert type(getattr(f, attr)) is float
    assert type(f.bits) is int
    assert f.dtype == e.dtype and isinstance(f.dtype, dp.dtype)
    assert "finfo(" in repr(f)


@pytest.mark.parametrize("name", INTS)
def test_iinfo_matches_numpy(name):
    i, e = dp.iinfo(name), np.iinfo(name)
    assert (i.bits, i.min, i.max) == (e.bits, e.min, e.max)
    assert all(type(v) is int for v in (i.bits, i.min, i.max))
    assert i.dtype == dp.dtype(name) and isinstance(i.dtype, dp.dtype)


def test_info_accepts_dtypes_names_numpy_types_and_arrays(device):
    x = dp.ones(2, dtype="float32", device=device)
    for spec in (dp.float32, "float32", "f4", np.float32, np.dtype("float32"), x):
        assert dp.finfo(spec).dtype == dp.float32
    c = dp.ones(2, dtype="complex64", device=device)
    assert dp.finfo(c).dtype == dp.float32
    y = dp.ones(2, dtype="uint16", device=device)
    for spec in (dp.uint16, "uint16", np.uint16, y, y.dtype):
        assert dp.iinfo(spec).max == 65535


@pytest.mark.parametrize("name", ["bool", *INTS])
def test_finfo_rejects_non_floats(name):
    with pytest.raises(ValueError, match="finfo"):
        dp.finfo(name)


@pytest.mark.parametrize("name", ["bool", *FLOATS, *COMPLEX])
def test_iinfo_rejects_non_integers(name):
    with pytest.raises(ValueError, match="iinfo"):
        dp.iinfo(name)


@pytest.mark.parametrize("bad", ["foo", 3, None, object()])
def test_info_rejects_non_dtypes(bad):
    with pytest.raises(TypeError, match="finfo"):
        dp.finfo(bad)
    with pytest.raises(TypeError, match="iinfo"):
        dp.iinfo(bad)


KINDS = [
    "bool",
    "signed integer",
    "unsigned integer",
    "integral",
    "real floating",
    "complex floating",
    "numeric",
]


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("kind", KINDS)
def test_isdtype_matches_numpy(name, kind):
    assert dp.isdtype(dp.dtype(name), kind) is np.isdtype(np.dtype(name), kind)


def test_isdtype_dtypes_and_tuples():
    assert dp.isdtype(dp.float32, dp.float32)
    assert not dp.isdtype(dp.float32, dp.float64)
    assert dp.isdtype(dp.int8, ("bool", "signed integer"))
    assert dp.isdtype(dp.uint8, (dp.float32, dp.uint8))
    assert not dp.isdtype(dp.complex64, ("real floating", dp.int8))
    assert dp.isdtype(dp.float32, ()) is False


def test_isdtype_bad_arguments():
    with pytest.raises(ValueError, match="isdtype.*'floating'"):
        dp.isdtype(dp.float32, "floating")
    with pytest.raises(ValueError, match="isdtype"):
        dp.isdtype(dp.float32, ("bool", "foo"))
    with pytest.raises(TypeError, match="isdtype"):
        dp.isdtype(dp.float32, 5)
    with pytest.raises(TypeError, match="isdtype"):
        dp.isdtype("float32", "bool")
    with pytest.raises(TypeError, match="isdtype"):
        dp.isdtype(dp.ones(2), "bool")


def test_array_api_version():
    assert dp.__array_api_version__ == "2024.12"


def test_array_namespace_versions(device):
    x = dp.ones(2, device=device)
    for v in (None, "2021.12", "2022.12", "2023.12", "2024.12"):
        assert x.__array_namespace__(api_version=v) is dp
    assert x.__array_namespace__() is dp
    for v in ("2020.12", "2025.12", "foo", ""):
        with pytest.raises(ValueError, match="__array_namespace__.*not supported"):
            x.__array_namespace__(api_version=v)
    with pytest.raises(ValueError, match="__array_namespace__"):
        x.__array_namespace__(api_version=2024.12)


def test_namespace_info_capabilities_and_devices():
    info = dp.__array_namespace_info__()
    caps = info.capabilities()
    assert caps == {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}
    devs = info.devices()
    assert isinstance(devs, list) and [d.sycl_device for d in devs] == list(dp.get_devices())
    assert info.default_device() in devs
    assert info.default_device().sycl_device == dp.select_default_device()
    # the standard's device objects compare equal to the device of arrays created there
    for d in devs:
        assert dp.zeros(2, device=d).device == d
        assert dp.asarray([1, 2], device=d.sycl_device).device == d


def test_namespace_info_default_dtypes(device):
    info = dp.__array_namespace_info__()
    for spec in (device, device.filter_string, dp.Queue(device), dp.ones(1, device=device).device):
        d = info.default_dtypes(device=spec)
        fp64 = device.has_aspect_fp64
        assert d["real floating"] == (dp.float64 if fp64 else dp.float32)
        assert d["complex floating"] == (dp.complex128 if fp64 else dp.complex64)
        assert d["integral"] == dp.int64 and d["indexing"] == dp.int64
    # The defaults are what creation functions use on that device.
    assert dp.ones(1, device=device).dtype == info.default_dtypes(device=device)["real floating"]
    assert info.default_dtypes() == info.default_dtypes(device=info.default_device())
    with pytest.raises(TypeError, match="device"):
        info.default_dtypes(device=3)
    with pytest.raises(ValueError):
        info.default_dtypes(device="nosuchdevice")


@pytest.mark.parametrize("kind", [None, *KINDS, ("bool", "complex floating")])
def test_namespace_info_dtypes(device, kind):
    info = dp.__array_namespace_info__()
    got = info.dtypes(device=device, kind=kind)
    expected = [
        n
        for n in API_DTYPES
        if (kind is None or np.isdtype(np.dtype(n), kind))
        and (device.has_aspect_fp64 or n not in ("float64", "complex128"))
    ]
    assert list(got) == expected
    assert all(got[n] == dp.dtype(n) for n in got)
    for t in got.values():  # each listed dtype really works on the device
        assert dp.zeros(1, dtype=t, device=device).dtype == t


def test_namespace_info_dtypes_bad_kind():
    info = dp.__array_namespace_info__()
    with pytest.raises(ValueError, match="isdtype"):
        info.dtypes(kind="floating")
