"""dparray.ufunc against NumPy's ufuncs on every device: the attributes, __call__'s keywords
(out=, where=, dtype=, casting=, order=), and the methods reduce (axis, dtype, keepdims,
initial, where), accumulate, reduceat, outer and at, with their edge cases and errors."""

import inspect

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

UFUNCS = sorted(n for n in dir(dp) if isinstance(getattr(dp, n), dp.ufunc))


def test_every_catalogue_op_is_a_ufunc():
    for name in ["add", "sin", "maximum", "logical_and", "bitwise_xor", "isnan"]:
        assert isinstance(getattr(dp, name), dp.ufunc), name
    # numpy.where is a function (one argument gives nonzero); its 3-argument core is a ufunc
    assert isinstance(dp._core.where, dp.ufunc) and not isinstance(dp.where, dp.ufunc)
    # aliases are the same objects
    assert dp.absolute is dp.abs and dp.power is dp.pow and dp.acosh is dp.arccosh
    assert not isinstance(dp.clip, dp.ufunc) and not isinstance(dp.round, dp.ufunc)


@pytest.mark.parametrize("name", UFUNCS)
def test_attributes_match_numpy(name):
    u = getattr(dp, name)
    assert u.nargs == u.nin + u.nout and u.nout == 1 and u.signature is None
    assert u.ntypes == len(u.types) > 0
    assert repr(u) == f"<ufunc '{u.__name__}'>" and u.__qualname__ == u.__name__
    assert u.__name__ in u.__doc__
    params = list(inspect.signature(u).parameters)
    assert len(params) >= u.nin and params[u.nin] == "out"
    nu = getattr(np, name, None)
    if not isinstance(nu, np.ufunc):
        return
    assert (u.nin, u.nout, u.nargs) == (nu.nin, nu.nout, nu.nargs)
    if nu.identity is None or u.identity is None:
        assert u.identity is None and nu.identity is None
    else:
        assert u.identity == nu.identity
    ours = set(u.types)
    assert ours <= set(nu.types) | {"??->?"}, ours - set(nu.types)


def test_types_strings():
    assert dp.add.types[:3] == ["??->?", "bb->b", "BB->B"]
    assert "dd->d" in dp.divide.types and "ll->l" not in dp.divide.types
    assert "ll->?" in dp.less.types and "F->f" in dp.abs.types
    assert dp._core.where.types[0] == "???->?"


# ---------------------------------------------------------------- __call__ keywords


def test_call_out_and_where(device):
    a = np.arange(6.0).reshape(2, 3)
    x = dp.asarray(a, device=device)
    o = dp.zeros((2, 3), device=device)
    assert dp.add(x, 1, out=o) is o
    assert_same(o, a + 1)
    o2 = dp.zeros((2, 3), device=device)
    assert dp.add(x, x, o2) is o2
    assert_same(o2, a + a)
    assert dp.multiply(x, 2, out=(o,)) is o
    assert_same(o, a * 2)
    m = np.array([True, False, True])
    base = np.full((2, 3), -1.0)
    ob = dp.asarray(base, device=device)
    dp.sin(x, out=ob, where=dp.asarray(m, device=device))
    exp = base.copy()
    np.sin(a, out=exp, where=m)
    assert_same(ob, exp)
    r = dp.add(x, 1, where=True)
    assert_same(r, a + 1)


