"""Bit generators of dparray.random: SeedSequence, Philox (the default) and PCG64.

SeedSequence reproduces NumPy's entropy pool and hashing exactly, so
SeedSequence(s).generate_state(n) and spawn() equal NumPy's for the same s. PCG64 keeps
NumPy's 128-bit state: random_raw() and random() equal numpy.random.PCG64(s)'s.
"""

import secrets

from . import _core

_MASK32 = 0xFFFFFFFF
_MASK64 = (1 << 64) - 1
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16
_POOL_SIZE = 4


def _int_words(n, what):
    # A non-negative int as little-endian 32-bit words (0 is one word).
    if isinstance(n, bool) or not hasattr(n, "__index__"):
        raise TypeError(
            f"[SeedSequence] {what} must be an integer or a sequence of integers, not {type(n).__name__}"
        )
    n = n.__index__()
    if n < 0:
        raise ValueError(f"[SeedSequence] expected non-negative integer, got {n}")
    words = [n & _MASK32]
    n >>= 32
    while n:
        words.append(n & _MASK32)
        n >>= 32
    return words


def _words(x, what):
    if x is None:
        return []
    if hasattr(x, "__index__") and not hasattr(x, "__len__"):
        return _int_words(x, what)
    if (
        hasattr(x, "dtype")
        and getattr(x.dtype, "kind", "") in "u"
        and getattr(x.dtype, "itemsize", 0) == 4
    ):
        return [int(v) for v in x]  # a uint32 array is taken word for word, as NumPy does
    if not isinstance(x, (list, tuple)) and not hasattr(x, "dtype"):
        raise TypeError(
            f"[SeedSequence] {what} must be an integer or a sequence of integers, not {type(x).__name__}"
        )
    out = []
    for v in x:
        out.extend(_int_words(v, what))
    return out


def _hashmix(value, h):
    value ^= h[0]
    h[0] = (h[0] * _MULT_A) & _MASK32
    value = (value * h[0]) & _MASK32
    return value ^ (value >> _XSHIFT)


def _mix(x, y):
    r = (_MIX_MULT_L * x - _MIX_MULT_R * y) & _MASK32
    return r ^ (r >> _XSHIFT)


