"""dparray.linalg, the Array API 2024.12 extension and NumPy's extras, against NumPy on every
device: each function, dtype (float32 at its own tolerance), batch shapes, empty batches and
matrices, bad input."""

import math

import numpy as np
import pytest

import dparray as dp

L = dp.linalg
DTYPES = ["float32", "float64", "complex64", "complex128"]
RTOL = {"float32": 2e-4, "complex64": 2e-4, "float64": 1e-10, "complex128": 1e-10}
BATCHES = [(), (3,), (2, 2)]


def need(dtype, device):
    if dtype in ("float64", "complex128") and not device.has_aspect_fp64:
        pytest.skip("device without float64")


def rand(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape)
    if dtype.startswith("complex"):
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dtype)


def well_conditioned(batch, n, dtype, seed=0):
    """Random matrices plus n * I: far from singular."""
    return (rand((*batch, n, n), dtype, seed) + n * np.eye(n)).astype(dtype)


def hermitian_pd(batch, n, dtype, seed=0):
    a = rand((*batch, n, n), dtype, seed)
    return (a @ np.conj(np.swapaxes(a, -1, -2)) + n * np.eye(n)).astype(dtype)


def on(x, device):
    return dp.asarray(x, device=device)


def close(got, expected, dtype=None, scale=1.0):
    """Values, shape and (when dtype is given) the dtype of a dparray result vs NumPy."""
    assert isinstance(got, dp.ndarray), type(got)
    g = dp.asnumpy(got)
    e = np.asarray(expected)
    assert g.shape == e.shape, f"shape {g.shape} != {e.shape}"
    if dtype is not None:
        assert str(g.dtype) == dtype, f"dtype {g.dtype} != {dtype}"
    rtol = RTOL[str(g.dtype)] if g.dtype.kind in "fc" else 0
    np.testing.assert_allclose(g, e, rtol=rtol * scale, atol=rtol * scale * 10)


def real_of(dtype):
    return {"complex64": "float32", "complex128": "float64"}.get(dtype, dtype)


def mT(a):
    return np.swapaxes(a, -1, -2)


# ---- factorizations ----


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("batch", BATCHES)
def test_inv_det_slogdet(device, dtype, batch):
    need(dtype, device)
    a = well_conditioned(batch, 4, dtype)
    x = on(a, device)
    r = L.inv(x)
    assert r.device == x.device
    close(r, np.linalg.inv(a), dtype)
    close(L.det(x), np.linalg.det(a), dtype, scale=10)
    s = L.slogdet(x)
    e = np.linalg.slogdet(a)
    close(s.sign, e.sign, dtype)
    close(s.logabsdet, e.logabsdet, real_of(dtype))
    assert s[0] is s.sign


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("batch", BATCHES)
@pytest.mark.parametrize("upper", [False, True])
def test_cholesky(device, dtype, batch, upper):
    need(dtype, device)
    a = hermitian_pd(batch, 5, dtype)
    # As NumPy, only one triangle is read (the lower, or the upper when upper): junk in the
    # other must not matter.
    junk = rand(a.shape, dtype, 7)
    a = a + (np.tril(junk, -1) if upper else np.triu(junk, 1))
    close(
        L.cholesky(on(a, device), upper=upper), np.linalg.cholesky(a, upper=upper), dtype, scale=10
    )


@pytest.mark.parametrize("dtype", DTYPES)
def test_solve_matrix_and_vector(device, dtype):
    need(dtype, device)
    a = well_conditioned((2, 3), 4, dtype)
    b = rand((3, 4, 2), dtype, 1)  # batch (3,) broadcasts against (2, 3)
    close(L.solve(on(a, device), on(b, device)), np.linalg.solve(a, b), dtype, scale=10)
    v = rand((4,), dtype, 2)  # 1-D: one vector for every matrix of the batch
    close(L.solve(on(a, device), on(v, device)), np.linalg.solve(a, v), dtype, scale=10)
    # 2-D x2 of shape (M, 1) is a matrix, not a batch of vectors.
    m = rand((4, 1), dtype, 3)
    close(L.solve(on(a, device), on(m, device)), np.linalg.solve(a, m), dtype, scale=10)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("batch", BATCHES)
