"""Docstrings of dparray's C++-bound indexing routines (keys: see dparray/_docstrings)."""

DOCS = {
    "take": """
        Take elements from an array along an axis.

        ``take(x, indices, axis=k)`` is ``x[:, ..., :, indices, ...]`` with `indices` at
        position `k`; with ``axis=None`` it indexes the flattened `x`.

        Parameters
        ----------
        x : ndarray
            Source array (a dparray array).
        indices : ndarray, list or tuple of ints
            Indices of the elements to take; negative ones count from the end. Host data
            (lists, NumPy arrays) is copied to `x`'s queue.
        axis : int, optional
            Axis to take along. None (the default) uses the flattened `x`.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        mode : {'raise', 'wrap', 'clip'}, optional
            Handling of out-of-range indices: 'raise' (the default) raises IndexError,
            'wrap' takes them modulo the axis length, 'clip' clips them into
            ``[0, n - 1]`` (so negative indices become 0, as in NumPy).

        Returns
        -------
        ndarray
            The selected elements: `x`'s shape with the taken axis replaced by `indices`'
            shape; on `x`'s device and queue.

        Raises
        ------
        IndexError
            With mode 'raise', for an index out of range; for an out-of-range `axis`; or
            for a non-empty take from an empty axis.
        ValueError
            If `mode` is not one of the three names, or `out` has the wrong shape.
        TypeError
            If `out` is not a dparray array, or `indices` are not integers.

        See Also
        --------
        take_along_axis, put, compress, ndarray.__getitem__

        Notes
        -----
        With mode 'raise' the range check runs on the device: like every error of a running
        command, an out-of-range index may surface only at the next synchronisation point
        (``queue.wait()``, reading a value) rather than at the call.

        Examples
        --------
        >>> x = dp.asarray([[4, 3], [5, 7]])
        >>> dp.take(x, [0, 3])
        array([4, 7])
        >>> dp.take(x, dp.asarray([1]), axis=1)
        array([[3],
               [7]])
        >>> dp.take(dp.asarray([1, 2, 3]), [5, -1], mode="clip")
        array([3, 1])
        >>> dp.take(dp.asarray([1, 2, 3]), [5, -1], mode="wrap")
        array([3, 3])
    """,
    "take_along_axis": """
        Take values from an array by matching 1-D index and data slices.

        Picks ``x[..., indices[..., j, ...], ...]`` along `axis`, the way the results of
        :func:`argsort` and :func:`argpartition` index their input.

        Parameters
        ----------
        x : ndarray
            Source array.
        indices : ndarray
            Integer indices with `x`'s number of dimensions; it broadcasts against `x`
            except along `axis`. Negative indices count from the end.
        axis : int or None, optional
            Axis to take along. Default -1; None uses the flattened `x` with 1-D `indices`.

        Returns
        -------
        ndarray
            The selected values, of the broadcast shape (`indices`' length along `axis`);
            on `x`'s device and queue.

        Raises
        ------
        IndexError
            If an index is out of range (checked on the device; one flag is read back, a
            synchronisation point), or `axis` is out of range.
        ValueError
            If `axis` is None and `indices` is not 1-D, or the shapes do not broadcast.
        TypeError
            If `x` or `indices` is not a dparray array.

        See Also
        --------
        take, put_along_axis, argsort

        Examples
        --------
        >>> x = dp.asarray([[10, 30, 20], [60, 40, 50]])
        >>> i = dp.argsort(x, axis=1)
        >>> dp.take_along_axis(x, i, axis=1)
        array([[10, 20, 30],
               [40, 50, 60]])
        >>> dp.take_along_axis(x, dp.argmax(x, axis=1, keepdims=True), axis=1)
        array([[30],
               [60]])
    """,
    "diagonal": """
        Return the specified diagonals.

        Parameters
        ----------
        a : ndarray
            Array with at least two dimensions.
        offset : int, optional
            Offset of the diagonal from the main one: positive above, negative below.
            Default 0.
        axis1, axis2 : int, optional
            The axes of the 2-D planes whose diagonals are taken. Defaults 0 and 1.

        Returns
        -------
        ndarray
            The diagonals: the other axes of `a` followed by one axis holding each
            diagonal. A view of `a`, on its device and queue.

        Raises
        ------
        ValueError
            If `a` has fewer than two dimensions or `axis1` and `axis2` are the same axis.
        IndexError
            If an axis is out of range (NumPy raises AxisError, a subclass).

        See Also
        --------
        trace, diag, fill_diagonal, diag_indices

        Notes
        -----
        Unlike NumPy, whose diagonal views are read-only, the result is a writable view:
        writing to it changes `a`.

        Examples
        --------
        >>> a = dp.asarray([[1, 2, 3], [4, 5, 6]])
        >>> dp.diagonal(a)
        array([1, 5])
        >>> dp.diagonal(a, offset=1)
        array([2, 6])
        >>> b = dp.reshape(dp.arange(8), (2, 2, 2))
        >>> dp.diagonal(b)
        array([[0, 6],
               [1, 7]])
        >>> dp.diagonal(b, axis1=1, axis2=2)
        array([[0, 3],
               [4, 7]])
    """,
}
