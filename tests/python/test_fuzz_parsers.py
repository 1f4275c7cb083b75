"""Property fuzzers (hypothesis) for what parses user input: filter strings, DPARRAY_DEVICE_SELECTOR,
dtype specifications, indexing keys and DLPack import. Properties: no crash, only the expected
exception types, and where NumPy accepts the same input, the same result."""

import os
import subprocess
import sys

import numpy as np
import pytest
from bad_input_cases import _escaped
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dparray as dp

DEVICES = [d.filter_string for d in dp.get_devices()]
# CI replays the same examples every run (a red CI is then reproducible); local runs explore.
FAST = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=bool(os.environ.get("CI")),
)
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))

# ---- filter strings ---------------------------------------------------------------------------

WORDS = [
    "host",
    "opencl",
    "cpu",
    "gpu",
    "accelerator",
    "level_zero",
    "cuda",
    "0",
    "1",
    "99",
    "-1",
    "*",
]
filter_strings = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="hostpencluga:,;!*0123456789 -_", max_size=30),
    st.lists(st.sampled_from(WORDS + ["", " "]), max_size=5).map(":".join),
    st.lists(st.lists(st.sampled_from(WORDS), max_size=3).map(":".join), max_size=3).map(",".join),
)


@FAST
@given(filter_strings)
def test_filter_strings(s):
    try:
        d = dp.Device(s)
    except ValueError as e:
        assert s in str(e) or _escaped(s) in str(e), f"message does not quote {s!r}: {e}"
        with pytest.raises(ValueError):
            dp.select_device(s)
        return
    assert d.filter_string in DEVICES
    assert dp.select_device(s) == d  # the same string always names the same device


@FAST
@given(
    st.one_of(st.text(max_size=12), st.sampled_from(["host", "opencl", "all", "cpu", "gpu"])),
    st.one_of(st.text(max_size=12), st.sampled_from(["cpu", "gpu", "accelerator", "all"])),
)
def test_get_devices_arguments(backend, device_type):
    try:
        found = dp.get_devices(backend=backend, device_type=device_type)
    except ValueError:
        return
    assert all(d.filter_string in DEVICES for d in found)


SELECTOR_CHILD = """
import dparray as dp
try:
    print("OK", ",".join(d.filter_string for d in dp.get_devices()))
except ValueError as e:
    print("ValueError", e)
"""
selectors = st.one_of(
    st.text(alphabet="hostpencluga:,;!*0123456789 ._", max_size=25),
    st.lists(
        st.tuples(
            st.sampled_from(["", "!"]),
            st.sampled_from(["host", "opencl", "cuda", "*", "x"]),
            st.lists(st.sampled_from(["*", "cpu", "gpu", "0", "1", "-1", ""]), max_size=3),
        ),
        min_size=1,
        max_size=3,
    ).map(lambda ts: ";".join(f"{n}{b}:{','.join(d)}" for n, b, d in ts)),
)


