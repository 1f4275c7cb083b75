"""Range and NdRange: the index spaces of a kernel launch (numba-dpex 0.23 semantics)."""


class Range(tuple):
    """A 1- to 3-dimensional global range; dimension d spans get_id(d) in [0, Range[d])."""

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
        return len(self)

    def get(self, i):
        return self[i]

    def size(self):
        n = 1
        for d in self:
            n *= d
        return n

    @property
    def dim0(self):
        return self[0]

    @property
    def dim1(self):
        return self[1] if len(self) > 1 else -1

    @property
    def dim2(self):
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
    """A global range split into work-groups of local_range; each dimension must divide exactly."""

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
        return self._global

    @property
    def local_range(self):
        return self._local

    @property
    def ndim(self):
        return len(self._global)

    def get_global_range(self):
        return self._global

    def get_local_range(self):
        return self._local

    def group_range(self):
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
