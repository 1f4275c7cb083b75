"""dparray.program: OpenCL C programs built from source on a queue's device, their kernels,
and launches (the role of dpctl.program). Builds are cached in memory and on disk.

    prog = dparray.program.create_program_from_source(q, src)
    k = prog.get_kernel("axpy")
    ev = dparray.program.submit(q, k, [y, x, numpy.float32(2)], global_range=[n])

Arrays are passed as buffers; scalars need an explicit C type: a NumPy scalar, a ctypes
value or a (value, dtype) pair. LocalMemory(nbytes) passes __local memory.
"""

from . import _core

Program = _core.Program
Kernel = _core.Kernel
LocalMemory = _core.LocalMemory

__all__ = ["Kernel", "LocalMemory", "Program", "create_program_from_source", "submit"]


def create_program_from_source(queue, src, options=""):
    """Build an OpenCL C program from source on a queue's device.

    Parameters
    ----------
    queue : Queue
        A queue on an OpenCL device; the program is built for that device and its kernels
        run on queues of that device.
    src : str
        The OpenCL C source, defining one or more ``__kernel`` functions.
    options : str, optional
        Options for the OpenCL compiler (``clBuildProgram``), e.g. ``"-DN=4
        -cl-fast-relaxed-math"``. The default is none.

    Returns
    -------
    Program
        The built program; `Program.get_kernel` gives its kernels.

    Raises
    ------
    BuildError
        If the source does not compile; the message holds the compiler's log.
    ValueError
        If `queue` is not on an OpenCL device (the host backend runs no OpenCL C), or
        `src` is empty or contains a NUL character.
    TypeError
        If `queue` is not a `Queue`, or `src` or `options` is not a str.

    See Also
    --------
    submit : Launch a kernel of the program.

    Notes
    -----
    Builds are cached per device and options: in memory (``DPARRAY_PROGRAM_CACHE_SIZE``
    programs per device, 256 by default, least recently used evicted) and on disk under
    ``DPARRAY_CACHE_DIR`` (``~/.cache/dparray`` by default; at most
    ``DPARRAY_DISK_CACHE_LIMIT`` bytes), so building the same source again is cheap. The
    GIL is released while the program builds.

    Examples
    --------
    >>> src = '''
    ... __kernel void scale(__global float *x, float a) {
    ...     x[get_global_id(0)] *= a;
    ... }'''
    >>> ocl = dp.get_devices(backend="opencl")  # programs need an OpenCL device
    >>> if ocl:
    ...     q = dp.Queue(ocl[0])
    ...     prog = dp.program.create_program_from_source(q, src, options="-cl-fast-relaxed-math")
    ...     assert prog.has_kernel("scale") and prog.device == ocl[0]
    ...     x = dp.ones(3, dtype="float32", sycl_queue=q)
    ...     dp.program.submit(q, prog.get_kernel("scale"), [x, np.float32(4)], [3]).wait()
    ...     assert (dp.asnumpy(x) == [4, 4, 4]).all()
    >>> dp.program.create_program_from_source(dp.Queue("host:cpu:0"), src)
    Traceback (most recent call last):
        ...
    ValueError: [create_program_from_source] device 'host:cpu:0' is not an OpenCL device; ...
    """
    return _core._program_create_from_source(queue, src, options)


def submit(queue, kernel, args, global_range, local_range=None):
    """Enqueue a kernel over an ND-range on a queue.

    The launch is asynchronous: it returns once the kernel is enqueued, after the queue's
    earlier commands, and the returned event completes when it has run.

    Parameters
    ----------
    queue : Queue
        A queue on the device the kernel's program was built for.
    kernel : Kernel
        The kernel to run (`Program.get_kernel`).
    args : sequence
        One entry per kernel argument, in order (``kernel.num_args`` of them):

        - a `dparray.ndarray` on the queue's device for a ``__global`` pointer: the
          kernel gets the array's buffer from its first element on, whatever its strides
          (pass contiguous arrays, or index them in the kernel);
        - a typed scalar for a scalar argument: a NumPy scalar (``np.float32(2)``), a
          ctypes value (``ctypes.c_int(3)``) or a ``(value, dtype)`` pair
          (``(3, "int32")``); a plain Python int or float is refused, since its C type
          would be a guess;
        - a `LocalMemory` for a ``__local`` pointer.
    global_range : int or sequence of int
        The global work size, 1 to 3 dimensions, each positive.
    local_range : int or sequence of int, optional
        The work-group size, with as many dimensions as `global_range`, dividing it. The
        default, None, lets the driver choose.

    Returns
    -------
    Event
        Completes when the kernel has run; on a queue made with
        ``property="enable_profiling"`` it carries the kernel's times.

    Raises
    ------
    ValueError
        If the queue is not on an OpenCL device, the number of arguments differs from
        ``kernel.num_args``, a range is empty, has more than 3 dimensions or a zero entry,
        the local range does not divide the global range or exceeds the device's or the
        kernel's work-group size, the local memory exceeds the device's, or an array view
        starts at an offset that is not a multiple of the device's base address alignment.
    TypeError
        If an argument is a Python scalar without a dtype or of an unsupported type.
    ExecutionPlacementError
        If the kernel was built for another device than the queue's, or an array argument
        is not on the kernel's device.

    Notes
    -----
    Array arguments on another queue of the device are waited for before the launch, so
    the kernel sees their finished values. The kernel itself runs on `queue`: wait for its
    event before using its results through another queue.

    Examples
    --------
    >>> src = '''
    ... __kernel void axpy(__global float *y, __global const float *x, float a) {
    ...     size_t i = get_global_id(0);
    ...     y[i] += a * x[i];
    ... }'''
    >>> ocl = dp.get_devices(backend="opencl")  # programs need an OpenCL device
    >>> if ocl:
    ...     q = dp.Queue(ocl[0])
    ...     k = dp.program.create_program_from_source(q, src).get_kernel("axpy")
    ...     x = dp.arange(4, dtype="float32", sycl_queue=q)
    ...     y = dp.ones(4, dtype="float32", sycl_queue=q)
    ...     ev = dp.program.submit(q, k, [y, x, np.float32(2)], global_range=[4])
    ...     ev.wait()
    ...     assert (dp.asnumpy(y) == [1, 3, 5, 7]).all()
    ...     ev = dp.program.submit(q, k, [y, x, (0.5, "float32")], [4], local_range=[2])
    ...     assert (dp.asnumpy(y) == [1, 3.5, 6, 8.5]).all()
    ...     try:
    ...         dp.program.submit(q, k, [y, x, 2.0], [4])
    ...     except TypeError as e:
    ...         assert "without a dtype" in str(e)
    """
    return _core._program_submit(queue, kernel, args, global_range, local_range)
