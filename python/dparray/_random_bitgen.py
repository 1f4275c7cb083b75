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
    """NumPy's SeedSequence: mixes entropy (and a spawn key) into a pool of 32-bit words."""

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
        """n_words words of dtype uint32 or uint64 from the pool, as a NumPy array (host data)."""
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
        """n_children independent SeedSequences (spawn keys extended by a child index)."""
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
    """Base of the bit generators: a SeedSequence and spawn()."""

    def __init__(self, seed=None):
        self._seed_seq = _seed_sequence(seed)

    @property
    def seed_seq(self):
        return self._seed_seq

    def spawn(self, n_children):
        """n_children new bit generators of the same kind from seed_seq.spawn()."""
        return [type(self)(s) for s in self._seed_seq.spawn(n_children)]

    def _philox_stream(self):
        # The Philox stream the distributions of a Generator draw from.
        raise NotImplementedError


class Philox(BitGenerator):
    """Counter-based Philox4x32-10: element i of a draw depends only on (key, counter, i).

    The key is 64 bits (from the SeedSequence, or key=), the counter 64 bits; every device
    computes the same numbers. jumped(k) is the same key with the counter moved k * 2**56 on.
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
        key, counter = self._rs.get_state()
        return {"bit_generator": "Philox", "state": {"key": key, "counter": counter}}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict) or value.get("bit_generator") != "Philox":
            raise ValueError("[Philox.state] state must be a dict from a Philox bit generator")
        st = value["state"]
        self._rs.set_state((int(st["key"]), int(st["counter"])))

    def jumped(self, jumps=1):
        """A new Philox with the same key and the counter jumps * 2**56 further on."""
        key, counter = self._rs.get_state()
        bg = Philox(key=key, counter=(counter + int(jumps) * (1 << 56)) & _MASK64)
        bg._seed_seq = self._seed_seq
        return bg

    def advance(self, delta):
        """Moves the counter delta blocks on; returns self."""
        key, counter = self._rs.get_state()
        self._rs.set_state((key, (counter + int(delta)) & _MASK64))
        return self

    def random_raw(self, size=None, output=True, **placement):
        """Raw 64-bit words of the stream (uint64), on the device of placement."""
        out = self._rs.randint(0, 1 << 64, size, "uint64", **placement)
        return out if output else None

    def _philox_stream(self):
        return self._rs


class PCG64(BitGenerator):
    """NumPy's PCG64: the same seed gives the same random_raw() words and random() doubles.

    Draws are computed on the host in parallel chunks (jump-ahead per chunk) and copied once
    to the array's device. The other distributions of a Generator draw from a Philox stream
    keyed by one PCG64 word per call.
    """

    def __init__(self, seed=None):
        super().__init__(seed)
        v = [int(w) for w in self._seed_seq.generate_state(4, "uint64")]
        s_hi, s_lo, i_hi, i_lo = _core._pcg64_seeded(v[0], v[1], v[2], v[3])
        self._state = (s_hi << 64) | s_lo
        self._inc = (i_hi << 64) | i_lo

    @property
    def state(self):
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
        """Moves the state delta steps on (as numpy's PCG64.advance); returns self."""
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
        """A copy advanced jumps * (golden-ratio multiple of 2**128) steps, as NumPy's."""
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
        """The next 64-bit words (uint64), equal to numpy.random.PCG64's random_raw."""
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