def test_eigh_eigvalsh(device, dtype, batch):
    need(dtype, device)
    a = hermitian_pd(batch, 6, dtype)
    x = on(a, device)
    res = L.eigh(on(a + np.triu(rand(a.shape, dtype, 7), 1), device))  # lower triangle read
    w, v = res.eigenvalues, res.eigenvectors
    ew = np.linalg.eigvalsh(a)
    close(w, ew, real_of(dtype), scale=10)
    assert str(v.dtype) == dtype
    vn = dp.asnumpy(v)
    close(x @ v, vn * dp.asnumpy(w)[..., None, :], scale=100)  # A v = v diag(w)
    close(L.eigvalsh(x), ew, real_of(dtype), scale=10)
    # NumPy's UPLO='U' reads the upper triangle.
    junk_lower = on(a + np.tril(rand(a.shape, dtype, 8), -1), device)
    close(L.eigvalsh(junk_lower, UPLO="U"), ew, real_of(dtype), scale=10)
    close(L.eigh(junk_lower, "U").eigenvalues, ew, real_of(dtype), scale=10)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (4, 4), (2, 3, 6, 4)])
@pytest.mark.parametrize("full", [True, False])
def test_svd_svdvals(device, dtype, shape, full):
    need(dtype, device)
    a = rand(shape, dtype)
    x = on(a, device)
    u, s, vh = L.svd(x, full_matrices=full)
    eu, es, evh = np.linalg.svd(a, full_matrices=full)
    assert u.shape == eu.shape and vh.shape == evh.shape
    close(s, es, real_of(dtype), scale=10)
    k = min(shape[-2:])
    un, vhn = dp.asnumpy(u), dp.asnumpy(vh)
    close(x, un[..., :, :k] * dp.asnumpy(s)[..., None, :] @ vhn[..., :k, :], scale=100)
    close(L.svdvals(x), es, real_of(dtype), scale=10)
    close(L.svd(x, compute_uv=False), es, real_of(dtype), scale=10)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (2, 4, 4)])
@pytest.mark.parametrize("mode", ["reduced", "complete"])
def test_qr(device, dtype, shape, mode):
    need(dtype, device)
    a = rand(shape, dtype)
    x = on(a, device)
    q, r = L.qr(x, mode=mode)
    eq, er = np.linalg.qr(a, mode=mode)
    assert q.shape == eq.shape and r.shape == er.shape
    close(q @ r, a, dtype, scale=100)
    qn, rn = dp.asnumpy(q), dp.asnumpy(r)
    close(
        on(mT(qn.conj()) @ qn, device),
        np.broadcast_to(np.eye(qn.shape[-1]), qn.shape[:-2] + (qn.shape[-1],) * 2),
        scale=100,
    )
    assert np.all(np.tril(rn, -1) == 0)
    r_only = L.qr(x, mode="r")
    close(dp.abs(r_only), np.abs(np.linalg.qr(a, mode="r")), scale=100)


@pytest.mark.parametrize("dtype", DTYPES)
def test_eig_eigvals(device, dtype):
    need(dtype, device)
    a = rand((3, 5, 5), dtype)
    x = on(a, device)
    w, v = L.eig(x)
    ew = np.linalg.eigvals(a)
    cdt = "complex64" if dtype in ("float32", "complex64") else "complex128"
    assert str(w.dtype) == cdt and str(v.dtype) == cdt

    def key(z):
        return np.sort_complex(z.astype(np.complex128))

    np.testing.assert_allclose(
        key(dp.asnumpy(w)), key(ew), rtol=RTOL[dtype] * 100, atol=RTOL[dtype] * 100
    )
    wn, vn = dp.asnumpy(w), dp.asnumpy(v)
    np.testing.assert_allclose(a @ vn, vn * wn[..., None, :], atol=RTOL[dtype] * 1000)
    # Always complex (the standard), even where NumPy returns real eigenvalues.
    s = hermitian_pd((), 4, real_of(dtype))
    got = L.eigvals(on(s, device))
    assert str(got.dtype) == cdt
    np.testing.assert_allclose(
        np.sort(dp.asnumpy(got).real), np.sort(np.linalg.eigvals(s)), rtol=RTOL[dtype] * 100
    )
    np.testing.assert_array_equal(dp.asnumpy(got).imag, 0)


