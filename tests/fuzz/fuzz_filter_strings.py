"""atheris entry point: filter strings, get_devices arguments and dtype strings.

Run under the sanitizer build with tests/fuzz/run.sh (coverage-guided over the Python layer;
the C++ parsers are exercised through it, and ASan/UBSan catch what they do wrong)."""

import sys

import atheris

with atheris.instrument_imports():
    import dparray as dp

ALLOWED = (ValueError, TypeError)


def one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    s = fdp.ConsumeUnicodeNoSurrogates(64)
    for call in (
        dp.Device,
        dp.select_device,
        lambda t: dp.get_devices(backend=t),
        lambda t: dp.get_devices(device_type=t),
        lambda t: dp.zeros(1, dtype=t, device="host"),
    ):
        try:
            call(s)
        except ALLOWED:
            pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
