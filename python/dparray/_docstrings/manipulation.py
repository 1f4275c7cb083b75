"""Docstrings of dparray's C++-bound manipulation routines (keys: see dparray/_docstrings)."""

import textwrap

_VIEW_NOTE = """\
        No data is copied: the result shares `x`'s memory and queue, so writing to one
        changes the other (as in NumPy)."""

_NOT_ARRAY = """\
        TypeError
            If an input is not a dparray array (move NumPy arrays and lists with `asarray`)."""

_JOIN_NOTES = """\
        The result is a new array on the inputs' queue (all inputs must share it), with
        the usm_type ranked first of device > shared > host among them; the copy runs
        asynchronously. Its dtype is the inputs' promoted type (NumPy 2 rules)."""

_ATLEAST = """
        View inputs as arrays with at least {n} dimension{s}.

        Parameters
        ----------
        *args : ndarray
            One or more arrays.

        Returns
        -------
        ndarray or tuple of ndarray
{returns}

        Raises
        ------
{raises}

        See Also
        --------
        {see}

        Notes
        -----
{view}

        Examples
        --------
{examples}
"""


def _atleast(n, what, see, examples):
    returns = (
        f"A view of each input with {what}; a single array for one input, a tuple for "
        "several (an empty tuple for none). Inputs with enough dimensions are returned "
        "as views of their own shape."
    )
    pad = " " * 12
    return _ATLEAST.format(
        n=n,
        s="" if n == 1 else "s",
        returns=textwrap.fill(returns, 88, initial_indent=pad, subsequent_indent=pad),
        see=see,
        raises=_NOT_ARRAY,
        view=_VIEW_NOTE.replace("`x`'s", "the input's"),
        examples=examples,
    )


