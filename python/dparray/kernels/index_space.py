"""Item, NdItem and Group: a work-item's view of the index space (reference implementations).

Linear ids are row-major, the last dimension fastest. In compiled kernels the same methods
are translated to device built-ins; these classes are what the reference runner passes.
"""

import math


def _linear(ids, ranges):
    lin = 0
    for i, r in zip(ids, ranges):
        lin = lin * r + i
    return lin


def _check_dim(dim, ndim, what):
    if not isinstance(dim, int) or isinstance(dim, bool):
        raise TypeError(f"{what}: the dimension must be an int, not {type(dim).__name__}")
    if not 0 <= dim < ndim:
        raise IndexError(f"{what}: dimension {dim} out of range for a {ndim}-D index space")
    return dim


class Item:
    """A work-item of a ``Range`` launch: its index and the extent of the index space.

    numba-dpex's ``kernel_api.Item`` (SYCL's ``sycl::item``). A kernel launched over a
    ``Range`` takes an ``Item`` as its first parameter (annotated ``kapi.Item`` by
    convention; the annotation is not needed). Items are made by the launch, not by user
    code: in a compiled kernel the methods become device built-ins, and the reference runner
    (``kernel_api.call_kernel``) passes instances of this class.

    Notes
    -----
    Linear ids are row-major: the last dimension varies fastest. Calling an ``NdItem``
    method (``get_global_id``, ``get_group``...) on an ``Item`` is a ``KernelError``: barriers
    and local memory need an ``NdRange`` launch. ``dimensions`` is SYCL's name for the rank
    (some numba-dpex versions call it ``ndim``).

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def vecadd(item: kapi.Item, a, b, c):
    ...     i = item.get_id(0)
    ...     c[i] = a[i] + b[i]
    >>> a = dp.arange(6.0)
    >>> b = dp.full(6, 0.5)
    >>> c = dp.empty(6)
    >>> dpex.call_kernel(vecadd, dpex.Range(6), a, b, c)
    >>> c
    array([0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
    >>> np.arange(6.0) + 0.5
    array([0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
    """

    __slots__ = ("_id", "_range")

    def __init__(self, ids, rng):
        self._id = tuple(ids)
        self._range = tuple(rng)

    @property
    def dimensions(self):
        """The number of dimensions (1, 2 or 3) of the launch's ``Range``.

        A compile-time constant in a compiled kernel.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def rank(item: kapi.Item, out):
        ...     out[item.get_id(0), item.get_id(1)] = item.dimensions
        >>> out = dp.zeros((2, 2), dtype=dp.int64)
        >>> dpex.call_kernel(rank, dpex.Range(2, 2), out)
        >>> out
        array([[2, 2],
               [2, 2]])
        """
        return len(self._range)

    def get_id(self, dim):
        """The work-item's index in one dimension, in ``[0, get_range(dim))``.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            The index (int64 in a compiled kernel).

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def reverse(item: kapi.Item, a, b):
        ...     i = item.get_id(0)
        ...     b[i] = a[len(a) - 1 - i]
        >>> a = dp.asarray([1, 2, 3, 4, 5])
        >>> b = dp.empty_like(a)
        >>> dpex.call_kernel(reverse, dpex.Range(5), a, b)
        >>> b
        array([5, 4, 3, 2, 1])
        >>> np.asarray([1, 2, 3, 4, 5])[::-1]
        array([5, 4, 3, 2, 1])
        """
        return self._id[_check_dim(dim, len(self._range), "Item.get_id")]

    def get_range(self, dim):
        """The extent of the launch's ``Range`` in one dimension.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            ``Range[dim]`` (int64 in a compiled kernel).

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def countdown(item: kapi.Item, out):
        ...     i = item.get_id(0)
        ...     out[i] = item.get_range(0) - i
        >>> out = dp.empty(4, dtype=dp.int64)
        >>> dpex.call_kernel(countdown, dpex.Range(4), out)
        >>> out
        array([4, 3, 2, 1])
        >>> 4 - np.arange(4)
        array([4, 3, 2, 1])
        """
        return self._range[_check_dim(dim, len(self._range), "Item.get_range")]

    def get_linear_id(self):
        """The work-item's row-major linear index over all dimensions.

        For a 2-D range, ``get_id(0) * get_range(1) + get_id(1)``.

        Returns
        -------
        int
            The linear index, in ``[0, get_linear_range())``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def linear(item: kapi.Item, out):
        ...     out[item.get_id(0), item.get_id(1)] = item.get_linear_id()
        >>> out = dp.empty((2, 3), dtype=dp.int64)
        >>> dpex.call_kernel(linear, dpex.Range(2, 3), out)
        >>> out
        array([[0, 1, 2],
               [3, 4, 5]])
        >>> np.arange(6).reshape(2, 3)
        array([[0, 1, 2],
               [3, 4, 5]])
        """
        return _linear(self._id, self._range)

    def get_linear_range(self):
        """The number of work-items of the launch: the product of the range's extents.

        Returns
        -------
        int
            ``Range.size()`` of the launch.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def total(item: kapi.Item, out):
        ...     out[item.get_id(0), item.get_id(1)] = item.get_linear_range()
        >>> out = dp.empty((2, 3), dtype=dp.int64)
        >>> dpex.call_kernel(total, dpex.Range(2, 3), out)
        >>> np.array_equal(dp.asnumpy(out), np.full((2, 3), 2 * 3))
        True
        """
        return math.prod(self._range)

    def __repr__(self):
        return f"Item(id={self._id}, range={self._range})"