class SeedSequence:
    """Mix a seed into well-distributed initial states: NumPy's SeedSequence algorithm.

    The entropy (and the spawn key) are hashed into a pool of 32-bit words, from which
    :meth:`generate_state` draws the words that seed a bit generator. The algorithm is
    NumPy's, word for word: ``SeedSequence(s).generate_state(n)`` and the children of
    :meth:`spawn` equal ``numpy.random.SeedSequence(s)``'s.

    Parameters
    ----------
    entropy : int, sequence of int or None, optional
        The seed: a non-negative integer of any size, a sequence of them, or a NumPy uint32
        array (taken word for word). None (default) draws 128 bits from the operating
        system (:mod:`secrets`).
    spawn_key : tuple of int, optional
        Keyword only. Indices of this sequence in its spawning tree (set by :meth:`spawn`).
        Default: ``()``.
    pool_size : int, optional
        Keyword only. Number of 32-bit words of the pool (at least 4). Default: 4.
    n_children_spawned : int, optional
        Keyword only. Number of children already spawned (the next child's index).
        Default: 0.

    Attributes
    ----------
    entropy, spawn_key, pool_size, n_children_spawned
        The constructor's arguments (`entropy` after None is replaced by the drawn value).
    pool : list of int
        The mixed pool of `pool_size` 32-bit words.

    Raises
    ------
    TypeError
        If `entropy` or `spawn_key` holds something other than integers.
    ValueError
        If an integer is negative or `pool_size` < 4.

    See Also
    --------
    Philox, PCG64 : Bit generators seeded from a SeedSequence.
    default_rng : A Generator from a seed or a SeedSequence.

    Notes
    -----
    Pure Python and host-only: it makes a handful of words per bit generator, no device
    arrays. A ``numpy.random.SeedSequence`` may be passed wherever a seed is accepted; its
    entropy, spawn key and pool size are carried over. Differences from NumPy: the repr is
    one line, ``SeedSequence(entropy=..., spawn_key=...)``.

    Examples
    --------
    >>> ss = dp.random.SeedSequence(42)
    >>> ss
    SeedSequence(entropy=42, spawn_key=())
    >>> bool((ss.generate_state(4) == np.random.SeedSequence(42).generate_state(4)).all())
    True
    >>> rngs = [dp.random.default_rng(s) for s in ss.spawn(2)]
    >>> len(rngs)
    2
    """

    def __init__(self, entropy=None, *, spawn_key=(), pool_size=_POOL_SIZE, n_children_spawned=0):
        if pool_size < _POOL_SIZE:
            raise ValueError(
                f"[SeedSequence] the size of the entropy pool should be at least {_POOL_SIZE}"
            )
        if entropy is None:
            entropy = secrets.randbits(128)
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        self.pool = self._mix_entropy(self._assembled_entropy())

    def __repr__(self):
        return f"SeedSequence(entropy={self.entropy!r}, spawn_key={self.spawn_key!r})"

    @property
    def state(self):
        """The constructor arguments that reproduce this sequence, as a dict.

        Keys ``"entropy"``, ``"spawn_key"``, ``"pool_size"`` and ``"n_children_spawned"``
        (as NumPy's ``SeedSequence.state``), so that ``SeedSequence(**ss.state)`` is an
        equal sequence.

        Examples
        --------
        >>> dp.random.SeedSequence(7).state
        {'entropy': 7, 'spawn_key': (), 'pool_size': 4, 'n_children_spawned': 0}
        """
        return {
            "entropy": self.entropy,
            "spawn_key": self.spawn_key,
            "pool_size": self.pool_size,
            "n_children_spawned": self.n_children_spawned,
        }

    def _assembled_entropy(self):
        run = _words(self.entropy, "entropy")
        spawn = _words(self.spawn_key, "spawn_key")
        if spawn and len(run) < self.pool_size:
            run = run + [0] * (self.pool_size - len(run))
        return run + spawn

    def _mix_entropy(self, entropy):
        h = [_INIT_A]
        mixer = [_hashmix(entropy[i] if i < len(entropy) else 0, h) for i in range(self.pool_size)]
        for i_src in range(self.pool_size):
            for i_dst in range(self.pool_size):
                if i_src != i_dst:
                    mixer[i_dst] = _mix(mixer[i_dst], _hashmix(mixer[i_src], h))
        for i_src in range(self.pool_size, len(entropy)):
            for i_dst in range(self.pool_size):
                mixer[i_dst] = _mix(mixer[i_dst], _hashmix(entropy[i_src], h))
        return mixer

    def generate_state(self, n_words, dtype="uint32"):
        """Return words of seed material drawn from the entropy pool.

        Parameters
        ----------
        n_words : int
            Number of words to return.
        dtype : {"uint32", "uint64"} or numpy dtype, optional
            Word type. Default: ``"uint32"``. A uint64 word joins two uint32 words (the
            first is the low half), as NumPy does.

        Returns
        -------
        numpy.ndarray
            `n_words` words of `dtype`, a NumPy array on the host (not a device array):
            equal to ``numpy.random.SeedSequence(...).generate_state(n_words, dtype)``.

        Raises
        ------
        ValueError
            If `dtype` is neither uint32 nor uint64.

        Notes
        -----
        The pool is not changed: calling it again gives the same words. ``Philox(seed)``
        takes its key from ``generate_state(1, "uint64")``, ``PCG64(seed)`` its state from
        ``generate_state(4, "uint64")``.

        Examples
        --------
        >>> ss = dp.random.SeedSequence(42)
        >>> ss.generate_state(2)
        array([3444837047, 2669555309], dtype=uint32)
        >>> ss.generate_state(1, "uint64").dtype
        dtype('uint64')
        """
        import numpy as np

        dt = np.dtype(dtype)
        if dt not in (np.dtype(np.uint32), np.dtype(np.uint64)):
            raise ValueError("[SeedSequence.generate_state] only support uint32 or uint64")
        n32 = n_words * (2 if dt == np.dtype(np.uint64) else 1)
        h = _INIT_B
        out = []
        for i in range(n32):
            v = self.pool[i % self.pool_size] ^ h
            h = (h * _MULT_B) & _MASK32
            v = (v * h) & _MASK32
            out.append(v ^ (v >> _XSHIFT))
        state = np.array(out, dtype=np.uint32)
        if dt == np.dtype(np.uint64):
            state = (state[0::2].astype(np.uint64)) | (
                state[1::2].astype(np.uint64) << np.uint64(32)
            )
        return state

    def spawn(self, n_children):
        """Make child sequences for independent streams (NumPy's SeedSequence.spawn).

        Child ``i`` has this sequence's entropy and the spawn key ``spawn_key + (i,)``,
        which is mixed into its pool, so children give unrelated words. The counter
        `n_children_spawned` moves on by `n_children`: a second call makes new children.

        Parameters
        ----------
        n_children : int
            Number of children.

        Returns
        -------
        list of SeedSequence
            The children, equal to NumPy's for the same seed and call history.

        Examples
        --------
        >>> ss = dp.random.SeedSequence(42)
        >>> [c.spawn_key for c in ss.spawn(2)]
        [(0,), (1,)]
        >>> [c.spawn_key for c in ss.spawn(1)]
        [(2,)]
        >>> ss.n_children_spawned
        3
        """
        start = self.n_children_spawned
        self.n_children_spawned += n_children
        return [
            type(self)(self.entropy, spawn_key=self.spawn_key + (i,), pool_size=self.pool_size)
            for i in range(start, start + n_children)
        ]