DOCS = {
    "astype": """
        Copy an array to a given data type (the Array API's ``astype`` function).

        Parameters
        ----------
        x : ndarray
            The array to cast.
        dtype : dtype or None
            The target data type (a dparray dtype, a name such as ``"float32"``, a Python
            type or a NumPy dtype). None means the device's default floating type.
        copy : bool, optional
            True (the default) always returns a new array; False returns `x` itself when
            it already has `dtype` (and a copy otherwise).
        device : str, Device, Queue or ndarray.device, optional
            Also move the result to this device (a copy there); None keeps `x`'s queue.

        Returns
        -------
        ndarray
            `x`'s values in `dtype`, with `x`'s shape and layout.

        Raises
        ------
        TypeError
            If `x` is not a dparray array or `dtype` is not a data type.
        ValueError
            If `dtype` is float64 / complex128 on a device without float64, or a filter
            string names no device.

        See Also
        --------
        ndarray.astype, asarray, can_cast

        Notes
        -----
        Any cast is allowed (NumPy's ``casting="unsafe"``): floats to integers truncate
        toward zero (out-of-range values as NumPy's x86-64 scalar casts), complex to real
        keeps the real part, values to bool test for non-zero. The cast runs
        asynchronously on `x`'s queue; the copy keeps `x`'s axis order (``order="K"``).

        Examples
        --------
        >>> x = dp.asarray([1.7, -1.7, 0.0])
        >>> dp.astype(x, "int32")
        array([ 1, -1,  0], dtype=int32)
        >>> dp.astype(x, bool)
        array([ True,  True, False])
        >>> dp.astype(x, x.dtype, copy=False) is x
        True
    """,
    "atleast_1d": _atleast(
        1,
        "shape ``(1,)`` for a 0-d input",
        "atleast_2d, atleast_3d, expand_dims",
        """\
        >>> dp.atleast_1d(dp.asarray(5))
        array([5])
        >>> a, b = dp.atleast_1d(dp.asarray(1.0), dp.asarray([2.0, 3.0]))
        >>> a, b
        (array([1.]), array([2., 3.]))""",
    ),
    "atleast_2d": _atleast(
        2,
        "shape ``(1, 1)`` for a 0-d input and ``(1, N)`` for a 1-D one",
        "atleast_1d, atleast_3d, expand_dims",
        """\
        >>> dp.atleast_2d(dp.asarray([1, 2, 3]))
        array([[1, 2, 3]])
        >>> dp.atleast_2d(dp.asarray(4)).shape
        (1, 1)""",
    ),
    "atleast_3d": _atleast(
        3,
        "shape ``(1, 1, 1)`` for a 0-d input, ``(1, N, 1)`` for a 1-D one and "
        "``(M, N, 1)`` for a 2-D one",
        "atleast_1d, atleast_2d, dstack",
        """\
        >>> dp.atleast_3d(dp.asarray([1, 2, 3])).shape
        (1, 3, 1)
        >>> dp.atleast_3d(dp.ones((2, 3))).shape
        (2, 3, 1)""",
    ),
    "broadcast_arrays": """
        Broadcast arrays against each other.

        Parameters
        ----------
        *args : ndarray
            The arrays to broadcast, all on one queue.

        Returns
        -------
        list of ndarray
            One view per input, all of the common broadcast shape (a list, as the Array API
            2024.12 and dpnp; NumPy returns a tuple).

        Raises
        ------
        ValueError
            If the shapes do not broadcast together.
        TypeError
            If an input is not a dparray array.

        See Also
        --------
        broadcast_to, broadcast_shapes

        Notes
        -----
        No data is copied: broadcast axes have stride zero, so several elements of a
        result share one memory location. Writes to the views are allowed (NumPy makes
        them read-only) but change every element that shares the location; copy first to
        get independent elements.

        Examples
        --------
        >>> a, b = dp.broadcast_arrays(dp.asarray([1, 2, 3]), dp.asarray([[10], [20]]))
        >>> a
        array([[1, 2, 3],
               [1, 2, 3]])
        >>> b
        array([[10, 10, 10],
               [20, 20, 20]])
    """,
    "broadcast_shapes": """
        Return the shape that the given shapes broadcast to.

        Parameters
        ----------
        *args : int or tuple of ints
            The shapes (an int is a 1-D shape).

        Returns
        -------
        tuple of ints
            The broadcast shape (``()`` when no shape is given).

        Raises
        ------
        ValueError
            If the shapes do not broadcast together (the message names them), or a
            dimension is negative.

        See Also
        --------
        broadcast_to, broadcast_arrays

        Notes
        -----
        Computed on the host from the shapes alone; no array is involved.

        Examples
        --------
        >>> dp.broadcast_shapes((2, 1), (3,))
        (2, 3)
        >>> dp.broadcast_shapes((5, 1, 4), (3, 1), 4)
        (5, 3, 4)
    """,
    "broadcast_to": """
        Broadcast an array to a new shape.

        Parameters
        ----------
        x : ndarray
            The array to broadcast.
        shape : int or tuple of ints
            The target shape; `x`'s shape must broadcast to it.

        Returns
        -------
        ndarray
            A view of `x` with the given shape.

        Raises
        ------
        ValueError
            If `x`'s shape does not broadcast to `shape`, or `shape` has a negative entry or
            more than 64 dimensions.
        TypeError
            If `x` is not a dparray array.

        See Also
        --------
        broadcast_arrays, broadcast_shapes, tile

        Notes
        -----
        No data is copied: the new axes and the stretched length-1 axes have stride
        zero. Writes through the view are allowed (NumPy raises ValueError) and change
        every element sharing the location; this is one of dparray's documented
        differences from NumPy.

        Examples
        --------
        >>> dp.broadcast_to(dp.asarray([1, 2, 3]), (2, 3))
        array([[1, 2, 3],
               [1, 2, 3]])
        >>> dp.broadcast_to(dp.asarray(5), 3)
        array([5, 5, 5])
    """,
    "concat": f"""
        Join a sequence of arrays along an existing axis (the Array API's name).

        Parameters
        ----------
        arrays : sequence of ndarray
            The arrays (a list or tuple), on one queue. Their shapes must match except
            along `axis`.
        axis : int or None, optional
            The axis to join along, default 0; negative counts from the last. None
            flattens the inputs first.
        dtype : dtype, optional
            The result's data type; None (the default) promotes the inputs' types.

        Returns
        -------
        ndarray
            The joined array.

        Raises
        ------
        ValueError
            If no array is given, the shapes do not match or the dimensions differ.
        IndexError
            If `axis` is out of range.
        TypeError
            If `arrays` is not a sequence or holds something other than dparray arrays.
        ExecutionPlacementError
            If the arrays live on different queues.

        See Also
        --------
        concatenate, stack, hstack, vstack, block

        Notes
        -----
{_JOIN_NOTES}

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> b = dp.asarray([[5, 6]])
        >>> dp.concat([a, b])
        array([[1, 2],
               [3, 4],
               [5, 6]])
        >>> dp.concat([a, b], axis=None)
        array([1, 2, 3, 4, 5, 6])
        >>> dp.concat([dp.asarray([1, 2]), dp.asarray([3.5])])
        array([1. , 2. , 3.5])
    """,
    "concatenate": f"""
        Join a sequence of arrays along an existing axis (NumPy's name).

        Parameters
        ----------
        arrays : sequence of ndarray
            The arrays (a list or tuple), on one queue. Their shapes must match except
            along `axis`.
        axis : int or None, optional
            The axis to join along, default 0 (it may be given positionally, as in NumPy);
            negative counts from the last. None flattens the inputs first.
        dtype : dtype, optional
            The result's data type; None (the default) promotes the inputs' types.

        Returns
        -------
        ndarray
            The joined array.

        Raises
        ------
        ValueError
            If no array is given, the shapes do not match or the dimensions differ.
        IndexError
            If `axis` is out of range.
        TypeError
            If `arrays` is not a sequence or holds something other than dparray arrays.
        ExecutionPlacementError
            If the arrays live on different queues.

        See Also
        --------
        concat, stack, hstack, vstack, block

        Notes
        -----
{_JOIN_NOTES}
        NumPy's `out` and `casting` arguments do not exist.

        Examples
        --------
        >>> a = dp.asarray([[1, 2], [3, 4]])
        >>> b = dp.asarray([[5], [6]])
        >>> dp.concatenate((a, b), 1)
        array([[1, 2, 5],
               [3, 4, 6]])
        >>> dp.concatenate([dp.asarray([1, 2]), dp.asarray([3])], dtype="float32")
        array([1., 2., 3.], dtype=float32)
    """,
    "expand_dims": f"""
        Insert length-1 axes into an array's shape.

        Parameters
        ----------
        x : ndarray
            Input array.
        axis : int or tuple of ints, optional
            Where the new axes go in the result (default 0); negative values count from
            the end of the result.

        Returns
        -------
        ndarray
            A view of `x` with ``x.ndim + len(axis)`` dimensions.

        Raises
        ------
        IndexError
            If an axis is out of range for the result.
        ValueError
            If an axis is repeated, or the result would have more than 64 dimensions.

        See Also
        --------
        squeeze, atleast_2d, reshape

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.asarray([1, 2])
        >>> dp.expand_dims(x, axis=0)
        array([[1, 2]])
        >>> dp.expand_dims(x, axis=1)
        array([[1],
               [2]])
        >>> dp.expand_dims(x, axis=(0, 2)).shape
        (1, 2, 1)
    """,
    "flip": f"""
        Reverse the order of elements along the given axes.

        Parameters
        ----------
        x : ndarray
            Input array.
        axis : None, int or tuple of ints, optional
            The axes to reverse; None (the default) reverses all of them.

        Returns
        -------
        ndarray
            A view of `x` with negated strides along the axes.

        Raises
        ------
        IndexError
            If an axis is out of range.

        See Also
        --------
        fliplr, flipud, rot90

        Notes
        -----
{_VIEW_NOTE} For a 0-d `x` the result is a 0-d view (NumPy returns a scalar).

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.flip(x)
        array([[4, 3],
               [2, 1]])
        >>> dp.flip(x, axis=1)
        array([[2, 1],
               [4, 3]])
    """,
    "matrix_transpose": f"""
        Transpose the last two axes of an array (a stack of matrices).

        Parameters
        ----------
        x : ndarray
            Input array with at least two dimensions.

        Returns
        -------
        ndarray
            A view of `x` with its last two axes swapped (``x.mT``).

        Raises
        ------
        ValueError
            If `x` has fewer than two dimensions.

        See Also
        --------
        ndarray.mT, transpose, swapaxes

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.asarray([[1, 2, 3], [4, 5, 6]])
        >>> dp.matrix_transpose(x)
        array([[1, 4],
               [2, 5],
               [3, 6]])
        >>> dp.matrix_transpose(dp.zeros((5, 2, 3))).shape
        (5, 3, 2)
    """,
    "moveaxis": f"""
        Move axes of an array to new positions; the others keep their order.

        Parameters
        ----------
        x : ndarray
            Input array.
        source : int or sequence of ints
            The axes to move (negative values count from the last).
        destination : int or sequence of ints
            Their positions in the result, one per source axis.

        Returns
        -------
        ndarray
            A view of `x` with the axes permuted.

        Raises
        ------
        IndexError
            If an axis is out of range.
        ValueError
            If an axis is repeated, or `source` and `destination` differ in length.

        See Also
        --------
        permute_dims, swapaxes, rollaxis

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.zeros((3, 4, 5))
        >>> dp.moveaxis(x, 0, -1).shape
        (4, 5, 3)
        >>> dp.moveaxis(x, -1, 0).shape
        (5, 3, 4)
        >>> dp.moveaxis(x, [0, 1], [-1, -2]).shape
        (5, 4, 3)
    """,
    "permute_dims": f"""
        Permute the axes of an array (the Array API's name for ``transpose(x, axes)``).

        Parameters
        ----------
        x : ndarray
            Input array.
        axes : tuple of ints
            A permutation of ``range(x.ndim)`` (negative values count from the last): axis
            ``i`` of the result is axis ``axes[i]`` of `x`.

        Returns
        -------
        ndarray
            A view of `x` with permuted axes.

        Raises
        ------
        ValueError
            If `axes` does not have one entry per axis or repeats an axis.
        IndexError
            If an axis is out of range.

        See Also
        --------
        transpose, moveaxis, swapaxes

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.zeros((2, 3, 4))
        >>> dp.permute_dims(x, (2, 0, 1)).shape
        (4, 2, 3)
        >>> dp.permute_dims(dp.asarray([[1, 2], [3, 4]]), (1, 0))
        array([[1, 3],
               [2, 4]])
    """,
    "ravel": """
        Return the elements of an array as a 1-D array.

        Parameters
        ----------
        x : ndarray
            Input array.
        order : {"C", "F"}, optional
            Read the elements in row-major (``"C"``, the default) or column-major
            (``"F"``) order.

        Returns
        -------
        ndarray
            A 1-D array of ``x.size`` elements: a view of `x` when its strides allow it
            (e.g. a contiguous `x` in the same order), else a copy.

        Raises
        ------
        ValueError
            If `order` is not ``"C"`` or ``"F"`` (NumPy's ``"A"`` and ``"K"`` are not
            accepted).

        See Also
        --------
        reshape, ndarray.flatten

        Notes
        -----
        When the result is a view, writing to it changes `x`, as in NumPy. A copy runs
        asynchronously on `x`'s queue.

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.ravel(x)
        array([1, 2, 3, 4])
        >>> dp.ravel(x, order="F")
        array([1, 3, 2, 4])
    """,
    "repeat": """
        Repeat each element of an array.

        Parameters
        ----------
        x : ndarray
            Input array.
        repeats : int or array_like of ints
            How many times each element is repeated: one count for all, or one per element
            along `axis` (a dparray integer array, a list, tuple or NumPy array; length 1
            or ``x.shape[axis]``).
        axis : int, optional
            The axis along which to repeat; None (the default) repeats the flattened `x`.

        Returns
        -------
        ndarray
            A new array, of `x`'s shape except along `axis` (1-D when `axis` is None).

        Raises
        ------
        ValueError
            If a count is negative or the number of counts matches neither 1 nor the axis
            length.
        TypeError
            If `repeats` is a float, a string or another non-integer object.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        tile, ndarray.repeat

        Notes
        -----
        The result is a copy on `x`'s queue. One count copies through a zero-stride view
        of `x`; per-element counts decide the result's length, so they are read from the
        device (a synchronisation point) before `x` is gathered on the device. Host counts
        are copied to `x`'s queue first.

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.repeat(x, 2)
        array([1, 1, 2, 2, 3, 3, 4, 4])
        >>> dp.repeat(x, 2, axis=0)
        array([[1, 2],
               [1, 2],
               [3, 4],
               [3, 4]])
        >>> dp.repeat(x, [1, 2], axis=1)
        array([[1, 2, 2],
               [3, 4, 4]])
    """,
    "reshape": """
        Give an array a new shape without changing its data.

        Parameters
        ----------
        x : ndarray
            Input array.
        shape : int or tuple of ints
            The new shape; its size must equal ``x.size``. One entry may be -1: it is
            inferred from the others.
        order : {"C", "F"}, optional
            Read and place the elements in row-major (``"C"``, the default) or
            column-major (``"F"``) index order.
        copy : bool, optional
            None (the default) returns a view when the strides allow it and a copy
            otherwise; True always copies; False never copies (ValueError when a copy is
            needed).

        Returns
        -------
        ndarray
            The reshaped array: a view of `x` when possible (and `copy` is not True), else
            a new array.

        Raises
        ------
        ValueError
            If the sizes differ, more than one entry is -1, the shape has more than 64
            dimensions, `order` is not ``"C"`` or ``"F"``, or ``copy=False`` and a copy is
            needed.

        See Also
        --------
        ravel, ndarray.reshape, expand_dims, squeeze

        Notes
        -----
        A view shares `x`'s memory and queue (writes show in `x`); a copy runs
        asynchronously on `x`'s queue. As in NumPy, a transposed or strided `x` usually
        needs a copy.

        Examples
        --------
        >>> x = dp.arange(6)
        >>> dp.reshape(x, (2, 3))
        array([[0, 1, 2],
               [3, 4, 5]])
        >>> dp.reshape(x, (3, -1))
        array([[0, 1],
               [2, 3],
               [4, 5]])
        >>> dp.reshape(x, (2, 3), order="F")
        array([[0, 2, 4],
               [1, 3, 5]])
        >>> v = dp.reshape(x, (2, 3))
        >>> v[0, 0] = 100
        >>> x
        array([100,   1,   2,   3,   4,   5])
    """,
    "roll": """
        Shift elements cyclically along axes.

        Parameters
        ----------
        x : ndarray
            Input array.
        shift : int or tuple of ints
            The number of places to shift (negative shifts go backwards). With several
            axes, one shift per axis, or one for all; shifts broadcast against `axis`.
        axis : int or tuple of ints, optional
            The axes to roll; None (the default) rolls the flattened array and restores
            the shape.

        Returns
        -------
        ndarray
            A new array of `x`'s shape.

        Raises
        ------
        IndexError
            If an axis is out of range.
        ValueError
            If `shift` and `axis` do not broadcast together.

        See Also
        --------
        moveaxis, flip

        Notes
        -----
        The result is a copy, computed asynchronously on `x`'s queue. Shifts add up when
        an axis is given twice, as in NumPy.

        Examples
        --------
        >>> dp.roll(dp.arange(5), 2)
        array([3, 4, 0, 1, 2])
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.roll(x, 1)
        array([[4, 1],
               [2, 3]])
        >>> dp.roll(x, 1, axis=0)
        array([[3, 4],
               [1, 2]])
        >>> dp.roll(x, (1, 1), axis=(0, 1))
        array([[4, 3],
               [2, 1]])
    """,
    "squeeze": f"""
        Remove length-1 axes from an array.

        Parameters
        ----------
        x : ndarray
            Input array.
        axis : None, int or tuple of ints, optional
            The axes to remove, each of length one; None (the default) removes every
            length-1 axis.

        Returns
        -------
        ndarray
            A view of `x` without those axes.

        Raises
        ------
        ValueError
            If a selected axis does not have length one.
        IndexError
            If an axis is out of range (also ``axis=0`` of a 0-d array, which NumPy
            accepts).

        See Also
        --------
        expand_dims, reshape

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.zeros((1, 3, 1))
        >>> dp.squeeze(x).shape
        (3,)
        >>> dp.squeeze(x, axis=0).shape
        (3, 1)
        >>> dp.squeeze(dp.asarray([[5]]))
        array(5)
    """,
    "stack": f"""
        Join arrays of the same shape along a new axis.

        Parameters
        ----------
        arrays : sequence of ndarray
            The arrays (a list or tuple), all of one shape and on one queue.
        axis : int, optional
            The position of the new axis in the result (default 0); negative counts from
            the end of the result.

        Returns
        -------
        ndarray
            A new array with one more dimension than the inputs.

        Raises
        ------
        ValueError
            If no array is given or the shapes differ.
        IndexError
            If `axis` is out of range.
        TypeError
            If `arrays` is not a sequence or holds something other than dparray arrays.
        ExecutionPlacementError
            If the arrays live on different queues.

        See Also
        --------
        concat, unstack, hstack, vstack, dstack

        Notes
        -----
{_JOIN_NOTES}
        NumPy's `out`, `dtype` and `casting` arguments do not exist.

        Examples
        --------
        >>> a = dp.asarray([1, 2])
        >>> b = dp.asarray([3, 4])
        >>> dp.stack([a, b])
        array([[1, 2],
               [3, 4]])
        >>> dp.stack([a, b], axis=1)
        array([[1, 3],
               [2, 4]])
    """,
    "swapaxes": f"""
        Interchange two axes of an array.

        Parameters
        ----------
        x : ndarray
            Input array.
        axis1 : int
            The first axis (negative counts from the last).
        axis2 : int
            The second axis.

        Returns
        -------
        ndarray
            A view of `x` with the two axes swapped.

        Raises
        ------
        IndexError
            If an axis is out of range.

        See Also
        --------
        moveaxis, permute_dims, matrix_transpose

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> dp.swapaxes(dp.asarray([[1, 2, 3]]), 0, 1)
        array([[1],
               [2],
               [3]])
        >>> dp.swapaxes(dp.zeros((2, 3, 4)), 0, 2).shape
        (4, 3, 2)
    """,
    "tile": """
        Construct an array by repeating `x` the number of times given by `reps`.

        Parameters
        ----------
        x : ndarray
            The array to repeat.
        reps : int or tuple of ints
            The number of repetitions along each axis. When `reps` and ``x.shape`` differ
            in length, the shorter one is padded with leading ones (NumPy's rule).

        Returns
        -------
        ndarray
            A new array of shape ``x.shape[i] * reps[i]`` per (padded) axis.

        Raises
        ------
        ValueError
            If a repetition count is negative.

        See Also
        --------
        repeat, broadcast_to

        Notes
        -----
        The result is always a copy (also for ``reps=1``), made asynchronously on `x`'s
        queue through one zero-stride view of `x`.

        Examples
        --------
        >>> x = dp.asarray([1, 2])
        >>> dp.tile(x, 2)
        array([1, 2, 1, 2])
        >>> dp.tile(x, (2, 2))
        array([[1, 2, 1, 2],
               [1, 2, 1, 2]])
        >>> dp.tile(dp.asarray([[1, 2], [3, 4]]), 2)
        array([[1, 2, 1, 2],
               [3, 4, 3, 4]])
    """,
    "transpose": f"""
        Reverse or permute the axes of an array.

        Parameters
        ----------
        x : ndarray
            Input array.
        axes : tuple of ints, optional
            A permutation of ``range(x.ndim)``; None (the default) reverses the axes.

        Returns
        -------
        ndarray
            A view of `x` with its axes permuted.

        Raises
        ------
        ValueError
            If `axes` does not have one entry per axis or repeats an axis.
        IndexError
            If an axis is out of range.

        See Also
        --------
        permute_dims, ndarray.T, matrix_transpose, moveaxis

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.transpose(x)
        array([[1, 3],
               [2, 4]])
        >>> dp.transpose(dp.zeros((2, 3, 4))).shape
        (4, 3, 2)
        >>> dp.transpose(dp.zeros((2, 3, 4)), (1, 0, 2)).shape
        (3, 2, 4)
    """,
    "unstack": f"""
        Split an array into a tuple of arrays along an axis.

        Parameters
        ----------
        x : ndarray
            Input array of at least one dimension.
        axis : int, optional
            The axis to split along (default 0); negative counts from the last.

        Returns
        -------
        tuple of ndarray
            ``x.shape[axis]`` views of `x`, each without `axis`.

        Raises
        ------
        ValueError
            If `x` is 0-d.
        IndexError
            If `axis` is out of range.

        See Also
        --------
        stack, split

        Notes
        -----
{_VIEW_NOTE}

        Examples
        --------
        >>> x = dp.asarray([[1, 2], [3, 4]])
        >>> dp.unstack(x)
        (array([1, 2]), array([3, 4]))
        >>> dp.unstack(x, axis=1)
        (array([1, 3]), array([2, 4]))
    """,
}
