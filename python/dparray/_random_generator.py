"""numpy.random.Generator on dparray devices: every method, drawing from a bit generator.

With Philox (the default) every method draws from the bit generator's counter-based
stream, so a seed gives the same numbers on every device. With PCG64, random() (float64)
and bit_generator.random_raw() equal NumPy's for the same seed; the other methods draw
from a Philox stream keyed by one PCG64 word per call.
"""

import operator

import numpy as np

from . import _core
from . import _random_common as C
from . import _random_dists as D
from ._random_bitgen import PCG64, BitGenerator, Philox


def _place(device, usm_type, sycl_queue):
    return {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}


def _to_out(res, out, op):
    if out is None:
        return res
    if not D._is_array(out):
        raise TypeError(f"[{op}] out must be a dparray array")
    if tuple(out.shape) != tuple(res.shape):
        raise ValueError(f"[{op}] out has shape {tuple(out.shape)}, expected {tuple(res.shape)}")
    out[...] = res
    return out


def _out_size(size, out, op):
    if out is not None and size is not None and tuple(C.shape_of(size, op)) != tuple(out.shape):
        raise ValueError(f"[{op}] size {size!r} does not match the shape of out {tuple(out.shape)}")
    return tuple(out.shape) if out is not None else size


def _fp64(place):
    # Whether the placement's device has float64 (PCG64's random() gives NumPy's doubles there).
    q = _core.empty((0,), **{k: v for k, v in place.items() if v is not None}).sycl_queue
    return q.sycl_device.has_aspect_fp64


def _out_place(out, place):
    if out is not None and all(v is None for v in place.values()):
        return {"sycl_queue": out.sycl_queue, "usm_type": out.usm_type}
    return place


