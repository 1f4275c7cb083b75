"""Docstrings of dparray's C++-bound reductions and statistics (keys: see dparray/_docstrings)."""

DOCS = {
    "sum": """
        Sum of array elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array. Python scalars and sequences are converted on the default device.
        axis : None, int or tuple of ints, optional
            Axes to sum over. None (the default) sums all elements; negative axes count
            from the last.
        dtype : dtype, optional
            Type of the accumulator and the result. By default bool and integers narrower
            than the platform integer accumulate in int64 (uint64 for unsigned types), as
            NumPy does; other types keep their own.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one, so that it
            broadcasts against `x`.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        initial : scalar, optional
            Starting value of the sum (added once).
        where : array_like of bool, optional
            Elements to include; the others are left out of the sum.

        Returns
        -------
        ndarray
            The sums, on `x`'s device and queue; a 0-d array when all axes are reduced.

        Raises
        ------
        numpy.exceptions.AxisError
            If an axis is out of range.
        ExecutionPlacementError
            If `out` or `where` live on another device than `x`.

        See Also
        --------
        prod, mean, cumsum, nansum

        Notes
        -----
        Runs asynchronously on `x`'s queue. Floating-point sums are pairwise (as NumPy's),
        and on OpenCL devices split over work-groups, so the last bits may differ from
        NumPy's.

        Examples
        --------
        >>> x = dp.asarray([[0, 1], [2, 3]])
        >>> dp.sum(x)
        array(6)
        >>> dp.sum(x, axis=0)
        array([2, 4])
        >>> dp.sum(x, axis=1, keepdims=True)
        array([[1],
               [5]])
        >>> dp.sum(dp.asarray([True, True, False])).dtype
        dtype('int64')
        >>> dp.sum(x, where=x > 1, initial=10)
        array(15)
    """,
}
