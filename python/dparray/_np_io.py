"""File I/O of dparray arrays in NumPy's formats: .npy / .npz (save, load, savez,
savez_compressed), text (savetxt, loadtxt, genfromtxt, fromregex) and raw binary (fromfile).

Files are read and written on the host by NumPy (the formats and parsers are NumPy's, so
the files are interchangeable with NumPy's); arrays are copied to the host to be written
and loaded arrays are copied to the requested device (device= / sycl_queue= / usm_type=)."""

import collections.abc

from . import _core as _c

__all__ = [
    "fromfile",
    "fromregex",
    "genfromtxt",
    "load",
    "loadtxt",
    "save",
    "savetxt",
    "savez",
    "savez_compressed",
]


def _numpy(op):
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover
        raise ImportError(
            f"[{op}] needs NumPy installed: it reads and writes the file formats"
        ) from None


def _run(op, f, *args, **kwargs):
    """NumPy's reader / writer f, its argument errors raised naming the dparray function
    (file-system errors pass through unchanged)."""
    try:
        return f(*args, **kwargs)
    except OSError:
        raise
    except (TypeError, ValueError, AttributeError) as e:
        kind = ValueError if isinstance(e, ValueError) else TypeError
        raise kind(f"[{op}] {e}") from e


def _source(fname, op):
    """NumPy's text readers take paths, files and sequences of lines; a mapping is none."""
    if isinstance(fname, (collections.abc.Mapping, collections.abc.Set)):
        raise TypeError(
            f"[{op}] fname must be a path, a file or a sequence of lines, not {type(fname).__name__}"
        )
    return fname


def _host(x, op):
    if isinstance(x, _c.ndarray):
        return _c.asnumpy(x)
    np = _numpy(op)
    h = np.asarray(x)
    if h.dtype.kind not in "biufc":
        raise TypeError(f"[{op}] cannot save values of dtype {h.dtype}: dparray arrays are numeric")
    return h


def _placement(device, usm_type, sycl_queue):
    kw = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}
    return {k: v for k, v in kw.items() if v is not None}


def _to_device(h, op, kw):
    if h.dtype.kind not in "biufc":
        raise TypeError(
            f"[{op}] the file holds values of dtype {h.dtype}, which dparray arrays cannot hold"
        )
    if not h.dtype.isnative:  # files may hold big-endian data
        h = h.astype(h.dtype.newbyteorder("="))
    return _c.asarray(h, **kw)


def save(file, arr, allow_pickle=True) -> None:
    """Write an array to a binary file in NumPy ``.npy`` format.

    Parameters
    ----------
    file : str, os.PathLike or file-like
        The file name (``'.npy'`` is appended when it does not end so) or an open binary
        file (written from its current position).
    arr : ndarray or array_like
        The array; a non-dparray input is converted by NumPy and must be numeric or bool.
    allow_pickle : bool, optional
        Accepted for NumPy's signature (default True); dparray arrays are numeric and are
        never pickled.

    Raises
    ------
    TypeError
        If `arr` is not numeric (strings, objects).
    OSError
        If the file cannot be written.

    See Also
    --------
    load, savez, savez_compressed, savetxt

    Notes
    -----
    The arrays are copied to the host (waiting for the work that produces them) and written
    by NumPy (required), so the files are NumPy's and interchangeable with it. The device is not recorded in the file.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> dp.save(buf, dp.asarray([1, 2, 3]))
    >>> _ = buf.seek(0)
    >>> dp.load(buf)
    array([1, 2, 3])
    """
    np = _numpy("save")
    _run("save", np.save, file, _host(arr, "save"), allow_pickle=False)


def _savez(op, file, args, kwds, compressed):
    np = _numpy(op)
    host_args = [_host(a, op) for a in args]
    host_kwds = {k: _host(v, op) for k, v in kwds.items()}
    f = np.savez_compressed if compressed else np.savez
    _run(op, f, file, *host_args, **host_kwds)