# ---- compositions ----


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128", "int64"])
def test_pinv_matrix_rank(device, dtype):
    need(dtype, device)
    a = rand((2, 5, 3), dtype) if dtype != "int64" else np.arange(30).reshape(2, 5, 3)
    x = on(a, device)
    close(L.pinv(x), np.linalg.pinv(a), scale=100)
    assert dp.asnumpy(L.matrix_rank(x)).tolist() == np.linalg.matrix_rank(a).tolist()
    h = hermitian_pd((2,), 4, "complex128" if dtype.startswith("complex") else "float64")
    h = h - 6 * np.eye(4)  # Hermitian, eigenvalues of both signs
    close(L.pinv(on(h, device), hermitian=True), np.linalg.pinv(h, hermitian=True), scale=100)
    assert (
        dp.asnumpy(L.matrix_rank(on(h, device), hermitian=True)).tolist()
        == np.linalg.matrix_rank(h, hermitian=True).tolist()
    )
    close(L.pinv(x, 1e-3), np.linalg.pinv(a, 1e-3), scale=100)
    low = rand((4, 2), "float64") @ rand((2, 4), "float64", 1)  # rank 2
    assert int(L.matrix_rank(on(low, device))) == 2
    assert int(L.matrix_rank(on(low, device), rtol=0.99)) == 1
    assert int(L.matrix_rank(on(low, device), 1e-9)) == np.linalg.matrix_rank(low, 1e-9)
    hlow = low @ low.T
    assert int(L.matrix_rank(on(hlow, device), hermitian=True)) == 2


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, -1, -3])
def test_matrix_power(device, n):
    a = well_conditioned((2,), 3, "float64")
    close(L.matrix_power(on(a, device), n), np.linalg.matrix_power(a, n), scale=100)
    i = np.arange(9).reshape(3, 3)
    if n >= 0:
        got = L.matrix_power(on(i, device), n)
        assert got.dtype == dp.int64
        np.testing.assert_array_equal(dp.asnumpy(got), np.linalg.matrix_power(i, n))


@pytest.mark.parametrize("offset", [0, 1, -1, 3, -5])
def test_trace_diagonal(device, offset):
    a = np.arange(2 * 3 * 4).reshape(2, 3, 4)
    x = on(a, device)
    np.testing.assert_array_equal(
        dp.asnumpy(L.diagonal(x, offset=offset)), np.linalg.diagonal(a, offset=offset)
    )
    t = L.trace(x, offset=offset)
    assert t.dtype == dp.int64
    np.testing.assert_array_equal(dp.asnumpy(t), np.linalg.trace(a, offset=offset))
    f = L.trace(x, offset=offset, dtype=dp.float32)
    assert f.dtype == dp.float32
    # NumPy's function and method: axis1=0, axis2=1 by default.
    np.testing.assert_array_equal(dp.asnumpy(dp.trace(x, offset)), np.trace(a, offset))
    np.testing.assert_array_equal(dp.asnumpy(x.trace(offset, 1, 2)), a.trace(offset, 1, 2))
    np.testing.assert_array_equal(dp.asnumpy(x.diagonal(offset)), a.diagonal(offset))


@pytest.mark.parametrize("axis", [-1, 0, -2])
def test_cross(device, axis):
    shape = [4, 2]
    shape.insert(axis % 3 if axis >= 0 else len(shape) + axis + 1, 3)
    a, b = rand(tuple(shape), "float64"), rand(tuple(shape), "float64", 1)
    close(L.cross(on(a, device), on(b, device), axis=axis), np.cross(a, b, axis=axis))
    # broadcasting of the other dimensions
    c = rand((3,), "float64", 2)
    close(
        L.cross(on(rand((5, 3), "float64"), device), on(c, device)),
        np.cross(rand((5, 3), "float64"), c),
    )


MATRIX_ORDS = ["fro", "nuc", 2, -2, 1, -1, math.inf, -math.inf]
VECTOR_ORDS = [2, 1, 0, -1, -2, 3, 0.5, math.inf, -math.inf]


@pytest.mark.parametrize("ord", MATRIX_ORDS)
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128"])
def test_matrix_norm(device, ord, dtype):
    need(dtype, device)
    a = rand((2, 4, 3), dtype)
    x = on(a, device)
    close(L.matrix_norm(x, ord=ord), np.linalg.matrix_norm(a, ord=ord), real_of(dtype), scale=10)
    close(
        L.matrix_norm(x, ord=ord, keepdims=True),
        np.linalg.matrix_norm(a, ord=ord, keepdims=True),
        scale=10,
    )
    close(L.norm(x, ord, axis=(2, 0)), np.linalg.norm(a, ord, axis=(2, 0)), scale=10)
    close(
        L.norm(x, ord, axis=(0, 1), keepdims=True),
        np.linalg.norm(a, ord, axis=(0, 1), keepdims=True),
        scale=10,
    )


