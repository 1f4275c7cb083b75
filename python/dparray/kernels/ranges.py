"""Range and NdRange: the index spaces of a kernel launch (numba-dpex 0.23 semantics)."""


class Range(tuple):
    """The index space of a basic kernel launch: 1 to 3 extents, one per dimension.

    A ``Range`` is a tuple of Python ints (numba-dpex's ``Range``, SYCL's ``sycl::range``).
    Launched with :func:`dparray.kernels.call_kernel`, a kernel runs once for every index
    ``(i0, i1, i2)`` with ``0 <= i_d < Range[d]``; the work-item reads its index with
    ``item.get_id(d)``. Linear ids are row-major: the last dimension varies fastest.

    Parameters
    ----------
    dim0 : int
        The extent of the first dimension.
    dim1 : int, optional
        The extent of the second dimension. Default None: a 1-D range.
    dim2 : int, optional
        The extent of the third dimension (needs `dim1`). Default None.

    Raises
    ------
    TypeError
        If a dimension is not a Python int (bools and NumPy integers are rejected), or
        `dim2` is given without `dim1`.
    ValueError
        If a dimension is negative or not below ``2**31``.

    See Also
    --------
    NdRange : a global range split into work-groups.
    call_kernel : launch a kernel over a range.

    Notes
    -----
    Differences from numba-dpex: an extent of 0 is kept (``Range(4, 0)`` is a 2-D range
    with no work-items, where numba-dpex silently drops the zero dimension), and negative
    extents and extents of ``2**31`` or more raise ``ValueError``.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> r = dpex.Range(2, 3)
    >>> r
    Range(2, 3)
    >>> r.ndim, r.size(), tuple(r)
    (2, 6, (2, 3))
    >>> dpex.Range(4, 0).size()
    0

    Each work-item of a 2-D launch writes its own index:

    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def index_grid(item: kapi.Item, out):
    ...     i = item.get_id(0)
    ...     j = item.get_id(1)
    ...     out[i, j] = 10 * i + j
    >>> out = dp.zeros((2, 3), dtype=dp.int64)
    >>> dpex.call_kernel(index_grid, r, out)
    >>> np.array_equal(dp.asnumpy(out), 10 * np.arange(2)[:, None] + np.arange(3))
    True
    """

    def __new__(cls, dim0, dim1=None, dim2=None):
        dims = [dim0] + [d for d in (dim1, dim2) if d is not None]
        if dim1 is None and dim2 is not None:
            raise TypeError("Range: dim2 given without dim1")
        for d in dims:
            if not isinstance(d, int) or isinstance(d, bool):
                raise TypeError(
                    f"Range: dimensions must be Python ints, not {type(d).__name__} {d!r}"
                )
            if d < 0:
                raise ValueError(f"Range: dimensions must be >= 0, got {d}")
            if d >= 2**31:
                raise ValueError(f"Range: a dimension must be < 2**31, got {d}")
        return super().__new__(cls, dims)

    @property
    def ndim(self):
        """The number of dimensions (1, 2 or 3): ``len(range)``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.Range(8).ndim, dpex.Range(2, 3, 4).ndim
        (1, 3)
        """
        return len(self)

    def get(self, i):
        """The extent of one dimension.

        Parameters
        ----------
        i : int
            The dimension, ``0 <= i < ndim`` (negative values count from the end, as for
            tuples).

        Returns
        -------
        int
            ``range[i]``.

        Raises
        ------
        IndexError
            If `i` is out of range.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> r = dpex.Range(2, 3)
        >>> r.get(0), r.get(1)
        (2, 3)
        """
        return self[i]

    def size(self):
        """The number of work-items: the product of the extents.

        Returns
        -------
        int
            ``dim0 * dim1 * dim2`` over the dimensions present (0 if an extent is 0).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.Range(2, 3, 4).size()
        24
        >>> int(np.prod((2, 3, 4)))
        24
        """
        n = 1
        for d in self:
            n *= d
        return n

    @property
    def dim0(self):
        """The extent of the first dimension.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.Range(5, 2).dim0
        5
        """
        return self[0]

    @property
    def dim1(self):
        """The extent of the second dimension, or -1 for a 1-D range.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.Range(5, 2).dim1, dpex.Range(5).dim1
        (2, -1)
        """
        return self[1] if len(self) > 1 else -1

    @property
    def dim2(self):
        """The extent of the third dimension, or -1 for a 1-D or 2-D range.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.Range(5, 2, 3).dim2, dpex.Range(5, 2).dim2
        (3, -1)
        """
        return self[2] if len(self) > 2 else -1

    def __repr__(self):
        return "Range(" + ", ".join(str(d) for d in self) + ")"


def _as_range(x, what):
    if isinstance(x, Range):
        return x
    if isinstance(x, int) and not isinstance(x, bool):
        return Range(x)
    try:
        dims = list(x)
    except TypeError:
        raise TypeError(
            f"NdRange: {what} must be a Range or a sequence of ints, not {type(x).__name__}"
        ) from None
    if not 1 <= len(dims) <= 3:
        raise TypeError(f"NdRange: {what} {tuple(dims)} must have 1 to 3 dimensions")
    return Range(*dims)