def _seed_sequence(seed):
    if isinstance(seed, SeedSequence):
        return seed
    if type(seed).__name__ == "SeedSequence" and hasattr(seed, "generate_state"):
        # numpy.random.SeedSequence: the same entropy gives the same words.
        return SeedSequence(seed.entropy, spawn_key=seed.spawn_key, pool_size=seed.pool_size)
    return SeedSequence(seed)


class BitGenerator:
    """Base class of the bit generators (Philox, PCG64): a SeedSequence and spawn().

    Not used directly: construct :class:`Philox` or :class:`PCG64` and pass it to
    :class:`Generator`.

    Parameters
    ----------
    seed : None, int, sequence of int, SeedSequence or numpy.random.SeedSequence, optional
        Seed material, turned into a :class:`SeedSequence` (None: fresh entropy from the
        operating system).

    See Also
    --------
    Philox : The default bit generator.
    PCG64 : NumPy's default bit generator.

    Notes
    -----
    Differences from NumPy: there is no ``random_raw`` / ``lock`` / ``ctypes`` / ``cffi``
    on the base class; the subclasses draw on dparray devices.

    Examples
    --------
    >>> bg = dp.random.Philox(42)
    >>> isinstance(bg, dp.random.BitGenerator)
    True
    >>> bg.seed_seq
    SeedSequence(entropy=42, spawn_key=())
    """

    def __init__(self, seed=None):
        self._seed_seq = _seed_sequence(seed)

    @property
    def seed_seq(self):
        """The :class:`SeedSequence` this bit generator was seeded from.

        None for the Philox returned by :func:`dparray.random.get_bit_generator` (which
        has no seed sequence). A Philox made with ``key=`` and no seed has a sequence of
        fresh operating-system entropy (used only by :meth:`spawn`). A jumped copy keeps
        its parent's sequence.

        Examples
        --------
        >>> dp.random.PCG64(5).seed_seq
        SeedSequence(entropy=5, spawn_key=())
        """
        return self._seed_seq

    def spawn(self, n_children):
        """Make independent child bit generators of the same kind.

        Each child is seeded from one child of ``seed_seq.spawn(n_children)``, so it has
        an unrelated stream (for Philox: another key).

        Parameters
        ----------
        n_children : int
            Number of children.

        Returns
        -------
        list of BitGenerator
            `n_children` new bit generators of this one's type.

        Raises
        ------
        AttributeError
            If this bit generator has no seed sequence (`seed_seq` is None).

        See Also
        --------
        SeedSequence.spawn, Generator.spawn

        Examples
        --------
        >>> children = dp.random.Philox(42).spawn(2)
        >>> [type(c).__name__ for c in children]
        ['Philox', 'Philox']
        >>> children[0].state["state"]["key"] != children[1].state["state"]["key"]
        True
        """
        return [type(self)(s) for s in self._seed_seq.spawn(n_children)]

    def _philox_stream(self):
        # The Philox stream the distributions of a Generator draw from.
        raise NotImplementedError