class Group:
    """The work-group of an ``NdItem``: its position in the grid of work-groups.

    numba-dpex's ``kernel_api.Group`` (SYCL's ``sycl::group``), obtained inside a kernel
    with ``nditem.get_group()``; not constructed by user code. It is the first argument of
    ``group_barrier``. Group ids are row-major, the last dimension fastest.

    Notes
    -----
    The range methods take a dimension, as SYCL's ``group::get_group_range(dim)`` does;
    numba-dpex's Python simulator returns the whole ``Range`` from argument-less
    ``get_group_range()`` / ``get_local_range()``. There is no ``leader`` property.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def which_group(nditem: kapi.NdItem, out):
    ...     g = nditem.get_group()
    ...     out[nditem.get_global_id(0)] = g.get_group_id(0)
    >>> out = dp.empty(8, dtype=dp.int64)
    >>> dpex.call_kernel(which_group, dpex.NdRange(8, 4), out)
    >>> out
    array([0, 0, 0, 0, 1, 1, 1, 1])
    >>> np.arange(8) // 4
    array([0, 0, 0, 0, 1, 1, 1, 1])
    """

    __slots__ = ("_ctx", "_gid", "_grange", "_lrange")

    def __init__(self, gid, grange, lrange, ctx=None):
        self._gid = tuple(gid)
        self._grange = tuple(grange)
        self._lrange = tuple(lrange)
        self._ctx = ctx

    @property
    def dimensions(self):
        """The number of dimensions (1, 2 or 3) of the launch's ``NdRange``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def rank(nditem: kapi.NdItem, out):
        ...     g = nditem.get_group()
        ...     out[nditem.get_global_id(0), nditem.get_global_id(1)] = g.dimensions
        >>> out = dp.zeros((2, 2), dtype=dp.int64)
        >>> dpex.call_kernel(rank, dpex.NdRange((2, 2), (1, 2)), out)
        >>> np.array_equal(dp.asnumpy(out), np.full((2, 2), 2))
        True
        """
        return len(self._gid)

    def get_group_id(self, dim):
        """The work-group's index in one dimension.

        In ``[0, get_group_range(dim))``; ``get_global_id(dim)`` equals
        ``get_group_id(dim) * get_local_range(dim) + get_local_id(dim)``.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            The group index (int64 in a compiled kernel).

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_col(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_group().get_group_id(1)
        >>> out = dp.empty((2, 6), dtype=dp.int64)
        >>> dpex.call_kernel(group_col, dpex.NdRange((2, 6), (1, 2)), out)
        >>> out
        array([[0, 0, 1, 1, 2, 2],
               [0, 0, 1, 1, 2, 2]])
        >>> np.broadcast_to(np.arange(6) // 2, (2, 6))
        array([[0, 0, 1, 1, 2, 2],
               [0, 0, 1, 1, 2, 2]])
        """
        return self._gid[_check_dim(dim, len(self._gid), "Group.get_group_id")]

    def get_group_range(self, dim):
        """The number of work-groups in one dimension: global extent // local extent.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            ``NdRange.group_range()[dim]`` of the launch.

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def ngroups(nditem: kapi.NdItem, out):
        ...     out[nditem.get_global_id(0)] = nditem.get_group().get_group_range(0)
        >>> out = dp.empty(12, dtype=dp.int64)
        >>> dpex.call_kernel(ngroups, dpex.NdRange(12, 4), out)
        >>> np.array_equal(dp.asnumpy(out), np.full(12, 12 // 4))
        True
        """
        return self._grange[_check_dim(dim, len(self._gid), "Group.get_group_range")]

    def get_local_range(self, dim):
        """The work-group size in one dimension.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            ``NdRange.local_range[dim]`` of the launch.

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_size(nditem: kapi.NdItem, out):
        ...     out[nditem.get_global_id(0)] = nditem.get_group().get_local_range(0)
        >>> out = dp.empty(12, dtype=dp.int64)
        >>> dpex.call_kernel(group_size, dpex.NdRange(12, 3), out)
        >>> np.array_equal(dp.asnumpy(out), np.full(12, 3))
        True
        """
        return self._lrange[_check_dim(dim, len(self._gid), "Group.get_local_range")]

    def get_group_linear_id(self):
        """The work-group's row-major linear index over all dimensions.

        Returns
        -------
        int
            In ``[0, get_group_linear_range())``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_linear(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_group().get_group_linear_id()
        >>> out = dp.empty((4, 4), dtype=dp.int64)
        >>> dpex.call_kernel(group_linear, dpex.NdRange((4, 4), (2, 2)), out)
        >>> out
        array([[0, 0, 1, 1],
               [0, 0, 1, 1],
               [2, 2, 3, 3],
               [2, 2, 3, 3]])
        >>> np.kron(np.arange(4).reshape(2, 2), np.ones((2, 2), dtype=int))
        array([[0, 0, 1, 1],
               [0, 0, 1, 1],
               [2, 2, 3, 3],
               [2, 2, 3, 3]])
        """
        return _linear(self._gid, self._grange)

    def get_group_linear_range(self):
        """The total number of work-groups of the launch.

        Returns
        -------
        int
            The product of the group counts, ``NdRange.group_range().size()``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def total_groups(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_group().get_group_linear_range()
        >>> out = dp.empty((4, 6), dtype=dp.int64)
        >>> dpex.call_kernel(total_groups, dpex.NdRange((4, 6), (2, 3)), out)
        >>> np.array_equal(dp.asnumpy(out), np.full((4, 6), (4 // 2) * (6 // 3)))
        True
        """
        return math.prod(self._grange)

    def get_local_linear_range(self):
        """The number of work-items in the work-group: the product of the local extents.

        Returns
        -------
        int
            ``NdRange.local_range.size()`` of the launch.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_items(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_group().get_local_linear_range()
        >>> out = dp.empty((4, 6), dtype=dp.int64)
        >>> dpex.call_kernel(group_items, dpex.NdRange((4, 6), (2, 3)), out)
        >>> np.array_equal(dp.asnumpy(out), np.full((4, 6), 2 * 3))
        True
        """
        return math.prod(self._lrange)

    def __repr__(self):
        return f"Group(id={self._gid}, range={self._grange})"


