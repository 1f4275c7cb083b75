"""dparray.linalg: the Array API 2024.12 linear algebra extension with NumPy's extra names.

Factorizations (cholesky, inv, solve, det, slogdet, eigh, svd, qr, eig) run in C++ on LAPACK
(OpenBLAS), batched over the leading dimensions; on OpenCL devices they are staged through
the host (docs/linalg.md). Products, diagonals, traces, cross products, matrix powers and the
non-spectral norms are device operations; the spectral norms and pinv / matrix_rank combine
singular values with device operations. Results live on the input's device."""

import math
import numbers
import operator
from collections import namedtuple

from . import _core
from ._core import LinAlgError, matmul, matrix_transpose, outer, tensordot, vecdot

__all__ = [
    "LinAlgError",
    "cholesky",
    "cond",
    "cross",
    "det",
    "diagonal",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "inv",
    "lstsq",
    "matmul",
    "matrix_norm",
    "matrix_power",
    "matrix_rank",
    "matrix_transpose",
    "multi_dot",
    "norm",
    "outer",
    "pinv",
    "qr",
    "slogdet",
    "solve",
    "svd",
    "svdvals",
    "tensordot",
    "tensorinv",
    "tensorsolve",
    "trace",
    "vecdot",
    "vector_norm",
]

EighResult = namedtuple("EighResult", ["eigenvalues", "eigenvectors"])
EigResult = namedtuple("EigResult", ["eigenvalues", "eigenvectors"])
QRResult = namedtuple("QRResult", ["Q", "R"])
SlogdetResult = namedtuple("SlogdetResult", ["sign", "logabsdet"])
SVDResult = namedtuple("SVDResult", ["U", "S", "Vh"])

_EPS = {"float32": 1.1920928955078125e-07, "float64": 2.220446049250313e-16}


def _array(x, op):
    if not isinstance(x, _core.ndarray):
        raise TypeError(f"[{op}] expected a dparray.ndarray, not {type(x).__name__}")
    return x


def _matrix(x, op):
    _array(x, op)
    if x.ndim < 2:
        raise ValueError(f"[{op}] x must be at least 2-D, got shape {x.shape}")
    return x


def _eps(x):
    """Machine epsilon of x's real dtype (x is floating or complex)."""
    return _EPS["float32" if x.dtype in (_core.float32, _core.complex64) else "float64"]


# ---- factorizations (C++ / LAPACK) ----


def cholesky(x, /, *, upper=False):
    """Cholesky factor of each Hermitian positive-definite matrix.

    Returns the lower-triangular L with ``x = L @ L.conj().T`` (or the upper-triangular
    ``U = L.conj().T`` when `upper`). Only the lower triangle of `x` is read (the upper one
    when `upper`), as NumPy does; the other is assumed to mirror it.

    Parameters
    ----------
    x : ndarray
        Hermitian (symmetric when real) positive-definite matrices, shape ``(..., M, M)``.
    upper : bool, optional
        Return the upper factor U instead of L (keyword only). Default False.

    Returns
    -------
    ndarray
        The factors, shape ``(..., M, M)``, zero on the other side of the diagonal, on
        `x`'s device and queue.

    Raises
    ------
    LinAlgError
        If a matrix is not positive definite.
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `x` is not a dparray array or `upper` is not a bool.

    See Also
    --------
    solve, eigh

    Notes
    -----
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> L = dp.linalg.cholesky(x)
    >>> L
    array([[2.        , 0.        ],
           [1.        , 1.41421356]])
    >>> dp.allclose(L @ L.T, x)
    True
    >>> dp.linalg.cholesky(x, upper=True)
    array([[2.        , 1.        ],
           [0.        , 1.41421356]])
    >>> dp.linalg.cholesky(dp.asarray([[1., 2.], [2., 1.]]))
    Traceback (most recent call last):
        ...
    dparray.linalg.LinAlgError: [cholesky] matrix is not positive definite
    """
    if not isinstance(upper, bool):
        raise TypeError(f"[cholesky] upper must be a bool, not {type(upper).__name__}")
    return _core._linalg_cholesky(x, upper)


