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

LinAlgError.__doc__ = """A linear algebra operation failed.

Raised for a singular matrix (``inv``, ``solve``, ``matrix_power`` with a negative
exponent, ``tensorinv``, ``tensorsolve``), a matrix that is not positive definite
(``cholesky``), or a LAPACK routine that does not converge (``eigh``, ``eigvalsh``,
``eig``, ``eigvals``, ``svd``, ``svdvals``). The message names the function, and for a
stack of matrices which one failed. A subclass of ValueError, as
``numpy.linalg.LinAlgError``; the same class is ``dparray.LinAlgError``.

Examples
--------
>>> try:
...     dp.linalg.inv(dp.zeros((2, 2)))
... except dp.linalg.LinAlgError as e:
...     print(e)
[inv] singular matrix
>>> issubclass(dp.linalg.LinAlgError, ValueError)
True
"""

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
    """Diagonal of each matrix in the last two axes (Array API).

    Parameters
    ----------
    x : ndarray
        Input array, at least 2-D; the matrices are its last two axes.
    offset : int, optional
        Which diagonal: 0 (the default) the main one, positive above it, negative below it
        (keyword only).

    Returns
    -------
    ndarray
        A view of `x` of shape ``(*x.shape[:-2], L)``, L the length of the diagonal (0 when
        `offset` is past the edge). Writing to it writes to `x`.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    dparray.diagonal : NumPy's function, over the first two axes by default.
    trace

    Notes
    -----
    No data is copied, on any device. NumPy's ``numpy.linalg.diagonal`` returns a
    read-only view; this one is writable.

    Examples
    --------
    >>> x = dp.reshape(dp.arange(9), (3, 3))
    >>> dp.linalg.diagonal(x)
    array([0, 4, 8])
    >>> dp.linalg.diagonal(x, offset=1)
    array([1, 5])
    >>> dp.linalg.diagonal(dp.reshape(dp.arange(8), (2, 2, 2)))
    array([[0, 3],
           [4, 7]])
    """
    return _core.diagonal(_matrix(x, "diagonal"), offset, -2, -1)


def trace(x, /, *, offset=0, dtype=None):
    """Sum along the diagonal of each matrix in the last two axes (Array API).

    Parameters
    ----------
    x : ndarray
        Input array, at least 2-D; the matrices are its last two axes.
    offset : int, optional
        Which diagonal: 0 (the default) the main one, positive above it, negative below it
        (keyword only).
    dtype : dtype, optional
        Accumulator and result dtype (keyword only). By default as ``sum``: bool and
        integers narrower than 64 bits sum in int64 (uint64 for unsigned), other dtypes keep
        their own.

    Returns
    -------
    ndarray
        The sums, shape ``x.shape[:-2]`` (a 0-d array for one matrix).

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    dparray.trace : NumPy's function, over the first two axes by default.
    diagonal

    Notes
    -----
    Runs as device operations on `x`'s queue (asynchronously), on OpenCL devices as
    generated kernels. NumPy returns a scalar for one matrix; dparray a 0-d array.

    Examples
    --------
    >>> x = dp.reshape(dp.arange(9), (3, 3))
    >>> dp.linalg.trace(x)
    array(12)
    >>> dp.linalg.trace(x, offset=-1)
    array(10)
    >>> dp.linalg.trace(dp.reshape(dp.arange(8), (2, 2, 2)))
    array([ 3, 11])
    """
    return _core.trace(_matrix(x, "trace"), offset, -2, -1, dtype)