def test_call_dtype_casting_order(device, fp64):
    a = np.arange(6, dtype=np.int16).reshape(2, 3)
    x = dp.asarray(a, device=device)
    assert_same(dp.add(x, x, dtype="float32"), np.add(a, a, dtype=np.float32))
    assert_same(dp.add(x, 1, casting="unsafe"), a + 1)
    with pytest.raises(TypeError, match="casting rule 'no'"):
        dp.add(x, dp.asarray(a.astype(np.int32), device=device), casting="no")
    with pytest.raises(TypeError, match="same_kind"):
        dp.add(x, 1.5, out=dp.zeros((2, 3), dtype="int16", device=device))
    o = dp.zeros((2, 3), dtype="int16", device=device)
    dp.add(x, 1.5, out=o, casting="unsafe")
    assert_same(o, np.add(a, 1.5, out=np.zeros((2, 3), np.int16), casting="unsafe"))
    with pytest.raises(ValueError, match="casting must be one of"):
        dp.add(x, 1, casting="bogus")
    with pytest.raises(ValueError, match="order must be one of"):
        dp.add(x, 1, order="Z")
    f = dp.add(x, 1, order="F")
    assert_same(f, a + 1)
    assert f.strides == (2, 4)  # bytes: Fortran order
    with pytest.raises(TypeError, match="unexpected keyword"):
        dp.add(x, 1, foo=1)
    with pytest.raises(ValueError, match="exactly one entry"):
        dp.add(x, 1, out=(o, o))


def test_call_errors(device):
    x = dp.arange(3, device=device)
    with pytest.raises(TypeError, match="numpy.ndarray"):
        dp.add(x, np.arange(3))
    with pytest.raises(TypeError, match="positional"):
        dp.add(x)
    with pytest.raises(TypeError):
        dp.add(x, 1, out=np.zeros(3))


# ---------------------------------------------------------------- reduce


def _arr(device, dtype="float64", shape=(3, 4)):
    rng = np.random.default_rng(1)
    a = (rng.random(shape) * 10).astype(dtype)
    return a, dp.asarray(a, device=device)


@pytest.mark.parametrize(
    "name", ["add", "multiply", "maximum", "minimum", "logical_and", "logical_or", "hypot"]
)
def test_reduce_reorderable(device, name):
    a, x = _arr(device, "float32")
    u, nu = getattr(dp, name), getattr(np, name)
    for axis in [0, -1, None, (0, 1)]:
        assert_same(u.reduce(x, axis=axis), nu.reduce(a, axis=axis), rtol=1e-5)
    assert_same(u.reduce(x, axis=1, keepdims=True), nu.reduce(a, axis=1, keepdims=True), rtol=1e-5)
    assert_same(u.reduce(x), nu.reduce(a), rtol=1e-5)  # axis=0 by default


def test_reduce_bitwise_and_sequential(device):
    a, x = _arr(device, "int32", (5, 7))
    for name in ["bitwise_and", "bitwise_or", "bitwise_xor", "subtract", "floor_divide"]:
        u, nu = getattr(dp, name), getattr(np, name)
        b = a + 1
        y = dp.asarray(b, device=device)
        for axis in [0, 1, -1]:
            assert_same(u.reduce(y, axis=axis), nu.reduce(b, axis=axis))
    assert_same(dp.bitwise_xor.reduce(x, axis=None), np.bitwise_xor.reduce(a, axis=None))
    u8 = np.array([[7, 3], [5, 6]], np.uint8)
    assert_same(
        dp.bitwise_and.reduce(dp.asarray(u8, device=device), axis=None),
        np.bitwise_and.reduce(u8, axis=None),
    )


def test_reduce_dtype_initial_where(device):
    a = np.arange(12, dtype=np.int8).reshape(3, 4)
    x = dp.asarray(a, device=device)
    assert_same(dp.add.reduce(x, axis=1), np.add.reduce(a, axis=1))  # int8 -> int64
    assert_same(dp.maximum.reduce(x, axis=1), np.maximum.reduce(a, axis=1))  # stays int8
    assert_same(dp.add.reduce(x, axis=0, dtype="int16"), np.add.reduce(a, axis=0, dtype=np.int16))
    assert_same(dp.add.reduce(x, axis=0, initial=5), np.add.reduce(a, axis=0, initial=5))
    m = np.array([True, False, True, True])
    mw = dp.asarray(m, device=device)
    assert_same(dp.add.reduce(x, axis=1, where=mw), np.add.reduce(a, axis=1, where=m))
    assert_same(
        dp.maximum.reduce(x, axis=1, where=mw, initial=-3),
        np.maximum.reduce(a, axis=1, where=m, initial=-3),
    )
    assert_same(
        dp.add.reduce(x, axis=None, where=mw, initial=2),
        np.add.reduce(a, axis=None, where=m, initial=2),
    )
    with pytest.raises(ValueError, match="to use a where mask one has to specify 'initial'"):
        dp.maximum.reduce(x, axis=1, where=mw)
    o = dp.zeros(4, dtype="int64", device=device)
    assert dp.add.reduce(x, axis=0, out=o) is o
    assert_same(o, np.add.reduce(a, axis=0))