def inv(x, /):
    """Inverse of each square matrix.

    Parameters
    ----------
    x : ndarray
        Square matrices, shape ``(..., M, M)``; leading dimensions are a stack.

    Returns
    -------
    ndarray
        The inverses, shape ``(..., M, M)``, with ``x @ inv(x) == eye(M)`` up to rounding.

    Raises
    ------
    LinAlgError
        If a matrix is singular (for a stack the message names which one).
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    solve, pinv, tensorinv

    Notes
    -----
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> dp.linalg.inv(x)
    array([[ 0.375, -0.25 ],
           [-0.25 ,  0.5  ]])
    >>> dp.allclose(x @ dp.linalg.inv(x), dp.eye(2))
    True
    >>> dp.linalg.inv(dp.asarray([[1, 2], [3, 4]]))  # integers compute in float64
    array([[-2. ,  1. ],
           [ 1.5, -0.5]])
    >>> dp.linalg.inv(dp.asarray([[1., 2.], [2., 4.]]))
    Traceback (most recent call last):
        ...
    dparray.linalg.LinAlgError: [inv] singular matrix
    """
    return _core._linalg_inv(x)


def solve(x1, x2, /):
    """Solution X of the linear systems ``x1 @ X = x2``.

    Parameters
    ----------
    x1 : ndarray
        Coefficient matrices, shape ``(..., M, M)``.
    x2 : ndarray
        Right-hand sides. When 1-D, of shape ``(M,)``: one vector shared by every matrix of
        `x1`. Otherwise a stack of matrices ``(..., M, K)`` whose stack dimensions broadcast
        with `x1`'s (Array API 2024.12 and NumPy 2 rules: a 2-D or higher `x2` is never a
        stack of vectors).

    Returns
    -------
    ndarray
        X, of shape ``(..., M)`` for 1-D `x2`, else ``(..., M, K)`` with the broadcast stack
        dimensions, in the common floating dtype of the operands.

    Raises
    ------
    LinAlgError
        If a matrix of `x1` is singular.
    ValueError
        If `x1` is not a stack of square matrices, if the shapes do not match, or if the
        stack dimensions do not broadcast.
    TypeError
        If an operand is not a dparray array.
    ExecutionPlacementError
        If the operands live on different queues.

    See Also
    --------
    inv, lstsq, tensorsolve

    Notes
    -----
    An LU factorization (LAPACK ``getrf`` / ``getrs``).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> a = dp.asarray([[4., 2.], [2., 3.]])
    >>> dp.linalg.solve(a, dp.asarray([2., 1.]))
    array([0.5, 0. ])

    A 1-D right-hand side is shared by a stack of matrices:

    >>> stack = dp.stack([dp.eye(2) * 2, dp.eye(2) * 4])
    >>> dp.linalg.solve(stack, dp.asarray([4., 8.]))
    array([[2., 4.],
           [1., 2.]])
    >>> dp.linalg.solve(a, dp.ones((2, 3))).shape
    (2, 3)
    """
    return _core._linalg_solve(x1, x2)


def det(x, /):
    """Determinant of each square matrix.

    Parameters
    ----------
    x : ndarray
        Square matrices, shape ``(..., M, M)``.

    Returns
    -------
    ndarray
        The determinants, shape ``x.shape[:-2]`` (a 0-d array for one matrix), in the
        computation dtype (see Notes).

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    slogdet

    Notes
    -----
    From an LU factorization (LAPACK ``getrf``); a singular matrix gives 0, not an error.
    For large matrices ``slogdet`` avoids overflow and underflow.
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    NumPy returns a scalar for a single matrix; dparray returns a 0-d array.

    Examples
    --------
    >>> x = dp.asarray([[1., 2.], [3., 4.]])
    >>> float(dp.linalg.det(x))  # doctest: +ELLIPSIS
    -2.0...
    >>> d = dp.linalg.det(dp.stack([dp.eye(2) * 2, dp.eye(2) * 3]))
    >>> dp.allclose(d, dp.asarray([4., 9.]))
    True
    >>> float(dp.linalg.det(dp.asarray([[1., 2.], [2., 4.]])))
    0.0
    """
    return _core._linalg_det(x)


def slogdet(x, /):
    """Sign and natural logarithm of the absolute value of each determinant.

    ``det(x) == sign * exp(logabsdet)``; the logarithm does not overflow where the
    determinant would.

    Parameters
    ----------
    x : ndarray
        Square matrices, shape ``(..., M, M)``.

    Returns
    -------
    SlogdetResult
        A named tuple ``(sign, logabsdet)`` of arrays of shape ``x.shape[:-2]``:

        - ``sign``: 1 or -1 for real input, a complex number of modulus 1 for complex
          input, 0 for a singular matrix; in the computation dtype.
        - ``logabsdet``: ``log(abs(det(x)))`` in the real dtype of the computation;
          ``-inf`` for a singular matrix.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    det

    Notes
    -----
    From an LU factorization (LAPACK ``getrf``); singular input is not an error.
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> sign, logabsdet = dp.linalg.slogdet(dp.asarray([[4., 2.], [2., 3.]]))
    >>> float(sign), round(float(logabsdet), 6)
    (1.0, 2.079442)
    >>> dp.linalg.slogdet(dp.asarray([[0., 1.], [1., 0.]]))
    SlogdetResult(sign=array(-1.), logabsdet=array(0.))
    >>> dp.linalg.slogdet(dp.asarray([[1., 2.], [2., 4.]]))
    SlogdetResult(sign=array(0.), logabsdet=array(-inf))
    """
    return SlogdetResult(*_core._linalg_slogdet(x))


