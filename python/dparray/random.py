"""dparray.random: NumPy's random API on any device.

Numbers come from Philox4x32-10, a counter-based generator computed per element, so
a seed gives the same numbers on the host CPU and on every OpenCL device. Each function
takes device=, usm_type= and sycl_queue= (as dpnp); size=None gives a 0-d array on the
device. Floats are float64, or float32 on a device without double precision.

The legacy API (RandomState and the module functions) and the Generator API (default_rng,
Generator, Philox, PCG64, SeedSequence) are both complete; see docs/random.md.
"""

import inspect
import operator
import re
import warnings

import numpy as np

from . import _core
from . import _random_common as C
from . import _random_dists as D
from ._docstrings import _clean
from ._docstrings import random as _random_docs
from ._random_bitgen import PCG64, BitGenerator, Philox, SeedSequence
from ._random_generator import Generator, default_rng


def _place(device, usm_type, sycl_queue):
    return {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}


# Parts shared by the docstrings of RandomState's methods: a line "        %(name)s" of a
# docstring is replaced by _DOC_PARTS[name] when the class is defined (_fill_docs).
_DOC_PARTS = {
    "size": """\
        size : int or tuple of ints, optional
            Output shape. None (the default) is the shape of the parameters broadcast
            together: a 0-d array when they are all scalars. A given `size` must be a
            shape the parameters broadcast to (ValueError otherwise).""",
    "size0": """\
        size : int or tuple of ints, optional
            Output shape. None (the default) gives a 0-d array.""",
    "placement": """\
        device : str, Device or Queue, optional
            The device the result is made on: a filter string such as ``"opencl:cpu:0"``,
            a `Device`, or a `Queue`. None (the default) uses the queue of the first
            dparray array parameter (compute follows data), else the default device.
        usm_type : {"device", "shared", "host"}, optional
            The kind of USM memory allocated; None means that of the array parameter
            the result follows, else ``"device"``.
        sycl_queue : Queue, optional
            The queue the result is bound to; with `device`, both must name the same
            device.""",
    "placement0": """\
        device : str, Device or Queue, optional
            The device the result is made on: a filter string such as ``"opencl:cpu:0"``,
            a `Device`, or a `Queue`. None (the default) uses the default device.
        usm_type : {"device", "shared", "host"}, optional
            The kind of USM memory allocated; None means ``"device"``.
        sycl_queue : Queue, optional
            The queue the result is bound to; with `device`, both must name the same
            device.""",
    "float_notes": """\
        The draws are computed on the result's device, each element from its own
        sub-stream of the Philox4x32-10 generator (so it depends only on the seed, the
        counter and its index), in float64 arithmetic, or in float32 on a device without
        float64, where the result is float32. A seed gives the same numbers on every
        device with float64, to a few ulp (each device's ``log``, ``exp`` or ``pow``).
        They are not the numbers NumPy's ``RandomState`` (MT19937) gives for the same
        seed: the distribution is the same, the stream is not. Array parameters are
        checked on their device (one reduction each); a call of n elements advances the
        counter by n.""",
    "int_notes": """\
        The draws are computed on the result's device, each element from its own
        sub-stream of the Philox4x32-10 generator (so it depends only on the seed, the
        counter and its index), in float64 arithmetic, or in float32 on a device without
        float64; the result is int64 either way. A seed gives the same integers on every
        device with float64 (and the same on every device without). They are not the
        integers NumPy's ``RandomState`` (MT19937) gives for the same seed: the
        distribution is the same, the stream is not. Array parameters are checked on
        their device (one reduction each); a call of n elements advances the counter
        by n.""",
}


def _fill_docs(cls):
    """Expands the %(name)s lines of the docstrings of cls's methods (see _DOC_PARTS)."""
    for value in vars(cls).values():
        doc = getattr(value, "__doc__", None)
        if callable(value) and doc and "%(" in doc:
            for name, text in _DOC_PARTS.items():
                doc = doc.replace(f"        %({name})s", text)
            value.__doc__ = doc
    return cls


