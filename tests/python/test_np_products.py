"""einsum / einsum_path, kron, vdot, matvec, vecmat and NumPy's cross against NumPy on
every device."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

RNG = np.random.default_rng(7)
A = RNG.standard_normal((3, 4))
B = RNG.standard_normal((4, 5))
C = RNG.standard_normal((5, 2))
S = RNG.standard_normal((4, 4))
T = RNG.standard_normal((2, 3, 4))
U = RNG.standard_normal((2, 4, 5))

EINSUM_CASES = [
    ("ij,jk->ik", (A, B)),
    ("ij,jk", (A, B)),
    ("ij,jk,kl->il", (A, B, C)),
    ("ii->", (S,)),
    ("ii", (S,)),
    ("ii->i", (S,)),
    ("ij->ji", (A,)),
    ("ij->", (A,)),
    ("ij->j", (A,)),
    ("i,i", (A[0], A[1])),
    ("i,j->ij", (A[0], B[0])),
    ("bij,bjk->bik", (T, U)),
    ("...ij,...jk->...ik", (T, U)),
    ("...ij,jk", (T, B)),
    ("ij...->...", (T,)),
    ("iij->j", (RNG.standard_normal((3, 3, 2)),)),
    ("ijk,jil->kl", (RNG.standard_normal((3, 4, 2)), RNG.standard_normal((4, 3, 5)))),
    ("ij,ij->i", (A, A)),
    ("i,i->i", (A[0], A[0])),
    ("ij,kj->ik", (A, A)),
    ("ij,j", (A, B[:, 0])),
    ("...,...", (np.float64(3.0), T)),
    ("i,j", (A[0], B[0])),
    ("ab,cd,bc->ad", (A, C, B)),
    ("Ab,bA", (A, A.T)),
    ("ij,jk->ik", (np.zeros((0, 3)), np.ones((3, 2)))),
]


@pytest.mark.parametrize("subscripts,operands", EINSUM_CASES, ids=[c[0] for c in EINSUM_CASES])
def test_einsum_matches_numpy(device, subscripts, operands):
    xs = [dp.asarray(o, device=device) for o in operands]
    assert_same(
        dp.einsum(subscripts, *xs), np.einsum(subscripts, *operands), rtol=1e-12, atol=1e-12
    )


@pytest.mark.parametrize("optimize", [False, True, "greedy", "optimal"])
def test_einsum_optimize(device, optimize):
    xs = [dp.asarray(o, device=device) for o in (A, B, C)]
    want = np.einsum("ij,jk,kl->il", A, B, C)
    assert_same(dp.einsum("ij,jk,kl->il", *xs, optimize=optimize), want, rtol=1e-12)
    path, _ = np.einsum_path("ij,jk,kl->il", A, B, C, optimize="greedy")
    assert_same(dp.einsum("ij,jk,kl->il", *xs, optimize=path), want, rtol=1e-12)
    assert_same(
        dp.einsum("ij,jk,kl->il", *xs, optimize=["einsum_path", (2, 0, 1)]), want, rtol=1e-12
    )
    assert_same(
        dp.einsum("ij,jk,kl->il", *xs, optimize=["einsum_path", (1,), (0, 2), (0, 1)]),
        want,
        rtol=1e-12,
    )


def test_einsum_dtypes_and_kwargs(device):
    i32 = np.arange(6, dtype=np.int32).reshape(2, 3)
    i8 = np.ones((2, 3), np.int8)
    x, y = dp.asarray(i32, device=device), dp.asarray(i8, device=device)
    assert_same(dp.einsum("ij,ij->", x, y), np.einsum("ij,ij->", i32, i8))
    assert_same(dp.einsum("ij->i", x, dtype=dp.float64), np.einsum("ij->i", i32, dtype=np.float64))
    b = np.array([[True, False], [True, True]])
    assert_same(
        dp.einsum("ij,jk->ik", dp.asarray(b, device=device), dp.asarray(b, device=device)),
        np.einsum("ij,jk->ik", b, b),
    )
    z = A + 1j * A
    assert_same(
        dp.einsum("ij,jk", dp.asarray(z, device=device), dp.asarray(B, device=device)),
        np.einsum("ij,jk", z, B),
        rtol=1e-12,
    )
    out = dp.zeros((3, 5), device=device)
    r = dp.einsum("ij,jk->ik", dp.asarray(A, device=device), dp.asarray(B, device=device), out=out)
    assert r is out
    assert_same(out, A @ B, rtol=1e-12)
    # NumPy's interleaved form
    xs = dp.asarray(A, device=device), dp.asarray(B, device=device)
    assert_same(
        dp.einsum(xs[0], [0, 1], xs[1], [1, 2], [0, 2]),
        np.einsum(A, [0, 1], B, [1, 2], [0, 2]),
        rtol=1e-12,
    )
    assert dp.einsum("ij", xs[0]).device == device or dp.einsum("ij", xs[0]).sycl_device == device


@pytest.mark.parametrize(
    "subscripts,shapes,match",
    [
        ("ij,jk->ix", [(3, 4), (4, 5)], "does not appear"),
        ("ij,jk->ii", [(3, 4), (4, 5)], "more than once"),
        ("i.j,jk", [(3, 4), (4, 5)], "ellipsis"),
        ("ij,jk->->ik", [(3, 4), (4, 5)], "->"),
        ("ij", [(3, 4), (4, 5)], "operands"),
        ("ij,j1->i", [(3, 4), (4, 5)], "subscript"),
        ("ijk,jk->i", [(3, 4), (4, 5)], "dimensions"),
        ("ij,jk->ik", [(3, 4), (5, 5)], "size"),
        ("...i,...i->i", [(2, 3), (2, 3)], "'...'"),
    ],
)
def test_einsum_bad_subscripts(subscripts, shapes, match):
    xs = [dp.ones(s) for s in shapes]
    with pytest.raises(ValueError, match=r"einsum.*" + match.replace(".", r"\.").replace("'", "'")):
        dp.einsum(subscripts, *xs)


def test_einsum_bad_optimize_and_queues():
    with pytest.raises(ValueError, match="einsum"):
        dp.einsum("ij,jk", dp.ones((2, 2)), dp.ones((2, 2)), optimize="fast")
    with pytest.raises(ValueError, match="einsum"):
        dp.einsum("ij,jk", dp.ones((2, 2)), dp.ones((2, 2)), optimize=["einsum_path", (0, 5)])
    with pytest.raises(TypeError, match="einsum"):
        dp.einsum()
    devs = list(dp.get_devices())
    if len(devs) > 1:
        with pytest.raises(dp.ExecutionPlacementError):
            dp.einsum("ij,jk", dp.ones((2, 2), device=devs[0]), dp.ones((2, 2), device=devs[1]))


def test_einsum_path_format():
    xs = [dp.asarray(o) for o in (A, B, C)]
    path, text = dp.einsum_path("ij,jk,kl->il", *xs)
    npath, _ = np.einsum_path("ij,jk,kl->il", A, B, C)
    assert path == npath
    assert "Complete contraction:  ij,jk,kl->il" in text
    assert "Naive scaling:  4" in text and "Optimized scaling:  3" in text
    p2, _ = dp.einsum_path("ij,jk", *xs[:2])
    assert p2 == ["einsum_path", (0, 1)]
    assert (
        dp.einsum_path("ij,jk,kl->il", *xs, optimize=False)[0]
        == np.einsum_path("ij,jk,kl->il", A, B, C, optimize=False)[0]
    )
    p3, _ = dp.einsum_path("ij,jk,kl->il", *xs, optimize="optimal")
    assert p3 == np.einsum_path("ij,jk,kl->il", A, B, C, optimize="optimal")[0]


@pytest.mark.parametrize("sa,sb", [((2, 3), (3, 2)), ((3,), (2, 2)), ((2, 1, 2), (3,)), ((), (2,))])
def test_kron(device, sa, sb):
    a = np.arange(1, 1 + int(np.prod(sa)), dtype=np.float64).reshape(sa)
    b = np.arange(2, 2 + int(np.prod(sb)), dtype=np.int32).reshape(sb)
    assert_same(dp.kron(dp.asarray(a, device=device), dp.asarray(b, device=device)), np.kron(a, b))


def test_vdot(device):
    z = A + 2j * A
    zz = dp.asarray(z, device=device)
    assert_same(dp.vdot(zz, zz), np.vdot(z, z), rtol=1e-12)
    assert_same(
        dp.vdot(dp.asarray(A, device=device), dp.asarray(A.T.copy(), device=device).T),
        np.vdot(A, A),
        rtol=1e-12,
    )
    with pytest.raises(ValueError, match="vdot"):
        dp.vdot(dp.ones(3, device=device), dp.ones(4, device=device))


def test_matvec_vecmat(device):
    m = RNG.standard_normal((2, 3, 4))
    v = RNG.standard_normal((4,))
    w = RNG.standard_normal((2, 3))
    dm, dv, dw = (dp.asarray(x, device=device) for x in (m, v, w))
    assert_same(dp.matvec(dm, dv), np.matvec(m, v), rtol=1e-12)
    assert_same(dp.vecmat(dw, dm), np.vecmat(w, m), rtol=1e-12)
    z = w + 1j * w
    assert_same(dp.vecmat(dp.asarray(z, device=device), dm), np.vecmat(z, m), rtol=1e-12)
    with pytest.raises(ValueError, match="matvec"):
        dp.matvec(dm, dw)
    with pytest.raises(ValueError, match="vecmat"):
        dp.vecmat(dv, dm)


@pytest.mark.parametrize(
    "sa,sb,kw",
    [
        ((4, 3), (4, 3), {}),
        ((3, 4), (4, 3), {"axisa": 0}),
        ((2, 3), (3,), {"axisc": 0}),
        ((3, 2), (3, 2), {"axis": 0}),
        ((4, 2), (4, 3), {}),
        ((4, 3), (4, 2), {}),
    ],
)
def test_cross(device, sa, sb, kw):
    a, b = RNG.standard_normal(sa), RNG.standard_normal(sb)
    with _nowarn():
        want = np.cross(a, b, **kw)
    assert_same(
        dp.cross(dp.asarray(a, device=device), dp.asarray(b, device=device), **kw), want, rtol=1e-12
    )


def test_cross_2d_vectors(device):
    a, b = RNG.standard_normal((4, 2)), RNG.standard_normal((4, 2))
    with _nowarn():
        want = np.cross(a, b)
    assert_same(
        dp.cross(dp.asarray(a, device=device), dp.asarray(b, device=device)), want, rtol=1e-12
    )


def test_cross_errors():
    with pytest.raises(ValueError, match="cross"):
        dp.cross(dp.ones((2, 4)), dp.ones((2, 3)))
    with pytest.raises(IndexError, match="cross"):
        dp.cross(dp.ones((2, 3)), dp.ones((2, 3)), axisa=2)


class _nowarn:
    """NumPy 2 deprecates 2-vectors in cross; the oracle's warning is not under test."""

    def __enter__(self):
        import warnings

        self._c = warnings.catch_warnings()
        self._c.__enter__()
        warnings.simplefilter("ignore", DeprecationWarning)

    def __exit__(self, *exc):
        self._c.__exit__(*exc)