def test_reduce_empty_and_errors(device):
    e = dp.zeros((0, 3), device=device)
    assert_same(dp.add.reduce(e, axis=0), np.add.reduce(np.zeros((0, 3)), axis=0))
    assert_same(dp.multiply.reduce(e, axis=0), np.ones(3))
    assert_same(dp.maximum.reduce(e, axis=0, initial=-1.0), np.full(3, -1.0))
    with pytest.raises(
        ValueError, match="zero-size array to reduction operation maximum which has no identity"
    ):
        dp.maximum.reduce(e, axis=0)
    assert_same(dp.maximum.reduce(e, axis=1), np.maximum.reduce(np.zeros((0, 3)), axis=1))
    x = dp.ones((2, 3), device=device)
    with pytest.raises(ValueError, match="not reorderable"):
        dp.subtract.reduce(x, axis=(0, 1))
    for exc in (IndexError, ValueError, dp.AxisError):  # NumPy's AxisError is both
        with pytest.raises(exc, match="axis 2 is out of bounds"):
            dp.add.reduce(x, axis=2)
    with pytest.raises(dp.AxisError):
        dp.add.accumulate(x, axis=-3)
    with pytest.raises(dp.AxisError):
        dp.add.reduceat(x, [0], axis=5)
    with pytest.raises(ValueError, match="only supported for binary functions"):
        dp.sin.reduce(x)
    with pytest.raises(TypeError):
        dp.add.reduce(np.ones(3))
    nan = dp.asarray([1.0, np.nan, 3.0], device=device)
    assert np.isnan(float(dp.maximum.reduce(nan)))


# ---------------------------------------------------------------- accumulate / reduceat / outer


@pytest.mark.parametrize(
    "name", ["add", "multiply", "maximum", "minimum", "subtract", "bitwise_or"]
)
def test_accumulate(device, name):
    a = (np.arange(1, 21, dtype=np.int32) % 7 + 1).reshape(4, 5)
    x = dp.asarray(a, device=device)
    u, nu = getattr(dp, name), getattr(np, name)
    for axis in [0, 1, -1]:
        assert_same(u.accumulate(x, axis=axis), nu.accumulate(a, axis=axis))


def test_accumulate_edges(device):
    a = np.array([3.0, 1.0, np.nan, 2.0, 5.0])
    x = dp.asarray(a, device=device)
    assert_same(dp.maximum.accumulate(x), np.maximum.accumulate(a))
    assert_same(dp.add.accumulate(x, dtype="float32"), np.add.accumulate(a, dtype=np.float32))
    b = np.array([True, False, True])
    assert_same(dp.add.accumulate(dp.asarray(b, device=device)), np.add.accumulate(b))
    assert_same(dp.add.accumulate(dp.zeros(0, device=device)), np.add.accumulate(np.zeros(0)))
    with pytest.raises(TypeError, match="cannot accumulate on a scalar"):
        dp.add.accumulate(dp.asarray(1.0, device=device))
    with pytest.raises(ValueError):
        dp.sin.accumulate(x)