class Generator:
    """A container of a bit generator with NumPy's Generator methods (device=, usm_type=,
    sycl_queue= on each method that makes an array)."""

    def __init__(self, bit_generator=None):
        if bit_generator is None or not isinstance(bit_generator, BitGenerator):
            # A seed (as dparray's earlier Generator(seed) took): a Philox stream of it.
            bit_generator = Philox(bit_generator)
        self._bit_generator = bit_generator

    def __repr__(self):
        return f"Generator({type(self._bit_generator).__name__})"

    @property
    def bit_generator(self):
        return self._bit_generator

    def _rs(self):
        return self._bit_generator._philox_stream()

    def spawn(self, n_children):
        """n_children independent Generators (bit_generator.spawn)."""
        return [Generator(bg) for bg in self._bit_generator.spawn(n_children)]

    # ---- uniform, integers, bytes ----

    def random(
        self, size=None, dtype=None, out=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Uniform floats in [0, 1)."""
        place = _out_place(out, _place(device, usm_type, sycl_queue))
        size = _out_size(size, out, "random")
        bg = self._bit_generator
        if isinstance(bg, PCG64) and (
            _fp64(place) if dtype is None else _core.dtype(dtype) == _core.dtype("float64")
        ):
            shape = C.shape_of(size, "random")
            res = bg._fill(shape, "float64", {k: v for k, v in place.items() if v is not None})
            return _to_out(res, out, "random")
        res = self._rs().random_sample(size, dtype=dtype, **place)
        return _to_out(res, out, "random")

    def integers(
        self,
        low,
        high=None,
        size=None,
        dtype="int64",
        endpoint=False,
        *,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        """Integers in [low, high) ([low, high] with endpoint=True); [0, low) without high."""
        place = _place(device, usm_type, sycl_queue)
        if (
            D._is_array(low)
            or D._is_array(high)
            or hasattr(low, "__len__")
            or hasattr(high, "__len__")
        ):
            return self._integers_arrays(low, high, size, dtype, endpoint, place)
        if high is None:
            low, high = 0, low
        if endpoint:
            high = operator.index(high) + 1 if not isinstance(high, float) else high + 1
        return self._rs().randint(low, high, size, dtype, **place)

    def _integers_arrays(self, low, high, size, dtype, endpoint, place):
        # Array bounds: low + floor(u * (high - low)) in float64 (exact for ranges below 2**53),
        # float32 on a device without float64 (bounds up to 2**24 in magnitude).
        if high is None:
            low, high = 0, low
        (lo, hi), q = D.on_device([D._f(low), D._f(high)], place)
        real = D.real_dtype(q)
        if endpoint:
            hi = hi + 1
        D.check("integers", hi - lo, lambda d: d <= 0, "low >= high")
        if real == _core.float32:
            for v in (lo, hi):
                D.check(
                    "integers",
                    v,
                    lambda x: abs(x) > D.F32_COUNT_MAX,
                    f"|bound| > {D.F32_COUNT_MAX} on a device without float64 (bounds are float32 there)",
                )
        shape = D._size_shape(size, "integers")
        if shape is None:
            shape = tuple(
                np.broadcast_shapes(*(tuple(x.shape) if D._is_array(x) else () for x in (lo, hi)))
            )
        u = self._rs().random_sample(shape, dtype=real, sycl_queue=q)
        # u * (hi - lo) may round up to hi - lo: the clamp keeps results below hi.
        res = _core.minimum(_core.floor(lo + u * (hi - lo)), hi - 1)
        return _core.astype(res, dtype if dtype is not None else _core.int64)

    def bytes(self, length):
        """length random bytes (a Python bytes object)."""
        return C.random_bytes(self._rs(), length)

    # ---- sampling ----

    def choice(
        self,
        a,
        size=None,
        replace=True,
        p=None,
        axis=0,
        shuffle=True,
        *,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        """A sample of range(a) or of a along axis, with or without replacement, weights p."""
        return C.choice(
            self._rs(),
            a,
            size,
            replace,
            p,
            axis,
            _place(device, usm_type, sycl_queue),
            shuffle_result=shuffle,
        )

    def shuffle(self, x, axis=0):
        """Shuffles x in place along axis."""
        C.shuffle(self._rs(), x, axis)

    def permutation(self, x, axis=0, *, device=None, usm_type=None, sycl_queue=None):
        """A permuted range(x), or a permuted copy of x along axis."""
        return C.permutation(self._rs(), x, axis, _place(device, usm_type, sycl_queue))

    def permuted(self, x, axis=None, out=None):
        """x with each slice along axis shuffled independently (into out if given)."""
        return C.permuted(self._rs(), x, axis, out)

    # ---- continuous ----

    def uniform(
        self,
        low=0.0,
        high=1.0,
        size=None,
        *,
        dtype=None,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        """Uniform floats in [low, high)."""
        place = _place(device, usm_type, sycl_queue)
        rs = self._rs()
        if (
            D._is_array(low)
            or D._is_array(high)
            or hasattr(low, "__len__")
            or hasattr(high, "__len__")
        ):
            (lo, hi), q = D.on_device([D._f(low), D._f(high)], place)
            shape = D._size_shape(size, "uniform")
            if shape is None:
                shape = tuple(
                    np.broadcast_shapes(
                        *(tuple(x.shape) if D._is_array(x) else () for x in (lo, hi))
                    )
                )
            return lo + rs.random_sample(shape, dtype=dtype, sycl_queue=q) * (hi - lo)
        return rs.uniform(low, high, size, dtype=dtype, **place)

    def normal(
        self,
        loc=0.0,
        scale=1.0,
        size=None,
        *,
        dtype=None,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        """Normal floats of mean loc and standard deviation scale."""
        place = _place(device, usm_type, sycl_queue)
        if (
            D._is_array(loc)
            or D._is_array(scale)
            or hasattr(loc, "__len__")
            or hasattr(scale, "__len__")
        ):
            return D.normal(self._rs(), loc, scale, size, place)
        return self._rs().normal(loc, scale, size, dtype=dtype, **place)

    def standard_normal(
        self, size=None, dtype=None, out=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Standard normal floats."""
        place = _out_place(out, _place(device, usm_type, sycl_queue))
        size = _out_size(size, out, "standard_normal")
        return _to_out(
            self._rs().standard_normal(size, dtype=dtype, **place), out, "standard_normal"
        )

    def standard_exponential(
        self,
        size=None,
        dtype=None,
        method="zig",
        out=None,
        *,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        """Exponential floats of scale 1 (method is accepted; the draw is by inversion)."""
        if method not in ("zig", "inv"):
            raise ValueError(
                f"[standard_exponential] method must be 'zig' or 'inv', got {method!r}"
            )
        place = _out_place(out, _place(device, usm_type, sycl_queue))
        size = _out_size(size, out, "standard_exponential")
        return _to_out(
            D.standard_exponential(self._rs(), size, dtype, place), out, "standard_exponential"
        )

    def standard_gamma(
        self, shape, size=None, dtype=None, out=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Gamma floats of scale 1."""
        place = _out_place(out, _place(device, usm_type, sycl_queue))
        size = _out_size(size, out, "standard_gamma")
        return _to_out(
            D.standard_gamma(self._rs(), shape, size, dtype, place), out, "standard_gamma"
        )

    def exponential(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.exponential(self._rs(), scale, size, _place(device, usm_type, sycl_queue))

    def gamma(self, shape, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.gamma(self._rs(), shape, scale, size, _place(device, usm_type, sycl_queue))

    def beta(self, a, b, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.beta(self._rs(), a, b, size, _place(device, usm_type, sycl_queue))

    def chisquare(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.chisquare(self._rs(), df, size, _place(device, usm_type, sycl_queue))

    def noncentral_chisquare(
        self, df, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.noncentral_chisquare(
            self._rs(), df, nonc, size, _place(device, usm_type, sycl_queue)
        )

    def f(self, dfnum, dfden, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.f(self._rs(), dfnum, dfden, size, _place(device, usm_type, sycl_queue))

    def noncentral_f(
        self, dfnum, dfden, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.noncentral_f(
            self._rs(), dfnum, dfden, nonc, size, _place(device, usm_type, sycl_queue)
        )

    def standard_t(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.standard_t(self._rs(), df, size, _place(device, usm_type, sycl_queue))

    def standard_cauchy(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.standard_cauchy(self._rs(), size, _place(device, usm_type, sycl_queue))

    def gumbel(self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.gumbel(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def laplace(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.laplace(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def logistic(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.logistic(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def lognormal(
        self, mean=0.0, sigma=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.lognormal(self._rs(), mean, sigma, size, _place(device, usm_type, sycl_queue))

    def pareto(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.pareto(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def power(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.power(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def rayleigh(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.rayleigh(self._rs(), scale, size, _place(device, usm_type, sycl_queue))

    def weibull(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.weibull(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def triangular(
        self, left, mode, right, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.triangular(
            self._rs(), left, mode, right, size, _place(device, usm_type, sycl_queue)
        )

    def vonmises(self, mu, kappa, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.vonmises(self._rs(), mu, kappa, size, _place(device, usm_type, sycl_queue))

    def wald(self, mean, scale, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.wald(self._rs(), mean, scale, size, _place(device, usm_type, sycl_queue))

    # ---- discrete ----

    def poisson(self, lam=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.poisson(self._rs(), lam, size, _place(device, usm_type, sycl_queue))

    def binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.binomial(self._rs(), n, p, size, _place(device, usm_type, sycl_queue))

    def negative_binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.negative_binomial(self._rs(), n, p, size, _place(device, usm_type, sycl_queue))

    def geometric(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.geometric(self._rs(), p, size, _place(device, usm_type, sycl_queue))

    def zipf(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.zipf(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def logseries(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return D.logseries(self._rs(), p, size, _place(device, usm_type, sycl_queue))

    def hypergeometric(
        self, ngood, nbad, nsample, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        return D.hypergeometric(
            self._rs(),
            ngood,
            nbad,
            nsample,
            size,
            _place(device, usm_type, sycl_queue),
            min_sample=0,
        )

    # ---- multivariate ----

    def multinomial(self, n, pvals, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return C.multinomial(self._rs(), n, pvals, size, _place(device, usm_type, sycl_queue))

    def multivariate_hypergeometric(
        self,
        colors,
        nsample,
        size=None,
        method="marginals",
        *,
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        return C.multivariate_hypergeometric(
            self._rs(), colors, nsample, size, method, _place(device, usm_type, sycl_queue)
        )

    def multivariate_normal(
        self,
        mean,
        cov,
        size=None,
        check_valid="warn",
        tol=1e-8,
        *,
        method="svd",
        device=None,
        usm_type=None,
        sycl_queue=None,
    ):
        return C.multivariate_normal(
            self._rs(),
            mean,
            cov,
            size,
            check_valid,
            tol,
            method,
            _place(device, usm_type, sycl_queue),
        )

    def dirichlet(self, alpha, size=None, *, device=None, usm_type=None, sycl_queue=None):
        return C.dirichlet(
            self._rs(), alpha, size, _place(device, usm_type, sycl_queue), allow_zero=True
        )


def default_rng(seed=None):
    """A Generator over Philox(seed); a Generator is returned as is, a BitGenerator wrapped."""
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, BitGenerator):
        return Generator(seed)
    try:
        return Generator(Philox(seed))
    except (TypeError, ValueError) as e:
        raise type(e)(f"[default_rng] {e}") from None
