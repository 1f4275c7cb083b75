"""The small-op call path: operator slots, inline execution on an idle queue, and reading back.

Small ops on an idle host queue run on the calling thread; these tests check that order,
results, errors and the operator protocol are the same as on the queued path.
"""

import operator

import numpy as np
import pytest

import dparray as dp


def test_small_op_after_queued_work_sees_its_result(device):
    # A large command keeps the queue busy; the small op after it must wait its turn.
    big = dp.zeros(1 << 21, dtype=dp.float32, device=device)
    for _ in range(3):
        big += 1
    head = big[:1] + 1
    assert float(head[0]) == 4.0
    assert float(big.sum()) == 3.0 * (1 << 21)


def test_small_ops_in_a_loop_match_numpy(device):
    x, b = dp.ones(1, device=device), dp.full(1, 0.5, device=device)
    nx, nb = np.ones(1, dtype=x.dtype), np.full(1, 0.5, dtype=b.dtype)
    for _ in range(200):
        x = x * 0.999 + b
        nx = nx * nx.dtype.type(0.999) + nb
    np.testing.assert_allclose(dp.asnumpy(x), nx, rtol=1e-5)


@pytest.mark.parametrize(
    "op",
    [
        operator.add,
        operator.sub,
        operator.mul,
        operator.truediv,
        operator.floordiv,
        operator.mod,
        operator.pow,
    ],
)
def test_binary_operators_both_sides_and_scalars(device, op):
    a = dp.asarray([1.5, 2.0, 3.0], device=device)
    b = dp.asarray([2.0], device=device)
    na, nb = dp.asnumpy(a), dp.asnumpy(b)
    np.testing.assert_allclose(dp.asnumpy(op(a, b)), op(na, nb), rtol=1e-6)
    np.testing.assert_allclose(dp.asnumpy(op(a, 2)), op(na, na.dtype.type(2)), rtol=1e-6)
    np.testing.assert_allclose(dp.asnumpy(op(3.0, a)), op(na.dtype.type(3.0), na), rtol=1e-6)


@pytest.mark.parametrize(
    "op", [operator.and_, operator.or_, operator.xor, operator.lshift, operator.rshift]
)
def test_integer_operators_both_sides(device, op):
    a = dp.asarray([1, 6, 12], dtype=dp.int32, device=device)
    na = dp.asnumpy(a)
    assert dp.asnumpy(op(a, 2)).tolist() == op(na, np.int32(2)).tolist()
    assert dp.asnumpy(op(3, a)).tolist() == op(np.int32(3), na).tolist()


def test_unary_and_inplace_operators(device):
    a = dp.asarray([-1, 2, -3], dtype=dp.int64, device=device)
    assert dp.asnumpy(-a).tolist() == [1, -2, 3]
    assert dp.asnumpy(+a).tolist() == [-1, 2, -3]
    assert dp.asnumpy(abs(a)).tolist() == [1, 2, 3]
    assert dp.asnumpy(~a).tolist() == [0, -3, 2]
    b = a
    b += 1
    assert b is a and dp.asnumpy(a).tolist() == [0, 3, -2]
    b **= 2
    assert b is a and dp.asnumpy(a).tolist() == [0, 9, 4]
    assert dp.asnumpy(pow(a, 2, None)).tolist() == [0, 81, 16]


def test_operator_errors_keep_their_types(device):
    a = dp.ones(2, device=device)
    with pytest.raises(TypeError, match="numpy.ndarray"):
        a + np.ones(2)
    with pytest.raises(TypeError, match="numpy.ndarray"):
        np.ones(2) + a
    with pytest.raises(TypeError):
        a + "x"
    with pytest.raises(TypeError):
        "x" - a
    with pytest.raises(ValueError, match="broadcast"):
        a + dp.ones(3, device=device)
    i = dp.ones(2, dtype=dp.int32, device=device)
    with pytest.raises(TypeError, match="same_kind"):
        i += 0.5
    with pytest.raises(OverflowError, match="out of bounds"):
        dp.ones(1, dtype=dp.int8, device=device) + 1000


def test_inplace_falls_back_for_unknown_types(device):
    class Other:
        def __radd__(self, other):
            return "radd"

    a = dp.ones(1, device=device)
    assert a + Other() == "radd"
    b = a
    b += Other()
    assert b == "radd"


def test_subclass_reflected_operator_wins():
    class Sub(dp.ndarray):
        def __radd__(self, other):
            return "sub radd"

    s = Sub((1,))
    assert dp.ones(1) + s == "sub radd"


def test_item_after_inline_and_queued_work(device):
    x = dp.arange(16, dtype=dp.float32, device=device)
    assert float(x.sum()) == 120.0  # small: inline on the host, read without waiting
    y = dp.ones(1 << 20, dtype=dp.float32, device=device)
    y *= 2  # large: queued, so reading waits for it
    assert float(y[-1]) == 2.0
    assert int(dp.asarray([7], device=device)[0]) == 7


def test_ufunc_call_plain_and_with_out(device):
    a, b = dp.asarray([1.0, 2.0], device=device), dp.asarray([3.0, 4.0], device=device)
    assert dp.asnumpy(dp.add(a, b)).tolist() == [4.0, 6.0]
    out = dp.empty_like(a)
    assert dp.add(a, b, out=out) is out
    assert dp.asnumpy(out).tolist() == [4.0, 6.0]
    assert dp.asnumpy(dp.clip(a, 1.5, 3.0)).tolist() == [1.5, 2.0]
    assert dp.asnumpy(dp.where(a > 1.5, a, b)).tolist() == [3.0, 2.0]
