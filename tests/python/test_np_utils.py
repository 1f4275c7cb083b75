"""NumPy's utility functions against NumPy on every device: applying functions, piecewise,
frompyfunc, type queries, memory overlap, packbits / unpackbits, integer formatting, error
state and print options."""

import io

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

X = np.arange(24.0).reshape(2, 3, 4)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_apply_along_axis(device, axis):
    x = dp.asarray(X, device=device)
    assert_same(dp.apply_along_axis(dp.sum, axis, x), np.apply_along_axis(np.sum, axis, X))
    got = dp.apply_along_axis(lambda v: v[:2] * 2, axis, x)
    assert_same(got, np.apply_along_axis(lambda v: v[:2] * 2, axis, X))
    got = dp.apply_along_axis(lambda v: dp.reshape(v, (1, -1)), axis, x)
    assert_same(got, np.apply_along_axis(lambda v: v.reshape(1, -1), axis, X))
    with pytest.raises(IndexError, match="apply_along_axis"):
        dp.apply_along_axis(dp.sum, 3, x)
    with pytest.raises(ValueError, match="apply_along_axis"):
        dp.apply_along_axis(dp.sum, 0, dp.ones((2, 0), device=device))


def test_apply_over_axes(device):
    x = dp.asarray(X, device=device)
    assert_same(dp.apply_over_axes(dp.sum, x, [0, 2]), np.apply_over_axes(np.sum, X, [0, 2]))
    assert_same(dp.apply_over_axes(dp.sum, x, 1), np.apply_over_axes(np.sum, X, 1))
    with pytest.raises(ValueError, match="apply_over_axes"):
        dp.apply_over_axes(lambda a, ax: dp.sum(a), x, [0])


def test_piecewise(device):
    v = np.linspace(-2, 2, 9)
    x = dp.asarray(v, device=device)
    assert_same(
        dp.piecewise(x, [x < 0, x >= 0], [lambda t: -t, lambda t: t * 2]),
        np.piecewise(v, [v < 0, v >= 0], [lambda t: -t, lambda t: t * 2]),
    )
    assert_same(
        dp.piecewise(x, [x < 0], [lambda t: -t, 1.5]), np.piecewise(v, [v < 0], [lambda t: -t, 1.5])
    )
    assert_same(dp.piecewise(x, x > 1, [7.0]), np.piecewise(v, v > 1, [7.0]))
    s = dp.asarray(3.0, device=device)
    assert_same(
        dp.piecewise(s, [True, False], [1.0, 2.0]),
        np.piecewise(np.float64(3.0), [True, False], [1.0, 2.0]),
    )
    with pytest.raises(ValueError, match="piecewise"):
        dp.piecewise(x, [x < 0], [1.0, 2.0, 3.0])