@_fill_docs
class RandomState(_core.RandomState):
    """NumPy's legacy ``RandomState`` over a Philox4x32-10 stream, on any device.

    A RandomState draws every distribution and sampler of NumPy's legacy API on the device
    of its result: the state is the pair (seed, counter) of 64-bit integers, each element
    of a draw is computed from its own counter, and a seed therefore gives the same numbers
    on the host and on every OpenCL device (the floats of non-uniform distributions to a
    few ulp). Each call reserves the counters it uses, so threads sharing a RandomState
    get disjoint numbers. The functions of `dparray.random` are the methods of one global
    RandomState.

    This class extends the C++ `dparray.RandomState` (which has `seed`, `get_state`,
    `set_state`, `rand`, `randn`, `random_sample`, `uniform`, `normal`,
    `standard_normal` and `randint`) with the other methods of NumPy's ``RandomState``.

    Parameters
    ----------
    seed : int, optional
        An integer in [0, 2**64): the key of the stream, which starts at counter 0. None
        (the default) takes a key from ``std::random_device``.

    Raises
    ------
    TypeError
        If `seed` is not an integer.
    ValueError
        If `seed` is negative or not below 2**64.

    See Also
    --------
    default_rng : NumPy's newer Generator API.
    seed, get_state, set_state

    Notes
    -----
    Differences from NumPy (see also each method):

    - The stream is Philox, not MT19937: a seed gives other numbers than
      ``numpy.random.RandomState(seed)``, from the same distributions (tested against
      ``scipy.stats``).
    - `seed` takes one integer (not an array); `get_state` returns ``(seed, counter)``.
    - ``size=None`` gives a 0-d array on the device, not a Python scalar.
    - Every method that makes an array takes dpnp's ``device``, ``usm_type`` and
      ``sycl_queue`` keywords; without them the result follows an array parameter's queue,
      else the default device.
    - On a device without float64 the float results are float32, computed in float32.

    Examples
    --------
    >>> rs = dp.random.RandomState(12345)
    >>> x = rs.gamma(2.0, size=(2, 3))
    >>> x.shape, x.dtype
    ((2, 3), dtype('float64'))
    >>> n = rs.poisson(dp.asarray([1.0, 10.0, 100.0]))  # array parameters broadcast
    >>> n.shape, n.dtype
    ((3,), dtype('int64'))
    >>> a = dp.random.RandomState(7).standard_normal(4)
    >>> b = dp.random.RandomState(7).standard_normal(4)
    >>> bool((a == b).all())
    True
    """

    def random(self, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None):
        """Random floats in the half-open interval [0, 1).

        The same as `random_sample` (also available as ``ranf`` and ``sample``).

        Parameters
        ----------
        %(size0)s
        dtype : dtype, optional
            A floating dtype: float16, float32 or float64. None (the default) is the
            device's default float type (float64, or float32 on a device without
            float64).
        %(placement0)s

        Returns
        -------
        ndarray
            Uniform floats in [0, 1) of shape `size`.

        Raises
        ------
        TypeError
            If `dtype` is not a floating type or `size` is not an int or a tuple of ints.
        ValueError
            If a dimension of `size` is negative.

        See Also
        --------
        random_sample, rand, uniform

        Notes
        -----
        The numbers come from the Philox4x32-10 stream (four float32 or two float64 per
        Philox block), computed on the result's device and bit-identical on every device.
        They are not NumPy's numbers for the same seed (Philox, not MT19937). NumPy's
        ``random`` has no `dtype` argument and returns a Python float for ``size=None``.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.random((2, 3))
        >>> x.shape, x.dtype
        ((2, 3), dtype('float64'))
        >>> bool(((x >= 0) & (x < 1)).all())
        True
        >>> rs.random(dtype="float32").shape
        ()
        """
        return self.random_sample(
            size, dtype=dtype, device=device, usm_type=usm_type, sycl_queue=sycl_queue
        )

    ranf = random
    sample = random

    def tomaxint(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Random integers in [0, 2**63 - 1] (int64).

        Parameters
        ----------
        %(size0)s
        %(placement0)s

        Returns
        -------
        ndarray
            int64 integers, each value of [0, 2**63 - 1] equally likely.

        See Also
        --------
        randint

        Notes
        -----
        The same as ``randint(0, 2**63, size, "int64")``: one Philox block per integer,
        bit-identical on every device, not NumPy's integers for the same seed. NumPy's
        ``tomaxint`` returns a Python int for ``size=None``; this returns a 0-d array.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.tomaxint(5)
        >>> x.shape, x.dtype
        ((5,), dtype('int64'))
        >>> bool((x >= 0).all())
        True
        """
        return self.randint(
            0, 1 << 63, size, "int64", device=device, usm_type=usm_type, sycl_queue=sycl_queue
        )

    def random_integers(
        self, low, high=None, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Random integers in the closed interval [low, high] (deprecated).

        With `high` omitted, the integers are drawn from [1, low]. Deprecated, as in NumPy:
        use ``randint(low, high + 1)``.

        Parameters
        ----------
        low : int
            Lowest integer drawn (or, with `high` omitted, the highest, the lowest being 1).
        high : int, optional
            Highest integer drawn. A float is truncated toward zero.
        %(size0)s
        %(placement0)s

        Returns
        -------
        ndarray
            int64 integers, each value of [low, high] equally likely.

        Raises
        ------
        TypeError
            If a bound is not an integer or a float.
        ValueError
            If ``low > high`` (or ``low < 1`` without `high`).

        Warns
        -----
        DeprecationWarning
            Always, as NumPy does.

        See Also
        --------
        randint

        Notes
        -----
        ``randint(low, high + 1, size, "int64")``: bit-identical on every device, not
        NumPy's integers for the same seed.

        Examples
        --------
        >>> import warnings
        >>> rs = dp.random.RandomState(0)
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore", DeprecationWarning)
        ...     x = rs.random_integers(1, 6, size=1000)
        >>> x.dtype, int(x.min()), int(x.max())
        (dtype('int64'), 1, 6)
        """
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
        """Random bytes.

        Parameters
        ----------
        length : int
            Number of bytes.

        Returns
        -------
        bytes
            `length` random bytes, a Python object on the host.

        Raises
        ------
        TypeError
            If `length` is not an integer.
        ValueError
            If `length` is negative.

        Notes
        -----
        The bytes are drawn on the default device (``randint(0, 256, length, "uint8")``,
        one Philox block per byte) and copied to the host; the same on every device, not
        NumPy's bytes for the same seed.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> b = rs.bytes(10)
        >>> type(b), len(b)
        (<class 'bytes'>, 10)
        """
        return C.random_bytes(self, length)

    def choice(
        self, a, size=None, replace=True, p=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """A random sample from a 1-D array, or from ``arange(a)``.

        Parameters
        ----------
        a : int or array_like
            The population: an int n stands for ``arange(n)``; otherwise a 1-D dparray
            array, or a sequence converted with `asarray` (on `device`).
        size : int or tuple of ints, optional
            Output shape. None (the default) draws one element, as a 0-d array.
        replace : bool, optional
            Whether an element can be drawn more than once. Default True.
        p : array_like of floats, optional
            The probability of each element of `a` (1-D, the length of `a`, non-negative,
            summing to 1). None (the default) is the uniform distribution.
        %(placement0)s

        Returns
        -------
        ndarray
            The drawn elements of `a` (int64 indices when `a` is an int), of shape
            `size`. The result is on `a`'s queue when `a` is a dparray array.

        Raises
        ------
        ValueError
            If `a` is neither an int nor 1-D, a negative int, or empty
            while samples are asked for; if `p` is not 1-D, not of `a`'s length, has
            negative or NaN entries or does not sum to 1 (within sqrt(eps) of float64);
            or, with ``replace=False``, if more elements are asked for than `a` has, or
            than `p` has non-zero entries.
        TypeError
            If `size` is not an int or a tuple of ints.

        See Also
        --------
        permutation, shuffle, randint

        Notes
        -----
        The indices are drawn on the device: uniform integers (`randint`) with
        replacement; the inverse CDF of `p` (`searchsorted` of uniforms in its cumulative
        sum, in float32 on a device without float64) with `p`; a random permutation
        without replacement, or, with `p`, the `size` smallest of ``E_i / p_i`` for
        exponential ``E_i`` (successive weighted sampling). `p` is read on the host.
        Without `p` the indices are the same on every device. They are not NumPy's
        choices for the same seed.

        A NumPy array or a sequence for `a` is copied to the device first. Unlike NumPy,
        ``size=None`` gives a 0-d array.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> i = rs.choice(5, size=3)  # integers of [0, 5)
        >>> i.shape, i.dtype, bool(((i >= 0) & (i < 5)).all())
        ((3,), dtype('int64'), True)
        >>> s = rs.choice(dp.asarray([10, 20, 30, 40]), size=4, replace=False)
        >>> sorted(dp.asnumpy(s).tolist())
        [10, 20, 30, 40]
        >>> w = rs.choice(3, size=1000, p=[0.0, 0.5, 0.5])
        >>> bool((w != 0).all())
        True
        """
        if not C.is_int_like(a) and (a.ndim if D._is_array(a) else np.ndim(a)) != 1:
            raise ValueError("[choice] a must be 1-dimensional or an integer")
        return C.choice(self, a, size, replace, p, 0, _place(device, usm_type, sycl_queue))

    def permutation(self, x, *, device=None, usm_type=None, sycl_queue=None):
        """Randomly permute a sequence, or return a permuted range.

        Parameters
        ----------
        x : int or array_like
            An int n permutes ``arange(n)``; an array (a dparray array, or a sequence
            converted with `asarray` on `device`) is shuffled along its first axis.
        %(placement0)s

        Returns
        -------
        ndarray
            The permuted range (int64), or a permuted copy of `x` on `x`'s queue.

        Raises
        ------
        ValueError
            If `x` is a negative int.
        IndexError
            If `x` is a 0-d array.

        See Also
        --------
        shuffle, choice

        Notes
        -----
        The permutation is the `argsort` of random 62-bit keys drawn on the device (the
        same on every device), not NumPy's permutation for the same seed. A NumPy array or
        a sequence for `x` is copied to the device first.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> p = rs.permutation(6)
        >>> p.dtype, sorted(dp.asnumpy(p).tolist())
        (dtype('int64'), [0, 1, 2, 3, 4, 5])
        >>> m = rs.permutation(dp.arange(6).reshape(3, 2))  # rows permuted
        >>> m.shape, sorted(dp.asnumpy(m[:, 0]).tolist())
        ((3, 2), [0, 2, 4])
        """
        return C.permutation(self, x, 0, _place(device, usm_type, sycl_queue))

    def shuffle(self, x) -> None:
        """Shuffle a dparray array in place along its first axis.

        Parameters
        ----------
        x : ndarray
            A dparray array of at least one dimension; its rows (subarrays along axis 0)
            are permuted, their contents kept.

        Raises
        ------
        TypeError
            If `x` is not a dparray array (NumPy also shuffles lists; dparray does not),
            or is 0-d.

        See Also
        --------
        permutation

        Notes
        -----
        ``x[...] = permutation(x)``: computed on `x`'s device, the same permutation on
        every device, not NumPy's for the same seed.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = dp.arange(10)
        >>> rs.shuffle(x)
        >>> sorted(dp.asnumpy(x).tolist()) == list(range(10))
        True
        """
        C.shuffle(self, x, 0)

    def standard_exponential(
        self, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from the standard exponential distribution (scale 1).

        Parameters
        ----------
        %(size0)s
        dtype : {float32, float64}, optional
            The result's type. None (the default) is the device's default float type
            (float64, or float32 on a device without float64).
        %(placement0)s

        Returns
        -------
        ndarray
            Non-negative floats of shape `size`.

        Raises
        ------
        TypeError
            If `dtype` is neither float32 nor float64.

        See Also
        --------
        exponential

        Notes
        -----
        The density is :math:`p(x) = e^{-x}` for :math:`x \\ge 0`; the draws are
        ``-log(1 - U)`` of uniforms ``U`` (inversion).

        %(float_notes)s

        NumPy's legacy ``standard_exponential`` has no `dtype` argument.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.standard_exponential(10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool((x >= 0).all()), bool(abs(float(x.mean()) - 1) < 0.05)
        (True, True)
        """
        return D.standard_exponential(self, size, dtype, _place(device, usm_type, sycl_queue))

    def standard_gamma(
        self, shape, size=None, *, dtype=None, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a standard gamma distribution (scale 1).

        Parameters
        ----------
        shape : float or array_like of floats
            Shape of the distribution, non-negative (0 gives zeros).
        %(size)s
        dtype : {float32, float64}, optional
            The result's type. None (the default) is the device's default float type
            (float64, or float32 on a device without float64).
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `shape` is negative or NaN, or does not broadcast to `size`.
        TypeError
            If `dtype` is neither float32 nor float64.

        See Also
        --------
        gamma

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{x^{k - 1} e^{-x}}{\\Gamma(k)}, \\quad x > 0,

        with :math:`k` = `shape`. Marsaglia and Tsang's method for ``shape >= 1``, a
        rejection from an exponential below.

        %(float_notes)s

        NumPy's legacy ``standard_gamma`` has no `dtype` argument.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.standard_gamma(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 3.0) < 0.1)
        True
        >>> rs.standard_gamma(dp.asarray([0.5, 5.0])).shape
        (2,)
        """
        return D.standard_gamma(self, shape, size, dtype, _place(device, usm_type, sycl_queue))

    def standard_cauchy(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from the standard Cauchy distribution (Lorentz, mode 0).

        Parameters
        ----------
        %(size0)s
        %(placement0)s

        Returns
        -------
        ndarray
            Floats of shape `size`.

        See Also
        --------
        standard_t

        Notes
        -----
        The density is :math:`p(x) = 1 / (\\pi (1 + x^2))`; the draws are ratios of two
        normals. The distribution has no mean: sample means do not settle.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.standard_cauchy(10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(dp.median(x))) < 0.1)
        True
        """
        return D.standard_cauchy(self, size, _place(device, usm_type, sycl_queue))

    def standard_t(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a standard Student's t distribution with `df` degrees of freedom.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats.

        Raises
        ------
        ValueError
            If `df` is not positive (or NaN), or does not broadcast to `size`.

        See Also
        --------
        standard_cauchy, standard_normal

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{\\Gamma((\\nu + 1)/2)}{\\sqrt{\\nu \\pi} \\Gamma(\\nu/2)}
                  \\left(1 + \\frac{x^2}{\\nu}\\right)^{-(\\nu + 1)/2}

        with :math:`\\nu` = `df`; the draws are a normal divided by the square root of a
        gamma.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> t = rs.standard_t(10.0, size=10000)
        >>> t.shape, t.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(t.mean())) < 0.1)
        True
        """
        return D.standard_t(self, df, size, _place(device, usm_type, sycl_queue))

    def exponential(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from an exponential distribution.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            The scale :math:`\\beta = 1/\\lambda` (the mean), non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN, or does not broadcast to `size`.

        See Also
        --------
        standard_exponential, gamma

        Notes
        -----
        The density is

        .. math:: f(x; \\beta) = \\frac{1}{\\beta} e^{-x / \\beta}, \\quad x \\ge 0;

        the draws are ``-scale * log(1 - U)`` of uniforms ``U`` (inversion).

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.exponential(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 2.0) < 0.1)
        True
        """
        return D.exponential(self, scale, size, _place(device, usm_type, sycl_queue))

    def gamma(self, shape, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a gamma distribution.

        Parameters
        ----------
        shape : float or array_like of floats
            Shape :math:`k`, non-negative (0 gives zeros).
        scale : float or array_like of floats, optional
            Scale :math:`\\theta`, non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats; the mean is ``shape * scale``.

        Raises
        ------
        ValueError
            If `shape` or `scale` is negative or NaN, or they do not broadcast to `size`.

        See Also
        --------
        standard_gamma

        Notes
        -----
        The density is

        .. math:: p(x) = x^{k - 1} \\frac{e^{-x/\\theta}}{\\theta^k \\Gamma(k)},
                  \\quad x > 0.

        Marsaglia and Tsang's method for ``shape >= 1``, a rejection from an exponential
        below.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.gamma(2.0, 3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 6.0) < 0.2)
        True
        >>> rs.gamma(dp.asarray([1.0, 2.0, 3.0]), 1.0, size=(4, 3)).shape
        (4, 3)
        """
        return D.gamma(self, shape, scale, size, _place(device, usm_type, sycl_queue))

    def beta(self, a, b, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Beta distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Alpha, positive.
        b : float or array_like of floats
            Beta, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats in [0, 1].

        Raises
        ------
        ValueError
            If `a` or `b` is not positive (or NaN), or they do not broadcast to `size`.

        See Also
        --------
        gamma, dirichlet

        Notes
        -----
        The density is

        .. math:: f(x; a, b) = \\frac{x^{a - 1} (1 - x)^{b - 1}}{B(a, b)}, \\quad 0 < x < 1,

        with :math:`B` the beta function. Jöhnk's method when ``a, b <= 1``, a ratio of
        gammas otherwise.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.beta(2.0, 5.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(((x >= 0) & (x <= 1)).all()), bool(abs(float(x.mean()) - 2 / 7) < 0.01)
        (True, True)
        """
        return D.beta(self, a, b, size, _place(device, usm_type, sycl_queue))

    def chisquare(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a chi-square distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats; the mean is `df`.

        Raises
        ------
        ValueError
            If `df` is not positive (or NaN), or does not broadcast to `size`.

        See Also
        --------
        noncentral_chisquare, gamma

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{x^{k/2 - 1} e^{-x/2}}{2^{k/2} \\Gamma(k/2)}, \\quad x > 0,

        with :math:`k` = `df`; the draws are ``2 * standard_gamma(df / 2)``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.chisquare(4.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 4.0) < 0.2)
        True
        """
        return D.chisquare(self, df, size, _place(device, usm_type, sycl_queue))

    def noncentral_chisquare(
        self, df, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a noncentral chi-square distribution.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom, positive.
        nonc : float or array_like of floats
            Non-centrality :math:`\\lambda`, non-negative.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats; the mean is ``df + nonc``.

        Raises
        ------
        ValueError
            If `df` is not positive, `nonc` is negative (or either is NaN), or they do not
            broadcast to `size`.

        See Also
        --------
        chisquare

        Notes
        -----
        The distribution of :math:`\\sum_i (Z_i + \\mu_i)^2` for `df` standard normals
        :math:`Z_i` and :math:`\\lambda = \\sum_i \\mu_i^2`; its density is the Poisson
        mixture

        .. math:: p(x) = \\sum_{i=0}^\\infty \\frac{e^{-\\lambda/2} (\\lambda/2)^i}{i!}
                  \\, p_{\\chi^2_{k + 2i}}(x)

        of chi-square densities with :math:`k + 2i` degrees of freedom, :math:`k` = `df`.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.noncentral_chisquare(3.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 5.0) < 0.2)
        True
        """
        return D.noncentral_chisquare(self, df, nonc, size, _place(device, usm_type, sycl_queue))

    def f(self, dfnum, dfden, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from an F distribution (Fisher-Snedecor).

        Parameters
        ----------
        dfnum : float or array_like of floats
            Degrees of freedom of the numerator, positive.
        dfden : float or array_like of floats
            Degrees of freedom of the denominator, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `dfnum` or `dfden` is not positive (or NaN), or they do not broadcast to
            `size`.

        See Also
        --------
        noncentral_f, chisquare

        Notes
        -----
        The distribution of :math:`(X_1 / d_1) / (X_2 / d_2)` for independent chi-square
        variables with :math:`d_1` = `dfnum` and :math:`d_2` = `dfden` degrees of freedom;
        its density is

        .. math:: p(x) = \\frac{\\Gamma((d_1 + d_2)/2)}{\\Gamma(d_1/2) \\Gamma(d_2/2)}
                  \\left(\\frac{d_1}{d_2}\\right)^{d_1/2} x^{d_1/2 - 1}
                  \\left(1 + \\frac{d_1 x}{d_2}\\right)^{-(d_1 + d_2)/2}, \\quad x > 0.

        The mean is ``dfden / (dfden - 2)`` for ``dfden > 2``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.f(5.0, 20.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 20 / 18) < 0.05)
        True
        """
        return D.f(self, dfnum, dfden, size, _place(device, usm_type, sycl_queue))

    def noncentral_f(
        self, dfnum, dfden, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a noncentral F distribution.

        Parameters
        ----------
        dfnum : float or array_like of floats
            Degrees of freedom of the numerator, positive.
        dfden : float or array_like of floats
            Degrees of freedom of the denominator, positive.
        nonc : float or array_like of floats
            Non-centrality of the numerator, non-negative.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `dfnum` or `dfden` is not positive, `nonc` is negative (or any is NaN), or
            they do not broadcast to `size`.

        See Also
        --------
        f, noncentral_chisquare

        Notes
        -----
        The distribution of :math:`(X_1 / d_1) / (X_2 / d_2)` with :math:`X_1` noncentral
        chi-square (:math:`d_1` = `dfnum` degrees of freedom, non-centrality `nonc`) and
        :math:`X_2` chi-square (:math:`d_2` = `dfden`). The mean is
        ``dfden * (dfnum + nonc) / (dfnum * (dfden - 2))`` for ``dfden > 2``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.noncentral_f(5.0, 20.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 20 * 7 / (5 * 18)) < 0.1)
        True
        """
        return D.noncentral_f(self, dfnum, dfden, nonc, size, _place(device, usm_type, sycl_queue))

    def gumbel(self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Gumbel (type I extreme value) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Location of the mode :math:`\\mu`. Default 0.0.
        scale : float or array_like of floats, optional
            Scale :math:`\\beta`, non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN, or the parameters do not broadcast to `size`.

        See Also
        --------
        weibull

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{1}{\\beta} e^{-(x - \\mu)/\\beta} e^{-e^{-(x - \\mu)/\\beta}};

        the draws are ``loc - scale * log(E)`` of standard exponentials ``E`` (inversion).
        The mean is ``loc + 0.5772... * scale`` (Euler's constant).

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.gumbel(1.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - (1.0 + 2.0 * np.euler_gamma)) < 0.1)
        True
        """
        return D.gumbel(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def laplace(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from the Laplace (double exponential) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Position of the peak :math:`\\mu`. Default 0.0.
        scale : float or array_like of floats, optional
            Decay :math:`\\lambda`, non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN, or the parameters do not broadcast to `size`.

        See Also
        --------
        exponential, logistic

        Notes
        -----
        The density is

        .. math:: f(x; \\mu, \\lambda) = \\frac{1}{2\\lambda}
                  \\exp\\left(-\\frac{|x - \\mu|}{\\lambda}\\right),

        drawn by inversion.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.laplace(3.0, 1.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 3.0) < 0.1)
        True
        """
        return D.laplace(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def logistic(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a logistic distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Mean :math:`\\mu`. Default 0.0.
        scale : float or array_like of floats, optional
            Scale :math:`s`, non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN, or the parameters do not broadcast to `size`.

        See Also
        --------
        laplace

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{e^{-(x - \\mu)/s}}{s (1 + e^{-(x - \\mu)/s})^2},

        drawn by inversion.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.logistic(10.0, 1.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 10.0) < 0.1)
        True
        """
        return D.logistic(self, loc, scale, size, _place(device, usm_type, sycl_queue))

    def lognormal(
        self, mean=0.0, sigma=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a log-normal distribution.

        Parameters
        ----------
        mean : float or array_like of floats, optional
            Mean :math:`\\mu` of the underlying normal distribution. Default 0.0.
        sigma : float or array_like of floats, optional
            Standard deviation :math:`\\sigma` of the underlying normal, non-negative.
            Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Positive floats: ``exp`` of normals.

        Raises
        ------
        ValueError
            If `sigma` is negative or NaN, or the parameters do not broadcast to `size`.

        See Also
        --------
        normal

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{1}{\\sigma x \\sqrt{2\\pi}}
                  e^{-(\\ln x - \\mu)^2 / (2\\sigma^2)}, \\quad x > 0;

        the normals come from Marsaglia's polar method (not the block layout of
        `normal`).

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.lognormal(0.0, 0.5, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool((x > 0).all()), bool(abs(float(dp.log(x).mean())) < 0.05)
        (True, True)
        """
        return D.lognormal(self, mean, sigma, size, _place(device, usm_type, sycl_queue))

    def pareto(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Pareto II (Lomax) distribution with shape `a`.

        Parameters
        ----------
        a : float or array_like of floats
            Shape of the distribution, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `a` is not positive (or NaN), or does not broadcast to `size`.

        See Also
        --------
        power, weibull

        Notes
        -----
        As NumPy's ``pareto``, the Lomax distribution, a Pareto distribution shifted to
        start at 0 (add 1 and multiply by ``m`` for the classical Pareto of mode ``m``):

        .. math:: p(x) = \\frac{a}{(1 + x)^{a + 1}}, \\quad x \\ge 0,

        drawn by inversion.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.pareto(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool((x >= 0).all()), bool(abs(float(x.mean()) - 0.5) < 0.05)
        (True, True)
        """
        return D.pareto(self, a, size, _place(device, usm_type, sycl_queue))

    def power(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples in [0, 1] from a power distribution with positive exponent ``a - 1``.

        Parameters
        ----------
        a : float or array_like of floats
            Parameter of the distribution, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats in [0, 1].

        Raises
        ------
        ValueError
            If `a` is not positive (or NaN), or does not broadcast to `size`.

        See Also
        --------
        pareto, beta

        Notes
        -----
        The density is

        .. math:: P(x; a) = a x^{a - 1}, \\quad 0 \\le x \\le 1,

        drawn by inversion. It is ``beta(a, 1)``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.power(4.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(((x >= 0) & (x <= 1)).all()), bool(abs(float(x.mean()) - 0.8) < 0.02)
        (True, True)
        """
        return D.power(self, a, size, _place(device, usm_type, sycl_queue))

    def rayleigh(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Rayleigh distribution.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            Scale (mode) :math:`\\sigma`, non-negative. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN, or does not broadcast to `size`.

        See Also
        --------
        weibull

        Notes
        -----
        The density is

        .. math:: P(x; \\sigma) = \\frac{x}{\\sigma^2} e^{-x^2 / (2\\sigma^2)},
                  \\quad x \\ge 0,

        drawn by inversion. The mean is :math:`\\sigma \\sqrt{\\pi / 2}`.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.rayleigh(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 2.0 * np.sqrt(np.pi / 2)) < 0.1)
        True
        """
        return D.rayleigh(self, scale, size, _place(device, usm_type, sycl_queue))

    def weibull(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Weibull distribution (scale 1).

        Parameters
        ----------
        a : float or array_like of floats
            Shape of the distribution, non-negative (0 gives zeros).
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative floats. Multiply by :math:`\\lambda` for scale :math:`\\lambda`.

        Raises
        ------
        ValueError
            If `a` is negative or NaN, or does not broadcast to `size`.

        See Also
        --------
        gumbel, rayleigh

        Notes
        -----
        The density is

        .. math:: p(x) = a x^{a - 1} e^{-x^a}, \\quad x \\ge 0,

        drawn by inversion, ``E ** (1 / a)`` of standard exponentials ``E``. On a device
        without float64 values beyond float32's range (e.g. for ``a = 1e-3``) are ``inf``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.weibull(1.0, size=10000)  # a = 1: the standard exponential
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 1.0) < 0.05)
        True
        """
        return D.weibull(self, a, size, _place(device, usm_type, sycl_queue))

    def triangular(
        self, left, mode, right, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from the triangular distribution over [left, right].

        Parameters
        ----------
        left : float or array_like of floats
            Lower limit.
        mode : float or array_like of floats
            The peak, with ``left <= mode <= right``.
        right : float or array_like of floats
            Upper limit, above `left`.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Floats in [left, right].

        Raises
        ------
        ValueError
            If ``left > mode``, ``mode > right`` or ``left == right``, or the parameters
            do not broadcast to `size`.

        See Also
        --------
        uniform

        Notes
        -----
        The density is

        .. math:: P(x; l, m, r) = \\begin{cases}
                  \\frac{2(x - l)}{(r - l)(m - l)} & l \\le x \\le m, \\\\
                  \\frac{2(r - x)}{(r - l)(r - m)} & m \\le x \\le r, \\\\
                  0 & \\text{otherwise},
                  \\end{cases}

        drawn by inversion.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.triangular(-3.0, 0.0, 8.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(((x >= -3) & (x <= 8)).all()), bool(abs(float(x.mean()) - 5 / 3) < 0.1)
        (True, True)
        """
        return D.triangular(self, left, mode, right, size, _place(device, usm_type, sycl_queue))

    def vonmises(self, mu, kappa, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a von Mises distribution (angles in [-pi, pi]).

        Parameters
        ----------
        mu : float or array_like of floats
            Mode (centre) :math:`\\mu` of the distribution, an angle.
        kappa : float or array_like of floats
            Concentration :math:`\\kappa`, non-negative (0 is the uniform distribution).
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Angles in [-pi, pi].

        Raises
        ------
        ValueError
            If `kappa` is negative or NaN, or the parameters do not broadcast to `size`.

        See Also
        --------
        normal

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{e^{\\kappa \\cos(x - \\mu)}}{2\\pi I_0(\\kappa)},
                  \\quad -\\pi \\le x \\le \\pi,

        with :math:`I_0` the modified Bessel function of order 0. Best and Fisher's
        rejection method; a wrapped normal for ``kappa > 1e6``.

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.vonmises(0.5, 4.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool((dp.abs(x) <= np.pi).all()), bool(abs(float(x.mean()) - 0.5) < 0.05)
        (True, True)
        """
        return D.vonmises(self, mu, kappa, size, _place(device, usm_type, sycl_queue))

    def wald(self, mean, scale, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Wald (inverse Gaussian) distribution.

        Parameters
        ----------
        mean : float or array_like of floats
            Mean :math:`\\mu`, positive.
        scale : float or array_like of floats
            Scale (shape) :math:`\\lambda`, positive.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Positive floats.

        Raises
        ------
        ValueError
            If `mean` or `scale` is not positive (or NaN), or they do not broadcast to
            `size`.

        Notes
        -----
        The density is

        .. math:: P(x; \\mu, \\lambda) = \\sqrt{\\frac{\\lambda}{2\\pi x^3}}
                  \\exp\\left(\\frac{-\\lambda (x - \\mu)^2}{2 \\mu^2 x}\\right),
                  \\quad x > 0.

        Michael, Schucany and Haas's method, written without the cancellation of NumPy's
        expression (which can give tiny negative draws).

        %(float_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.wald(3.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool((x > 0).all()), bool(abs(float(x.mean()) - 3.0) < 0.2)
        (True, True)
        """
        return D.wald(self, mean, scale, size, _place(device, usm_type, sycl_queue))

    def poisson(self, lam=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Poisson distribution.

        Parameters
        ----------
        lam : float or array_like of floats, optional
            Expected number of events :math:`\\lambda`, non-negative and at most about
            9.2e18. Default 1.0.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative int64 counts.

        Raises
        ------
        ValueError
            If `lam` is negative, NaN or too large (``lam value too large``), or does not
            broadcast to `size`.

        See Also
        --------
        binomial, exponential

        Notes
        -----
        The probability mass function is

        .. math:: f(k; \\lambda) = \\frac{\\lambda^k e^{-\\lambda}}{k!},
                  \\quad k = 0, 1, 2, \\ldots

        Multiplication of uniforms for ``lam < 10``, Hörmann's PTRS transformed rejection
        above. On a device without float64 counts above 2**24 are float32 values, so
        spaced by 2 or more.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.poisson(5.0, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> bool((k >= 0).all()), bool(abs(float(k.mean()) - 5.0) < 0.1)
        (True, True)
        >>> rs.poisson(dp.asarray([1.0, 100.0]), size=(3, 2)).shape
        (3, 2)
        """
        return D.poisson(self, lam, size, _place(device, usm_type, sycl_queue))

    def binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a binomial distribution.

        Parameters
        ----------
        n : int or array_like of ints
            Number of trials, non-negative (a float is truncated toward zero). At most
            2**24 on a device without float64.
        p : float or array_like of floats
            Probability of success of each trial, in [0, 1].
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            int64 numbers of successes, in [0, n].

        Raises
        ------
        ValueError
            If `n` is negative, `p` is outside [0, 1] or NaN, `n` is above 2**24 on a
            device without float64, or the parameters do not broadcast to `size`.

        See Also
        --------
        negative_binomial, multinomial, hypergeometric

        Notes
        -----
        The probability mass function is

        .. math:: P(N) = \\binom{n}{N} p^N (1 - p)^{n - N}, \\quad N = 0, \\ldots, n.

        Inversion when ``n * min(p, 1 - p) < 30``, Hörmann's BTRS transformed rejection
        above.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.binomial(10, 0.3, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> int(k.min()) >= 0, int(k.max()) <= 10, bool(abs(float(k.mean()) - 3.0) < 0.1)
        (True, True, True)
        """
        return D.binomial(self, n, p, size, _place(device, usm_type, sycl_queue))

    def negative_binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a negative binomial distribution.

        The number of failures before the `n`-th success of independent trials of
        success probability `p`.

        Parameters
        ----------
        n : float or array_like of floats
            Number of successes, positive (need not be an integer).
        p : float or array_like of floats
            Probability of success, in (0, 1].
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            Non-negative int64 numbers of failures.

        Raises
        ------
        ValueError
            If `n` is not positive, `p` is outside [0, 1] or NaN, ``p == 0`` (NumPy accepts
            it), or the parameters do not broadcast to `size`.

        See Also
        --------
        binomial, geometric

        Notes
        -----
        The probability mass function is

        .. math:: P(N; n, p) = \\frac{\\Gamma(N + n)}{N! \\, \\Gamma(n)} p^n (1 - p)^N,
                  \\quad N = 0, 1, 2, \\ldots

        drawn as a Poisson variable whose mean is a gamma variable. The mean is
        ``n * (1 - p) / p``.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.negative_binomial(5, 0.5, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> bool(abs(float(k.mean()) - 5.0) < 0.2)
        True
        """
        return D.negative_binomial(self, n, p, size, _place(device, usm_type, sycl_queue))

    def geometric(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from the geometric distribution.

        The number of trials up to and including the first success, for trials of
        success probability `p`.

        Parameters
        ----------
        p : float or array_like of floats
            Probability of success of a trial, in (0, 1].
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            int64 numbers of trials, at least 1.

        Raises
        ------
        ValueError
            If `p` is outside (0, 1] or NaN, or does not broadcast to `size`.

        See Also
        --------
        negative_binomial

        Notes
        -----
        The probability mass function is

        .. math:: f(k) = (1 - p)^{k - 1} p, \\quad k = 1, 2, \\ldots

        drawn by inversion. On a device without float64, draws above 2**24 (tiny `p`) are
        float32 values, so spaced by 2 or more.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.geometric(0.25, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> int(k.min()), bool(abs(float(k.mean()) - 4.0) < 0.2)
        (1, True)
        """
        return D.geometric(self, p, size, _place(device, usm_type, sycl_queue))

    def zipf(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Zipf distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Exponent of the distribution, above 1.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            int64 values, at least 1.

        Raises
        ------
        ValueError
            If ``a <= 1`` or `a` is NaN, or does not broadcast to `size`.

        See Also
        --------
        logseries

        Notes
        -----
        The probability mass function is

        .. math:: p(k) = \\frac{k^{-a}}{\\zeta(a)}, \\quad k = 1, 2, \\ldots

        with :math:`\\zeta` the Riemann zeta function; drawn by Devroye's rejection method,
        as NumPy. On a device without float64, draws above 2**24 are float32 values, so
        spaced by 2 or more.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.zipf(2.0, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> int(k.min()), bool(abs(float((k == 1).mean()) - 6 / np.pi**2) < 0.02)
        (1, True)
        """
        return D.zipf(self, a, size, _place(device, usm_type, sycl_queue))

    def logseries(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a logarithmic series distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Shape parameter, in [0, 1).
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            int64 values, at least 1.

        Raises
        ------
        ValueError
            If `p` is outside [0, 1) or NaN, or does not broadcast to `size`.

        See Also
        --------
        zipf

        Notes
        -----
        The probability mass function is

        .. math:: P(k) = \\frac{-p^k}{k \\ln(1 - p)}, \\quad k = 1, 2, \\ldots

        drawn by Devroye's rejection method, as NumPy.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.logseries(0.6, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> mean = -0.6 / (0.4 * np.log(0.4))
        >>> int(k.min()), bool(abs(float(k.mean()) - mean) < 0.1)
        (1, True)
        """
        return D.logseries(self, p, size, _place(device, usm_type, sycl_queue))

    def hypergeometric(
        self, ngood, nbad, nsample, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a hypergeometric distribution.

        The number of good items among `nsample` items drawn without replacement from an
        urn of `ngood` good and `nbad` bad items.

        Parameters
        ----------
        ngood : int or array_like of ints
            Number of good items, non-negative (a float is truncated toward zero).
        nbad : int or array_like of ints
            Number of bad items, non-negative.
        nsample : int or array_like of ints
            Number of items drawn, at least 1 and at most ``ngood + nbad``.
        %(size)s
        %(placement)s

        Returns
        -------
        ndarray
            int64 counts in [max(0, nsample - nbad), min(nsample, ngood)].

        Raises
        ------
        ValueError
            If `ngood` or `nbad` is negative, ``nsample < 1``,
            ``ngood + nbad < nsample``, ``ngood + nbad >= 10**9`` (NumPy's legacy
            function has no such bound), ``ngood + nbad > 2**24`` on a device without
            float64, or the parameters do not broadcast to `size`.

        See Also
        --------
        binomial

        Notes
        -----
        The probability mass function is

        .. math:: P(x) = \\frac{\\binom{g}{x} \\binom{b}{n - x}}{\\binom{g + b}{n}}

        with :math:`g` = `ngood`, :math:`b` = `nbad`, :math:`n` = `nsample`. Stadlober's
        HRUA ratio-of-uniforms rejection when ``10 <= nsample <= ngood + nbad - 10``, an
        urn simulation otherwise.

        %(int_notes)s

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> k = rs.hypergeometric(15, 15, 10, size=10000)
        >>> k.shape, k.dtype
        ((10000,), dtype('int64'))
        >>> int(k.min()) >= 0, int(k.max()) <= 10, bool(abs(float(k.mean()) - 5.0) < 0.1)
        (True, True, True)
        """
        return D.hypergeometric(
            self, ngood, nbad, nsample, size, _place(device, usm_type, sycl_queue)
        )

    def multinomial(self, n, pvals, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a multinomial distribution.

        The counts of each of ``k = len(pvals)`` outcomes in `n` independent trials.

        Parameters
        ----------
        n : int or array_like of ints
            Number of trials, non-negative (a float is truncated toward zero).
        pvals : sequence of floats
            Probabilities of the ``k`` outcomes (1-D, each in [0, 1]); the last is taken
            as ``1 - sum(pvals[:-1])``, which must not be negative.
        size : int or tuple of ints, optional
            Shape of the draws; None (the default) is the shape of `n`. The result has
            shape ``size + (k,)``.
        %(placement)s

        Returns
        -------
        ndarray
            int64 counts of shape ``size + (k,)``; each row sums to `n`.

        Raises
        ------
        ValueError
            If `pvals` is not 1-D, has an entry outside [0, 1] or NaN, or
            ``sum(pvals[:-1]) > 1`` (beyond 1e-12), or if `n` is negative.
        TypeError
            If `pvals` is not a sequence of real numbers.

        See Also
        --------
        binomial, dirichlet

        Notes
        -----
        ``k - 1`` conditional binomial draws on the device (see `binomial`); `pvals` is
        read on the host. Same on every device with float64; not NumPy's numbers for the
        same seed.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> c = rs.multinomial(20, [1 / 6.0] * 6, size=3)  # 20 throws of a die, 3 times
        >>> c.shape, c.dtype
        ((3, 6), dtype('int64'))
        >>> dp.asnumpy(c.sum(axis=1))
        array([20, 20, 20])
        """
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
        """Draw samples from a multivariate normal distribution.

        Parameters
        ----------
        mean : array_like, of shape (N,)
            Mean of the distribution.
        cov : array_like, of shape (N, N)
            Covariance matrix: symmetric and positive-semidefinite.
        size : int or tuple of ints, optional
            Shape of the draws; the result has shape ``size + (N,)``. None (the default)
            gives one draw, of shape ``(N,)``.
        check_valid : {"warn", "raise", "ignore"}, optional
            What to do when `cov` is not positive-semidefinite: warn (RuntimeWarning, the
            default), raise ValueError, or nothing.
        tol : float, optional
            Tolerance of that check (relative and absolute). Default 1e-8; at least 64
            float32 epsilons on a device without float64.
        %(placement)s

        Returns
        -------
        ndarray
            Floats of shape ``size + (N,)``: float64, or float32 on a device without
            float64.

        Raises
        ------
        ValueError
            If `mean` is not 1-D, `cov` is not 2-D and square or not of `mean`'s length,
            `check_valid` is not one of its values, or ``check_valid="raise"`` and `cov`
            is not positive-semidefinite.

        Warns
        -----
        RuntimeWarning
            With ``check_valid="warn"``, when `cov` is not positive-semidefinite.

        See Also
        --------
        normal

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{1}{\\sqrt{(2\\pi)^N \\det \\Sigma}}
                  e^{-\\frac{1}{2} (x - \\mu)^T \\Sigma^{-1} (x - \\mu)}.

        The draws are ``mean + z @ A`` for standard normals ``z`` and ``A = sqrt(s) * vh``
        from the SVD of `cov` (`dparray.linalg.svd`, on the device; as NumPy's
        ``method="svd"``); the check compares ``A.T @ A`` with `cov`. Computed on the
        queue of `mean` when it is a dparray array, else on the placement given, else on
        the queue of `cov` when it is a dparray array, else on the default device; in
        float32 on a device without float64. Not NumPy's numbers for the same seed.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> mean, cov = [1.0, -2.0], [[1.0, 0.8], [0.8, 1.0]]
        >>> x = rs.multivariate_normal(mean, cov, size=10000)
        >>> x.shape, x.dtype
        ((10000, 2), dtype('float64'))
        >>> m = dp.asnumpy(x.mean(axis=0))
        >>> bool(np.allclose(m, mean, atol=0.05))
        True
        """
        return C.multivariate_normal(
            self, mean, cov, size, check_valid, tol, "svd", _place(device, usm_type, sycl_queue)
        )

    def dirichlet(self, alpha, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from the Dirichlet distribution.

        Parameters
        ----------
        alpha : sequence of floats
            Concentration parameters of the ``k`` components, positive (1-D, length k).
        size : int or tuple of ints, optional
            Shape of the draws; the result has shape ``size + (k,)``. None (the default)
            gives one draw, of shape ``(k,)``.
        %(placement0)s

        Returns
        -------
        ndarray
            Floats of shape ``size + (k,)`` in [0, 1], each row summing to 1.

        Raises
        ------
        ValueError
            If `alpha` is not 1-D or has an entry that is not positive (or NaN).
        TypeError
            If `alpha` is not a sequence of real numbers.

        See Also
        --------
        beta, multinomial

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{1}{B(\\alpha)} \\prod_{i=1}^k x_i^{\\alpha_i - 1},
                  \\quad x_i > 0, \\; \\sum_i x_i = 1,

        with :math:`B(\\alpha)` the multivariate beta function. The draws are
        standard gammas of shapes `alpha` (see `standard_gamma`), divided by their sum, on
        the device; `alpha` is read on the host. Not NumPy's numbers for the same seed.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.dirichlet([1.0, 2.0, 3.0], size=5)
        >>> x.shape, x.dtype
        ((5, 3), dtype('float64'))
        >>> bool(np.allclose(dp.asnumpy(x.sum(axis=1)), 1.0))
        True
        """
        return C.dirichlet(self, alpha, size, _place(device, usm_type, sycl_queue))


class _Global:
    # The stream behind the module functions; set_bit_generator replaces it.
    rs = _core._global_random_state()


_SEED_LINE = re.compile(r"\brs = dp(?:\.random)?\.RandomState\((\d*)\)")
_RS_CALL = re.compile(r"\brs\.")
_FIRST_SECTION = re.compile(r"\n\n(?=(?:Parameters|Returns)\n-)")


def _module_doc(method_doc, name):
    """A module function's docstring from its RandomState method's (already cleaned) text:
    a paragraph on the global stream before the first section, examples on that stream."""
    head, examples, code = method_doc.partition("\nExamples\n--------\n")
    note = (
        "This function uses the global RandomState shared by all functions of\n"
        f"`dparray.random` (see `seed`); ``RandomState.{name}`` does the same for a\n"
        "RandomState of your own."
    )
    first = _FIRST_SECTION.search(head)
    at = first.start() if first else len(head)
    lines = []
    for line in code.splitlines():
        if line.lstrip().startswith((">>>", "...")):
            line = _RS_CALL.sub("dp.random.", _SEED_LINE.sub(r"dp.random.seed(\1)", line))
        lines.append(line)
    return f"{head[:at]}\n\n{note}{head[at:]}{examples}" + "\n".join(lines)


def _module_function(name):
    method = getattr(RandomState, name)

    def function(*args, **kwargs):
        return method(_Global.rs, *args, **kwargs)

    function.__module__ = __name__
    function.__name__ = function.__qualname__ = name
    if name in vars(RandomState):  # defined above
        doc = inspect.cleandoc(method.__doc__)
    else:  # a C++ method: its text, read here without loading every docstring of dparray
        doc = _clean(_random_docs.DOCS[f"RandomState.{name}"])
    function.__doc__ = _module_doc(doc, name)
    sig = inspect.signature(method)
    function.__signature__ = sig.replace(parameters=list(sig.parameters.values())[1:])
    return function


def get_bit_generator():
    """Return the bit generator behind the functions of `dparray.random`.

    Returns
    -------
    Philox
        A `Philox` bit generator that shares its state with the global RandomState: drawing
        from one advances the other, and seeding one seeds both.

    See Also
    --------
    set_bit_generator, seed

    Notes
    -----
    NumPy returns the MT19937 behind its legacy functions; dparray's legacy functions
    draw from a Philox4x32-10 stream.

    Examples
    --------
    >>> bg = dp.random.get_bit_generator()
    >>> isinstance(bg, dp.random.Philox)
    True
    >>> dp.random.seed(3)
    >>> bg.state["state"]
    {'key': 3, 'counter': 0}
    >>> x = dp.random.Generator(bg).random(4)  # shares the global stream
    >>> dp.random.get_state()
    (3, 2)
    """
    return Philox._wrap(_Global.rs)


def set_bit_generator(bitgen) -> None:
    """Make the functions of `dparray.random` draw from `bitgen`.

    Parameters
    ----------
    bitgen : Philox
        The bit generator whose stream the module functions use from now on (they share
        its state: drawing from one advances the other).

    Raises
    ------
    TypeError
        If `bitgen` is not a `Philox` (NumPy accepts any bit generator; dparray's legacy
        functions need a Philox stream).

    See Also
    --------
    get_bit_generator, seed

    Examples
    --------
    >>> old = dp.random.get_bit_generator()
    >>> dp.random.set_bit_generator(dp.random.Philox(key=5))
    >>> dp.random.get_state()
    (5, 0)
    >>> dp.random.set_bit_generator(old)
    """
    if not isinstance(bitgen, Philox):
        raise TypeError(
            f"[set_bit_generator] the legacy functions draw from a Philox stream: expected a dparray.random.Philox, got {type(bitgen).__name__}"
        )
    _Global.rs = bitgen._rs


# The module functions: RandomState's methods on the global stream. Each is made on first
# use (PEP 562), so that `import dparray.random` does not build 48 docstrings and signatures.
_MODULE_FUNCTIONS = (
    "beta",
    "binomial",
    "bytes",
    "chisquare",
    "choice",
    "dirichlet",
    "exponential",
    "f",
    "gamma",
    "geometric",
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
    "random_integers",
    "random_sample",
    "rayleigh",
    "seed",
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
    "random",
)
_ALIASES = {"ranf": "random", "sample": "random"}


def __getattr__(name):
    target = _ALIASES.get(name, name)
    if target not in _MODULE_FUNCTIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    fn = globals().get(target) or _module_function(target)
    globals()[target] = globals()[name] = fn
    return fn


def __dir__():
    return sorted(set(globals()) | set(_MODULE_FUNCTIONS) | set(_ALIASES))


__all__ = [
    "PCG64",
    "BitGenerator",
    "Generator",
    "Philox",
    "RandomState",
    "SeedSequence",
    "default_rng",
    "get_bit_generator",
    "set_bit_generator",
]
__all__.extend([*_MODULE_FUNCTIONS, *_ALIASES])  # made on first use (__getattr__)
