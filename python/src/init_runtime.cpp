// Platforms, devices, queues and events (the dpctl part of the API).
#include <nanobind/stl/optional.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <sstream>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/backend/host/allocator.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/inflight.h"
#include "dparray/runtime/registry.h"
#include "gil.h"
#include "init.h"

using namespace dp;
using dpy::ArrayDevice;

namespace {

std::optional<BackendKind> backend_arg(nb::handle h) {
  if (h.is_none()) return std::nullopt;
  std::string s = nb::cast<std::string>(nb::str(h));
  if (auto p = s.rfind('.'); p != std::string::npos) s = s.substr(p + 1);  // "backend_type.opencl"
  if (s == "host") return BackendKind::Host;
  if (s == "opencl") return BackendKind::OpenCL;
  if (s == "all" || s == "*") return std::nullopt;
  throw std::invalid_argument("[get_devices] backend '" + s +
                              "' is not one of 'host', 'opencl', 'all'");
}

// Returns false for a known backend this build has no driver for (matches nothing).
std::optional<DeviceType> type_arg(nb::handle h) {
  if (h.is_none()) return std::nullopt;
  std::string s = nb::cast<std::string>(nb::str(h));
  if (auto p = s.rfind('.'); p != std::string::npos) s = s.substr(p + 1);
  if (s == "cpu") return DeviceType::CPU;
  if (s == "gpu") return DeviceType::GPU;
  if (s == "accelerator") return DeviceType::Accelerator;
  if (s == "all" || s == "*") return std::nullopt;
  throw std::invalid_argument("[get_devices] device_type '" + s +
                              "' is not one of 'cpu', 'gpu', 'accelerator', 'all'");
}

std::string device_repr(const Device& d) {
  std::ostringstream os;
  os << "<dparray.Device [backend_type." << to_string(d->backend_kind()) << ", device_type."
     << to_string(d->info().type) << ",  " << d->info().name << "] at " << d.get() << ">";
  return os.str();
}

std::vector<Device> sub_devices(const Device& d, nb::handle partition) {
  const char* op = "create_sub_devices";
  const int64_t cu = d->info().max_compute_units;
  std::vector<uint32_t> counts;
  if (PyUnicode_Check(partition.ptr())) {
    std::string s = dpy::str_arg(partition, op, "partition");
    if (s != "numa" && s != "next_partitionable")
      throw std::invalid_argument(
          "[create_sub_devices] partition '" + s +
          "' is not an int, a list of ints, 'numa' or 'next_partitionable'");
    counts = d->numa_domains();
  } else if (PyIndex_Check(partition.ptr()) && !PyBool_Check(partition.ptr())) {
    const int64_t n = dpy::int_arg(partition, op, "partition");
    if (n <= 0 || n > cu)
      throw std::invalid_argument("[create_sub_devices] partition=" + std::to_string(n) +
                                  " compute units per sub-device is not in [1, " +
                                  std::to_string(cu) + "]");
    for (int64_t k = 0; k + n <= cu; k += n) counts.push_back(static_cast<uint32_t>(n));
  } else if (PyList_Check(partition.ptr()) || PyTuple_Check(partition.ptr())) {
    for (int64_t n : dpy::int_list_arg(partition, op, "partition count")) {
      if (n <= 0 || n > cu)
        throw std::invalid_argument("[create_sub_devices] partition count " + std::to_string(n) +
                                    " is not in [1, " + std::to_string(cu) + "]");
      counts.push_back(static_cast<uint32_t>(n));
    }
  } else {
    throw dp::TypeError(
        "[create_sub_devices] partition must be an int, a list of ints or 'numa', not " +
        dpy::type_name_of(partition) + " (" + dpy::repr_of(partition) + ")");
  }
  return d->create_sub_devices(counts);
}

// Queue(property=...): a str or a list / tuple of str.
bool profiling_property(nb::handle property) {
  std::vector<std::string> props;
  if (PyUnicode_Check(property.ptr())) {
    props.push_back(dpy::str_arg(property, "Queue", "property"));
  } else if (PyList_Check(property.ptr()) || PyTuple_Check(property.ptr())) {
    for (nb::handle p : property) props.push_back(dpy::str_arg(p, "Queue", "property"));
  } else if (!property.is_none()) {
    throw dp::TypeError("[Queue] property must be a str or a list of str, not " +
                        dpy::type_name_of(property) + " (" + dpy::repr_of(property) + ")");
  }
  bool profiling = false;
  for (auto& p : props) {
    if (p == "enable_profiling")
      profiling = true;
    else if (p != "in_order" && p != "default")
      throw std::invalid_argument("[Queue] property '" + p +
                                  "' is not one of 'enable_profiling', 'in_order', 'default'");
  }
  return profiling;
}

}  // namespace