class Philox(BitGenerator):
    """Counter-based Philox4x32-10 bit generator, the default of dparray.random.

    Block ``c`` of the stream with key ``k`` is the keyed bijection ``philox(k, c)`` of a
    128-bit counter block, computed from nothing else, so element ``i`` of a draw depends
    only on (key, counter, i): every device (host, OpenCL CPU or GPU) computes the same
    numbers, whatever its number of threads. Each call of a :class:`Generator` method
    reserves the counters it uses, so concurrent callers get disjoint numbers.

    Parameters
    ----------
    seed : None, int, sequence of int, SeedSequence or numpy.random.SeedSequence, optional
        Seed material. The 64-bit key is ``SeedSequence(seed).generate_state(1,
        "uint64")[0]``. None (default): fresh entropy from the operating system.
    counter : int or None, optional
        Keyword only. Initial 64-bit counter (taken modulo 2**64). Default: 0.
    key : int or None, optional
        Keyword only. The 64-bit key itself (taken modulo 2**64) instead of a seed.

    Raises
    ------
    ValueError
        If both `seed` and `key` are given.
    TypeError, ValueError
        For a seed :class:`SeedSequence` rejects.

    See Also
    --------
    PCG64 : NumPy's default bit generator, for NumPy's numbers.
    Generator : Draws distributions from a bit generator.
    default_rng : ``Generator(Philox(seed))``.

    Notes
    -----
    Differences from NumPy's ``Philox`` (Philox4x64-10, a 256-bit counter and a 128-bit
    key): dparray's variant is Philox4x32-10 with a 64-bit key and a 64-bit counter, so the
    numbers differ from NumPy's for the same seed, and the `state` dict has another
    layout. :meth:`jumped` moves the counter by 2**56 blocks per jump (NumPy: 2**128 draws).
    See docs/random.md for the block layout of each method.

    Examples
    --------
    >>> bg = dp.random.Philox(42)
    >>> bg.state["state"]["counter"]
    0
    >>> rng = dp.random.Generator(bg)
    >>> x = rng.random(8)
    >>> bg.state["state"]["counter"]
    4
    >>> y = dp.random.Generator(dp.random.Philox(42)).random(8)
    >>> bool(dp.all(x == y))
    True
    """

    def __init__(self, seed=None, *, counter=None, key=None):
        if key is not None and seed is not None:
            raise ValueError("[Philox] seed and key cannot both be used")
        super().__init__(seed)
        if key is None:
            key = int(self._seed_seq.generate_state(1, "uint64")[0])
        self._rs = _core.RandomState(int(key) & _MASK64)
        if counter is not None:
            self._rs.set_state((int(key) & _MASK64, int(counter) & _MASK64))

    @classmethod
    def _wrap(cls, rs):
        bg = cls.__new__(cls)
        bg._seed_seq = None
        bg._rs = rs
        return bg

    @property
    def state(self):
        """The whole state: ``{"bit_generator": "Philox", "state": {"key": k, "counter": c}}``.

        Both are 64-bit Python ints. Assigning a dict of that form (e.g. one read earlier)
        restores the stream; anything else raises ValueError. The layout differs from
        NumPy's Philox state (which holds 256-bit counters and a buffer).

        Examples
        --------
        >>> bg = dp.random.Philox(key=7, counter=3)
        >>> bg.state
        {'bit_generator': 'Philox', 'state': {'key': 7, 'counter': 3}}
        >>> saved = bg.state
        >>> a = bg.random_raw(2)
        >>> bg.state = saved
        >>> bool(dp.all(bg.random_raw(2) == a))
        True
        """
        key, counter = self._rs.get_state()
        return {"bit_generator": "Philox", "state": {"key": key, "counter": counter}}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict) or value.get("bit_generator") != "Philox":
            raise ValueError("[Philox.state] state must be a dict from a Philox bit generator")
        st = value["state"]
        self._rs.set_state((int(st["key"]), int(st["counter"])))

    def jumped(self, jumps=1):
        """Return a copy whose counter is ``jumps * 2**56`` blocks further on.

        The copy has the same key (and seed sequence); this bit generator is unchanged.
        ``Philox(seed).jumped(i)`` for ``i = 0, 1, ...`` gives non-overlapping streams
        unless one of them draws more than 2**56 blocks.

        Parameters
        ----------
        jumps : int, optional
            Number of jumps of 2**56 counter blocks (the counter wraps modulo 2**64).
            Default: 1.

        Returns
        -------
        Philox
            The new bit generator.

        Notes
        -----
        NumPy's ``Philox.jumped`` advances by 2**128 draws; here a jump is 2**56 blocks of
        the 64-bit counter.

        Examples
        --------
        >>> bg = dp.random.Philox(key=1)
        >>> bg.jumped(2).state["state"]["counter"] == 2 * 2**56
        True
        >>> bg.state["state"]["counter"]
        0
        """
        key, counter = self._rs.get_state()
        bg = Philox(key=key, counter=(counter + int(jumps) * (1 << 56)) & _MASK64)
        bg._seed_seq = self._seed_seq
        return bg

    def advance(self, delta):
        """Move the counter `delta` blocks on, in place.

        Parameters
        ----------
        delta : int
            Number of counter blocks to skip (the counter wraps modulo 2**64).

        Returns
        -------
        Philox
            This bit generator (for chaining).

        Notes
        -----
        One block is 128 random bits: :meth:`random_raw` and ``Generator.integers`` use
        one block per value, ``Generator.random`` one per 2 float64 or 4 float32 values,
        the other distributions one per element (see docs/random.md).

        Examples
        --------
        >>> bg = dp.random.Philox(key=1)
        >>> bg.advance(10).state["state"]["counter"]
        10
        """
        key, counter = self._rs.get_state()
        self._rs.set_state((key, (counter + int(delta)) & _MASK64))
        return self

    def random_raw(self, size=None, output=True, **placement):
        """Return raw 64-bit words of the stream.

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Shape of the result. Default: None, a 0-d array.
        output : bool, optional
            If False, the words are drawn (the counter moves on) but None is returned.
            Default: True.
        **placement
            `device`, `usm_type` or `sycl_queue` of the result, as for array creation.
            Default: the default device.

        Returns
        -------
        ndarray or None
            uint64 array of shape `size` (None when `output` is False).

        Notes
        -----
        Each word takes one counter block. The words are computed on the result's device
        and are the same on every device. Differences from NumPy: another algorithm (see
        :class:`Philox`), and ``size=None`` gives a 0-d device array, not a Python int.

        Examples
        --------
        >>> bg = dp.random.Philox(42)
        >>> w = bg.random_raw((2, 3))
        >>> w.shape, w.dtype
        ((2, 3), dtype('uint64'))
        >>> bg.state["state"]["counter"]
        6
        """
        out = self._rs.randint(0, 1 << 64, size, "uint64", **placement)
        return out if output else None

    def _philox_stream(self):
        return self._rs