def savez(file, *args, allow_pickle=True, **kwds) -> None:
    """Write several arrays to an uncompressed ``.npz`` archive.

    Parameters
    ----------
    file : str, os.PathLike or file-like
        The file name (``'.npz'`` is appended when it does not end so) or an open binary
        file.
    *args : ndarray or array_like
        Arrays stored as ``arr_0``, ``arr_1``, ...
    allow_pickle : bool, optional
        Accepted for NumPy's signature (default True); nothing is pickled.
    **kwds : ndarray or array_like
        Arrays stored under their keyword names.

    Raises
    ------
    TypeError
        If an array is not numeric.
    ValueError
        If a keyword name is also a positional array's (``arr_0``...).
    OSError
        If the file cannot be written.

    See Also
    --------
    savez_compressed, save, load

    Notes
    -----
    The arrays are copied to the host (waiting for the work that produces them) and written
    by NumPy (required), so the files are NumPy's and interchangeable with it.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> dp.savez(buf, dp.asarray([1, 2]), b=dp.asarray([0.5]))
    >>> _ = buf.seek(0)
    >>> with dp.load(buf) as f:
    ...     sorted(f.files), f["arr_0"], f["b"]
    (['arr_0', 'b'], array([1, 2]), array([0.5]))
    """
    _savez("savez", file, args, kwds, compressed=False)


def savez_compressed(file, *args, allow_pickle=True, **kwds) -> None:
    """Write several arrays to a compressed (zip deflate) ``.npz`` archive.

    Parameters
    ----------
    file : str, os.PathLike or file-like
        The file name (``'.npz'`` is appended when it does not end so) or an open binary
        file.
    *args : ndarray or array_like
        Arrays stored as ``arr_0``, ``arr_1``, ...
    allow_pickle : bool, optional
        Accepted for NumPy's signature (default True); nothing is pickled.
    **kwds : ndarray or array_like
        Arrays stored under their keyword names.

    Raises
    ------
    TypeError
        If an array is not numeric.
    ValueError
        If a keyword name is also a positional array's (``arr_0``...).
    OSError
        If the file cannot be written.

    See Also
    --------
    savez, save, load

    Notes
    -----
    The arrays are copied to the host (waiting for the work that produces them) and written
    by NumPy (required), so the files are NumPy's and interchangeable with it.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> dp.savez_compressed(buf, x=dp.zeros(1000))
    >>> buf.tell() < 1000
    True
    >>> _ = buf.seek(0)
    >>> dp.load(buf)["x"].shape
    (1000,)
    """
    _savez("savez_compressed", file, args, kwds, compressed=True)


class NpzFile(collections.abc.Mapping):
    """The arrays of an .npz archive, each loaded onto the device when first read
    (numpy.lib.npyio.NpzFile's mapping interface; a context manager closing the file)."""

    def __init__(self, npz, kw):
        self._npz, self._kw = npz, kw
        self.files = list(npz.files)

    def __getitem__(self, key):
        return _to_device(self._npz[key], "load", self._kw)

    def __iter__(self):
        return iter(self.files)

    def __len__(self):
        return len(self.files)

    def __contains__(self, key):
        return key in self.files

    def close(self):
        self._npz.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<dparray NpzFile with arrays {self.files}>"


def load(
    file,
    mmap_mode=None,
    allow_pickle=False,
    fix_imports=True,
    encoding="ASCII",
    *,
    max_header_size=10000,
    device=None,
    usm_type=None,
    sycl_queue=None,
):
    """Load an array or the arrays of an archive from a ``.npy`` / ``.npz`` file.

    Parameters
    ----------
    file : str, os.PathLike or file-like
        The file name or an open binary file, written by ``save`` / ``savez`` of dparray or
        NumPy.
    mmap_mode : None, optional
        Must be None (the default): memory mapping is not supported.
    allow_pickle : bool, optional
        Passed to NumPy (default False); pickled data are refused either way, as dparray
        arrays cannot hold objects.
    fix_imports, encoding : optional
        Passed to NumPy (defaults True and ``'ASCII'``); they matter only for pickles.
    max_header_size : int, optional
        The largest ``.npy`` header NumPy parses (default 10000); keyword only.
    device : str, Device or Queue, optional
        The device to put the array on (default None: the default device); keyword only.
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``); keyword only.
    sycl_queue : Queue, optional
        The queue to put the array on (default None); keyword only.

    Returns
    -------
    ndarray or NpzFile
        For a ``.npy`` file, the array on the requested device. For an ``.npz`` archive, a
        read-only mapping from array names to arrays (``files`` lists the names), each array
        read and copied to the device when indexed; it is a context manager and has
        ``close()``, which closes the file.

    Raises
    ------
    ValueError
        If `mmap_mode` is given, or the file holds pickled data or is not a ``.npy`` /
        ``.npz`` file.
    TypeError
        If the array is not numeric or bool (with ``allow_pickle=True``: object arrays).
    OSError
        If the file cannot be read (``FileNotFoundError`` for a missing one).

    See Also
    --------
    save, savez, loadtxt

    Notes
    -----
    The file is read and parsed on the host by NumPy (required), then the array is copied
    to the requested device/queue. Big-endian data are converted to the native byte order.
    On a device without float64, float64 / complex128 data arrive as float32 / complex64.

    Difference from NumPy: no memory mapping, and the placement keywords.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> np.save(buf, np.arange(4, dtype=np.int16))
    >>> _ = buf.seek(0)
    >>> dp.load(buf)
    array([0, 1, 2, 3], dtype=int16)
    """
    op = "load"
    if mmap_mode is not None:
        raise ValueError(
            f"[{op}] mmap_mode={mmap_mode!r} is not supported: dparray arrays live in device "
            "memory and cannot map a file; load without mmap_mode"
        )
    np = _numpy(op)
    kw = _placement(device, usm_type, sycl_queue)
    r = _run(
        op,
        np.load,
        file,
        allow_pickle=allow_pickle,
        fix_imports=fix_imports,
        encoding=encoding,
        max_header_size=max_header_size,
    )
    if isinstance(r, np.ndarray):
        return _to_device(r, op, kw)
    if hasattr(r, "files"):
        return NpzFile(r, kw)
    raise TypeError(f"[{op}] the file holds a pickled {type(r).__name__}, not an array")


