"""dparray.random: NumPy's random API on any device.

Numbers come from Philox4x32-10, a counter-based generator computed per element, so
a seed gives the same numbers on the host CPU and on every OpenCL device. Each function
takes device=, usm_type= and sycl_queue= (as dpnp); size=None gives a 0-d array on the
device. Floats are float64, or float32 on a device without double precision.
"""

from ._core import RandomState, _global_random_state

_state = _global_random_state()

seed = _state.seed
get_state = _state.get_state
set_state = _state.set_state
rand = _state.rand
randn = _state.randn
random_sample = _state.random_sample
random = random_sample
ranf = random_sample
sample = random_sample
randint = _state.randint
uniform = _state.uniform
normal = _state.normal
standard_normal = _state.standard_normal


class Generator:
    """numpy.random.Generator-style methods over a RandomState of its own."""

    def __init__(self, seed=None):
        self._rs = RandomState(seed)

    def random(self, size=None, dtype=None, **placement):
        return self._rs.random_sample(size, dtype=dtype, **placement)

    def integers(self, low, high=None, size=None, dtype="int64", endpoint=False, **placement):
        if high is None:
            low, high = 0, low
        if endpoint:
            high = high + 1
        return self._rs.randint(low, high, size, dtype, **placement)

    def uniform(self, low=0.0, high=1.0, size=None, dtype=None, **placement):
        return self._rs.uniform(low, high, size, dtype=dtype, **placement)

    def normal(self, loc=0.0, scale=1.0, size=None, dtype=None, **placement):
        return self._rs.normal(loc, scale, size, dtype=dtype, **placement)

    def standard_normal(self, size=None, dtype=None, **placement):
        return self._rs.standard_normal(size, dtype=dtype, **placement)


def default_rng(seed=None):
    """A Generator seeded with `seed` (None: fresh entropy); a Generator is returned as is."""
    return seed if isinstance(seed, Generator) else Generator(seed)


__all__ = [
    "Generator",
    "RandomState",
    "default_rng",
    "get_state",
    "normal",
    "rand",
    "randint",
    "randn",
    "random",
    "random_sample",
    "ranf",
    "sample",
    "seed",
    "set_state",
    "standard_normal",
    "uniform",
]