void init_runtime(nb::module_& m) {
  nb::class_<DeviceImpl>(m, "Device", "A compute device (the role of dpctl.SyclDevice).")
      .def(nb::new_([](nb::handle filter) {
             if (filter.is_none()) return Registry::get().default_device();
             return dpy::device_arg(filter, "Device");
           }),
           nb::arg("filter_string") = nb::none())
      .def_prop_ro("name", [](const DeviceImpl& d) { return d.info().name; })
      .def_prop_ro("vendor", [](const DeviceImpl& d) { return d.info().vendor; })
      .def_prop_ro("driver_version", [](const DeviceImpl& d) { return d.info().driver_version; })
      .def_prop_ro("version", [](const DeviceImpl& d) { return d.info().version; })
      .def_prop_ro("backend",
                   [](const DeviceImpl& d) { return std::string(to_string(d.backend_kind())); })
      .def_prop_ro("device_type",
                   [](const DeviceImpl& d) { return std::string(to_string(d.info().type)); })
      .def_prop_ro("filter_string", &DeviceImpl::filter_string)
      .def_prop_ro("max_compute_units",
                   [](const DeviceImpl& d) { return d.info().max_compute_units; })
      .def_prop_ro("max_work_group_size",
                   [](const DeviceImpl& d) { return d.info().max_work_group_size; })
      .def_prop_ro("global_mem_size", [](const DeviceImpl& d) { return d.info().global_mem_size; })
      .def_prop_ro("local_mem_size", [](const DeviceImpl& d) { return d.info().local_mem_size; })
      .def_prop_ro("max_num_sub_devices",
                   [](const DeviceImpl& d) { return d.info().max_sub_devices; })
      .def_prop_ro("has_aspect_fp64", [](const DeviceImpl& d) { return d.info().fp64; })
      .def_prop_ro("has_aspect_fp16", [](const DeviceImpl& d) { return d.info().fp16; })
      .def_prop_ro("is_cpu", [](const DeviceImpl& d) { return d.info().type == DeviceType::CPU; })
      .def_prop_ro("is_gpu", [](const DeviceImpl& d) { return d.info().type == DeviceType::GPU; })
      .def_prop_ro("is_accelerator",
                   [](const DeviceImpl& d) { return d.info().type == DeviceType::Accelerator; })
      .def_prop_ro("parent_device", [](const DeviceImpl& d) { return d.parent(); })
      .def(
          "create_sub_devices",
          [](DeviceImpl& d, nb::handle partition) {
            return sub_devices(d.shared_from_this(), partition);
          },
          nb::kw_only(), nb::arg("partition"),
          "Partition into sub-devices: partition=N compute units each, a list of counts, or "
          "'numa'.")
      .def("__eq__",
           [](const DeviceImpl& a, nb::handle b) {
             return nb::isinstance<DeviceImpl>(b) && &a == &nb::cast<const DeviceImpl&>(b);
           })
      .def("__hash__", [](const DeviceImpl& d) { return reinterpret_cast<intptr_t>(&d) >> 4; })
      .def("__repr__", [](DeviceImpl& d) { return device_repr(d.shared_from_this()); })
      .def("print_device_info", [](DeviceImpl& d) {
        const DeviceInfo& i = d.info();
        nb::print(("    Name            " + i.name + "\n    Driver version  " + i.driver_version +
                   "\n    Vendor          " + i.vendor + "\n    Filter string   " +
                   d.filter_string())
                      .c_str());
      });

  nb::class_<Platform>(m, "Platform", "A platform: one backend's driver and its devices.")
      .def_prop_ro("name", [](const Platform& p) { return p.name; })
      .def_prop_ro("vendor", [](const Platform& p) { return p.vendor; })
      .def_prop_ro("version", [](const Platform& p) { return p.version; })
      .def_prop_ro("backend", [](const Platform& p) { return std::string(to_string(p.backend)); })
      .def("get_devices", [](const Platform& p) { return p.devices; })
      .def("__repr__", [](const Platform& p) {
        return "<dparray.Platform [" + p.name + ", " + p.vendor + ", " + p.version + "]>";
      });

  nb::class_<EventImpl>(m, "Event", "Completion of a submitted command.")
      .def("wait", &EventImpl::wait, nb::call_guard<dpy::gil_release>())
      .def_prop_ro("is_complete", &EventImpl::is_complete)
      .def_prop_ro("execution_status",
                   [](EventImpl& e) { return e.is_complete() ? "complete" : "running"; })
      .def_prop_ro("profiling_info_submit", &EventImpl::profiling_submit,
                   nb::call_guard<dpy::gil_release>())
      .def_prop_ro("profiling_info_start", &EventImpl::profiling_start,
                   nb::call_guard<dpy::gil_release>())
      .def_prop_ro("profiling_info_end", &EventImpl::profiling_end,
                   nb::call_guard<dpy::gil_release>());

  nb::class_<QueueImpl>(m, "Queue", "An in-order, asynchronous command queue on one device.")
      .def(nb::new_([](nb::handle device, nb::handle property) {
             const bool profiling = profiling_property(property);
             Device d = device.is_none() ? Registry::get().default_device()
                                         : dpy::device_arg(device, "Queue");
             return d->backend().make_queue(d, profiling);
           }),
           nb::arg("device") = nb::none(), nb::arg("property") = nb::none())
      .def_prop_ro("sycl_device", [](const QueueImpl& q) { return q.device(); })
      .def_prop_ro("device", [](const QueueImpl& q) { return q.device(); })
      .def_prop_ro("is_in_order", [](const QueueImpl&) { return true; })
      .def_prop_ro("has_enable_profiling", &QueueImpl::profiling)
      .def("wait", &QueueImpl::wait, nb::call_guard<dpy::gil_release>(),
           "Block until every submitted command finished; raise a deferred error, if any.")
      .def("submit_barrier", [](QueueImpl& q) { return q.last_event(); })
      .def("__eq__",
           [](const QueueImpl& a, nb::handle b) {
             return nb::isinstance<QueueImpl>(b) && &a == &nb::cast<const QueueImpl&>(b);
           })
      .def("__hash__", [](const QueueImpl& q) { return static_cast<int64_t>(q.id()); })
      .def("__repr__", [](QueueImpl& q) {
        return "<dparray.Queue on " + q.device()->filter_string() + ", id " +
               std::to_string(q.id()) + (q.profiling() ? ", profiling" : "") + ">";
      });

  nb::class_<ArrayDevice>(m, "ArrayDevice",
                          "The device of an array: its queue and that queue's device.")
      .def(
          "__init__",
          [](ArrayDevice* self, nb::handle device) {
            // A Device / filter string gives its default queue, as arrays created there get.
            new (self) ArrayDevice{dpy::queue_arg(device, nb::none(), "ArrayDevice")};
          },
          nb::arg("device"))
      .def_prop_ro("sycl_queue", [](const ArrayDevice& d) { return d.queue; })
      .def_prop_ro("sycl_device", [](const ArrayDevice& d) { return d.queue->device(); })
      .def_prop_ro("filter_string",
                   [](const ArrayDevice& d) { return d.queue->device()->filter_string(); })
      .def(
          "wait", [](ArrayDevice& d) { d.queue->wait(); }, nb::call_guard<dpy::gil_release>())
      .def("__eq__",
           [](const ArrayDevice& a, nb::handle b) {
             return nb::isinstance<ArrayDevice>(b) &&
                    a.queue == nb::cast<const ArrayDevice&>(b).queue;
           })
      .def("__hash__", [](const ArrayDevice& d) { return static_cast<int64_t>(d.queue->id()); })
      .def("__repr__", [](const ArrayDevice& d) {
        return "Device(" + d.queue->device()->filter_string() + ")";
      });

  m.def("get_platforms", [] { return Registry::get().platforms(); });
  m.def(
      "get_devices",
      [](nb::handle backend, nb::handle device_type) {
        return Registry::get().devices(backend_arg(backend), type_arg(device_type));
      },
      nb::arg("backend") = nb::none(), nb::arg("device_type") = nb::none(),
      "Visible devices, filtered by backend ('host', 'opencl') and device_type ('cpu', 'gpu', "
      "...).");
  m.def(
      "get_num_devices",
      [](nb::handle backend, nb::handle device_type) {
        return Registry::get().devices(backend_arg(backend), type_arg(device_type)).size();
      },
      nb::arg("backend") = nb::none(), nb::arg("device_type") = nb::none());
  m.def("has_cpu_devices", [] { return Registry::get().has_device(DeviceType::CPU); });
  m.def("has_gpu_devices", [] { return Registry::get().has_device(DeviceType::GPU); });
  m.def("has_accelerator_devices",
        [] { return Registry::get().has_device(DeviceType::Accelerator); });
  m.def("select_default_device", [] { return Registry::get().default_device(); });
  m.def(
      "select_device",
      [](nb::handle f) {
        return Registry::get().select(dpy::str_arg(f, "select_device", "filter_string"));
      },
      nb::arg("filter_string"));
  m.def(
      "set_allocator_limit",
      [](nb::handle nbytes) {
        dp::host::set_limit(dpy::size_arg(nbytes, "set_allocator_limit", "nbytes"));
      },
      nb::arg("nbytes"),
      "Caps the freed host memory dparray keeps for reuse at nbytes (0: keep none); "
      "blocks beyond it go back to the OS at once. Default min(2 GiB, RAM / 8), or "
      "DPARRAY_ALLOCATOR_LIMIT.");
  m.def(
      "get_allocator_limit", [] { return dp::host::limit(); },
      "The cap on cached free host memory, in bytes (see set_allocator_limit).");
  m.def(
      "_allocator_cached_bytes", [] { return dp::host::cached_bytes(); },
      "Bytes of freed host blocks the allocator holds for reuse now.");
  dpy::install_blocking_hook();
  m.def(
      "set_inflight_limits",
      [](nb::handle nbytes, nb::handle commands) {
        InflightLimits l = inflight_limits();
        if (!nbytes.is_none()) l.bytes = dpy::size_arg(nbytes, "set_inflight_limits", "nbytes");
        if (!commands.is_none())
          l.commands = dpy::size_arg(commands, "set_inflight_limits", "commands");
        set_inflight_limits(l);
      },
      nb::arg("nbytes") = nb::none(), nb::arg("commands") = nb::none(),
      "Bounds what each queue holds in flight (submitted, not finished): nbytes of memory "
      "allocated for its commands and a number of commands. A call that would exceed a "
      "bound waits, the GIL released, until earlier commands finish; a queue with nothing "
      "in flight takes any command. Defaults 32 MiB and 32, or "
      "DPARRAY_MAX_INFLIGHT_BYTES / DPARRAY_MAX_INFLIGHT_COMMANDS; None keeps a bound.");
  m.def(
      "get_inflight_limits",
      [] {
        const InflightLimits l = inflight_limits();
        nb::dict d;
        d["nbytes"] = l.bytes;
        d["commands"] = l.commands;
        return d;
      },
      "The back-pressure bounds per queue, {'nbytes': ..., 'commands': ...} (see "
      "set_inflight_limits).");
  m.def("select_cpu_device", [] { return Registry::get().select("cpu"); });
  m.def("select_gpu_device", [] { return Registry::get().select("gpu"); });
  m.def(
      "get_default_queue",
      [](nb::handle device) { return dpy::queue_arg(device, nb::none(), "get_default_queue"); },
      nb::arg("device") = nb::none(), "The shared queue creation functions use for a device.");
}
