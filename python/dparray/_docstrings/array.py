"""Docstrings of dparray's C++-bound array routines (keys: see dparray/_docstrings)."""

DOCS = {
    # ---- the ndarray class and its properties ------------------------------------------
    "ndarray": """
        An n-dimensional array in the memory of a device.

        A dparray array is a strided view (shape, strides and offset in elements, a dtype)
        of a USM allocation that belongs to one device and is bound to one queue of that
        device, as dpctl's ``usm_ndarray``. Operations on arrays follow the data ("compute
        follows data"): they run on the queue of their operands and return arrays on the
        same queue; operands on different queues raise ``ExecutionPlacementError``, and NumPy
        arrays are not accepted as operands (move data explicitly with ``asarray``,
        ``to_device`` or ``asnumpy``). Work is enqueued asynchronously: a call returns as soon
        as its command is submitted, and reading values (``repr``, ``item``, ``float``,
        ``bool``, ``asnumpy``, ``__array__``) waits for it.

        Arrays are normally made by creation functions (``asarray``, ``zeros``, ``arange``,
        ...); the constructor, as dpctl's, allocates uninitialised memory or makes a view of
        another array's allocation.

        Parameters
        ----------
        shape : int or tuple of ints
            Shape of the array.
        dtype : dtype, optional
            Element type. None (the default) is the default floating type of the device:
            float64, or float32 on a device without float64 support.
        strides : tuple of ints, optional
            Strides in elements (not bytes), one per dimension. None (the default) gives a
            contiguous layout in `order`.
        buffer : {'device', 'shared', 'host'} or ndarray, optional
            A USM type string: new memory of that type is allocated on the default queue
            (or on ``buffer_ctor_kwargs["queue"]``). An ndarray: the new array views that
            array's allocation and uses its queue. Default 'device'.
        offset : int, optional
            Offset of the first element, in elements from the start of the allocation.
            Default 0.
        order : {'C', 'F'}, optional
            Layout of the default strides: row-major ('C', the default) or column-major
            ('F').
        buffer_ctor_kwargs : dict, optional
            ``{"queue": q}`` allocates on the ``dparray.Queue`` `q` (a `buffer` string
            only).

        Raises
        ------
        ValueError
            If `order` is not 'C' or 'F', `strides` does not match `shape`, or the view
            reaches outside the allocation of `buffer`.
        TypeError
            If `buffer` is neither a USM type string nor a dparray.ndarray, or
            ``buffer_ctor_kwargs["queue"]`` is not a ``dparray.Queue``.

        See Also
        --------
        asarray, empty, zeros, asnumpy

        Notes
        -----
        The memory of an array lives as long as any array viewing it. Every dparray array is
        writeable and aligned. Supported dtypes are bool, int8 to int64, uint8 to uint64,
        float16, float32, float64, complex64 and complex128 (float64 and complex128 only on
        devices that support them). Reductions over all axes return 0-d arrays rather than
        NumPy scalars, so that the value stays on the device.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6]])
        >>> x
        array([[1, 2, 3],
               [4, 5, 6]])
        >>> x.shape, x.dtype, x.usm_type
        ((2, 3), dtype('int64'), 'device')
        >>> (x * 2 + 1).sum(axis=0)
        array([12, 16, 20])

        The constructor allocates uninitialised memory, or views another allocation:

        >>> a = dp.ndarray((2, 3), dtype=dp.int32)
        >>> a.fill(7)
        >>> a
        array([[7, 7, 7],
               [7, 7, 7]], dtype=int32)
        >>> dp.ndarray((3,), dtype=dp.int32, strides=(2,), buffer=a)
        array([7, 7, 7], dtype=int32)
    """,
    "ndarray.T": """
        The array with its axes reversed: a view, the same as ``self.transpose()``.

        A 0-d or 1-d array is returned unchanged (as a new view).

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> x.T
        array([[1, 3],
               [2, 4]])
        >>> dp.zeros((2, 3, 4)).T.shape
        (4, 3, 2)
    """,
    "ndarray.mT": """
        The array with its last two axes swapped (a view): a stack of transposed matrices.

        Raises ``ValueError`` for arrays of fewer than 2 dimensions.

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> x.mT
        array([[1, 3],
               [2, 4]])
        >>> dp.zeros((5, 2, 3)).mT.shape
        (5, 3, 2)
    """,
    "ndarray.shape": """
        The length of each dimension, as a tuple of ints (``()`` for a 0-d array).

        Read-only: use ``reshape`` for a new shape.

        Examples
        --------
        >>> dp.zeros((2, 3)).shape
        (2, 3)
        >>> dp.asarray(5).shape
        ()
    """,
    "ndarray.ndim": """
        The number of dimensions (``len(self.shape)``); 0 for a 0-d array.

        Examples
        --------
        >>> dp.zeros((2, 3, 4)).ndim
        3
        >>> dp.asarray(5).ndim
        0
    """,
    "ndarray.size": """
        The number of elements: the product of the shape (1 for a 0-d array).

        Examples
        --------
        >>> dp.zeros((2, 3)).size
        6
        >>> dp.asarray(5).size
        1
    """,
    "ndarray.dtype": """
        The data type of the elements, a ``dparray.dtype`` (printed as NumPy's).

        Examples
        --------
        >>> dp.asarray([1, 2]).dtype
        dtype('int64')
        >>> dp.asarray([1, 2], dtype=dp.float32).dtype
        dtype('float32')
    """,
    "ndarray.itemsize": """
        The size of one element in bytes.

        Examples
        --------
        >>> dp.asarray([1, 2], dtype=dp.int32).itemsize
        4
        >>> dp.asarray([1j]).itemsize
        16
    """,
    "ndarray.nbytes": """
        The number of bytes the elements occupy: ``size * itemsize`` (a view counts its own
        elements, not the allocation it views).

        Examples
        --------
        >>> dp.zeros((3, 4), dtype=dp.float32).nbytes
        48
    """,
    "ndarray.strides": """
        The step in bytes between consecutive elements along each dimension, as NumPy
        reports them (a tuple of ints; negative for reversed views).

        The constructor ``ndarray(..., strides=...)`` takes strides in elements instead, as
        dpctl's.

        Examples
        --------
        >>> x = dp.zeros((2, 3), dtype=dp.float32)
        >>> x.strides
        (12, 4)
        >>> x.T.strides
        (4, 12)
    """,
    "ndarray.usm_type": """
        The USM type of the allocation the array views, as dpctl's: ``'device'`` (memory of
        the device, the default), ``'shared'`` (migrates between host and device) or
        ``'host'`` (host memory the device can read). The result of an operation takes the
        first of device > shared > host among its operands.

        Examples
        --------
        >>> dp.zeros(3).usm_type
        'device'
        >>> dp.zeros(3, usm_type="host").usm_type
        'host'
    """,
    "ndarray.sycl_queue": """
        The queue (a ``dparray.Queue``) the array is bound to, as dpctl's
        ``usm_ndarray.sycl_queue``: operations on the array are enqueued there, in order and
        asynchronously. Arrays made for the same device without an explicit queue share
        that device's default queue, so they can be combined.

        Examples
        --------
        >>> x = dp.zeros(3)
        >>> x.sycl_queue == dp.ones(2).sycl_queue
        True
        >>> (x + 1).sycl_queue == x.sycl_queue
        True
    """,
    "ndarray.sycl_device": """
        The device (a ``dparray.Device``) whose memory holds the array: the device of
        ``sycl_queue``, as dpctl's ``usm_ndarray.sycl_device``.

        Examples
        --------
        >>> x = dp.zeros(3, device="host:cpu:0")
        >>> x.sycl_device.filter_string
        'host:cpu:0'
        >>> x.sycl_device.is_cpu
        True
    """,
    "ndarray.device": """
        The Array API device object of the array: it names the array's queue (and through
        it the device; ``.sycl_queue``, ``.sycl_device``, ``.filter_string``) and is accepted
        by ``device=`` of creation functions and by ``to_device``, so that new arrays go to
        the same queue. Two arrays' ``device`` compare equal when they share a queue.

        Examples
        --------
        >>> x = dp.zeros(3, device="host:cpu:0")
        >>> x.device
        Device(host:cpu:0)
        >>> y = dp.arange(3, device=x.device)
        >>> y.device == x.device
        True
    """,
}