class NdItem:
    """A work-item of an ``NdRange`` launch: global and local ids, ranges and its ``Group``.

    numba-dpex's ``kernel_api.NdItem`` (SYCL's ``sycl::nd_item``). A kernel launched over an
    ``NdRange`` takes an ``NdItem`` first (annotated ``kapi.NdItem`` by convention). NdItems
    are made by the launch, not by user code: in a compiled kernel the methods become device
    built-ins, and the reference runner (``kernel_api.call_kernel``) passes instances of
    this class. Ids and ranges are row-major, the last dimension fastest.

    Notes
    -----
    ``dimensions`` is SYCL's name for the rank (some numba-dpex versions call it ``ndim``).

    Examples
    --------
    Each work-group reverses its own block of the input:

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def reverse_blocks(nditem: kapi.NdItem, a, b):
    ...     g = nditem.get_group().get_group_id(0)
    ...     n = nditem.get_local_range(0)
    ...     lid = nditem.get_local_id(0)
    ...     b[nditem.get_global_id(0)] = a[g * n + (n - 1 - lid)]
    >>> a = dp.arange(8)
    >>> b = dp.empty_like(a)
    >>> dpex.call_kernel(reverse_blocks, dpex.NdRange(8, 4), a, b)
    >>> b
    array([3, 2, 1, 0, 7, 6, 5, 4])
    >>> np.arange(8).reshape(2, 4)[:, ::-1].ravel()
    array([3, 2, 1, 0, 7, 6, 5, 4])
    """

    __slots__ = ("_gid", "_grange", "_group", "_lid", "_lrange")

    def __init__(self, global_id, local_id, global_range, local_range, group):
        self._gid = tuple(global_id)
        self._lid = tuple(local_id)
        self._grange = tuple(global_range)
        self._lrange = tuple(local_range)
        self._group = group

    @property
    def dimensions(self):
        """The number of dimensions (1, 2 or 3) of the launch's ``NdRange``.

        A compile-time constant in a compiled kernel.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def rank(nditem: kapi.NdItem, out):
        ...     out[nditem.get_global_id(0)] = nditem.dimensions
        >>> out = dp.zeros(4, dtype=dp.int64)
        >>> dpex.call_kernel(rank, dpex.NdRange(4, 2), out)
        >>> out
        array([1, 1, 1, 1])
        """
        return len(self._gid)

    def get_global_id(self, dim):
        """The work-item's index in the global range, in one dimension.

        In ``[0, get_global_range(dim))``; it equals
        ``get_group().get_group_id(dim) * get_local_range(dim) + get_local_id(dim)``.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            The global index (int64 in a compiled kernel).

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def scale(nditem: kapi.NdItem, a):
        ...     i = nditem.get_global_id(0)
        ...     a[i] = 3 * a[i]
        >>> a = dp.arange(8)
        >>> dpex.call_kernel(scale, dpex.NdRange(8, 4), a)
        >>> a
        array([ 0,  3,  6,  9, 12, 15, 18, 21])
        >>> 3 * np.arange(8)
        array([ 0,  3,  6,  9, 12, 15, 18, 21])
        """
        return self._gid[_check_dim(dim, len(self._gid), "NdItem.get_global_id")]

    def get_local_id(self, dim):
        """The work-item's index within its work-group, in one dimension.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            In ``[0, get_local_range(dim))`` (int64 in a compiled kernel).

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def local_ids(nditem: kapi.NdItem, out):
        ...     out[nditem.get_global_id(0)] = nditem.get_local_id(0)
        >>> out = dp.empty(9, dtype=dp.int64)
        >>> dpex.call_kernel(local_ids, dpex.NdRange(9, 3), out)
        >>> out
        array([0, 1, 2, 0, 1, 2, 0, 1, 2])
        >>> np.arange(9) % 3
        array([0, 1, 2, 0, 1, 2, 0, 1, 2])
        """
        return self._lid[_check_dim(dim, len(self._gid), "NdItem.get_local_id")]

    def get_global_range(self, dim):
        """The extent of the global range in one dimension.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            ``NdRange.global_range[dim]`` of the launch.

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def mirror(nditem: kapi.NdItem, a, b):
        ...     i = nditem.get_global_id(0)
        ...     b[i] = a[nditem.get_global_range(0) - 1 - i]
        >>> a = dp.arange(6)
        >>> b = dp.empty_like(a)
        >>> dpex.call_kernel(mirror, dpex.NdRange(6, 2), a, b)
        >>> b
        array([5, 4, 3, 2, 1, 0])
        >>> np.arange(6)[::-1]
        array([5, 4, 3, 2, 1, 0])
        """
        return self._grange[_check_dim(dim, len(self._gid), "NdItem.get_global_range")]

    def get_local_range(self, dim):
        """The work-group size in one dimension.

        Parameters
        ----------
        dim : int
            The dimension, ``0 <= dim < dimensions``. In a compiled kernel it may be any
            integer expression; a literal out of range is a ``KernelError``.

        Returns
        -------
        int
            ``NdRange.local_range[dim]`` of the launch.

        Raises
        ------
        IndexError
            In the reference runner, if `dim` is out of range (``TypeError`` if it is not an
            int).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def block_start(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     n = nditem.get_local_range(0)
        ...     out[i] = (i // n) * n
        >>> out = dp.empty(8, dtype=dp.int64)
        >>> dpex.call_kernel(block_start, dpex.NdRange(8, 4), out)
        >>> out
        array([0, 0, 0, 0, 4, 4, 4, 4])
        >>> np.arange(8) // 4 * 4
        array([0, 0, 0, 0, 4, 4, 4, 4])
        """
        return self._lrange[_check_dim(dim, len(self._gid), "NdItem.get_local_range")]

    def get_global_linear_id(self):
        """The work-item's row-major linear index in the global range.

        Returns
        -------
        int
            In ``[0, get_global_linear_range())``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def linear(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_global_linear_id()
        >>> out = dp.empty((2, 4), dtype=dp.int64)
        >>> dpex.call_kernel(linear, dpex.NdRange((2, 4), (1, 2)), out)
        >>> out
        array([[0, 1, 2, 3],
               [4, 5, 6, 7]])
        >>> np.arange(8).reshape(2, 4)
        array([[0, 1, 2, 3],
               [4, 5, 6, 7]])
        """
        return _linear(self._gid, self._grange)

    def get_local_linear_id(self):
        """The work-item's row-major linear index within its work-group.

        Returns
        -------
        int
            In ``[0, get_local_linear_range())``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def local_linear(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_local_linear_id()
        >>> out = dp.empty((2, 4), dtype=dp.int64)
        >>> dpex.call_kernel(local_linear, dpex.NdRange((2, 4), (2, 2)), out)
        >>> out
        array([[0, 1, 0, 1],
               [2, 3, 2, 3]])
        >>> np.tile(np.arange(4).reshape(2, 2), 2)
        array([[0, 1, 0, 1],
               [2, 3, 2, 3]])
        """
        return _linear(self._lid, self._lrange)

    def get_global_linear_range(self):
        """The number of work-items of the launch: the product of the global extents.

        Returns
        -------
        int
            ``NdRange.global_range.size()`` of the launch.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def total(nditem: kapi.NdItem, out):
        ...     out[nditem.get_global_id(0)] = nditem.get_global_linear_range()
        >>> out = dp.empty(8, dtype=dp.int64)
        >>> dpex.call_kernel(total, dpex.NdRange(8, 2), out)
        >>> np.array_equal(dp.asnumpy(out), np.full(8, 8))
        True
        """
        return math.prod(self._grange)

    def get_local_linear_range(self):
        """The number of work-items in a work-group: the product of the local extents.

        Returns
        -------
        int
            ``NdRange.local_range.size()`` of the launch.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_items(nditem: kapi.NdItem, out):
        ...     i = nditem.get_global_id(0)
        ...     j = nditem.get_global_id(1)
        ...     out[i, j] = nditem.get_local_linear_range()
        >>> out = dp.empty((4, 6), dtype=dp.int64)
        >>> dpex.call_kernel(group_items, dpex.NdRange((4, 6), (2, 3)), out)
        >>> np.array_equal(dp.asnumpy(out), np.full((4, 6), 2 * 3))
        True
        """
        return math.prod(self._lrange)

    def get_group(self):
        """The work-group this work-item belongs to.

        Pass it to ``group_barrier``; its methods give the group's id and ranges.

        Returns
        -------
        Group
            The work-item's ``Group``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def group_ids(nditem: kapi.NdItem, out):
        ...     g = nditem.get_group()
        ...     out[nditem.get_global_id(0)] = g.get_group_id(0) * 100 + nditem.get_local_id(0)
        >>> out = dp.empty(6, dtype=dp.int64)
        >>> dpex.call_kernel(group_ids, dpex.NdRange(6, 3), out)
        >>> out
        array([  0,   1,   2, 100, 101, 102])
        >>> np.arange(6) // 3 * 100 + np.arange(6) % 3
        array([  0,   1,   2, 100, 101, 102])
        """
        return self._group

    def __repr__(self):
        return f"NdItem(global_id={self._gid}, local_id={self._lid})"