def savetxt(
    fname,
    X,
    fmt="%.18e",
    delimiter=" ",
    newline="\n",
    header="",
    footer="",
    comments="# ",
    encoding=None,
) -> None:
    r"""Write a 1-D or 2-D array to a text file.

    Parameters
    ----------
    fname : str, os.PathLike or file-like
        The file name (a ``.gz`` name is gzip-compressed) or an open file.
    X : ndarray or array_like
        The data: a 1-D array is written one value per line.
    fmt : str or sequence of str, optional
        A ``%`` format for every value, one per column, or a whole-line format
        (default ``'%.18e'``).
    delimiter : str, optional
        Between columns (default ``' '``).
    newline : str, optional
        Ends each line (default ``'\n'``).
    header, footer : str, optional
        Text written before / after the data, each line prefixed with `comments` (default
        ``''``).
    comments : str, optional
        Prefix of the header and footer lines (default ``'# '``).
    encoding : str, optional
        The text encoding of a file NumPy opens (default None: ``'latin1'``, as NumPy).

    Raises
    ------
    TypeError, ValueError
        If `X` is not numeric, has more than 2 dimensions, or `fmt` does not fit it.
    OSError
        If the file cannot be written.

    See Also
    --------
    loadtxt, save

    Notes
    -----
    The arrays are copied to the host (waiting for the work that produces them) and written
    by NumPy (required), so the files are NumPy's and interchangeable with it.

    Examples
    --------
    >>> import io
    >>> s = io.StringIO()
    >>> dp.savetxt(s, dp.asarray([[1.0, 2.0], [3.0, 4.0]]), fmt="%.1f", delimiter=",")
    >>> print(s.getvalue(), end="")
    1.0,2.0
    3.0,4.0
    """
    np = _numpy("savetxt")
    _run(
        "savetxt",
        np.savetxt,
        fname,
        _host(X, "savetxt"),
        fmt,
        delimiter,
        newline,
        header,
        footer,
        comments,
        encoding,
    )