class PCG64(BitGenerator):
    """NumPy's default bit generator PCG64 (128-bit LCG with XSL-RR output).

    The state is seeded from a :class:`SeedSequence` exactly as NumPy seeds it, so for the
    same seed :meth:`random_raw`, ``Generator(PCG64(seed)).random()`` (float64), `state`,
    :meth:`advance` and :meth:`jumped` equal ``numpy.random.PCG64(seed)``'s.

    Parameters
    ----------
    seed : None, int, sequence of int, SeedSequence or numpy.random.SeedSequence, optional
        Seed material. None (default): fresh entropy from the operating system.

    Raises
    ------
    TypeError, ValueError
        For a seed :class:`SeedSequence` rejects.

    See Also
    --------
    Philox : The default, counter-based bit generator.
    Generator : Draws distributions from a bit generator.

    Notes
    -----
    The words are generated on the host (long fills in parallel chunks of 2**16 whose
    start states come from jump-ahead) and copied once to the result's device: there is no
    device kernel, as an LCG is sequential. The other methods of ``Generator(PCG64(...))``
    (normal, integers, ...) draw from a Philox stream keyed by one PCG64 word per call:
    they are reproducible but not NumPy's numbers. On a device without float64,
    ``Generator.random`` also takes that Philox path (float32).

    Examples
    --------
    >>> bg = dp.random.PCG64(42)
    >>> bool((dp.asnumpy(bg.random_raw(3)) == np.random.PCG64(42).random_raw(3)).all())
    True
    >>> rng = dp.random.Generator(dp.random.PCG64(42))
    >>> bool((dp.asnumpy(rng.random(5)) == np.random.default_rng(42).random(5)).all())
    True
    """

    def __init__(self, seed=None):
        super().__init__(seed)
        v = [int(w) for w in self._seed_seq.generate_state(4, "uint64")]
        s_hi, s_lo, i_hi, i_lo = _core._pcg64_seeded(v[0], v[1], v[2], v[3])
        self._state = (s_hi << 64) | s_lo
        self._inc = (i_hi << 64) | i_lo

    @property
    def state(self):
        """The state as NumPy's PCG64 gives it, a dict.

        ``{"bit_generator": "PCG64", "state": {"state": s, "inc": i}, "has_uint32": 0,
        "uinteger": 0}`` with 128-bit ints `s` and `i`, equal to NumPy's for the same seed
        and the same draws. Assigning such a dict (also one read from
        ``numpy.random.PCG64``) sets the state; another ``bit_generator`` raises
        ValueError. ``has_uint32`` / ``uinteger`` are always 0 and ignored when set.

        Examples
        --------
        >>> dp.random.PCG64(42).state == np.random.PCG64(42).state
        True
        >>> bg = dp.random.PCG64(0)
        >>> bg.state = np.random.PCG64(7).state
        >>> bool((dp.asnumpy(bg.random_raw(2)) == np.random.PCG64(7).random_raw(2)).all())
        True
        """
        return {
            "bit_generator": "PCG64",
            "state": {"state": self._state, "inc": self._inc},
            "has_uint32": 0,
            "uinteger": 0,
        }

    @state.setter
    def state(self, value):
        if not isinstance(value, dict) or value.get("bit_generator") != "PCG64":
            raise ValueError("[PCG64.state] state must be a dict from a PCG64 bit generator")
        self._state = int(value["state"]["state"]) & ((1 << 128) - 1)
        self._inc = int(value["state"]["inc"]) & ((1 << 128) - 1)

    def advance(self, delta):
        """Advance the state by `delta` steps, in place (as NumPy's ``PCG64.advance``).

        Parameters
        ----------
        delta : int
            Number of steps (draws of one 64-bit word), taken modulo 2**128. Jump-ahead
            in O(log delta) operations.

        Returns
        -------
        PCG64
            This bit generator (for chaining).

        Examples
        --------
        >>> a, b = dp.random.PCG64(1), np.random.PCG64(1)
        >>> _ = b.advance(1000)
        >>> a.advance(1000).state == b.state
        True
        """
        d = int(delta) & ((1 << 128) - 1)
        s_hi, s_lo = _core._pcg64_advance(
            self._state >> 64,
            self._state & _MASK64,
            self._inc >> 64,
            self._inc & _MASK64,
            d >> 64,
            d & _MASK64,
        )
        self._state = (s_hi << 64) | s_lo
        return self

    def jumped(self, jumps=1):
        """Return a copy advanced by `jumps` large jumps, as NumPy's ``PCG64.jumped``.

        One jump is ``0x9E3779B97F4A7C15F39CC0605CEDC835`` steps (2**128 times the
        golden ratio's fractional part, modulo 2**128). This bit generator is unchanged.

        Parameters
        ----------
        jumps : int, optional
            Number of jumps. Default: 1.

        Returns
        -------
        PCG64
            The new bit generator (with the same seed sequence), in the state of
            ``numpy.random.PCG64(seed).jumped(jumps)``.

        Examples
        --------
        >>> dp.random.PCG64(3).jumped(2).state == np.random.PCG64(3).jumped(2).state
        True
        """
        bg = PCG64.__new__(PCG64)
        bg._seed_seq = self._seed_seq
        bg._state, bg._inc = self._state, self._inc
        return bg.advance(int(jumps) * 0x9E3779B97F4A7C15F39CC0605CEDC835)

    def _fill(self, size, dtype, placement):
        from . import _core as c

        shape = () if size is None else size
        out = c.empty(shape, dtype=dtype, **placement)
        s_hi, s_lo = _core._pcg64_fill(
            self._state >> 64, self._state & _MASK64, self._inc >> 64, self._inc & _MASK64, out
        )
        self._state = (s_hi << 64) | s_lo
        return out

    def random_raw(self, size=None, output=True, **placement):
        """Return the next raw 64-bit words, equal to ``numpy.random.PCG64``'s.

        Parameters
        ----------
        size : int, tuple of int or None, optional
            Shape of the result. Default: None, a 0-d array.
        output : bool, optional
            If False, the words are drawn (the state moves on) but None is returned.
            Default: True.
        **placement
            `device`, `usm_type` or `sycl_queue` of the result, as for array creation.
            Default: the default device.

        Returns
        -------
        ndarray or None
            uint64 array of shape `size` (None when `output` is False).

        Notes
        -----
        Generated on the host (in parallel chunks for long fills) and copied once to the
        result's device. Differences from NumPy: ``size=None`` gives a 0-d device array,
        not a Python int.

        Examples
        --------
        >>> w = dp.random.PCG64(42).random_raw(3)
        >>> w.dtype
        dtype('uint64')
        >>> bool((dp.asnumpy(w) == np.random.PCG64(42).random_raw(3)).all())
        True
        """
        out = self._fill(size, "uint64", placement)
        return out if output else None

    def _philox_stream(self):
        return _core.RandomState(self._next_word())

    def _next_word(self):
        # One raw word, computed here without an array.
        m = 0x2360ED051FC65DA44385DF649FCCF645
        self._state = (self._state * m + self._inc) & ((1 << 128) - 1)
        x = ((self._state >> 64) ^ self._state) & _MASK64
        rot = self._state >> 122
        return ((x >> rot) | (x << ((64 - rot) & 63))) & _MASK64


__all__ = ["PCG64", "BitGenerator", "Philox", "SeedSequence"]
