// dparray.program (the role of dpctl.program): OpenCL C programs from source,
// their kernels, and launches over a range with array and typed scalar arguments.
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <map>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/backend/opencl/context.h"
#include "dparray/backend/opencl/device.h"
#include "dparray/backend/opencl/program.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
#include "init.h"

using namespace dp;
using dp::ocl::KernelArg;
using dp::ocl::UserKernel;
using dp::ocl::UserProgram;

namespace {

// __local memory of a kernel argument (dpctl's LocalAccessor role).
struct LocalMemory {
  size_t nbytes;
};

// ctypes scalar types by class name.
std::optional<DType> ctypes_dtype(nb::handle h) {
  static const std::map<std::string, DType> kTypes = {
      {"c_bool", DType::Bool},      {"c_byte", DType::Int8},        {"c_ubyte", DType::UInt8},
      {"c_short", DType::Int16},    {"c_ushort", DType::UInt16},    {"c_int", DType::Int32},
      {"c_uint", DType::UInt32},    {"c_long", DType::Int64},       {"c_ulong", DType::UInt64},
      {"c_longlong", DType::Int64}, {"c_ulonglong", DType::UInt64}, {"c_int8", DType::Int8},
      {"c_uint8", DType::UInt8},    {"c_int16", DType::Int16},      {"c_uint16", DType::UInt16},
      {"c_int32", DType::Int32},    {"c_uint32", DType::UInt32},    {"c_int64", DType::Int64},
      {"c_uint64", DType::UInt64},  {"c_size_t", DType::UInt64},    {"c_ssize_t", DType::Int64},
      {"c_float", DType::Float32},  {"c_double", DType::Float64}};
  nb::handle type = h.type();
  nb::object module = nb::getattr(type, "__module__", nb::none());
  if (module.is_none() || nb::cast<std::string>(nb::str(module)) != "ctypes") return std::nullopt;
  auto it = kTypes.find(nb::cast<std::string>(nb::str(nb::getattr(type, "__name__"))));
  if (it == kTypes.end()) return std::nullopt;
  return it->second;
}

KernelArg kernel_arg(nb::handle h, size_t i) {
  const std::string where = "[submit] argument " + std::to_string(i);
  if (dpy::is_array(h)) return KernelArg::of(dpy::array_ref(h));
  if (nb::isinstance<LocalMemory>(h)) return KernelArg::local(nb::cast<LocalMemory&>(h).nbytes);
  Scalar s;
  if (auto t = ctypes_dtype(h)) {
    nb::object v = nb::getattr(h, "value");
    if (!dpy::scalar_arg(v, s, nullptr, "submit"))
      throw dp::TypeError(where + ": unsupported ctypes value");
    return KernelArg::of(s, *t);
  }
  if (auto t = dpy::numpy_scalar_dtype(h)) {
    dpy::scalar_arg(h, s, nullptr, "submit");
    return KernelArg::of(s, *t);
  }
  if (nb::isinstance<nb::tuple>(h) && nb::len(h) == 2) {
    nb::tuple tp = nb::borrow<nb::tuple>(h);
    auto t = dpy::dtype_arg(tp[1], "submit");
    if (!t || !dpy::scalar_arg(tp[0], s, nullptr, "submit"))
      throw dp::TypeError(where + ": a (value, dtype) pair needs a Python scalar and a dtype");
    dpy::check_scalar_fits(s, *t, "submit", tp[0]);
    return KernelArg::of(s, *t);
  }
  if (dpy::scalar_arg(h, s, nullptr, "submit"))
    throw dp::TypeError(where +
                        " is a Python scalar without a dtype: pass numpy.int32(v), "
                        "ctypes.c_float(v) or (v, 'int32') so its C type is explicit");
  throw dp::TypeError(where + ": expected a dparray.ndarray, a typed scalar or LocalMemory, not " +
                      nb::cast<std::string>(nb::str(nb::getattr(h.type(), "__name__"))));
}

// An int or a list / tuple of non-negative ints; None (no local range) is empty.
std::vector<size_t> range_arg(nb::handle h, const char* what) {
  std::vector<size_t> r;
  if (h.is_none()) return r;
  for (int64_t v : dpy::int_list_arg(h, "submit", what)) {
    if (v < 0)
      throw std::invalid_argument(std::string("[submit] ") + what + " " + dpy::repr_of(h) +
                                  ": entries must be positive, got " + std::to_string(v));
    r.push_back(static_cast<size_t>(v));
  }
  if (r.empty()) throw std::invalid_argument(std::string("[submit] empty ") + what);
  return r;
}

}  // namespace