def eigh(x, /, UPLO="L"):
    """Eigenvalues and eigenvectors of Hermitian (real symmetric) matrices.

    Parameters
    ----------
    x : ndarray
        Hermitian matrices, shape ``(..., M, M)``.
    UPLO : {'L', 'U'}, optional
        Which triangle of `x` to read: ``'L'`` (the default) the lower, ``'U'`` the upper.
        The other triangle is not used.

    Returns
    -------
    EighResult
        A named tuple ``(eigenvalues, eigenvectors)``:

        - ``eigenvalues``: shape ``(..., M)``, in ascending order, of the real dtype of the
          computation (float64 for complex128 input).
        - ``eigenvectors``: shape ``(..., M, M)``; column ``v[..., :, i]`` is the unit
          eigenvector of ``eigenvalues[..., i]``.

    Raises
    ------
    LinAlgError
        If LAPACK's eigensolver does not converge.
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square, or `UPLO` is
        neither ``'L'`` nor ``'U'``.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    eigvalsh, eig, svd

    Notes
    -----
    LAPACK ``syevd`` / ``heevd`` (divide and conquer). `UPLO` is NumPy's argument; the
    Array API's ``eigh`` reads the lower triangle, the default here. The eigenvector matrix
    is a transposed view of LAPACK's column-major output (not C-contiguous). An eigenvector
    is defined up to its sign (a phase for complex input).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> w, v = dp.linalg.eigh(x)
    >>> w
    array([1.43844719, 5.56155281])
    >>> dp.allclose(x @ v, v * w)
    True
    >>> dp.linalg.eigh(dp.asarray([[1., 5.], [0., 1.]]), UPLO="U").eigenvalues
    array([-4.,  6.])
    """
    return EighResult(*_core._linalg_eigh(x, True, UPLO))


def eigvalsh(x, /, UPLO="L"):
    """Eigenvalues of Hermitian (real symmetric) matrices.

    Parameters
    ----------
    x : ndarray
        Hermitian matrices, shape ``(..., M, M)``.
    UPLO : {'L', 'U'}, optional
        Which triangle of `x` to read: ``'L'`` (the default) the lower, ``'U'`` the upper.
        The other triangle is not used.

    Returns
    -------
    ndarray
        The eigenvalues, shape ``(..., M)``, in ascending order, of the real dtype of the
        computation.

    Raises
    ------
    LinAlgError
        If LAPACK's eigensolver does not converge.
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square, or `UPLO` is
        neither ``'L'`` nor ``'U'``.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    eigh, eigvals, svdvals

    Notes
    -----
    ``eigh`` without the eigenvectors (LAPACK ``syevd`` / ``heevd``).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> dp.linalg.eigvalsh(dp.asarray([[2., 1j], [-1j, 2.]]))
    array([1., 3.])
    >>> dp.linalg.eigvalsh(dp.stack([dp.eye(2), dp.eye(2) * 2]))
    array([[1., 1.],
           [2., 2.]])
    """
    return _core._linalg_eigh(x, False, UPLO)[0]


def eig(a, /):
    """Eigenvalues and right eigenvectors of general square matrices.

    Parameters
    ----------
    a : ndarray
        Square matrices, shape ``(..., M, M)``.

    Returns
    -------
    EigResult
        A named tuple ``(eigenvalues, eigenvectors)``:

        - ``eigenvalues``: shape ``(..., M)``, complex.
        - ``eigenvectors``: shape ``(..., M, M)``, complex; column ``v[..., :, i]`` is the
          unit-norm right eigenvector of ``eigenvalues[..., i]``
          (``a @ v[..., :, i] == eigenvalues[..., i] * v[..., :, i]``).

    Raises
    ------
    LinAlgError
        If LAPACK's QR algorithm does not converge.
    ValueError
        If `a` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    eigvals, eigh

    Notes
    -----
    LAPACK ``geev``.
    The results are always complex (complex64 for float32 / complex64 input, else
    complex128), as the Array API 2025.12 specifies; NumPy returns real arrays when every
    eigenvalue is real. The eigenvalues come in LAPACK's order (not sorted).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> a = dp.asarray([[0., -1.], [1., 0.]])
    >>> w, v = dp.linalg.eig(a)
    >>> w
    array([0.+1.j, 0.-1.j])
    >>> dp.allclose(a @ v, v * w)
    True
    >>> dp.linalg.eig(dp.asarray([[2., 0.], [0., 3.]])).eigenvalues
    array([2.+0.j, 3.+0.j])
    """
    return EigResult(*_core._linalg_eig(a, True))


