// DLPack: ndarray.__dlpack__ / __dlpack_device__ (zero-copy export of host-visible
// memory) and from_dlpack (zero-copy import of CPU producers: NumPy, PyTorch, ...).
#include <nanobind/ndarray.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"
#include "gil.h"
#include "init.h"

using namespace dp;

namespace {

constexpr int kDLCPU = 1;
constexpr int kDLOpenCL = 4;

using CpuArray = nb::ndarray<nb::device::cpu>;
using CpuArrayRO = nb::ndarray<nb::ro, nb::device::cpu>;

// ---- Releasing Python references from any thread --------------------------
// An imported buffer's owner may die on a queue's worker thread (commands
// capture arrays). Taking the GIL there could deadlock with a main thread that
// waits on that queue, so such releases are handed to the interpreter instead.

struct PyHolder {
  virtual ~PyHolder() = default;
};
template <class T>
struct Held final : PyHolder {
  explicit Held(T v) : value(std::move(v)) {}
  T value;
};

struct PendingReleases {
  std::mutex m;
  std::vector<PyHolder*> items;
  bool scheduled = false;
};
PendingReleases& pending() {
  static auto* p = new PendingReleases();  // used until the process ends
  return *p;
}

bool interpreter_alive() {
#if PY_VERSION_HEX >= 0x030D0000
  return Py_IsInitialized() && !Py_IsFinalizing();
#else
  return Py_IsInitialized() && !_Py_IsFinalizing();
#endif
}

// Runs with the GIL held, on a Python thread.
int drain_pending(void*) {
  std::vector<PyHolder*> items;
  {
    std::lock_guard<std::mutex> lock(pending().m);
    items.swap(pending().items);
    pending().scheduled = false;
  }
  for (PyHolder* h : items) delete h;
  return 0;
}

void release_holder(PyHolder* h) {
  if (!interpreter_alive()) return;  // at exit: leak rather than touch a dying interpreter
  if (PyGILState_Check()) {
    delete h;
    return;
  }
  PendingReleases& p = pending();
  std::lock_guard<std::mutex> lock(p.m);
  p.items.push_back(h);
  // Py_AddPendingCall needs no GIL; if its queue is full, the next drop or import retries.
  if (!p.scheduled) p.scheduled = Py_AddPendingCall(&drain_pending, nullptr) == 0;
}

template <class T>
std::shared_ptr<void> python_owner(T value) {
  return std::shared_ptr<void>(new Held<T>(std::move(value)),
                               [](void* h) { release_holder(static_cast<PyHolder*>(h)); });
}

// ---- dtypes ----------------------------------------------------------------

nb::dlpack::dtype dlpack_dtype(DType t) {
  using C = nb::dlpack::dtype_code;
  C code = t == DType::Bool               ? C::Bool
           : kind_of(t) == Kind::Signed   ? C::Int
           : kind_of(t) == Kind::Unsigned ? C::UInt
           : kind_of(t) == Kind::Float    ? C::Float
                                          : C::Complex;
  return {static_cast<uint8_t>(code), static_cast<uint8_t>(itemsize(t) * 8), 1};
}

DType dtype_from_dlpack(nb::dlpack::dtype t) {
  using C = nb::dlpack::dtype_code;
  const int bits = t.bits;
  if (t.lanes == 1) {
    switch (static_cast<C>(t.code)) {
      case C::Bool:
        if (bits == 8) return DType::Bool;
        break;
      case C::Int:
        if (bits == 8) return DType::Int8;
        if (bits == 16) return DType::Int16;
        if (bits == 32) return DType::Int32;
        if (bits == 64) return DType::Int64;
        break;
      case C::UInt:
        if (bits == 8) return DType::UInt8;
        if (bits == 16) return DType::UInt16;
        if (bits == 32) return DType::UInt32;
        if (bits == 64) return DType::UInt64;
        break;
      case C::Float:
        if (bits == 16) return DType::Float16;
        if (bits == 32) return DType::Float32;
        if (bits == 64) return DType::Float64;
        break;
      case C::Complex:
        if (bits == 64) return DType::Complex64;
        if (bits == 128) return DType::Complex128;
        break;
      default: break;
    }
  }
  throw dp::TypeError("[from_dlpack] DLPack dtype (code " + std::to_string(t.code) + ", bits " +
                      std::to_string(bits) + ", lanes " + std::to_string(t.lanes) +
                      ") has no dparray dtype");
}

// ---- export ------------------------------------------------------------------

// (device_type, device_id) of an array for DLPack.
std::pair<int, int> dlpack_device(const Array& a) {
  const Device& d = a.device();
  if (d->backend_kind() == BackendKind::Host || a.buf->host_ptr()) return {kDLCPU, 0};
  Device root = d;
  while (root->parent()) root = root->parent();
  auto ocl = Registry::get().devices(BackendKind::OpenCL);
  int id = static_cast<int>(std::find(ocl.begin(), ocl.end(), root) - ocl.begin());
  return {kDLOpenCL, id};
}

// A (device_type, device_id) pair: a tuple of two ints, as NumPy requires.
std::pair<int64_t, int64_t> dl_device_pair(nb::handle h, const char* op, const char* what) {
  if (!PyTuple_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op + "] " + what + " must be a tuple, not " +
                        dpy::type_name_of(h) + " (" + dpy::repr_of(h) + ")");
  if (PyTuple_GET_SIZE(h.ptr()) != 2)
    throw std::invalid_argument(std::string("[") + op + "] " + what +
                                " must be a (device_type, device_id) pair, got " + dpy::repr_of(h));
  return {dpy::int_arg(PyTuple_GET_ITEM(h.ptr(), 0), op, what),
          dpy::int_arg(PyTuple_GET_ITEM(h.ptr(), 1), op, what)};
}

bool wants_cpu(nb::handle dl_device) {
  if (dl_device.is_none()) return false;
  auto [type, id] = dl_device_pair(dl_device, "__dlpack__", "dl_device");
  if (type != kDLCPU || id != 0)
    throw nb::buffer_error(("[__dlpack__] dl_device=" + dpy::repr_of(dl_device) +
                            " is not supported; dparray exports to the CPU (1, 0) only")
                               .c_str());
  return true;
}

// The head of DLPack 1.x's DLManagedTensorVersioned (dlpack.h), up to its flags word.
struct VersionedTensorHead {
  uint32_t major, minor;
  void* manager_ctx;
  void (*deleter)(void*);
  uint64_t flags;
};
constexpr uint64_t kDLFlagIsCopied = uint64_t{1} << 1;  // DLPACK_FLAG_BITMASK_IS_COPIED

// A copy's capsule says so where the format can (versioned capsules): the consumer then
// knows that writing to it changes nothing of the array.
nb::object mark_copied(nb::object capsule) {
  const char* name = PyCapsule_GetName(capsule.ptr());
  if (name && std::strcmp(name, "dltensor_versioned") == 0) {
    auto* head = static_cast<VersionedTensorHead*>(PyCapsule_GetPointer(capsule.ptr(), name));
    if (!head) throw nb::python_error();
    head->flags |= kDLFlagIsCopied;
  }
  return capsule;
}

nb::object dlpack_export(const Array& a, nb::handle stream, nb::handle max_version,
                         nb::handle dl_device, nb::handle copy) {
  const bool to_cpu = wants_cpu(dl_device);
  const std::optional<bool> c = dpy::opt_bool_arg(copy, "__dlpack__", "copy");
  const bool force_copy = c && *c;
  const bool no_copy = c && !*c;
  const bool host_visible = a.buf->host_ptr() != nullptr;
  // Device memory without a host copy asked for is refused first, whatever the stream: a
  // consumer that hands a stream (mpi4py passes -1 for non-CPU devices) learns what to do.
  if (!host_visible && !force_copy && (!to_cpu || no_copy)) {
    throw nb::buffer_error(("[__dlpack__] the array lives in device memory of '" +
                            a.device()->filter_string() + "', which the host cannot access; " +
                            (no_copy ? std::string("copy=False forbids a host copy")
                                     : "pass dl_device=(1, 0) for a host copy, or move it with "
                                       "x.to_device(\"host\") / dparray.asnumpy(x) (MPI: "
                                       "dparray.mpi.staged(x))"))
                               .c_str());
  }
  if (!stream.is_none())
    throw std::invalid_argument("[__dlpack__] stream must be None for CPU memory, got " +
                                nb::cast<std::string>(nb::repr(stream)));
  nb::dict kw;
  if (!max_version.is_none()) {
    const bool pair = nb::isinstance<nb::tuple>(max_version) && nb::len(max_version) == 2 &&
                      PyLong_Check(nb::borrow<nb::tuple>(max_version)[0].ptr()) &&
                      PyLong_Check(nb::borrow<nb::tuple>(max_version)[1].ptr());
    if (!pair)
      throw dp::TypeError(
          "[__dlpack__] max_version must be None or a (major, minor) tuple of "
          "ints, got " +
          dpy::repr_of(max_version));
    kw["max_version"] = max_version;
  }
  {
    dpy::gil_release release;
    a.queue->wait();
  }
  if (force_copy || !host_visible) {
    // A host copy owned by NumPy, exported through NumPy's own DLPack support.
    return mark_copied(dpy::to_numpy(a).attr("__dlpack__")(**kw));
  }
  std::vector<size_t> shape(a.shape.begin(), a.shape.end());
  // The capsule below owns a reference to the buffer: the memory outlives the array.
  auto* keep = new BufferPtr(a.buf);
  nb::capsule owner(keep, [](void* p) noexcept { delete static_cast<BufferPtr*>(p); });
  nb::ndarray<nb::array_api> nd(a.host_data(), shape.size(), shape.data(), owner, a.strides.data(),
                                dlpack_dtype(a.dtype), kDLCPU, 0);
  return nb::cast(nd).attr("__dlpack__")(**kw);
}

// ---- import ------------------------------------------------------------------

// Host memory a producer exports, as an Array on queue q sharing that memory.
template <class ND>
Array wrap_host_memory(const ND& nd, const Queue& q) {
  const DType t = dtype_from_dlpack(nd.dtype());
  const size_t isz = itemsize(t);
  Array a;
  a.dtype = t;
  a.queue = q;
  a.shape.resize(nd.ndim());
  a.strides.resize(nd.ndim());
  int64_t lo = 0, hi = 0;  // element offsets of the extreme elements
  for (size_t i = 0; i < nd.ndim(); ++i) {
    a.shape[i] = static_cast<int64_t>(nd.shape(i));
    a.strides[i] = nd.stride(i);
    if (a.shape[i] == 0) continue;
    // Checked: a producer's shape and strides must not wrap around (ValueError).
    int64_t span = mul_or_throw(a.shape[i] - 1, a.strides[i], "from_dlpack");
    int64_t& end = span < 0 ? lo : hi;
    end = add_or_throw(end, span, "from_dlpack");
  }
  check_shape(a.shape, isz, "from_dlpack");
  if (a.size() == 0) return empty(a.shape, t, q, UsmType::Host, "from_dlpack");
  // The elements from the lowest to the highest one reached (hi - lo + 1), in bytes, must fit.
  const int64_t reach = add_or_throw(add_or_throw(hi, -(lo + 1), "from_dlpack"), 2, "from_dlpack");
  mul_or_throw(reach, static_cast<int64_t>(isz), "from_dlpack");
  char* base = static_cast<char*>(const_cast<void*>(static_cast<const void*>(nd.data()))) +
               lo * static_cast<int64_t>(isz);
  size_t nbytes = static_cast<size_t>(hi - lo + 1) * isz;
  a.buf = std::make_shared<ExternalHostBuffer>(q->device(), base, nbytes, python_owner(nd));
  a.offset = -lo;
  return a;
}

// Kernels read elements through typed pointers: the producer's data must be aligned.
template <class ND>
bool aligned(const ND& nd, DType t) {
  size_t align = is_complex(t) ? itemsize(t) / 2 : itemsize(t);
  return reinterpret_cast<uintptr_t>(nd.data()) % align == 0;
}

// The DLPack device of a producer, from __dlpack_device__ when it has one.
std::pair<int, int> producer_device(nb::handle obj) {
  if (!nb::hasattr(obj, "__dlpack_device__")) return {kDLCPU, 0};
  nb::object dev = obj.attr("__dlpack_device__")();
  auto [type, id] = dl_device_pair(dev, "from_dlpack", "the producer's __dlpack_device__()");
  if (type < INT32_MIN || type > INT32_MAX || id < INT32_MIN || id > INT32_MAX)
    throw std::invalid_argument("[from_dlpack] the producer's __dlpack_device__() returned " +
                                dpy::repr_of(dev));
  return {static_cast<int>(type), static_cast<int>(id)};
}

// The producer's capsule, asked for as NumPy's from_dlpack does: max_version=(1, 0) first,
// then without arguments only for a producer that predates max_version (TypeError). Any
// other exception of the producer ("device busy") propagates unchanged.
nb::object producer_capsule(nb::handle obj) {
  if (PyCapsule_CheckExact(obj.ptr())) return nb::borrow(obj);
  nb::object method = obj.attr("__dlpack__");
  try {
    nb::dict kw;
    kw["max_version"] = nb::make_tuple(1, 0);
    return method(**kw);
  } catch (nb::python_error& e) {
    if (!e.matches(PyExc_TypeError)) throw;
  }
  return method();
}

Array from_dlpack(nb::handle obj, nb::handle device, nb::handle copy) {
  drain_pending(nullptr);
  const std::optional<bool> c = dpy::opt_bool_arg(copy, "from_dlpack", "copy");
  const bool force_copy = c && *c;
  const bool no_copy = c && !*c;

  if (dpy::is_array(obj)) {  // one of ours: the same memory, or a move when asked
    const Array& x = dpy::array_ref(obj);
    Queue q = device.is_none() ? x.queue : dpy::queue_arg(device, nb::none(), "from_dlpack");
    if (no_copy && q->device() != x.device())
      throw nb::buffer_error(("[from_dlpack] copy=False, but the array lives on '" +
                              x.device()->filter_string() + "', not on '" +
                              q->device()->filter_string() + "'")
                                 .c_str());
    dpy::gil_release release;
    Array r = to_queue(x, q, x.usm_type());
    return force_copy && r.buf == x.buf ? copy_array(r, r.dtype, r.usm_type()) : r;
  }
  if (!PyCapsule_CheckExact(obj.ptr()) && !nb::hasattr(obj, "__dlpack__"))
    throw dp::TypeError("[from_dlpack] an object of type " +
                        nb::cast<std::string>(nb::str(nb::type_name(obj.type()))) +
                        " does not implement the DLPack protocol (__dlpack__)");
  auto [dev_type, dev_id] = producer_device(obj);
  if (dev_type != kDLCPU)
    throw nb::buffer_error(("[from_dlpack] the producer's memory is on DLPack device (" +
                            std::to_string(dev_type) + ", " + std::to_string(dev_id) +
                            "); dparray imports CPU memory (kDLCPU) only: move it to the CPU "
                            "first (e.g. tensor.cpu())")
                               .c_str());

  // Where the result goes: the host device unless device= names another.
  Registry& reg = Registry::get();
  auto hosts = reg.devices(BackendKind::Host);
  Queue target;
  if (!device.is_none())
    target = dpy::queue_arg(device, nb::none(), "from_dlpack");
  else if (!hosts.empty())
    target = reg.default_queue(hosts.front());
  else
    target = reg.default_queue(reg.default_device());
  const bool target_is_host = target->device()->backend_kind() == BackendKind::Host;
  if (no_copy && !target_is_host)
    throw nb::buffer_error(("[from_dlpack] copy=False, but device '" +
                            target->device()->filter_string() +
                            "' cannot use host memory without a copy")
                               .c_str());
  // The memory is shared where it is writable and aligned; else copied.
  Queue wrap_q = target_is_host  ? target
                 : hosts.empty() ? Queue()
                                 : reg.default_queue(hosts.front());
  nb::object capsule = producer_capsule(obj);
  CpuArray nd;
  CpuArrayRO ro;
  Array view;
  bool shared = false;
  if (nb::try_cast(capsule, nd, false)) {
    shared = aligned(nd, dtype_from_dlpack(nd.dtype()));
    if (!shared && no_copy)
      throw nb::buffer_error("[from_dlpack] copy=False, but the producer's data is misaligned");
    if (wrap_q) view = wrap_host_memory(nd, wrap_q);
  } else if (nb::try_cast(capsule, ro, false)) {
    if (no_copy)
      throw nb::buffer_error("[from_dlpack] copy=False, but the producer exports read-only memory");
    if (wrap_q) view = wrap_host_memory(ro, wrap_q);
  } else {
    throw nb::buffer_error(("[from_dlpack] cannot import an object of type " +
                            nb::cast<std::string>(nb::str(nb::type_name(obj.type()))) +
                            " (unsupported dtype, or not CPU memory)")
                               .c_str());
  }
  if (!wrap_q) {  // no visible host device: copy through NumPy
    nb::object np = nb::module_::import_("numpy").attr("from_dlpack")(obj);
    return dpy::array_from_object(np, std::nullopt, target, UsmType::Device);
  }
  if (shared && target_is_host && !force_copy) return view;
  dpy::gil_release release;
  if (target_is_host) return copy_array(view, view.dtype, UsmType::Device);
  return to_queue(view, target, UsmType::Device);
}

}  // namespace

void init_dlpack(nb::module_& m) {
  dpy::add_array_method(
      "__dlpack__",
      [](const Array& a, nb::handle stream, nb::handle max_version, nb::handle dl_device,
         nb::handle copy) { return dlpack_export(a, stream, max_version, dl_device, copy); },
      nb::kw_only(), nb::arg("stream") = nb::none(), nb::arg("max_version") = nb::none(),
      nb::arg("dl_device") = nb::none(), nb::arg("copy") = nb::none(),
      "A DLPack capsule sharing the array's memory (waits for pending work first).");
  dpy::add_array_method(
      "__dlpack_device__",
      [](const Array& a) {
        auto [t, id] = dlpack_device(a);
        return nb::make_tuple(t, id);
      },
      "(device_type, device_id): (1, 0) (kDLCPU) for host memory, (4, k) for OpenCL device k.");
  m.def("from_dlpack", &from_dlpack, nb::arg("x"), nb::kw_only(), nb::arg("device") = nb::none(),
        nb::arg("copy") = nb::none(),
        "An array sharing the memory of a DLPack producer on the CPU (NumPy, PyTorch, ...); "
        "device= another device, or copy=True, copies.");
}