class NdRange:
    """The index space of a work-group kernel launch: a global range split into work-groups.

    numba-dpex's ``NdRange`` (SYCL's ``sycl::nd_range``). Launched with
    :func:`dparray.kernels.call_kernel`, a kernel receives an ``NdItem`` and runs once per
    index of `global_size`; the work-items are grouped into work-groups of `local_size`, which
    share ``LocalAccessor`` memory and synchronise with ``group_barrier``.

    Parameters
    ----------
    global_size : Range, int or sequence of int
        The global range (1 to 3 dimensions).
    local_size : Range, int or sequence of int
        The work-group size, with as many dimensions as `global_size`; each of its extents
        must be positive and divide the global extent of the same dimension.

    Raises
    ------
    TypeError
        If a range is not a ``Range``, an int or a sequence of 1 to 3 ints, or an extent is
        not a Python int.
    ValueError
        If the two ranges have different numbers of dimensions, a local extent is 0 or does
        not divide the global one, or an extent is negative or not below ``2**31``.

    See Also
    --------
    Range : the index space of a basic launch.
    call_kernel : launch a kernel over an NdRange.

    Notes
    -----
    Differences from numba-dpex: a plain int is accepted for a 1-D range, the checks raise
    ``TypeError`` / ``ValueError`` rather than numba-dpex's own exception classes, and
    ``repr`` is ``NdRange(global, local)``. ``NdRange`` objects compare equal when both
    ranges are equal and are hashable.

    On the host backend an NdRange kernel is compiled once per work-group size.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> nd = dpex.NdRange(dpex.Range(8, 6), (4, 3))
    >>> nd
    NdRange((8, 6), (4, 3))
    >>> nd.global_range, nd.local_range, nd.group_range()
    (Range(8, 6), Range(4, 3), Range(2, 2))

    Each work-item writes the linear id of its work-group:

    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def group_ids(nditem: kapi.NdItem, out):
    ...     i = nditem.get_global_id(0)
    ...     j = nditem.get_global_id(1)
    ...     out[i, j] = nditem.get_group().get_group_linear_id()
    >>> out = dp.zeros((8, 6), dtype=dp.int64)
    >>> dpex.call_kernel(group_ids, nd, out)
    >>> expected = (np.arange(8)[:, None] // 4) * 2 + np.arange(6) // 3
    >>> np.array_equal(dp.asnumpy(out), expected)
    True
    """

    def __init__(self, global_size, local_size):
        g = _as_range(global_size, "global range")
        l = _as_range(local_size, "local range")
        if len(g) != len(l):
            raise ValueError(
                f"NdRange: global range {tuple(g)} and local range {tuple(l)} have different dimensions"
            )
        for d, (gd, ld) in enumerate(zip(g, l)):
            if ld == 0 or gd % ld != 0:
                raise ValueError(
                    f"NdRange: local range {tuple(l)} does not divide global range {tuple(g)} in dimension {d}"
                )
        self._global = g
        self._local = l

    @property
    def global_range(self):
        """The global range, a ``Range``: the extent of the whole index space.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange((16, 4), (4, 4)).global_range
        Range(16, 4)
        """
        return self._global

    @property
    def local_range(self):
        """The work-group size, a ``Range``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange((16, 4), (4, 4)).local_range
        Range(4, 4)
        """
        return self._local

    @property
    def ndim(self):
        """The number of dimensions (1, 2 or 3) of the global and local ranges.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange((16, 4), (4, 4)).ndim
        2
        """
        return len(self._global)

    def get_global_range(self):
        """The global range (the same object as ``global_range``).

        Returns
        -------
        Range
            The extent of the whole index space.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange(32, 8).get_global_range()
        Range(32)
        """
        return self._global

    def get_local_range(self):
        """The work-group size (the same object as ``local_range``).

        Returns
        -------
        Range
            The extent of one work-group.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange(32, 8).get_local_range()
        Range(8)
        """
        return self._local

    def group_range(self):
        """The number of work-groups in each dimension: global extent // local extent.

        Returns
        -------
        Range
            A new ``Range`` of the group counts.

        Notes
        -----
        Not in numba-dpex's ``NdRange`` (inside a kernel, ``Group.get_group_range(d)`` gives
        the same numbers).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> dpex.NdRange((32, 12), (8, 4)).group_range()
        Range(4, 3)
        >>> (np.array([32, 12]) // np.array([8, 4])).tolist()
        [4, 3]
        """
        return Range(*[g // l for g, l in zip(self._global, self._local)])

    def __eq__(self, other):
        return (
            isinstance(other, NdRange)
            and tuple(self._global) == tuple(other._global)
            and tuple(self._local) == tuple(other._local)
        )

    def __hash__(self):
        return hash((tuple(self._global), tuple(self._local)))

    def __str__(self):
        return f"({tuple(self._global)}, {tuple(self._local)})"

    def __repr__(self):
        return f"NdRange({tuple(self._global)}, {tuple(self._local)})"
