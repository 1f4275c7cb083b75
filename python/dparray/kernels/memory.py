"""Memory enums, LocalAccessor, PrivateArray, AtomicRef, group_barrier and atomic_fence.

These are the reference (pure-Python) implementations; the compiler recognises the same
names and translates them to device code.
"""

import threading
from enum import IntEnum

import numpy as np

from .types import SCALARS


class MemoryOrder(IntEnum):
    """Memory orderings of atomic operations and fences (SYCL's ``sycl::memory_order``).

    Members: ``RELAXED`` (0), ``ACQUIRE`` (1), ``CONSUME_UNSUPPORTED`` (2), ``RELEASE`` (3),
    ``ACQ_REL`` (4) and ``SEQ_CST`` (5), the values of numba-dpex's ``MemoryOrder``. Used as
    the `memory_order` of ``AtomicRef`` and ``atomic_fence``; inside a kernel it must be a
    compile-time constant (a member, or a global or closure variable holding one).

    Notes
    -----
    Code generation: on the host backend, ``AtomicRef`` read-modify-write operations are
    relaxed (LLVM ``monotonic``) for ``RELAXED``, ``ACQUIRE`` and ``CONSUME_UNSUPPORTED`` and
    sequentially consistent for ``RELEASE``, ``ACQ_REL`` and ``SEQ_CST``; ``load`` and
    ``store`` are relaxed for ``RELAXED`` and sequentially consistent otherwise;
    ``compare_exchange`` and ``atomic_fence`` are always sequentially consistent. On OpenCL
    devices the OpenCL 1.2 atomic built-ins are used, which are relaxed whatever the order.

    Examples
    --------
    >>> from dparray.kernels import kernel_api as kapi
    >>> kapi.MemoryOrder.SEQ_CST
    <MemoryOrder.SEQ_CST: 5>
    >>> [m.name for m in kapi.MemoryOrder]
    ['RELAXED', 'ACQUIRE', 'CONSUME_UNSUPPORTED', 'RELEASE', 'ACQ_REL', 'SEQ_CST']
    >>> kapi.MemoryOrder(3)
    <MemoryOrder.RELEASE: 3>
    """

    RELAXED = 0
    ACQUIRE = 1
    CONSUME_UNSUPPORTED = 2
    RELEASE = 3
    ACQ_REL = 4
    SEQ_CST = 5


class MemoryScope(IntEnum):
    """Memory scopes of atomic operations, fences and barriers (SYCL's ``sycl::memory_scope``).

    Members: ``WORK_ITEM`` (0), ``SUB_GROUP`` (1), ``WORK_GROUP`` (2), ``DEVICE`` (3) and
    ``SYSTEM`` (4), the values of numba-dpex's ``MemoryScope``. Used as the `memory_scope` of
    ``AtomicRef`` and ``atomic_fence`` and the `fence_scope` of ``group_barrier``; inside a
    kernel it must be a compile-time constant.

    Notes
    -----
    The scope does not change the generated code (the reference runner checks that it is a
    valid member): host atomics and fences act on the whole machine, and OpenCL barriers and
    fences cover local and global memory.

    Examples
    --------
    >>> from dparray.kernels import kernel_api as kapi
    >>> kapi.MemoryScope.WORK_GROUP
    <MemoryScope.WORK_GROUP: 2>
    >>> [m.name for m in kapi.MemoryScope]
    ['WORK_ITEM', 'SUB_GROUP', 'WORK_GROUP', 'DEVICE', 'SYSTEM']
    >>> int(kapi.MemoryScope.DEVICE)
    3
    """

    WORK_ITEM = 0
    SUB_GROUP = 1
    WORK_GROUP = 2
    DEVICE = 3
    SYSTEM = 4


