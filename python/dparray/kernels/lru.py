"""Bounded in-memory caches of compiled kernels (per kernel and device function).

DPARRAY_KERNEL_CACHE_SIZE (default 64) is the number of argument signatures, per kernel (and
per device function), kept compiled; the least recently used one is dropped beyond it and
compiled again (or loaded from the disk cache) if it comes back.
"""

import os
from collections import OrderedDict

DEFAULT_CAPACITY = 64


def capacity():
    text = os.environ.get("DPARRAY_KERNEL_CACHE_SIZE", "")
    if not text:
        return DEFAULT_CAPACITY
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 1:
        raise ValueError(
            f"DPARRAY_KERNEL_CACHE_SIZE={text!r}: expected a positive number of signatures"
        )
    return n


class LRU:
    """A mapping of at most `cap` entries that forgets the least recently used one."""

    __slots__ = ("_d", "cap")

    def __init__(self, cap=None):
        self.cap = capacity() if cap is None else cap
        self._d = OrderedDict()

    def get(self, key, default=None):
        d = self._d
        v = d.get(key, default)
        if v is not default:
            d.move_to_end(key)
        return v

    def __setitem__(self, key, value):
        d = self._d
        d[key] = value
        d.move_to_end(key)
        while len(d) > self.cap:
            d.popitem(last=False)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def values(self):
        return self._d.values()