def eigvals(a, /):
    """Eigenvalues of general square matrices.

    Parameters
    ----------
    a : ndarray
        Square matrices, shape ``(..., M, M)``.

    Returns
    -------
    ndarray
        The eigenvalues, shape ``(..., M)``, complex.

    Raises
    ------
    LinAlgError
        If LAPACK's QR algorithm does not converge.
    ValueError
        If `a` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    eig, eigvalsh

    Notes
    -----
    ``eig`` without the eigenvectors (LAPACK ``geev``).
    The results are always complex (complex64 for float32 / complex64 input, else
    complex128), as the Array API 2025.12 specifies; NumPy returns real arrays when every
    eigenvalue is real. The eigenvalues come in LAPACK's order (not sorted).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> dp.linalg.eigvals(dp.asarray([[0., -1.], [1., 0.]]))
    array([0.+1.j, 0.-1.j])
    >>> dp.linalg.eigvals(dp.asarray([[1., 1.], [0., 2.]]))
    array([1.+0.j, 2.+0.j])
    """
    return _core._linalg_eig(a, False)[0]


def svd(x, /, *, full_matrices=True, compute_uv=True):
    """Singular value decomposition ``x = U @ (S[..., None] * Vh)``.

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.
    full_matrices : bool, optional
        If True (the default), `U` is ``(..., M, M)`` and `Vh` ``(..., N, N)``; if False,
        ``(..., M, K)`` and ``(..., K, N)`` with ``K = min(M, N)`` (keyword only).
    compute_uv : bool, optional
        If False, only the singular values are computed and returned, as a single array
        (NumPy's argument; keyword only). Default True.

    Returns
    -------
    SVDResult or ndarray
        A named tuple ``(U, S, Vh)``: ``U`` with orthonormal (unitary) columns, ``S`` the
        singular values, shape ``(..., K)``, in descending order and of the real dtype of
        the computation, ``Vh`` with orthonormal rows. ``S`` alone when `compute_uv` is
        False.

    Raises
    ------
    LinAlgError
        If the SVD does not converge.
    ValueError
        If `x` has fewer than 2 dimensions.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    svdvals, pinv, matrix_rank, lstsq

    Notes
    -----
    LAPACK ``gesdd`` (divide and conquer). Singular vectors are defined up to a sign (a
    phase for complex input) shared by a column of `U` and the matching row of `Vh`.
    NumPy's ``hermitian`` argument is not taken.
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> U, S, Vh = dp.linalg.svd(x)
    >>> S
    array([5.56155281, 1.43844719])
    >>> dp.allclose(U @ (S[:, None] * Vh), x)
    True
    >>> [a.shape for a in dp.linalg.svd(dp.ones((3, 2)))]
    [(3, 3), (2,), (2, 2)]
    >>> [a.shape for a in dp.linalg.svd(dp.ones((3, 2)), full_matrices=False)]
    [(3, 2), (2,), (2, 2)]
    """
    if not compute_uv:
        return _core._linalg_svd(x, bool(full_matrices), False)[0]
    return SVDResult(*_core._linalg_svd(x, bool(full_matrices), True))


def svdvals(x, /):
    """Singular values of each matrix, in descending order.

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.

    Returns
    -------
    ndarray
        The singular values, shape ``(..., min(M, N))``, of the real dtype of the
        computation.

    Raises
    ------
    LinAlgError
        If the SVD does not converge.
    ValueError
        If `x` has fewer than 2 dimensions.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    svd, matrix_norm, matrix_rank

    Notes
    -----
    ``svd(x, compute_uv=False)`` (LAPACK ``gesdd`` without the vectors).
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> dp.linalg.svdvals(dp.asarray([[4., 2.], [2., 3.]]))
    array([5.56155281, 1.43844719])
    >>> dp.linalg.svdvals(dp.asarray([[3., 0., 0.], [0., 0., 4.]]))
    array([4., 3.])
    """
    return _core._linalg_svd(x, False, False)[0]


