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
    """A work-item of a Range launch: get_id, get_range and linear ids."""

    __slots__ = ("_id", "_range")

    def __init__(self, ids, rng):
        self._id = tuple(ids)
        self._range = tuple(rng)

    @property
    def dimensions(self):
        return len(self._range)

    def get_id(self, dim):
        return self._id[_check_dim(dim, len(self._range), "Item.get_id")]

    def get_range(self, dim):
        return self._range[_check_dim(dim, len(self._range), "Item.get_range")]

    def get_linear_id(self):
        return _linear(self._id, self._range)

    def get_linear_range(self):
        return math.prod(self._range)

    def __repr__(self):
        return f"Item(id={self._id}, range={self._range})"


class Group:
    """The work-group of an NdItem (from NdItem.get_group())."""

    __slots__ = ("_ctx", "_gid", "_grange", "_lrange")

    def __init__(self, gid, grange, lrange, ctx=None):
        self._gid = tuple(gid)
        self._grange = tuple(grange)
        self._lrange = tuple(lrange)
        self._ctx = ctx

    @property
    def dimensions(self):
        return len(self._gid)

    def get_group_id(self, dim):
        return self._gid[_check_dim(dim, len(self._gid), "Group.get_group_id")]

    def get_group_range(self, dim):
        return self._grange[_check_dim(dim, len(self._gid), "Group.get_group_range")]

    def get_local_range(self, dim):
        return self._lrange[_check_dim(dim, len(self._gid), "Group.get_local_range")]

    def get_group_linear_id(self):
        return _linear(self._gid, self._grange)

    def get_group_linear_range(self):
        return math.prod(self._grange)

    def get_local_linear_range(self):
        return math.prod(self._lrange)

    def __repr__(self):
        return f"Group(id={self._gid}, range={self._grange})"


class NdItem:
    """A work-item of an NdRange launch: global and local ids, ranges and its Group."""

    __slots__ = ("_gid", "_grange", "_group", "_lid", "_lrange")

    def __init__(self, global_id, local_id, global_range, local_range, group):
        self._gid = tuple(global_id)
        self._lid = tuple(local_id)
        self._grange = tuple(global_range)
        self._lrange = tuple(local_range)
        self._group = group

    @property
    def dimensions(self):
        return len(self._gid)

    def get_global_id(self, dim):
        return self._gid[_check_dim(dim, len(self._gid), "NdItem.get_global_id")]

    def get_local_id(self, dim):
        return self._lid[_check_dim(dim, len(self._gid), "NdItem.get_local_id")]

    def get_global_range(self, dim):
        return self._grange[_check_dim(dim, len(self._gid), "NdItem.get_global_range")]

    def get_local_range(self, dim):
        return self._lrange[_check_dim(dim, len(self._gid), "NdItem.get_local_range")]

    def get_global_linear_id(self):
        return _linear(self._gid, self._grange)

    def get_local_linear_id(self):
        return _linear(self._lid, self._lrange)

    def get_global_linear_range(self):
        return math.prod(self._grange)

    def get_local_linear_range(self):
        return math.prod(self._lrange)

    def get_group(self):
        return self._group

    def __repr__(self):
        return f"NdItem(global_id={self._gid}, local_id={self._lid})"
