"""Temporary elision: `a * b + c` computes `+ c` into the temporary `a * b` when nothing else
references it, and never reuses an array that is referenced, a view, exported or too small."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

N = 1 << 17  # 512 KiB of float32: above the 256 KiB threshold


def elided():
    return dp._core._elided_temporaries()


def inputs(device, n=N, dtype="float32"):
    x = np.arange(n, dtype=dtype) % 7
    return x, dp.asarray(x, device=device), dp.asarray(x + 1, device=device)


def test_plain_expression_reuses_the_temporary(device):
    x, a, b = inputs(device)
    before = elided()
    r = a * b + a - 2.0 * (a * b)  # two temporaries reused: (a*b)+a, then t - (2*(a*b))
    assert elided() - before >= 2
    assert_same(r, x * (x + 1) + x - 2.0 * (x * (x + 1)))
    assert_same(a, x)
    assert_same(b, x + 1)


def test_temporary_from_a_function_and_reflected_operators(device):
    x, a, b = inputs(device)

    def product():
        return a * b

    before = elided()
    r = 3.0 - product()  # reflected: computed into the function's result
    s = b + product()  # the temporary on the right
    assert elided() - before == 2
    assert_same(r, 3.0 - x * (x + 1))
    assert_same(s, (x + 1) + x * (x + 1))


def test_referenced_arrays_are_never_overwritten(device):
    x, a, b = inputs(device)
    t = a * b
    before = elided()
    r = t + a
    assert elided() == before
    assert_same(t, x * (x + 1))
    assert_same(r, x * (x + 1) + x)
    keep = [a * b]
    r = keep[0] + a
    assert elided() == before
    assert_same(keep[0], x * (x + 1))


def test_views_are_never_reused(device):
    x, a, b = inputs(device)
    before = elided()
    r = (a * b)[1:] + a[1:]  # a temporary view: it does not span its allocation
    assert_same(r, (x * (x + 1))[1:] + x[1:])
    # a temporary whose allocation another live array views
    holder = [a * b]
    view = holder[0][::2]
    r = holder.pop() + a
    assert_same(view, (x * (x + 1))[::2])
    assert_same(r, x * (x + 1) + x)
    assert elided() == before
    # A reshaped temporary spans the whole allocation and nothing else holds it (the
    # temporary it came from is gone): reusing it is safe, as for any temporary.
    r = (a * b).reshape(-1, 4) + 1.0
    assert_same(r, (x * (x + 1)).reshape(-1, 4) + 1.0)


def test_dlpack_export_is_never_reused():
    x, a, b = inputs("host")
    holder = [a * b]
    exported = np.from_dlpack(holder[0])
    before = elided()
    r = holder.pop() + a
    assert elided() == before
    np.testing.assert_array_equal(exported, x * (x + 1))
    assert_same(r, x * (x + 1) + x)


@pytest.mark.parametrize(
    "expr, reused",
    [
        (lambda a, b: (a * b) + 1.5, True),
        (lambda a, b: (a > b) + 1, False),  # bool temporary, int64 result
        (lambda a, b: (a * b) / 2, False),  # int32 temporary, float64 result
        (lambda a, b: (a * b)[:1] + b, False),  # broadcasting: the result is bigger
        (lambda a, b: (a * b) + b.reshape(1, -1), False),  # 2-D result from a 1-D temporary
        (lambda a, b: (a[:64] * b[:64]) + 1, False),  # too small
    ],
)
def test_only_same_dtype_and_shape_temporaries(expr, reused):
    x = np.arange(N, dtype=np.int32) % 5
    a, b = dp.asarray(x), dp.asarray(x + 1)
    if reused:
        a, b = a.astype("float32"), b.astype("float32")
    before = elided()
    r = expr(a, b)
    assert (elided() - before == 1) is reused
    xn = x.astype(np.float32) if reused else x
    assert_same(r, expr(xn, xn + 1))


def test_in_place_and_large_chains_stay_correct(device):
    x, a, b = inputs(device, dtype="float64")
    r = ((a + b) * (a - b) + a) / (b + 1.0) - 1.0
    assert_same(r, ((x + x + 1) * (x - x - 1) + x) / (x + 2.0) - 1.0)
    r += a * b  # in-place operators keep their own semantics
    assert_same(r, ((x + x + 1) * (x - x - 1) + x) / (x + 2.0) - 1.0 + x * (x + 1))


def test_usm_type_of_the_result_is_kept():
    x = np.arange(N, dtype=np.float32)
    a = dp.asarray(x, usm_type="host")
    d = dp.asarray(x, usm_type="device")
    before = elided()
    r = (a * a) + d  # a host temporary cannot hold a device result
    assert r.usm_type == "device"
    assert elided() == before
    assert_same(r, x * x + x)