def qr(x, /, *, mode="reduced"):
    """QR decomposition ``x = Q @ R`` of each matrix.

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.
    mode : {'reduced', 'complete', 'r'}, optional
        ``'reduced'`` (the default): `Q` is ``(..., M, K)`` and `R` ``(..., K, N)`` with
        ``K = min(M, N)``; ``'complete'``: `Q` is ``(..., M, M)`` and `R` ``(..., M, N)``;
        ``'r'`` (NumPy's): `R` alone, ``(..., K, N)`` (keyword only).

    Returns
    -------
    QRResult or ndarray
        A named tuple ``(Q, R)``: `Q` with orthonormal (unitary) columns, `R` upper
        triangular. `R` alone for ``mode='r'``.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions or `mode` is not one of the above.
    TypeError
        If `x` is not a dparray array or `mode` is not a str.

    See Also
    --------
    svd, lstsq

    Notes
    -----
    LAPACK ``geqrf`` then ``orgqr`` / ``ungqr``; the signs follow LAPACK's (as NumPy's).
    `Q` and `R` are transposed views of LAPACK's column-major output. NumPy's legacy
    ``'raw'`` and ``'economic'`` modes are not provided.
    Computed by LAPACK (OpenBLAS's) in host memory, batched over the leading dimensions:
    the small matrices of a stack are processed in parallel on the host device's cores, a
    large matrix by OpenBLAS's own threads. On an OpenCL device the input is cast by a
    device copy, read to host memory, processed there, and the results are written back to
    the input's queue (one device-to-host and one host-to-device transfer; see
    docs/linalg.md). The call returns once the results are computed.

    float32, float64, complex64 and complex128 input is computed in its own dtype; float16
    in float32; bool and integers in the device's default floating dtype (float64, or
    float32 on a device without float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> Q, R = dp.linalg.qr(x)
    >>> R
    array([[-4.47213595, -3.13049517],
           [ 0.        ,  1.78885438]])
    >>> dp.allclose(Q @ R, x)
    True
    >>> dp.linalg.qr(dp.ones((3, 2)), mode="complete").Q.shape
    (3, 3)
    >>> dp.linalg.qr(dp.ones((3, 2)), mode="r").shape
    (2, 2)
    """
    if not isinstance(mode, str):
        raise TypeError(f"[qr] mode must be a str, not {type(mode).__name__}")
    r = _core._linalg_qr(x, mode)
    return r[0] if mode == "r" else QRResult(*r)


# ---- device compositions ----


def diagonal(x, /, *, offset=0):
    """The diagonal at offset of the last two axes (a view)."""
    return _core.diagonal(_matrix(x, "diagonal"), offset, -2, -1)


def trace(x, /, *, offset=0, dtype=None):
    """Sum of the diagonal at offset of the last two axes; dtype rules as sum."""
    return _core.trace(_matrix(x, "trace"), offset, -2, -1, dtype)


def cross(x1, x2, /, *, axis=-1):
    """Cross product of 3-vectors along axis (taken in each operand); the other dimensions
    broadcast."""
    _array(x1, "cross")
    _array(x2, "cross")
    axis = operator.index(axis)
    for x in (x1, x2):
        if not -x.ndim <= axis < x.ndim:
            raise IndexError(
                f"[cross] axis {axis} is out of bounds for array of dimension {x.ndim}"
            )
        if x.shape[axis] != 3:
            raise ValueError(
                f"[cross] the vectors must have 3 components along axis {axis}, "
                f"got shapes {x1.shape} and {x2.shape}"
            )
    a = _core.moveaxis(x1, axis, -1)
    b = _core.moveaxis(x2, axis, -1)
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    c = _core.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)
    # NumPy places the result's vector axis where axis points in the broadcast result.
    return _core.moveaxis(c, -1, axis if axis < 0 else min(axis, c.ndim - 1))


def matrix_power(x, n, /):
    """x raised to the integer power n by repeated squaring (matmul on x's device);
    n < 0 inverts first, n == 0 gives identities of x's dtype."""
    _matrix(x, "matrix_power")
    if isinstance(n, bool) or not isinstance(n, int):
        try:
            n = operator.index(n)
        except TypeError:
            raise TypeError(f"[matrix_power] exponent must be an integer, got {n!r}") from None
    if x.shape[-1] != x.shape[-2]:
        raise ValueError(
            f"[matrix_power] last 2 dimensions of x must be square, got shape {x.shape}"
        )
    if n == 0:
        eye = _core.eye(x.shape[-1], dtype=x.dtype, sycl_queue=x.sycl_queue)
        return _core.zeros_like(x) + eye
    if n < 0:
        x, n = inv(x), -n
    result = None
    while True:
        if n & 1:
            result = x if result is None else matmul(result, x)
        n >>= 1
        if not n:
            return result if result is not x else _core.copy(x)
        x = matmul(x, x)


