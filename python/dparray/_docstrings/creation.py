"""Docstrings of dparray's C++-bound creation routines (keys: see dparray/_docstrings)."""

# Parts several entries share; each is indented as the entries' text (8 spaces).

_PLACEMENT = """\
        device : str, Device, Queue or ndarray.device, optional
            Where the result lives: a filter string (``"cpu"``, ``"host:cpu:0"``,
            ``"opencl:gpu"``, ``"gpu,cpu"`` for the first that exists), a `Device`, a
            `Queue` (the result is bound to that queue) or another array's ``device`` (its
            queue). A string or `Device` gives that device's default queue, which every
            array created for it shares. None (the default) means the default device
            (`select_default_device`: the first GPU where the machine has one, else the
            host CPU, among the devices ``DPARRAY_DEVICE_SELECTOR`` leaves).
        usm_type : {"device", "shared", "host"}, optional
            The kind of memory allocated; None means ``"device"``.
        sycl_queue : Queue, optional
            The queue the result is bound to (its later operations run there). With
            `device` as well, both must name the same device.
        queue : Queue, optional
            Another name for `sycl_queue` (give one of them)."""

_PLACEMENT_DEVICE, _PLACEMENT_REST = _PLACEMENT.split("\n        usm_type :")
_PLACEMENT_REST = "        usm_type :" + _PLACEMENT_REST

_PLACEMENT_LIKE = """\
        device : str, Device, Queue or ndarray.device, optional
            Where the result lives (a filter string, a `Device`, a `Queue` or another
            array's ``device``, as in `zeros`). None (the default) keeps `x`'s queue.
        usm_type : {"device", "shared", "host"}, optional
            The kind of memory allocated; None keeps `x`'s.
        sycl_queue : Queue, optional
            The queue the result is bound to; with `device`, both must name the same device.
        queue : Queue, optional
            Another name for `sycl_queue` (give one of them)."""

_LIKE = """\
        like : ndarray, optional
            A dparray array whose queue and usm_type the result takes when no `device`,
            `sycl_queue` or `queue` is given (NumPy's ``like=``, limited to dparray arrays:
            another type is a TypeError)."""

_PLACEMENT_RAISES = """\
        ValueError
            If a filter string is malformed or names no device, `device` and `sycl_queue`
            name different devices, both `sycl_queue` and `queue` are given, or `usm_type`
            is not one of its three names.
        TypeError
            If `device` is not a string, `Device`, `Queue` or array device, `sycl_queue` is
            not a `Queue`, or `dtype` is not a data type."""

_SHAPE_ORDER = """\
        shape : int or sequence of ints
            The shape of the result.
        dtype : dtype, optional
            The data type. None means the device's default floating type (float64, or
            float32 on a device without float64).
        order : {"C", "F"}, optional
            Row-major (``"C"``, the default) or column-major (``"F"``) layout."""

_SHAPE_RAISES = """\
        ValueError
            If a dimension is negative, the array would exceed 2**63 - 1 bytes or 64
            dimensions, `order` is not one of the accepted letters, or `dtype` is float64 /
            complex128 on a device without float64.
        MemoryError
            If the device cannot hold the array."""

_PLACEMENT_NOTES = """\
        The result lives in `usm_type` memory of the chosen device and is bound to the
        chosen queue, where every later operation on it runs (compute follows data). The
        call returns once the fill is enqueued; reading values waits for it."""

_LIKE_PARAMS = """\
        x : ndarray
            The array whose shape, dtype, layout, queue and usm_type the result takes.
        dtype : dtype, optional
            Overrides `x`'s data type.
        order : {"K", "A", "C", "F"}, optional
            Layout: ``"K"`` (the default) and ``"A"`` follow `x`'s axis order by stride,
            ``"C"`` row-major, ``"F"`` column-major. When `shape` changes the shape, ``"K"``
            and ``"A"`` give row-major, as in NumPy.
        subok : bool, optional
            Accepted for NumPy compatibility and ignored (dparray has no ndarray subclasses).
        shape : int or sequence of ints, optional
            Overrides `x`'s shape."""


