"""Memory enums, LocalAccessor, PrivateArray, AtomicRef, group_barrier and atomic_fence.

These are the reference (pure-Python) implementations; the compiler recognises the same
names and translates them to device code.
"""

import threading
from enum import IntEnum

import numpy as np

from .types import SCALARS


class MemoryOrder(IntEnum):
    RELAXED = 0
    ACQUIRE = 1
    CONSUME_UNSUPPORTED = 2
    RELEASE = 3
    ACQ_REL = 4
    SEQ_CST = 5


class MemoryScope(IntEnum):
    WORK_ITEM = 0
    SUB_GROUP = 1
    WORK_GROUP = 2
    DEVICE = 3
    SYSTEM = 4


class AddressSpace(IntEnum):
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
    """Work-group shared memory of `shape` and `dtype`, sized at launch (NdRange launches only).

    Each work-group gets its own uninitialised copy.
    """

    def __init__(self, shape, dtype):
        self.shape = _shape_tuple(shape, "LocalAccessor")
        self.dtype = element_dtype(dtype, "LocalAccessor")

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        n = 1
        for s in self.shape:
            n *= s
        return n

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    def __getitem__(self, idx):
        raise NotImplementedError("LocalAccessor can be indexed only inside a kernel")

    __setitem__ = __getitem__

    def __repr__(self):
        return f"LocalAccessor({self.shape}, {self.dtype})"


def PrivateArray(shape, dtype, fill_zeros=False):
    """A work-item's private array; shape must be a literal int or tuple in a compiled kernel."""
    shp = _shape_tuple(shape, "PrivateArray")
    dt = element_dtype(dtype, "PrivateArray")
    return np.zeros(shp, dt) if fill_zeros else np.empty(shp, dt)


# The reference runner keeps the barrier state of the running work-group here.
_current = threading.local()


def group_barrier(group, fence_scope=MemoryScope.WORK_GROUP):
    """Waits until every work-item of `group` reaches this barrier."""
    ctx = getattr(group, "_ctx", None)
    if ctx is None:
        raise TypeError(
            "group_barrier: the first argument must be the Group of an NdItem (item.get_group())"
        )
    ctx.barrier()


def atomic_fence(memory_order, memory_scope):
    """A memory fence. The reference runner runs one work-item at a time, so it is a no-op there."""
    MemoryOrder(memory_order)
    MemoryScope(memory_scope)


_atomic_lock = threading.Lock()


class AtomicRef:
    """An atomic reference to ref[index] (an array or LocalAccessor of int32/uint32/int64/uint64/float32/float64)."""

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
        return self._rmw(lambda o: o + self._cast(val))

    def fetch_sub(self, val):
        return self._rmw(lambda o: o - self._cast(val))

    def fetch_min(self, val):
        return self._rmw(lambda o: min(o, self._cast(val)))

    def fetch_max(self, val):
        return self._rmw(lambda o: max(o, self._cast(val)))

    def _int_only(self, name):
        if self._dtype.kind not in "iu":
            raise TypeError(f"AtomicRef.{name}: only integer refs, not {self._dtype}")

    def fetch_and(self, val):
        self._int_only("fetch_and")
        return self._rmw(lambda o: o & self._cast(val))

    def fetch_or(self, val):
        self._int_only("fetch_or")
        return self._rmw(lambda o: o | self._cast(val))

    def fetch_xor(self, val):
        self._int_only("fetch_xor")
        return self._rmw(lambda o: o ^ self._cast(val))

    def load(self):
        with _atomic_lock:
            return self._dtype.type(self._ref[self._index])

    def store(self, val):
        with _atomic_lock:
            self._ref[self._index] = self._cast(val)

    def exchange(self, val):
        return self._rmw(lambda o: self._cast(val))

    def compare_exchange(self, expected, desired, expected_idx=0):
        """Strong CAS: stores desired if ref == expected[expected_idx]; else writes the current value there."""
        with _atomic_lock:
            cur = self._dtype.type(self._ref[self._index])
            if cur == expected[expected_idx]:
                self._ref[self._index] = self._cast(desired)
                return True
            expected[expected_idx] = cur
            return False