def _rtol(x, rtol):
    """The relative tolerance against the largest singular value, shaped to broadcast with
    the batch of singular values (..., K)."""
    if rtol is None:
        return max(x.shape[-2:]) * _eps(x)
    if isinstance(rtol, _core.ndarray):
        return _core.expand_dims(rtol, -1)
    return rtol


def _inexact_matrix(x, op):
    _matrix(x, op)
    if x.dtype.kind in "fc" and x.dtype != _core.float16:
        return x
    return x.astype(_core.float64 if x.sycl_device.has_aspect_fp64 else _core.float32)


def _singular_values(x, hermitian):
    """Singular values, unsorted: |eigenvalues| for Hermitian x (NumPy's hermitian=True)."""
    return _core.abs(eigvalsh(x)) if hermitian else svdvals(x)


def matrix_rank(x, /, tol=None, hermitian=False, *, rtol=None):
    """Number of singular values above rtol * the largest (rtol default max(M, N) * eps),
    or above tol when tol is given (NumPy); hermitian=True uses eigvalsh (NumPy)."""
    x = _inexact_matrix(x, "matrix_rank")
    if tol is not None and rtol is not None:
        raise ValueError("[matrix_rank] give tol or rtol, not both")
    s = _singular_values(x, hermitian)
    if s.shape[-1] == 0:
        return _core.zeros(s.shape[:-1], dtype=_core.int64, sycl_queue=x.sycl_queue)
    if tol is not None:
        cut = _core.expand_dims(tol, -1) if isinstance(tol, _core.ndarray) else tol
    else:
        cut = _core.max(s, axis=-1, keepdims=True) * _rtol(x, rtol)
    return _core.sum(s > cut, axis=-1)


def pinv(x, /, rcond=None, hermitian=False, *, rtol=None):
    """Moore-Penrose pseudo-inverse, singular values at or below rtol * the largest treated
    as zero (rtol default max(M, N) * eps; NumPy's rcond is the same relative cutoff).
    From the SVD, or from eigh for Hermitian x (NumPy's hermitian=True)."""
    x = _inexact_matrix(x, "pinv")
    if rcond is not None and rtol is not None:
        raise ValueError("[pinv] give rcond or rtol, not both")
    m, n = x.shape[-2:]
    if min(m, n) == 0:
        return _core.zeros((*x.shape[:-2], n, m), dtype=x.dtype, sycl_queue=x.sycl_queue)
    if hermitian:
        if m != n:
            raise ValueError(f"[pinv] hermitian x must be square, got shape {x.shape}")
        s, u = eigh(x)  # x = U diag(s) U^H, s real (of any sign)
        mag = _core.abs(s)
    else:
        u, s, vh = svd(x, full_matrices=False)
        mag = s
    cut = _core.max(mag, axis=-1, keepdims=True) * _rtol(x, rtol if rcond is None else rcond)
    big = mag > cut
    s_inv = _core.where(big, 1.0 / _core.where(big, s, 1.0), 0.0)
    uh = matrix_transpose(_core._linalg_conj(u))
    v = (u if hermitian else matrix_transpose(_core._linalg_conj(vh))) * _core.expand_dims(
        s_inv, -2
    )
    return matmul(v, uh)


def lstsq(a, b, rcond=None):
    """numpy.linalg.lstsq: (x, residuals, rank, s) minimising |b - a @ x| for 2-D a, from the
    SVD; singular values at or below rcond * the largest are dropped (default eps * max(M, N))."""
    a = _inexact_matrix(a, "lstsq")
    _array(b, "lstsq")
    if a.ndim != 2:
        raise ValueError(f"[lstsq] a must be 2-D, got shape {a.shape}")
    if b.ndim not in (1, 2) or b.shape[0] != a.shape[0]:
        raise ValueError(f"[lstsq] b of shape {b.shape} does not match a of shape {a.shape}")
    m, n = a.shape
    vec = b.ndim == 1
    b2 = _core.expand_dims(b, -1) if vec else b
    u, s, vh = svd(a, full_matrices=False)
    rcond = _eps(a) * max(m, n) if rcond is None else rcond
    if s.shape[0]:
        big = s > _core.max(s) * rcond
        s_inv = _core.where(big, 1.0 / _core.where(big, s, 1.0), 0.0)
        rank = int(_core.sum(big))
    else:
        s_inv, rank = s, 0
    uhb = matmul(matrix_transpose(_core._linalg_conj(u)), b2)
    x = matmul(matrix_transpose(_core._linalg_conj(vh)), _core.expand_dims(s_inv, -1) * uhb)
    if rank == n and m > n:
        r = _core.abs(b2 - matmul(a, x))
        resid = _core.sum(r * r, axis=0)
    else:
        resid = _core.zeros((0,), dtype=s.dtype, sycl_queue=a.sycl_queue)
    return (x[:, 0] if vec else x), resid, rank, s


