"""Docstrings of dparray's C++-bound linalg routines (keys: see dparray/_docstrings)."""

# How the products run; shared by the entries below.
_PRODUCT_BACKEND = """
        The product runs asynchronously on the operands' queue and the result lives there.
        On the host device float32, float64, complex64 and complex128 products call OpenBLAS
        (GEMM, batched over the stack dimensions); integer and bool products, and very small
        matrices, run a parallel loop (integers wrap around on overflow, as in NumPy), and
        float16 accumulates in float32. On OpenCL devices the product is a generated GEMM
        kernel (CLBlast on GPUs). The result dtype is ``result_type`` of the operands."""

DOCS = {
    "matmul": """
        Matrix product of two arrays, with NumPy's (and the Array API's) rules.

        2-D operands multiply as matrices. Operands with more dimensions are stacks of
        matrices in their last two axes, and the stack (batch) dimensions broadcast. A 1-D
        first operand is a row vector and a 1-D second operand a column vector; the added
        dimension is removed from the result.

        Parameters
        ----------
        x1 : ndarray
            First operand, at least 1-D.
        x2 : ndarray
            Second operand, at least 1-D; its second-to-last axis (its only axis when 1-D)
            must have the size of `x1`'s last axis.
        out : ndarray, optional
            Array to write the result into (keyword only). Its shape must be the result's and
            the result must cast to its dtype under the ``'same_kind'`` rule.

        Returns
        -------
        ndarray
            The product, of shape ``(*batch, n, m)`` (without ``n`` or ``m`` for 1-D
            operands); a 0-d array for two 1-D operands. `out` when given.

        Raises
        ------
        ValueError
            If an operand is a scalar (0-d), if the core dimensions do not match, if the
            batch dimensions do not broadcast, or if `out` has the wrong shape.
        TypeError
            If an operand is not a dparray array (a NumPy array or a list: move it with
            ``dparray.asarray`` first), or if the result cannot be cast to `out`'s dtype.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        dot, vecdot, tensordot, einsum, matvec, vecmat

        Notes
        -----"""
    + _PRODUCT_BACKEND
    + """

        ``x1 @ x2`` is the same operation. Where NumPy returns a scalar (two 1-D operands),
        dparray returns a 0-d array. Unlike NumPy's gufunc, no ``axes``, ``dtype`` or
        ``casting`` arguments are taken.

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> b = dp.asarray([[5, 6], [7, 8]])
        >>> dp.matmul(a, b)
        array([[19, 22],
               [43, 50]])
        >>> a @ dp.asarray([1, 1])
        array([3, 7])
        >>> dp.matmul(dp.asarray([1, 2, 3]), dp.asarray([4, 5, 6]))
        array(32)

        Stacks of matrices broadcast against a single matrix:

        >>> dp.matmul(dp.ones((3, 2, 4)), dp.ones((4, 5))).shape
        (3, 2, 5)
    """,
    "dot": """
        Dot product of two arrays (numpy.dot).

        For scalars and 0-d arrays it multiplies; two 1-D arrays give their inner product;
        an N-D array and a 1-D array sum over their last axes; an N-D and an M-D array (M >= 2)
        sum over the last axis of `a` and the second-to-last of `b`::

            dot(a, b)[i, j, k, m] = sum(a[i, j, :] * b[k, :, m])

        Parameters
        ----------
        a : ndarray or scalar
            First operand. A Python scalar is allowed when `b` is an array.
        b : ndarray or scalar
            Second operand. A Python scalar is allowed when `a` is an array.
        out : ndarray, optional
            Array to write the result into. Its shape must be the result's and the result
            must cast to its dtype under the ``'same_kind'`` rule.

        Returns
        -------
        ndarray
            The dot product on the operands' device; a 0-d array for two 1-D operands.
            `out` when given.

        Raises
        ------
        ValueError
            If the summed axes differ in size ("shapes not aligned"), or if `out` has the
            wrong shape.
        TypeError
            If an operand is a NumPy array or another foreign object, if both are Python
            scalars, or if the result cannot be cast to `out`'s dtype.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        matmul, vdot, inner, tensordot, einsum

        Notes
        -----"""
    + _PRODUCT_BACKEND
    + """

        Differences from NumPy: a 0-d array is returned where NumPy returns a scalar, two
        Python scalars are a TypeError (at least one operand must be a dparray array), and
        `out` need not have the exact result dtype (a ``'same_kind'`` cast is allowed).

        Examples
        --------
        >>> dp.dot(dp.asarray([1, 2, 3]), dp.asarray([4, 5, 6]))
        array(32)
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> dp.dot(a, dp.asarray([[5, 6], [7, 8]]))
        array([[19, 22],
               [43, 50]])
        >>> dp.dot(3, a)
        array([[ 3,  6],
               [ 9, 12]])
        >>> dp.dot(dp.ones((2, 3, 4)), dp.ones((5, 4, 6))).shape
        (2, 3, 5, 6)
    """,
    "vecdot": """
        Vector dot product over an axis: ``sum(conj(x1) * x2, axis=axis)``.

        The vectors lie along `axis` of each operand; the other dimensions broadcast. Complex
        `x1` is conjugated (Array API and NumPy 2).

        Parameters
        ----------
        x1 : ndarray
            First operand, at least 1-D (conjugated when complex).
        x2 : ndarray
            Second operand, at least 1-D; its size along `axis` must be `x1`'s.
        axis : int, optional
            Axis of the vectors, counted in each operand (keyword only). Default -1 (the
            last). Only negative values are portable under the Array API.

        Returns
        -------
        ndarray
            The dot products, of the broadcast shape of the operands without `axis`; a 0-d
            array for two 1-D operands. Its dtype is ``result_type(x1, x2)``.

        Raises
        ------
        ValueError
            If an operand is a scalar, if the sizes along `axis` differ, or if the other
            dimensions do not broadcast.
        IndexError
            If `axis` is out of range (NumPy raises its AxisError, a subclass of IndexError).
        TypeError
            If an operand is not a dparray array.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        matmul, vdot, inner, linalg.vecdot

        Notes
        -----
        Runs asynchronously on the operands' queue (reduced through ``matmul``, so BLAS on
        the host for float and complex dtypes, a generated kernel on OpenCL devices). NumPy's
        ``out``, ``dtype`` and ``axes`` arguments are not taken; a 0-d array is returned where
        NumPy returns a scalar.

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> b = dp.asarray([[5, 6], [7, 8]])
        >>> dp.vecdot(a, b)
        array([17, 53])
        >>> dp.vecdot(a, b, axis=0)
        array([26, 44])
        >>> dp.vecdot(dp.asarray([1j, 2]), dp.asarray([1j, 1]))
        array(3.+0.j)
    """,
    "tensordot": """
        Tensor dot product: sums the products over chosen axes of `a` and `b`.

        Parameters
        ----------
        a : ndarray
            First operand, at least 1-D.
        b : ndarray
            Second operand, at least 1-D.
        axes : int or pair of (sequences of) ints, optional
            An integer N sums over the last N axes of `a` and the first N axes of `b`, in
            order (default 2; 0 gives the outer product). A pair ``(axes_a, axes_b)`` of
            ints or equally long sequences of ints names the axes to sum pairwise.

        Returns
        -------
        ndarray
            The result, whose shape is `a`'s remaining axes followed by `b`'s; its dtype is
            ``result_type(a, b)``.

        Raises
        ------
        ValueError
            If an operand is a scalar, if paired axes differ in size, if the axis lists
            differ in length, or if N exceeds an operand's dimensions.
        IndexError
            If a named axis is out of range.
        TypeError
            If `axes` is neither an int nor a pair, or an operand is not a dparray array.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        dot, matmul, einsum, outer

        Notes
        -----
        The summed axes are moved together and the contraction runs as one ``matmul``
        (OpenBLAS on the host for float and complex dtypes, a generated GEMM kernel on
        OpenCL devices), asynchronously on the operands' queue. Python scalars are not
        accepted as operands (NumPy converts them).

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> b = dp.asarray([[5, 6], [7, 8]])
        >>> dp.tensordot(a, b)
        array(70)
        >>> dp.tensordot(a, b, axes=1)
        array([[19, 22],
               [43, 50]])
        >>> dp.tensordot(a, b, axes=([0], [1]))
        array([[23, 31],
               [34, 46]])
        >>> dp.tensordot(dp.ones((3, 4, 5)), dp.ones((4, 3, 2)), axes=([1, 0], [0, 1])).shape
        (5, 2)
    """,
    "inner": """
        Inner product of two arrays over their last axes (numpy.inner).

        For 1-D arrays this is the ordinary inner product (without conjugation); in general
        ``inner(a, b)[i, j] = sum(a[i, :] * b[j, :])`` over the last axes, and the result has
        ``a.shape[:-1] + b.shape[:-1]``. A scalar operand multiplies the other.

        Parameters
        ----------
        a : ndarray or scalar
            First operand.
        b : ndarray or scalar
            Second operand; when both are arrays of at least one dimension their last axes
            must have the same size.

        Returns
        -------
        ndarray
            The inner product on the operands' device; a 0-d array for two 1-D operands.

        Raises
        ------
        ValueError
            If the last axes differ in size.
        TypeError
            If an operand is a NumPy array or another foreign object.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        vecdot, dot, tensordot, outer

        Notes
        -----
        Computed through ``tensordot`` / ``matmul`` on the operands' queue (OpenBLAS on the
        host for float and complex dtypes). Complex values are not conjugated (use
        ``vecdot`` or ``vdot`` for that). A 0-d array is returned where NumPy returns a
        scalar.

        Examples
        --------
        >>> dp.inner(dp.asarray([1, 2, 3]), dp.asarray([0, 1, 0]))
        array(2)
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> dp.inner(a, dp.asarray([[5, 6], [7, 8]]))
        array([[17, 23],
               [39, 53]])
        >>> dp.inner(2, a)
        array([[2, 4],
               [6, 8]])
    """,
    "outer": """
        Outer product of two arrays, flattened first (numpy.outer).

        ``outer(a, b)[i, j] = a.ravel()[i] * b.ravel()[j]``.

        Parameters
        ----------
        a : ndarray
            First operand, at least 1-D (flattened when it has more dimensions).
        b : ndarray
            Second operand, at least 1-D (flattened when it has more dimensions).

        Returns
        -------
        ndarray
            A 2-D array of shape ``(a.size, b.size)`` and dtype ``result_type(a, b)``, on the
            operands' device.

        Raises
        ------
        ValueError
            If an operand is a scalar (0-d).
        TypeError
            If an operand is not a dparray array.
        ExecutionPlacementError
            If the operands live on different queues.

        See Also
        --------
        inner, tensordot, kron, multiply.outer

        Notes
        -----
        One broadcast multiply, asynchronous on the operands' queue. NumPy's ``out``
        argument is not taken; NumPy also accepts scalars (as size-1 arrays), dparray does
        not.

        Examples
        --------
        >>> dp.outer(dp.asarray([1, 2]), dp.asarray([1, 2, 3]))
        array([[1, 2, 3],
               [2, 4, 6]])
        >>> dp.outer(dp.asarray([[1, 2], [3, 4]]), dp.asarray([1, 10]))
        array([[ 1, 10],
               [ 2, 20],
               [ 3, 30],
               [ 4, 40]])
    """,
    "trace": """
        Sum along a diagonal of an array (numpy.trace).

        For a 2-D array this is ``sum(a[i, i + offset])``. For more dimensions the diagonals
        are taken in the planes of `axis1` and `axis2`; the result has the other dimensions.

        Parameters
        ----------
        a : ndarray
            Input array, at least 2-D.
        offset : int, optional
            Diagonal offset: positive above the main diagonal, negative below. Default 0.
            An offset past the edge sums nothing (0).
        axis1 : int, optional
            First axis of the planes. Default 0 (the first; ``dparray.linalg.trace`` uses
            the last two axes instead).
        axis2 : int, optional
            Second axis of the planes. Default 1.
        dtype : dtype, optional
            Accumulator and result dtype. By default as ``sum``: bool and integers narrower
            than 64 bits sum in int64 (uint64 for unsigned), other dtypes keep their own.

        Returns
        -------
        ndarray
            The sums; a 0-d array for 2-D input, otherwise of `a`'s shape without `axis1`
            and `axis2`.

        Raises
        ------
        ValueError
            If `a` has fewer than 2 dimensions, or `axis1` and `axis2` are the same axis.
        IndexError
            If an axis is out of range (NumPy raises its AxisError, a subclass).
        TypeError
            If `a` is not a dparray array.

        See Also
        --------
        diagonal, sum, linalg.trace, ndarray.trace

        Notes
        -----
        A reduction over a diagonal view, asynchronous on `a`'s queue (a device kernel on
        OpenCL devices). NumPy's ``out`` argument is not taken, and a 0-d array is
        returned where NumPy returns a scalar.

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> dp.trace(a)
        array(5)
        >>> dp.trace(a, offset=1)
        array(2)
        >>> x = dp.reshape(dp.arange(8), (2, 2, 2))
        >>> dp.trace(x)
        array([6, 8])
        >>> dp.trace(x, axis1=1, axis2=2)
        array([ 3, 11])
        >>> dp.trace(a, dtype=dp.float32)
        array(5., dtype=float32)
    """,
}
