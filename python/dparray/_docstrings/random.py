"""Docstrings of dparray's C++-bound random routines (keys: see dparray/_docstrings).

The keys "RandomState.<method>" document the methods of the C++ class ``dparray.RandomState``,
which ``dparray.random.RandomState`` inherits; ``dparray.random`` also turns each of these
texts into the docstring of its module function of the same name (its examples' ``rs =
dp.random.RandomState(s)`` becoming ``dp.random.seed(s)`` and ``rs.`` becoming
``dp.random.``), so an example written here must run in both forms.
"""

_PLACEMENT = """\
        device : str, Device or Queue, optional
            The device the result is made on: a filter string such as ``"opencl:cpu:0"``,
            a `Device`, or a `Queue`. None (the default) uses the default device.
        usm_type : {"device", "shared", "host"}, optional
            The kind of USM memory allocated; None means ``"device"``.
        sycl_queue : Queue, optional
            The queue the result is bound to; with `device`, both must name the same
            device."""

_SIZE = """\
        size : int or tuple of ints, optional
            Output shape. None (the default) gives a 0-d array."""

_STREAM_FLOAT = """\
        The numbers come from the Philox4x32-10 stream of the RandomState (key = seed,
        a 64-bit counter): the draws are computed on the result's device, and a seed gives
        the same numbers on the host and on every OpenCL device. They are not the numbers
        NumPy's ``RandomState`` (MT19937) gives for the same seed: the distribution is the
        same, the stream is not."""