DOCS = {
    "asarray": f"""
        Convert the input to an array on a device.

        Parameters
        ----------
        obj : array_like
            A dparray array, a Python scalar, a (nested) list or tuple of numbers or of
            dparray arrays, a NumPy array, or any object with the buffer protocol, DLPack
            (CPU memory) or ``__array__`` / ``__array_interface__``.
        dtype : dtype, optional
            The data type of the result. None infers it: a dparray or NumPy array keeps its
            dtype; Python data promotes its values' types (bool, int64, float64,
            complex128). On a device without float64, inferred float64 / complex128 become
            float32 / complex64.
        order : {{"K", "A", "C", "F"}}, optional
            ``"C"`` / ``"F"`` ask for a row- / column-major result (a copy when `obj` has
            another layout); None (the default), ``"K"`` and ``"A"`` keep a dparray input's
            layout. Case does not matter.
{_PLACEMENT_DEVICE}
        copy : bool, optional
            None (the default) copies only when needed; True always copies; False never
            copies and raises ValueError when a copy is needed. Host data (Python objects,
            NumPy arrays) is always copied to the device, so ``copy=False`` accepts only a
            dparray array that needs no change (or moves to another queue of its device).
{_PLACEMENT_REST}
{_LIKE}

        Returns
        -------
        ndarray
            The array. A dparray input that needs no change (same queue, usm_type, dtype and
            layout) is returned itself, as NumPy's asarray does.

        Raises
        ------
        ValueError
            If ``copy=False`` but a copy is needed (host data, another device, usm_type,
            dtype or layout), a float NaN is stored into an integer dtype, or the dtype is
            float64 / complex128 on a device without float64.
        OverflowError
            If a Python int does not fit the requested dtype (or any integer dtype), or an
            infinite or out-of-range float is stored into an integer dtype.
        TypeError
            If an element is not a number, or `obj` cannot be converted.
{_PLACEMENT_RAISES}

        See Also
        --------
        array, from_dlpack, asnumpy, ndarray.to_device

        Notes
        -----
        Where the result lives: on the named `device` / `sycl_queue`; else on `obj`'s queue
        when `obj` is a dparray array (or a list whose first element is one: compute
        follows data), else on `like`'s queue, else on the default device (the first GPU
        where the machine has one, else the host CPU). Asking a dparray array for another
        device or usm_type copies it there; another queue of the same device shares its
        memory. A NumPy array is copied (its memory is never shared; `from_dlpack` shares
        it), waiting for the upload to finish. Floats stored into integer dtypes are
        truncated, as NumPy 2.

        Examples
        --------
        >>> dp.asarray([1, 2, 3])
        array([1, 2, 3])
        >>> dp.asarray([[1, 2.5]])
        array([[1. , 2.5]])
        >>> dp.asarray([1, 2], dtype="float32")
        array([1., 2.], dtype=float32)
        >>> n = np.arange(3, dtype=np.int16)
        >>> x = dp.asarray(n)
        >>> n[0] = 5
        >>> x
        array([0, 1, 2], dtype=int16)
        >>> x = dp.asarray([1, 2], device="cpu", usm_type="host")
        >>> x.usm_type
        'host'
        >>> dp.asarray(x) is x
        True
        >>> dp.asarray(x, copy=True) is x
        False
    """,
    "asnumpy": """
        Copy an array into a new NumPy array on the host.

        Parameters
        ----------
        x : ndarray
            The dparray array to read.

        Returns
        -------
        numpy.ndarray
            A C-contiguous NumPy copy of `x` with the same shape and dtype; writing to it
            does not change `x`.

        Raises
        ------
        TypeError
            If `x` is not a dparray array.

        See Also
        --------
        asarray, from_dlpack, ndarray.__dlpack__

        Notes
        -----
        A synchronisation point: waits for the work pending on `x`'s queue, then copies
        from the device (any device, OpenCL included) to host memory. Imports NumPy.
        ``numpy.asarray(x)`` gives the same result through ``__array__``.

        Examples
        --------
        >>> a = dp.asnumpy(dp.arange(3))
        >>> type(a)
        <class 'numpy.ndarray'>
        >>> a
        array([0, 1, 2])
        >>> dp.asnumpy(dp.asarray(2.5))
        array(2.5)
    """,
    "copy": """
        Return a copy of an array.

        Parameters
        ----------
        x : ndarray
            The array to copy.

        Returns
        -------
        ndarray
            A new, C-contiguous array with `x`'s values, shape and dtype, on `x`'s queue and
            of `x`'s usm_type; writing to one does not change the other.

        Raises
        ------
        TypeError
            If `x` is not a dparray array.

        See Also
        --------
        ndarray.copy, asarray, astype

        Notes
        -----
        The copy runs asynchronously on `x`'s queue. Unlike ``numpy.copy``, there is no
        `order` argument and the copy is always row-major (NumPy's default ``order='K'``
        keeps a column-major source's layout); use ``asarray(x, order="F", copy=True)`` or
        `astype` with ``order=`` for another layout.

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3])
        >>> y = dp.copy(x)
        >>> y[0] = 10
        >>> x
        array([1, 2, 3])
        >>> y
        array([10,  2,  3])
    """,
    "empty": f"""
        Return a new array of the given shape without initialising its values.

        Parameters
        ----------
{_SHAPE_ORDER}
{_PLACEMENT}
{_LIKE}

        Returns
        -------
        ndarray
            An array whose values are whatever the memory held.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        empty_like, zeros, ones, full

        Notes
        -----
{_PLACEMENT_NOTES}
        Allocation only: no kernel runs.

        Examples
        --------
        >>> x = dp.empty((2, 3))
        >>> x.shape, x.dtype
        ((2, 3), dtype('float64'))
        >>> dp.empty((2, 3), dtype="int32", order="F").strides
        (4, 8)
        >>> dp.empty(4, device="cpu", usm_type="shared").usm_type
        'shared'
    """,
    "zeros": f"""
        Return a new array of the given shape filled with zeros.

        Parameters
        ----------
{_SHAPE_ORDER}
{_PLACEMENT}
{_LIKE}

        Returns
        -------
        ndarray
            The array of zeros.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        zeros_like, ones, empty, full

        Notes
        -----
{_PLACEMENT_NOTES}

        Examples
        --------
        >>> dp.zeros(3)
        array([0., 0., 0.])
        >>> dp.zeros((2, 2), dtype="int8")
        array([[0, 0],
               [0, 0]], dtype=int8)
        >>> x = dp.zeros(2, device="cpu")
        >>> y = dp.zeros(2, device=x.device)
        >>> y.sycl_queue == x.sycl_queue
        True
        >>> q = dp.Queue("cpu")
        >>> dp.zeros(2, sycl_queue=q).sycl_queue == q
        True
    """,
    "ones": f"""
        Return a new array of the given shape filled with ones.

        Parameters
        ----------
{_SHAPE_ORDER}
{_PLACEMENT}
{_LIKE}

        Returns
        -------
        ndarray
            The array of ones.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        ones_like, zeros, empty, full

        Notes
        -----
{_PLACEMENT_NOTES}

        Examples
        --------
        >>> dp.ones(3)
        array([1., 1., 1.])
        >>> dp.ones((2, 3), dtype=bool)
        array([[ True,  True,  True],
               [ True,  True,  True]])
        >>> dp.ones((2, 3), order="F").strides
        (8, 16)
    """,
    "full": f"""
        Return a new array of the given shape filled with a value.

        Parameters
        ----------
        shape : int or sequence of ints
            The shape of the result.
        fill_value : scalar or 0-d ndarray
            The value. A Python scalar or NumPy scalar, or a dparray array of one element
            (read from its device: a synchronisation point).
        dtype : dtype, optional
            The data type. None takes `fill_value`'s: bool for a bool, int64 for a Python
            int, the device's default floating / complex type for a Python float / complex,
            and the dtype of a NumPy scalar or dparray array.
        order : {{"C", "F"}}, optional
            Row-major (``"C"``, the default) or column-major (``"F"``) layout.
{_PLACEMENT}
{_LIKE}

        Returns
        -------
        ndarray
            The filled array.

        Raises
        ------
        OverflowError
            If a Python int `fill_value` does not fit `dtype` (NEP 50).
        TypeError
            If `fill_value` is not a scalar (or a dparray array).
        ValueError
            If a NaN or infinite float fills an integer dtype.
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        full_like, zeros, ones, empty

        Notes
        -----
{_PLACEMENT_NOTES}
        A finite float filling an integer dtype is truncated as NumPy's ``full`` casts it.

        Examples
        --------
        >>> dp.full((2, 2), 7)
        array([[7, 7],
               [7, 7]])
        >>> dp.full(3, 1.5)
        array([1.5, 1.5, 1.5])
        >>> dp.full(2, 2.7, dtype="int32")
        array([2, 2], dtype=int32)
        >>> dp.full(3, np.float32(2))
        array([2., 2., 2.], dtype=float32)
    """,
    "empty_like": f"""
        Return a new array like `x` without initialising its values.

        Parameters
        ----------
{_LIKE_PARAMS}
{_PLACEMENT_LIKE}

        Returns
        -------
        ndarray
            An array of `x`'s shape and dtype (unless overridden) whose values are whatever
            the memory held, on `x`'s queue unless a placement is given.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        empty, zeros_like, ones_like, full_like

        Notes
        -----
        Allocation only: no kernel runs. Moving to another device with `device` allocates
        there; `x`'s values are never read.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6]], dtype="int16")
        >>> y = dp.empty_like(x)
        >>> y.shape, y.dtype
        ((2, 3), dtype('int16'))
        >>> dp.empty_like(x, shape=(4,), dtype=float).shape
        (4,)
    """,
    "zeros_like": f"""
        Return an array of zeros like `x`.

        Parameters
        ----------
{_LIKE_PARAMS}
{_PLACEMENT_LIKE}

        Returns
        -------
        ndarray
            Zeros of `x`'s shape and dtype (unless overridden), on `x`'s queue unless a
            placement is given.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        zeros, ones_like, empty_like, full_like

        Notes
        -----
        The fill runs asynchronously on the result's queue; `x`'s values are never read.

        Examples
        --------
        >>> x = dp.asarray([[1.5, 2.5]])
        >>> dp.zeros_like(x)
        array([[0., 0.]])
        >>> dp.zeros_like(x, dtype="int32")
        array([[0, 0]], dtype=int32)
    """,
    "ones_like": f"""
        Return an array of ones like `x`.

        Parameters
        ----------
{_LIKE_PARAMS}
{_PLACEMENT_LIKE}

        Returns
        -------
        ndarray
            Ones of `x`'s shape and dtype (unless overridden), on `x`'s queue unless a
            placement is given.

        Raises
        ------
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        ones, zeros_like, empty_like, full_like

        Notes
        -----
        The fill runs asynchronously on the result's queue; `x`'s values are never read.

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3])
        >>> dp.ones_like(x)
        array([1, 1, 1])
        >>> dp.ones_like(x, shape=(2, 2))
        array([[1, 1],
               [1, 1]])
    """,
    "full_like": f"""
        Return an array like `x` filled with a value.

        Parameters
        ----------
        x : ndarray
            The array whose shape, dtype, layout, queue and usm_type the result takes.
        fill_value : scalar or 0-d ndarray
            The value (a Python or NumPy scalar, or a dparray array of one element).
{_LIKE_PARAMS.split(chr(10), 2)[2]}
{_PLACEMENT_LIKE}

        Returns
        -------
        ndarray
            `fill_value` cast to `x`'s dtype (unless `dtype` is given), of `x`'s shape.

        Raises
        ------
        OverflowError
            If a Python int `fill_value` does not fit the dtype (NEP 50).
        TypeError
            If `fill_value` is not a scalar (or a dparray array).
        ValueError
            If a NaN or infinite float fills an integer dtype.
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        full, zeros_like, ones_like, empty_like

        Notes
        -----
        The fill runs asynchronously on the result's queue. A float filling an integer
        dtype is truncated, as in NumPy.

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3])
        >>> dp.full_like(x, 7)
        array([7, 7, 7])
        >>> dp.full_like(x, 0.9)
        array([0, 0, 0])
        >>> dp.full_like(x, 0.5, dtype=float)
        array([0.5, 0.5, 0.5])
    """,
    "arange": f"""
        Return evenly spaced values within a half-open interval.

        ``arange(stop)`` gives ``0, 1, ..., stop - 1``; ``arange(start, stop, step)`` gives
        ``start, start + step, ...`` up to but excluding `stop`.

        Parameters
        ----------
        start : int or float
            The first value, or `stop` when `stop` is not given (the range then starts at 0).
        stop : int or float, optional
            The end of the interval (excluded).
        step : int or float, optional
            The spacing between values, default 1. Must not be zero.
        dtype : dtype, optional
            The data type. None gives int64 when `start`, `stop` and `step` are all
            integers, else the device's default floating type (float64, or float32 without
            float64).
{_PLACEMENT}

        Returns
        -------
        ndarray
            A 1-D array of ``ceil((stop - start) / step)`` values (empty when that is not
            positive).

        Raises
        ------
        ValueError
            If `step` is zero, or the length is not finite or exceeds 2**63 - 1.
        TypeError
            If an argument is not a real number, or a bool range has more than two values.
        OverflowError
            If the first two values do not fit an integer `dtype`.
{_PLACEMENT_RAISES}

        See Also
        --------
        linspace, logspace, indices

        Notes
        -----
        The values are computed on the device as ``first + i * delta``. As in NumPy, the
        first two values in the target dtype fix the increment, so a float range with an
        integer dtype may differ from the truncated float values; with floats, prefer
        `linspace`. Integer arguments count exactly in 128-bit arithmetic.

        Examples
        --------
        >>> dp.arange(5)
        array([0, 1, 2, 3, 4])
        >>> dp.arange(1, 10, 3)
        array([1, 4, 7])
        >>> dp.arange(10, 0, -3)
        array([10,  7,  4,  1])
        >>> dp.arange(0.0, 1.0, 0.25)
        array([0.  , 0.25, 0.5 , 0.75])
        >>> dp.arange(3, dtype="float32", device="cpu")
        array([0., 1., 2.], dtype=float32)
    """,
    "eye": f"""
        Return a 2-D array with ones on a diagonal and zeros elsewhere.

        Parameters
        ----------
        N : int
            Number of rows (``n_rows`` is the Array API's name for it).
        M : int, optional
            Number of columns; None (the default) means `N` (``n_cols`` is the Array API's
            name).
        k : int, optional
            The diagonal: 0 (the default) the main one, positive above it, negative below.
            A diagonal outside the matrix gives all zeros.
        dtype : dtype, optional
            The data type. None means the device's default floating type.
        order : {{"C", "F"}}, optional
            Row-major (the default) or column-major layout.
{_PLACEMENT}
{_LIKE}
        n_rows : int, optional
            The number of rows, for Array API code (do not give `N` too).
        n_cols : int, optional
            The number of columns, for Array API code (do not give `M` too).

        Returns
        -------
        ndarray
            An array of shape ``(N, M)`` whose ``k``-th diagonal is one.

        Raises
        ------
        TypeError
            If neither `N` nor `n_rows` is given, or both `N` and `n_rows` (or `M` and
            `n_cols`) are.
{_SHAPE_RAISES}
{_PLACEMENT_RAISES}

        See Also
        --------
        identity, diag, tri

        Notes
        -----
{_PLACEMENT_NOTES}

        Examples
        --------
        >>> dp.eye(2)
        array([[1., 0.],
               [0., 1.]])
        >>> dp.eye(2, 3, dtype=int)
        array([[1, 0, 0],
               [0, 1, 0]])
        >>> dp.eye(3, k=1, dtype="int8")
        array([[0, 1, 0],
               [0, 0, 1],
               [0, 0, 0]], dtype=int8)
        >>> dp.eye(n_rows=2, n_cols=2, k=-1)
        array([[0., 0.],
               [1., 0.]])
    """,
    "from_dlpack": """
        Create an array from an object that exports DLPack, sharing its memory when possible.

        Parameters
        ----------
        x : object
            A DLPack producer (an object with ``__dlpack__``, e.g. a NumPy array or a PyTorch
            CPU tensor), a DLPack capsule, or a dparray array. Its memory must be on the CPU
            (DLPack device ``kDLCPU``).
        device : str, Device, Queue or ndarray.device, optional
            Where the result lives. None (the default) means the host device for a
            producer's memory (not the default device) and `x`'s queue for a dparray array.
            Another device copies the data there.
        copy : bool, optional
            None (the default) shares the producer's memory where it is writable and
            aligned and copies otherwise; True always copies; False never copies and
            raises BufferError when that is impossible.

        Returns
        -------
        ndarray
            The array. Shared memory stays owned by the producer (kept alive by the
            result); writes through either are seen by the other. A producer's memory,
            shared, has usm_type ``"host"``; its copies are ``"device"`` memory. A dparray
            input keeps its usm_type.

        Raises
        ------
        TypeError
            If `x` does not implement ``__dlpack__``, or its dtype has no dparray dtype.
        BufferError
            If the producer's memory is not on the CPU, or ``copy=False`` and a copy is
            needed (another device than the host, read-only or misaligned memory, or a
            dparray array on another device).
        ValueError
            If the producer's shape and strides overflow.

        See Also
        --------
        asarray, asnumpy, ndarray.__dlpack__

        Notes
        -----
        The producer is asked for a capsule with ``max_version=(1, 0)``, then without
        arguments for producers that predate it (as NumPy does); any other exception of
        the producer propagates unchanged. Devices that cannot use host memory directly
        (OpenCL) always get a copy. A dparray array is returned as a new array object
        sharing its memory unless it must move. Unlike `asarray`, NumPy arrays are not
        copied.

        Examples
        --------
        >>> n = np.arange(4.0)
        >>> x = dp.from_dlpack(n)
        >>> n[0] = 9.0
        >>> x
        array([9., 1., 2., 3.])
        >>> x.usm_type
        'host'
        >>> y = dp.from_dlpack(n, copy=True)
        >>> n[1] = 7.0
        >>> y
        array([9., 1., 2., 3.])
    """,
    "meshgrid": """
        Return coordinate matrices from coordinate vectors.

        Parameters
        ----------
        *arrays : ndarray
            The coordinate vectors (1-D; others are flattened), all on one queue.
        indexing : {"xy", "ij"}, optional
            ``"xy"`` (the default, Cartesian): with two or more inputs the first two
            output axes are swapped, so for vectors of lengths ``M`` and ``N`` the outputs
            have shape ``(N, M)``; ``"ij"`` (matrix): shape ``(M, N)``.

        Returns
        -------
        list of ndarray
            One new array per input, each of the full grid's shape, on the inputs' queue.

        Raises
        ------
        ValueError
            If `indexing` is neither ``"xy"`` nor ``"ij"``.
        TypeError
            If an input is not a dparray array (NumPy arrays and lists must be moved with
            `asarray` first).
        ExecutionPlacementError
            If the inputs live on different queues.

        See Also
        --------
        indices, broadcast_arrays

        Notes
        -----
        Returns a list (as the Array API 2024.12 and dpnp) where NumPy returns a tuple, and
        new arrays rather than broadcast views; NumPy's `sparse` and `copy` arguments do
        not exist. Runs asynchronously on the inputs' queue.

        Examples
        --------
        >>> x = dp.asarray([1, 2, 3])
        >>> y = dp.asarray([4, 5])
        >>> xx, yy = dp.meshgrid(x, y)
        >>> xx
        array([[1, 2, 3],
               [1, 2, 3]])
        >>> yy
        array([[4, 4, 4],
               [5, 5, 5]])
        >>> [a.shape for a in dp.meshgrid(x, y, indexing="ij")]
        [(3, 2), (3, 2)]
    """,
    "tril": """
        Return the lower triangle of an array (of each matrix in a stack).

        Parameters
        ----------
        x : ndarray
            Input array of at least one dimension; the triangle is taken over the last two
            axes. A 1-D input is treated as the rows of a square matrix, as NumPy does.
        k : int, optional
            The diagonal above which elements are zeroed: 0 (the default) the main one,
            positive above it, negative below.

        Returns
        -------
        ndarray
            A new array of `x`'s dtype (square ``(n, n)`` for a 1-D input of length ``n``)
            with the elements above the `k`-th diagonal set to zero, on `x`'s queue.

        Raises
        ------
        ValueError
            If `x` is 0-d.
        TypeError
            If `k` is not an integer.

        See Also
        --------
        triu, tri

        Notes
        -----
        The mask is computed on the device from two index ranges, asynchronously on `x`'s
        queue.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        >>> dp.tril(x)
        array([[1, 0, 0],
               [4, 5, 0],
               [7, 8, 9]])
        >>> dp.tril(x, k=-1)
        array([[0, 0, 0],
               [4, 0, 0],
               [7, 8, 0]])
    """,
    "triu": """
        Return the upper triangle of an array (of each matrix in a stack).

        Parameters
        ----------
        x : ndarray
            Input array of at least one dimension; the triangle is taken over the last two
            axes. A 1-D input is treated as the rows of a square matrix, as NumPy does.
        k : int, optional
            The diagonal below which elements are zeroed: 0 (the default) the main one,
            positive above it, negative below.

        Returns
        -------
        ndarray
            A new array of `x`'s dtype (square ``(n, n)`` for a 1-D input of length ``n``)
            with the elements below the `k`-th diagonal set to zero, on `x`'s queue.

        Raises
        ------
        ValueError
            If `x` is 0-d.
        TypeError
            If `k` is not an integer.

        See Also
        --------
        tril

        Notes
        -----
        The mask is computed on the device from two index ranges, asynchronously on `x`'s
        queue.

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        >>> dp.triu(x, k=1)
        array([[0, 2, 3],
               [0, 0, 6],
               [0, 0, 0]])
        >>> dp.triu(dp.asarray([1, 2, 3]))
        array([[1, 2, 3],
               [0, 2, 3],
               [0, 0, 3]])
    """,
}