def test_reduceat(device):
    a = np.arange(24, dtype=np.float64).reshape(3, 8)
    x = dp.asarray(a, device=device)
    for idx in [[0, 4, 1, 5], [0, 2, 2, 7], [3]]:
        assert_same(dp.add.reduceat(x, idx, axis=1), np.add.reduceat(a, idx, axis=1))
        assert_same(dp.maximum.reduceat(x, idx, axis=1), np.maximum.reduceat(a, idx, axis=1))
    assert_same(dp.add.reduceat(x, [0, 2]), np.add.reduceat(a, [0, 2]))
    i8 = np.arange(8, dtype=np.int8)
    assert_same(dp.add.reduceat(dp.asarray(i8, device=device), [0, 3]), np.add.reduceat(i8, [0, 3]))
    with pytest.raises(IndexError, match="out-of-bounds"):
        dp.add.reduceat(x, [0, 8], axis=1)


def test_outer(device):
    a, b = np.arange(3.0), np.arange(4.0).reshape(2, 2)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    for name in ["add", "multiply", "greater", "arctan2"]:
        assert_same(getattr(dp, name).outer(x, y), getattr(np, name).outer(a, b))
    with pytest.raises(ValueError, match="binary"):
        dp.sin.outer(x, y)


# ---------------------------------------------------------------- at


@pytest.mark.parametrize("dtype", ["float64", "int32", "float32", "int8"])
def test_at_repeated_indices(device, fp64, dtype):
    if dtype == "float64" and not fp64:
        pytest.skip("no float64")
    rng = np.random.default_rng(2)
    idx = rng.integers(-50, 50, 2000)
    vals = rng.integers(0, 3, 2000).astype(dtype)
    for name in ["add", "maximum", "subtract"]:
        a = np.zeros(50, dtype)
        x = dp.asarray(a, device=device)
        getattr(dp, name).at(x, dp.asarray(idx, device=device), dp.asarray(vals, device=device))
        getattr(np, name).at(a, idx, vals)
        assert_same(x, a, rtol=1e-5)
    a = np.ones(10, dtype)
    x = dp.asarray(a, device=device)
    dp.multiply.at(x, [1, 1, 3], 2)
    np.multiply.at(a, [1, 1, 3], 2)
    assert_same(x, a)


def test_at_shapes_and_unary(device):
    a = np.arange(12.0).reshape(4, 3)
    x = dp.asarray(a, device=device)
    dp.add.at(x, [0, 2, 0], dp.asarray([1.0, 2.0, 3.0], device=device))
    np.add.at(a, [0, 2, 0], np.array([1.0, 2.0, 3.0]))
    assert_same(x, a)
    dp.negative.at(x, [1, 1, 3])
    np.negative.at(a, [1, 1, 3])
    assert_same(x, a)
    dp.add.at(x, ([0, 1, 0], [2, 2, 2]), 1.0)
    np.add.at(a, ([0, 1, 0], [2, 2, 2]), 1.0)
    assert_same(x, a)
    dp.add.at(x, 3, 10.0)
    np.add.at(a, 3, 10.0)
    assert_same(x, a)
    dp.add.at(x, [[0, 1], [1, 1]], dp.asarray([[1.0], [2.0]], device=device).reshape(2, 1, 1))
    np.add.at(a, [[0, 1], [1, 1]], np.array([[1.0], [2.0]]).reshape(2, 1, 1))
    assert_same(x, a)
    f = np.zeros(4, np.float32)
    y = dp.asarray(f, device=device)
    dp.add.at(y, [0, 0, 1], 0.5)
    np.add.at(f, [0, 0, 1], 0.5)
    assert_same(y, f)
    dp.add.at(y, [], 1.0)


def test_at_errors(device):
    x = dp.zeros(5, device=device)
    with pytest.raises(IndexError, match="out of bounds"):
        dp.add.at(x, [0, 7], 1.0)
    with pytest.raises(IndexError, match="out of bounds"):
        dp.add.at(x, [-6], 1.0)
    xi = dp.zeros(5, dtype="int64", device=device)
    with pytest.raises(TypeError, match="same_kind"):
        dp.add.at(xi, [0], 1.5)
    with pytest.raises(ValueError, match="second operand"):
        dp.add.at(x, [0])
    with pytest.raises(ValueError, match="unary"):
        dp.negative.at(x, [0], 1.0)
    with pytest.raises(IndexError, match="integer"):
        dp.add.at(x, dp.asarray([0.5], device=device), 1.0)
    with pytest.raises(TypeError):
        dp.add.at(x, slice(0, 2), 1.0)


