"""dparray.random: NumPy's random API on any device.

Numbers come from Philox4x32-10, a counter-based generator computed per element, so
a seed gives the same numbers on the host CPU and on every OpenCL device. Each function
takes device=, usm_type= and sycl_queue= (as dpnp); size=None gives a 0-d array on the
device. Floats are float64, or float32 on a device without double precision.

The legacy API (RandomState and the module functions) and the Generator API (default_rng,
Generator, Philox, PCG64, SeedSequence) are both complete; see docs/random.md.
"""

import functools
import operator
import warnings

from . import _core
from . import _random_common as C
from . import _random_dists as D
from ._random_bitgen import PCG64, BitGenerator, Philox, SeedSequence
from ._random_generator import Generator, default_rng


def _place(device, usm_type, sycl_queue):
    return {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}


class RandomState(_core.RandomState):
    """NumPy's legacy RandomState over a Philox stream: (seed, counter) is the whole state."""

    def random(self, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None):
        return self.random_sample(
            size, dtype=dtype, device=device, usm_type=usm_type, sycl_queue=sycl_queue
        )

    ranf = random
    sample = random

    def tomaxint(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Integers in [0, 2**63 - 1] (int64)."""
        return self.randint(
            0, 1 << 63, size, "int64", device=device, usm_type=usm_type, sycl_queue=sycl_queue
        )

    def random_integers(
        self, low, high=None, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Integers in the closed interval [low, high] ([1, low] without high); deprecated."""
        if high is None:
            warnings.warn(
                f"This function is deprecated. Please call randint(1, {low} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
            low, high = 1, low
        else:
            warnings.warn(
                f"This function is deprecated. Please call randint({low}, {high} + 1) instead",
                DeprecationWarning,
                stacklevel=2,
            )
        try:
            high = int(high) if isinstance(high, float) else operator.index(high)
        except TypeError:
            raise TypeError(
                f"[random_integers] high must be an integer, not {type(high).__name__}"
            ) from None
        return self.randint(
            low,
            high + 1,
            size,
            "int64",
            device=device,
            usm_type=usm_type,
            sycl_queue=sycl_queue,
        )

    def bytes(self, length):
        return C.random_bytes(self, length)

    def choice(
        self, a, size=None, replace=True, p=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        if D._is_array(a) and a.ndim != 1:
            raise ValueError("[choice] a must be 1-dimensional")
        return C.choice(self, a, size, replace, p, 0, _place(device, usm_type, sycl_queue))

    def permutation(self, x, *, device=None, usm_type=None, sycl_queue=None):
        return C.permutation(self, x, 0, _place(device, usm_type, sycl_queue))

    def shuffle(self, x):
        C.shuffle(self, x, 0)

    def standard_exponential(
        self, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None
    ):
        return D.standard_exponential(self, size, dtype, _place(device, usm_type, sycl_queue))

    def standard_gamma(
        self, shape, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None
    ):
        return D.standard_gamma(self, shape, size, dtype, _place(device, usm_type, sycl_queue))

    def standard_cauchy(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.standard_cauchy(self, size, _place(device, usm_type, sycl_queue))

    def standard_t(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.standard_t(self, df, size, _place(device, usm_type, sycl_queue))

    def exponential(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.exponential(self, scale, size, _place(device, usm_type, sycl_queue))

    def gamma(self, shape, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.gamma(self, shape, scale, size, _place(device, usm_type, sycl_queue))

    def beta(self, a, b, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.beta(self, a, b, size, _place(device, usm_type, sycl_queue))

    def chisquare(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.chisquare(self, df, size, _place(device, usm_type, sycl_queue))

    def noncentral_chisquare(
        self, df, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.noncentral_chisquare(self, df, nonc, size, _place(device, usm_type, sycl_queue))

    def f(self, dfnum, dfden, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.f(self, dfnum, dfden, size, _place(device, usm_type, sycl_queue))

    def noncentral_f(
        self, dfnum, dfden, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.noncentral_f(self, dfnum, dfden, nonc, size, _place(device, usm_type, sycl_queue))

    def gumbel(self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.gumbel(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def laplace(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.laplace(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def logistic(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.logistic(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def lognormal(
        self, mean=0.0, sigma=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.lognormal(self, mean, sigma, size, _place(device, usm_type, sycl_queue))

    def pareto(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.pareto(self, a, size, _place(device, usm_type, sycl_queue))

    def power(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.power(self, a, size, _place(device, usm_type, sycl_queue))

    def rayleigh(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.rayleigh(self, scale, size, _place(device, usm_type, sycl_queue))

    def weibull(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.weibull(self, a, size, _place(device, usm_type, sycl_queue))

    def triangular(
        self, left, mode, right, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.triangular(self, left, mode, right, size, _place(device, usm_type, sycl_queue))

    def vonmises(self, mu, kappa, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.vonmises(self, mu, kappa, size, _place(device, usm_type, sycl_queue))

    def wald(self, mean, scale, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.wald(self, mean, scale, size, _place(device, usm_type, sycl_queue))

    def poisson(self, lam=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.poisson(self, lam, size, _place(device, usm_type, sycl_queue))

    def binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.binomial(self, n, p, size, _place(device, usm_type, sycl_queue))

    def negative_binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.negative_binomial(self, n, p, size, _place(device, usm_type, sycl_queue))

    def geometric(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.geometric(self, p, size, _place(device, usm_type, sycl_queue))

    def zipf(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.zipf(self, a, size, _place(device, usm_type, sycl_queue))

    def logseries(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.logseries(self, p, size, _place(device, usm_type, sycl_queue))

    def hypergeometric(
        self, ngood, nbad, nsample, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.hypergeometric(
            self, ngood, nbad, nsample, size, _place(device, usm_type, sycl_queue)
        )

    def multinomial(self, n, pvals, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return C.multinomial(self, n, pvals, size, _place(device, usm_type, sycl_queue))

    def multivariate_normal(
        self,
        mean,
        cov,
        size=None,
        check_valid="warn",
        tol=1e-8,
        *,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        return C.multivariate_normal(
            self, mean, cov, size, check_valid, tol, "svd", _place(device, usm_type, sycl_queue)
        )

    def dirichlet(self, alpha, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return C.dirichlet(self, alpha, size, _place(device, usm_type, sycl_queue))


class _Global:
    # The stream behind the module functions; set_bit_generator replaces it.
    rs = _core._global_random_state()


def _module_function(name):
    method = getattr(RandomState, name)

    @functools.wraps(method)
    def function(*args, **kwargs):
        return method(_Global.rs, *args, **kwargs)

    return function


def get_bit_generator():
    """The Philox bit generator behind the module functions (it shares their state)."""
    return Philox._wrap(_Global.rs)


def set_bit_generator(bitgen):
    """Makes the module functions draw from `bitgen` (a Philox bit generator)."""
    if not isinstance(bitgen, Philox):
        raise TypeError(
            f"[set_bit_generator] the legacy functions draw from a Philox stream: expected a dparray.random.Philox, got {type(bitgen).__name__}"
        )
    _Global.rs = bitgen._rs


# The module functions: RandomState's methods on the global stream.
beta = _module_function("beta")
binomial = _module_function("binomial")
bytes = _module_function("bytes")
chisquare = _module_function("chisquare")
choice = _module_function("choice")
dirichlet = _module_function("dirichlet")
exponential = _module_function("exponential")
f = _module_function("f")
gamma = _module_function("gamma")
geometric = _module_function("geometric")
get_state = _module_function("get_state")
gumbel = _module_function("gumbel")
hypergeometric = _module_function("hypergeometric")
laplace = _module_function("laplace")
logistic = _module_function("logistic")
lognormal = _module_function("lognormal")
logseries = _module_function("logseries")
multinomial = _module_function("multinomial")
multivariate_normal = _module_function("multivariate_normal")
negative_binomial = _module_function("negative_binomial")
noncentral_chisquare = _module_function("noncentral_chisquare")
noncentral_f = _module_function("noncentral_f")
normal = _module_function("normal")
pareto = _module_function("pareto")
permutation = _module_function("permutation")
poisson = _module_function("poisson")
power = _module_function("power")
rand = _module_function("rand")
randint = _module_function("randint")
randn = _module_function("randn")
random_integers = _module_function("random_integers")
random_sample = _module_function("random_sample")
rayleigh = _module_function("rayleigh")
seed = _module_function("seed")
set_state = _module_function("set_state")
shuffle = _module_function("shuffle")
standard_cauchy = _module_function("standard_cauchy")
standard_exponential = _module_function("standard_exponential")
standard_gamma = _module_function("standard_gamma")
standard_normal = _module_function("standard_normal")
standard_t = _module_function("standard_t")
triangular = _module_function("triangular")
uniform = _module_function("uniform")
vonmises = _module_function("vonmises")
wald = _module_function("wald")
weibull = _module_function("weibull")
zipf = _module_function("zipf")
random = _module_function("random")
ranf = random
sample = random

__all__ = [
    "PCG64",
    "BitGenerator",
    "Generator",
    "Philox",
    "RandomState",
    "SeedSequence",
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "default_rng",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
    "get_bit_generator",
    "get_state",
    "gumbel",
    "hypergeometric",
    "laplace",
    "logistic",
    "lognormal",
    "logseries",
    "multinomial",
    "multivariate_normal",
    "negative_binomial",
    "noncentral_chisquare",
    "noncentral_f",
    "normal",
    "pareto",
    "permutation",
    "poisson",
    "power",
    "rand",
    "randint",
    "randn",
    "random",
    "random_integers",
    "random_sample",
    "ranf",
    "rayleigh",
    "sample",
    "seed",
    "set_bit_generator",
    "set_state",
    "shuffle",
    "standard_cauchy",
    "standard_exponential",
    "standard_gamma",
    "standard_normal",
    "standard_t",
    "triangular",
    "uniform",
    "vonmises",
    "wald",
    "weibull",
    "zipf",
]
