"""atheris entry point: indexing keys against NumPy (reads and writes) on the host device."""

import sys

import atheris
import numpy as np

with atheris.instrument_imports():
    import dparray as dp

ERRORS = (IndexError, TypeError, ValueError)


def key_part(fdp):
    c = fdp.ConsumeIntInRange(0, 6)
    if c == 0:
        return fdp.ConsumeIntInRange(-6, 6)
    if c == 1:
        vals = [fdp.ConsumeIntInRange(-7, 7) if fdp.ConsumeBool() else None for _ in range(3)]
        return slice(vals[0], vals[1], vals[2] or None)
    if c == 2:
        return None
    if c == 3:
        return Ellipsis
    if c == 4:
        return [fdp.ConsumeIntInRange(-6, 6) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    if c == 5:
        return [fdp.ConsumeBool() for _ in range(fdp.ConsumeIntInRange(1, 4))]
    return fdp.ConsumeBool()


def one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    shape = tuple(fdp.ConsumeIntInRange(0, 4) for _ in range(fdp.ConsumeIntInRange(0, 3)))
    key = tuple(key_part(fdp) for _ in range(fdp.ConsumeIntInRange(0, 4)))
    a = np.arange(int(np.prod(shape)), dtype=np.int32).reshape(shape)
    x = dp.asarray(a, device="host")
    try:
        expected = np.asarray(a[key])
    except ERRORS:
        try:
            dp.asnumpy(x[key])
        except ERRORS:
            return
        raise AssertionError(f"NumPy refuses {key!r} on shape {shape}, dparray does not")
    got = dp.asnumpy(x[key])
    if got.shape != expected.shape or not np.array_equal(got, expected):
        raise AssertionError(f"{key!r} on {shape}: {got!r} != {expected!r}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