# ---- reductions and scans (methods that mirror dparray's functions) ----------------------
DOCS.update(
    {
        "ndarray.sum": """
            Sum of the elements over the given axes; the method form of ``dparray.sum``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to sum over; None (the default) sums all elements.
            dtype : dtype, optional
                Type of the accumulator and the result. By default bool and integers
                narrower than int64 accumulate in int64 (uint64 for unsigned types), as NumPy.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into (keyword only).
            initial : scalar, optional
                Starting value of the sum.
            where : ndarray of bool, optional
                Elements to include; the others are left out.

            Returns
            -------
            ndarray
                The sums, on the array's queue; a 0-d array when all axes are reduced.

            See Also
            --------
            dparray.sum

            Notes
            -----
            Runs asynchronously on the array's queue. A full reduction returns a 0-d array
            (NumPy returns a scalar); ``out`` is keyword-only here.

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.sum()
            array(10)
            >>> x.sum(axis=0)
            array([4, 6])
            >>> x.sum(axis=1, keepdims=True)
            array([[3],
                   [7]])
        """,
        "ndarray.prod": """
            Product of the elements over the given axes; the method form of ``dparray.prod``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to multiply over; None (the default) multiplies all elements.
            dtype : dtype, optional
                Type of the accumulator and the result (default as for ``sum``).
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into (keyword only).
            initial : scalar, optional
                Starting value of the product.
            where : ndarray of bool, optional
                Elements to include; the others are left out.

            Returns
            -------
            ndarray
                The products, on the array's queue; a 0-d array when all axes are reduced.

            See Also
            --------
            dparray.prod

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.prod()
            array(24)
            >>> x.prod(axis=1)
            array([ 2, 12])
        """,
        "ndarray.mean": """
            Arithmetic mean over the given axes; the method form of ``dparray.mean``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to average over; None (the default) averages all elements.
            dtype : dtype, optional
                Type of the computation and the result. Integers and bool average in the
                default floating type of the device.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into (keyword only).
            where : ndarray of bool, optional
                Elements to include in the mean.

            Returns
            -------
            ndarray
                The means, on the array's queue; a 0-d array when all axes are reduced.

            See Also
            --------
            dparray.mean

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.mean()
            array(2.5)
            >>> x.mean(axis=0)
            array([2., 3.])
        """,
        "ndarray.var": """
            Variance over the given axes; the method form of ``dparray.var``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to compute over; None (the default) uses all elements.
            dtype : dtype, optional
                Type of the computation.
            ddof : int or float, optional
                Delta degrees of freedom: the divisor is ``N - ddof``. Default 0.
            correction : int or float, optional
                The Array API name of `ddof`; give at most one of the two.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.

            Returns
            -------
            ndarray
                The variances (real for complex input), on the array's queue.

            Raises
            ------
            ValueError
                If both `ddof` and `correction` are given.

            See Also
            --------
            dparray.var, ndarray.std

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.var()
            array(1.25)
            >>> x.var(axis=0)
            array([1., 1.])
            >>> dp.asarray([1, 2, 3]).var(ddof=1)
            array(1.)
        """,
        "ndarray.std": """
            Standard deviation over the given axes (the square root of ``var``); the method
            form of ``dparray.std``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to compute over; None (the default) uses all elements.
            dtype : dtype, optional
                Type of the computation.
            ddof : int or float, optional
                Delta degrees of freedom: the divisor is ``N - ddof``. Default 0.
            correction : int or float, optional
                The Array API name of `ddof`; give at most one of the two.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.

            Returns
            -------
            ndarray
                The standard deviations, on the array's queue.

            Raises
            ------
            ValueError
                If both `ddof` and `correction` are given.

            See Also
            --------
            dparray.std, ndarray.var

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.std(axis=0)
            array([1., 1.])
            >>> float(dp.asarray([1.0, 2.0, 3.0, 4.0]).std(ddof=1))
            1.2909944487358056
        """,
        "ndarray.max": """
            Maximum over the given axes; the method form of ``dparray.max``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to reduce; None (the default) reduces all elements.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.
            initial : scalar, optional
                A value the maximum starts from; needed for empty axes and with `where`.
            where : ndarray of bool, optional
                Elements to include.

            Returns
            -------
            ndarray
                The maxima (NaN propagates), on the array's queue.

            Raises
            ------
            ValueError
                If an axis is empty and no `initial` is given.

            See Also
            --------
            dparray.max, ndarray.argmax

            Examples
            --------
            >>> x = dp.asarray([[1, 5], [3, 2]])
            >>> x.max()
            array(5)
            >>> x.max(axis=0)
            array([3, 5])
            >>> dp.asarray([1, 2, 3]).max(initial=10)
            array(10)
        """,
        "ndarray.min": """
            Minimum over the given axes; the method form of ``dparray.min``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to reduce; None (the default) reduces all elements.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.
            initial : scalar, optional
                A value the minimum starts from; needed for empty axes and with `where`.
            where : ndarray of bool, optional
                Elements to include.

            Returns
            -------
            ndarray
                The minima (NaN propagates), on the array's queue.

            Raises
            ------
            ValueError
                If an axis is empty and no `initial` is given.

            See Also
            --------
            dparray.min, ndarray.argmin

            Examples
            --------
            >>> x = dp.asarray([[1, 5], [3, 2]])
            >>> x.min()
            array(1)
            >>> x.min(axis=1, keepdims=True)
            array([[1],
                   [2]])
        """,
        "ndarray.any": """
            Whether any element along the given axes is non-zero; the method form of
            ``dparray.any``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to reduce; None (the default) reduces all elements.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.
            where : ndarray of bool, optional
                Elements to include.

            Returns
            -------
            ndarray
                A bool array, on the array's queue.

            See Also
            --------
            dparray.any, ndarray.all

            Examples
            --------
            >>> x = dp.asarray([[0, 0], [1, 0]])
            >>> x.any()
            array(True)
            >>> x.any(axis=1)
            array([False,  True])
        """,
        "ndarray.all": """
            Whether every element along the given axes is non-zero; the method form of
            ``dparray.all``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                Axes to reduce; None (the default) reduces all elements.
            keepdims : bool, optional
                If True, the reduced axes stay in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.
            where : ndarray of bool, optional
                Elements to include.

            Returns
            -------
            ndarray
                A bool array, on the array's queue.

            See Also
            --------
            dparray.all, ndarray.any

            Examples
            --------
            >>> x = dp.asarray([[1, 0], [1, 1]])
            >>> x.all()
            array(False)
            >>> x.all(axis=0)
            array([ True, False])
        """,
        "ndarray.argmax": """
            Index of the first maximum along an axis; the method form of ``dparray.argmax``.

            Parameters
            ----------
            axis : int, optional
                Axis to search; None (the default) searches the flattened array.
            keepdims : bool, optional
                If True, the reduced axis stays in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.

            Returns
            -------
            ndarray
                int64 indices, on the array's queue; a 0-d array when `axis` is None. A NaN
                counts as the maximum (the first NaN wins), as in NumPy.

            See Also
            --------
            dparray.argmax, ndarray.max

            Examples
            --------
            >>> x = dp.asarray([[3, 9, 2], [7, 1, 8]])
            >>> x.argmax()
            array(1)
            >>> x.argmax(axis=1)
            array([1, 2])
        """,
        "ndarray.argmin": """
            Index of the first minimum along an axis; the method form of ``dparray.argmin``.

            Parameters
            ----------
            axis : int, optional
                Axis to search; None (the default) searches the flattened array.
            keepdims : bool, optional
                If True, the reduced axis stays in the result with size one. Default False.
            out : ndarray, optional
                Array to write the result into.

            Returns
            -------
            ndarray
                int64 indices, on the array's queue; a 0-d array when `axis` is None. A NaN
                counts as the minimum (the first NaN wins), as in NumPy.

            See Also
            --------
            dparray.argmin, ndarray.min

            Examples
            --------
            >>> x = dp.asarray([[3, 9, 2], [7, 1, 8]])
            >>> x.argmin()
            array(4)
            >>> x.argmin(axis=0)
            array([0, 1, 0])
        """,
        "ndarray.cumsum": """
            Cumulative sum along an axis; the method form of ``dparray.cumsum``.

            Parameters
            ----------
            axis : int, optional
                Axis of the running sum; None (the default) runs over the flattened array.
            dtype : dtype, optional
                Type of the accumulator and result (default as for ``sum``).
            out : ndarray, optional
                Array to write the result into (keyword only).

            Returns
            -------
            ndarray
                The running sums, on the array's queue.

            See Also
            --------
            dparray.cumsum, ndarray.sum

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.cumsum()
            array([ 1,  3,  6, 10])
            >>> x.cumsum(axis=1)
            array([[1, 3],
                   [3, 7]])
        """,
        "ndarray.cumprod": """
            Cumulative product along an axis; the method form of ``dparray.cumprod``.

            Parameters
            ----------
            axis : int, optional
                Axis of the running product; None (the default) runs over the flattened
                array.
            dtype : dtype, optional
                Type of the accumulator and result (default as for ``prod``).
            out : ndarray, optional
                Array to write the result into (keyword only).

            Returns
            -------
            ndarray
                The running products, on the array's queue.

            See Also
            --------
            dparray.cumprod, ndarray.prod

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.cumprod()
            array([ 1,  2,  6, 24])
            >>> x.cumprod(axis=0)
            array([[1, 2],
                   [3, 8]])
        """,
        "ndarray.trace": """
            Sum along a diagonal; the method form of ``dparray.trace``.

            Parameters
            ----------
            offset : int, optional
                Diagonal offset from the main diagonal (positive: above). Default 0.
            axis1, axis2 : int, optional
                Axes of the 2-D planes whose diagonals are summed. Defaults 0 and 1.
            dtype : dtype, optional
                Type of the accumulator and the result (default as for ``sum``).

            Returns
            -------
            ndarray
                The sums: a 0-d array for a 2-D array, else one per remaining index.

            See Also
            --------
            dparray.trace, ndarray.diagonal

            Examples
            --------
            >>> x = dp.arange(9).reshape(3, 3)
            >>> x.trace()
            array(12)
            >>> x.trace(offset=1)
            array(6)
        """,
    }
)

