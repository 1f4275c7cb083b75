"""Docstrings of dparray's C++-bound utilities routines (keys: see dparray/_docstrings)."""

_FP64_NOTE = """\
    The answer does not depend on a device. On a device without float64 (an OpenCL device
    without fp64, or any OpenCL device when ``DPARRAY_OPENCL_NO_FP64=1``) an operation
    whose loop this promotion makes float64 / complex128 computes and returns float32 /
    complex64 instead, and asking for a float64 array there raises ``ValueError``."""

DOCS = {
    "dtype": """
    A dparray data type.

    dparray has one ``dtype`` object per supported type: ``bool``, ``int8``, ``int16``,
    ``int32``, ``int64``, ``uint8``, ``uint16``, ``uint32``, ``uint64``, ``float16``,
    ``float32``, ``float64``, ``complex64`` and ``complex128``, also available as
    ``dparray.float32`` and so on. A dtype compares equal to the NumPy dtype, the NumPy
    scalar type and the type name of the same type, and calling it makes a scalar
    (``dparray.float32(3)`` is ``numpy.float32(3.0)``) or casts an array (``astype``).

    Parameters
    ----------
    spec : dtype, str, type or numpy.dtype
        The type: a dparray dtype, a NumPy name or type code (``"float32"``, ``"f4"``,
        ``"f"``, ``"int"``, ``"float"``, ``"complex"``, ``"bool"``), a Python type
        (``bool``, ``int`` is int64, ``float`` is float64, ``complex`` is complex128), a
        NumPy dtype or a NumPy scalar type.

    Returns
    -------
    dtype
        The one dtype object of that type (``dtype("f4") is dparray.float32``).

    Raises
    ------
    TypeError
        If `spec` is None or names no dtype dparray supports (strings, objects, structured
        and datetime types are not array types in dparray).

    See Also
    --------
    result_type, promote_types, can_cast, finfo, iinfo

    Notes
    -----
    Differences from ``numpy.dtype``: there is no byte order, no structured, string,
    object or datetime type; ``dtype(None)`` raises instead of giving float64. Calling a
    dtype on a value returns a NumPy scalar (as dpnp does); calling it on a dparray array
    returns ``astype(array, dtype)`` on the array's device.

    Examples
    --------
    >>> dp.dtype("f4")
    dtype('float32')
    >>> dp.dtype("f4") is dp.float32
    True
    >>> dp.dtype(float)
    dtype('float64')
    >>> dp.float32 == np.float32, dp.int16 == "int16"
    (True, True)
    >>> dp.float32(3)
    np.float32(3.0)
    >>> dp.float32(dp.asarray([1, 2]))
    array([1., 2.], dtype=float32)
    """,
    "dtype.name": """
    The type's NumPy name, such as ``'float32'`` or ``'bool'`` (also what ``str(dtype)``
    gives).

    Examples
    --------
    >>> dp.float32.name
    'float32'
    """,
    "dtype.itemsize": """
    The size of one element in bytes (1 for bool, int8 and uint8; 16 for complex128).

    Examples
    --------
    >>> dp.complex128.itemsize
    16
    """,
    "dtype.kind": """
    A character naming the type's kind, as NumPy's: ``'b'`` bool, ``'i'`` signed integer,
    ``'u'`` unsigned integer, ``'f'`` floating, ``'c'`` complex floating.

    Examples
    --------
    >>> dp.int32.kind, dp.uint8.kind, dp.float16.kind
    ('i', 'u', 'f')
    """,
    "dtype.char": """
    NumPy's one-character type code (``'?'`` bool, ``'b'`` int8, ``'h'`` int16, ``'i'``
    int32, ``'l'`` int64, ``'B'``, ``'H'``, ``'I'``, ``'L'`` the unsigned ones, ``'e'``
    float16, ``'f'`` float32, ``'d'`` float64, ``'F'`` complex64, ``'D'`` complex128).

    Examples
    --------
    >>> dp.float64.char, dp.int64.char
    ('d', 'l')
    """,
    "dtype.str": """
    The array-interface type string: byte order (``'<'``, little endian; ``'|'`` for
    one-byte types), kind and item size, as NumPy's ``dtype.str``.

    Examples
    --------
    >>> dp.float32.str, dp.bool.str
    ('<f4', '|b1')
    """,
    "dtype.dtype": """
    The NumPy dtype of the same type (imports NumPy on first use); ``numpy.dtype(t)``
    uses it, so dparray dtypes can be passed wherever NumPy expects a dtype.

    Examples
    --------
    >>> dp.float32.dtype
    dtype('float32')
    >>> isinstance(dp.float32.dtype, np.dtype)
    True
    """,
    "dtype.type": """
    The NumPy scalar type of the same type (``numpy.float32`` for ``dparray.float32``).

    Examples
    --------
    >>> dp.float32.type
    <class 'numpy.float32'>
    """,
    "can_cast": """
    Whether a cast from one data type to another is allowed by a casting rule.

    Parameters
    ----------
    from\\_ : dtype, str, type or ndarray
        The source type: a dtype or anything ``dtype()`` accepts, or an array (its dtype).
        None stands for float64.
    to : dtype, str, type or ndarray
        The target type, in the same forms.
    casting : {'no', 'equiv', 'safe', 'same_kind', 'unsafe'}, optional
        The rule (default ``'safe'``): ``'no'`` and ``'equiv'`` allow only the same type
        (dparray types have no byte order); ``'safe'`` allows casts that keep every value
        (``promote_types(from_, to) == to``); ``'same_kind'`` also allows casts within a
        kind and up the order bool, unsigned, signed, floating, complex (float64 to
        float32, int64 to int8 too); ``'unsafe'`` allows everything.

    Returns
    -------
    bool
        True when the cast is allowed.

    Raises
    ------
    TypeError
        If ``from_`` or ``to`` is not a type dparray supports, e.g. a Python scalar value
        (NumPy 2 refuses those too).
    ValueError
        If `casting` is not one of the five rules.

    See Also
    --------
    promote_types, result_type, astype

    Notes
    -----
    Only types are compared; the values of an array argument are not inspected. The answer
    does not depend on the device.

    Examples
    --------
    >>> dp.can_cast(dp.int32, dp.float64)
    True
    >>> dp.can_cast("i8", "f4")
    False
    >>> dp.can_cast("i8", "f4", casting="same_kind")
    True
    >>> dp.can_cast(dp.asarray([1, 2]), dp.float64)
    True
    """,
    "promote_types": """
    The smallest data type both given types can be safely cast to (NumPy 2 rules).

    Parameters
    ----------
    type1, type2 : dtype, str, type or ndarray
        The two types: dtypes or anything ``dtype()`` accepts, or arrays (their dtypes).
        None stands for float64.

    Returns
    -------
    dtype
        The promoted type. Mixed signed / unsigned integers give the next signed type wide
        enough for both (int64 with uint64 gives float64); integers with float16 or
        float32 give the float type wide enough for the integer.

    Raises
    ------
    TypeError
        If an argument is not a type dparray supports.

    See Also
    --------
    result_type, can_cast

    Notes
    -----
    The promotion is symmetric and between types only (Python scalars are not weak here,
    ``int`` is int64).

"""
    + _FP64_NOTE
    + """

    Examples
    --------
    >>> dp.promote_types(dp.int8, dp.uint8)
    dtype('int16')
    >>> dp.promote_types("i8", "u8")
    dtype('float64')
    >>> dp.promote_types("f2", "i4")
    dtype('float64')
    >>> dp.promote_types(dp.float32, dp.complex64)
    dtype('complex64')
    """,
    "result_type": """
    The data type an operation on the given arrays, dtypes and Python scalars returns.

    Arrays, dtypes and NumPy scalars are promoted together with ``promote_types``; Python scalars
    (``bool``, ``int``, ``float``, ``complex``) are weak (NumPy 2, NEP 50): they take the
    other operands' type when their kind is no higher (``int8`` with ``1`` is int8,
    ``float32`` with ``1.5`` is float32), and otherwise give the default type of their kind
    (int64, float64, complex128; a complex scalar with float32 gives complex64).

    Parameters
    ----------
    *arrays_and_dtypes : ndarray, dtype, str, type, NumPy scalar, bool, int, float or complex
        At least one operand. Strings and types are read as dtypes (``int`` is int64).

    Returns
    -------
    dtype
        The result type. With Python scalars only, the default type of the highest kind
        among them (``result_type(1, 2.0)`` is float64).

    Raises
    ------
    ValueError
        If no argument is given.
    TypeError
        If an argument is neither an array, a dtype, nor a Python number.

    See Also
    --------
    promote_types, can_cast

    Notes
    -----
    Values are not inspected: ``result_type(dparray.int8, 300)`` is int8, as in NumPy (the
    operation itself raises ``OverflowError`` for an int8 array plus 300).

    A NumPy scalar value (``numpy.float32(1)``, ``numpy.int16(1)``) counts with its dtype,
    as in NumPy 2 (``result_type(numpy.float32(1), int8)`` is float32), as it does in
    operations (``x + s``).

"""
    + _FP64_NOTE
    + """

    Examples
    --------
    >>> x = dp.asarray([1, 2], dtype=dp.float32)
    >>> dp.result_type(x, 1.5)
    dtype('float32')
    >>> dp.result_type(dp.int8, 1)
    dtype('int8')
    >>> dp.result_type(dp.int8, 1.0)
    dtype('float64')
    >>> dp.result_type(dp.int32, dp.uint32)
    dtype('int64')
    >>> dp.result_type(dp.float32, 1j)
    dtype('complex64')
    >>> dp.result_type(np.float32(1), dp.int8)
    dtype('float32')
    """,
}
