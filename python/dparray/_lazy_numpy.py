"""NumPy, imported on first use: `import dparray` does not pay for NumPy's import."""


class _LazyNumPy:
    def __getattr__(self, name):
        import numpy

        return getattr(numpy, name)


numpy = _LazyNumPy()
