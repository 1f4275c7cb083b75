"""Listing platforms and devices (python -m dparray, dparray.lsplatform)."""

from . import _core


def _device_lines(d, verbosity):
    lines = [f"    {d.filter_string:<16} {d.name}"]
    if verbosity >= 1:
        lines.append(f"        vendor              {d.vendor}")
        lines.append(f"        driver_version      {d.driver_version}")
        lines.append(f"        device_type         {d.device_type}")
    if verbosity >= 2:
        lines += [
            f"        version             {d.version}",
            f"        max_compute_units   {d.max_compute_units}",
            f"        max_work_group_size {d.max_work_group_size}",
            f"        global_mem_size     {d.global_mem_size}",
            f"        local_mem_size      {d.local_mem_size}",
            f"        has_aspect_fp64     {d.has_aspect_fp64}",
            f"        has_aspect_fp16     {d.has_aspect_fp16}",
            f"        max_num_sub_devices {d.max_num_sub_devices}",
        ]
    return lines


def lsplatform(verbosity=0) -> None:
    """Print the platforms and, with more verbosity, their devices (as ``dpctl.lsplatform``).

    Parameters
    ----------
    verbosity : {0, 1, 2}, optional
        0 (the default): one line per platform, its name, version and backend. 1: a
        numbered listing of the platforms with their vendor, backend and number of devices,
        and each device's filter string, name, vendor, driver version and type. 2: also
        each device's version, compute units, maximal work-group size, global and local
        memory sizes, float64 and float16 support and maximal number of sub-devices.

    Raises
    ------
    ValueError
        If `verbosity` is not 0, 1 or 2.

    See Also
    --------
    get_platforms, get_devices

    Notes
    -----
    ``python -m dparray`` prints the same listing: ``-s`` (or no option) is verbosity 0,
    ``-l`` verbosity 1 and ``-f`` verbosity 2. The host backend's platform comes first,
    then the OpenCL platforms that ``DPARRAY_DEVICE_SELECTOR`` leaves visible.

    Examples
    --------
    >>> dp.lsplatform()
    dparray host ... [host]...
    >>> dp.lsplatform(1)
    Platforms: ...
    Platform 0: dparray host ...
        vendor   dparray
        backend  host
        devices  1
        host:cpu:0       ...
            vendor              ...
            driver_version      dparray host ...
            device_type         cpu...
    """
    if verbosity not in (0, 1, 2):
        raise ValueError(f"[lsplatform] verbosity must be 0, 1 or 2, got {verbosity!r}")
    platforms = _core.get_platforms()
    if verbosity == 0:
        for p in platforms:
            print(f"{p.name} {p.version} [{p.backend}]")
        return
    print(f"Platforms: {len(platforms)}")
    for i, p in enumerate(platforms):
        print(f"Platform {i}: {p.name} {p.version}")
        print(f"    vendor   {p.vendor}")
        print(f"    backend  {p.backend}")
        print(f"    devices  {len(p.get_devices())}")
        for d in p.get_devices():
            print("\n".join(_device_lines(d, verbosity)))