def multi_dot(arrays, *, out=None):
    """numpy.linalg.multi_dot: the product of two or more arrays; a 1-D first (last) array
    is a row (column) vector."""
    try:
        arrays = list(arrays)
    except TypeError:
        raise TypeError(
            f"[multi_dot] arrays must be a sequence of dparray.ndarray, not {type(arrays).__name__}"
        ) from None
    if len(arrays) < 2:
        raise ValueError("[multi_dot] expecting at least two arrays")
    first_vec, last_vec = arrays[0].ndim == 1, arrays[-1].ndim == 1
    if first_vec:
        arrays[0] = _core.expand_dims(arrays[0], 0)
    if last_vec:
        arrays[-1] = _core.expand_dims(arrays[-1], -1)
    for x in arrays:
        if _array(x, "multi_dot").ndim != 2:
            raise ValueError(
                f"[multi_dot] arrays must be 2-D (1-D at the ends), got shape {x.shape}"
            )
    r = arrays[0]
    for x in arrays[1:]:
        r = matmul(r, x)
    if first_vec and last_vec:
        r = r[0, 0]
    elif first_vec:
        r = r[0]
    elif last_vec:
        r = r[:, 0]
    if out is not None:
        out[...] = r
        return out
    return r


def cond(x, p=None):
    """numpy.linalg.cond: condition number in the p-norm (None, 2, -2: from the singular
    values; 'fro', 'nuc', 1, -1, inf, -inf: norm(x) * norm(inv(x)))."""
    x = _inexact_matrix(x, "cond")
    if p is None or p in (2, -2):
        s = svdvals(x)
        r = s[..., 0] / s[..., -1] if p != -2 else s[..., -1] / s[..., 0]
        return r
    if x.shape[-1] != x.shape[-2]:
        raise ValueError(
            f"[cond] last 2 dimensions of x must be square for p={p!r}, got shape {x.shape}"
        )
    return matrix_norm(x, ord=p) * matrix_norm(inv(x), ord=p)


def tensorinv(a, ind=2):
    """numpy.linalg.tensorinv: the inverse of a seen as a square matrix
    prod(a.shape[:ind]) x prod(a.shape[ind:])."""
    _array(a, "tensorinv")
    if ind <= 0:
        raise ValueError(f"[tensorinv] ind must be a positive integer, got {ind}")
    rows = math.prod(a.shape[:ind])
    ia = inv(_core.reshape(a, (rows, -1)))
    return _core.reshape(ia, a.shape[ind:] + a.shape[:ind])


def tensorsolve(a, b, axes=None):
    """numpy.linalg.tensorsolve: x with tensordot(a, x, x.ndim) == b."""
    _array(a, "tensorsolve")
    _array(b, "tensorsolve")
    if axes is not None:
        order = [k for k in range(a.ndim) if k not in axes] + list(axes)
        a = _core.permute_dims(a, tuple(order))
    shape = a.shape[-(a.ndim - b.ndim) :] if a.ndim > b.ndim else ()
    n = math.prod(shape)
    if a.size != n * n:
        raise LinAlgError(
            f"[tensorsolve] a of shape {a.shape} does not match b of shape "
            f"{b.shape}: prod(a.shape[b.ndim:]) must equal prod(a.shape[:b.ndim])"
        )
    x = solve(_core.reshape(a, (n, n)), _core.reshape(b, (n,)))
    return _core.reshape(x, shape)


# ---- norms ----


def _inexact(x, op="norm"):
    """x itself when floating or complex, else x as the device's default float (as NumPy)."""
    if not isinstance(x, _core.ndarray):
        raise TypeError(f"[{op}] expected a dparray.ndarray, not {type(x).__name__}")
    if x.dtype.kind in "fc":
        return x
    return x.astype(_core.float64 if x.sycl_device.has_aspect_fp64 else _core.float32)