class AddressSpace(IntEnum):
    """Address spaces (SYCL's ``sycl::access::address_space``).

    Members: ``PRIVATE`` (0), ``GLOBAL`` (1), ``CONSTANT`` (2), ``LOCAL`` (3) and
    ``GENERIC`` (4), the values of numba-dpex's ``AddressSpace``. Its one use is the
    optional `address_space` of ``AtomicRef``: arrays passed to a kernel live in ``GLOBAL``
    memory, ``LocalAccessor`` memory is ``LOCAL``.

    Examples
    --------
    >>> from dparray.kernels import kernel_api as kapi
    >>> kapi.AddressSpace.LOCAL
    <AddressSpace.LOCAL: 3>
    >>> [m.name for m in kapi.AddressSpace]
    ['PRIVATE', 'GLOBAL', 'CONSTANT', 'LOCAL', 'GENERIC']
    """

    PRIVATE = 0
    GLOBAL = 1
    CONSTANT = 2
    LOCAL = 3
    GENERIC = 4


# dtypes a LocalAccessor / PrivateArray may hold (dparray's 14 dtypes).
_ELEMENT_DTYPES = {np.dtype(t) for t in SCALARS}
ATOMIC_DTYPES = {np.dtype(t) for t in ("int32", "uint32", "int64", "uint64", "float32", "float64")}


def element_dtype(dtype, what):
    try:
        dt = np.dtype(getattr(dtype, "name", dtype) if not isinstance(dtype, np.dtype) else dtype)
    except TypeError:
        raise TypeError(f"{what}: {dtype!r} is not a dtype") from None
    if dt not in _ELEMENT_DTYPES:
        raise TypeError(f"{what}: dtype {dt} is not supported")
    return dt


def _shape_tuple(shape, what):
    if hasattr(shape, "tolist"):
        shape = shape.tolist()
    if isinstance(shape, int) and not isinstance(shape, bool):
        shape = (shape,)
    try:
        shape = tuple(shape)
    except TypeError:
        raise TypeError(
            f"{what}: shape must be an int or a tuple of ints, not {type(shape).__name__}"
        ) from None
    if not 1 <= len(shape) <= 3:
        raise TypeError(f"{what}: shape {shape} must have 1 to 3 dimensions")
    for s in shape:
        if not isinstance(s, (int, np.integer)) or isinstance(s, bool) or s <= 0:
            raise TypeError(f"{what}: shape {shape} must hold positive ints")
    return tuple(int(s) for s in shape)


