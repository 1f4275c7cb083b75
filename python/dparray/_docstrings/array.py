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
            ``{"queue": q}`` allocates on the queue (or device, or filter string) `q`.

        Raises
        ------
        ValueError
            If `order` is not 'C' or 'F', `strides` does not match `shape`, or the view
            reaches outside the allocation of `buffer`.
        TypeError
            If `buffer` is neither a USM type string nor a dparray.ndarray.

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