def test_frompyfunc(device):
    f = dp.frompyfunc(lambda a, b: a * 10 + b, 2, 1)
    assert f.nin == 2 and f.nout == 1
    got = f(dp.arange(3, device=device), dp.asarray([[1], [2]], device=device))
    want = np.frompyfunc(lambda a, b: a * 10 + b, 2, 1)(np.arange(3), np.array([[1], [2]])).astype(
        np.int64
    )
    assert_same(got, want)
    assert got.sycl_device == device
    g = dp.frompyfunc(divmod, 2, 2)
    q, r = g(dp.arange(5, device=device), 2)
    assert_same(q, np.arange(5) // 2)
    assert_same(r, np.arange(5) % 2)
    with pytest.raises(TypeError, match="frompyfunc"):
        dp.frompyfunc(3, 1, 1)
    with pytest.raises(TypeError, match="frompyfunc"):
        dp.frompyfunc(str, 1, 1)(dp.arange(2, device=device))


DT = [
    "bool",
    "int8",
    "uint8",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]


def test_type_queries():
    for a in DT:
        da = dp.ones(2, dtype=getattr(dp, a))
        assert dp.iscomplexobj(da) == np.iscomplexobj(np.ones(2, a))
        assert dp.isrealobj(da) == np.isrealobj(np.ones(2, a))
        assert dp.mintypecode([da]) == np.mintypecode([np.ones(2, a)])
        for b in DT[1:]:
            if a == "bool":
                continue
            got = dp.common_type(da, dp.ones(2, dtype=getattr(dp, b)))
            assert str(got) == np.dtype(np.common_type(np.ones(2, a), np.ones(2, b))).name
        for abstract in (np.floating, np.integer, np.complexfloating, np.number, np.signedinteger):
            assert dp.issubdtype(getattr(dp, a), abstract) == np.issubdtype(np.dtype(a), abstract)
    with pytest.raises(TypeError, match="common_type"):
        dp.common_type(dp.ones(2, dtype=dp.bool))
    assert str(dp.common_type()) == "float16"
    assert dp.iscomplexobj(1j) and not dp.iscomplexobj(1.0)
    assert dp.issubdtype(dp.float32, dp.float32) and not dp.issubdtype(dp.float32, dp.float64)
    for v in (3.0, 1, True, "s", b"b", 1j, np.float32(2)):
        assert dp.isscalar(v) == np.isscalar(v)
    assert not dp.isscalar(dp.asarray(3.0)) and not dp.isscalar([1])
    for v in (0, 255, 256, -1, -129, 3.5, 1e300, 1 + 1j, 2**40):
        assert str(dp.min_scalar_type(v)) == str(np.min_scalar_type(v))
    assert dp.min_scalar_type(dp.ones(3, dtype=dp.int32)) == dp.int32
    for chars in ("", "fd", "Fd", "ifdF", "?b", "gG"):
        assert dp.mintypecode(chars) == np.mintypecode(chars)
    for c in ("d", "?", "F", "S1", "O", "l"):
        assert dp.typename(c) == np.typename(c)
    for v in ([1], (), "ab", 3, dp.arange(2), dp.asarray(2.0)):
        assert dp.iterable(v) == np.iterable(
            np.asarray(2.0)
            if isinstance(v, dp.ndarray) and v.ndim == 0
            else v
            if not isinstance(v, dp.ndarray)
            else [0]
        )
    x = dp.ones((3, 4))
    assert not dp.isfortran(x) and dp.isfortran(x.T) and not dp.isfortran(dp.ones(3))
    with pytest.raises(TypeError, match="isfortran"):
        dp.isfortran([1])


@pytest.mark.parametrize("n", [0, 5, -5, 35, -35, 255, 2**40])
def test_integer_formatting(n):
    for base, pad in ((2, 0), (16, 3), (36, 0), (7, 1)):
        assert dp.base_repr(n, base, pad) == np.base_repr(n, base, pad)
    assert dp.binary_repr(n) == np.binary_repr(n)
    for w in (8, 12, 64):
        try:
            want = np.binary_repr(n, w)
        except ValueError:
            with pytest.raises(ValueError, match="width"):
                dp.binary_repr(n, w)
        else:
            assert dp.binary_repr(n, w) == want
    with pytest.raises(ValueError, match="base_repr"):
        dp.base_repr(n, 37)


def test_memory_overlap(device):
    a = dp.arange(20, device=device)
    na = np.arange(20)
    views = [
        (lambda x: x[::2], lambda x: x[1::2]),
        (lambda x: x[:10], lambda x: x[9:]),
        (lambda x: x[:10], lambda x: x[10:]),
        (lambda x: x.reshape(4, 5)[:, 1], lambda x: x.reshape(4, 5)[1]),
        (lambda x: x.reshape(4, 5)[:, 0], lambda x: x.reshape(4, 5)[1:, 2]),
        (lambda x: x[::-1], lambda x: x[5:6]),
        (lambda x: x[:0], lambda x: x),
    ]
    for f, g in views:
        assert dp.shares_memory(f(a), g(a)) == np.shares_memory(f(na), g(na))
        assert dp.may_share_memory(f(a), g(a)) == np.may_share_memory(f(na), g(na))
    assert not dp.shares_memory(a, dp.arange(20, device=device))
    assert not dp.may_share_memory(a, na)
    assert dp.shares_memory(na, na[3:])


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
@pytest.mark.parametrize("bitorder", ["big", "little"])
def test_packbits_unpackbits(device, axis, bitorder):
    bits = np.random.default_rng(1).integers(0, 3, (3, 11)).astype(np.int32)
    p = dp.packbits(dp.asarray(bits, device=device), axis=axis, bitorder=bitorder)
    want = np.packbits(bits, axis=axis, bitorder=bitorder)
    assert_same(p, want)
    for count in (None, 5, -3, 40):
        if axis is not None and count == 40:
            continue
        assert_same(
            dp.unpackbits(p, axis=axis, count=count, bitorder=bitorder),
            np.unpackbits(want, axis=axis, count=count, bitorder=bitorder),
        )


def test_packbits_errors(device):
    with pytest.raises(TypeError, match="packbits"):
        dp.packbits(dp.ones(3, device=device))
    with pytest.raises(TypeError, match="unpackbits"):
        dp.unpackbits(dp.ones(3, dtype=dp.int32, device=device))
    with pytest.raises(ValueError, match="packbits"):
        dp.packbits(dp.ones(3, dtype=dp.bool, device=device), bitorder="middle")
    with pytest.raises(IndexError, match="unpackbits"):
        dp.unpackbits(dp.ones(3, dtype=dp.uint8, device=device), axis=1)
    assert_same(
        dp.packbits(dp.zeros((0,), dtype=dp.bool, device=device)), np.packbits(np.zeros(0, bool))
    )


def test_error_state():
    assert dp.geterr() == np.geterr()
    old = dp.seterr(all="raise")
    assert old == {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}
    assert set(dp.geterr().values()) == {"raise"}
    dp.seterr(**old)
    with dp.errstate(divide="ignore", call=print):
        assert dp.geterr()["divide"] == "ignore" and dp.geterrcall() is print
    assert dp.geterr() == old and dp.geterrcall() is None

    @dp.errstate(over="raise")
    def f():
        return dp.geterr()["over"]

    assert f() == "raise" and dp.geterr()["over"] == "warn"
    with pytest.raises(ValueError, match="seterr"):
        dp.seterr(divide="bad")
    with pytest.raises(ValueError, match="errstate"):
        dp.errstate(under="bad")
    with pytest.raises(ValueError, match="seterrcall"):
        dp.seterrcall(3)
    # device math reports no floating-point errors whatever the settings
    with dp.errstate(all="raise"):
        r = dp.asarray([1.0, 0.0]) / dp.asarray([0.0, 0.0])
    assert_same(r, np.array([np.inf, np.nan]))


def test_bufsize():
    assert dp.getbufsize() == np.getbufsize()
    assert dp.setbufsize(4096) == 8192 and dp.getbufsize() == 4096
    dp.setbufsize(8192)
    for bad in (4, 17, 10**8):
        with pytest.raises(ValueError, match="Buffer size"):
            dp.setbufsize(bad)


def test_print_options():
    x = dp.asarray([1 / 3, 2 / 3, 1e-9])
    n = dp.asnumpy(x)
    assert dp.get_printoptions() == np.get_printoptions()
    with dp.printoptions(precision=3, suppress=True):
        with np.printoptions(precision=3, suppress=True):
            assert repr(x) == repr(n) and str(x) == str(n)
            assert dp.array2string(x, separator=", ") == np.array2string(n, separator=", ")
        assert dp.get_printoptions()["precision"] == 3
    assert dp.get_printoptions()["precision"] == 8
    assert repr(x) == repr(n)
    assert np.get_printoptions()["precision"] == 8  # NumPy's own options are untouched
    big = dp.arange(2000)
    dp.set_printoptions(threshold=10, edgeitems=2)
    try:
        assert str(big) == "[   0    1 ... 1998 1999]"
    finally:
        dp.set_printoptions(threshold=1000, edgeitems=3)
    assert dp.array_repr(x) == np.array_repr(n) and dp.array_str(x, precision=2) == np.array_str(
        n, precision=2
    )
    with pytest.raises(ValueError):
        dp.set_printoptions(floatmode="nope")
    with pytest.raises(TypeError, match="array2string"):
        dp.array2string([1, 2])
    assert dp.format_float_positional(dp.asarray(0.1)) == np.format_float_positional(0.1)
    assert dp.format_float_scientific(1e-5, precision=2) == np.format_float_scientific(
        1e-5, precision=2
    )
    with pytest.raises(TypeError, match="format_float_positional"):
        dp.format_float_positional(3)


def test_reports(capsys):
    dp.show_config()
    dp.show_runtime()
    out = capsys.readouterr().out
    for d in dp.get_devices():
        assert d.filter_string in out
    inc = dp.get_include()
    import os

    assert os.path.isfile(os.path.join(inc, "dparray", "array", "array.h"))
    buf = io.StringIO()
    dp.info("einsum", output=buf)
    assert "Einstein summation" in buf.getvalue()
    buf = io.StringIO()
    dp.info(dp.kron, output=buf)
    assert buf.getvalue().startswith(" kron(")
    buf = io.StringIO()
    dp.info("no_such_name", output=buf)
    assert "not found" in buf.getvalue()
