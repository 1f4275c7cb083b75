"""NumPy's creation functions (array and the as*array family, frombuffer / fromstring /
fromiter / fromfunction, identity, linspace with array endpoints, logspace, geomspace, indices,
diag, diagflat, tri, vander) and NumPy's keywords on empty / zeros / ones / full / *_like and
eye, against NumPy on every device, with placement and the errors NumPy raises."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp


def on(device, x):
    """x lives on device (placement follows the input or the keywords)."""
    assert x.device == dp.asarray(0, device=device).device


# ---------------------------------------------------------------- array and friends


def test_array_copy_semantics(device):
    a = np.arange(6.0).reshape(2, 3)
    x = dp.asarray(a, device=device)
    c = dp.array(x)
    assert c is not x
    assert_same(c, a)
    c[0, 0] = 100
    assert float(x[0, 0]) == 0  # a real copy
    assert dp.array(x, copy=None) is x
    assert dp.array(x, copy=False) is x
    assert_same(dp.array(x, dtype="float32", copy=None), a.astype("float32"))
    with pytest.raises(ValueError, match="array"):
        dp.array(x, dtype="float32", copy=False)
    with pytest.raises(ValueError, match="array"):
        dp.array([1, 2], copy=False, device=device)
    with pytest.raises(ValueError, match="array"):
        dp.array(x, order="F", copy=False)


def test_array_order_ndmin_and_placement(device):
    a = np.arange(6).reshape(2, 3)
    x = dp.array(a, order="F", device=device)
    on(device, x)
    assert x._is_f_contiguous and not x._is_c_contiguous
    assert_same(x, np.array(a, order="F"))
    k = dp.array(x)  # order K keeps the layout
    assert k._is_f_contiguous
    assert dp.array(x, order="C")._is_c_contiguous
    assert_same(dp.array([1, 2], ndmin=3, device=device), np.array([1, 2], ndmin=3))
    assert_same(dp.array(3.5, ndmin=1, device=device), np.array(3.5, ndmin=1))
    like = dp.asarray([1.0], device=device, usm_type="host")
    y = dp.array([[1, 2]], like=like)
    on(device, y)
    assert y.usm_type == "host"
    assert dp.array([1], usm_type="shared", device=device).usm_type == "shared"
    with pytest.raises(TypeError, match="array"):
        dp.array([1], like=np.ones(1))
    with pytest.raises(ValueError, match="array"):
        dp.array([1], order="X")


def test_as_array_family(device):
    a = np.arange(12.0).reshape(3, 4)
    x = dp.asarray(a, device=device)
    assert dp.asanyarray(x) is x
    assert_same(dp.asanyarray([[1, 2]], device=device), np.asanyarray([[1, 2]]))
    assert dp.ascontiguousarray(x) is x
    t = dp.ascontiguousarray(x.T)
    assert t._is_c_contiguous
    assert_same(t, np.ascontiguousarray(a.T))
    assert_same(dp.ascontiguousarray(5.0, device=device), np.ascontiguousarray(5.0))
    f = dp.asfortranarray(x, dtype="float32")
    assert f._is_f_contiguous
    assert_same(f, np.asfortranarray(a, dtype="float32"))
    assert_same(dp.asfortranarray(2, device=device), np.asfortranarray(2))
    on(device, f)
    assert_same(dp.asarray_chkfinite(x), np.asarray_chkfinite(a))
    assert_same(dp.asarray_chkfinite([1, 2], device=device), np.asarray_chkfinite([1, 2]))
    for bad in ([1.0, np.nan], [np.inf, 1.0]):
        with pytest.raises(ValueError, match="asarray_chkfinite"):
            dp.asarray_chkfinite(dp.asarray(bad, device=device))


# ---------------------------------------------------------------- host parsers


def test_frombuffer_fromstring_fromiter(device):
    buf = np.arange(10, dtype="int32").tobytes()
    for kw in [{}, {"count": 3}, {"offset": 8}, {"count": 2, "offset": 4}]:
        r = dp.frombuffer(buf, dtype="int32", device=device, **kw)
        on(device, r)
        assert_same(r, np.frombuffer(buf, dtype="int32", **kw))
    assert_same(dp.frombuffer(b"\x00" * 16, device=device), np.frombuffer(b"\x00" * 16))
    assert_same(
        dp.frombuffer(buf, dtype=dp.uint8, count=5, device=device), np.frombuffer(buf, np.uint8, 5)
    )
    with pytest.raises(ValueError):
        dp.frombuffer(b"\x00" * 5, dtype="int32", device=device)
    s = "1.5, 2, 3.25"
    assert_same(dp.fromstring(s, sep=",", device=device), np.fromstring(s, sep=","))
    assert_same(
        dp.fromstring("1 2 3 4", dtype="int64", count=2, sep=" ", device=device),
        np.fromstring("1 2 3 4", dtype="int64", count=2, sep=" "),
    )
    with pytest.raises(ValueError, match="fromstring"):
        dp.fromstring("1 2", sep="")
    r = dp.fromiter((i * i for i in range(5)), dtype="float32", device=device)
    on(device, r)
    assert_same(r, np.fromiter((i * i for i in range(5)), dtype="float32"))
    assert_same(dp.fromiter(iter([]), "int32", device=device), np.fromiter(iter([]), "int32"))
    assert_same(
        dp.fromiter(range(10), "int64", count=4, device=device),
        np.fromiter(range(10), "int64", count=4),
    )
    with pytest.raises(ValueError, match="fromiter"):
        dp.fromiter(range(3), "int64", count=5)
    with pytest.raises(TypeError, match="fromiter"):
        dp.fromiter(range(3), None)


def test_fromfunction_indices(device):
    r = dp.fromfunction(lambda i, j: i * 10 + j, (3, 4), device=device)
    on(device, r)
    assert_same(r, np.fromfunction(lambda i, j: i * 10 + j, (3, 4)))
    r = dp.fromfunction(lambda i, j, k=0: i - j + k, (2, 3), dtype="int32", k=5, device=device)
    assert_same(r, np.fromfunction(lambda i, j, k=0: i - j + k, (2, 3), dtype="int32", k=5))
    assert_same(dp.indices((2, 3, 4), device=device), np.indices((2, 3, 4)))
    assert_same(dp.indices((3,), dtype="int32", device=device), np.indices((3,), dtype="int32"))
    assert_same(dp.indices((2, 0), device=device), np.indices((2, 0)))
    sparse = dp.indices((2, 3), sparse=True, device=device)
    for got, exp in zip(sparse, np.indices((2, 3), sparse=True)):
        assert_same(got, exp)
        on(device, got)
    with pytest.raises(ValueError, match="indices"):
        dp.indices((2, -1))


# ---------------------------------------------------------------- ranges


def test_linspace_array_endpoints(device):
    lo = np.array([0.0, 1.0, -2.0])
    hi = np.array([[1.0, 5.0, 2.0], [3.0, 3.0, 3.0]])
    xlo, xhi = dp.asarray(lo, device=device), dp.asarray(hi, device=device)
    for kw in [{}, {"axis": 1}, {"axis": -1}, {"endpoint": False}, {"num": 1}, {"num": 0}]:
        r = dp.linspace(xlo, xhi, **{"num": 4, **kw})
        on(device, r)
        assert_same(r, np.linspace(lo, hi, **{"num": 4, **kw}), rtol=1e-12)
    assert_same(dp.linspace(xlo, 10, 5), np.linspace(lo, 10, 5), rtol=1e-12)
    assert_same(dp.linspace(0, xhi, 3, axis=2), np.linspace(0, hi, 3, axis=2), rtol=1e-12)
    assert_same(dp.linspace(xlo, 7, 6, dtype="int32"), np.linspace(lo, 7, 6, dtype="int32"))
    f32 = lo.astype("float32")
    assert_same(dp.linspace(dp.asarray(f32, device=device), 1.0, 3), np.linspace(f32, 1.0, 3))
    r, step = dp.linspace(xlo, 2.0, 5, retstep=True)
    er, estep = np.linspace(lo, 2.0, 5, retstep=True)
    assert_same(r, er, rtol=1e-12)
    assert_same(step, estep, rtol=1e-12)
    assert_same(dp.linspace([0, 1], [2, 3], 3, device=device), np.linspace([0, 1], [2, 3], 3))
    with pytest.raises(ValueError, match="linspace"):
        dp.linspace(xlo, 1.0, -1)
    with pytest.raises(IndexError):
        dp.linspace(xlo, 1.0, 3, axis=2)


def test_linspace_scalars_positional(device):
    r = dp.linspace(0, 1, 5, False, True, None, 0, device=device)
    e = np.linspace(0, 1, 5, False, True)
    assert_same(r[0], e[0])
    assert r[1] == e[1]
    assert_same(dp.linspace(2, 3, 4, axis=-1, device=device), np.linspace(2, 3, 4, axis=-1))
    with pytest.raises(IndexError):
        dp.linspace(2, 3, 4, axis=1, device=device)


def test_logspace(device):
    assert_same(dp.logspace(0, 3, 4, device=device), np.logspace(0, 3, 4))
    assert_same(
        dp.logspace(0, 3, 4, endpoint=False, base=2.0, device=device),
        np.logspace(0, 3, 4, endpoint=False, base=2.0),
    )
    assert_same(
        dp.logspace(1, 2, 3, dtype="int64", device=device), np.logspace(1, 2, 3, dtype="int64")
    )
    lo = np.array([0.0, 1.0])
    xlo = dp.asarray(lo, device=device)
    assert_same(dp.logspace(xlo, 3, 4, axis=1), np.logspace(lo, 3, 4, axis=1))
    base = np.array([[2.0], [10.0]])
    r = dp.logspace(xlo, 3, 4, base=dp.asarray(base, device=device), axis=-1)
    on(device, r)
    assert_same(r, np.logspace(lo, 3, 4, base=base, axis=-1))


def test_geomspace(device):
    for args, kw in [
        ((1, 1000, 4), {}),
        ((1000, 1, 4), {}),
        ((-1, -1000, 4), {}),
        ((1, 256, 9), {"endpoint": False}),
        ((1j, 1000j, 4), {}),
        ((-1 + 0j, 1 + 0j, 5), {}),
        ((1, 1000, 4), {"dtype": "int64"}),
        ((2.0, 3.0, 1), {}),
        ((2.0, 3.0, 0), {}),
    ]:
        r = dp.geomspace(*args, device=device, **kw)
        on(device, r)
        assert_same(r, np.geomspace(*args, **kw), rtol=1e-12, atol=1e-12)
    lo = np.array([1.0, -2.0])
    assert_same(
        dp.geomspace(dp.asarray(lo, device=device), -100.0 * np.sign(lo) * -1, 5, axis=1),
        np.geomspace(lo, -100.0 * np.sign(lo) * -1, 5, axis=1),
        rtol=1e-12,
    )
    with pytest.raises(ValueError, match="geomspace"):
        dp.geomspace(0, 10, device=device)
    with pytest.raises(ValueError, match="geomspace"):
        dp.geomspace(dp.asarray([1.0, 0.0], device=device), 10)


# ---------------------------------------------------------------- matrices


def test_identity_tri(device):
    for n, dtype in [(3, None), (1, "int32"), (0, "bool")]:
        r = dp.identity(n, dtype=dtype, device=device)
        on(device, r)
        assert_same(r, np.identity(n, dtype=dtype))
    for args in [(3,), (3, 5), (4, 2, -1), (3, 3, 2), (2, 3, 10), (0, 3)]:
        r = dp.tri(*args, device=device)
        on(device, r)
        assert_same(r, np.tri(*args))
    assert_same(dp.tri(3, dtype="int8", device=device), np.tri(3, dtype="int8"))
    with pytest.raises(ValueError, match="tri"):
        dp.tri(-1)


def test_diag_diagflat(device):
    v = np.array([1, 2, 3])
    x = dp.asarray(v, device=device)
    for k in [0, 1, -2, 5]:
        r = dp.diag(x, k)
        on(device, r)
        assert_same(r, np.diag(v, k))
    m = np.arange(12.0).reshape(3, 4)
    y = dp.asarray(m, device=device)
    for k in [0, 1, -1, 3, -3, 7]:
        assert_same(dp.diag(y, k), np.diag(m, k))
    assert_same(dp.diag(dp.asarray(np.zeros(0), device=device)), np.diag(np.zeros(0)))
    assert_same(dp.diagflat(y[:2, :2], 1), np.diagflat(m[:2, :2], 1))
    assert_same(dp.diagflat(dp.asarray(5, device=device), -1), np.diagflat(5, -1))
    with pytest.raises(ValueError, match="diag"):
        dp.diag(dp.asarray(np.zeros((2, 2, 2)), device=device))
    with pytest.raises(TypeError, match="diag"):
        dp.diag([1, 2])


def test_vander(device):
    for v in [
        np.array([1, 2, 3, 5]),
        np.array([1.5, -2.0, 0.0], "float32"),
        np.array([1 + 1j, 2j]),
        np.array([True, False]),
    ]:
        x = dp.asarray(v, device=device)
        for kw in [
            {},
            {"N": 3},
            {"N": 0},
            {"N": 1},
            {"increasing": True},
            {"N": 6, "increasing": True},
        ]:
            r = dp.vander(x, **kw)
            on(device, r)
            assert_same(r, np.vander(v, **kw), rtol=1e-12)
    with pytest.raises(ValueError, match="vander"):
        dp.vander(dp.asarray(np.ones((2, 2)), device=device))
    with pytest.raises(ValueError, match="vander"):
        dp.vander(dp.asarray([1, 2], device=device), -1)


# ---------------------------------------------------------------- keywords on the core creators


def test_order_and_positional_dtype(device):
    for fn, args in [(dp.empty, ()), (dp.zeros, ()), (dp.ones, ()), (dp.full, (7,))]:
        r = fn((2, 3, 4), *args, "int32", "F", device=device)
        assert r.dtype == dp.int32 and r._is_f_contiguous and not r._is_c_contiguous
        on(device, r)
        c = fn((2, 3), *args, dtype="float32", order="C", device=device)
        assert c._is_c_contiguous
    assert_same(dp.full((2, 3), 7, None, "F", device=device), np.full((2, 3), 7, order="F"))
    assert_same(dp.zeros((2, 3), order="F", device=device), np.zeros((2, 3), order="F"))
    like = dp.asarray([1], device=device, usm_type="shared")
    r = dp.ones(3, like=like)
    on(device, r)
    assert r.usm_type == "shared"
    with pytest.raises(ValueError, match="zeros"):
        dp.zeros(3, order="K")
    with pytest.raises(TypeError, match="empty"):
        dp.empty(3, like=[1])


def test_like_order_and_shape(device):
    a = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    x = dp.array(a, order="F", device=device)
    for fn, args in [
        (dp.empty_like, ()),
        (dp.zeros_like, ()),
        (dp.ones_like, ()),
        (dp.full_like, (2,)),
    ]:
        k = fn(x, *args)
        assert k._is_f_contiguous and k.shape == (2, 3)
        assert fn(x, *args, order="C")._is_c_contiguous
        assert fn(x, *args, None, "A")._is_f_contiguous
        s = fn(x, *args, shape=(4, 5))
        assert s.shape == (4, 5) and s._is_c_contiguous and s.dtype == x.dtype
        on(device, s)
        assert fn(x, *args, "int32", shape=7).shape == (7,)
        assert fn(x, *args, order="F", shape=(3, 2))._is_f_contiguous
    assert_same(dp.full_like(x, 3.5, shape=(2, 2)), np.full_like(a, 3.5, shape=(2, 2)))
    assert_same(
        dp.zeros_like(x, "int16", "K", True, (3,)), np.zeros_like(a, "int16", "K", True, (3,))
    )
    t = np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1)
    y = dp.asarray(np.ascontiguousarray(t.transpose(1, 2, 0)), device=device).transpose(2, 0, 1)
    got = dp.empty_like(y)
    assert got.strides == np.empty_like(t).strides
    with pytest.raises(ValueError, match="ones_like"):
        dp.ones_like(x, order="X")


def test_eye_numpy_signature(device):
    for args, kw in [
        ((3,), {}),
        ((3, 5), {}),
        ((4, 2, -1), {}),
        ((3, None, 1), {}),
        ((3,), {"M": 4, "k": 2}),
        ((2, 3), {"dtype": "int32"}),
    ]:
        r = dp.eye(*args, device=device, **kw)
        on(device, r)
        assert_same(r, np.eye(*args, **kw))
    assert_same(dp.eye(3, 4, 1, "int8", "F", device=device), np.eye(3, 4, 1, "int8", "F"))
    assert dp.eye(3, 4, order="F", device=device)._is_f_contiguous
    assert_same(dp.eye(n_rows=2, n_cols=3, k=1, device=device), np.eye(2, 3, 1))
    assert_same(dp.eye(3, n_cols=2, device=device), np.eye(3, 2))
    with pytest.raises(TypeError, match="eye"):
        dp.eye()
    with pytest.raises(TypeError, match="eye"):
        dp.eye(2, 3, M=3)
    with pytest.raises(ValueError, match="eye"):
        dp.eye(-1)


def test_asarray_numpy_signature(device):
    a = np.arange(12.0).reshape(3, 4)
    x = dp.asarray(a, device=device)
    v = x[:, ::2]
    for order in ["K", "A", None]:
        assert dp.asarray(v, order=order) is v  # K and A keep any layout, as NumPy
    c = dp.asarray(v, order="C")
    assert c._is_c_contiguous and c is not v
    assert_same(c, np.asarray(a[:, ::2], order="C"))
    f = dp.asarray(x, None, "F")
    assert f._is_f_contiguous and not f._is_c_contiguous
    assert_same(f, a)
    assert dp.asarray(f, order="F") is f
    h = dp.asarray([[1, 2], [3, 4]], "float32", "F", device=device)
    assert h._is_f_contiguous and h.dtype == dp.float32
    with pytest.raises(ValueError, match="asarray"):
        dp.asarray(v, order="C", copy=False)
    with pytest.raises(ValueError, match="asarray"):
        dp.asarray(x, order="Q")
    like = dp.asarray([1], device=device, usm_type="host")
    y = dp.asarray([1, 2], like=like)
    on(device, y)
    assert y.usm_type == "host"
