"""KernelError: a kernel or device function outside the supported Python subset."""


class KernelError(TypeError):
    """A kernel or device function uses Python outside the supported subset.

    Raised by ``call_kernel`` when a kernel is translated (at the first launch of each
    argument-type signature), before anything runs. The message names the construct and
    its ``file:line`` and function. A subclass of ``TypeError``; it replaces the numba
    ``TypingError`` that numba-dpex raises.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> @dpex.kernel
    ... def uses_a_list(item, a):
    ...     values = [1, 2]
    ...     a[item.get_id(0)] = values[0]
    >>> try:
    ...     dpex.call_kernel(uses_a_list, dpex.Range(2), dp.zeros(2))
    ... except dpex.KernelError as e:
    ...     print(e)
    a list is not supported in a kernel (...)
    >>> issubclass(dpex.KernelError, TypeError)
    True
    """
