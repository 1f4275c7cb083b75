"""Docstrings of dparray's C++-bound sorting routines (keys: see dparray/_docstrings)."""

DOCS = {
    "sort": """
        Return a sorted copy of an array.

        Parameters
        ----------
        x : ndarray
            Array to sort (a dparray array; other objects raise TypeError).
        axis : int or None, optional
            Axis along which to sort. Default -1 (the last); None sorts the flattened array.
        kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
            Accepted for NumPy compatibility; every kind gives the same stable sort.
        order : None
            Must be None (dparray has no structured dtypes).
        descending : bool, optional
            Keyword-only. If True, sort in descending order; equal elements keep their input
            order. Default False.
        stable : bool, optional
            Keyword-only. Accepted for the Array API; the sort is always stable.

        Returns
        -------
        ndarray
            A sorted array of `x`'s shape and dtype (1-D when `axis` is None), on `x`'s
            device and queue.

        Raises
        ------
        ValueError
            If `kind` is not one of the names above, or `order` is given.
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        argsort, partition, searchsorted, unique, ndarray.sort

        Notes
        -----
        NaNs sort last, -0.0 and +0.0 are equal (their input order is kept) and complex
        numbers sort lexicographically (real part, then imaginary part), as in NumPy. The
        sort is stable whatever `kind` says: equal elements keep their order (NumPy's
        default quicksort does not promise this). Runs on `x`'s queue: a parallel sort on
        the host, a device sort on OpenCL devices.

        Examples
        --------
        >>> x = dp.asarray([[3, 1, 2], [0, 5, 4]])
        >>> dp.sort(x)
        array([[1, 2, 3],
               [0, 4, 5]])
        >>> dp.sort(x, axis=0)
        array([[0, 1, 2],
               [3, 5, 4]])
        >>> dp.sort(x, axis=None)
        array([0, 1, 2, 3, 4, 5])
        >>> dp.sort(dp.asarray([2., float("nan"), -1.]))
        array([-1.,  2., nan])
        >>> dp.sort(dp.asarray([3, 1, 2]), descending=True)  # an Array API keyword NumPy lacks
        array([3, 2, 1])
    """,
    "argsort": """
        Return the indices that would sort an array.

        Parameters
        ----------
        x : ndarray
            Array to sort (a dparray array; other objects raise TypeError).
        axis : int or None, optional
            Axis along which to sort. Default -1 (the last); None sorts the flattened array.
        kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
            Accepted for NumPy compatibility; every kind gives the same stable sort.
        order : None
            Must be None (dparray has no structured dtypes).
        descending : bool, optional
            Keyword-only. If True, sort in descending order; equal elements keep their input
            order. Default False.
        stable : bool, optional
            Keyword-only. Accepted for the Array API; the sort is always stable.

        Returns
        -------
        ndarray of int64
            Indices of `x`'s shape (1-D when `axis` is None) such that
            ``take_along_axis(x, argsort(x, axis), axis)`` is sorted; on `x`'s device and
            queue.

        Raises
        ------
        ValueError
            If `kind` is not one of the names above, or `order` is given.
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        sort, argpartition, lexsort, take_along_axis

        Notes
        -----
        NaNs sort last, -0.0 and +0.0 are equal and complex numbers sort lexicographically
        (real part, then imaginary part), as in NumPy. The sort is always stable, so ties
        are listed in input order (also when `descending` is True); NumPy's default
        quicksort may order ties differently.

        Examples
        --------
        >>> x = dp.asarray([3, 1, 2, 1])
        >>> dp.argsort(x)
        array([1, 3, 2, 0])
        >>> y = dp.asarray([[0, 3], [2, 2]])
        >>> dp.argsort(y, axis=0)
        array([[0, 1],
               [1, 0]])
        >>> dp.argsort(x, descending=True)  # an Array API keyword NumPy lacks
        array([0, 2, 1, 3])
    """,
    "argmax": """
        Indices of the maximum values along an axis.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Axis to search. None (the default) searches the flattened array.
        keepdims : bool, optional
            Keyword-only. If True, the reduced axis stays in the result with size one.
        out : ndarray, optional
            Keyword-only. Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray of int64
            Index of the first maximum of each slice (a 0-d array when `axis` is None), on
            `x`'s device and queue.

        Raises
        ------
        ValueError
            If the searched axis is empty.
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        argmin, max, nanargmax, unravel_index

        Notes
        -----
        Ties give the first occurrence. NaN counts as the maximum: the index of the first
        NaN is returned, as in NumPy. Unlike NumPy, `out` is keyword-only and the result
        for ``axis=None`` is a 0-d array rather than a Python int.

        Examples
        --------
        >>> x = dp.asarray([[1, 5, 5], [7, 0, 7]])
        >>> dp.argmax(x)
        array(3)
        >>> dp.argmax(x, axis=1)
        array([1, 0])
        >>> dp.argmax(x, axis=0, keepdims=True)
        array([[1, 0, 1]])
        >>> dp.argmax(dp.asarray([1., float("nan"), 3.]))
        array(1)
    """,
    "argmin": """
        Indices of the minimum values along an axis.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Axis to search. None (the default) searches the flattened array.
        keepdims : bool, optional
            Keyword-only. If True, the reduced axis stays in the result with size one.
        out : ndarray, optional
            Keyword-only. Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray of int64
            Index of the first minimum of each slice (a 0-d array when `axis` is None), on
            `x`'s device and queue.

        Raises
        ------
        ValueError
            If the searched axis is empty.
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        argmax, min, nanargmin, unravel_index

        Notes
        -----
        Ties give the first occurrence. NaN counts as the minimum: the index of the first
        NaN is returned, as in NumPy. Unlike NumPy, `out` is keyword-only and the result
        for ``axis=None`` is a 0-d array rather than a Python int.

        Examples
        --------
        >>> x = dp.asarray([[4, 2, 2], [0, 9, 0]])
        >>> dp.argmin(x)
        array(3)
        >>> dp.argmin(x, axis=1)
        array([1, 0])
        >>> dp.argmin(dp.asarray([1., float("nan"), -3.]))
        array(1)
    """,
    "partition": """
        Return a partitioned copy of an array.

        Each element at a position in `kth` is where a sort along `axis` would put it; no
        element before it is greater and no element after it is smaller. The order within
        the parts is unspecified.

        Parameters
        ----------
        a : ndarray
            Array to partition (a dparray array; other objects raise TypeError).
        kth : int, sequence of ints or integer ndarray
            Positions to place; negative ones count from the end. An array is read back to
            the host (a few indices).
        axis : int or None, optional
            Axis along which to partition. Default -1; None partitions the flattened array.
        kind : {'introselect'}, optional
            Selection algorithm; only 'introselect' (the default) is accepted.
        order : None
            Must be None (dparray has no structured dtypes).

        Returns
        -------
        ndarray
            The partitioned array, of `a`'s shape and dtype (1-D when `axis` is None), on
            `a`'s device and queue.

        Raises
        ------
        ValueError
            If a `kth` is out of bounds, `kind` is not 'introselect' or `order` is given.
        TypeError
            If `kth` is not integers, or `axis` is not None or an int.

        See Also
        --------
        argpartition, sort

        Notes
        -----
        NaNs sort last, as in :func:`sort`. On the host each row is partitioned with
        ``std::nth_element`` in parallel; OpenCL devices sort. The unspecified order of the
        other elements may differ from NumPy's.

        Examples
        --------
        >>> x = dp.asarray([7, 1, 5, 3, 9, 2])
        >>> p = dp.partition(x, 2)
        >>> p[2]
        array(3)
        >>> bool(dp.all(p[:2] <= 3)) and bool(dp.all(p[3:] >= 3))
        True
        >>> dp.partition(x, [1, 4])
        array([1, 2, 3, 5, 7, 9])
    """,
    "argpartition": """
        Return the indices that would partition an array.

        Parameters
        ----------
        a : ndarray
            Array to partition (a dparray array; other objects raise TypeError).
        kth : int, sequence of ints or integer ndarray
            Positions to place as in :func:`partition`; negative ones count from the end.
        axis : int or None, optional
            Axis along which to partition. Default -1; None uses the flattened array.
        kind : {'introselect'}, optional
            Selection algorithm; only 'introselect' (the default) is accepted.
        order : None
            Must be None (dparray has no structured dtypes).

        Returns
        -------
        ndarray of int64
            Indices such that ``take_along_axis(a, argpartition(a, kth, axis), axis)`` is
            partitioned as :func:`partition` describes; on `a`'s device and queue.

        Raises
        ------
        ValueError
            If a `kth` is out of bounds, `kind` is not 'introselect' or `order` is given.
        TypeError
            If `kth` is not integers, or `axis` is not None or an int.

        See Also
        --------
        partition, argsort

        Notes
        -----
        The order of the indices within the parts is unspecified and may differ from
        NumPy's.

        Examples
        --------
        >>> x = dp.asarray([30, 10, 40, 20])
        >>> i = dp.argpartition(x, 1)
        >>> i[1]
        array(3)
        >>> dp.sort(x[i[:2]])
        array([10, 20])
    """,
    "searchsorted": """
        Find the indices where elements should be inserted to keep an array sorted.

        Parameters
        ----------
        x1 : ndarray
            1-D array sorted in ascending order (or any 1-D array when `sorter` is given).
        x2 : ndarray or scalar
            Values to insert (a dparray array or a Python scalar).
        side : {'left', 'right'}, optional
            'left' (the default) gives the first suitable position, 'right' the last.
        sorter : ndarray, optional
            Integer indices that sort `x1` ascending (for example ``argsort(x1)``).

        Returns
        -------
        ndarray of int64
            Insertion indices of `x2`'s shape (a 0-d array for a scalar `x2`), on `x1`'s
            device and queue.

        Raises
        ------
        ValueError
            If `side` is not 'left' or 'right'.
        TypeError
            If `x1` or `sorter` is not a dparray array, or `x2` is a list or NumPy array.

        See Also
        --------
        sort, digitize, histogram

        Notes
        -----
        NaNs sort last, as in :func:`sort`. Unlike NumPy, Python lists are not accepted
        for `x2`; convert them with :func:`asarray`. The NumPy names of the arguments are
        ``a`` and ``v``.

        Examples
        --------
        >>> a = dp.asarray([1, 2, 3, 4, 5])
        >>> dp.searchsorted(a, 3)
        array(2)
        >>> dp.searchsorted(a, 3, side="right")
        array(3)
        >>> dp.searchsorted(a, dp.asarray([-10, 10, 2, 3]))
        array([0, 5, 1, 2])
        >>> dp.searchsorted(dp.asarray([3, 1, 2]), 2, sorter=dp.asarray([1, 2, 0]))
        array(1)
    """,
    "nonzero": """
        Return the indices of the non-zero elements.

        Parameters
        ----------
        x : ndarray
            Input array with at least one dimension. NaN and complex numbers with a
            non-zero part count as non-zero.

        Returns
        -------
        tuple of ndarray
            One int64 array per dimension of `x`, holding the indices of the non-zero
            elements in C order; on `x`'s device and queue.

        Raises
        ------
        ValueError
            If `x` is 0-d (use :func:`atleast_1d` first), as NumPy 2.

        See Also
        --------
        flatnonzero, argwhere, where, count_nonzero

        Notes
        -----
        The size of the result depends on the data: the count is read back from the
        device, a synchronisation point.

        Examples
        --------
        >>> x = dp.asarray([[3, 0, 0], [0, 4, 0], [5, 6, 0]])
        >>> dp.nonzero(x)
        (array([0, 1, 2, 2]), array([0, 1, 0, 1]))
        >>> x[dp.nonzero(x > 3)]
        array([4, 5, 6])
    """,
    "isin": """
        Test whether each element of an array is also present in a second array.

        Parameters
        ----------
        x1 : ndarray or scalar
            Values to look up.
        x2 : ndarray or scalar
            Values to look in (any shape; it is treated as a flat set).
        assume_unique : bool, optional
            Accepted for NumPy compatibility; it does not change the result.
        invert : bool, optional
            If True, return whether each element is *not* in `x2`. Default False.
        kind : None, optional
            Keyword-only. Accepted for NumPy compatibility and ignored.

        Returns
        -------
        ndarray of bool
            An array of `x1`'s shape (0-d for a scalar), on the inputs' device and queue.

        Raises
        ------
        TypeError
            If an argument is a list or NumPy array.
        ExecutionPlacementError
            If `x1` and `x2` live on different devices.

        See Also
        --------
        unique, intersect1d, setdiff1d

        Notes
        -----
        Values are compared after type promotion; NaN is never in `x2` (NaN != NaN).
        Unlike NumPy, Python lists are not accepted; convert them with :func:`asarray`.

        Examples
        --------
        >>> x = dp.asarray([[0, 2], [4, 6]])
        >>> dp.isin(x, dp.asarray([1, 2, 4, 8]))
        array([[False,  True],
               [ True, False]])
        >>> dp.isin(x, dp.asarray([1, 2, 4, 8]), invert=True)
        array([[ True, False],
               [False,  True]])
        >>> dp.isin(dp.asarray([1., float("nan")]), dp.asarray([float("nan")]))
        array([False, False])
    """,
    "unique_values": """
        Return the sorted unique values of an array (the Array API's function).

        Parameters
        ----------
        x : ndarray
            Input array of any shape; it is flattened.

        Returns
        -------
        ndarray
            The unique values, sorted ascending (1-D, `x`'s dtype), on `x`'s device and
            queue.

        See Also
        --------
        unique, unique_counts, unique_inverse, unique_all

        Notes
        -----
        -0.0 and +0.0 are one value; every NaN is a distinct value (the Array API's rule),
        and NaNs sort last. The result size depends on the data (a synchronisation point).
        dparray always sorts the values; NumPy (2.3 and later) may return them in another
        order, which the Array API allows.

        Examples
        --------
        >>> dp.unique_values(dp.asarray([[3, 1], [1, 2]])).shape
        (3,)
        >>> dp.unique_values(dp.asarray([1., float("nan"), 1., float("nan")]))
        array([ 1., nan, nan])
    """,
    "unique_counts": """
        Return the sorted unique values of an array and how often each occurs.

        Parameters
        ----------
        x : ndarray
            Input array of any shape; it is flattened.

        Returns
        -------
        UniqueCountsResult
            A named tuple ``(values, counts)``: the sorted unique values (1-D, `x`'s dtype)
            and the number of times each occurs (int64), on `x`'s device and queue.

        See Also
        --------
        unique, unique_values, unique_all, bincount

        Notes
        -----
        -0.0 and +0.0 are one value; every NaN is a distinct value with count 1 (the
        Array API's rule).

        Examples
        --------
        >>> r = dp.unique_counts(dp.asarray([1, 2, 2, 3, 3, 3]))
        >>> r.values
        array([1, 2, 3])
        >>> r.counts
        array([1, 2, 3])
    """,
    "unique_inverse": """
        Return the sorted unique values of an array and the indices that rebuild it.

        Parameters
        ----------
        x : ndarray
            Input array of any shape.

        Returns
        -------
        UniqueInverseResult
            A named tuple ``(values, inverse_indices)``: the sorted unique values (1-D,
            `x`'s dtype) and int64 indices of `x`'s shape such that
            ``values[inverse_indices]`` equals `x`; on `x`'s device and queue.

        See Also
        --------
        unique, unique_all

        Notes
        -----
        -0.0 and +0.0 are one value; every NaN is a distinct value (the Array API's rule).

        Examples
        --------
        >>> x = dp.asarray([[5, 1], [5, 3]])
        >>> values, inverse = dp.unique_inverse(x)
        >>> values
        array([1, 3, 5])
        >>> inverse
        array([[2, 0],
               [2, 1]])
        >>> bool(dp.all(values[inverse] == x))
        True
    """,
    "unique_all": """
        Return the sorted unique values of an array with first indices, inverse indices and
        counts.

        Parameters
        ----------
        x : ndarray
            Input array of any shape.

        Returns
        -------
        UniqueAllResult
            A named tuple ``(values, indices, inverse_indices, counts)``: the sorted unique
            values (1-D, `x`'s dtype); the index of each value's first occurrence in the
            flattened `x` (int64); int64 indices of `x`'s shape such that
            ``values[inverse_indices]`` equals `x`; and the number of occurrences of each
            value (int64). All on `x`'s device and queue.

        See Also
        --------
        unique, unique_counts, unique_inverse, unique_values

        Notes
        -----
        -0.0 and +0.0 are one value; every NaN is a distinct value (the Array API's rule),
        and NaNs sort last.

        Examples
        --------
        >>> r = dp.unique_all(dp.asarray([3, 1, 3, 2, 1]))
        >>> r.values
        array([1, 2, 3])
        >>> r.indices
        array([1, 3, 0])
        >>> r.inverse_indices
        array([2, 0, 2, 1, 0])
        >>> r.counts
        array([2, 1, 2])
    """,
}
