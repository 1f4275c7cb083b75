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


def _check_out(out, op):
    if out is not None and not D._is_array(out):
        raise TypeError(f"[{op}] out must be a dparray array")


def _to_out(res, out, op):
    if out is None:
        return res
    _check_out(out, op)
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


def _out_place(out, place, op):
    _check_out(out, op)
    if out is not None and all(v is None for v in place.values()):
        return {"sycl_queue": out.sycl_queue, "usm_type": out.usm_type}
    return place


class Generator:
    """A container of a bit generator with NumPy's ``Generator`` methods, on dparray devices.

    Every distribution, sampler and permutation of ``numpy.random.Generator`` is a method;
    each one that makes an array draws it on a dparray device, chosen by the keywords
    `device`, `usm_type` and `sycl_queue` (as dpnp), else by the queue of an array parameter
    (compute follows data), else the default device.

    Parameters
    ----------
    bit_generator : BitGenerator, int, sequence of int, SeedSequence or None, optional
        The bit generator to draw from (:class:`Philox` or :class:`PCG64`). Anything else is
        taken as a seed of a new :class:`Philox` (None: fresh entropy from the operating
        system). Default: None.

    See Also
    --------
    default_rng : ``Generator(Philox(seed))``, NumPy's usual entry point.
    Philox, PCG64, SeedSequence

    Notes
    -----
    Streams: with :class:`Philox` (the default) every method draws from the bit generator's
    counter-based stream, so a seed gives the same numbers on every device (up to a few ulp for
    floating-point distributions), but not NumPy's numbers. With :class:`PCG64`,
    ``random()`` (float64) and ``bit_generator.random_raw()`` equal NumPy's for the same seed;
    the other methods draw from a Philox stream keyed by one PCG64 word per call
    (reproducible, not NumPy's). See docs/random.md.

    Results are dparray arrays; ``size=None`` with scalar parameters gives a 0-d array (as
    dpnp), not a Python scalar. Distributions without a `dtype` keyword return float64 (int64
    for counts), or float32 on a device without float64, where every method computes in
    float32.

    Differences from NumPy: a seed may be passed instead of a bit generator (NumPy requires a
    bit generator); ``numpy.random`` bit generators are not accepted; the repr is
    ``Generator(Philox)``.

    Examples
    --------
    >>> rng = dp.random.Generator(dp.random.Philox(42))
    >>> rng
    Generator(Philox)
    >>> x = rng.normal(size=(2, 3))
    >>> x.shape, x.dtype
    ((2, 3), dtype('float64'))
    >>> pcg = dp.random.Generator(dp.random.PCG64(1))
    >>> npg = np.random.Generator(np.random.PCG64(1))
    >>> bool((dp.asnumpy(pcg.random(3)) == npg.random(3)).all())
    True
    """

    def __init__(self, bit_generator=None):
        if bit_generator is None or not isinstance(bit_generator, BitGenerator):
            # A seed (as dparray's earlier Generator(seed) took): a Philox stream of it.
            bit_generator = Philox(bit_generator)
        self._bit_generator = bit_generator

    def __repr__(self):
        return f"Generator({type(self._bit_generator).__name__})"

    @property
    def bit_generator(self):
        """The bit generator this Generator draws from (a :class:`Philox` or :class:`PCG64`).

        Its `state` can be saved and restored to replay the stream.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> type(rng.bit_generator).__name__
        'Philox'
        >>> saved = rng.bit_generator.state
        >>> a = rng.random(3)
        >>> rng.bit_generator.state = saved
        >>> bool(dp.all(rng.random(3) == a))
        True
        """
        return self._bit_generator

    def _rs(self):
        return self._bit_generator._philox_stream()

    def spawn(self, n_children):
        """Make independent child Generators (NumPy's ``Generator.spawn``).

        Each child wraps one of ``bit_generator.spawn(n_children)``: a bit generator of the same
        kind seeded from a child of this one's :class:`SeedSequence`, so the children's streams are
        unrelated to each other and to this one. Use one child per thread, process or MPI rank.

        Parameters
        ----------
        n_children : int
            Number of children.

        Returns
        -------
        list of Generator
            `n_children` new Generators.

        Raises
        ------
        AttributeError
            If the bit generator has no seed sequence (the Philox of
            :func:`dparray.random.get_bit_generator`).

        See Also
        --------
        SeedSequence.spawn, BitGenerator.spawn

        Notes
        -----
        Spawning advances the seed sequence's ``n_children_spawned``: a second call gives new
        children. The children's seed sequences equal NumPy's for the same seed, but their
        numbers are not NumPy's (see :class:`Philox`).

        Examples
        --------
        >>> children = dp.random.default_rng(7).spawn(3)
        >>> len(children), type(children[0]).__name__
        (3, 'Generator')
        >>> a, b = children[0].random(4), children[1].random(4)
        >>> bool(dp.any(a != b))
        True
        """
        return [Generator(bg) for bg in self._bit_generator.spawn(n_children)]

    # ---- uniform, integers, bytes ----

    def random(
        self, size=None, dtype=None, out=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Return random floats in the half-open interval [0.0, 1.0).

        For other intervals scale the result, ``(b - a) * random() + a``, or use
        :meth:`uniform`.

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Output shape. Default: None, a 0-d array (or the shape of `out`).
        dtype : dtype or None, optional
            Floating result type: float16, float32 or float64. Default: the device's default
            float (float64, or float32 on a device without float64).
        out : ndarray or None, optional
            A dparray array to write the result into; its shape is the shape (and must equal
            `size` if both are given). The values are cast to its dtype.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of `out` if given, else the
            default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: that of `out`, else ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Uniform floats of shape `size` (or `out`, when given).

        Raises
        ------
        TypeError
            If `dtype` is not a floating type, or `out` is not a dparray array.
        ValueError
            If `size` does not match the shape of `out`.

        See Also
        --------
        uniform : Floats in [low, high).
        integers : Uniform integers.

        Notes
        -----
        With a :class:`Philox` bit generator the floats come from the block layout of the
        stream (2 float64 or 4 float32 values per 128-bit block) and are bit-identical on every
        device. With a :class:`PCG64` bit generator and float64 results (the default on a device
        with float64), the floats are NumPy's: ``Generator(PCG64(s)).random(n)`` equals
        ``numpy.random.Generator(numpy.random.PCG64(s)).random(n)``, generated on the host and
        copied once to the device; float32 (and every dtype on a device without float64) then comes
        from a Philox stream keyed by one PCG64 word.

        Differences from NumPy: float16 is accepted; ``size=None`` gives a 0-d device array;
        `out` of another dtype receives cast values (NumPy raises TypeError); with the default
        Philox bit generator (as from :func:`default_rng`) the numbers are not NumPy's.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.random((2, 3))
        >>> x.shape, x.dtype
        ((2, 3), dtype('float64'))
        >>> bool(dp.all((x >= 0) & (x < 1)))
        True
        >>> rng.random(4, dtype=dp.float32).dtype
        dtype('float32')
        >>> pcg = dp.random.Generator(dp.random.PCG64(42))
        >>> bool((dp.asnumpy(pcg.random(5)) == np.random.default_rng(42).random(5)).all())
        True
        """
        place = _out_place(out, _place(device, usm_type, sycl_queue), "random")
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
        """Return random integers from `low` (inclusive) to `high` (exclusive).

        With ``endpoint=True`` the interval is closed, [low, high]. With `high` None the
        integers are drawn from [0, low) (or [0, low]).

        Parameters
        ----------
        low : int or array_like of int
            Lowest integer (or the upper bound when `high` is None).
        high : int, array_like of int or None, optional
            Upper bound, exclusive unless `endpoint` is True. Default: None.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        dtype : dtype, optional
            Integer (or bool) result type. Default: ``"int64"``.
        endpoint : bool, optional
            Whether `high` is included. Default: False.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Integers of `dtype`.

        Raises
        ------
        ValueError
            If ``low >= high`` (after `endpoint`), a bound is out of the range of `dtype`, or (on a
            device without float64) an array bound exceeds 2**24 in magnitude.
        TypeError
            If `dtype` is not an integer or bool type (scalar bounds).

        See Also
        --------
        random : Uniform floats.
        choice : Samples of a population.

        Notes
        -----
        Drawn on the result's device. Scalar bounds use one 128-bit Philox block per integer
        (multiply-shift reduction, bias below ``(high - low) / 2**128``): the integers are
        bit-identical on every device. Array bounds (dparray arrays or sequences) broadcast
        together and use ``low + floor(u * (high - low))`` with a uniform ``u`` in float64 (exact
        for ranges below 2**53), or float32 on a device without float64 (bounds up to 2**24).

        Differences from NumPy: the numbers are not NumPy's for the same seed (also with PCG64);
        ``size=None`` with scalar bounds gives a 0-d device array.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.integers(0, 10, size=1000)
        >>> x.shape, x.dtype
        ((1000,), dtype('int64'))
        >>> bool(dp.all((x >= 0) & (x < 10)))
        True
        >>> y = rng.integers(1, 6, size=1000, endpoint=True, dtype=dp.int32)
        >>> y.dtype, int(dp.min(y)) >= 1, int(dp.max(y)) <= 6
        (dtype('int32'), True, True)
        >>> rng.integers([0, 10], [5, 20]).shape
        (2,)
        """
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
        """Return random bytes.

        Parameters
        ----------
        length : int
            Number of bytes.

        Returns
        -------
        bytes
            A Python ``bytes`` object of `length` bytes.

        Raises
        ------
        TypeError
            If `length` is not an integer.
        ValueError
            If `length` is negative.

        Notes
        -----
        The bytes are drawn on the default device (uniform integers of the block layout, the
        same on every device) and copied to the host. Differences from NumPy: other bytes than
        NumPy's for the same seed; a negative `length` raises ValueError.

        Examples
        --------
        >>> b = dp.random.default_rng(42).bytes(10)
        >>> type(b), len(b)
        (<class 'bytes'>, 10)
        """
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
        """Generate a random sample from a given array or from ``range(a)``.

        Parameters
        ----------
        a : int or array_like
            If an int, samples are taken from ``range(a)``; otherwise from the entries of `a`
            along `axis` (a dparray array, or a sequence made into one).
        size : int, tuple of int or None, optional
            Shape of the sample. Default: None, one value (a 0-d array for an int `a`, a slice of
            `a` otherwise).
        replace : bool, optional
            Whether an entry may be drawn more than once. Default: True.
        p : array_like of float or None, optional
            Probability of each entry (1-D, of length ``a`` or ``a.shape[axis]``, non-negative,
            summing to 1 within ``sqrt(eps)``). Default: None, uniform.
        axis : int, optional
            Axis of `a` to sample along. Default: 0.
        shuffle : bool, optional
            Without replacement: whether the sample is in random order. False gives the chosen
            indices in increasing order. Default: True.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            The sample: int64 indices for an int `a`; entries of `a` otherwise, with the axis
            `axis` replaced by the shape of `size`.

        Raises
        ------
        ValueError
            If `a` is a negative int or a 0-d array, `a` is empty and samples are asked for, `p`
            is not 1-D, has the wrong length, negative or NaN entries or does not sum to 1, or
            without replacement the sample is larger than the population (or than the non-zero
            entries of `p`).

        See Also
        --------
        integers : Uniform integers.
        permutation : A random ordering.

        Notes
        -----
        Drawn on the device of `a` (or of the placement). With replacement the indices are
        uniform integers, or with `p` the inverse of the cumulative distribution
        (``searchsorted`` on the device; `p` itself is read and checked on the host). Without
        replacement the sample is a random permutation's first entries, or with `p` the ``k``
        smallest of ``E_i / p_i`` for exponential ``E_i`` (successive weighted sampling, the law
        of NumPy's). On a device without float64 the cumulative probabilities are float32:
        entries with probability below about 6e-8 may never be drawn.

        Differences from NumPy: the numbers are not NumPy's for the same seed; ``size=None`` with
        an int `a` gives a 0-d device array.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> rng.choice(5, size=3).shape
        (3,)
        >>> s = rng.choice(10, size=10, replace=False)
        >>> dp.sort(s)
        array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        >>> x = rng.choice(3, size=1000, p=[0.0, 0.5, 0.5])
        >>> bool(dp.all(x > 0))
        True
        >>> a = dp.reshape(dp.arange(12), (4, 3))
        >>> rng.choice(a, 2, replace=False).shape
        (2, 3)
        """
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
        """Shuffle an array in place along an axis.

        Parameters
        ----------
        x : ndarray
            The dparray array to shuffle (at least 1-D).
        axis : int, optional
            Axis along which the subarrays are reordered. Default: 0.

        Returns
        -------
        None
            `x` is shuffled in place.

        Raises
        ------
        TypeError
            If `x` is not a dparray array (lists are not shuffled) or is 0-d.
        dparray.AxisError
            If `axis` is out of range.

        See Also
        --------
        permutation : A shuffled copy.
        permuted : Each slice shuffled independently.

        Notes
        -----
        On the device of `x`: the subarrays are reordered by the ``argsort`` of random 62-bit
        keys (the same permutation on every device). Differences from NumPy: `x` must be a dparray
        array (NumPy also shuffles Python lists); the order is not NumPy's for the same seed.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = dp.arange(10)
        >>> rng.shuffle(x)
        >>> dp.sort(x)
        array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        >>> m = dp.reshape(dp.arange(6), (2, 3))
        >>> rng.shuffle(m, axis=1)
        >>> dp.sort(m, axis=1)
        array([[0, 1, 2],
               [3, 4, 5]])
        """
        C.shuffle(self._rs(), x, axis)

    def permutation(self, x, axis=0, *, device=None, usm_type=None, sycl_queue=None):
        """Randomly permute a sequence, or return a permuted range.

        Parameters
        ----------
        x : int or array_like
            If an int, a permutation of ``range(x)`` is returned; otherwise a copy of `x` (a
            dparray array, or a sequence made into one) with its subarrays along `axis`
            reordered.
        axis : int, optional
            Axis to permute. Default: 0.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            The permuted range (int64) or the permuted copy of `x`.

        Raises
        ------
        ValueError
            If `x` is a negative int.
        IndexError
            If `x` is a 0-d array.
        dparray.AxisError
            If `axis` is out of range.

        See Also
        --------
        shuffle : In place.
        permuted : Each slice shuffled independently.

        Notes
        -----
        On the device of `x` (or of the placement for an int): the ``argsort`` of random 62-bit
        keys, the same permutation on every device. Differences from NumPy: the order is not
        NumPy's for the same seed; a 0-d array raises IndexError (NumPy raises AxisError, which is
        also an IndexError).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> dp.sort(rng.permutation(6))
        array([0, 1, 2, 3, 4, 5])
        >>> x = dp.reshape(dp.arange(6), (3, 2))
        >>> y = rng.permutation(x)
        >>> y.shape, dp.sort(y[:, 0])
        ((3, 2), array([0, 2, 4]))
        """
        return C.permutation(self._rs(), x, axis, _place(device, usm_type, sycl_queue))

    def permuted(self, x, axis=None, out=None):
        """Shuffle each slice of an array independently along an axis.

        Unlike :meth:`shuffle` and :meth:`permutation`, which move whole subarrays, every
        one-dimensional slice along `axis` gets its own random order.

        Parameters
        ----------
        x : array_like
            The array (a dparray array, or a sequence made into one on the default device).
        axis : int or None, optional
            Axis along which each slice is shuffled. Default: None, all elements shuffled as one
            flat array (the shape is kept).
        out : ndarray or None, optional
            A dparray array of the shape of `x` to write the result into (it may be `x` itself).

        Returns
        -------
        ndarray
            The shuffled array (`out` when given).

        Raises
        ------
        dparray.AxisError
            If `axis` is out of range.
        ValueError
            If `out` has another shape than `x`.

        See Also
        --------
        shuffle, permutation

        Notes
        -----
        On the device of `x`: each slice is ordered by the ``argsort`` of random 62-bit keys.
        Differences from NumPy: the order is not NumPy's for the same seed.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = dp.reshape(dp.arange(8), (2, 4))
        >>> y = rng.permuted(x, axis=1)
        >>> dp.sort(y, axis=1)
        array([[0, 1, 2, 3],
               [4, 5, 6, 7]])
        >>> z = rng.permuted(x, out=x)
        >>> z is x
        True
        """
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
        """Draw samples from a uniform distribution over [low, high).

        Parameters
        ----------
        low : float or array_like of floats, optional
            Lower bound (included). Default: 0.0.
        high : float or array_like of floats, optional
            Upper bound (excluded). Default: 1.0. ``high < low`` is allowed: the samples then lie
            in (high, low].
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        dtype : dtype or None, optional
            Keyword only. Floating result type (float16, float32 or float64) for scalar bounds.
            Default: the device's default float.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples of the shape described under `size`: float64 (float32 on a device without
            float64) unless `dtype` says otherwise.

        Raises
        ------
        OverflowError
            If ``high - low`` is not finite (scalar bounds).
        TypeError
            If `dtype` is not a floating type.

        See Also
        --------
        random : [0, 1).
        integers : Uniform integers.

        Notes
        -----
        The probability density is ``p(x) = 1 / (high - low)`` on [low, high).

        Drawn on the result's device as ``low + u * (high - low)`` with ``u`` from the block
        layout of the Philox stream (bit-identical on every device for scalar bounds). Array bounds
        broadcast together; the result goes to the queue of the first array bound unless `device`
        or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (also with PCG64);
        `dtype` is an extension; ``size=None`` with scalar bounds gives a 0-d device array.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.uniform(-1.0, 1.0, size=1000)
        >>> x.shape, x.dtype
        ((1000,), dtype('float64'))
        >>> bool(dp.all((x >= -1) & (x < 1)))
        True
        >>> y = rng.uniform(dp.asarray([0.0, 10.0]), dp.asarray([1.0, 20.0]), size=(500, 2))
        >>> bool(dp.all(y[:, 1] >= 10))
        True
        """
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
        """Draw samples from a normal (Gaussian) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Mean of the distribution. Default: 0.0.
        scale : float or array_like of floats, optional
            Standard deviation (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        dtype : dtype or None, optional
            Keyword only. Floating result type (float16, float32 or float64), used with scalar
            parameters. Default: the device's default float.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples: float64 (float32 on a device without float64) unless `dtype` says
            otherwise.

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
        TypeError
            If `dtype` is not a floating type.

        See Also
        --------
        standard_normal : loc 0, scale 1.
        lognormal, multivariate_normal

        Notes
        -----
        The probability density is::

            p(x) = exp(-(x - loc)**2 / (2 * scale**2)) / sqrt(2 * pi * scale**2)

        Drawn on the result's device by Box-Muller pairs of the block layout for scalar parameters,
        the Marsaglia polar method for array parameters, each element from its own sub-stream of the
        bit generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so
        the seed fixes the numbers on every device, up to a few ulp of each device's ``log`` /
        ``exp``. On a device without float64 the draw is computed and returned in float32. Array
        parameters are checked on their device; the result goes to the queue of the first array
        parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: `dtype` is an extension; the numbers are not NumPy's for the same
        seed (the same distribution; also with a PCG64 bit generator); ``size=None`` with scalar
        parameters gives a 0-d device array, not a Python float; NaN in a parameter listed under
        Raises is a ValueError (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.normal(3.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x)) - 3.0) < 0.1, abs(float(dp.std(x)) - 2.0) < 0.1
        (True, True)
        >>> rng.normal(size=(2, 2), dtype=dp.float32).dtype
        dtype('float32')
        """
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
        """Draw samples from the standard normal distribution (mean 0, standard deviation 1).

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Output shape. Default: None, a 0-d array (or the shape of `out`).
        dtype : dtype or None, optional
            Floating result type (float16, float32 or float64). Default: the device's default
            float (float64, or float32 on a device without float64).
        out : ndarray or None, optional
            A dparray array to write the result into; its shape is the shape (and must equal
            `size` if both are given). The values are cast to its dtype.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of `out` if given, else the
            default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: that of `out`, else ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples of shape `size` (`out` when given).

        Raises
        ------
        TypeError
            If `dtype` is not a floating type, or `out` is not a dparray array.
        ValueError
            If `size` does not match the shape of `out`.

        See Also
        --------
        normal : Any mean and standard deviation.

        Notes
        -----
        The probability density is ``p(x) = exp(-x**2 / 2) / sqrt(2 * pi)``.

        Drawn on the result's device by Box-Muller from the block layout of the Philox stream
        (pairs of float32 or float64 values per block); devices agree to about 1e-5 relative (each
        device's float32 ``cos`` / ``sin``).

        Differences from NumPy: the numbers are not NumPy's for the same seed (also with PCG64);
        ``size=None`` gives a 0-d device array; `out` of another dtype receives cast values.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.standard_normal(10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x))) < 0.05, abs(float(dp.std(x)) - 1) < 0.05
        (True, True)
        >>> out = dp.empty((2, 3))
        >>> rng.standard_normal(out=out) is out
        True
        """
        place = _out_place(out, _place(device, usm_type, sycl_queue), "standard_normal")
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
        """Draw samples from the standard exponential distribution (scale 1).

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Output shape. Default: None, a 0-d array (or the shape of `out`).
        dtype : dtype or None, optional
            float32 or float64. Default: the device's default float.
        method : {"zig", "inv"}, optional
            NumPy's choice of algorithm; accepted, and both use inversion here. Default:
            ``"zig"``.
        out : ndarray or None, optional
            A dparray array to write the result into; its shape is the shape (and must equal
            `size` if both are given). The values are cast to its dtype.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of `out` if given, else the
            default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: that of `out`, else ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples of shape `size` (`out` when given).

        Raises
        ------
        ValueError
            If `method` is not ``"zig"`` or ``"inv"``, or `size` does not match `out`.
        TypeError
            If `dtype` is not float32 or float64, or `out` is not a dparray array.

        See Also
        --------
        exponential : Any scale.

        Notes
        -----
        The probability density is::

            p(x) = exp(-x)  for x >= 0

        Drawn on the result's device by inversion, ``-log(1 - U)``, each element from its own
        sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one
        PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each device's
        ``log`` / ``exp``. On a device without float64 the draw is computed and returned in float32.

        Differences from NumPy: ``method='zig'`` also uses inversion; the numbers are not NumPy's
        for the same seed (the same distribution; also with a PCG64 bit generator); ``size=None``
        gives a 0-d device array, not a Python float.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.standard_exponential(10000, dtype=dp.float32)
        >>> x.shape, x.dtype
        ((10000,), dtype('float32'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 1) < 0.05
        (True, True)
        """
        if method not in ("zig", "inv"):
            raise ValueError(
                f"[standard_exponential] method must be 'zig' or 'inv', got {method!r}"
            )
        place = _out_place(out, _place(device, usm_type, sycl_queue), "standard_exponential")
        size = _out_size(size, out, "standard_exponential")
        return _to_out(
            D.standard_exponential(self._rs(), size, dtype, place), out, "standard_exponential"
        )

    def standard_gamma(
        self, shape, size=None, dtype=None, out=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a standard gamma distribution (scale 1).

        Parameters
        ----------
        shape : float or array_like of floats
            Shape ``k`` of the distribution (non-negative; 0 gives 0).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the shape of `shape` (or of `out`).
        dtype : dtype or None, optional
            float32 or float64. Default: the device's default float.
        out : ndarray or None, optional
            A dparray array to write the result into; its shape is the shape (and must equal
            `size` if both are given). The values are cast to its dtype.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of `out`, else of an array
            parameter, else the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: that of `out` or of an array
            parameter, else ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples (`out` when given).

        Raises
        ------
        ValueError
            If `shape` < 0 or NaN, or `size` does not match `out` or the shape of `shape`.
        TypeError
            If `dtype` is not float32 or float64, or `out` is not a dparray array.

        See Also
        --------
        gamma : With a scale.

        Notes
        -----
        The probability density is::

            p(x) = x**(k - 1) * exp(-x) / Gamma(k)  for x >= 0

        Drawn on the result's device by Marsaglia-Tsang (shape >= 1) or rejection from an
        exponential (shape < 1), each element from its own sub-stream of the bit generator's Philox
        stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes the
        numbers on every device, up to a few ulp of each device's ``log`` / ``exp``. On a device
        without float64 the draw is computed and returned in float32. Array parameters are checked
        on their device; the result goes to the queue of the first array parameter unless `device`
        or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.standard_gamma(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 2.0) < 0.1
        (True, True)
        """
        place = _out_place(out, _place(device, usm_type, sycl_queue), "standard_gamma")
        size = _out_size(size, out, "standard_gamma")
        return _to_out(
            D.standard_gamma(self._rs(), shape, size, dtype, place), out, "standard_gamma"
        )

    def exponential(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from an exponential distribution.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            Scale ``beta = 1 / lambda`` (non-negative), the mean. Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        standard_exponential : scale 1, with dtype and out.

        Notes
        -----
        The probability density is::

            p(x) = exp(-x / scale) / scale  for x >= 0

        Drawn on the result's device by inversion, ``-scale * log(1 - U)``, each element from its
        own sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by
        one PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each
        device's ``log`` / ``exp``. On a device without float64 the draw is computed and returned in
        float32. Array parameters are checked on their device; the result goes to the queue of the
        first array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.exponential(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 2.0) < 0.1
        (True, True)
        """
        return D.exponential(self._rs(), scale, size, _place(device, usm_type, sycl_queue))

    def gamma(self, shape, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a gamma distribution.

        Parameters
        ----------
        shape : float or array_like of floats
            Shape ``k`` (non-negative).
        scale : float or array_like of floats, optional
            Scale ``theta`` (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `shape` < 0 or `scale` < 0 (or either is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        standard_gamma, chisquare, beta

        Notes
        -----
        The probability density is::

            p(x) = x**(k - 1) * exp(-x / theta) / (theta**k * Gamma(k))  for x >= 0

        Drawn on the result's device by Marsaglia-Tsang (shape >= 1) or rejection from an
        exponential (shape < 1), each element from its own sub-stream of the bit generator's Philox
        stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes the
        numbers on every device, up to a few ulp of each device's ``log`` / ``exp``. On a device
        without float64 the draw is computed and returned in float32. Array parameters are checked
        on their device; the result goes to the queue of the first array parameter unless `device`
        or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.gamma(2.0, 3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 6.0) < 0.3
        (True, True)
        >>> rng.gamma(dp.asarray([0.5, 2.0, 8.0])).shape
        (3,)
        """
        return D.gamma(self._rs(), shape, scale, size, _place(device, usm_type, sycl_queue))

    def beta(self, a, b, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a beta distribution on [0, 1].

        Parameters
        ----------
        a : float or array_like of floats
            Alpha (positive).
        b : float or array_like of floats
            Beta (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `a` <= 0 or `b` <= 0 (or either is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        gamma, dirichlet

        Notes
        -----
        The probability density is::

            p(x) = x**(a - 1) * (1 - x)**(b - 1) / B(a, b)  for 0 <= x <= 1

        Drawn on the result's device by Johnk's method for a, b <= 1 (in logarithms for tiny a, b)
        and a ratio of gammas otherwise, each element from its own sub-stream of the bit generator's
        Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes
        the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``. On a device
        without float64 the draw is computed and returned in float32. Array parameters are checked
        on their device; the result goes to the queue of the first array parameter unless `device`
        or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.beta(2.0, 5.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all((x >= 0) & (x <= 1))), abs(float(dp.mean(x)) - 2 / 7) < 0.01
        (True, True)
        """
        return D.beta(self._rs(), a, b, size, _place(device, usm_type, sycl_queue))

    def chisquare(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a chi-square distribution.

        The sum of the squares of `df` independent standard normal variables.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom (positive; need not be an integer).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `df` <= 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        noncentral_chisquare, gamma

        Notes
        -----
        The probability density is::

            p(x) = x**(df/2 - 1) * exp(-x/2) / (2**(df/2) * Gamma(df/2))  for x >= 0

        Drawn on the result's device by ``2 * standard_gamma(df / 2)``, each element from its own
        sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one
        PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each device's
        ``log`` / ``exp``. On a device without float64 the draw is computed and returned in float32.
        Array parameters are checked on their device; the result goes to the queue of the first
        array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.chisquare(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 3.0) < 0.15
        (True, True)
        """
        return D.chisquare(self._rs(), df, size, _place(device, usm_type, sycl_queue))

    def noncentral_chisquare(
        self, df, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a noncentral chi-square distribution.

        The sum of the squares of `df` normal variables of unit variance whose squared means
        add up to `nonc`.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom (positive).
        nonc : float or array_like of floats
            Non-centrality (non-negative).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `df` <= 0 or `nonc` < 0 (or either is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        chisquare, noncentral_f

        Notes
        -----
        The probability density is::

            p(x) = sum over i >= 0 of exp(-nonc/2) * (nonc/2)**i / i! * p_chisquare(x; df + 2*i)

        Drawn on the result's device by a Poisson mixture of chi-squares (a chi-square plus a
        squared normal for df > 1), each element from its own sub-stream of the bit generator's
        Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes
        the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``. On a device
        without float64 the draw is computed and returned in float32. Array parameters are checked
        on their device; the result goes to the queue of the first array parameter unless `device`
        or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.noncentral_chisquare(3.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 5.0) < 0.25
        (True, True)
        """
        return D.noncentral_chisquare(
            self._rs(), df, nonc, size, _place(device, usm_type, sycl_queue)
        )

    def f(self, dfnum, dfden, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from an F distribution (Fisher-Snedecor).

        The ratio ``(X1 / dfnum) / (X2 / dfden)`` of independent chi-square variables.

        Parameters
        ----------
        dfnum : float or array_like of floats
            Degrees of freedom of the numerator (positive).
        dfden : float or array_like of floats
            Degrees of freedom of the denominator (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `dfnum` <= 0 or `dfden` <= 0 (or either is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        noncentral_f, chisquare

        Notes
        -----
        The probability density is::

            p(x) = (d1/d2)**(d1/2) * x**(d1/2 - 1) * (1 + d1*x/d2)**(-(d1 + d2)/2) / B(d1/2, d2/2)
            (x >= 0, d1 = dfnum, d2 = dfden)

        Drawn on the result's device by a ratio of chi-squares (gammas), each element from its own
        sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one
        PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each device's
        ``log`` / ``exp``. On a device without float64 the draw is computed and returned in float32.
        Array parameters are checked on their device; the result goes to the queue of the first
        array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.f(5.0, 10.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 10 / 8) < 0.1
        (True, True)
        """
        return D.f(self._rs(), dfnum, dfden, size, _place(device, usm_type, sycl_queue))

    def noncentral_f(
        self, dfnum, dfden, nonc, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a noncentral F distribution.

        The ratio ``(X1 / dfnum) / (X2 / dfden)`` of a noncentral chi-square ``X1`` (of
        non-centrality `nonc`) and a chi-square ``X2``.

        Parameters
        ----------
        dfnum : float or array_like of floats
            Degrees of freedom of the numerator (positive).
        dfden : float or array_like of floats
            Degrees of freedom of the denominator (positive).
        nonc : float or array_like of floats
            Non-centrality (non-negative).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `dfnum` <= 0, `dfden` <= 0 or `nonc` < 0 (or any is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        f, noncentral_chisquare

        Notes
        -----
        Drawn on the result's device by the ratio above (a Poisson mixture of chi-squares over a
        chi-square), each element from its own sub-stream of the bit generator's Philox stream (with
        PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes the numbers on every
        device, up to a few ulp of each device's ``log`` / ``exp``. On a device without float64 the
        draw is computed and returned in float32. Array parameters are checked on their device; the
        result goes to the queue of the first array parameter unless `device` or `sycl_queue` is
        given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.noncentral_f(5.0, 20.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 20 * 7 / (5 * 18)) < 0.1
        (True, True)
        """
        return D.noncentral_f(
            self._rs(), dfnum, dfden, nonc, size, _place(device, usm_type, sycl_queue)
        )

    def standard_t(self, df, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from Student's t distribution with `df` degrees of freedom.

        Parameters
        ----------
        df : float or array_like of floats
            Degrees of freedom (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `df` <= 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        standard_cauchy : df = 1.

        Notes
        -----
        The probability density is::

            p(x) = Gamma((df + 1)/2) / (sqrt(pi * df) * Gamma(df/2)) * (1 + x**2/df)**(-(df + 1)/2)

        Drawn on the result's device by ``normal / sqrt(gamma)``, each element from its own
        sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one
        PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each device's
        ``log`` / ``exp``. On a device without float64 the draw is computed and returned in float32.
        Array parameters are checked on their device; the result goes to the queue of the first
        array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.standard_t(10.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x))) < 0.05
        True
        """
        return D.standard_t(self._rs(), df, size, _place(device, usm_type, sycl_queue))

    def standard_cauchy(self, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from the standard Cauchy (Lorentz) distribution.

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Output shape. Default: None, a 0-d array.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Samples of shape `size`: float64 (float32 on a device without float64).

        Raises
        ------
        TypeError
            If `size` is not None, an int or a tuple of ints.
        ValueError
            If `size` has a negative entry.

        See Also
        --------
        standard_t : The Cauchy distribution is Student's t with df = 1.

        Notes
        -----
        The probability density is::

            p(x) = 1 / (pi * (1 + x**2))

        Drawn on the result's device by the ratio of two normals (Marsaglia polar method), each
        element from its own sub-stream of the bit generator's Philox stream (with PCG64: of a
        Philox stream keyed by one PCG64 word), so the seed fixes the numbers on every device, up to
        a few ulp of each device's ``log`` / ``exp``. On a device without float64 the draw is
        computed and returned in float32.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` gives a 0-d device array, not
        a Python float.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.standard_cauchy(10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.median(x))) < 0.05
        True
        """
        return D.standard_cauchy(self._rs(), size, _place(device, usm_type, sycl_queue))

    def gumbel(self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Gumbel (extreme value type I) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Location of the distribution. Default: 0.0.
        scale : float or array_like of floats, optional
            Scale (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        weibull

        Notes
        -----
        The probability density is::

            p(x) = exp(-z - exp(-z)) / scale  with z = (x - loc) / scale

        Drawn on the result's device by inversion, ``loc - scale * log(E)`` of an exponential ``E``,
        each element from its own sub-stream of the bit generator's Philox stream (with PCG64: of a
        Philox stream keyed by one PCG64 word), so the seed fixes the numbers on every device, up to
        a few ulp of each device's ``log`` / ``exp``. On a device without float64 the draw is
        computed and returned in float32. Array parameters are checked on their device; the result
        goes to the queue of the first array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.gumbel(1.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x)) - (1.0 + 2.0 * 0.5772)) < 0.1
        True
        """
        return D.gumbel(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def laplace(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from the Laplace (double exponential) distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Location of the distribution. Default: 0.0.
        scale : float or array_like of floats, optional
            Scale (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        exponential

        Notes
        -----
        The probability density is::

            p(x) = exp(-abs(x - loc) / scale) / (2 * scale)

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.laplace(1.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x)) - 1.0) < 0.1
        True
        """
        return D.laplace(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def logistic(
        self, loc=0.0, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a logistic distribution.

        Parameters
        ----------
        loc : float or array_like of floats, optional
            Location of the distribution. Default: 0.0.
        scale : float or array_like of floats, optional
            Scale (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        normal

        Notes
        -----
        The probability density is::

            p(x) = exp(-z) / (scale * (1 + exp(-z))**2)  with z = (x - loc) / scale

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.logistic(1.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> abs(float(dp.mean(x)) - 1.0) < 0.15
        True
        """
        return D.logistic(self._rs(), loc, scale, size, _place(device, usm_type, sycl_queue))

    def lognormal(
        self, mean=0.0, sigma=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a log-normal distribution.

        ``exp(X)`` for a normal ``X`` of mean `mean` and standard deviation `sigma`.

        Parameters
        ----------
        mean : float or array_like of floats, optional
            Mean of the underlying normal distribution. Default: 0.0.
        sigma : float or array_like of floats, optional
            Standard deviation of the underlying normal (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `sigma` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        normal

        Notes
        -----
        The probability density is::

            p(x) = exp(-(log(x) - mean)**2 / (2 * sigma**2)) / (sigma * x * sqrt(2 * pi)),  x > 0

        Drawn on the result's device by ``exp`` of a Marsaglia polar-method normal, each element
        from its own sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream
        keyed by one PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of
        each device's ``log`` / ``exp``. On a device without float64 the draw is computed and
        returned in float32. Array parameters are checked on their device; the result goes to the
        queue of the first array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.lognormal(0.0, 0.5, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x > 0)), abs(float(dp.median(x)) - 1.0) < 0.05
        (True, True)
        """
        return D.lognormal(self._rs(), mean, sigma, size, _place(device, usm_type, sycl_queue))

    def pareto(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Pareto II (Lomax) distribution with shape `a`.

        As NumPy's: ``Y - 1`` for a classical Pareto variable ``Y`` of shape `a` and minimum 1;
        multiply by ``m`` and add ``m`` for a classical Pareto of minimum ``m``.

        Parameters
        ----------
        a : float or array_like of floats
            Shape (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `a` <= 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        power, weibull

        Notes
        -----
        The probability density is::

            p(x) = a / (1 + x)**(a + 1)  for x >= 0

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.pareto(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 0.5) < 0.05
        (True, True)
        """
        return D.pareto(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def power(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples in [0, 1] from a power distribution with positive exponent ``a - 1``.

        The distribution of ``U**(1/a)`` for a uniform ``U``; the inverse of a Pareto variable
        plus one.

        Parameters
        ----------
        a : float or array_like of floats
            Exponent parameter (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `a` <= 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        pareto

        Notes
        -----
        The probability density is::

            p(x) = a * x**(a - 1)  for 0 <= x <= 1

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.power(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all((x >= 0) & (x <= 1))), abs(float(dp.mean(x)) - 0.75) < 0.01
        (True, True)
        """
        return D.power(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def rayleigh(self, scale=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Rayleigh distribution.

        The length of a two-dimensional vector of independent normal components of standard
        deviation `scale`.

        Parameters
        ----------
        scale : float or array_like of floats, optional
            Scale, the mode (non-negative). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `scale` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        weibull

        Notes
        -----
        The probability density is::

            p(x) = x / scale**2 * exp(-x**2 / (2 * scale**2))  for x >= 0

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.rayleigh(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 2.5066) < 0.05
        (True, True)
        """
        return D.rayleigh(self._rs(), scale, size, _place(device, usm_type, sycl_queue))

    def weibull(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Weibull distribution of shape `a` and scale 1.

        ``(-log(1 - U))**(1/a)`` for a uniform ``U``; multiply by ``lambda`` for scale ``lambda``.

        Parameters
        ----------
        a : float or array_like of floats
            Shape (non-negative; 0 gives 0).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `a` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        gumbel, exponential

        Notes
        -----
        The probability density is::

            p(x) = a * x**(a - 1) * exp(-x**a)  for x >= 0

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.weibull(3.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 0.8930) < 0.02
        (True, True)
        """
        return D.weibull(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def triangular(
        self, left, mode, right, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from the triangular distribution over [left, right].

        Parameters
        ----------
        left : float or array_like of floats
            Lower limit.
        mode : float or array_like of floats
            Peak of the distribution, ``left <= mode <= right``.
        right : float or array_like of floats
            Upper limit, greater than `left`.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If ``left > mode``, ``mode > right`` or ``left == right``.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        uniform

        Notes
        -----
        The probability density is::

            p(x) = 2 * (x - left) / ((right - left) * (mode - left))    for left <= x <= mode
            p(x) = 2 * (right - x) / ((right - left) * (right - mode))  for mode <= x <= right

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word), so the
        seed fixes the numbers on every device, up to a few ulp of each device's ``log`` / ``exp``.
        On a device without float64 the draw is computed and returned in float32. Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.triangular(-1.0, 0.0, 2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all((x >= -1) & (x <= 2))), abs(float(dp.mean(x)) - 1 / 3) < 0.03
        (True, True)
        """
        return D.triangular(
            self._rs(), left, mode, right, size, _place(device, usm_type, sycl_queue)
        )

    def vonmises(self, mu, kappa, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a von Mises distribution on the interval [-pi, pi].

        The circular analogue of the normal distribution.

        Parameters
        ----------
        mu : float or array_like of floats
            Mode (centre) of the distribution.
        kappa : float or array_like of floats
            Concentration (non-negative; 0 gives the uniform distribution on the circle).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `kappa` < 0 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        normal

        Notes
        -----
        The probability density is::

            p(x) = exp(kappa * cos(x - mu)) / (2 * pi * I0(kappa))  for -pi <= x <= pi

        Drawn on the result's device by the Best-Fisher rejection method (a wrapped normal for kappa
        > 1e6), each element from its own sub-stream of the bit generator's Philox stream (with
        PCG64: of a Philox stream keyed by one PCG64 word), so the seed fixes the numbers on every
        device, up to a few ulp of each device's ``log`` / ``exp``. On a device without float64 the
        draw is computed and returned in float32. Array parameters are checked on their device; the
        result goes to the queue of the first array parameter unless `device` or `sycl_queue` is
        given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.vonmises(0.5, 4.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(dp.abs(x) <= np.pi)), abs(float(dp.mean(x)) - 0.5) < 0.03
        (True, True)
        """
        return D.vonmises(self._rs(), mu, kappa, size, _place(device, usm_type, sycl_queue))

    def wald(self, mean, scale, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Wald (inverse Gaussian) distribution.

        Parameters
        ----------
        mean : float or array_like of floats
            Mean (positive).
        scale : float or array_like of floats
            Scale ``lambda`` (positive).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of the shape described under `size`: float64 (float32 on a device without
            float64).

        Raises
        ------
        ValueError
            If `mean` <= 0 or `scale` <= 0 (or either is NaN).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        normal

        Notes
        -----
        The probability density is::

            p(x) = sqrt(scale / (2 * pi * x**3)) * exp(-scale * (x - mean)**2 / (2 * mean**2 * x))
            (x > 0)

        The draw computes ``mean * 4 scale y / (y + sqrt(4 scale y + y**2))**2``, NumPy's
        expression without its cancellation (which gives tiny negative draws for ``y >> scale``).

        Drawn on the result's device by the Michael-Schucany-Haas method, each element from its own
        sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one
        PCG64 word), so the seed fixes the numbers on every device, up to a few ulp of each device's
        ``log`` / ``exp``. On a device without float64 the draw is computed and returned in float32.
        Array parameters are checked on their device; the result goes to the queue of the first
        array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution; also with a PCG64 bit generator); ``size=None`` with scalar parameters gives a
        0-d device array, not a Python float; NaN in a parameter listed under Raises is a ValueError
        (NumPy returns NaN).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.wald(2.0, 5.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('float64'))
        >>> bool(dp.all(x > 0)), abs(float(dp.mean(x)) - 2.0) < 0.05
        (True, True)
        """
        return D.wald(self._rs(), mean, scale, size, _place(device, usm_type, sycl_queue))

    # ---- discrete ----

    def poisson(self, lam=1.0, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Poisson distribution.

        Parameters
        ----------
        lam : float or array_like of floats, optional
            Expected number of events (non-negative, at most about 9.2e18). Default: 1.0.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `lam` < 0, NaN or too large (> 9.223372006484771e18).
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        binomial

        Notes
        -----
        The probability mass function is::

            P(k) = lam**k * exp(-lam) / k!  for k = 0, 1, ...

        On a device without float64, draws above 2**24 (``lam > 2**24``) are float32 values, spaced
        by 2 or more.

        Drawn on the result's device by multiplication of uniforms (lam < 10) or PTRS transformed
        rejection (Hoermann 1993), each element from its own sub-stream of the bit generator's
        Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word); the integers are the
        same on every device of the same floating-point width. On a device without float64 the draw
        is computed in float32 (still returned as int64). Array parameters are checked on their
        device; the result goes to the queue of the first array parameter unless `device` or
        `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.poisson(5.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 5.0) < 0.1
        (True, True)
        """
        return D.poisson(self._rs(), lam, size, _place(device, usm_type, sycl_queue))

    def binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a binomial distribution.

        Parameters
        ----------
        n : int, float or array_like of them
            Number of trials (non-negative; floats are truncated toward zero).
        p : float or array_like of floats
            Probability of success of each trial, in [0, 1].
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `n` < 0, `p` is outside [0, 1] or NaN, or (on a device without float64) `n` > 2**24.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        negative_binomial, multinomial

        Notes
        -----
        The probability mass function is::

            P(k) = C(n, k) * p**k * (1 - p)**(n - k)  for k = 0, ..., n

        Drawn on the result's device by inversion (n * min(p, 1 - p) < 30) or BTRS transformed
        rejection (Hoermann 1993), each element from its own sub-stream of the bit generator's
        Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word); the integers are the
        same on every device of the same floating-point width. On a device without float64 the draw
        is computed in float32 (still returned as int64). Array parameters are checked on their
        device; the result goes to the queue of the first array parameter unless `device` or
        `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.binomial(10, 0.3, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all((x >= 0) & (x <= 10))), abs(float(dp.mean(x)) - 3.0) < 0.1
        (True, True)
        >>> rng.binomial(dp.asarray([5, 50]), 0.5).shape
        (2,)
        """
        return D.binomial(self._rs(), n, p, size, _place(device, usm_type, sycl_queue))

    def negative_binomial(self, n, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a negative binomial distribution.

        Parameters
        ----------
        n : float or array_like of floats
            Number of successes (positive; need not be an integer).
        p : float or array_like of floats
            Probability of success of each trial, in (0, 1].
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `n` <= 0 or NaN, or `p` is outside (0, 1] or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        binomial, geometric

        Notes
        -----
        The probability mass function is::

            P(k) = Gamma(k + n) / (k! * Gamma(n)) * p**n * (1 - p)**k  for k = 0, 1, ...
            (k: the number of failures before the n-th success)

        Drawn on the result's device by a Poisson draw of a gamma-distributed mean, each element
        from its own sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream
        keyed by one PCG64 word); the integers are the same on every device of the same
        floating-point width. On a device without float64 the draw is computed in float32 (still
        returned as int64). Array parameters are checked on their device; the result goes to the
        queue of the first array parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.negative_binomial(5, 0.5, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all(x >= 0)), abs(float(dp.mean(x)) - 5.0) < 0.15
        (True, True)
        """
        return D.negative_binomial(self._rs(), n, p, size, _place(device, usm_type, sycl_queue))

    def geometric(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from the geometric distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Probability of success of each trial, in (0, 1].
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `p` is outside (0, 1] or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        negative_binomial

        Notes
        -----
        The probability mass function is::

            P(k) = (1 - p)**(k - 1) * p  for k = 1, 2, ...
            (k: the number of trials up to and including the first success)

        On a device without float64, draws above 2**24 (tiny `p`) are float32 values, spaced by 2 or
        more.

        Drawn on the result's device by inversion, each element from its own sub-stream of the bit
        generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word); the
        integers are the same on every device of the same floating-point width. On a device without
        float64 the draw is computed in float32 (still returned as int64). Array parameters are
        checked on their device; the result goes to the queue of the first array parameter unless
        `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.geometric(0.25, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all(x >= 1)), abs(float(dp.mean(x)) - 4.0) < 0.15
        (True, True)
        """
        return D.geometric(self._rs(), p, size, _place(device, usm_type, sycl_queue))

    def zipf(self, a, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a Zipf distribution.

        Parameters
        ----------
        a : float or array_like of floats
            Exponent (greater than 1).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `a` <= 1 or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        logseries

        Notes
        -----
        The probability mass function is::

            P(k) = k**(-a) / zeta(a)  for k = 1, 2, ...

        On a device without float64, draws above 2**24 are float32 values, spaced by 2 or more.

        Drawn on the result's device by Devroye's rejection method, as NumPy, each element from its
        own sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by
        one PCG64 word); the integers are the same on every device of the same floating-point width.
        On a device without float64 the draw is computed in float32 (still returned as int64). Array
        parameters are checked on their device; the result goes to the queue of the first array
        parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.zipf(2.0, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all(x >= 1)), abs(float(dp.mean(x == 1)) - 6 / np.pi**2) < 0.02
        (True, True)
        """
        return D.zipf(self._rs(), a, size, _place(device, usm_type, sycl_queue))

    def logseries(self, p, size=None, *, device=None, usm_type=None, sycl_queue=None):
        """Draw samples from a logarithmic series distribution.

        Parameters
        ----------
        p : float or array_like of floats
            Shape parameter, in [0, 1).
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `p` is outside [0, 1) or NaN.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        zipf

        Notes
        -----
        The probability mass function is::

            P(k) = -p**k / (k * log(1 - p))  for k = 1, 2, ...

        Drawn on the result's device by rejection (Kemp's method), as NumPy, each element from its
        own sub-stream of the bit generator's Philox stream (with PCG64: of a Philox stream keyed by
        one PCG64 word); the integers are the same on every device of the same floating-point width.
        On a device without float64 the draw is computed in float32 (still returned as int64). Array
        parameters are checked on their device; the result goes to the queue of the first array
        parameter unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.logseries(0.6, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all(x >= 1)), abs(float(dp.mean(x)) - 1.6370) < 0.05
        (True, True)
        """
        return D.logseries(self._rs(), p, size, _place(device, usm_type, sycl_queue))

    def hypergeometric(
        self, ngood, nbad, nsample, size=None, *, device=None, usm_type=None, sycl_queue=None
    ):
        """Draw samples from a hypergeometric distribution.

        The number of good items among `nsample` drawn from an urn of `ngood` good and `nbad` bad
        items.

        Parameters
        ----------
        ngood : int or array_like of ints
            Number of good items in the urn (non-negative).
        nbad : int or array_like of ints
            Number of bad items (non-negative).
        nsample : int or array_like of ints
            Number of items drawn without replacement, ``0 <= nsample <= ngood + nbad``.
        size : int, tuple of int or None, optional
            Output shape. Default: None, the broadcast shape of the parameters (a 0-d array for
            scalar parameters). When given, the parameters must broadcast to it.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 draws of the shape described under `size`.

        Raises
        ------
        ValueError
            If `ngood` < 0, `nbad` < 0, `nsample` < 0, ``nsample > ngood + nbad``,
            ``ngood + nbad >= 10**9``, or (on a device without float64) ``ngood + nbad > 2**24``.
            Also if the parameters do not broadcast to `size`, or `size` has a negative entry.
        TypeError
            If `size` is not None, an int or a tuple of ints, or a parameter is not a real
            number or an array of them.

        See Also
        --------
        multivariate_hypergeometric, binomial

        Notes
        -----
        The probability mass function is::

            P(k) = C(ngood, k) * C(nbad, nsample - k) / C(ngood + nbad, nsample)

        Drawn on the result's device by HRUA ratio-of-uniforms rejection (Stadlober) for 10 <=
        nsample <= total - 10, else simulation of the urn, each element from its own sub-stream of
        the bit generator's Philox stream (with PCG64: of a Philox stream keyed by one PCG64 word);
        the integers are the same on every device of the same floating-point width. On a device
        without float64 the draw is computed in float32 (still returned as int64). Array parameters
        are checked on their device; the result goes to the queue of the first array parameter
        unless `device` or `sycl_queue` is given.

        Differences from NumPy: the numbers are not NumPy's for the same seed (the same
        distribution); ``size=None`` with scalar parameters gives a 0-d device array, not a Python
        int.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.hypergeometric(15, 5, 10, size=10000)
        >>> x.shape, x.dtype
        ((10000,), dtype('int64'))
        >>> bool(dp.all((x >= 5) & (x <= 10))), abs(float(dp.mean(x)) - 7.5) < 0.05
        (True, True)
        """
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
        """Draw samples from a multinomial distribution.

        The counts of each of ``K`` outcomes in `n` independent trials with outcome probabilities
        `pvals`.

        Parameters
        ----------
        n : int or array_like of ints
            Number of trials (non-negative; floats are truncated toward zero).
        pvals : sequence of floats
            Probabilities of the ``K`` outcomes (1-D, each in [0, 1]). The last entry is not
            read: it is taken as ``1 - sum(pvals[:-1])``.
        size : int, tuple of int or None, optional
            Shape of the draws. Default: None, the shape of `n`. The result has shape
            ``size + (K,)``.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 counts of shape ``size + (K,)`` (or ``n.shape + (K,)``); each row sums to
            its `n`.

        Raises
        ------
        ValueError
            If `pvals` is not 1-D, has entries outside [0, 1] or NaN, ``sum(pvals[:-1]) > 1``,
            or `n` < 0.
        TypeError
            If `pvals` is not a sequence of real numbers.

        See Also
        --------
        binomial, multivariate_hypergeometric

        Notes
        -----
        Drawn on the result's device as ``K - 1`` conditional binomial draws (`pvals` is read
        on the host); the counts are the same on every device of the same floating-point width.

        Differences from NumPy: the numbers are not NumPy's for the same seed; `pvals` must be
        1-D (NumPy also broadcasts a 2-D `pvals`).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.multinomial(20, [0.2, 0.3, 0.5], size=4)
        >>> x.shape, x.dtype
        ((4, 3), dtype('int64'))
        >>> dp.sum(x, axis=1)
        array([20, 20, 20, 20])
        >>> rng.multinomial([10, 100], [0.5, 0.5]).shape
        (2, 2)
        """
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
        """Draw samples from a multivariate hypergeometric distribution.

        The numbers of items of each color among `nsample` items drawn without replacement from
        an urn holding ``colors[i]`` items of color ``i``.

        Parameters
        ----------
        colors : sequence of int
            Numbers of items of each color (1-D, non-negative integers; sum below 10**9).
        nsample : int
            Number of items drawn, ``0 <= nsample <= sum(colors)``.
        size : int, tuple of int or None, optional
            Shape of the draws. Default: None, one draw. The result has shape
            ``size + (len(colors),)``.
        method : {"marginals", "count"}, optional
            NumPy's choice of algorithm; both are accepted and use the same method here (one
            hypergeometric draw per color). Default: ``"marginals"``.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            int64 counts of shape ``size + (len(colors),)``; each row sums to `nsample`.

        Raises
        ------
        ValueError
            If `method` is not one of the values above, `colors` is not a 1-D sequence of
            non-negative integers or sums to 10**9 or more, `nsample` < 0 or
            ``nsample > sum(colors)``, or (on a device without float64) the total exceeds 2**24.

        See Also
        --------
        hypergeometric, multinomial

        Notes
        -----
        Drawn on the result's device (`colors` is read on the host) as one conditional
        :meth:`hypergeometric` draw per color; the counts are the same on every device of the same
        floating-point width.

        Differences from NumPy: the numbers are not NumPy's for the same seed; ``method="count"``
        does not simulate single draws (same distribution).

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.multivariate_hypergeometric([3, 4, 5], 6, size=5)
        >>> x.shape, x.dtype
        ((5, 3), dtype('int64'))
        >>> dp.sum(x, axis=1)
        array([6, 6, 6, 6, 6])
        >>> bool(dp.all(x <= dp.asarray([3, 4, 5])))
        True
        """
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
        """Draw samples from a multivariate normal distribution.

        Parameters
        ----------
        mean : array_like of floats
            Mean vector, 1-D of length ``N``.
        cov : array_like of floats
            Covariance matrix ``(N, N)``, symmetric positive-semidefinite.
        size : int, tuple of int or None, optional
            Shape of the draws. Default: None, one draw. The result has shape ``size + (N,)``.
        check_valid : {"warn", "raise", "ignore"}, optional
            What to do when `cov` is not positive-semidefinite (not checked with
            ``method="cholesky"``). Default: ``"warn"`` (RuntimeWarning).
        tol : float, optional
            Tolerance of that check. Default: 1e-8.
        method : {"svd", "eigh", "cholesky"}, optional
            Keyword only. Factorisation ``cov = A.T @ A`` used: ``"svd"`` (default, the most
            robust), ``"eigh"`` or ``"cholesky"`` (the fastest; `cov` must be positive-definite).
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the queue of an array parameter, else
            the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: an array parameter's, else
            ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of shape ``size + (N,)``: float64 (float32 on a device without float64).

        Raises
        ------
        ValueError
            If `check_valid` or `method` is not one of the values above, `mean` is not 1-D, `cov`
            is not square or does not match `mean`, or `cov` is not positive-semidefinite with
            ``check_valid="raise"``.

        See Also
        --------
        normal

        Notes
        -----
        Computed on the result's device as ``mean + z @ A`` for standard normals ``z``, with
        ``A`` from the :mod:`dparray.linalg` factorisation of `cov` (an SVD by default). On a
        device without float64 the factor is a float32 SVD, checked with a tolerance of at least
        64 float32 epsilons.

        Differences from NumPy: the numbers are not NumPy's for the same seed.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> cov = [[1.0, 0.8], [0.8, 1.0]]
        >>> x = rng.multivariate_normal([0.0, 10.0], cov, size=10000)
        >>> x.shape, x.dtype
        ((10000, 2), dtype('float64'))
        >>> m = dp.mean(x, axis=0)
        >>> abs(float(m[0])) < 0.05, abs(float(m[1]) - 10) < 0.05
        (True, True)
        """
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
        """Draw samples from the Dirichlet distribution.

        Random probability vectors of length ``K``: non-negative entries that sum to 1.

        Parameters
        ----------
        alpha : sequence of floats
            Concentration parameters (1-D, length ``K``, non-negative; a 0 entry gives 0 in that
            position).
        size : int, tuple of int or None, optional
            Shape of the draws. Default: None, one draw. The result has shape ``size + (K,)``.
        device : str, Device, Queue or None, optional
            Keyword only. Device of the result. Default: the default device.
        usm_type : {"device", "shared", "host"} or None, optional
            Keyword only. USM type of the result. Default: ``"device"``.
        sycl_queue : Queue or None, optional
            Keyword only. Queue of the result (instead of `device`).

        Returns
        -------
        ndarray
            Draws of shape ``size + (K,)``: float64 (float32 on a device without float64).

        Raises
        ------
        ValueError
            If `alpha` is not 1-D or has negative or NaN entries.
        TypeError
            If `alpha` is not a sequence of real numbers.

        See Also
        --------
        beta, gamma

        Notes
        -----
        The probability density is ``p(x) = prod(x_i**(alpha_i - 1)) / B(alpha)`` on the simplex
        ``sum(x) = 1``.

        Computed on the result's device as standard gamma draws of shapes `alpha`, normalised to
        sum 1 (`alpha` is read on the host).

        Differences from NumPy: the numbers are not NumPy's for the same seed.

        Examples
        --------
        >>> rng = dp.random.default_rng(42)
        >>> x = rng.dirichlet([1.0, 2.0, 3.0], size=5)
        >>> x.shape, x.dtype
        ((5, 3), dtype('float64'))
        >>> bool(dp.allclose(dp.sum(x, axis=1), 1.0))
        True
        """
        return C.dirichlet(
            self._rs(), alpha, size, _place(device, usm_type, sycl_queue), allow_zero=True
        )


def default_rng(seed=None):
    """Construct a new Generator with the default bit generator (:class:`Philox`).

    Parameters
    ----------
    seed : None, int, sequence of int, SeedSequence, BitGenerator or Generator, optional
        Seed of a new :class:`Philox` (also a ``numpy.random.SeedSequence``; None: fresh
        entropy from the operating system). A dparray :class:`BitGenerator` is wrapped in a
        new Generator; a :class:`Generator` is returned unchanged.

    Returns
    -------
    Generator
        The Generator.

    Raises
    ------
    TypeError
        If `seed` is not an integer, a sequence of integers or one of the types above (e.g. a
        float or a ``numpy.random`` bit generator).
    ValueError
        If `seed` holds a negative integer.

    See Also
    --------
    Generator, Philox, PCG64

    Notes
    -----
    Differences from NumPy: NumPy's ``default_rng`` uses PCG64; dparray's uses its
    counter-based :class:`Philox`, which draws the same numbers on every device, so the numbers
    are not NumPy's for the same seed. For NumPy's stream use
    ``dp.random.Generator(dp.random.PCG64(seed))`` (``random()`` and ``random_raw()`` then
    equal NumPy's). ``numpy.random`` bit generators and Generators are not accepted.

    Examples
    --------
    >>> rng = dp.random.default_rng(42)
    >>> rng
    Generator(Philox)
    >>> a = rng.integers(0, 100, size=5)
    >>> b = dp.random.default_rng(42).integers(0, 100, size=5)
    >>> bool(dp.all(a == b))
    True
    >>> dp.random.default_rng(rng) is rng
    True
    >>> type(dp.random.default_rng(dp.random.PCG64(1)).bit_generator).__name__
    'PCG64'
    """
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, BitGenerator):
        return Generator(seed)
    try:
        return Generator(Philox(seed))
    except (TypeError, ValueError) as e:
        raise type(e)(f"[default_rng] {e}") from None