class LocalAccessor:
    """Work-group local memory of a given shape and dtype, passed as a kernel argument.

    numba-dpex's ``kernel_api.LocalAccessor`` (SYCL's ``sycl::local_accessor``). Created on
    the host and passed to ``call_kernel`` with an ``NdRange``: every work-group gets its own
    block of `shape`, shared by the group's work-items and indexed like an array inside the
    kernel (``acc[i]``, ``acc[i, j]``, ``acc.shape``...). Work-items exchange data through it
    between ``group_barrier`` calls.

    Parameters
    ----------
    shape : int or tuple of int
        1 to 3 positive extents.
    dtype : dtype, type or str
        One of dparray's 14 dtypes (bool, the integer, float and complex types).

    Attributes
    ----------
    shape : tuple of int
        The extents.
    dtype : numpy.dtype
        The element type.

    Raises
    ------
    TypeError
        If `shape` is not an int or a tuple of 1 to 3 positive ints (a zero extent
        included), or `dtype` is not a supported dtype.

    See Also
    --------
    group_barrier : synchronise the work-items of a group.

    Notes
    -----
    The memory is sized at launch, so one compiled kernel serves every size; its contents
    start uninitialised. A ``LocalAccessor`` in a ``Range`` launch is a ``TypeError``, and it
    cannot be indexed outside a kernel (``NotImplementedError``). ``AtomicRef`` works on it
    for int32, uint32, int64, uint64, float32 and float64.

    Difference from numba-dpex: the reference runner (``kernel_api.call_kernel``) gives each
    work-group its own memory, where numba-dpex's simulator shares one buffer between all
    work-groups.

    Examples
    --------
    Each work-group of 4 reverses its block through local memory:

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def reverse_blocks(nditem: kapi.NdItem, a, b, tmp):
    ...     lid = nditem.get_local_id(0)
    ...     n = nditem.get_local_range(0)
    ...     i = nditem.get_global_id(0)
    ...     tmp[lid] = a[i]
    ...     kapi.group_barrier(nditem.get_group())
    ...     b[i] = tmp[n - 1 - lid]
    >>> a = dp.arange(8)
    >>> b = dp.empty_like(a)
    >>> tmp = kapi.LocalAccessor(4, dp.int64)
    >>> tmp
    LocalAccessor((4,), int64)
    >>> dpex.call_kernel(reverse_blocks, dpex.NdRange(8, 4), a, b, tmp)
    >>> b
    array([3, 2, 1, 0, 7, 6, 5, 4])
    >>> np.arange(8).reshape(2, 4)[:, ::-1].ravel()
    array([3, 2, 1, 0, 7, 6, 5, 4])
    """

    def __init__(self, shape, dtype):
        self.shape = _shape_tuple(shape, "LocalAccessor")
        self.dtype = element_dtype(dtype, "LocalAccessor")

    @property
    def ndim(self):
        """The number of dimensions (1, 2 or 3) of one work-group's block.

        Examples
        --------
        >>> from dparray.kernels import kernel_api as kapi
        >>> kapi.LocalAccessor((4, 8), dp.float32).ndim
        2
        """
        return len(self.shape)

    @property
    def size(self):
        """The number of elements of one work-group's block: the product of `shape`.

        Examples
        --------
        >>> from dparray.kernels import kernel_api as kapi
        >>> kapi.LocalAccessor((4, 8), dp.float32).size
        32
        """
        n = 1
        for s in self.shape:
            n *= s
        return n

    @property
    def nbytes(self):
        """The bytes of local memory one work-group's block takes: ``size * itemsize``.

        Examples
        --------
        >>> from dparray.kernels import kernel_api as kapi
        >>> kapi.LocalAccessor((4, 8), dp.float32).nbytes
        128
        >>> np.empty((4, 8), np.float32).nbytes
        128
        """
        return self.size * self.dtype.itemsize

    def __getitem__(self, idx):
        raise NotImplementedError("LocalAccessor can be indexed only inside a kernel")

    __setitem__ = __getitem__

    def __repr__(self):
        return f"LocalAccessor({self.shape}, {self.dtype})"


def PrivateArray(shape, dtype, fill_zeros=False):
    """A small array private to one work-item.

    Inside a kernel or device function, ``p = kapi.PrivateArray(shape, dtype)`` declares an
    array in the work-item's private memory (registers or stack), indexed like any array.
    Called outside a compiled kernel (in the reference runner), it returns a NumPy array.

    Parameters
    ----------
    shape : int or tuple of int
        1 to 3 positive extents; a literal (or a compile-time constant) in a compiled kernel.
    dtype : dtype, type or str
        One of dparray's 14 dtypes.
    fill_zeros : bool, optional
        Zero the array; default False (the contents start undefined). A literal in a
        compiled kernel.

    Returns
    -------
    numpy.ndarray
        Outside a compiled kernel, a new C-contiguous NumPy array of `shape` and `dtype`
        (zeros if `fill_zeros`).

    Raises
    ------
    TypeError
        If `shape` is not an int or a tuple of 1 to 3 positive ints, or `dtype` is not
        supported. In a compiled kernel a non-literal shape or `fill_zeros`, or a
        ``PrivateArray(...)`` not assigned to a name, is a ``KernelError``.

    Notes
    -----
    Difference from numba-dpex: ``PrivateArray`` is a function here (a class in
    numba-dpex); outside kernels it returns a plain NumPy array. ``AtomicRef`` on a private
    array is a ``KernelError``.

    Examples
    --------
    Sums of three neighbours, staged in a private array:

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def window_sums(item: kapi.Item, a, out):
    ...     i = item.get_id(0)
    ...     p = kapi.PrivateArray(3, np.int64)
    ...     for k in range(3):
    ...         p[k] = a[i + k]
    ...     s = 0
    ...     for k in range(3):
    ...         s += p[k]
    ...     out[i] = s
    >>> a = dp.asarray([1, 4, 2, 8, 5, 7])
    >>> out = dp.empty(4, dtype=dp.int64)
    >>> dpex.call_kernel(window_sums, dpex.Range(4), a, out)
    >>> out
    array([ 7, 14, 15, 20])
    >>> np.convolve([1, 4, 2, 8, 5, 7], np.ones(3, dtype=np.int64), "valid")
    array([ 7, 14, 15, 20])

    Outside a kernel:

    >>> kapi.PrivateArray((2, 2), np.int32, fill_zeros=True)
    array([[0, 0],
           [0, 0]], dtype=int32)
    """
    shp = _shape_tuple(shape, "PrivateArray")
    dt = element_dtype(dtype, "PrivateArray")
    return np.zeros(shp, dt) if fill_zeros else np.empty(shp, dt)


