"""NumPy's ndarray methods and attributes against NumPy 2 on every device: item(*args), tolist,
flat, real / imag (views, assignment), flags, base, view(dtype), fill, round, clip, take, put,
the sort / search / reduction methods, tobytes, tofile, dump(s), byteswap, choose, compress,
conj, getfield / setfield, setflags, resize, pickling and __array_namespace__."""

import pickle

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp


def pair(n, device):
    n = np.asarray(n)
    return n, dp.asarray(n, device=device)


# ---------------------------------------------------------------- item / tolist / flat


def test_item_forms(device):
    n, d = pair(np.arange(6, dtype=np.int32).reshape(2, 3), device)
    for args in [(3,), (-1,), ((1, 2),), (1, 2), ((0, -1),)]:
        assert d.item(*args) == n.item(*args)
        assert type(d.item(*args)) is type(n.item(*args))
    assert dp.asarray(2.5, device=device).item() == 2.5
    assert dp.asarray([7], device=device).item((0,)) == 7
    c = dp.asarray([1 + 2j], device=device)
    assert c.item(0) == 1 + 2j


def test_item_errors(device):
    d = dp.zeros((2, 3), device=device)
    with pytest.raises(ValueError, match="item"):
        d.item()
    with pytest.raises(IndexError, match="item.*6.*size 6"):
        d.item(6)
    with pytest.raises(IndexError, match="item.*axis 1"):
        d.item(0, 3)
    with pytest.raises(ValueError, match="item.*number of indices"):
        d.item(0, 0, 0)
    with pytest.raises(TypeError, match="item"):
        d.item(1.0)


def test_tolist(device):
    for n in [np.arange(6, dtype=np.int16).reshape(3, 2), np.array(1.5), np.zeros((0, 2))]:
        assert dp.asarray(n, device=device).tolist() == n.tolist()


def test_flat(device):
    n, d = pair(np.arange(12.0).reshape(3, 4), device)
    assert len(d.flat) == 12 and list(d.flat) == list(n.flat)
    assert d.flat[5] == n.flat[5] and d.flat[np.int64(-1)] == n.flat[-1]
    assert_same(d.flat[2:9:3], n.flat[2:9:3])
    assert_same(d.flat.copy(), n.flat.copy())
    n.flat[[1, 7]] = -1.0
    d.flat[[1, 7]] = -1.0
    n.flat[10] = 42.0
    d.flat[10] = 42.0
    assert_same(d, n)
    nt, dt = n.T, d.T  # not contiguous: writes through flat positions
    nt.flat[0:5] = [7.0, 8.0]
    dt.flat[0:5] = [7.0, 8.0]
    assert_same(d, n)
    n.flat = 3.0
    d.flat = 3.0
    assert_same(d, n)


# ---------------------------------------------------------------- real / imag / view


def test_real_imag_views(device):
    n, d = pair(np.array([1 + 2j, -3 - 4j, 5j], dtype=np.complex64), device)
    assert_same(d.real, n.real)
    assert_same(d.imag, n.imag)
    assert_same(d[::2].imag, n[::2].imag)
    d.real[1] = 10.0
    n.real[1] = 10.0
    d.imag = 0.5
    n.imag = 0.5
    assert_same(d, n)
    d.real = dp.asarray([1.0, 2.0, 3.0], device=device)
    n.real = [1.0, 2.0, 3.0]
    assert_same(d, n)


def test_real_imag_of_real_arrays(device):
    n, d = pair(np.arange(3, dtype=np.float32), device)
    assert_same(d.real, n.real)
    assert_same(d.imag, n.imag)
    d.real = 5.0
    n.real = 5.0
    assert_same(d, n)
    with pytest.raises(TypeError, match="imag"):
        d.imag = 1.0


@pytest.mark.parametrize(
    "src,dst", [("int32", "float32"), ("int32", "int16"), ("int16", "int32"), ("uint8", "int64")]
)
def test_view_dtype(device, src, dst):
    n, d = pair(np.arange(16, dtype=src).reshape(2, 8), device)
    assert_same(d.view(dst), n.view(dst))
    assert_same(d[1:].view(dst), n[1:].view(dst))