# ---- conversion, copies and element access ----------------------------------------------
DOCS.update(
    {
        "ndarray.astype": """
            A copy of the array cast to another data type.

            Parameters
            ----------
            dtype : dtype or None
                Target data type (a dparray dtype, a NumPy dtype or type, or a name such as
                ``'float32'``). None means the default floating type of the device.
            copy : bool, optional
                If False and the array already has `dtype` and the requested layout, the
                array itself is returned; otherwise (and by default) a new array is made.
            order : {'K', 'C', 'F', 'A'}, optional
                Memory layout of the result: 'K' (the default) keeps the array's layout as
                closely as possible, 'C' row-major, 'F' column-major, 'A' 'F' when the array
                is Fortran-contiguous, else 'C'.

            Returns
            -------
            ndarray
                The cast array, on the array's queue, with the same ``usm_type``.

            Raises
            ------
            ValueError
                If the device does not support `dtype` (float64 on some OpenCL devices).

            Notes
            -----
            The cast runs asynchronously on the array's queue, with NumPy's ``unsafe``
            casting (float to int truncates toward zero).

            Examples
            --------
            >>> x = dp.asarray([1.7, -2.5, 3.0])
            >>> x.astype(dp.int32)
            array([ 1, -2,  3], dtype=int32)
            >>> dp.asarray([1, 2, 3]).astype("float32")
            array([1., 2., 3.], dtype=float32)
            >>> x.astype(x.dtype, copy=False) is x
            True
        """,
        "ndarray.copy": """
            A copy of the array: new C-contiguous memory with the same values, dtype and
            ``usm_type``, on the same queue.

            Returns
            -------
            ndarray
                The copy; writing to it leaves the array unchanged.

            Notes
            -----
            The copy is enqueued asynchronously on the array's queue. NumPy's `order`
            argument is not taken: the copy is always in C order.

            Examples
            --------
            >>> x = dp.asarray([1, 2, 3])
            >>> y = x.copy()
            >>> y[0] = 10
            >>> x
            array([1, 2, 3])
            >>> dp.asarray([[1, 2], [3, 4]]).T.copy().strides
            (16, 8)
        """,
        "ndarray.to_device": """
            The array on another device or queue.

            Parameters
            ----------
            device : str, Device, Queue or array device
                Where the result goes: a filter string (``"host:cpu:0"``,
                ``"opencl:gpu"``), a ``Device`` (its default queue), a ``Queue``, or another
                array's ``device``.
            stream : Queue, optional
                A queue to use instead (keyword only); it must belong to `device`'s device.

            Returns
            -------
            ndarray
                The array with the same values, shape and ``usm_type`` on the target queue.
                On the array's own queue it shares the array's memory; on another queue of
                the same device it shares the memory (of a C-contiguous copy, for a
                non-contiguous array) once pending work is done; on another device it is a
                copy.

            Raises
            ------
            ValueError
                If the target device does not support the array's dtype (float64 on some
                OpenCL devices), or `device` names no device.

            Notes
            -----
            Moving data is always explicit in dparray (compute follows data). The method
            waits for the work pending on the array's queue.

            Examples
            --------
            >>> x = dp.asarray([1, 2, 3])
            >>> y = x.to_device("host:cpu:0")
            >>> y
            array([1, 2, 3])
            >>> y.sycl_device.filter_string
            'host:cpu:0'
        """,
        "ndarray.item": """
            An element of the array as a Python scalar.

            Parameters
            ----------
            *args : int or tuple of ints
                No argument: the only element of a size-1 array. One int: the element at
                that flat index in C order (negative counts from the end). A tuple, or one
                int per dimension: the element at those indices.

            Returns
            -------
            bool, int, float or complex
                The element, as the Python type of the array's kind.

            Raises
            ------
            ValueError
                If no index is given and the array has more than one element, or the
                number of indices does not match ``ndim``.
            IndexError
                If an index is out of bounds.
            TypeError
                If an index is not an integer.

            Notes
            -----
            Reading a value is a synchronisation point: it waits for the array's queue.

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.item(3)
            4
            >>> x.item((1, 0))
            3
            >>> x.item(1, 0)
            3
            >>> dp.asarray([1.5]).item()
            1.5
        """,
        "ndarray.fill": """
            Sets every element of the array to a scalar value, in place.

            Parameters
            ----------
            value : scalar or 0-d ndarray
                The value, cast to the array's dtype as NumPy does (a float into an integer
                array is truncated).

            Raises
            ------
            OverflowError
                If `value` is a Python int that does not fit the dtype.
            TypeError
                If `value` is complex and the array is real, or not a scalar.
            ValueError
                If `value` is an array that is not 0-d.

            Notes
            -----
            The write is enqueued asynchronously on the array's queue.

            Examples
            --------
            >>> x = dp.zeros(3)
            >>> x.fill(2.5)
            >>> x
            array([2.5, 2.5, 2.5])
            >>> y = dp.asarray([1, 2])
            >>> y.fill(7.9)
            >>> y
            array([7, 7])
        """,
        "ndarray.conj": """
            The complex conjugate, elementwise; the same as ``dparray.conj(self)``.

            Returns
            -------
            ndarray
                The conjugates: a new array of the same dtype (a copy for real arrays), on
                the array's queue.

            See Also
            --------
            ndarray.conjugate, dparray.conj

            Examples
            --------
            >>> dp.asarray([1 + 2j, 3 - 1j]).conj()
            array([1.-2.j, 3.+1.j])
            >>> dp.asarray([1, 2, 3]).conj()
            array([1, 2, 3])
        """,
        "ndarray.conjugate": """
            The complex conjugate, elementwise; the same as ``ndarray.conj``.

            Returns
            -------
            ndarray
                The conjugates: a new array of the same dtype (a copy for real arrays), on
                the array's queue.

            See Also
            --------
            ndarray.conj, dparray.conjugate

            Examples
            --------
            >>> dp.asarray([1 + 2j, 3 - 1j]).conjugate()
            array([1.-2.j, 3.+1.j])
        """,
        "ndarray.dot": """
            Dot product of the array with `b`; the method form of ``dparray.dot``.

            Parameters
            ----------
            b : ndarray or scalar
                The second operand, on the array's queue.
            out : ndarray, optional
                Array to write the result into.

            Returns
            -------
            ndarray
                The product, as NumPy's ``dot``: the inner product for 1-D operands (a 0-d
                array), the matrix product for 2-D ones, elementwise multiplication by a
                scalar.

            See Also
            --------
            dparray.dot, dparray.matmul

            Examples
            --------
            >>> a = dp.asarray([1, 2, 3])
            >>> a.dot(dp.asarray([4, 5, 6]))
            array(32)
            >>> m = dp.asarray([[1, 2], [3, 4]])
            >>> m.dot(dp.asarray([[1, 0], [0, 1]]))
            array([[1, 2],
                   [3, 4]])
        """,
        "ndarray.nonzero": """
            The indices of the non-zero elements, one array per dimension.

            Returns
            -------
            tuple of ndarray
                ``ndim`` int64 arrays; together they index the non-zero elements in C
                order.

            See Also
            --------
            dparray.nonzero

            Notes
            -----
            The number of non-zero elements is read from the device: a synchronisation
            point.

            Examples
            --------
            >>> x = dp.asarray([[1, 0], [0, 3]])
            >>> x.nonzero()
            (array([0, 1]), array([0, 1]))
            >>> dp.asarray([0, 2, 0, 3]).nonzero()
            (array([1, 3]),)
        """,
    }
)