def loadtxt(fname, dtype=float, *args, device=None, usm_type=None, sycl_queue=None, **kwargs):
    r"""Load an array from a text file.

    Parameters
    ----------
    fname : str, os.PathLike, file-like or sequence of str
        The file name (``.gz`` / ``.bz2`` names are decompressed), an open file, or the
        lines.
    dtype : dtype, str or type, optional
        The dtype of the result (default ``float``: float64); dparray dtypes are accepted.
    *args, **kwargs
        NumPy's other arguments, passed on: ``comments``, ``delimiter``, ``converters``,
        ``skiprows``, ``usecols``, ``unpack``, ``ndmin``, ``encoding``, ``max_rows``,
        ``quotechar``.
    device : str, Device or Queue, optional
        The device to put the array on (default None: the default device); keyword only.
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``); keyword only.
    sycl_queue : Queue, optional
        The queue to put the array on (default None); keyword only.

    Returns
    -------
    ndarray or tuple of ndarray
        The data on the requested device (a tuple of arrays when ``unpack=True`` gives one).

    Raises
    ------
    TypeError
        If `fname` is a mapping or set, or the values are not numeric (a structured or string
        `dtype`).
    ValueError
        If a value cannot be converted or the rows differ in length.
    OSError
        If the file cannot be read.

    See Also
    --------
    genfromtxt, savetxt, load

    Notes
    -----
    The file is read and parsed on the host by NumPy (required), then the array is copied
    to the requested device/queue. Big-endian data are converted to the native byte order.
    On a device without float64, float64 / complex128 data arrive as float32 / complex64.

    Differences from NumPy: the result must be numeric or bool (dparray has no
    structured dtypes), and the placement keywords.

    Examples
    --------
    >>> import io
    >>> dp.loadtxt(io.StringIO("1 2\n3 4"))
    array([[1., 2.],
           [3., 4.]])
    >>> dp.loadtxt(["1,2", "3,4"], delimiter=",", dtype=dp.int32)
    array([[1, 2],
           [3, 4]], dtype=int32)
    """
    np = _numpy("loadtxt")
    r = _run(
        "loadtxt", np.loadtxt, _source(fname, "loadtxt"), _np_dtype(np, dtype), *args, **kwargs
    )
    if isinstance(r, tuple):  # unpack=True with a structured dtype
        return tuple(_to_device(x, "loadtxt", _placement(device, usm_type, sycl_queue)) for x in r)
    return _to_device(r, "loadtxt", _placement(device, usm_type, sycl_queue))


def genfromtxt(fname, dtype=float, *args, device=None, usm_type=None, sycl_queue=None, **kwargs):
    r"""Load an array from a text file, with missing values handled.

    Parameters
    ----------
    fname : str, os.PathLike, file-like or sequence of str
        The file name, an open file, or the lines.
    dtype : dtype, str or type, optional
        The dtype of the result (default ``float``: float64); dparray dtypes are accepted.
    *args, **kwargs
        NumPy's other arguments, passed on: ``comments``, ``delimiter``, ``skip_header``,
        ``skip_footer``, ``converters``, ``missing_values``, ``filling_values``,
        ``usecols``, ``max_rows``, ``encoding``... Missing values become nan in float
        results unless `filling_values` says otherwise.
    device : str, Device or Queue, optional
        The device to put the array on (default None: the default device); keyword only.
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``); keyword only.
    sycl_queue : Queue, optional
        The queue to put the array on (default None); keyword only.

    Returns
    -------
    ndarray
        The data on the requested device.

    Raises
    ------
    ValueError
        If ``usemask=True`` (dparray has no masked arrays), or NumPy cannot parse the data.
    TypeError
        If `fname` is a mapping or set, or the result is not numeric (structured or string
        dtypes).
    OSError
        If the file cannot be read.

    See Also
    --------
    loadtxt

    Notes
    -----
    The file is read and parsed on the host by NumPy (required), then the array is copied
    to the requested device/queue. Big-endian data are converted to the native byte order.
    On a device without float64, float64 / complex128 data arrive as float32 / complex64.

    Differences from NumPy: no masked or structured results, and the placement
    keywords.

    Examples
    --------
    >>> import io
    >>> dp.genfromtxt(io.StringIO("1,2\n3,\n5,6"), delimiter=",")
    array([[ 1.,  2.],
           [ 3., nan],
           [ 5.,  6.]])
    >>> dp.genfromtxt(io.StringIO("1,2\n3,\n5,6"), delimiter=",", filling_values=0)
    array([[1., 2.],
           [3., 0.],
           [5., 6.]])
    """
    np = _numpy("genfromtxt")
    if kwargs.get("usemask"):
        raise ValueError("[genfromtxt] usemask=True is not supported: dparray has no masked arrays")
    r = _run(
        "genfromtxt",
        np.genfromtxt,
        _source(fname, "genfromtxt"),
        _np_dtype(np, dtype),
        *args,
        **kwargs,
    )
    return _to_device(np.asarray(r), "genfromtxt", _placement(device, usm_type, sycl_queue))