@pytest.mark.parametrize("ord", VECTOR_ORDS)
def test_vector_norm(device, ord):
    a = rand((3, 4), "float64")
    a[0, 1] = 0
    x = on(a, device)
    close(L.vector_norm(x, ord=ord), np.linalg.vector_norm(a, ord=ord), scale=10)
    close(L.vector_norm(x, axis=0, ord=ord), np.linalg.vector_norm(a, axis=0, ord=ord), scale=10)
    close(
        L.norm(x, ord, axis=1, keepdims=True),
        np.linalg.norm(a, ord, axis=1, keepdims=True),
        scale=10,
    )


def test_lstsq_multi_dot_cond_tensor(device):
    a, b = rand((6, 3), "float64"), rand((6, 2), "float64", 1)
    x, res, rank, s = L.lstsq(on(a, device), on(b, device))
    ex, eres, erank, es = np.linalg.lstsq(a, b)
    close(x, ex, scale=100)
    close(res, eres, scale=100)
    assert rank == erank
    close(s, es, scale=10)
    x1 = L.lstsq(on(a, device), on(b[:, 0], device))[0]
    close(x1, np.linalg.lstsq(a, b[:, 0])[0], scale=100)
    ms = [rand((3,), "float64"), rand((3, 4), "float64", 1), rand((4, 2), "float64", 2)]
    close(L.multi_dot([on(m, device) for m in ms]), np.linalg.multi_dot(ms), scale=10)
    sq = well_conditioned((), 4, "float64")
    for p in [None, 2, -2, "fro", "nuc", 1, -1, math.inf, -math.inf]:
        close(L.cond(on(sq, device), p), np.linalg.cond(sq, p), scale=1000)
    t = well_conditioned((), 6, "float64").reshape(2, 3, 6)
    close(L.tensorinv(on(t, device), ind=2), np.linalg.tensorinv(t, ind=2), scale=100)
    ts = well_conditioned((), 6, "float64").reshape(2, 3, 2, 3)
    tb = rand((2, 3), "float64")
    close(L.tensorsolve(on(ts, device), on(tb, device)), np.linalg.tensorsolve(ts, tb), scale=100)


# ---- dtypes, empty input ----


def test_integer_input_promotes_to_default_float(device):
    i = np.array([[2, 1], [1, 3]])
    x = on(i, device)
    f = "float64" if device.has_aspect_fp64 else "float32"
    for name in ["inv", "det", "cholesky", "eigvalsh", "svdvals", "pinv"]:
        got = getattr(L, name)(x)
        close(got, getattr(np.linalg, name)(i).astype(f), f, scale=10)


@pytest.mark.parametrize("shape", [(0, 3, 3), (2, 0, 0), (0, 0)])
def test_empty(device, shape):
    a = np.zeros(shape)
    x = on(a, device)
    close(L.inv(x), np.linalg.inv(a))
    close(L.det(x), np.linalg.det(a))
    close(L.cholesky(x), np.linalg.cholesky(a))
    close(L.eigvalsh(x), np.linalg.eigvalsh(a))
    close(
        L.solve(x, on(np.zeros(shape[:-1] + (2,)), device)),
        np.linalg.solve(a, np.zeros(shape[:-1] + (2,))),
    )
    s = L.slogdet(x)
    e = np.linalg.slogdet(a)
    close(s.sign, e.sign)
    close(s.logabsdet, e.logabsdet)
    for full in (True, False):
        u, sv, vh = L.svd(x, full_matrices=full)
        eu, es, evh = np.linalg.svd(a, full_matrices=full)
        close(u, eu)
        close(sv, es)
        close(vh, evh)
    q, r = L.qr(x)
    eq, er = np.linalg.qr(a)
    assert q.shape == eq.shape and r.shape == er.shape


def test_empty_rectangular(device):
    a = np.zeros((2, 0, 3))
    u, s, vh = L.svd(on(a, device))
    eu, es, evh = np.linalg.svd(a)
    close(s, es)
    close(u, eu)
    close(vh, evh)
    q, r = L.qr(on(a, device), mode="complete")
    eq, er = np.linalg.qr(a, mode="complete")
    assert q.shape == eq.shape and r.shape == er.shape
    close(L.pinv(on(a, device)), np.linalg.pinv(a))