# ---- shape manipulation -----------------------------------------------------------------
DOCS.update(
    {
        "ndarray.reshape": """
            The array with a new shape; the method form of ``dparray.reshape``.

            Parameters
            ----------
            *shape : int or tuple of ints
                The new shape, as separate ints (``x.reshape(2, 3)``) or one tuple
                (``x.reshape((2, 3))``); it may also be given as the keyword ``shape=``. One
                entry may be -1: it is inferred from the size.
            order : {'C', 'F'}, optional
                Read and write the elements in row-major ('C', the default) or column-major
                ('F') order (keyword only).
            copy : bool, optional
                None (the default): a view when the strides allow it, else a copy. True:
                always a copy. False: a view or ``ValueError`` (keyword only).

            Returns
            -------
            ndarray
                The reshaped array, on the array's queue.

            Raises
            ------
            ValueError
                If the new shape does not fit the size, or ``copy=False`` and a view is not
                possible.

            See Also
            --------
            dparray.reshape, ndarray.ravel

            Examples
            --------
            >>> x = dp.arange(6)
            >>> x.reshape(2, 3)
            array([[0, 1, 2],
                   [3, 4, 5]])
            >>> x.reshape((3, -1)).shape
            (3, 2)
            >>> x.reshape(2, 3, order="F")
            array([[0, 2, 4],
                   [1, 3, 5]])
        """,
        "ndarray.transpose": """
            The array with its axes permuted (a view).

            Parameters
            ----------
            *axes : None, tuple of ints or ints, optional
                No argument (or None): the axes reversed. Otherwise the new order of the
                axes, as one tuple (``x.transpose((1, 0))``) or as separate ints
                (``x.transpose(1, 0)``).

            Returns
            -------
            ndarray
                A view of the array with the axes in the new order.

            See Also
            --------
            ndarray.T, dparray.transpose, dparray.permute_dims

            Examples
            --------
            >>> x = dp.arange(6).reshape(2, 3)
            >>> x.transpose()
            array([[0, 3],
                   [1, 4],
                   [2, 5]])
            >>> dp.zeros((2, 3, 4)).transpose(1, 0, 2).shape
            (3, 2, 4)
            >>> dp.zeros((2, 3, 4)).transpose((2, 0, 1)).shape
            (4, 2, 3)
        """,
        "ndarray.swapaxes": """
            The array with two axes interchanged (a view); the method form of
            ``dparray.swapaxes``.

            Parameters
            ----------
            axis1 : int
                First axis.
            axis2 : int
                Second axis.

            Returns
            -------
            ndarray
                A view of the array with `axis1` and `axis2` swapped.

            Raises
            ------
            IndexError
                If an axis is out of range (NumPy raises its ``AxisError``).

            Examples
            --------
            >>> x = dp.asarray([[1, 2, 3]])
            >>> x.swapaxes(0, 1)
            array([[1],
                   [2],
                   [3]])
            >>> dp.zeros((2, 3, 4)).swapaxes(0, 2).shape
            (4, 3, 2)
        """,
        "ndarray.squeeze": """
            The array without length-1 axes (a view); the method form of
            ``dparray.squeeze``.

            Parameters
            ----------
            axis : None, int or tuple of ints, optional
                The axes to remove; they must have length 1. None (the default) removes
                every length-1 axis.

            Returns
            -------
            ndarray
                A view of the array with those axes removed.

            Raises
            ------
            ValueError
                If a selected axis does not have length 1.

            Examples
            --------
            >>> x = dp.zeros((1, 3, 1))
            >>> x.squeeze().shape
            (3,)
            >>> x.squeeze(axis=0).shape
            (3, 1)
            >>> dp.asarray([[5]]).squeeze()
            array(5)
        """,
        "ndarray.flatten": """
            A 1-D copy of the array.

            Parameters
            ----------
            order : {'C', 'F'}, optional
                Read the elements in row-major ('C', the default; None means 'C') or
                column-major ('F') order.

            Returns
            -------
            ndarray
                A new 1-D array of ``size`` elements, on the array's queue (always a copy).

            See Also
            --------
            ndarray.ravel

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.flatten()
            array([1, 2, 3, 4])
            >>> x.flatten("F")
            array([1, 3, 2, 4])
        """,
        "ndarray.ravel": """
            The array as 1-D: a view when possible, else a copy; the method form of
            ``dparray.ravel``.

            Parameters
            ----------
            order : {'C', 'F'}, optional
                Read the elements in row-major ('C', the default; None means 'C') or
                column-major ('F') order.

            Returns
            -------
            ndarray
                A 1-D array of ``size`` elements, on the array's queue.

            See Also
            --------
            ndarray.flatten, ndarray.reshape

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.ravel()
            array([1, 2, 3, 4])
            >>> x.ravel("F")
            array([1, 3, 2, 4])
        """,
        "ndarray.repeat": """
            The array with each element repeated; the method form of ``dparray.repeat``.

            Parameters
            ----------
            repeats : int or sequence of ints or ndarray
                Number of repetitions: one for all elements, or one per element along
                `axis`.
            axis : int, optional
                Axis along which to repeat; None (the default) repeats the elements of the
                flattened array.

            Returns
            -------
            ndarray
                A new array, on the array's queue.

            Notes
            -----
            Counts given as an array are read from the device to size the result (a
            synchronisation point).

            See Also
            --------
            dparray.repeat, dparray.tile

            Examples
            --------
            >>> dp.asarray([1, 2]).repeat(2)
            array([1, 1, 2, 2])
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> x.repeat([1, 2], axis=0)
            array([[1, 2],
                   [3, 4],
                   [3, 4]])
        """,
        "ndarray.diagonal": """
            The diagonal of the array (a view); the method form of ``dparray.diagonal``.

            Parameters
            ----------
            offset : int, optional
                Offset of the diagonal from the main one (positive: above). Default 0.
            axis1, axis2 : int, optional
                Axes of the 2-D planes the diagonals are taken from. Defaults 0 and 1.

            Returns
            -------
            ndarray
                A view: the remaining axes, then the diagonal as the last axis.

            See Also
            --------
            dparray.diagonal, ndarray.trace

            Examples
            --------
            >>> x = dp.arange(9).reshape(3, 3)
            >>> x.diagonal()
            array([0, 4, 8])
            >>> x.diagonal(1)
            array([1, 5])
            >>> dp.arange(8).reshape(2, 2, 2).diagonal()
            array([[0, 6],
                   [1, 7]])
        """,
    }
)