def _axes(axis, ndim, op="norm"):
    axes = tuple(operator.index(a) for a in axis)
    norm_axes = tuple(a + ndim if a < 0 else a for a in axes)
    for a, given in zip(norm_axes, axes):
        if not 0 <= a < ndim:
            raise IndexError(f"[{op}] axis {given} is out of bounds for array of dimension {ndim}")
    if len(set(norm_axes)) != len(norm_axes):
        raise ValueError(f"[{op}] duplicate axes given: {axis}")
    return norm_axes


def _vector(x, o, axes, keepdims, op="norm"):
    if isinstance(o, bool) or not isinstance(o, numbers.Real):
        raise ValueError(f"[{op}] invalid norm order {o!r} for vectors")  # noqa: TRY004 (NumPy)
    a = _core.abs(x)
    if o == 2:
        return _core.sqrt(_core.sum(a * a, axis=axes, keepdims=keepdims))
    if o == math.inf:
        return _core.max(a, axis=axes, keepdims=keepdims)
    if o == -math.inf:
        return _core.min(a, axis=axes, keepdims=keepdims)
    if o == 0:
        return _core.sum(x != 0, axis=axes, keepdims=keepdims).astype(a.dtype)
    if o == 1:
        return _core.sum(a, axis=axes, keepdims=keepdims)
    return _core.sum(a**o, axis=axes, keepdims=keepdims) ** (1.0 / o)


def _spectral(x, o, axes, keepdims):
    """ord 2, -2, 'nuc' over the axes pair: largest, smallest, sum of singular values."""
    row, col = axes
    s = svdvals(_core.moveaxis(x, (row, col), (-2, -1)))
    r = (_core.max if o == 2 else _core.min if o == -2 else _core.sum)(s, axis=-1)
    if keepdims:
        shape = list(x.shape)
        shape[row] = shape[col] = 1
        r = _core.reshape(r, tuple(shape))
    return r


def _matrix_norm(x, o, axes, keepdims, op="norm"):
    row, col = axes
    if o == "fro":
        a = _core.abs(x)
        return _core.sqrt(_core.sum(a * a, axis=axes, keepdims=keepdims))
    if o in (2, -2, "nuc") and not isinstance(o, bool):
        return _spectral(x, o, axes, keepdims)
    if isinstance(o, bool) or o not in (1, -1, math.inf, -math.inf):
        raise ValueError(f"[{op}] invalid norm order {o!r} for matrices")
    a = _core.abs(x)
    if o in (1, -1):
        r = _core.sum(a, axis=row, keepdims=True)
        r = (_core.max if o == 1 else _core.min)(r, axis=col, keepdims=True)
    else:
        r = _core.sum(a, axis=col, keepdims=True)
        r = (_core.max if o > 0 else _core.min)(r, axis=row, keepdims=True)
    return r if keepdims else _core.squeeze(r, axis=axes)


def norm(x, ord=None, axis=None, keepdims=False):
    """numpy.linalg.norm: vector norms (any ord) and matrix norms ('fro', 'nuc', 2, -2, 1,
    -1, inf, -inf) over axis (None, an int or a pair)."""
    x = _inexact(x)
    if axis is None:
        if ord is None:
            return _vector(x, 2, None, keepdims)
        if x.ndim not in (1, 2):
            raise ValueError(
                f"[norm] ord={ord!r} needs a 1-D or 2-D array or an axis, got {x.ndim} dimensions"
            )
        axis = tuple(range(x.ndim))
    elif not isinstance(axis, tuple | list):
        axis = (axis,)
    axes = _axes(tuple(axis), x.ndim)
    if len(axes) == 1:
        return _vector(x, 2 if ord is None else ord, axes, keepdims)
    if len(axes) == 2:
        return _matrix_norm(x, "fro" if ord is None else ord, axes, keepdims)
    raise ValueError(f"[norm] axis must name 1 or 2 dimensions, got {axis}")


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    """Array API vector_norm: the ord-norm over axis (None: all elements, flattened)."""
    x = _inexact(x, "vector_norm")
    axes = None
    if axis is not None:
        axes = _axes(
            (axis,) if not isinstance(axis, tuple | list) else tuple(axis), x.ndim, "vector_norm"
        )
    return _vector(x, ord, axes, keepdims, "vector_norm")


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    """Array API matrix_norm over the last two axes ('fro', 'nuc', 2, -2, 1, -1, inf, -inf)."""
    x = _inexact(x, "matrix_norm")
    if x.ndim < 2:
        raise ValueError(f"[matrix_norm] x must be at least 2-D, got shape {x.shape}")
    return _matrix_norm(x, ord, (x.ndim - 2, x.ndim - 1), keepdims, "matrix_norm")