# The reference runner keeps the barrier state of the running work-group here.
_current = threading.local()


def group_barrier(group, fence_scope=MemoryScope.WORK_GROUP):
    """Waits until every work-item of the work-group has reached this barrier.

    numba-dpex's ``group_barrier`` (SYCL's ``sycl::group_barrier``). Writes to local and
    global memory made before the barrier by any work-item of the group are visible to all
    of them after it. Only in kernels launched over an ``NdRange``.

    Parameters
    ----------
    group : Group
        The work-item's group, ``nditem.get_group()``.
    fence_scope : MemoryScope, optional
        The scope of the memory fence; default ``MemoryScope.WORK_GROUP``. A compile-time
        constant in a compiled kernel.

    Returns
    -------
    None

    Raises
    ------
    TypeError
        In the reference runner, if `group` is not the ``Group`` of an ``NdItem``. In a
        compiled kernel that is a ``KernelError``.
    RuntimeError
        In the reference runner, if some work-items of the group finish without reaching a
        barrier others wait at.

    Notes
    -----
    Every work-item of the group must reach the same barriers (control flow around a
    barrier must be uniform across the group, as SYCL requires); otherwise a compiled
    kernel's behaviour is undefined. The barrier always fences both local and global memory,
    whatever `fence_scope`.

    On the host backend a work-group runs as loops over its work-items split at the
    barriers; a device function that contains a barrier is inlined and must return only at
    its end, and ``break``/``continue`` of a loop containing a barrier must be taken by the
    whole group. Spinning on a value another work-item of the same group sets deadlocks
    there.

    Difference from numba-dpex: the reference runner (``kernel_api.call_kernel``) honours
    barriers (work-items take turns), where numba-dpex's simulator raises
    ``NotImplementedError``.

    Examples
    --------
    A tree sum of each work-group's 8 elements in local memory:

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def group_sums(nditem: kapi.NdItem, a, out, tmp):
    ...     lid = nditem.get_local_id(0)
    ...     g = nditem.get_group()
    ...     tmp[lid] = a[nditem.get_global_id(0)]
    ...     kapi.group_barrier(g)
    ...     s = nditem.get_local_range(0) // 2
    ...     while s > 0:
    ...         if lid < s:
    ...             tmp[lid] += tmp[lid + s]
    ...         kapi.group_barrier(g)
    ...         s //= 2
    ...     if lid == 0:
    ...         out[g.get_group_id(0)] = tmp[0]
    >>> a = dp.arange(32.0)
    >>> out = dp.empty(4)
    >>> dpex.call_kernel(group_sums, dpex.NdRange(32, 8), a, out, kapi.LocalAccessor(8, a.dtype))
    >>> out
    array([ 28.,  92., 156., 220.])
    >>> np.arange(32.0).reshape(4, 8).sum(axis=1)
    array([ 28.,  92., 156., 220.])
    """
    ctx = getattr(group, "_ctx", None)
    if ctx is None:
        raise TypeError(
            "group_barrier: the first argument must be the Group of an NdItem (item.get_group())"
        )
    ctx.barrier()


