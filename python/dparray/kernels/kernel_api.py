"""The kernel API (numba-dpex's `kernel_api`, imported as `kapi`).

`call_kernel` here is the reference runner: it runs the undecorated Python function.
"""

from .index_space import Group, Item, NdItem
from .memory import (
    AddressSpace,
    AtomicRef,
    LocalAccessor,
    MemoryOrder,
    MemoryScope,
    PrivateArray,
    atomic_fence,
    group_barrier,
)
from .ranges import NdRange, Range
from .reference import call_kernel

__all__ = [
    "AddressSpace",
    "AtomicRef",
    "Group",
    "Item",
    "LocalAccessor",
    "MemoryOrder",
    "MemoryScope",
    "NdItem",
    "NdRange",
    "PrivateArray",
    "Range",
    "atomic_fence",
    "call_kernel",
    "group_barrier",
]