# ---- bad input ----


def test_singular_and_not_positive_definite(device):
    assert issubclass(L.LinAlgError, ValueError)
    sing = on(np.array([[1.0, 2.0], [2.0, 4.0]]), device)
    with pytest.raises(L.LinAlgError, match=r"\[inv\] singular"):
        L.inv(sing)
    with pytest.raises(L.LinAlgError, match=r"\[solve\] singular"):
        L.solve(sing, on(np.ones(2), device))
    with pytest.raises(L.LinAlgError, match=r"\[cholesky\] .*not positive definite"):
        L.cholesky(on(-np.eye(3), device))
    with pytest.raises(L.LinAlgError, match="matrix 1 of the batch"):
        L.inv(on(np.stack([np.eye(2), np.zeros((2, 2))]), device))
    # singular is no error for det / slogdet
    assert float(L.det(sing)) == 0.0
    s = L.slogdet(sing)
    assert float(s.sign) == 0.0 and float(s.logabsdet) == -math.inf


@pytest.mark.parametrize(
    "name", ["inv", "det", "slogdet", "cholesky", "eigh", "eigvalsh", "eig", "eigvals"]
)
def test_square_required(device, name):
    with pytest.raises(ValueError, match=rf"\[{name}\].*square.*\(2, 3\)"):
        getattr(L, name)(dp.ones((2, 3), device=device))
    with pytest.raises(ValueError, match=rf"\[{name}\].*2-D"):
        getattr(L, name)(dp.ones(3, device=device))


def test_bad_arguments(device):
    x = dp.ones((3, 3), device=device)
    with pytest.raises(ValueError, match=r"\[qr\] mode .*'raw'"):
        L.qr(x, mode="raw")
    with pytest.raises(ValueError, match=r"\[eigh\] UPLO must be 'L' or 'U', got 'X'"):
        L.eigh(x, UPLO="X")
    with pytest.raises(ValueError, match=r"\[svd\].*2-D"):
        L.svd(dp.ones(3, device=device))
    with pytest.raises(ValueError, match=r"\[solve\].*does not match"):
        L.solve(x, dp.ones(4, device=device))
    with pytest.raises(ValueError, match=r"\[solve\].*do not broadcast"):
        L.solve(dp.ones((2, 3, 3), device=device), dp.ones((4, 3, 1), device=device))
    with pytest.raises(TypeError, match="matrix_power"):
        L.matrix_power(x, 1.5)
    with pytest.raises(ValueError, match="matrix_power.*square"):
        L.matrix_power(dp.ones((2, 3), device=device), 2)
    with pytest.raises(ValueError, match=r"\[cross\].*3 components"):
        L.cross(dp.ones((2, 4), device=device), dp.ones((2, 4), device=device))
    with pytest.raises(ValueError, match="matrix_norm.*invalid norm order 3"):
        L.matrix_norm(x, ord=3)
    with pytest.raises(ValueError, match="vector_norm.*'fro'"):
        L.vector_norm(x, ord="fro")
    with pytest.raises(TypeError, match="inv"):
        L.inv(np.eye(2))
    with pytest.raises(TypeError, match="cholesky"):
        L.cholesky(x, upper="yes")
    with pytest.raises(ValueError, match="diagonal.*2-D"):
        L.diagonal(dp.ones(3, device=device))
    with pytest.raises(ValueError, match="trace.*2-D"):
        L.trace(dp.ones(3, device=device))
    with pytest.raises(ValueError, match=r"\[trace\].*2-D"):
        dp.ones(3, device=device).trace()
    with pytest.raises(ValueError, match=r"\[diagonal\] axis1 and axis2 cannot be the same"):
        dp.diagonal(x, 0, 1, 1)
    with pytest.raises(IndexError, match=r"\[trace\]"):
        dp.trace(x, 0, 0, 5)


def test_float16_and_placement(device):
    a = well_conditioned((), 3, "float32")
    r = L.inv(on(a, device).astype(dp.float16))
    assert r.dtype == dp.float32
    other = [d for d in dp.get_devices() if d != device]
    if other:
        with pytest.raises(dp.ExecutionPlacementError):
            L.solve(on(a, device), dp.ones(3, device=other[0]))
