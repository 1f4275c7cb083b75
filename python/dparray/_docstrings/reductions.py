"""Docstrings of dparray's C++-bound reductions and statistics (keys: see dparray/_docstrings)."""

DOCS = {
    "sum": """
        Sum of array elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
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
        TypeError
            If `x` is not a dparray array, or `axis` is not None, an int or a tuple.
        IndexError
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
        NumPy's. Unlike NumPy, a full reduction gives a 0-d array, not a scalar, and Python
        lists or NumPy arrays are not accepted (convert them with :func:`asarray`), and an
        out-of-range axis raises IndexError (NumPy's AxisError is a subclass of it).

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
    "prod": """
        Product of array elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to multiply over. None (the default) reduces all elements; negative axes
            count from the last.
        dtype : dtype, optional
            Type of the accumulator and the result. By default bool and integers narrower
            than the platform integer accumulate in int64 (uint64 for unsigned types), as
            NumPy does; other types keep their own.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's, and the result
            must cast to its dtype with the 'same_kind' rule.
        initial : scalar, optional
            Starting value of the product (multiplied in once).
        where : array_like of bool, optional
            Elements to include; the others are left out of the product.

        Returns
        -------
        ndarray
            The products, on `x`'s device and queue; a 0-d array when all axes are reduced.
            The product of an empty axis is 1.

        Raises
        ------
        TypeError
            If `x` is not a dparray array, or `axis` is not None, an int or a tuple.
        IndexError
            If an axis is out of range.
        ExecutionPlacementError
            If `out` or `where` live on another device than `x`.

        See Also
        --------
        sum, cumprod, nanprod

        Notes
        -----
        Runs asynchronously on `x`'s queue. Integer products wrap around on overflow, as in
        NumPy. A full reduction gives a 0-d array, not a scalar.

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.prod(x)
        array(24)
        >>> dp.prod(x, axis=1)
        array([ 2, 12])
        >>> dp.prod(dp.asarray([1, 2, 3], dtype=dp.int8)).dtype
        dtype('int64')
        >>> dp.prod(x, where=x > 1, initial=2)
        array(48)
    """,
    "mean": """
        Arithmetic mean over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to average over. None (the default) averages all elements.
        dtype : dtype, optional
            Type of the result (and of the accumulation). By default bool and integers
            average in the device's default floating type (float64, or float32 on devices
            without double precision); floating and complex types keep their own.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        where : array_like of bool, optional
            Elements to include; the mean is over the selected elements only.

        Returns
        -------
        ndarray
            The means, on `x`'s device and queue; a 0-d array when all axes are reduced.
            The mean of an empty selection is NaN.

        Raises
        ------
        TypeError
            If `x` is not a dparray array, or `axis` is not None, an int or a tuple.
        IndexError
            If an axis is out of range.

        See Also
        --------
        average, nanmean, sum, var, std

        Notes
        -----
        Computed as a sum divided by the count, on `x`'s queue (asynchronously). float16
        input is accumulated in float32 and returned as float16, as NumPy does.

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.mean(x)
        array(2.5)
        >>> dp.mean(x, axis=0)
        array([2., 3.])
        >>> dp.mean(x, where=x > 1)
        array(3.)
    """,
    "var": """
        Variance over the given axes.

        The variance is the mean of the squared deviations from the mean,
        ``sum(abs(x - x.mean())**2) / (N - correction)``.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) uses all elements.
        dtype : dtype, optional
            Type used in the computation; by default integers and bool use the device's
            default floating type, floating types their own.
        ddof : real, optional
            "Delta degrees of freedom": the divisor is ``N - ddof``. Default 0.
        correction : real, optional
            The Array API's name for `ddof`; give at most one of the two.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray
            The variances, on `x`'s device and queue; complex input gives a real result.
            When ``N - ddof <= 0`` the divisor is 0, giving inf or NaN as in NumPy.

        Raises
        ------
        TypeError
            If `x` is not a dparray array, or `ddof` / `correction` is not a real number.
        ValueError
            If both `ddof` and `correction` are given.
        IndexError
            If an axis is out of range.

        See Also
        --------
        std, mean, nanvar

        Notes
        -----
        Two passes on `x`'s queue (mean, then squared deviations), asynchronously.
        Unlike NumPy, `ddof` is keyword-only, `where=` and `mean=` are not accepted, and a
        non-positive divisor gives no RuntimeWarning.

        Examples
        --------
        >>> x = dp.asarray([[1., 2.], [3., 4.]])
        >>> dp.var(x)
        array(1.25)
        >>> dp.var(x, axis=0)
        array([1., 1.])
        >>> dp.var(x, ddof=1)
        array(1.66666667)
        >>> dp.var(dp.asarray([1 + 1j, 2 - 1j]))
        array(1.25)
    """,
    "std": """
        Standard deviation over the given axes: the square root of :func:`var`.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) uses all elements.
        dtype : dtype, optional
            Type used in the computation; by default integers and bool use the device's
            default floating type, floating types their own.
        ddof : real, optional
            "Delta degrees of freedom": the variance's divisor is ``N - ddof``. Default 0.
        correction : real, optional
            The Array API's name for `ddof`; give at most one of the two.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray
            The standard deviations, on `x`'s device and queue; complex input gives a real
            result.

        Raises
        ------
        TypeError
            If `x` is not a dparray array, or `ddof` / `correction` is not a real number.
        ValueError
            If both `ddof` and `correction` are given.
        IndexError
            If an axis is out of range.

        See Also
        --------
        var, mean, nanstd

        Notes
        -----
        Unlike NumPy, `ddof` is keyword-only and `where=` and `mean=` are not accepted.

        Examples
        --------
        >>> x = dp.asarray([1., 2., 3., 4.])
        >>> dp.std(x)
        array(1.11803399)
        >>> dp.std(x, ddof=1)
        array(1.29099445)
        >>> dp.std(dp.asarray([[1., 3.], [2., 6.]]), axis=1)
        array([1., 2.])
    """,
    "max": """
        Maximum of array elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        initial : scalar, optional
            A value that takes part in every maximum: the result of an empty reduction,
            and required with `where`.
        where : array_like of bool, optional
            Elements to compare; needs `initial`.

        Returns
        -------
        ndarray
            The maxima, with `x`'s dtype, on `x`'s device and queue; a 0-d array when all
            axes are reduced.

        Raises
        ------
        ValueError
            If a reduced axis is empty and `initial` is not given, or `where` is given
            without `initial`.
        TypeError
            If `x` is not a dparray array.
        IndexError
            If an axis is out of range.

        See Also
        --------
        amax, min, maximum, nanmax, argmax

        Notes
        -----
        NaN propagates: a slice holding a NaN has the maximum NaN (use :func:`nanmax` to
        skip them). Complex numbers compare lexicographically, as in NumPy.

        Examples
        --------
        >>> x = dp.asarray([[1, 5], [4, 2]])
        >>> dp.max(x)
        array(5)
        >>> dp.max(x, axis=0)
        array([4, 5])
        >>> dp.max(dp.asarray([1., float("nan"), 3.]))
        array(nan)
        >>> dp.max(x, where=x < 5, initial=0)
        array(4)
    """,
    "min": """
        Minimum of array elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        initial : scalar, optional
            A value that takes part in every minimum: the result of an empty reduction,
            and required with `where`.
        where : array_like of bool, optional
            Elements to compare; needs `initial`.

        Returns
        -------
        ndarray
            The minima, with `x`'s dtype, on `x`'s device and queue; a 0-d array when all
            axes are reduced.

        Raises
        ------
        ValueError
            If a reduced axis is empty and `initial` is not given, or `where` is given
            without `initial`.
        TypeError
            If `x` is not a dparray array.
        IndexError
            If an axis is out of range.

        See Also
        --------
        amin, max, minimum, nanmin, argmin

        Notes
        -----
        NaN propagates: a slice holding a NaN has the minimum NaN (use :func:`nanmin` to
        skip them). Complex numbers compare lexicographically, as in NumPy.

        Examples
        --------
        >>> x = dp.asarray([[1, 5], [4, 2]])
        >>> dp.min(x)
        array(1)
        >>> dp.min(x, axis=1, keepdims=True)
        array([[1],
               [2]])
        >>> dp.min(dp.asarray([], dtype=dp.int64), initial=7)
        array(7)
    """,
    "amax": """
        Maximum of array elements over the given axes (an alias of :func:`max`).

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        initial : scalar, optional
            A value that takes part in every maximum; required with `where`.
        where : array_like of bool, optional
            Elements to compare; needs `initial`.

        Returns
        -------
        ndarray
            The maxima, on `x`'s device and queue (NaN propagates).

        Raises
        ------
        ValueError
            If a reduced axis is empty and `initial` is not given, or `where` is given
            without `initial`.

        See Also
        --------
        max, amin

        Examples
        --------
        >>> dp.amax(dp.asarray([[1, 5], [4, 2]]), axis=1)
        array([5, 4])
    """,
    "amin": """
        Minimum of array elements over the given axes (an alias of :func:`min`).

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        initial : scalar, optional
            A value that takes part in every minimum; required with `where`.
        where : array_like of bool, optional
            Elements to compare; needs `initial`.

        Returns
        -------
        ndarray
            The minima, on `x`'s device and queue (NaN propagates).

        Raises
        ------
        ValueError
            If a reduced axis is empty and `initial` is not given, or `where` is given
            without `initial`.

        See Also
        --------
        min, amax

        Examples
        --------
        >>> dp.amin(dp.asarray([[1, 5], [4, 2]]), axis=1)
        array([1, 2])
    """,
    "any": """
        Test whether any element along the given axes is true (non-zero).

        Parameters
        ----------
        x : ndarray
            Input array of any dtype (a dparray array; other objects raise TypeError).
            NaN counts as true.
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        where : array_like of bool, optional
            Elements to test; the others count as false.

        Returns
        -------
        ndarray of bool
            The results, on `x`'s device and queue; False for an empty axis.

        Raises
        ------
        TypeError
            If `x` is not a dparray array.
        IndexError
            If an axis is out of range.

        See Also
        --------
        all, count_nonzero

        Notes
        -----
        The result stays on the device; ``bool(dp.any(x))`` reads it back (a
        synchronisation point).

        Examples
        --------
        >>> x = dp.asarray([[True, False], [False, False]])
        >>> dp.any(x)
        array(True)
        >>> dp.any(x, axis=0)
        array([ True, False])
        >>> dp.any(dp.asarray([0., float("nan")]))
        array(True)
    """,
    "all": """
        Test whether every element along the given axes is true (non-zero).

        Parameters
        ----------
        x : ndarray
            Input array of any dtype (a dparray array; other objects raise TypeError).
            NaN counts as true.
        axis : None, int or tuple of ints, optional
            Axes to reduce. None (the default) reduces all elements.
        keepdims : bool, optional
            If True, the reduced axes stay in the result with size one.
        out : ndarray, optional
            Array to write the result into; its shape must be the result's.
        where : array_like of bool, optional
            Elements to test; the others count as true.

        Returns
        -------
        ndarray of bool
            The results, on `x`'s device and queue; True for an empty axis.

        Raises
        ------
        TypeError
            If `x` is not a dparray array.
        IndexError
            If an axis is out of range.

        See Also
        --------
        any

        Examples
        --------
        >>> x = dp.asarray([[1, 0], [1, 2]])
        >>> dp.all(x)
        array(False)
        >>> dp.all(x, axis=0)
        array([ True, False])
        >>> dp.all(x, where=x != 0)
        array(True)
    """,
    "count_nonzero": """
        Count the non-zero elements over the given axes.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError). NaN and complex
            numbers with a non-zero part count as non-zero.
        axis : None, int or tuple of ints, optional
            Keyword-only. Axes to count over; None (the default) counts all elements.
        keepdims : bool, optional
            Keyword-only. If True, the reduced axes stay in the result with size one.

        Returns
        -------
        ndarray of int64
            The counts, on `x`'s device and queue; a 0-d array when all axes are reduced.

        Raises
        ------
        TypeError
            If `x` is not a dparray array.
        IndexError
            If an axis is out of range.

        See Also
        --------
        nonzero, any

        Notes
        -----
        The count is computed on the device. Unlike NumPy, `axis` is keyword-only (as in
        the Array API) and the full count is a 0-d array rather than a Python int.

        Examples
        --------
        >>> x = dp.asarray([[0, 1, 7], [3, 0, 0]])
        >>> dp.count_nonzero(x)
        array(3)
        >>> dp.count_nonzero(x, axis=0)
        array([1, 1, 1])
        >>> dp.count_nonzero(x, axis=1, keepdims=True)
        array([[2],
               [1]])
    """,
    "cumsum": """
        Cumulative (inclusive) sum of the elements along an axis.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Axis along which to accumulate. None (the default) accumulates over the
            flattened array (C order).
        dtype : dtype, optional
            Type of the accumulator and the result; by default as :func:`sum` (bool and
            small integers accumulate in int64, unsigned ones in uint64).
        out : ndarray, optional
            Keyword-only. Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray
            The running sums, with `x`'s shape (1-D when `axis` is None), on `x`'s device
            and queue.

        Raises
        ------
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        cumulative_sum, cumprod, nancumsum, sum

        Notes
        -----
        Runs as a scan on `x`'s queue; floating-point rounding may differ from NumPy's
        sequential sum in the last bits. Unlike NumPy, `out` is keyword-only.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6]])
        >>> dp.cumsum(x)
        array([ 1,  3,  6, 10, 15, 21])
        >>> dp.cumsum(x, axis=0)
        array([[1, 2, 3],
               [5, 7, 9]])
        >>> dp.cumsum(x, axis=1, dtype=dp.float64)
        array([[ 1.,  3.,  6.],
               [ 4.,  9., 15.]])
    """,
    "cumprod": """
        Cumulative (inclusive) product of the elements along an axis.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Axis along which to accumulate. None (the default) accumulates over the
            flattened array (C order).
        dtype : dtype, optional
            Type of the accumulator and the result; by default as :func:`prod` (bool and
            small integers accumulate in int64, unsigned ones in uint64).
        out : ndarray, optional
            Keyword-only. Array to write the result into; its shape must be the result's.

        Returns
        -------
        ndarray
            The running products, with `x`'s shape (1-D when `axis` is None), on `x`'s
            device and queue.

        Raises
        ------
        TypeError
            If `x` is not a dparray array or `axis` is not None or an int.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        cumulative_prod, cumsum, nancumprod, prod

        Notes
        -----
        Unlike NumPy, `out` is keyword-only.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6]])
        >>> dp.cumprod(x)
        array([  1,   2,   6,  24, 120, 720])
        >>> dp.cumprod(x, axis=1)
        array([[  1,   2,   6],
               [  4,  20, 120]])
    """,
    "cumulative_sum": """
        Cumulative sum along an axis (the Array API's function).

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Keyword-only. Axis along which to accumulate; may be omitted only for 0-d and
            1-D input.
        dtype : dtype, optional
            Keyword-only. Type of the accumulator and the result; by default as
            :func:`sum`.
        include_initial : bool, optional
            Keyword-only. If True, the result starts with a zero along `axis` (its length
            there is one more than `x`'s). Default False.

        Returns
        -------
        ndarray
            The running sums, on `x`'s device and queue.

        Raises
        ------
        ValueError
            If `axis` is omitted for an array with more than one dimension.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        cumsum, cumulative_prod

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3, 4])
        >>> dp.cumulative_sum(x)
        array([ 1,  3,  6, 10])
        >>> dp.cumulative_sum(x, include_initial=True)
        array([ 0,  1,  3,  6, 10])
        >>> dp.cumulative_sum(dp.asarray([[1, 2], [3, 4]]), axis=0)
        array([[1, 2],
               [4, 6]])
    """,
    "cumulative_prod": """
        Cumulative product along an axis (the Array API's function).

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array; other objects raise TypeError).
        axis : int, optional
            Keyword-only. Axis along which to accumulate; may be omitted only for 0-d and
            1-D input.
        dtype : dtype, optional
            Keyword-only. Type of the accumulator and the result; by default as
            :func:`prod`.
        include_initial : bool, optional
            Keyword-only. If True, the result starts with a one along `axis` (its length
            there is one more than `x`'s). Default False.

        Returns
        -------
        ndarray
            The running products, on `x`'s device and queue.

        Raises
        ------
        ValueError
            If `axis` is omitted for an array with more than one dimension.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        cumprod, cumulative_sum

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3, 4])
        >>> dp.cumulative_prod(x)
        array([ 1,  2,  6, 24])
        >>> dp.cumulative_prod(x, include_initial=True)
        array([ 1,  1,  2,  6, 24])
    """,
    "diff": """
        The n-th discrete difference along an axis.

        The first difference is ``out[i] = x[i+1] - x[i]`` along `axis`; higher differences
        apply it `n` times.

        Parameters
        ----------
        x : ndarray
            Input array (a dparray array).
        n : int, optional
            Number of times to difference. Default 1; 0 returns the (joined) input.
        axis : int, optional
            Axis along which to difference. Default -1 (the last).
        prepend, append : scalar or ndarray, optional
            Values joined to `x` along `axis` before differencing. A scalar is broadcast to
            length 1 along `axis`; an array must match `x`'s shape except along `axis`.

        Returns
        -------
        ndarray
            The differences: like `x`, but `n` shorter along `axis`; on `x`'s device and
            queue. For bool input the difference is ``not_equal`` (bool result), as NumPy.

        Raises
        ------
        ValueError
            If `n` is negative.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        ediff1d, gradient, cumsum

        Examples
        --------
        >>> x = dp.asarray([1, 4, 9, 16])
        >>> dp.diff(x)
        array([3, 5, 7])
        >>> dp.diff(x, n=2)
        array([2, 2])
        >>> dp.diff(x, prepend=0)
        array([1, 3, 5, 7])
        >>> dp.diff(dp.asarray([[1, 3], [4, 10]]), axis=0)
        array([[3, 7]])
        >>> dp.diff(dp.asarray([True, False, False]))
        array([ True, False])
    """,
}