def fromfile(
    file,
    dtype=float,
    count=-1,
    sep="",
    offset=0,
    *,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
):
    """Load an array from raw binary or separated text data in a file.

    Parameters
    ----------
    file : str, os.PathLike or file object
        The file name or an open file (a real file: in-memory streams such as
        ``io.BytesIO`` have no file descriptor and are refused by NumPy).
    dtype : dtype, str or type, optional
        The type of the items (default ``float``: float64); dparray dtypes are accepted.
    count : int, optional
        The number of items to read (default -1: all).
    sep : str, optional
        ``''`` (default): the file is raw binary in the machine's byte order; otherwise the
        separator between items of a text file (whitespace around it is skipped).
    offset : int, optional
        Bytes to skip first, binary files only (default 0).
    like : None, optional
        Accepted for NumPy's signature; ignored; keyword only.
    device : str, Device or Queue, optional
        The device to put the array on (default None: the default device); keyword only.
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``); keyword only.
    sycl_queue : Queue, optional
        The queue to put the array on (default None); keyword only.

    Returns
    -------
    ndarray
        A 1-D array on the requested device.

    Raises
    ------
    TypeError, ValueError
        If the arguments are not valid, or the dtype is not numeric.
    OSError
        If the file cannot be read (``io.UnsupportedOperation`` for a stream without a file
        descriptor).

    See Also
    --------
    load, loadtxt, ndarray.tofile

    Notes
    -----
    The file is read and parsed on the host by NumPy (required), then the array is copied
    to the requested device/queue. Big-endian data are converted to the native byte order.
    On a device without float64, float64 / complex128 data arrive as float32 / complex64.

    Examples
    --------
    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "data.bin")
    ...     np.arange(4, dtype=np.int32).tofile(path)
    ...     dp.fromfile(path, dtype=dp.int32, count=2, offset=4)
    array([1, 2], dtype=int32)
    """
    np = _numpy("fromfile")
    r = _run("fromfile", np.fromfile, file, _np_dtype(np, dtype), count, sep, offset)
    return _to_device(r, "fromfile", _placement(device, usm_type, sycl_queue))


def fromregex(file, regexp, dtype, encoding=None, *, device=None, usm_type=None, sycl_queue=None):
    r"""Load arrays from a text file by regular-expression matching.

    Every match of `regexp` in the file gives one row; its groups are the fields of
    `dtype`.

    Parameters
    ----------
    file : str, os.PathLike or file-like
        The file name or an open file.
    regexp : str, bytes or compiled pattern
        The expression; its groups are converted to the fields of `dtype`.
    dtype : dtype or structured dtype description
        A NumPy structured dtype (``[("a", np.int64), ("b", np.float64)]``) with one field
        per group, or a plain numeric dtype for one group (dparray dtypes are accepted).
    encoding : str, optional
        The text encoding (default None: the system default).
    device : str, Device or Queue, optional
        The device to put the array on (default None: the default device); keyword only.
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``); keyword only.
    sycl_queue : Queue, optional
        The queue to put the array on (default None); keyword only.

    Returns
    -------
    ndarray or dict of str to ndarray
        With a plain dtype or a one-field dtype, the array of that field; with several fields,
        a dict from field name to array. Arrays are on the requested device.

    Raises
    ------
    TypeError, ValueError
        If the arguments are not valid or a field is not numeric.
    OSError
        If the file cannot be read.

    See Also
    --------
    loadtxt, genfromtxt

    Notes
    -----
    The file is read and parsed on the host by NumPy (required), then the array is copied
    to the requested device/queue. Big-endian data are converted to the native byte order.
    On a device without float64, float64 / complex128 data arrive as float32 / complex64.

    Difference from NumPy: dparray has no structured arrays, so the fields come
    back as separate arrays (NumPy returns one structured array).

    Examples
    --------
    >>> import io
    >>> text = io.StringIO("a=1 b=2\na=3 b=4")
    >>> dp.fromregex(text, r"a=(\d+) b=(\d+)", [("a", np.int64), ("b", np.int64)])
    {'a': array([1, 3]), 'b': array([2, 4])}
    >>> dp.fromregex(io.StringIO("x 1.5\nx 2.5"), r"x (\S+)", [("v", np.float64)])
    array([1.5, 2.5])
    """
    np = _numpy("fromregex")
    r = _run("fromregex", np.fromregex, file, regexp, _np_dtype(np, dtype), encoding)
    kw = _placement(device, usm_type, sycl_queue)
    names = r.dtype.names
    if not names:
        return _to_device(r, "fromregex", kw)
    if len(names) == 1:
        return _to_device(np.ascontiguousarray(r[names[0]]), "fromregex", kw)
    return {n: _to_device(np.ascontiguousarray(r[n]), "fromregex", kw) for n in names}


def _np_dtype(np, dtype):
    """dparray dtypes stand for the NumPy dtypes of the same name."""
    if isinstance(dtype, _c.dtype):
        return np.dtype(str(dtype))
    return dtype