# ---- sorting and searching --------------------------------------------------------------
DOCS.update(
    {
        "ndarray.sort": """
            Sorts the array in place along an axis.

            Parameters
            ----------
            axis : int or None, optional
                Axis to sort along. Default -1 (the last axis).
            kind : str, optional
                Accepted for NumPy compatibility ('quicksort', 'mergesort', 'heapsort',
                'stable'); the sort is always stable.
            order : None, optional
                Only None (dparray has no structured dtypes).
            descending : bool, optional
                Sort in descending order; ties keep their input order (keyword only).
                Default False.
            stable : bool, optional
                Accepted (keyword only); the sort is always stable.

            Raises
            ------
            ValueError
                If `kind` or `order` is not supported.

            See Also
            --------
            dparray.sort, ndarray.argsort

            Notes
            -----
            NaNs sort last, as in NumPy. The sort runs on the device (VQSort with oneTBB on
            the host, radix or bitonic kernels on OpenCL), asynchronously.

            Examples
            --------
            >>> x = dp.asarray([3, 1, 2])
            >>> x.sort()
            >>> x
            array([1, 2, 3])
            >>> y = dp.asarray([[3, 1], [2, 4]])
            >>> y.sort(axis=0)
            >>> y
            array([[2, 1],
                   [3, 4]])
        """,
        "ndarray.argsort": """
            The indices that sort the array along an axis; the method form of
            ``dparray.argsort``.

            Parameters
            ----------
            axis : int or None, optional
                Axis to sort along; None sorts the flattened array. Default -1.
            kind : str, optional
                Accepted for NumPy compatibility; the sort is always stable.
            order : None, optional
                Only None.
            descending : bool, optional
                Indices of a descending sort (ties keep their input order; keyword only).
            stable : bool, optional
                Accepted (keyword only); the sort is always stable.

            Returns
            -------
            ndarray
                int64 indices of the array's shape (1-D for ``axis=None``).

            See Also
            --------
            dparray.argsort, ndarray.sort

            Examples
            --------
            >>> dp.asarray([3, 1, 2]).argsort()
            array([1, 2, 0])
            >>> dp.asarray([[3, 1, 2], [0, 5, 4]]).argsort(axis=0)
            array([[1, 0, 0],
                   [0, 1, 1]])
            >>> dp.asarray([2.0, dp.nan, 1.0]).argsort()
            array([2, 0, 1])
        """,
        "ndarray.partition": """
            Partially sorts the array in place: each `kth` element goes where a sort would
            put it, with no greater element before it and no smaller one after it.

            Parameters
            ----------
            kth : int or sequence of ints
                Positions of the elements to place (negative counts from the end).
            axis : int, optional
                Axis to partition along. Default -1.
            kind : str, optional
                Only 'introselect' (the default).
            order : None, optional
                Only None.

            Raises
            ------
            ValueError
                If `kth` is out of range or `kind` / `order` is not supported.

            See Also
            --------
            dparray.partition, ndarray.argpartition, ndarray.sort

            Notes
            -----
            The order within the two sides is unspecified (it may differ from NumPy's).
            NaNs sort last.

            Examples
            --------
            >>> x = dp.asarray([3, 4, 2, 1])
            >>> x.partition(2)
            >>> int(x[2])
            3
            >>> bool((x[:2] <= 3).all() and (x[3:] >= 3).all())
            True
        """,
        "ndarray.argpartition": """
            The indices that partition the array along an axis; the method form of
            ``dparray.argpartition``.

            Parameters
            ----------
            kth : int or sequence of ints
                Positions of the elements to place (negative counts from the end).
            axis : int or None, optional
                Axis to partition along; None partitions the flattened array. Default -1.
            kind : str, optional
                Only 'introselect' (the default).
            order : None, optional
                Only None.

            Returns
            -------
            ndarray
                int64 indices such that ``take_along_axis(x, idx, axis)`` is partitioned.

            See Also
            --------
            dparray.argpartition, ndarray.partition

            Notes
            -----
            The order within the two sides is unspecified (it may differ from NumPy's).

            Examples
            --------
            >>> x = dp.asarray([5, 1, 4, 2, 3])
            >>> idx = x.argpartition(2)
            >>> int(x[idx[2]])
            3
            >>> dp.sort(x[idx[:2]])
            array([1, 2])
        """,
        "ndarray.searchsorted": """
            Where elements should be inserted into the sorted 1-D array to keep it sorted;
            the method form of ``dparray.searchsorted``.

            Parameters
            ----------
            v : ndarray or scalar
                Values to insert, on the array's queue.
            side : {'left', 'right'}, optional
                'left' (the default) gives the first suitable index, 'right' the last.
            sorter : ndarray, optional
                int indices that sort the array into ascending order (from ``argsort``).

            Returns
            -------
            ndarray
                int64 insertion indices of `v`'s shape (a 0-d array for a scalar `v`).

            Raises
            ------
            ValueError
                If `side` is neither 'left' nor 'right'.
            TypeError
                If `v` is a list or another non-array object (NumPy accepts array_likes;
                pass ``dp.asarray(v)``).

            See Also
            --------
            dparray.searchsorted, ndarray.sort

            Examples
            --------
            >>> a = dp.asarray([1, 3, 5, 7])
            >>> a.searchsorted(5)
            array(2)
            >>> a.searchsorted(dp.asarray([0, 5, 8]), side="right")
            array([0, 3, 4])
        """,
    }
)