def test_where_clip_round_still_work(device):
    a = np.array([-1.5, 0.5, 2.5])
    x = dp.asarray(a, device=device)
    assert_same(dp.where(x > 0, x, 0.0), np.where(a > 0, a, 0.0))
    assert_same(dp.clip(x, -1, 1), np.clip(a, -1, 1))
    assert_same(dp.round(x), np.round(a))
    assert_same(dp.round(x, 1), np.round(a, 1))


# ---------------------------------------------------------------- reductions' initial= / where=


def test_reductions_initial_where(device):
    a = np.arange(12, dtype=np.float32).reshape(3, 4) - 5
    x = dp.asarray(a, device=device)
    m = np.array([[True, False, True, True]] * 3)
    m[1, 0] = False
    w = dp.asarray(m, device=device)
    for name in ["sum", "prod", "max", "min"]:
        f, nf = getattr(dp, name), getattr(np, name)
        for axis in [None, 0, 1]:
            assert_same(f(x, axis=axis, initial=3.0), nf(a, axis=axis, initial=3.0), rtol=1e-5)
            assert_same(
                f(x, axis=axis, where=w, initial=-1.0),
                nf(a, axis=axis, where=m, initial=-1.0),
                rtol=1e-5,
            )
        assert_same(x.sum(axis=1, where=w), a.sum(axis=1, where=m))
    for name in ["any", "all"]:
        f, nf = getattr(dp, name), getattr(np, name)
        assert_same(f(x > 0, axis=0, where=w), nf(a > 0, axis=0, where=m))
    assert_same(dp.mean(x, axis=1, where=w), np.mean(a, axis=1, where=m))
    assert_same(dp.mean(x, where=w), np.mean(a, where=m))
    assert_same(dp.amax(x, axis=0, initial=100.0), np.amax(a, axis=0, initial=100.0))
    assert_same(dp.sum(x, where=False), np.sum(a, where=False))
    e = dp.zeros((0, 2), device=device)
    assert_same(dp.max(e, axis=0, initial=-2.0), np.max(np.zeros((0, 2)), axis=0, initial=-2.0))
    assert_same(dp.sum(e, axis=0, initial=1.5), np.sum(np.zeros((0, 2)), axis=0, initial=1.5))
    with pytest.raises(ValueError, match="max.*identity"):
        dp.max(x, where=w)
    with pytest.raises(ValueError, match="zero-size"):
        dp.min(e, axis=0)
    with pytest.raises(ValueError, match="broadcast"):
        dp.sum(x, where=dp.ones((2, 4), dtype="bool", device=device))
    with pytest.raises(TypeError, match="boolean"):
        dp.sum(x, where=dp.ones(4, dtype="int32", device=device))
    i = np.arange(6, dtype=np.int8)
    xi = dp.asarray(i, device=device)
    assert_same(dp.sum(xi, initial=3), np.sum(i, initial=3))
    assert_same(
        dp.prod(xi + 1, dtype="int16", initial=2), np.prod(i + 1, dtype=np.int16, initial=2)
    )


def test_outer_keywords(device):
    a, b = np.arange(3, dtype=np.int32), np.arange(4, dtype=np.int32)
    x, y = dp.asarray(a, device=device), dp.asarray(b, device=device)
    o = dp.zeros((3, 4), dtype="int64", device=device)
    assert dp.multiply.outer(x, y, out=o) is o
    assert_same(o, np.multiply.outer(a, b).astype(np.int64))
    assert_same(dp.add.outer(x, y, dtype="float32"), np.add.outer(a, b, dtype=np.float32))
    assert_same(dp.add.outer(x, 2), np.add.outer(a, 2))
    with pytest.raises(TypeError, match="casting rule 'safe'"):
        dp.add.outer(x, y, out=dp.zeros((3, 4), dtype="int8", device=device), casting="safe")