def cross(x1, x2, /, *, axis=-1):
    """Cross product of 3-element vectors (Array API).

    Parameters
    ----------
    x1 : ndarray
        First operand; its size along `axis` must be 3.
    x2 : ndarray
        Second operand; its size along `axis` must be 3. The other dimensions broadcast
        with `x1`'s.
    axis : int, optional
        Axis of the vectors, counted in each operand (keyword only). Default -1 (the last).

    Returns
    -------
    ndarray
        The cross products, of the operands' broadcast shape, the vectors along `axis`; its
        dtype is ``result_type(x1, x2)``.

    Raises
    ------
    ValueError
        If an operand does not have 3 components along `axis`, or the shapes do not
        broadcast.
    IndexError
        If `axis` is out of range for an operand (NumPy raises its AxisError, a subclass).
    TypeError
        If an operand is not a dparray array.

    See Also
    --------
    dparray.cross : NumPy's function (also 2-vectors; axisa, axisb, axisc).

    Notes
    -----
    Elementwise products of the components, stacked; asynchronous on the operands' queue
    (generated kernels on OpenCL devices).

    Examples
    --------
    >>> dp.linalg.cross(dp.asarray([1, 0, 0]), dp.asarray([0, 1, 0]))
    array([0, 0, 1])
    >>> dp.linalg.cross(dp.asarray([[1, 0, 0], [0, 1, 0]]), dp.asarray([0, 0, 1]))
    array([[ 0, -1,  0],
           [ 1,  0,  0]])
    """
    _array(x1, "cross")
    _array(x2, "cross")
    axis = operator.index(axis)
    for x in (x1, x2):
        if not -x.ndim <= axis < x.ndim:
            raise _core.AxisError(
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
    """Each square matrix raised to an integer power.

    Parameters
    ----------
    x : ndarray
        Square matrices, shape ``(..., M, M)``.
    n : int
        The exponent: positive, zero (identity matrices) or negative (powers of the
        inverse).

    Returns
    -------
    ndarray
        The powers, shape ``(..., M, M)``, a new array. For ``n >= 0`` the dtype is `x`'s
        (integer matrices stay integer); for ``n < 0`` that of ``inv(x)``.

    Raises
    ------
    LinAlgError
        If ``n < 0`` and a matrix is singular.
    ValueError
        If `x` has fewer than 2 dimensions or its matrices are not square.
    TypeError
        If `n` is not an integer or `x` is not a dparray array.

    See Also
    --------
    matmul, inv

    Notes
    -----
    Repeated squaring with ``matmul`` on `x`'s device (OpenBLAS on the host for float and
    complex dtypes, generated GEMM kernels on OpenCL devices); a negative power first
    computes ``inv(x)`` (LAPACK, staged through the host on OpenCL devices). Integer powers
    wrap around on overflow, as in NumPy.

    Examples
    --------
    >>> f = dp.asarray([[1, 1], [1, 0]])
    >>> dp.linalg.matrix_power(f, 5)
    array([[8, 5],
           [5, 3]])
    >>> dp.linalg.matrix_power(f, 0)
    array([[1, 0],
           [0, 1]])
    >>> dp.linalg.matrix_power(dp.asarray([[2., 0.], [0., 4.]]), -2)
    array([[0.25  , 0.    ],
           [0.    , 0.0625]])
    """
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
    """Rank of each matrix: the number of singular values above a tolerance.

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.
    tol : float or ndarray, optional
        Absolute threshold (NumPy's argument): singular values above it count. An array
        gives one threshold per matrix. Cannot be combined with `rtol`.
    hermitian : bool, optional
        If True, `x` is taken as Hermitian (symmetric when real) and the singular values
        are the absolute eigenvalues from ``eigvalsh`` (NumPy's argument). Default False.
    rtol : float or ndarray, optional
        Relative threshold (keyword only): singular values above ``rtol`` times the largest
        count. Default ``max(M, N) * eps`` of the computation dtype. An array gives one
        value per matrix.

    Returns
    -------
    ndarray
        The ranks, int64, shape ``x.shape[:-2]`` (a 0-d array for one matrix).

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions, or both `tol` and `rtol` are given.
    LinAlgError
        If the SVD (or eigensolver) does not converge.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    svdvals, pinv

    Notes
    -----
    The singular values come from LAPACK's SVD in host memory (on an OpenCL device the
    input is staged through the host, see ``svd``); the rest runs as device operations on
    the input's queue. bool, integer and float16 input is computed in the device's default
    floating dtype (float64, or float32 on a device without float64). NumPy
    returns a scalar for one matrix; dparray a 0-d array.

    Examples
    --------
    >>> dp.linalg.matrix_rank(dp.eye(3))
    array(3)
    >>> dp.linalg.matrix_rank(dp.asarray([[1., 2.], [2., 4.]]))
    array(1)
    >>> dp.linalg.matrix_rank(dp.asarray([[1., 0.], [0., 1e-10]]), rtol=1e-8)
    array(1)
    >>> dp.linalg.matrix_rank(dp.stack([dp.eye(3), dp.zeros((3, 3))]))
    array([3, 0])
    """
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
    """Moore-Penrose pseudo-inverse of each matrix.

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.
    rcond : float or ndarray, optional
        NumPy's name for `rtol` (the same relative cutoff). Cannot be combined with
        `rtol`.
    hermitian : bool, optional
        If True, `x` is taken as Hermitian (symmetric when real, square) and the inverse
        comes from ``eigh`` instead of the SVD (NumPy's argument). Default False.
    rtol : float or ndarray, optional
        Singular values at or below ``rtol`` times the largest are treated as zero (keyword
        only). Default ``max(M, N) * eps`` of the computation dtype (NumPy's `rcond`
        defaults to 1e-15 instead). An array gives one value per matrix.

    Returns
    -------
    ndarray
        The pseudo-inverses, shape ``(..., N, M)``, in the computation dtype.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions, both `rcond` and `rtol` are given, or `x` is not
        square with ``hermitian=True``.
    LinAlgError
        If the SVD (or eigensolver) does not converge.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    inv, lstsq, svd

    Notes
    -----
    ``V @ diag(1 / S) @ U^H`` over the singular values kept.
    The singular values come from LAPACK's SVD in host memory (on an OpenCL device the
    input is staged through the host, see ``svd``); the rest runs as device operations on
    the input's queue. bool, integer and float16 input is computed in the device's default
    floating dtype (float64, or float32 on a device without float64).

    Examples
    --------
    >>> dp.linalg.pinv(dp.asarray([[1., 2.], [2., 4.]]))
    array([[0.04, 0.08],
           [0.08, 0.16]])
    >>> a = dp.asarray([[1., 2.], [3., 4.], [5., 6.]])
    >>> p = dp.linalg.pinv(a)
    >>> p.shape
    (2, 3)
    >>> dp.allclose(a @ p @ a, a)
    True
    """
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
    """Least-squares solution of ``a @ x = b`` (numpy.linalg.lstsq).

    Minimises the Euclidean norm ``|b - a @ x|`` (each column of `b` separately); among
    minimisers, the one of least norm.

    Parameters
    ----------
    a : ndarray
        Coefficient matrix, shape ``(M, N)`` (2-D only).
    b : ndarray
        Right-hand side, shape ``(M,)`` or ``(M, K)``.
    rcond : float, optional
        Singular values of `a` at or below ``rcond`` times the largest are treated as zero.
        Default ``max(M, N) * eps`` of the computation dtype (NumPy's default too).

    Returns
    -------
    x : ndarray
        The solution, shape ``(N,)`` or ``(N, K)``.
    residuals : ndarray
        Squared residual norms ``sum(abs(b - a @ x)**2, axis=0)``, shape ``(K,)`` (``(1,)``
        for 1-D `b`) when `a` has full rank N and ``M > N``; otherwise an empty array.
    rank : int
        Effective rank of `a` (a Python int).
    s : ndarray
        Singular values of `a`, descending, shape ``(min(M, N),)``.

    Raises
    ------
    ValueError
        If `a` is not 2-D, or `b` is not 1-D or 2-D with `a`'s number of rows.
    LinAlgError
        If the SVD does not converge.
    TypeError
        If `a` or `b` is not a dparray array.

    See Also
    --------
    solve, pinv, svd

    Notes
    -----
    Computed from the reduced SVD of `a` (LAPACK ``gesdd``), then products on `a`'s
    device; reading the rank waits for the SVD. bool, integer and float16 input is computed
    in the device's default floating dtype. Stacks of matrices are not accepted, as in NumPy.
    Near-zero singular values (below the cutoff) may differ from NumPy's in their last
    digits.

    Examples
    --------
    Fit a line ``y = m t + c`` through four points:

    >>> a = dp.asarray([[0., 1.], [1., 1.], [2., 1.], [3., 1.]])
    >>> y = dp.asarray([-1., 0.2, 0.9, 2.1])
    >>> x, residuals, rank, s = dp.linalg.lstsq(a, y)
    >>> x
    array([ 1.  , -0.95])
    >>> residuals
    array([0.05])
    >>> rank
    2
    """
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
    """Product of two or more matrices in one call (numpy.linalg.multi_dot).

    Parameters
    ----------
    arrays : sequence of ndarray
        The factors: 2-D arrays, except that the first may be 1-D (a row vector) and the
        last may be 1-D (a column vector).
    out : ndarray, optional
        Array to write the result into (keyword only); its shape must be the result's.

    Returns
    -------
    ndarray
        The product. Its dimensions are those of a matrix product, without the vector ones:
        2-D, 1-D, or 0-d when both ends are vectors. `out` when given.

    Raises
    ------
    ValueError
        If fewer than two arrays are given, an array has the wrong number of dimensions,
        or the shapes do not chain.
    TypeError
        If `arrays` is not a sequence of dparray arrays.

    See Also
    --------
    matmul, dot

    Notes
    -----
    The products are taken left to right with ``matmul`` on the operands' device; NumPy
    picks the cheapest parenthesisation instead, so the cost (not the result, up to
    rounding) may differ.

    Examples
    --------
    >>> a = dp.asarray([[1., 2.], [3., 4.]])
    >>> dp.linalg.multi_dot([a, a, a])
    array([[ 37.,  54.],
           [ 81., 118.]])
    >>> dp.linalg.multi_dot([dp.asarray([1., 2.]), a, dp.asarray([1., 1.])])
    array(17.)
    """
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
    """Condition number of each matrix (numpy.linalg.cond).

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``; square unless `p` is None, 2 or -2.
    p : {None, 1, -1, 2, -2, inf, -inf, 'fro', 'nuc'}, optional
        Norm order, as in ``norm``. None (the default) and 2 give the ratio of the largest
        to the smallest singular value, -2 its inverse; the others
        ``norm(x, p) * norm(inv(x), p)``.

    Returns
    -------
    ndarray
        The condition numbers, shape ``x.shape[:-2]``, of the real floating dtype; ``inf``
        (or a very large value, from rounding) for a singular matrix with the spectral
        orders.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions, is not square for another order, or `p` is
        not a valid order.
    LinAlgError
        If ``inv(x)`` is needed and a matrix is singular, or the SVD does not converge.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    norm, svdvals, inv

    Notes
    -----
    The singular values come from LAPACK's SVD in host memory (on an OpenCL device the
    input is staged through the host, see ``svd``); the rest runs as device operations on
    the input's queue. bool, integer and float16 input is computed in the device's default
    floating dtype (float64, or float32 on a device without float64). NumPy
    returns a scalar for one matrix, and ``inf`` for a singular one with the orders that
    need the inverse, where dparray returns a 0-d array and raises LinAlgError.

    Examples
    --------
    >>> x = dp.asarray([[1., 0.], [0., 2.]])
    >>> dp.linalg.cond(x)
    array(2.)
    >>> dp.linalg.cond(x, -2)
    array(0.5)
    >>> dp.linalg.cond(dp.asarray([[4., 2.], [2., 3.]]), 1)
    array(4.5)
    """
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
    """Inverse of an array seen as a square matrix (numpy.linalg.tensorinv).

    `a` is reshaped to a matrix of ``prod(a.shape[:ind])`` rows and ``prod(a.shape[ind:])``
    columns (these must be equal), inverted, and reshaped so that
    ``tensordot(tensorinv(a, ind), a, ind)`` is an identity of shape
    ``a.shape[ind:] + a.shape[ind:]``.

    Parameters
    ----------
    a : ndarray
        The array to invert.
    ind : int, optional
        Number of leading axes that form the rows. Default 2.

    Returns
    -------
    ndarray
        The inverse, of shape ``a.shape[ind:] + a.shape[:ind]``.

    Raises
    ------
    LinAlgError
        If the matrix is singular.
    ValueError
        If `ind` is not positive, or the two products differ.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    tensorsolve, inv

    Notes
    -----
    One ``inv`` (LAPACK, staged through the host on OpenCL devices) between two reshapes.

    Examples
    --------
    >>> a = dp.reshape(dp.eye(4) * 2, (4, 2, 2))
    >>> ainv = dp.linalg.tensorinv(a, ind=1)
    >>> ainv.shape
    (2, 2, 4)
    >>> dp.allclose(dp.tensordot(ainv, a, 1), dp.reshape(dp.eye(4), (2, 2, 2, 2)))
    True
    """
    _array(a, "tensorinv")
    if ind <= 0:
        raise ValueError(f"[tensorinv] ind must be a positive integer, got {ind}")
    rows = math.prod(a.shape[:ind])
    ia = inv(_core.reshape(a, (rows, -1)))
    return _core.reshape(ia, a.shape[ind:] + a.shape[:ind])


def tensorsolve(a, b, axes=None):
    """Solve ``tensordot(a, x, axes=x.ndim) = b`` for x (numpy.linalg.tensorsolve).

    Parameters
    ----------
    a : ndarray
        Coefficient array, of shape ``b.shape + Q``; ``prod(Q)`` must equal ``b.size``.
    b : ndarray
        Right-hand side, any shape.
    axes : tuple of ints, optional
        Axes of `a` to move to the end before solving. Default None (no reordering).

    Returns
    -------
    ndarray
        x, of shape Q.

    Raises
    ------
    LinAlgError
        If the sizes do not match (as a LinAlgError, like NumPy) or the matrix is
        singular.
    TypeError
        If `a` or `b` is not a dparray array.

    See Also
    --------
    tensorinv, solve, tensordot

    Notes
    -----
    One ``solve`` (LAPACK, staged through the host on OpenCL devices) between reshapes.

    Examples
    --------
    >>> a = dp.reshape(dp.eye(4) * 2, (2, 2, 2, 2))
    >>> b = dp.asarray([[2., 4.], [6., 8.]])
    >>> dp.linalg.tensorsolve(a, b)
    array([[1., 2.],
           [3., 4.]])
    """
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
    """Matrix or vector norm (numpy.linalg.norm).

    Parameters
    ----------
    x : ndarray
        Input array.
    ord : {None, int, float, inf, -inf, 'fro', 'nuc'}, optional
        Order of the norm. For vectors any real number: 2 (the Euclidean norm), 1,
        ``inf`` (largest magnitude), ``-inf`` (smallest), 0 (the number of non-zeros) or
        ``sum(abs(x)**ord)**(1/ord)``. For matrices ``'fro'`` (Frobenius), ``'nuc'`` (sum
        of singular values), 2 / -2 (largest / smallest singular value), 1 / -1 (largest /
        smallest column sum of magnitudes), ``inf`` / ``-inf`` (the same over rows). None
        (the default) is 2 for vectors and ``'fro'`` for matrices.
    axis : None, int or pair of ints, optional
        An int gives vector norms along that axis, a pair matrix norms over those two
        axes. None (the default): the 2-norm of the flattened array when `ord` is None,
        otherwise a 1-D `x` is a vector and a 2-D `x` a matrix.
    keepdims : bool, optional
        If True, the normed axes stay in the result with size one. Default False.

    Returns
    -------
    ndarray
        The norms; a 0-d array when every axis is normed.

    Raises
    ------
    ValueError
        If `ord` is not valid for vectors or matrices, `ord` is given with ``axis=None``
        for an array of more than 2 dimensions, the axes repeat, or more than two axes are
        named.
    IndexError
        If an axis is out of range (NumPy raises its AxisError, a subclass).
    LinAlgError
        If an SVD does not converge (orders 2, -2, 'nuc' for matrices).
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    vector_norm, matrix_norm, cond

    Notes
    -----
    Vector norms and the matrix norms 'fro', 1, -1, inf, -inf are reductions on `x`'s
    device (asynchronous); 2, -2 and 'nuc' need singular values (LAPACK on the host,
    staged through the host on OpenCL devices).
    bool and integer input is computed in the device's default floating dtype (float64,
    or float32 on a device without float64); other dtypes keep their own, and the result
    has the real dtype (complex128 input gives float64). dparray returns a
    0-d array where NumPy returns a scalar.

    Examples
    --------
    >>> dp.linalg.norm(dp.asarray([3., 4.]))
    array(5.)
    >>> x = dp.asarray([[1., 2.], [3., 4.]])
    >>> dp.linalg.norm(x, axis=1)
    array([2.23606798, 5.        ])
    >>> dp.linalg.norm(x, ord=dp.inf)
    array(7.)
    >>> dp.linalg.norm(x, ord=1)
    array(6.)
    >>> round(float(dp.linalg.norm(x)), 6)
    5.477226
    """
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
    """Vector norm over one or more axes (Array API).

    Parameters
    ----------
    x : ndarray
        Input array.
    axis : None, int or tuple of ints, optional
        Axes of the vectors (keyword only). None (the default) takes the norm of all
        elements, as one flattened vector; a tuple of axes, the norm over them together.
    keepdims : bool, optional
        If True, the normed axes stay in the result with size one (keyword only). Default
        False.
    ord : int or float, optional
        Order (keyword only): 2 (the default, Euclidean), 1, ``inf`` (largest magnitude),
        ``-inf`` (smallest), 0 (the number of non-zeros), or any other real p:
        ``sum(abs(x)**p)**(1/p)`` (negative p too).

    Returns
    -------
    ndarray
        The norms, of the real dtype; a 0-d array when every axis is normed.

    Raises
    ------
    ValueError
        If `ord` is not a real number, or the axes repeat.
    IndexError
        If an axis is out of range.
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    matrix_norm, norm

    Notes
    -----
    Reductions on `x`'s device, asynchronous on its queue.
    bool and integer input is computed in the device's default floating dtype (float64,
    or float32 on a device without float64); other dtypes keep their own, and the result
    has the real dtype (complex128 input gives float64).

    Examples
    --------
    >>> dp.linalg.vector_norm(dp.asarray([3., -4.]))
    array(5.)
    >>> dp.linalg.vector_norm(dp.asarray([3., -4.]), ord=1)
    array(7.)
    >>> dp.linalg.vector_norm(dp.asarray([3., -4.]), ord=dp.inf)
    array(4.)
    >>> dp.linalg.vector_norm(dp.asarray([[3., 4.], [0., 1.]]), axis=1)
    array([5., 1.])
    """
    x = _inexact(x, "vector_norm")
    axes = None
    if axis is not None:
        axes = _axes(
            (axis,) if not isinstance(axis, tuple | list) else tuple(axis), x.ndim, "vector_norm"
        )
    return _vector(x, ord, axes, keepdims, "vector_norm")


def matrix_norm(x, /, *, keepdims=False, ord="fro"):
    """Matrix norm of each matrix in the last two axes (Array API).

    Parameters
    ----------
    x : ndarray
        Matrices, shape ``(..., M, N)``.
    keepdims : bool, optional
        If True, the last two axes stay in the result with size one (keyword only).
        Default False.
    ord : {'fro', 'nuc', 1, -1, 2, -2, inf, -inf}, optional
        Order (keyword only): ``'fro'`` (the default, Frobenius), ``'nuc'`` (sum of
        singular values), 2 / -2 (largest / smallest singular value), 1 / -1 (largest /
        smallest column sum of magnitudes), ``inf`` / ``-inf`` (the same over rows).

    Returns
    -------
    ndarray
        The norms, shape ``x.shape[:-2]`` (with two size-one axes when `keepdims`), of the
        real dtype.

    Raises
    ------
    ValueError
        If `x` has fewer than 2 dimensions or `ord` is not one of the above.
    LinAlgError
        If an SVD does not converge (orders 2, -2, 'nuc').
    TypeError
        If `x` is not a dparray array.

    See Also
    --------
    vector_norm, norm, svdvals

    Notes
    -----
    'fro', 1, -1, inf and -inf are reductions on `x`'s device (asynchronous); 2, -2 and
    'nuc' need singular values (LAPACK on the host, staged through the host on OpenCL
    devices).
    bool and integer input is computed in the device's default floating dtype (float64,
    or float32 on a device without float64); other dtypes keep their own, and the result
    has the real dtype (complex128 input gives float64).

    Examples
    --------
    >>> x = dp.asarray([[4., 2.], [2., 3.]])
    >>> dp.linalg.matrix_norm(x, ord=1)
    array(6.)
    >>> round(float(dp.linalg.matrix_norm(x)), 6)
    5.744563
    >>> round(float(dp.linalg.matrix_norm(x, ord=2)), 6)
    5.561553
    >>> dp.linalg.matrix_norm(dp.stack([dp.eye(2), dp.eye(2) * 2]), ord="nuc")
    array([2., 4.])
    """
    x = _inexact(x, "matrix_norm")
    if x.ndim < 2:
        raise ValueError(f"[matrix_norm] x must be at least 2-D, got shape {x.shape}")
    return _matrix_norm(x, ord, (x.ndim - 2, x.ndim - 1), keepdims, "matrix_norm")