# ---- the ufunc class ----------------------------------------------------------------------
DOCS.update(
    {
        "ufunc": """
            A universal function: an elementwise operation with NumPy's ufunc interface.

            Every op of dparray's elementwise catalogue (``add``, ``sin``, ``maximum``,
            ``logical_and``, ...) is a ``dparray.ufunc`` object; the class is not meant to
            be instantiated by users. Calling it applies the op elementwise with
            broadcasting, NumPy 2 type promotion and NEP 50 weak Python scalars::

                u(x1[, x2], /, out=None, *, where=True, casting='same_kind', order='K',
                  dtype=None, subok=True)

            ``out`` (an array or a 1-tuple) receives the result; ``where`` (a bool array or
            Python bool) selects the elements written to ``out``; ``dtype`` picks the loop's
            type (inputs are cast to it under ``casting``); ``casting`` is one of 'no',
            'equiv', 'safe', 'same_kind', 'unsafe'; ``order`` 'F' gives a Fortran-ordered
            result; ``subok`` is accepted. At least one operand must be a dparray array.

            The methods follow NumPy's ufunc protocol: ``reduce``, ``accumulate``,
            ``reduceat`` (binary ufuncs), ``outer`` and ``at``. The attributes ``nin``,
            ``nout``, ``nargs``, ``ntypes``, ``types``, ``identity`` and ``signature``
            describe it as NumPy's do. NumPy's own ufuncs called on dparray arrays
            (``np.add(x, 1)``, ``np.add.reduce(x)``) dispatch to these objects through
            ``ndarray.__array_ufunc__``.

            Notes
            -----
            Compute follows data: the result lives on the operands' queue (operands on
            different queues raise ``ExecutionPlacementError``; NumPy arrays are refused
            with a ``TypeError`` saying how to move them), and the call returns once the
            work is enqueued. The same op runs on the host and on OpenCL devices; on
            devices without float64 the default floating type is float32. Differences from
            NumPy: ``nout`` is always 1, there are no generalized ufuncs (``signature`` is
            None), ``signature=`` is refused (use ``dtype=``), and ``types`` lists only the
            dtypes dparray has.

            Examples
            --------
            >>> isinstance(dp.add, dp.ufunc)
            True
            >>> dp.add
            <ufunc 'add'>
            >>> dp.add(dp.asarray([1, 2]), 3)
            array([4, 5])
            >>> dp.add(dp.asarray([1, 2]), 1, dtype=dp.float32)
            array([2., 3.], dtype=float32)
            >>> out = dp.zeros(3)
            >>> mask = dp.asarray([True, False, True])
            >>> dp.add(dp.asarray([1.0, 2.0, 3.0]), 1, out=out, where=mask)
            array([2., 0., 4.])
            >>> dp.add.reduce(dp.asarray([[1, 2], [3, 4]]), axis=1)
            array([3, 7])
        """,
        "ufunc.nin": """
            The number of inputs: 1 for unary ufuncs (``sin``, ``negative``), 2 for binary
            ones (``add``, ``maximum``).

            Examples
            --------
            >>> dp.add.nin, dp.sin.nin
            (2, 1)
        """,
        "ufunc.nout": """
            The number of outputs: always 1 (dparray has no multi-output ufuncs such as
            NumPy's ``divmod`` or ``modf`` as ufunc objects).

            Examples
            --------
            >>> dp.add.nout
            1
        """,
        "ufunc.nargs": """
            The number of arguments: ``nin + nout``.

            Examples
            --------
            >>> dp.add.nargs, dp.sin.nargs
            (3, 2)
        """,
        "ufunc.ntypes": """
            The number of type loops, ``len(self.types)``. Smaller than NumPy's, which also
            counts long double, datetime and object loops that dparray does not have.

            Examples
            --------
            >>> dp.add.ntypes == len(dp.add.types)
            True
        """,
        "ufunc.types": """
            The type loops as NumPy's strings ``'<input chars>-><output char>'`` (for example
            ``'ff->f'`` for float32, ``'ll->?'`` for an int64 comparison), in NumPy's type
            order. Only dparray's dtypes appear (bool, int8 to int64, uint8 to uint64,
            float16, float32, float64, complex64, complex128).

            Examples
            --------
            >>> dp.add.types[:3]
            ['??->?', 'bb->b', 'BB->B']
            >>> dp.sqrt.types
            ['e->e', 'f->f', 'd->d', 'F->F', 'D->D']
        """,
        "ufunc.identity": """
            The identity element, NumPy's: the value ``reduce`` returns for an empty axis
            and starts from (0 for ``add``, 1 for ``multiply``, -1 for ``bitwise_and``,
            True for ``logical_and``, -inf for ``logaddexp``), or None when the op has none.

            Examples
            --------
            >>> dp.add.identity, dp.multiply.identity, dp.logical_and.identity
            (0, 1, True)
            >>> dp.subtract.identity is None
            True
        """,
        "ufunc.signature": """
            The core signature of a generalized ufunc; always None, since every dparray
            ufunc is elementwise (as NumPy's ordinary ufuncs).

            Examples
            --------
            >>> dp.add.signature is None
            True
        """,
        "ufunc.reduce": """
            Reduces an array along axes by applying the binary ufunc repeatedly.

            ``add.reduce(x, axis)`` is ``x[0] + x[1] + ...`` along `axis`.

            Parameters
            ----------
            array : ndarray
                The array to reduce.
            axis : None, int or tuple of ints, optional
                Axes to reduce; None reduces all of them. Default 0. A tuple of several axes
                needs a reorderable op (one with an identity, or maximum / minimum).
            dtype : dtype, optional
                Type of the computation and the result. add and multiply accumulate bool
                and small integers in int64 / uint64 by default, as NumPy.
            out : ndarray, optional
                Array (or 1-tuple) to write the result into.
            keepdims : bool, optional
                If True, the reduced axes stay with size one. Default False.
            initial : scalar, optional
                Value folded in once at the start; needed for empty axes of ops without
                an identity.
            where : ndarray of bool, optional
                Elements to include (masked ones count as the identity or `initial`).

            Returns
            -------
            ndarray
                The reduction, on the array's queue (a 0-d array when every axis is
                reduced).

            Raises
            ------
            ValueError
                For a unary ufunc, several axes of a non-reorderable op, or an empty axis
                without identity or `initial`.
            dparray.AxisError
                If an axis is out of range.

            Notes
            -----
            add, multiply, maximum, minimum, logical_and and logical_or use the device's
            reduction primitives; other reorderable ops fold pairwise, the rest in order
            along the axis. A full reduction returns a 0-d array, not a NumPy scalar.

            Examples
            --------
            >>> x = dp.asarray([[1, 2], [3, 4]])
            >>> dp.add.reduce(x)
            array([4, 6])
            >>> dp.add.reduce(x, axis=None)
            array(10)
            >>> dp.maximum.reduce(x, axis=1, keepdims=True)
            array([[2],
                   [4]])
            >>> dp.subtract.reduce(dp.asarray([10, 2, 3]))
            array(5)
            >>> dp.add.reduce(dp.asarray([1, 2, 3]), initial=10)
            array(16)
        """,
        "ufunc.accumulate": """
            The running results of the binary ufunc along an axis.

            ``add.accumulate`` is ``cumsum``: element i of the result is
            ``op(r[i-1], x[i])``.

            Parameters
            ----------
            array : ndarray
                The input array (at least 1-D).
            axis : int, optional
                Axis to accumulate along. Default 0.
            dtype : dtype, optional
                Type of the computation and the result.
            out : ndarray, optional
                Array (or 1-tuple) to write the result into.

            Returns
            -------
            ndarray
                An array of the input's shape, on its queue.

            Raises
            ------
            TypeError
                For a 0-d array.
            ValueError
                For a unary ufunc.
            dparray.AxisError
                If `axis` is out of range.

            Examples
            --------
            >>> dp.add.accumulate(dp.asarray([1, 2, 3, 4]))
            array([ 1,  3,  6, 10])
            >>> dp.maximum.accumulate(dp.asarray([1, 3, 2, 5, 4]))
            array([1, 3, 3, 5, 5])
            >>> dp.multiply.accumulate(dp.asarray([[1, 2], [3, 4]]), axis=1)
            array([[ 1,  2],
                   [ 3, 12]])
        """,
        "ufunc.reduceat": """
            Reductions over slices of an axis given by start indices.

            For each i, the result along `axis` is
            ``reduce(array[indices[i]:indices[i+1]])`` (the last slice runs to the end);
            where ``indices[i] >= indices[i+1]`` it is ``array[indices[i]]``, as NumPy.

            Parameters
            ----------
            array : ndarray
                The input array.
            indices : sequence of ints or ndarray
                Start indices of the slices, each in ``[0, array.shape[axis])``.
            axis : int, optional
                Axis to reduce along. Default 0.
            dtype : dtype, optional
                Type of the computation and the result.
            out : ndarray, optional
                Array (or 1-tuple) to write the result into.

            Returns
            -------
            ndarray
                The input's shape with ``len(indices)`` along `axis`.

            Raises
            ------
            IndexError
                If an index is out of range.

            Notes
            -----
            The indices are read to the host to plan the reductions (a synchronisation
            point when they are a device array).

            Examples
            --------
            >>> x = dp.arange(8)
            >>> dp.add.reduceat(x, [0, 4, 1, 5])
            array([ 6,  4, 10, 18])
            >>> dp.add.reduceat(x, [0, 3, 6])
            array([ 3, 12, 13])
        """,
        "ufunc.outer": """
            The op applied to every pair of elements of two arrays.

            ``op.outer(A, B)[i, j] = op(A[i], B[j])`` for 1-D inputs; in general the result
            has shape ``A.shape + B.shape``.

            Parameters
            ----------
            A, B : ndarray or scalar
                The operands; at least one must be a dparray array (a scalar is made a 0-d
                array on that array's queue).
            **kwargs
                The keywords of a call: ``out``, ``where``, ``dtype``, ``casting``,
                ``order``.

            Returns
            -------
            ndarray
                An array of shape ``A.shape + B.shape``, on the operands' queue.

            Raises
            ------
            ValueError
                For a unary ufunc.

            Examples
            --------
            >>> dp.multiply.outer(dp.asarray([1, 2, 3]), dp.asarray([1, 10]))
            array([[ 1, 10],
                   [ 2, 20],
                   [ 3, 30]])
            >>> dp.add.outer(dp.zeros((2, 1)), dp.zeros(3)).shape
            (2, 1, 3)
        """,
        "ufunc.at": """
            Applies the op in place at the given indices, unbuffered.

            ``add.at(a, i, b)`` is ``a[i] = a[i] + b``, except that an index repeated in
            `i` is applied once per occurrence (``a[i] += b`` applies it once).

            Parameters
            ----------
            a : ndarray
                The array to update in place.
            indices : int, sequence of ints, ndarray or tuple of them
                Integer indices into the leading axes of `a` (a tuple indexes several axes;
                its entries broadcast together). Slices are not supported.
            b : ndarray or scalar, optional
                The second operand of a binary ufunc, broadcast to ``a[indices]``; omitted
                for unary ufuncs.

            Returns
            -------
            None
                `a` is modified in place.

            Raises
            ------
            IndexError
                If an index is out of range.
            TypeError
                For slices or non-integer indices, or a result that does not cast
                ``same_kind`` to `a`'s dtype.

            Notes
            -----
            ``at`` waits for the queue, so its errors surface at the call. On OpenCL, 4- and
            8-byte elements are updated atomically (a compare-and-swap loop); other sizes
            are updated in index order.

            Examples
            --------
            >>> a = dp.zeros(4, dtype=dp.int64)
            >>> dp.add.at(a, dp.asarray([0, 1, 1, 3]), 1)
            >>> a
            array([1, 2, 0, 1])
            >>> b = dp.asarray([1, 2, 3, 4])
            >>> dp.negative.at(b, [0, 2])
            >>> b
            array([-1,  2, -3,  4])
        """,
    }
)