def test_view_writes_through_and_errors(device):
    n, d = pair(np.zeros(4, dtype=np.int32), device)
    v = d.view(dp.uint8)
    v[0] = 255
    n.view(np.uint8)[0] = 255
    assert_same(d, n)
    assert_same(d.view(), n.view())
    with pytest.raises(ValueError, match="view.*last axis"):
        dp.zeros((4, 2), dtype=dp.int32, device=device).T.view(dp.int16)
    with pytest.raises(ValueError, match="view.*divisor"):
        dp.zeros(3, dtype=dp.int16, device=device).view(dp.int32)
    with pytest.raises(ValueError, match="view.*0-d"):
        dp.asarray(1, dtype=dp.int32, device=device).view(dp.int16)
    with pytest.raises(TypeError, match="view"):
        d.view("no-such-type")


# ---------------------------------------------------------------- flags / base / setflags


def test_flags_and_base(device):
    n, d = pair(np.zeros((3, 4), dtype=np.float32), device)
    for a, b in [(d, n), (d.T, n.T), (d[:, 1], n[:, 1])]:
        for k in ("C_CONTIGUOUS", "F_CONTIGUOUS", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"):
            assert a.flags[k] == b.flags[k], k
        assert a.flags.c_contiguous == b.flags.c_contiguous
        assert a.flags.f_contiguous == b.flags.f_contiguous
    assert d.flags.owndata and d.base is None
    v = d[1:, ::2]
    assert not v.flags["OWNDATA"] and v.base is not None
    assert v.base.size * v.base.itemsize == d.nbytes
    with pytest.raises(KeyError, match="flags"):
        d.flags["BOGUS"]


def test_setflags(device):
    d = dp.zeros(3, device=device)
    d.setflags(write=True, align=True, uic=False)
    d.flags.writeable = True
    with pytest.raises(ValueError, match="setflags.*read-only"):
        d.setflags(write=False)
    with pytest.raises(ValueError, match="setflags"):
        d.flags["WRITEABLE"] = False
    with pytest.raises(ValueError, match="setflags"):
        d.setflags(uic=True)


# ---------------------------------------------------------------- value methods


def test_fill_round_clip_conj(device):
    n, d = pair(np.linspace(-2, 2, 7, dtype=np.float32), device)
    assert_same(d.round(1), n.round(1))
    assert_same(d.clip(-1, 0.5), n.clip(-1, 0.5))
    assert_same(d.clip(max=0.0), n.clip(max=0.0))
    d.fill(3.5)
    n.fill(3.5)
    assert_same(d, n)
    nc, dc = pair(np.array([1 + 1j, 2 - 3j], dtype=np.complex64), device)
    assert_same(dc.conj(), nc.conj())
    assert_same(dc.conjugate(), nc.conjugate())


def test_fill_errors(device):
    d = dp.zeros(3, dtype=dp.int8, device=device)
    d.fill(dp.asarray(4, dtype=dp.int8, device=device))
    assert d.tolist() == [4, 4, 4]
    with pytest.raises(OverflowError, match="fill"):
        d.fill(300)
    with pytest.raises(TypeError, match="fill"):
        d.fill(1j)
    with pytest.raises(TypeError, match="fill"):
        d.fill("x")
    with pytest.raises(ValueError, match="fill"):
        d.fill(dp.asarray([4], device=device))


@pytest.mark.parametrize("mode", ["raise", "wrap", "clip"])
def test_take_put_modes(device, mode):
    n, d = pair(np.arange(10, dtype=np.int32).reshape(2, 5), device)
    ind = [0, 3] if mode == "raise" else [-7, 12]
    assert_same(d.take(ind, mode=mode), n.take(ind, mode=mode))
    assert_same(d.take(ind, axis=1, mode=mode), n.take(ind, axis=1, mode=mode))
    d.put(ind, [-1, -2], mode=mode)
    n.put(ind, [-1, -2], mode=mode)
    assert_same(d, n)


def test_existing_methods(device):
    n, d = pair(np.array([[3, 1, 2], [0, 5, 4]], dtype=np.int32), device)
    assert_same(d.argsort(), n.argsort())
    assert_same(d.repeat(2, axis=0), n.repeat(2, axis=0))
    assert_same(d.diagonal(), n.diagonal())
    assert_same(d.trace(), n.trace())
    assert_same(d.cumprod(), n.cumprod())
    s = d.copy()
    s.sort(axis=1)
    assert_same(s, np.sort(n, axis=1))
    assert_same(s[0].searchsorted(2), s[0].searchsorted(2))


def test_choose_compress_methods(device):
    n, d = pair(np.array([1, 0, 1]), device)
    ch = [np.array([1, 2, 3]), np.array([4, 5, 6])]
    assert_same(d.choose([dp.asarray(c, device=device) for c in ch]), n.choose(ch))
    assert_same(d.compress([True, False, True]), n.compress([True, False, True]))


# ---------------------------------------------------------------- bytes


@pytest.mark.parametrize("dtype", ["int16", "int64", "float32", "complex64", "uint8", "bool"])
def test_byteswap(device, dtype):
    n = np.arange(6).reshape(2, 3).astype(dtype)
    if dtype == "complex64":
        n = n + 1j * n[::-1]
    d = dp.asarray(n, device=device)
    assert_same(d.byteswap(), n.byteswap())
    assert_same(d[:, ::2].byteswap(), n[:, ::2].byteswap())
    assert d.byteswap(inplace=True) is d
    assert_same(d, n.byteswap())


def test_getfield_setfield(device):
    n, d = pair(np.array([1.5, -2.0, 3.25]), device)
    for dt, off in [("int32", 0), ("int32", 4), ("uint16", 6), ("float64", 0)]:
        assert_same(d.getfield(dt, off), n.getfield(dt, off))
    d.setfield(7, "int32", 4)
    n.setfield(7, np.int32, 4)
    assert_same(d, n)
    with pytest.raises(ValueError, match="getfield"):
        d.getfield("int32", 6)
    with pytest.raises(ValueError, match="getfield"):
        d.getfield("int32", -4)


def test_tobytes_tofile(device, tmp_path):
    n, d = pair(np.arange(6, dtype=np.int32).reshape(2, 3), device)
    assert d.tobytes() == n.tobytes()
    assert d.tobytes("F") == n.tobytes("F")
    assert d.T.tobytes() == n.T.tobytes()
    d.tofile(tmp_path / "a.bin")
    assert (tmp_path / "a.bin").read_bytes() == n.tobytes()
    d.tofile(tmp_path / "a.txt", sep=",")
    assert (tmp_path / "a.txt").read_text() == "0,1,2,3,4,5"
    with pytest.raises(ValueError, match="tobytes"):
        d.tobytes("Z")


# ---------------------------------------------------------------- resize


def test_resize_in_place(device):
    n = np.arange(5, dtype=np.float32)
    d = dp.asarray(n, device=device)
    d.resize((2, 4))
    n.resize((2, 4))
    assert_same(d, n)
    d.resize(3)
    n.resize(3)
    assert_same(d, n)
    d.resize(2, 2)
    n.resize(2, 2, refcheck=False)
    assert_same(d, n)


def test_resize_with_queued_work(device):
    a = dp.zeros(1 << 18, device=device)
    b = a + 1  # queued work reading a holds its memory until it finishes
    a.resize(3)
    assert a.tolist() == [0.0, 0.0, 0.0] and b.shape == (1 << 18,)


def test_resize_errors(device):
    d = dp.arange(6, device=device)
    v = d[::2]
    with pytest.raises(ValueError, match="resize.*refcheck"):
        d.resize(8)
    d.resize(8, refcheck=False)
    assert d.shape == (8,) and v.tolist() == [0, 2, 4]  # the view keeps the old memory
    with pytest.raises(ValueError, match="resize.*own"):
        v.resize(2)
    with pytest.raises(ValueError, match="resize.*negative"):
        dp.zeros(2, device=device).resize(-1)


# ---------------------------------------------------------------- pickling / namespace


def test_pickle_roundtrip(device, tmp_path):
    n, d = pair(np.arange(6, dtype=np.int16).reshape(3, 2)[:, ::-1], device)
    for blob in (pickle.dumps(d), d.dumps()):
        r = pickle.loads(blob)
        assert r.device == d.device and r.usm_type == d.usm_type
        assert_same(r, n)
    d.dump(tmp_path / "x.pkl")
    with open(tmp_path / "x.pkl", "rb") as f:
        assert_same(pickle.load(f), n)
    s = dp.asarray(n, device=device, usm_type="shared")
    assert pickle.loads(pickle.dumps(s)).usm_type == "shared"


def test_unpickle_without_the_device_falls_back():
    from dparray import _np_ndarray

    with pytest.warns(RuntimeWarning, match="opencl:gpu:9"):
        r = _np_ndarray._rebuild(np.arange(3), "opencl:gpu:9", "device")
    assert r.device == dp.asarray(0).device
    assert r.tolist() == [0, 1, 2]


def test_array_namespace(device):
    d = dp.zeros(2, device=device)
    assert d.__array_namespace__() is dp
    assert d.__array_namespace__(api_version="2023.12") is dp
    with pytest.raises(ValueError, match="api_version"):
        d.__array_namespace__(api_version="2099.01")