def atomic_fence(memory_order, memory_scope):
    """Orders the work-item's memory operations around this point (a memory fence).

    numba-dpex's ``atomic_fence`` (SYCL's ``sycl::atomic_fence``): memory operations
    before the fence become visible to other work-items that synchronise through atomics
    before those after it.

    Parameters
    ----------
    memory_order : MemoryOrder
        The ordering, e.g. ``MemoryOrder.RELEASE``. A compile-time constant in a compiled
        kernel.
    memory_scope : MemoryScope
        The set of work-items the ordering applies to, e.g. ``MemoryScope.DEVICE``. A
        compile-time constant in a compiled kernel.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        In the reference runner, if an argument is not a valid ``MemoryOrder`` /
        ``MemoryScope`` value. In a compiled kernel, arguments that are not two constants
        are a ``KernelError``.

    Notes
    -----
    On the host backend the fence is sequentially consistent (LLVM ``fence seq_cst``)
    whatever the arguments; on OpenCL devices it is ``mem_fence`` on local and global
    memory. The reference runner runs one work-item at a time, so there it only checks its
    arguments.

    Examples
    --------
    Write data, then publish a flag after a release fence:

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def publish(item: kapi.Item, data, flags):
    ...     i = item.get_id(0)
    ...     data[i] = 2 * i
    ...     kapi.atomic_fence(kapi.MemoryOrder.RELEASE, kapi.MemoryScope.DEVICE)
    ...     kapi.AtomicRef(flags, i).store(1)
    >>> data = dp.zeros(5, dtype=dp.int64)
    >>> flags = dp.zeros(5, dtype=dp.int32)
    >>> dpex.call_kernel(publish, dpex.Range(5), data, flags)
    >>> np.array_equal(dp.asnumpy(data), 2 * np.arange(5)), bool(dp.all(flags == 1))
    (True, True)
    """
    MemoryOrder(memory_order)
    MemoryScope(memory_scope)


_atomic_lock = threading.Lock()


