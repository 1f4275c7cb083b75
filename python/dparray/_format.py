"""NumPy-style repr and str of arrays (formatting runs once per print, in Python)."""


def _numpy():
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover - NumPy is optional at run time
        return None


def array_str(x):
    np = _numpy()
    if np is None:
        return f"<dparray.ndarray shape={x.shape} dtype={x.dtype}>"
    return np.array2string(x.__array__(), separator=" ")


def array_repr(x):
    np = _numpy()
    if np is None:
        return f"<dparray.ndarray shape={x.shape} dtype={x.dtype}>"
    text = np.array_repr(x.__array__())
    # NumPy writes "array(...)"; keep its layout, which already names non-default dtypes.
    return text