DOCS = {
    "RandomState": """
        A stream of random numbers with NumPy's legacy ``RandomState`` API, on any device.

        The generator is Philox4x32-10, a counter-based generator: the state is the pair
        (seed, counter) of 64-bit integers, every element of a draw is computed on the
        device from its own counter, and a seed therefore gives the same numbers on the
        host and on every OpenCL device. Each call reserves the counters it uses, so
        threads drawing from one RandomState get disjoint numbers.

        This C++ class has the methods implemented in C++ (`seed`, `get_state`,
        `set_state`, `rand`, `randn`, `random_sample`, `uniform`, `normal`,
        `standard_normal`, `randint`); its subclass `dparray.random.RandomState` adds
        the other distributions and samplers of NumPy's ``RandomState``, and the
        functions of `dparray.random` are the methods of one global RandomState.

        Parameters
        ----------
        seed : int, optional
            An integer in [0, 2**64): the key of the stream, which starts at counter 0.
            None (the default) takes a key from ``std::random_device``.

        Raises
        ------
        TypeError
            If `seed` is not an integer.
        ValueError
            If `seed` is negative or not below 2**64.

        See Also
        --------
        dparray.random.RandomState : This class with all of NumPy's legacy methods.
        dparray.random.default_rng : NumPy's newer Generator API.

        Notes
        -----
        Differences from NumPy: the stream is Philox, not MT19937, so a seed gives
        other numbers than ``numpy.random.RandomState(seed)`` (the distributions are
        the same); the seed is a single integer (not an array); the state is a
        ``(seed, counter)`` tuple; ``size=None`` gives a 0-d array on the device rather
        than a Python scalar; and every method that makes an array takes dpnp's
        ``device``, ``usm_type`` and ``sycl_queue`` keywords.

        Examples
        --------
        >>> rs = dp.RandomState(42)
        >>> x = rs.rand(3)
        >>> x.shape, x.dtype
        ((3,), dtype('float64'))
        >>> rs.get_state()  # float64: two numbers per counter
        (42, 2)
        >>> bool((dp.RandomState(42).rand(3) == x).all())
        True
        """,
    "RandomState.seed": """
        Restart the stream: set the key to `seed` and the counter to 0.

        Parameters
        ----------
        seed : int, optional
            An integer in [0, 2**64). None (the default) takes a new key from
            ``std::random_device`` (not reproducible).

        Raises
        ------
        TypeError
            If `seed` is not an integer (floats and arrays are refused).
        ValueError
            If `seed` is negative or not below 2**64.

        See Also
        --------
        get_state, set_state

        Notes
        -----
        ``seed(s)`` is ``set_state((s, 0))``. After it the generator gives the same
        numbers as a new ``RandomState(s)``, on every device; they are not NumPy's
        numbers for the same seed (Philox, not MT19937). NumPy also accepts an array of
        integers as a seed; dparray takes one integer.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> rs.seed(5)
        >>> a = rs.rand(4)
        >>> rs.seed(5)
        >>> bool((rs.rand(4) == a).all())
        True
        >>> rs.get_state()
        (5, 2)
        """,
    "RandomState.get_state": """
        Return the state of the generator as a ``(seed, counter)`` tuple.

        Returns
        -------
        tuple of (int, int)
            The key of the Philox stream and the number of Philox blocks (counters)
            used since it was seeded. Each block gives four float32 numbers, two float64
            numbers or one integer of `randint`; every element of the other
            distributions uses one counter.

        See Also
        --------
        set_state, seed

        Notes
        -----
        NumPy's ``get_state`` returns the MT19937 key array (``('MT19937', keys, pos,
        has_gauss, cached_gaussian)``, or a dict with ``legacy=False``); dparray's state
        is just these two integers, and `get_state` takes no ``legacy`` argument.

        Examples
        --------
        >>> rs = dp.random.RandomState(7)
        >>> rs.get_state()
        (7, 0)
        >>> _ = rs.rand(3)  # three float64 numbers: two blocks
        >>> rs.get_state()
        (7, 2)
        >>> _ = rs.randint(0, 10, size=5)  # one block per integer
        >>> rs.get_state()
        (7, 7)
        """,
    "RandomState.set_state": """
        Restore a state returned by `get_state`.

        Parameters
        ----------
        state : tuple of (int, int)
            ``(seed, counter)``: the key of the Philox stream and its counter, each an
            integer in [0, 2**64).

        Raises
        ------
        TypeError
            If `state` is not a tuple of two elements, or an element is not an integer.
        ValueError
            If an element is negative or not below 2**64.

        See Also
        --------
        get_state, seed

        Notes
        -----
        The draws after ``set_state(s)`` are those that followed the moment `s` was
        taken, on any device. NumPy's states (MT19937 tuples and dicts) are not
        accepted.

        Examples
        --------
        >>> rs = dp.random.RandomState(3)
        >>> state = rs.get_state()
        >>> a = rs.random_sample(5)
        >>> rs.set_state(state)
        >>> bool((rs.random_sample(5) == a).all())
        True
        """,
    "RandomState.rand": f"""
        Random floats in [0, 1) of the given dimensions.

        A convenience form of `random_sample` taking the dimensions as separate
        arguments.

        Parameters
        ----------
        *shape : int
            The dimensions of the result; none gives a 0-d array.
{_PLACEMENT}

        Returns
        -------
        ndarray
            Uniform floats in [0, 1) of the device's default float type: float64, or
            float32 on a device without float64.

        Raises
        ------
        TypeError
            If a dimension is not an integer (a tuple is refused, as by NumPy).
        ValueError
            If a dimension is negative.

        See Also
        --------
        random_sample, uniform

        Notes
        -----
{_STREAM_FLOAT} Four float32 or two float64 numbers come from each Philox block, so
        `rand` is bit-identical across devices. NumPy's ``rand()`` without arguments
        returns a Python float; dparray's returns a 0-d array.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.rand(2, 3)
        >>> x.shape, x.dtype
        ((2, 3), dtype('float64'))
        >>> bool(((x >= 0) & (x < 1)).all())
        True
        >>> rs.rand().shape
        ()
        """,
    "RandomState.randn": f"""
        Standard normal floats (mean 0, variance 1) of the given dimensions.

        A convenience form of `standard_normal` taking the dimensions as separate
        arguments.

        Parameters
        ----------
        *shape : int
            The dimensions of the result; none gives a 0-d array.
{_PLACEMENT}

        Returns
        -------
        ndarray
            Normal floats of the device's default float type: float64, or float32 on a
            device without float64.

        Raises
        ------
        TypeError
            If a dimension is not an integer.
        ValueError
            If a dimension is negative.

        See Also
        --------
        standard_normal, normal

        Notes
        -----
{_STREAM_FLOAT} The normals come in Box-Muller pairs from the uniforms of one Philox
        block; devices agree to about 1e-5 relative (each device's float32 ``sin`` and
        ``cos``). For a normal of mean ``mu`` and standard deviation ``sigma`` use
        ``mu + sigma * randn(...)`` or `normal`.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> z = rs.randn(1000)
        >>> z.shape, z.dtype
        ((1000,), dtype('float64'))
        >>> bool(abs(float(z.mean())) < 0.1 and abs(float(z.std()) - 1) < 0.1)
        True
        """,
    "RandomState.random_sample": f"""
        Random floats in the half-open interval [0, 1).

        Parameters
        ----------
{_SIZE}
        dtype : dtype, optional
            A floating dtype: float16, float32 or float64. None (the default) is the
            device's default float type (float64, or float32 on a device without
            float64).
{_PLACEMENT}

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
        rand, uniform

        Notes
        -----
{_STREAM_FLOAT} Four float32 or two float64 numbers come from each Philox block, so
        the results are bit-identical across devices. For values in [a, b) use
        ``a + (b - a) * random_sample(...)`` or `uniform`. NumPy's ``random_sample``
        has no `dtype` argument.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.random_sample((3, 2))
        >>> x.shape, x.dtype
        ((3, 2), dtype('float64'))
        >>> rs.random_sample(4, dtype="float32").dtype
        dtype('float32')
        >>> bool(((x >= 0) & (x < 1)).all())
        True
        """,
    "RandomState.uniform": f"""
        Random floats uniformly distributed over [low, high).

        Parameters
        ----------
        low : float, optional
            Lower bound of the interval, included. Default 0.0.
        high : float, optional
            Upper bound of the interval, excluded. Default 1.0. ``high < low`` is
            accepted (as in NumPy): the values then lie between `high` and `low`.
{_SIZE}
        dtype : dtype, optional
            A floating dtype: float16, float32 or float64. None (the default) is the
            device's default float type (float64, or float32 on a device without
            float64).
{_PLACEMENT}

        Returns
        -------
        ndarray
            Floats ``low + (high - low) * u`` with ``u`` uniform in [0, 1).

        Raises
        ------
        TypeError
            If `low` or `high` is not a real Python scalar (arrays are refused), or
            `dtype` is not a floating type.
        OverflowError
            If `low`, `high` or ``high - low`` is not finite.

        See Also
        --------
        random_sample, randint

        Notes
        -----
        The density is constant, ``p(x) = 1 / (high - low)`` on [low, high).

{_STREAM_FLOAT} The values are bit-identical across devices.

        Unlike NumPy, `low` and `high` must be scalars (NumPy broadcasts arrays of
        bounds), and a `dtype` may be given.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.uniform(-1.0, 1.0, size=1000)
        >>> x.shape, x.dtype
        ((1000,), dtype('float64'))
        >>> bool(((x >= -1) & (x < 1)).all())
        True
        >>> rs.uniform(size=(2, 2), dtype="float32").dtype
        dtype('float32')
        """,
    "RandomState.normal": f"""
        Random floats from a normal (Gaussian) distribution.

        Parameters
        ----------
        loc : float, optional
            Mean of the distribution. Default 0.0.
        scale : float, optional
            Standard deviation, non-negative. Default 1.0.
{_SIZE}
        dtype : dtype, optional
            A floating dtype: float16, float32 or float64. None (the default) is the
            device's default float type (float64, or float32 on a device without
            float64).
{_PLACEMENT}

        Returns
        -------
        ndarray
            Floats ``loc + scale * z`` with ``z`` standard normal.

        Raises
        ------
        ValueError
            If `scale` is negative or NaN.
        TypeError
            If `loc` or `scale` is not a real Python scalar (arrays are refused), or
            `dtype` is not a floating type.

        See Also
        --------
        standard_normal, randn, lognormal

        Notes
        -----
        The density is

        .. math:: p(x) = \\frac{{1}}{{\\sqrt{{2 \\pi}} \\sigma}}
                  e^{{-(x - \\mu)^2 / (2 \\sigma^2)}}

        with mean :math:`\\mu` = `loc` and standard deviation :math:`\\sigma` = `scale`.

{_STREAM_FLOAT} The normals come in Box-Muller pairs from the uniforms of one Philox
        block; devices agree to about 1e-5 relative (each device's float32 ``sin`` and
        ``cos``).

        Unlike NumPy, `loc` and `scale` must be scalars (NumPy broadcasts arrays of
        parameters), and a `dtype` may be given.

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.normal(10.0, 2.0, size=(100, 100))
        >>> x.shape, x.dtype
        ((100, 100), dtype('float64'))
        >>> bool(abs(float(x.mean()) - 10) < 0.1 and abs(float(x.std()) - 2) < 0.1)
        True
        """,
    "RandomState.standard_normal": f"""
        Random floats from the standard normal distribution (mean 0, variance 1).

        Parameters
        ----------
{_SIZE}
        dtype : dtype, optional
            A floating dtype: float16, float32 or float64. None (the default) is the
            device's default float type (float64, or float32 on a device without
            float64).
{_PLACEMENT}

        Returns
        -------
        ndarray
            Standard normal floats of shape `size`.

        Raises
        ------
        TypeError
            If `dtype` is not a floating type or `size` is not an int or a tuple of ints.
        ValueError
            If a dimension of `size` is negative.

        See Also
        --------
        randn, normal

        Notes
        -----
        The density is :math:`p(x) = e^{{-x^2/2}} / \\sqrt{{2\\pi}}`.

{_STREAM_FLOAT} The normals come in Box-Muller pairs from the uniforms of one Philox
        block; devices agree to about 1e-5 relative (each device's float32 ``sin`` and
        ``cos``). NumPy's ``standard_normal`` has no `dtype` argument.

        Examples
        --------
        >>> rs = dp.random.RandomState(1)
        >>> z = rs.standard_normal((2, 500))
        >>> z.shape, z.dtype
        ((2, 500), dtype('float64'))
        >>> rs.standard_normal(3, dtype="float32").dtype
        dtype('float32')
        >>> bool(abs(float(z.mean())) < 0.1)
        True
        """,
    "RandomState.randint": f"""
        Random integers from the half-open interval [low, high).

        With `high` omitted, the integers are drawn from [0, low).

        Parameters
        ----------
        low : int
            Lowest integer drawn (or, with `high` omitted, one above the highest and
            then positive). A float is truncated toward zero.
        high : int, optional
            One above the highest integer drawn. A float is truncated toward zero.
{_SIZE}
        dtype : dtype, optional
            An integer dtype or bool; default int64. `low` and ``high - 1`` must lie in
            its range.
{_PLACEMENT}

        Returns
        -------
        ndarray
            Integers of type `dtype`, each value of [low, high) equally likely.

        Raises
        ------
        ValueError
            If ``low >= high``, if `high` is omitted and ``low <= 0``, if `low` or
            ``high - 1`` is outside the range of `dtype`, if ``high - low`` is above
            2**53 and not representable as a float64, or if a bound is a NaN float.
        OverflowError
            If a bound is an infinite float.
        TypeError
            If `low` or `high` is not an integer or a float, or `dtype` is not an integer
            or bool type.

        See Also
        --------
        random_integers, choice

        Notes
        -----
        Each integer is made from one Philox block (128 random bits) by a multiply-shift
        reduction, so the bias is below ``(high - low) / 2**128``, the integers are
        bit-identical on every device (with or without float64), and a draw of n
        integers advances the counter by n. They are not NumPy's integers for the same
        seed (Philox, not MT19937).

        Unlike NumPy, `low` and `high` must be scalars (NumPy broadcasts arrays of
        bounds).

        Examples
        --------
        >>> rs = dp.random.RandomState(0)
        >>> x = rs.randint(1, 7, size=1000)  # dice
        >>> x.shape, x.dtype
        ((1000,), dtype('int64'))
        >>> int(x.min()), int(x.max())
        (1, 6)
        >>> y = rs.randint(256, size=(2, 2), dtype="uint8")
        >>> y.dtype, bool((y < 256).all())
        (dtype('uint8'), True)
        """,
}
