"""Docstrings of dparray's C++-bound devices routines (keys: see dparray/_docstrings)."""

# Shared parts of the texts below.
_FILTER = """\
A *filter string* is ``backend:device_type:index``, each part optional and in that order:
``"cpu"``, ``"gpu"`` and ``"accelerator"`` name the first device of that type,
``"host:cpu:0"`` the host backend's CPU, ``"opencl:cpu:0"`` or ``"opencl:gpu"`` an OpenCL
device, ``"opencl:0"`` or ``"0"`` a device by index within a backend or among all devices,
and ``"gpu,cpu"`` the first entry of a list that names a device. The grammar is as strict
as dpctl's: lowercase, no spaces, indices without leading zeros."""

_PROPERTY_NOTE = """\
Like every `Device` property it is read once from the driver (OpenCL) or the operating
system (host backend) when dparray lists its devices."""

DOCS = {
    # ------------------------------------------------------------------ Device
    "Device": f"""
        A compute device (the role of ``dpctl.SyclDevice``).

        dparray lists the host backend's CPU device first (every core the process may run
        on, through oneTBB), then each OpenCL platform's devices in driver order. Arrays are
        placed on a device through its queue (see `Queue`, `get_default_queue`).
        ``dparray.SyclDevice`` is another name of this class.

        Parameters
        ----------
        filter_string : str, Device, Queue or ArrayDevice, optional
            The device to select: a filter string, a `Device`, a `Queue` (its device) or
            an `ArrayDevice` (its queue's device). The default, None, is the default device
            (`select_default_device`).

        Raises
        ------
        ValueError
            If the filter string is malformed or names no visible device.
        TypeError
            If `filter_string` is of another type.

        See Also
        --------
        get_devices : Every visible device.
        select_device : A device by filter string.
        Queue : A command queue on a device.

        Notes
        -----
        {_FILTER.replace(chr(10), chr(10) + " " * 8)}

        The environment variable ``DPARRAY_DEVICE_SELECTOR`` (the grammar of oneAPI's
        ``ONEAPI_DEVICE_SELECTOR``, e.g. ``opencl:cpu;!host:*``) filters and renumbers the
        devices when dparray starts. Devices compare equal when they are the same object:
        selecting the same device twice gives equal devices.

        Examples
        --------
        >>> cpu = dp.Device("cpu")
        >>> cpu.filter_string
        'host:cpu:0'
        >>> cpu == dp.Device("host:cpu:0") == dp.select_device("cpu")
        True
        >>> cpu.is_cpu, cpu.backend
        (True, 'host')
        >>> dp.Device() == dp.select_default_device()
        True
        >>> x = dp.ones(3, device=cpu)
        >>> dp.Device(x.device) == cpu
        True
    """,
    "Device.name": f"""
        The device's name, as its driver reports it (str).

        On the host backend it is the CPU's model name, on OpenCL ``CL_DEVICE_NAME``.
        {_PROPERTY_NOTE.replace(chr(10), chr(10) + " " * 8)}

        Examples
        --------
        >>> isinstance(dp.Device("cpu").name, str)
        True
    """,
    "Device.vendor": """
        The device's vendor (str): the CPU's vendor on the host backend (``GenuineIntel``,
        ``AuthenticAMD``, ...), ``CL_DEVICE_VENDOR`` on OpenCL.

        Examples
        --------
        >>> isinstance(dp.Device("cpu").vendor, str)
        True
    """,
    "Device.driver_version": """
        The version of the device's driver (str): ``"dparray host 0.1.0"`` for the host
        backend, ``CL_DRIVER_VERSION`` on OpenCL.

        Examples
        --------
        >>> dp.Device("host:cpu:0").driver_version
        'dparray host ...'
    """,
    "Device.version": """
        The device's version string (str): what the host backend is built on for the host
        device, ``CL_DEVICE_VERSION`` (e.g. ``"OpenCL 3.0 ..."``) on OpenCL.

        Examples
        --------
        >>> dp.Device("host:cpu:0").version
        'dparray host ...'
    """,
    "Device.backend": """
        The backend the device belongs to: ``'host'`` or ``'opencl'`` (str).

        dpctl returns a ``backend_type`` enum here; dparray returns its name.

        Examples
        --------
        >>> dp.Device("host:cpu:0").backend
        'host'
        >>> all(d.backend in ("host", "opencl") for d in dp.get_devices())
        True
    """,
    "Device.device_type": """
        The kind of device: ``'cpu'``, ``'gpu'`` or ``'accelerator'`` (str).

        dpctl returns a ``device_type`` enum here; dparray returns its name.

        Examples
        --------
        >>> dp.Device("cpu").device_type
        'cpu'
    """,
    "Device.filter_string": """
        The filter string that names this device, ``backend:device_type:index`` (str).

        The index counts devices of that backend and type. A sub-device's filter string is
        its parent's followed by ``.k``, its position among the sub-devices created by one
        call (``host:cpu:0.1``); sub-devices cannot be selected by it.

        Examples
        --------
        >>> dp.Device("cpu").filter_string
        'host:cpu:0'
        >>> dp.Device(dp.Device("cpu").filter_string) == dp.Device("cpu")
        True
    """,
    "Device.max_compute_units": """
        The number of compute units (int): on the host backend the CPU cores this process
        may run on (its affinity mask: ``taskset``, cgroups, ``mpirun``'s binding), on
        OpenCL ``CL_DEVICE_MAX_COMPUTE_UNITS``. A sub-device has the units it was given.

        Examples
        --------
        >>> dp.Device("cpu").max_compute_units >= 1
        True
    """,
    "Device.max_work_group_size": """
        The largest work-group (number of work-items in a local range) the device runs
        (int): ``CL_DEVICE_MAX_WORK_GROUP_SIZE`` on OpenCL, 8192 on the host backend.

        Examples
        --------
        >>> dp.Device("host:cpu:0").max_work_group_size
        8192
    """,
    "Device.global_mem_size": """
        The device's global memory in bytes (int): the machine's RAM on the host backend,
        ``CL_DEVICE_GLOBAL_MEM_SIZE`` on OpenCL.

        Examples
        --------
        >>> dp.Device("cpu").global_mem_size > 0
        True
    """,
    "Device.local_mem_size": """
        The device's local (work-group shared, OpenCL ``__local``) memory in bytes (int):
        ``CL_DEVICE_LOCAL_MEM_SIZE`` on OpenCL, 262144 (256 KiB) on the host backend.

        Examples
        --------
        >>> dp.Device("host:cpu:0").local_mem_size
        262144
    """,
    "Device.max_num_sub_devices": """
        The largest number of sub-devices `create_sub_devices` can make (int; 0 when the
        device cannot be partitioned). On the host backend it is the number of compute
        units (0 for a sub-device of one unit); on OpenCL
        ``CL_DEVICE_PARTITION_MAX_SUB_DEVICES`` when the device partitions by counts, else
        0.

        Examples
        --------
        >>> cpu = dp.Device("host:cpu:0")
        >>> cpu.max_num_sub_devices == cpu.max_compute_units
        True
    """,
    "Device.has_aspect_fp64": """
        Whether the device computes in float64 (and complex128) (bool).

        Always True on the host backend. Many OpenCL GPUs and some PoCL builds lack
        float64: check it before creating float64 or complex128 arrays on an OpenCL
        device. On a device without it, the default floating dtypes of
        ``dp.__array_namespace_info__().default_dtypes(device=...)`` are float32 and
        complex64.

        Examples
        --------
        >>> dp.Device("host:cpu:0").has_aspect_fp64
        True
    """,
    "Device.has_aspect_fp16": """
        Whether the device computes in float16 (bool): always True on the host backend, the
        ``cl_khr_fp16`` extension on OpenCL.

        Examples
        --------
        >>> dp.Device("host:cpu:0").has_aspect_fp16
        True
    """,
    "Device.is_cpu": """
        Whether the device is a CPU (bool; ``device_type == 'cpu'``).

        Examples
        --------
        >>> dp.Device("cpu").is_cpu
        True
    """,
    "Device.is_gpu": """
        Whether the device is a GPU (bool; ``device_type == 'gpu'``).

        Examples
        --------
        >>> dp.Device("host:cpu:0").is_gpu
        False
    """,
    "Device.is_accelerator": """
        Whether the device is an accelerator, neither a CPU nor a GPU (bool;
        ``device_type == 'accelerator'``).

        Examples
        --------
        >>> dp.Device("host:cpu:0").is_accelerator
        False
    """,
    "Device.parent_device": """
        The device this sub-device was created from (`Device`), or None for a root device.

        Examples
        --------
        >>> cpu = dp.Device("cpu")
        >>> cpu.parent_device is None
        True
        >>> sub = cpu.create_sub_devices(partition=1)[0]
        >>> sub.parent_device == cpu
        True
    """,
    "Device.create_sub_devices": """
        Partition the device into sub-devices.

        Parameters
        ----------
        partition : int, list of int or str
            Keyword only. An int N gives as many sub-devices of N compute units as fit in
            the device (``max_compute_units // N``); a list of ints gives one sub-device per
            entry with that many compute units; ``"numa"`` (or ``"next_partitionable"``)
            gives one sub-device per NUMA domain on the host backend (a single one holding
            every compute unit on a machine with one domain, on a sub-device and on
            OpenCL).

        Returns
        -------
        list of Device
            The sub-devices, in order; their `parent_device` is this device and their
            filter strings are this one's followed by ``.0``, ``.1``, ...

        Raises
        ------
        ValueError
            If a count is not in ``[1, max_compute_units]``, the counts add up to more
            compute units than the device has, the string is not ``"numa"`` or
            ``"next_partitionable"``, or the device cannot be partitioned (an OpenCL device
            that does not partition by counts, or asked for more than
            `max_num_sub_devices` sub-devices).
        TypeError
            If `partition` is of another type (a bool or a float, for instance).

        Notes
        -----
        A host sub-device computes on its own oneTBB arena limited to its compute units,
        so arrays on different sub-devices run side by side (one sub-device per MPI rank
        is what ``dparray.mpi.local_device`` does). On OpenCL it is a driver sub-device
        (``clCreateSubDevices`` by counts). Each sub-device has its own default queue,
        kept while arrays use it.

        Examples
        --------
        >>> cpu = dp.Device("host:cpu:0")
        >>> subs = cpu.create_sub_devices(partition=1)
        >>> len(subs) == cpu.max_compute_units
        True
        >>> subs[0].filter_string, subs[0].max_compute_units
        ('host:cpu:0.0', 1)
        >>> x = dp.arange(10, device=subs[0])
        >>> int(x.sum())
        45
    """,
    "Device.print_device_info": """
        Print the device's name, driver version, vendor and filter string.

        Examples
        --------
        >>> dp.Device("host:cpu:0").print_device_info()
            Name            ...
            Driver version  dparray host ...
            Vendor          ...
            Filter string   host:cpu:0
    """,
    # ------------------------------------------------------------------ Platform
    "Platform": """
        A platform: one backend's driver and its devices.

        The host backend is one platform (``"dparray host"``); each OpenCL platform the
        ICD loader finds is another. Platforms are listed by `get_platforms`, not
        constructed.

        See Also
        --------
        get_platforms : Every platform.
        lsplatform : Print the platforms and their devices.

        Examples
        --------
        >>> host = dp.get_platforms()[0]
        >>> host.name, host.backend
        ('dparray host', 'host')
        >>> host.get_devices() == [dp.Device("host:cpu:0")]
        True
    """,
    "Platform.name": """
        The platform's name (str): ``"dparray host"`` for the host backend,
        ``CL_PLATFORM_NAME`` for an OpenCL platform (``"Portable Computing Language"`` for
        PoCL).

        Examples
        --------
        >>> dp.get_platforms()[0].name
        'dparray host'
    """,
    "Platform.vendor": """
        The platform's vendor (str): ``"dparray"`` for the host backend,
        ``CL_PLATFORM_VENDOR`` for an OpenCL platform.

        Examples
        --------
        >>> dp.get_platforms()[0].vendor
        'dparray'
    """,
    "Platform.version": """
        The platform's version (str): dparray's version for the host backend,
        ``CL_PLATFORM_VERSION`` (``"OpenCL 3.0 ..."``) for an OpenCL platform.

        Examples
        --------
        >>> isinstance(dp.get_platforms()[0].version, str)
        True
    """,
    "Platform.backend": """
        The platform's backend: ``'host'`` or ``'opencl'`` (str).

        Examples
        --------
        >>> [p.backend for p in dp.get_platforms()][0]
        'host'
    """,
    "Platform.get_devices": """
        The platform's visible devices.

        Returns
        -------
        list of Device
            Its devices in driver order that ``DPARRAY_DEVICE_SELECTOR`` leaves visible
            (a platform without any is not listed).

        Examples
        --------
        >>> devices = [d for p in dp.get_platforms() for d in p.get_devices()]
        >>> devices == dp.get_devices()
        True
    """,
    # ------------------------------------------------------------------ Event
    "Event": """
        Completion of a submitted command (the role of ``dpctl.SyclEvent``).

        Events are returned by `Queue.submit_barrier`, ``dparray.program.submit`` and
        ``dparray.kernels.call_kernel_async``; they are not constructed. On a queue made
        with ``property="enable_profiling"`` they carry the command's submit, start and end
        times. ``dparray.SyclEvent`` is another name of this class.

        Examples
        --------
        >>> q = dp.Queue("cpu", property="enable_profiling")
        >>> x = dp.arange(1000, sycl_queue=q)
        >>> e = q.submit_barrier()
        >>> e.wait()
        >>> e.is_complete, e.execution_status
        (True, 'complete')
        >>> e.profiling_info_submit <= e.profiling_info_start <= e.profiling_info_end
        True
    """,
    "Event.wait": """
        Block until the command has finished.

        The GIL is released while waiting. Errors of a running command are raised by
        `Queue.wait` and the other synchronisation points of its queue, not here.

        Examples
        --------
        >>> q = dp.Queue("cpu")
        >>> y = dp.sqrt(dp.arange(4.0, sycl_queue=q))
        >>> e = q.submit_barrier()
        >>> e.wait()
        >>> e.is_complete
        True
    """,
    "Event.is_complete": """
        Whether the command has finished (bool), without waiting.

        Examples
        --------
        >>> e = dp.Queue("cpu").submit_barrier()
        >>> e.is_complete
        True
    """,
    "Event.execution_status": """
        ``'complete'`` if the command has finished, else ``'running'`` (str), without
        waiting.

        dpctl returns an ``event_status_type`` enum with more states; dparray tells only
        these two.

        Examples
        --------
        >>> e = dp.Queue("cpu").submit_barrier()
        >>> e.wait()
        >>> e.execution_status
        'complete'
    """,
    "Event.profiling_info_submit": """
        When the command was submitted, in nanoseconds (int).

        Reading it waits for the command to finish. It needs an event of a queue created
        with ``property="enable_profiling"`` (ValueError otherwise). The clock is the host's
        monotonic clock on the host backend and the device's timer on OpenCL: compare times
        of one device only. The event of a queue that has run nothing gives 0.

        Examples
        --------
        >>> q = dp.Queue("cpu", property="enable_profiling")
        >>> x = dp.ones(100, sycl_queue=q)
        >>> e = q.submit_barrier()
        >>> e.profiling_info_submit <= e.profiling_info_start
        True
    """,
    "Event.profiling_info_start": """
        When the command started running, in nanoseconds (int).

        Reading it waits for the command to finish; it needs a queue created with
        ``property="enable_profiling"`` (ValueError otherwise). See
        `profiling_info_submit` for the clock.

        Examples
        --------
        >>> q = dp.Queue("cpu", property="enable_profiling")
        >>> x = dp.ones(100, sycl_queue=q)
        >>> e = q.submit_barrier()
        >>> e.profiling_info_start <= e.profiling_info_end
        True
    """,
    "Event.profiling_info_end": """
        When the command finished, in nanoseconds (int).

        Reading it waits for the command to finish; it needs a queue created with
        ``property="enable_profiling"`` (ValueError otherwise). See
        `profiling_info_submit` for the clock.

        Examples
        --------
        >>> q = dp.Queue("cpu", property="enable_profiling")
        >>> x = dp.arange(10**5, sycl_queue=q)
        >>> e = q.submit_barrier()
        >>> ns = e.profiling_info_end - e.profiling_info_start
        >>> ns >= 0
        True
    """,
    # ------------------------------------------------------------------ Queue
    "Queue": """
        An in-order, asynchronous command queue on one device (the role of
        ``dpctl.SyclQueue``).

        Operations on arrays are enqueued on their queue and return at once; the queue runs
        them one after the other, in submission order. Each call makes a new queue; the
        shared queue that arrays created with ``device=`` use is `get_default_queue`.
        ``dparray.SyclQueue`` is another name of this class.

        Parameters
        ----------
        device : str, Device, Queue or ArrayDevice, optional
            The queue's device: a filter string, a `Device`, a `Queue` (its device) or an
            `ArrayDevice` (its queue's device). The default, None, is the default device
            (`select_default_device`).
        property : str or list of str, optional
            ``"enable_profiling"`` records submit, start and end times on the queue's
            events (see `Event`); ``"in_order"`` and ``"default"`` are accepted and change
            nothing (every queue is in order). The default, None, is no property.

        Raises
        ------
        ValueError
            If the filter string names no device, or a property is not one of
            ``"enable_profiling"``, ``"in_order"``, ``"default"``.
        TypeError
            If `device` or `property` is of another type.

        See Also
        --------
        get_default_queue : The shared queue of a device.
        Queue.wait : Wait for every submitted command.

        Notes
        -----
        Compute follows data: an operation runs on its inputs' queue, and inputs on
        different queues raise ``ExecutionPlacementError``. Synchronisation points are
        `Queue.wait`, `Event.wait`, reading values (``repr``, ``asnumpy``, ``__array__``,
        ``float()``, ``bool()``, ``int()``, ``item()``) and DLPack export; an error of a
        command that is already running surfaces at the next one. Each queue bounds the
        memory and the number of commands it holds in flight (`set_inflight_limits`).
        Queues compare equal when they are the same queue.

        Examples
        --------
        >>> q = dp.Queue("cpu", property="enable_profiling")
        >>> a = dp.ones(5, dtype="float32", sycl_queue=q)
        >>> b = dp.sqrt(a) + 1            # enqueued on q; returns before it has run
        >>> q.wait()
        >>> b.sycl_queue == q, q.is_in_order, q.has_enable_profiling
        (True, True, True)
        >>> b
        array([2., 2., 2., 2., 2.], dtype=float32)
        >>> dp.Queue("cpu") == dp.Queue("cpu")   # a new queue each time
        False
    """,
    "Queue.device": """
        The queue's device (`Device`).

        Examples
        --------
        >>> dp.Queue("cpu").device == dp.Device("cpu")
        True
    """,
    "Queue.sycl_device": """
        The queue's device (`Device`); the same as `Queue.device`, named as in dpctl.

        Examples
        --------
        >>> q = dp.Queue("cpu")
        >>> q.sycl_device == q.device
        True
    """,
    "Queue.is_in_order": """
        Whether the queue runs its commands in submission order: always True (bool).

        Examples
        --------
        >>> dp.Queue("cpu").is_in_order
        True
    """,
    "Queue.has_enable_profiling": """
        Whether the queue was created with ``property="enable_profiling"`` (bool): its
        events then carry profiling times.

        Examples
        --------
        >>> dp.Queue("cpu").has_enable_profiling
        False
        >>> dp.Queue("cpu", property="enable_profiling").has_enable_profiling
        True
    """,
    "Queue.wait": """
        Block until every command submitted to the queue has finished.

        The GIL is released while waiting. An error raised by a command that was already
        running when it failed (an index out of bounds found by a kernel, for instance) is
        raised here, naming the operation.

        Examples
        --------
        >>> q = dp.Queue("cpu")
        >>> x = dp.arange(6, sycl_queue=q) * 2
        >>> q.wait()
        >>> dp.asnumpy(x)
        array([ 0,  2,  4,  6,  8, 10])
    """,
    "Queue.submit_barrier": """
        An event that completes once every command submitted so far has finished.

        Returns
        -------
        Event
            The event of the last command submitted to the queue (the queue is in order,
            so it completes after every earlier one); a completed event if nothing was
            submitted yet.

        Notes
        -----
        No command is enqueued, and unlike dpctl's method it takes no list of events to
        wait for. On a profiling queue the event's times are those of that last command
        (all 0 for the completed event of an idle new queue).

        Examples
        --------
        >>> q = dp.Queue("cpu")
        >>> x = dp.ones(1000, sycl_queue=q) + 1
        >>> e = q.submit_barrier()
        >>> e.wait()
        >>> e.is_complete
        True
    """,
    # ------------------------------------------------------------------ ArrayDevice
    "ArrayDevice": """
        The device of an array: its queue and that queue's device.

        ``x.device`` is an ArrayDevice (the Array API's device object); it may be passed
        wherever dparray takes ``device=``, and places the result on the very queue ``x``
        is on. Two ArrayDevices are equal when they have the same queue.

        Parameters
        ----------
        device : str, Device, Queue or ArrayDevice
            A queue gives an ArrayDevice on that queue; a filter string or a `Device`
            gives one on the device's default queue (`get_default_queue`), as arrays created
            there get.

        Raises
        ------
        ValueError
            If the filter string names no device.
        TypeError
            If `device` is of another type.

        Examples
        --------
        >>> x = dp.ones(3, device="cpu")
        >>> x.device
        Device(host:cpu:0)
        >>> x.device == dp.ArrayDevice("cpu") == dp.ArrayDevice(x.sycl_queue)
        True
        >>> y = dp.zeros(2, device=x.device)       # on x's queue
        >>> y.sycl_queue == x.sycl_queue
        True
    """,
    "ArrayDevice.sycl_queue": """
        The queue (`Queue`) the arrays on this device use.

        Examples
        --------
        >>> x = dp.ones(3)
        >>> x.device.sycl_queue == x.sycl_queue
        True
    """,
    "ArrayDevice.sycl_device": """
        The `Device` of the queue.

        Examples
        --------
        >>> dp.ones(3, device="cpu").device.sycl_device == dp.Device("cpu")
        True
    """,
    "ArrayDevice.filter_string": """
        The filter string of the queue's device (str).

        Examples
        --------
        >>> dp.ones(3, device="cpu").device.filter_string
        'host:cpu:0'
    """,
    "ArrayDevice.wait": """
        Block until every command submitted to the queue has finished (`Queue.wait`).

        Examples
        --------
        >>> x = dp.arange(4) + 1
        >>> x.device.wait()
        >>> x.device.sycl_queue.submit_barrier().is_complete
        True
    """,
    # ------------------------------------------------------------------ functions
    "get_platforms": """
        Every platform: the host backend, then each OpenCL platform.

        Returns
        -------
        list of Platform
            The platforms that keep a visible device after ``DPARRAY_DEVICE_SELECTOR``'s
            filtering: the host backend's first, then the OpenCL platforms (this loads
            OpenCL if it is not loaded yet).

        See Also
        --------
        get_devices, lsplatform

        Examples
        --------
        >>> platforms = dp.get_platforms()
        >>> platforms[0].backend
        'host'
        >>> all(isinstance(p, dp.Platform) for p in platforms)
        True
    """,
    "get_devices": """
        The visible devices, optionally of one backend and one device type.

        Parameters
        ----------
        backend : str, optional
            ``"host"``, ``"opencl"``, or ``"all"`` / ``"*"`` / None (the default) for every
            backend. A ``backend_type.opencl``-style name is read by its last part.
        device_type : str, optional
            ``"cpu"``, ``"gpu"``, ``"accelerator"``, or ``"all"`` / ``"*"`` / None (the
            default) for every type. ``device_type.gpu``-style names are read by their last
            part.

        Returns
        -------
        list of Device
            The matching devices: the host backend's first, then each OpenCL platform's in
            driver order (possibly empty).

        Raises
        ------
        ValueError
            If `backend` or `device_type` is not one of the names above.

        See Also
        --------
        get_num_devices, select_device

        Notes
        -----
        ``DPARRAY_DEVICE_SELECTOR`` (oneAPI's ``ONEAPI_DEVICE_SELECTOR`` grammar) filters and
        renumbers the devices when dparray starts. ``get_devices(backend="host")`` does not
        load OpenCL.

        Examples
        --------
        >>> devices = dp.get_devices()
        >>> devices[0] == dp.Device("host:cpu:0")
        True
        >>> dp.get_devices(backend="host") == [dp.Device("host:cpu:0")]
        True
        >>> all(d.is_cpu for d in dp.get_devices(device_type="cpu"))
        True
    """,
    "get_num_devices": """
        The number of visible devices, optionally of one backend and one device type.

        Parameters
        ----------
        backend : str, optional
            ``"host"``, ``"opencl"``, or ``"all"`` / ``"*"`` / None (the default) for every
            backend.
        device_type : str, optional
            ``"cpu"``, ``"gpu"``, ``"accelerator"``, or ``"all"`` / ``"*"`` / None (the
            default) for every type.

        Returns
        -------
        int
            ``len(get_devices(backend, device_type))``.

        Raises
        ------
        ValueError
            If `backend` or `device_type` is not one of the names above.

        Examples
        --------
        >>> dp.get_num_devices() == len(dp.get_devices())
        True
        >>> dp.get_num_devices(backend="host")
        1
        >>> dp.get_num_devices(device_type="cpu") >= 1
        True
    """,
    "has_cpu_devices": """
        Whether a CPU device is visible.

        Returns
        -------
        bool
            True when `get_devices` lists a device of type ``'cpu'`` (the host backend's,
            unless ``DPARRAY_DEVICE_SELECTOR`` hides it).

        Examples
        --------
        >>> dp.has_cpu_devices()
        True
    """,
    "has_gpu_devices": """
        Whether a GPU device is visible.

        Returns
        -------
        bool
            True when an OpenCL platform lists a device of type ``'gpu'``.

        Examples
        --------
        >>> dp.has_gpu_devices() == (dp.get_num_devices(device_type="gpu") > 0)
        True
    """,
    "has_accelerator_devices": """
        Whether an accelerator device (neither a CPU nor a GPU) is visible.

        Returns
        -------
        bool
            True when an OpenCL platform lists a device of type ``'accelerator'``.

        Examples
        --------
        >>> dp.has_accelerator_devices() == (dp.get_num_devices(device_type="accelerator") > 0)
        True
    """,
    "select_default_device": """
        The default device: the first GPU if there is one, else the first device (the host
        backend's CPU).

        Arrays created without ``device=`` or ``sycl_queue=`` go to this device's default
        queue.

        Returns
        -------
        Device
            The default device.

        Raises
        ------
        ValueError
            If no device is visible (``DPARRAY_DEVICE_SELECTOR`` matches none).

        Examples
        --------
        >>> d = dp.select_default_device()
        >>> d.is_gpu or d == dp.get_devices()[0]
        True
        >>> dp.ones(2).sycl_device == d
        True
    """,
    "select_device": f"""
        The device a filter string names.

        Parameters
        ----------
        filter_string : str
            ``backend:device_type:index``, each part optional, or a comma-separated list of
            such strings (the first that names a device wins).

        Returns
        -------
        Device
            The first matching device.

        Raises
        ------
        ValueError
            If the string is malformed or names no visible device (the message lists the
            available ones).
        TypeError
            If `filter_string` is not a str.

        See Also
        --------
        Device : The same selection, also from a queue or a device.

        Notes
        -----
        {_FILTER.replace(chr(10), chr(10) + " " * 8)}

        Examples
        --------
        >>> dp.select_device("host:cpu:0").filter_string
        'host:cpu:0'
        >>> dp.select_device("gpu,cpu") == dp.select_default_device()
        True
        >>> dp.select_device("HOST")
        Traceback (most recent call last):
            ...
        ValueError: [select_device] filter string 'HOST' is malformed: ...
    """,
    "select_cpu_device": """
        The first CPU device (``select_device("cpu")``): the host backend's, unless
        ``DPARRAY_DEVICE_SELECTOR`` hides it.

        Returns
        -------
        Device
            The first visible device of type ``'cpu'``.

        Raises
        ------
        ValueError
            If no CPU device is visible.

        Examples
        --------
        >>> dp.select_cpu_device() == dp.Device("cpu")
        True
        >>> dp.select_cpu_device().is_cpu
        True
    """,
    "select_gpu_device": """
        The first GPU device (``select_device("gpu")``).

        Returns
        -------
        Device
            The first visible device of type ``'gpu'``.

        Raises
        ------
        ValueError
            If no GPU device is visible.

        Examples
        --------
        >>> if dp.has_gpu_devices():
        ...     assert dp.select_gpu_device().is_gpu
        ... else:
        ...     try:
        ...         dp.select_gpu_device()
        ...     except ValueError as e:
        ...         assert "no device matches filter string 'gpu'" in str(e)
    """,
    "get_default_queue": """
        The shared queue that array creation uses for a device.

        Every device has one default queue, made on first use; ``dp.ones(3, device=d)``
        and the other creation functions put their arrays there, so arrays created for the
        same device can be combined.

        Parameters
        ----------
        device : str, Device, Queue or ArrayDevice, optional
            A filter string or a `Device`: that device's default queue. A `Queue` or an
            `ArrayDevice` is returned as the queue it is or has. The default, None, is the
            default device's queue (`select_default_device`).

        Returns
        -------
        Queue
            The queue.

        Raises
        ------
        ValueError
            If the filter string names no device.
        TypeError
            If `device` is of another type.

        Notes
        -----
        The default queue of a sub-device lives only while arrays or references use it.

        Examples
        --------
        >>> q = dp.get_default_queue("cpu")
        >>> dp.ones(3, device="cpu").sycl_queue == q
        True
        >>> dp.get_default_queue() == dp.get_default_queue(dp.select_default_device())
        True
        >>> q == dp.Queue("cpu")          # a new queue is not the default one
        False
    """,
    "set_allocator_limit": """
        Cap the freed host memory dparray keeps for reuse.

        The host backend's allocator keeps freed blocks by size class so that the
        temporaries of a loop reuse memory whose pages are already mapped. At most `nbytes`
        of free blocks are kept: lowering the cap releases the excess at once (least
        recently freed first), and a block larger than the cap is never cached.

        Parameters
        ----------
        nbytes : int
            The cap in bytes; 0 keeps nothing. The initial cap is
            ``DPARRAY_ALLOCATOR_LIMIT`` (a byte count such as ``268435456``, ``256M``,
            ``1G`` or ``512MiB``) if set, else min(2 GiB, RAM / 8).

        Raises
        ------
        ValueError
            If `nbytes` is negative.
        TypeError
            If `nbytes` is not an integer.

        See Also
        --------
        get_allocator_limit, set_inflight_limits

        Notes
        -----
        Only the host backend's allocator is capped; OpenCL devices keep their own pool
        per context (at most min(device memory / 4, 2 GiB)). Blocks cached but unused for
        10 s are released at the next allocation.

        Examples
        --------
        >>> old = dp.get_allocator_limit()
        >>> dp.set_allocator_limit(64 * 2**20)
        >>> dp.get_allocator_limit()
        67108864
        >>> dp.set_allocator_limit(old)
    """,
    "get_allocator_limit": """
        The cap on the freed host memory dparray keeps for reuse, in bytes.

        Returns
        -------
        int
            The current cap: what `set_allocator_limit` last set, else
            ``DPARRAY_ALLOCATOR_LIMIT``, else min(2 GiB, RAM / 8).

        Examples
        --------
        >>> old = dp.get_allocator_limit()
        >>> old >= 0
        True
        >>> dp.set_allocator_limit(0)       # cache nothing
        >>> dp.get_allocator_limit()
        0
        >>> dp.set_allocator_limit(old)
    """,
    "set_inflight_limits": """
        Bound what each queue holds in flight (submitted and not finished).

        Commands are asynchronous and keep their arrays alive until they have run; without
        a bound, a Python loop runs far ahead of the device and every iteration's
        temporaries stay in memory. Each queue holds at most `nbytes` of memory allocated
        for its commands and at most `commands` commands; a submission that would exceed a
        bound waits, with the GIL released, until earlier commands of that queue finish.

        Parameters
        ----------
        nbytes : int, optional
            The memory bound per queue in bytes, at least 1. The initial bound is
            ``DPARRAY_MAX_INFLIGHT_BYTES`` if set, else 32 MiB. None (the default) keeps
            the current bound.
        commands : int, optional
            The number of commands per queue, at least 1. The initial bound is
            ``DPARRAY_MAX_INFLIGHT_COMMANDS`` if set, else 32. None (the default) keeps the
            current bound.

        Raises
        ------
        ValueError
            If a bound is 0 or negative.
        TypeError
            If a bound is not an integer or None.

        See Also
        --------
        get_inflight_limits, set_allocator_limit

        Notes
        -----
        The limits are process-wide and apply to every queue, host and OpenCL. A queue with
        nothing else in flight takes any command, so a command larger than the bound still
        runs; code running inside a host command never waits. A host submission waits
        before it is queued; an OpenCL submission is enqueued, then waits for the oldest
        commands.

        Examples
        --------
        >>> old = dp.get_inflight_limits()
        >>> dp.set_inflight_limits(nbytes=8 * 2**20)
        >>> dp.get_inflight_limits()["nbytes"]
        8388608
        >>> dp.set_inflight_limits(commands=4)
        >>> dp.get_inflight_limits() == {"nbytes": 8388608, "commands": 4}
        True
        >>> dp.set_inflight_limits(**old)
    """,
    "get_inflight_limits": """
        The bounds on what each queue holds in flight (see `set_inflight_limits`).

        Returns
        -------
        dict
            ``{"nbytes": int, "commands": int}``: the memory in bytes and the number of
            commands a queue may hold submitted and not finished.

        Examples
        --------
        >>> limits = dp.get_inflight_limits()
        >>> sorted(limits)
        ['commands', 'nbytes']
        >>> limits["nbytes"] >= 1 and limits["commands"] >= 1
        True
    """,
}