void init_program(nb::module_& m) {
  nb::class_<LocalMemory>(m, "LocalMemory", "__local memory of nbytes for a kernel argument.")
      .def(
          "__init__",
          [](LocalMemory* self, nb::handle nbytes) {
            const size_t n = dpy::size_arg(nbytes, "LocalMemory", "nbytes");
            if (n == 0) throw std::invalid_argument("[LocalMemory] nbytes must be positive, got 0");
            new (self) LocalMemory{n};
          },
          nb::arg("nbytes"))
      .def_ro("nbytes", &LocalMemory::nbytes)
      .def("__repr__",
           [](const LocalMemory& l) { return "LocalMemory(" + std::to_string(l.nbytes) + ")"; });

  nb::class_<UserKernel>(m, "Kernel", "A kernel of a program (the role of dpctl's SyclKernel).")
      .def_prop_ro("name", &UserKernel::name)
      .def_prop_ro("num_args", &UserKernel::num_args)
      .def("get_function_name", &UserKernel::name)
      .def("get_num_args", &UserKernel::num_args)
      .def("__repr__",
           [](const UserKernel& k) { return "<dparray.program.Kernel " + k.name() + ">"; });

  nb::class_<UserProgram>(m, "Program",
                          "An OpenCL C program built on one device (dpctl's SyclProgram).")
      .def("has_kernel", &UserProgram::has_kernel, nb::arg("name"))
      .def("get_kernel", &UserProgram::get_kernel, nb::arg("name"))
      .def("has_sycl_kernel", &UserProgram::has_kernel, nb::arg("name"))
      .def("get_sycl_kernel", &UserProgram::get_kernel, nb::arg("name"))
      .def_prop_ro("device", &UserProgram::device);

  m.def(
      "_program_create_from_source",
      [](const Queue& q, nb::handle src_h, nb::handle options_h) {
        const std::string src = dpy::str_arg(src_h, "create_program_from_source", "src");
        // OpenCL reads source up to its length; an embedded NUL would cut it silently.
        if (src.find_first_not_of(" \t\r\n") == std::string::npos)
          throw std::invalid_argument("[create_program_from_source] src is empty");
        if (src.find('\0') != std::string::npos)
          throw std::invalid_argument(
              "[create_program_from_source] src contains a NUL character at offset " +
              std::to_string(src.find('\0')));
        const std::string options =
            dpy::str_arg(options_h, "create_program_from_source", "options");
        dpy::gil_release release;
        return UserProgram::from_source(q, src, options);
      },
      nb::arg("queue"), nb::arg("src"), nb::arg("options") = "",
      "Builds OpenCL C source on the queue's device (cached in memory and on disk); raises "
      "BuildError with the compiler log.");

  m.def(
      "_program_cache_info",
      [](const Queue& q) {
        if (q->device()->backend_kind() != BackendKind::OpenCL)
          throw std::invalid_argument("[_program_cache_info] not an OpenCL queue");
        ocl::ProgramCache::Stats s = ocl::ctx_of(q->device()).programs.stats();
        nb::dict d;
        d["entries"] = s.entries;
        d["capacity"] = s.capacity;
        d["memory_hits"] = s.memory_hits;
        d["disk_hits"] = s.disk_hits;
        d["compiles"] = s.compiles;
        d["evictions"] = s.evictions;
        d["live_programs"] = ocl::live_programs();
        d["disk_cache_dir"] = ocl::program_cache_dir();
        d["disk_cache_limit"] = ocl::disk_cache_limit();
        return d;
      },
      nb::arg("queue"),
      "The in-memory program cache of the queue's device (entries, capacity, hits, "
      "evictions), programs alive in the process, and the disk cache's directory and cap.");

  m.def(
      "_program_submit",
      [](const Queue& q, UserKernel& k, nb::handle args, nb::handle global, nb::handle local) {
        std::vector<KernelArg> a;
        size_t i = 0;
        for (nb::handle h : args) a.push_back(kernel_arg(h, i++));
        std::vector<size_t> g = range_arg(global, "global range");
        std::vector<size_t> l = range_arg(local, "local range");
        dpy::gil_release release;
        return ocl::submit(q, k, a, g, l);
      },
      nb::arg("queue"), nb::arg("kernel"), nb::arg("args"), nb::arg("global_range"),
      nb::arg("local_range") = nb::none(),
      "Enqueues kernel over global_range (and local_range) with args; returns the Event.");
}