@SLOW
@given(selectors)
def test_device_selector_env(value):
    # Read once at start-up, so every example is a fresh interpreter (bounded count).
    env = dict(os.environ, DPARRAY_DEVICE_SELECTOR=value)
    proc = subprocess.run(
        [sys.executable, "-c", SELECTOR_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"{value!r}: exit status {proc.returncode}: {proc.stderr[-1500:]}"
    out = proc.stdout.strip()
    assert out.startswith(("OK", "ValueError")), out
    if out.startswith("OK"):
        names = [n for n in out[3:].split(",") if n]
        assert all(n.split(":")[0] in ("host", "opencl") for n in names)


# ---- dtypes -------------------------------------------------------------------------------------

NAMES = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
dtype_specs = st.one_of(
    st.sampled_from(
        NAMES
        + [
            "f4",
            "f8",
            "i4",
            "<f4",
            ">f4",
            "=i8",
            "|b1",
            "?",
            "float",
            "int",
            "complex",
            "float128",
            "U3",
            "S2",
            "O",
            "V4",
            "M8",
            "m8[s]",
            "f4,f4",
            "bfloat16",
            "",
        ]
    ),
    st.text(max_size=8),
    st.sampled_from(
        [
            np.float32,
            np.int64,
            np.bool_,
            np.str_,
            np.object_,
            float,
            int,
            bool,
            complex,
            str,
            object,
            None,
            3,
            2.5,
            np.dtype("float64"),
            np.dtype(">i4"),
            np.dtype([("a", "f4")]),
        ]
    ),
)


@FAST
@given(dtype_specs)
def test_dtype_specifications(spec):
    try:
        got = dp.zeros(2, dtype=spec, device="host").dtype
    except (TypeError, ValueError):
        return
    # dparray accepted it: NumPy must understand it as the same type
    if spec is None:
        return
    expected = np.dtype(spec)
    assert str(got) == str(expected.newbyteorder("=")), f"{spec!r}: {got} != {expected}"


# ---- indexing keys --------------------------------------------------------------------------------


def _key_part(draw_int):
    return st.one_of(
        st.integers(-6, 6),
        st.builds(
            slice,
            st.one_of(st.none(), st.integers(-7, 7)),
            st.one_of(st.none(), st.integers(-7, 7)),
            st.one_of(st.none(), st.integers(-3, 3).filter(bool)),
        ),
        st.none(),
        st.just(Ellipsis),
        st.lists(st.integers(-6, 6), max_size=4),
        st.lists(st.booleans(), min_size=1, max_size=5),
        st.booleans(),
    )


shapes = st.lists(st.integers(0, 5), min_size=0, max_size=4).map(tuple)
keys = st.one_of(_key_part(None), st.lists(_key_part(None), max_size=5).map(tuple))

INDEX_ERRORS = (IndexError, TypeError, ValueError)


def _numpy_result(a, key):
    try:
        r = a[key]
    except INDEX_ERRORS as e:
        return None, e
    except DeprecationWarning as e:
        return None, e
    return np.asarray(r), None


@pytest.mark.parametrize("dev", DEVICES)
@FAST
@given(shape=shapes, key=keys)
def test_indexing_keys_against_numpy(dev, shape, key):
    a = np.arange(int(np.prod(shape)), dtype=np.int32).reshape(shape)
    x = dp.asarray(a, device=dev)
    expected, err = _numpy_result(a, key)
    if err is not None:
        with pytest.raises(INDEX_ERRORS):
            dp.asnumpy(x[key])
        return
    got = dp.asnumpy(x[key])
    assert got.shape == expected.shape and got.dtype == expected.dtype
    np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("dev", DEVICES)
@FAST
@given(shape=shapes.filter(lambda s: len(s) > 0), key=keys, value=st.integers(-100, 100))
def test_indexed_assignment_against_numpy(dev, shape, key, value):
    a = np.arange(int(np.prod(shape)), dtype=np.int32).reshape(shape)
    x = dp.asarray(a, device=dev)
    try:
        a[key] = value
    except INDEX_ERRORS:
        with pytest.raises(INDEX_ERRORS):
            x[key] = value
            x.sycl_queue.wait()
        return
    x[key] = value
    np.testing.assert_array_equal(dp.asnumpy(x), a)


# ---- DLPack import ------------------------------------------------------------------------------

layouts = st.tuples(
    shapes,
    st.sampled_from(
        ["int8", "uint16", "int32", "int64", "float16", "float32", "float64", "complex64", "bool"]
    ),
    st.sampled_from(
        ["C", "F", "reversed", "strided", "transposed", "readonly", "byteswapped", "offset"]
    ),
)


def _make(shape, dtype, layout):
    a = (np.arange(int(np.prod(shape))) % 3).astype(dtype).reshape(shape)
    if layout == "F":
        a = np.asfortranarray(a)
    elif layout == "reversed" and a.ndim:
        a = a[::-1]
    elif layout == "strided":
        b = np.zeros(tuple(2 * s for s in shape), dtype=dtype)
        b[tuple(slice(None, None, 2) for _ in shape)] = a
        a = b[tuple(slice(None, None, 2) for _ in shape)]
    elif layout == "transposed":
        a = a.T
    elif layout == "readonly":
        a.flags.writeable = False
    elif layout == "byteswapped" and a.dtype.itemsize > 1:
        a = a.astype(a.dtype.newbyteorder())
    elif layout == "offset" and a.size:
        a = a.reshape(-1)[1:]
    return a


@FAST
@given(layouts)
def test_dlpack_import_of_numpy_layouts(layout):
    a = _make(*layout)
    try:
        x = dp.from_dlpack(a)
    except (BufferError, TypeError, ValueError):
        return  # e.g. a byte-swapped array: DLPack has no byte order
    assert x.shape == a.shape and str(x.dtype) == str(a.dtype.newbyteorder("="))
    np.testing.assert_array_equal(dp.asnumpy(x), a)


class _Producer:
    def __init__(self, payload, device, raises):
        self.payload, self.device, self.raises = payload, device, raises

    def __dlpack__(self, **kw):
        if self.raises:
            raise RuntimeError("producer failed")
        return self.payload() if callable(self.payload) else self.payload

    def __dlpack_device__(self):
        return self.device


junk_devices = st.one_of(
    st.tuples(st.integers(-(2**65), 2**65), st.integers(-(2**65), 2**65)),
    st.tuples(st.integers(0, 20), st.integers(0, 3)),
    st.lists(st.integers(0, 2), max_size=3).map(tuple),
    st.sampled_from([None, "cpu", (1.5, 0), ("1", "0"), 1, b"\x01"]),
)
junk_payloads = st.one_of(
    st.sampled_from([None, 0, "capsule", b"bytes", object(), [1, 2]]),
    layouts.map(lambda layout: lambda: np.asarray(_make(*layout)).__dlpack__()),
)


@FAST
@given(junk_payloads, junk_devices, st.booleans())
def test_dlpack_import_of_lying_producers(payload, device, raises):
    obj = _Producer(payload, device, raises)
    try:
        x = dp.from_dlpack(obj)
    except (BufferError, TypeError, ValueError, OverflowError, RuntimeError) as e:
        if isinstance(e, RuntimeError):  # only the producer's own error may be a RuntimeError
            assert raises and "producer failed" in str(e), repr(e)
        return
    assert isinstance(x, dp.ndarray)
    dp.asnumpy(x)
