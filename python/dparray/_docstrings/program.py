"""Docstrings of dparray's C++-bound program routines (keys: see dparray/_docstrings)."""

# The examples build OpenCL C, which needs an OpenCL device (PoCL on a CPU will do). They run
# their OpenCL part under `if ocl:`, so they pass, doing less, where no such device exists.
_SETUP = '''\
>>> src = """
... __kernel void axpy(__global float *y, __global const float *x, float a) {
...     size_t i = get_global_id(0);
...     y[i] += a * x[i];
... }
... """
>>> ocl = dp.get_devices(backend="opencl")  # programs run on OpenCL devices only'''


def _setup(indent=8):
    return _SETUP.replace("\n", "\n" + " " * indent)


DOCS = {
    "Program": f"""
        An OpenCL C program built on one device (the role of dpctl's ``SyclProgram``).

        Programs are made by ``dparray.program.create_program_from_source``, not
        constructed; their kernels are launched with ``dparray.program.submit``.

        See Also
        --------
        dparray.program.create_program_from_source : Build a program.
        Kernel : A kernel of a program.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     q = dp.Queue(ocl[0])
        ...     prog = dp.program.create_program_from_source(q, src)
        ...     assert prog.has_kernel("axpy") and not prog.has_kernel("scale")
        ...     assert prog.device == q.device
        ...     assert prog.get_kernel("axpy").num_args == 3
    """,
    "Program.device": f"""
        The `Device` the program was built for; its kernels run on queues of this device.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     q = dp.Queue(ocl[0])
        ...     prog = dp.program.create_program_from_source(q, src)
        ...     assert prog.device == ocl[0]
    """,
    "Program.has_kernel": f"""
        Whether the program defines a kernel of that name.

        Parameters
        ----------
        name : str
            A ``__kernel`` function's name.

        Returns
        -------
        bool
            True when the program has a kernel called `name`.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     prog = dp.program.create_program_from_source(dp.Queue(ocl[0]), src)
        ...     assert prog.has_kernel("axpy")
        ...     assert not prog.has_kernel("saxpy")
    """,
    "Program.get_kernel": f"""
        The kernel of that name.

        Parameters
        ----------
        name : str
            A ``__kernel`` function's name.

        Returns
        -------
        Kernel
            The kernel, to launch with ``dparray.program.submit``.

        Raises
        ------
        ValueError
            If the program has no kernel called `name`.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     prog = dp.program.create_program_from_source(dp.Queue(ocl[0]), src)
        ...     k = prog.get_kernel("axpy")
        ...     assert (k.name, k.num_args) == ("axpy", 3)
    """,
    "Program.has_sycl_kernel": f"""
        Whether the program defines a kernel of that name (dpctl's name of `has_kernel`).

        Parameters
        ----------
        name : str
            A ``__kernel`` function's name.

        Returns
        -------
        bool
            True when the program has a kernel called `name`.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     prog = dp.program.create_program_from_source(dp.Queue(ocl[0]), src)
        ...     assert prog.has_sycl_kernel("axpy") == prog.has_kernel("axpy")
    """,
    "Program.get_sycl_kernel": f"""
        The kernel of that name (dpctl's name of `get_kernel`).

        Parameters
        ----------
        name : str
            A ``__kernel`` function's name.

        Returns
        -------
        Kernel
            The kernel, to launch with ``dparray.program.submit``.

        Raises
        ------
        ValueError
            If the program has no kernel called `name`.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     prog = dp.program.create_program_from_source(dp.Queue(ocl[0]), src)
        ...     assert prog.get_sycl_kernel("axpy").name == "axpy"
    """,
    "Kernel": f"""
        A kernel of a program (the role of dpctl's ``SyclKernel``).

        Kernels come from `Program.get_kernel`, not constructed; ``dparray.program.submit``
        launches them. A kernel keeps its program alive.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     q = dp.Queue(ocl[0])
        ...     k = dp.program.create_program_from_source(q, src).get_kernel("axpy")
        ...     x = dp.arange(4, dtype="float32", sycl_queue=q)
        ...     y = dp.ones(4, dtype="float32", sycl_queue=q)
        ...     dp.program.submit(q, k, [y, x, np.float32(2)], global_range=[4]).wait()
        ...     assert (dp.asnumpy(y) == [1, 3, 5, 7]).all()
    """,
    "Kernel.name": f"""
        The kernel's function name (str).

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     k = dp.program.create_program_from_source(dp.Queue(ocl[0]), src).get_kernel("axpy")
        ...     assert k.name == "axpy"
    """,
    "Kernel.num_args": f"""
        The number of arguments the kernel takes (int); ``submit`` needs that many.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     k = dp.program.create_program_from_source(dp.Queue(ocl[0]), src).get_kernel("axpy")
        ...     assert k.num_args == 3
    """,
    "Kernel.get_function_name": f"""
        The kernel's function name (dpctl's method form of `Kernel.name`).

        Returns
        -------
        str
            The name of the ``__kernel`` function.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     k = dp.program.create_program_from_source(dp.Queue(ocl[0]), src).get_kernel("axpy")
        ...     assert k.get_function_name() == k.name == "axpy"
    """,
    "Kernel.get_num_args": f"""
        The number of arguments the kernel takes (dpctl's method form of
        `Kernel.num_args`).

        Returns
        -------
        int
            The kernel's argument count.

        Examples
        --------
        {_setup()}
        >>> if ocl:
        ...     k = dp.program.create_program_from_source(dp.Queue(ocl[0]), src).get_kernel("axpy")
        ...     assert k.get_num_args() == k.num_args == 3
    """,
    "LocalMemory": f"""
        ``__local`` memory for a kernel argument (the role of dpctl's ``LocalAccessor``).

        Passed in the argument list of ``dparray.program.submit`` where the kernel takes a
        ``__local`` pointer: each work-group gets `nbytes` of local memory there.

        Parameters
        ----------
        nbytes : int
            The size in bytes, positive.

        Raises
        ------
        ValueError
            If `nbytes` is 0 or negative.

        Notes
        -----
        ``submit`` raises ValueError when the kernel's local memory (its own ``__local``
        variables and every LocalMemory argument) exceeds the device's
        `Device.local_mem_size`.

        Examples
        --------
        >>> lm = dp.LocalMemory(256)
        >>> lm
        LocalMemory(256)
        >>> lm.nbytes
        256

        A work-group sum through local memory:

        {_setup()}
        >>> group_sums = '''
        ... __kernel void group_sums(__global const float *x, __global float *out,
        ...                          __local float *tmp) {{
        ...     size_t l = get_local_id(0), n = get_local_size(0);
        ...     tmp[l] = x[get_global_id(0)];
        ...     barrier(CLK_LOCAL_MEM_FENCE);
        ...     if (l == 0) {{
        ...         float s = 0;
        ...         for (size_t i = 0; i < n; ++i) s += tmp[i];
        ...         out[get_group_id(0)] = s;
        ...     }}
        ... }}'''
        >>> if ocl:
        ...     q = dp.Queue(ocl[0])
        ...     k = dp.program.create_program_from_source(q, group_sums).get_kernel("group_sums")
        ...     x = dp.arange(8, dtype="float32", sycl_queue=q)
        ...     out = dp.zeros(2, dtype="float32", sycl_queue=q)
        ...     args = [x, out, dp.LocalMemory(4 * 4)]  # 4 floats per work-group
        ...     dp.program.submit(q, k, args, global_range=[8], local_range=[4]).wait()
        ...     assert (dp.asnumpy(out) == [6, 22]).all()
    """,
    "LocalMemory.nbytes": """
        The size of the local memory in bytes (int).

        Examples
        --------
        >>> dp.LocalMemory(64).nbytes
        64
    """,
}