class AtomicRef:
    """An atomic reference to one element of an array or ``LocalAccessor``.

    numba-dpex's ``kernel_api.AtomicRef`` (SYCL's ``sycl::atomic_ref``). Created inside a
    kernel, ``kapi.AtomicRef(a, i)`` refers to ``a[i]``; its methods read and update the
    element atomically, so work-items may update one element concurrently. The
    ``fetch_*`` methods and ``exchange`` return the value before the update.

    Parameters
    ----------
    ref : ndarray or LocalAccessor
        The array (a kernel argument, global memory) or local memory, of dtype int32,
        uint32, int64, uint64, float32 or float64.
    index : int or tuple of int
        The element; an int for 1-D refs, a tuple of ints otherwise (negative indices wrap
        as in Python).
    memory_order : MemoryOrder, optional
        Default ``MemoryOrder.RELAXED``; see ``MemoryOrder`` for the code each order gives.
    memory_scope : MemoryScope, optional
        Default ``MemoryScope.DEVICE``; no effect on the generated code.
    address_space : AddressSpace, optional
        Default None: the ref's own (``GLOBAL`` for arrays, ``LOCAL`` for a
        ``LocalAccessor``). If given, it must be the ref's.

    Raises
    ------
    TypeError
        In the reference runner: `ref` is not an array, its dtype is not one of the six
        above, or `address_space` is ``PRIVATE``. In a compiled kernel these, a private
        array, a mismatched `address_space`, non-constant `memory_order` / `memory_scope`
        or an index that does not address one element are a ``KernelError``.
    ValueError
        In the reference runner, if `memory_order`, `memory_scope` or `address_space` is
        not a valid member value.

    Notes
    -----
    In a compiled kernel the operand of every method must have the ref's dtype (Python
    literals take it). On OpenCL devices the OpenCL 1.2 atomic built-ins are used (float
    add, sub, min and max as compare-and-swap loops); 64-bit atomics need the device's
    ``cl_khr_int64_base_atomics`` / ``cl_khr_int64_extended_atomics``. In the reference
    runner the operations are serialised by a lock.

    Differences from numba-dpex: `index` is required (numba-dpex defaults it to 0) and
    `address_space` defaults to the ref's own space; unsigned refs work (numba-dpex declares
    but cannot compile them); ``fetch_min`` / ``fetch_max`` of floats follow
    ``fmin`` / ``fmax`` on the host backend.

    Examples
    --------
    A histogram: each work-item adds 1 to the bin of its value.

    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def histogram(item: kapi.Item, a, hist):
    ...     i = item.get_id(0)
    ...     kapi.AtomicRef(hist, a[i]).fetch_add(1)
    >>> values = [3, 1, 4, 1, 5, 2, 6, 5, 3, 5]
    >>> a = dp.asarray(values)
    >>> hist = dp.zeros(7, dtype=dp.int64)
    >>> dpex.call_kernel(histogram, dpex.Range(a.size), a, hist)
    >>> hist
    array([0, 2, 1, 2, 1, 3, 1])
    >>> np.bincount(values, minlength=7)
    array([0, 2, 1, 2, 1, 3, 1])
    """

    def __init__(
        self,
        ref,
        index,
        memory_order=MemoryOrder.RELAXED,
        memory_scope=MemoryScope.DEVICE,
        address_space=None,
    ):
        if not hasattr(ref, "__getitem__") or not hasattr(ref, "dtype"):
            raise TypeError(f"AtomicRef: {type(ref).__name__} is not an array")
        dt = np.dtype(str(ref.dtype))
        if dt not in ATOMIC_DTYPES:
            raise TypeError(
                f"AtomicRef: dtype {dt} is not supported (int32, uint32, int64, uint64, float32, float64)"
            )
        if address_space is not None and AddressSpace(address_space) == AddressSpace.PRIVATE:
            raise TypeError("AtomicRef: the PRIVATE address space cannot be used")
        MemoryOrder(memory_order)
        MemoryScope(memory_scope)
        self._ref = ref
        self._index = index
        self._dtype = dt

    def _cast(self, v):
        return self._dtype.type(v)

    def _rmw(self, fn):
        with _atomic_lock:
            old = self._dtype.type(self._ref[self._index])
            self._ref[self._index] = fn(old)
            return old

    def fetch_add(self, val):
        """Atomically adds `val` to the element and returns the old value.

        Integers wrap around on overflow.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def total(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_add(a[item.get_id(0)])
        >>> a = dp.arange(100)
        >>> out = dp.zeros(1, dtype=a.dtype)
        >>> dpex.call_kernel(total, dpex.Range(100), a, out)
        >>> int(out[0]), int(np.arange(100).sum())
        (4950, 4950)
        """
        return self._rmw(lambda o: o + self._cast(val))

    def fetch_sub(self, val):
        """Atomically subtracts `val` from the element and returns the old value.

        Integers wrap around on overflow.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def spend(item: kapi.Item, costs, budget):
        ...     kapi.AtomicRef(budget, 0).fetch_sub(costs[item.get_id(0)])
        >>> costs = dp.asarray([3, 5, 7, 11])
        >>> budget = dp.full(1, 100)
        >>> dpex.call_kernel(spend, dpex.Range(4), costs, budget)
        >>> budget
        array([74])
        >>> 100 - np.sum([3, 5, 7, 11])
        np.int64(74)
        """
        return self._rmw(lambda o: o - self._cast(val))

    def fetch_min(self, val):
        """Atomically replaces the element by ``min(element, val)`` and returns the old value.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Notes
        -----
        On the host backend a float minimum is ``fmin``: a NaN operand leaves the element
        unchanged (the reference runner uses Python's ``min``). Unsigned refs compare as
        unsigned.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def minimum(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_min(a[item.get_id(0)])
        >>> a = dp.asarray([7, -2, 9, 4, -5, 3], dtype=dp.int32)
        >>> out = dp.full(1, 2**31 - 1, dtype=dp.int32)
        >>> dpex.call_kernel(minimum, dpex.Range(6), a, out)
        >>> int(out[0]), int(np.min([7, -2, 9, 4, -5, 3]))
        (-5, -5)
        """
        return self._rmw(lambda o: min(o, self._cast(val)))

    def fetch_max(self, val):
        """Atomically replaces the element by ``max(element, val)`` and returns the old value.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Notes
        -----
        On the host backend a float maximum is ``fmax``: a NaN operand leaves the element
        unchanged (the reference runner uses Python's ``max``). Unsigned refs compare as
        unsigned.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def maximum(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_max(a[item.get_id(0)])
        >>> a = dp.asarray([0.5, 2.25, -1.0, 1.75])
        >>> out = dp.full(1, -np.inf)
        >>> dpex.call_kernel(maximum, dpex.Range(4), a, out)
        >>> float(out[0]), float(np.max([0.5, 2.25, -1.0, 1.75]))
        (2.25, 2.25)
        """
        return self._rmw(lambda o: max(o, self._cast(val)))

    def _int_only(self, name):
        if self._dtype.kind not in "iu":
            raise TypeError(f"AtomicRef.{name}: only integer refs, not {self._dtype}")

    def fetch_and(self, val):
        """Atomically replaces the element by ``element & val`` and returns the old value.

        Integer refs only.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Raises
        ------
        TypeError
            In the reference runner, if the ref is not an integer array (``KernelError``
            in a compiled kernel).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def all_and(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_and(a[item.get_id(0)])
        >>> a = dp.asarray([0b1110, 0b0111, 0b1111])
        >>> out = dp.full(1, -1)
        >>> dpex.call_kernel(all_and, dpex.Range(3), a, out)
        >>> int(out[0]), int(np.bitwise_and.reduce([0b1110, 0b0111, 0b1111]))
        (6, 6)
        """
        self._int_only("fetch_and")
        return self._rmw(lambda o: o & self._cast(val))

    def fetch_or(self, val):
        """Atomically replaces the element by ``element | val`` and returns the old value.

        Integer refs only.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Raises
        ------
        TypeError
            In the reference runner, if the ref is not an integer array (``KernelError``
            in a compiled kernel).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def set_bits(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_or(a[item.get_id(0)])
        >>> a = dp.asarray([1, 4, 16, 4], dtype=dp.uint32)
        >>> out = dp.zeros(1, dtype=dp.uint32)
        >>> dpex.call_kernel(set_bits, dpex.Range(4), a, out)
        >>> int(out[0]), int(np.bitwise_or.reduce(np.array([1, 4, 16, 4], np.uint32)))
        (21, 21)
        """
        self._int_only("fetch_or")
        return self._rmw(lambda o: o | self._cast(val))

    def fetch_xor(self, val):
        """Atomically replaces the element by ``element ^ val`` and returns the old value.

        Integer refs only.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Raises
        ------
        TypeError
            In the reference runner, if the ref is not an integer array (``KernelError``
            in a compiled kernel).

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def parity(item: kapi.Item, a, out):
        ...     kapi.AtomicRef(out, 0).fetch_xor(a[item.get_id(0)])
        >>> a = dp.asarray([5, 9, 12, 3])
        >>> out = dp.zeros(1, dtype=dp.int64)
        >>> dpex.call_kernel(parity, dpex.Range(4), a, out)
        >>> int(out[0]), int(np.bitwise_xor.reduce([5, 9, 12, 3]))
        (3, 3)
        """
        self._int_only("fetch_xor")
        return self._rmw(lambda o: o ^ self._cast(val))

    def load(self):
        """Atomically reads the element.

        Returns
        -------
        scalar
            The element's value, of the ref's dtype.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def read_all(item: kapi.Item, a, out):
        ...     i = item.get_id(0)
        ...     out[i] = kapi.AtomicRef(a, i).load()
        >>> a = dp.asarray([2.5, -1.0, 4.0], dtype=dp.float32)
        >>> out = dp.empty_like(a)
        >>> dpex.call_kernel(read_all, dpex.Range(3), a, out)
        >>> out
        array([ 2.5, -1. ,  4. ], dtype=float32)
        >>> np.asarray([2.5, -1.0, 4.0], dtype=np.float32)
        array([ 2.5, -1. ,  4. ], dtype=float32)
        """
        with _atomic_lock:
            return self._dtype.type(self._ref[self._index])

    def store(self, val):
        """Atomically writes `val` into the element.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        None

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def doubled(item: kapi.Item, a, out):
        ...     i = item.get_id(0)
        ...     kapi.AtomicRef(out, i).store(2 * a[i])
        >>> a = dp.arange(4)
        >>> out = dp.zeros(4, dtype=dp.int64)
        >>> dpex.call_kernel(doubled, dpex.Range(4), a, out)
        >>> out
        array([0, 2, 4, 6])
        >>> 2 * np.arange(4)
        array([0, 2, 4, 6])
        """
        with _atomic_lock:
            self._ref[self._index] = self._cast(val)

    def exchange(self, val):
        """Atomically replaces the element by `val` and returns the old value.

        Parameters
        ----------
        val : scalar
            The operand. In a compiled kernel its type must equal the ref's dtype (a
            Python literal takes the ref's dtype; otherwise cast it, e.g. ``np.int32(v)``),
            else ``KernelError``.

        Returns
        -------
        scalar
            The value of the element before the operation, of the ref's dtype.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def take(item: kapi.Item, a, old):
        ...     i = item.get_id(0)
        ...     old[i] = kapi.AtomicRef(a, i).exchange(-1)
        >>> a = dp.asarray([4, 8, 15])
        >>> old = dp.empty_like(a)
        >>> dpex.call_kernel(take, dpex.Range(3), a, old)
        >>> old, a
        (array([ 4,  8, 15]), array([-1, -1, -1]))
        """
        return self._rmw(lambda o: self._cast(val))

    def compare_exchange(self, expected, desired, expected_idx=0):
        """Atomically replaces the element by `desired` if it equals an expected value.

        A strong compare-and-swap: if the element equals ``expected[expected_idx]`` it is
        replaced by `desired` and the call returns True; otherwise
        ``expected[expected_idx]`` receives the element's current value and the call
        returns False.

        Parameters
        ----------
        expected : ndarray, LocalAccessor or private array
            An array of the ref's dtype holding the expected value (a compile-time
            ``KernelError`` if its dtype differs).
        desired : scalar
            The new value, of the ref's dtype (a Python literal takes it).
        expected_idx : int, optional
            The index of the expected value in `expected`; default 0.

        Returns
        -------
        bool
            True if the element was replaced.

        Notes
        -----
        Compiled kernels compare the bit patterns (for floats, ``-0.0`` differs from
        ``0.0`` and a NaN equals the same NaN); the reference runner compares values.

        Examples
        --------
        Every work-item tries to claim a slot; exactly one succeeds, and the others learn
        the winner's value through `expected`:

        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import kernel_api as kapi
        >>> @dpex.kernel
        ... def claim(item: kapi.Item, slot, expected, won):
        ...     i = item.get_id(0)
        ...     if kapi.AtomicRef(slot, 0).compare_exchange(expected, i + 1, i):
        ...         won[i] = 1
        >>> slot = dp.zeros(1, dtype=dp.int64)
        >>> expected = dp.zeros(8, dtype=dp.int64)
        >>> won = dp.zeros(8, dtype=dp.int64)
        >>> dpex.call_kernel(claim, dpex.Range(8), slot, expected, won)
        >>> w, e, s = dp.asnumpy(won), dp.asnumpy(expected), int(slot[0])
        >>> int(w.sum()), s == int(np.argmax(w)) + 1
        (1, True)
        >>> np.array_equal(e, np.where(w == 1, 0, s))
        True
        """
        with _atomic_lock:
            cur = self._dtype.type(self._ref[self._index])
            if cur == expected[expected_idx]:
                self._ref[self._index] = self._cast(desired)
                return True
            expected[expected_idx] = cur
            return False
