// dparray.kernels launches: packs one call's arguments for a compiled kernel (the
// int64 block of a host kernel, the argument list of an OpenCL kernel) and enqueues
// it. Types were checked in Python when the launcher was looked up; this runs per call.
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <algorithm>
#include <cstring>

#include "convert.h"
#include "dparray/backend/opencl/program.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/kernels/host_launch.h"
#include "dparray/kernels/object_loader.h"
#include "dparray/runtime/disk_cache.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

// Argument kinds (one char each): 'A' C-contiguous array, 'S' strided array,
// 'L' LocalAccessor, 'a' + dtype index a scalar of that dtype.
constexpr char kScalarBase = 'a';

std::vector<int64_t> ints_of(nb::handle t) {
  std::vector<int64_t> r;
  for (nb::handle h : t) r.push_back(nb::cast<int64_t>(h));
  return r;
}

int64_t product(const std::vector<int64_t>& v, size_t n) {
  int64_t p = 1;
  for (size_t i = 0; i < n && i < v.size(); ++i) p *= v[i];
  return p;
}

const Array& array_arg(nb::handle h, size_t i, const Queue& q) {
  const Array& a = dpy::array_ref(h);
  if (a.queue != q)
    throw ExecutionPlacementError("[call_kernel] argument " + std::to_string(i) + " is on " +
                                  queue_str(a.queue) + ", other arrays on " + queue_str(q) +
                                  "; move it with to_device / asarray(..., device=...)");
  return a;
}

Scalar scalar_of(nb::handle h, size_t i, DType t) {
  Scalar s;
  if (!dpy::scalar_arg(h, s))
    throw dp::TypeError("[call_kernel] argument " + std::to_string(i) + " is not a scalar");
  // A Python int is typed int64 when the kernel is compiled; a later, larger one must not wrap.
  if ((s.kind == Kind::Signed || s.kind == Kind::Unsigned) && is_integral(t) && !s.fits(t))
    throw std::overflow_error("[call_kernel] argument " + std::to_string(i) + " (" +
                              nb::cast<std::string>(nb::str(h)) + ") does not fit in " +
                              name_of(t));
  return s;
}

// Bits of s converted to t, in the low bytes of one int64 slot.
int64_t slot_of(const Scalar& s, DType t) {
  int64_t slot = 0;
  s.store(t, &slot);
  return slot;
}

Event launch_host(const Queue& q, uintptr_t entry, const std::string& kinds, nb::tuple args,
                  nb::handle global, nb::handle local, bool nd, std::vector<Event> deps,
                  bool async) {
  if (kinds.size() != nb::len(args))
    throw std::invalid_argument("[call_kernel] argument count does not match the kernel");
  std::vector<int64_t> g = ints_of(global);
  std::vector<int64_t> l = nd ? ints_of(local) : std::vector<int64_t>(g.size(), 1);
  std::vector<int64_t> block(6, 0);
  for (size_t d = 0; d < g.size(); ++d) {
    block[d] = g[d];
    block[3 + d] = l[d];
  }
  std::vector<Array> keep;
  for (size_t i = 0; i < kinds.size(); ++i) {
    nb::handle h = args[i];
    const char k = kinds[i];
    if (k == 'A' || k == 'S') {
      const Array& a = array_arg(h, i, q);
      block.push_back(reinterpret_cast<int64_t>(a.host_data()));
      block.push_back(0);
      for (int64_t s : a.shape) block.push_back(s);
      if (k == 'S')
        for (int64_t s : a.strides) block.push_back(s);
      keep.push_back(a);
    } else if (k == 'L') {
      for (int64_t s : ints_of(nb::getattr(h, "shape"))) block.push_back(s);
    } else {
      const DType t = static_cast<DType>(k - kScalarBase);
      const Scalar s = scalar_of(h, i, t);
      if (t == DType::Complex64 || t == DType::Complex128) {
        const DType part = t == DType::Complex64 ? DType::Float32 : DType::Float64;
        const std::complex<double> c = s.as_complex();
        block.push_back(slot_of(Scalar::from_double(c.real()), part));
        block.push_back(slot_of(Scalar::from_double(c.imag()), part));
      } else {
        block.push_back(slot_of(s, t == DType::Float16 ? DType::Float32 : t));
      }
    }
  }
  int64_t units, items = product(g, g.size());
  if (nd) {
    units = 1;
    for (size_t d = 0; d < g.size(); ++d) units *= g[d] / l[d];
  } else if (g.size() == 1) {
    units = g[0];
  } else {
    // Rows of the last dimension; few long rows are cut into blocks (slots 3 and 4 hold
    // the blocks per row and the block length) so that every core gets work.
    const int64_t outer = product(g, g.size() - 1), last = g.back();
    int64_t per_row = 1;
    if (outer < 256 && last >= 2048) per_row = std::min((256 + outer - 1) / outer, last / 1024);
    const int64_t len = (last + per_row - 1) / per_row;
    per_row = len > 0 ? (last + len - 1) / len : 1;
    block[3] = per_row;
    block[4] = len;
    units = outer * per_row;
  }
  nb::gil_scoped_release release;
  return kernels::host_launch(q, reinterpret_cast<kernels::HostEntry>(entry), std::move(block),
                              units, items, std::move(keep), std::move(deps), async);
}

// Makes OpenCL queue q wait for deps without blocking the caller: events of q itself are
// ordered already, other queues' events of the same OpenCL context go into the wait list
// of a marker enqueued before the kernel (the queue is in-order). Events of the host
// backend or another context cannot be waited for by the OpenCL runtime (no user events
// here): those are waited for on the calling thread, the documented fallback.
void wait_list_marker(const Queue& q, const std::vector<Event>& deps) {
  ocl::OclQueue& o = ocl::oq(q);
  const ocl::Api* api = o.api();
  std::vector<cl_event> list;
  for (const Event& e : deps) {
    if (auto* oe = dynamic_cast<ocl::OclEvent*>(e.get())) {
      cl_context c = nullptr;
      cl_command_queue cq = nullptr;
      if (api->clGetEventInfo(oe->handle(), CL_EVENT_CONTEXT, sizeof(c), &c, nullptr) ==
              CL_SUCCESS &&
          c == o.ctx().context) {
        if (api->clGetEventInfo(oe->handle(), CL_EVENT_COMMAND_QUEUE, sizeof(cq), &cq, nullptr) !=
                CL_SUCCESS ||
            cq != o.handle())
          list.push_back(oe->handle());
        continue;
      }
    }
    e->wait();
  }
  if (list.empty()) return;
  cl_int err = CL_SUCCESS;
  o.enqueue("call_kernel_async", [&] {
    cl_event marker = nullptr;
    err = api->clEnqueueMarkerWithWaitList(o.handle(), static_cast<cl_uint>(list.size()),
                                           list.data(), &marker);
    return err == CL_SUCCESS ? marker : nullptr;
  });
  if (err != CL_SUCCESS)
    throw BackendError("[call_kernel_async] clEnqueueMarkerWithWaitList failed: " +
                       ocl::error_name(err));
}

Event launch_opencl(const Queue& q, ocl::UserKernel& kernel, const std::string& kinds,
                    nb::tuple args, nb::handle global, nb::handle local, std::vector<Event> deps) {
  if (kinds.size() != nb::len(args))
    throw std::invalid_argument("[call_kernel] argument count does not match the kernel");
  using ocl::KernelArg;
  std::vector<KernelArg> a;
  auto i64 = [](int64_t v) { return KernelArg::of(Scalar::from_int(v), DType::Int64); };
  for (size_t i = 0; i < kinds.size(); ++i) {
    nb::handle h = args[i];
    const char k = kinds[i];
    if (k == 'A' || k == 'S') {
      const Array& x = array_arg(h, i, q);
      // The whole allocation from its start (no sub-buffer) plus the element offset.
      int64_t hi = x.offset;
      bool empty = false;
      for (size_t d = 0; d < x.shape.size(); ++d) {
        if (x.shape[d] == 0) empty = true;
        if (x.strides[d] > 0) hi += (x.shape[d] - 1) * x.strides[d];
      }
      Array base = x;
      base.offset = 0;
      base.shape = {empty ? 1 : hi + 1};
      base.strides = {1};
      a.push_back(KernelArg::of(base));
      a.push_back(i64(x.offset));
      for (int64_t s : x.shape) a.push_back(i64(s));
      if (k == 'S')
        for (int64_t s : x.strides) a.push_back(i64(s));
    } else if (k == 'L') {
      const size_t nbytes = nb::cast<size_t>(nb::getattr(h, "nbytes"));
      a.push_back(KernelArg::local(nbytes ? nbytes : 1));
      for (int64_t s : ints_of(nb::getattr(h, "shape"))) a.push_back(i64(s));
    } else {
      const DType t = static_cast<DType>(k - kScalarBase);
      const Scalar s = scalar_of(h, i, t);
      if (t == DType::Complex64 || t == DType::Complex128) {
        const DType part = t == DType::Complex64 ? DType::Float32 : DType::Float64;
        const std::complex<double> c = s.as_complex();
        a.push_back(KernelArg::of(Scalar::from_double(c.real()), part));
        a.push_back(KernelArg::of(Scalar::from_double(c.imag()), part));
      } else if (t == DType::Bool) {
        a.push_back(KernelArg::of(s, DType::UInt8));
      } else {
        a.push_back(KernelArg::of(s, t == DType::Float16 ? DType::Float32 : t));
      }
    }
  }
  // Range dimension d is OpenCL dimension ndim-1-d (the last index varies fastest).
  std::vector<size_t> g, l;
  for (nb::handle v : global) g.insert(g.begin(), nb::cast<size_t>(v));
  if (!local.is_none()) {
    for (nb::handle v : local) l.insert(l.begin(), nb::cast<size_t>(v));
  } else if (!g.empty() && g[0] > 0) {
    // A Range launch: work-groups are ours to choose. The largest power of two up to 256
    // dividing the fastest dimension (drivers tend to pick small groups on CPUs).
    const size_t cap = std::min<size_t>(256, q->device()->info().max_work_group_size);
    l.assign(g.size(), 1);
    while (l[0] * 2 <= cap && g[0] % (l[0] * 2) == 0) l[0] *= 2;
  }
  nb::gil_scoped_release release;
  if (!deps.empty()) wait_list_marker(q, deps);
  return ocl::submit(q, kernel, a, g, l);
}

}  // namespace

void init_kernels(nb::module_& m) {
  m.def(
      "_kernel_load_object",
      [](nb::bytes obj, const std::string& symbol) {
        return kernels::load_object(obj.c_str(), obj.size(), symbol);
      },
      nb::arg("object"), nb::arg("symbol"),
      "Loads an ELF x86-64 kernel object; the address of symbol, or 0 when it needs LLVM.");
  m.def("_kernel_host_launch", &launch_host, nb::arg("queue"), nb::arg("entry"), nb::arg("kinds"),
        nb::arg("args"), nb::arg("global_range"), nb::arg("local_range"), nb::arg("nd"),
        nb::arg("deps") = std::vector<Event>{}, nb::arg("is_async") = false,
        "Packs args for a compiled host kernel and enqueues it on queue after the events deps;\n"
        "returns the Event. is_async: always queue it (never run it inline on the caller).");
  m.def("_kernel_opencl_launch", &launch_opencl, nb::arg("queue"), nb::arg("kernel"),
        nb::arg("kinds"), nb::arg("args"), nb::arg("global_range"), nb::arg("local_range").none(),
        nb::arg("deps") = std::vector<Event>{},
        "Packs args for a generated OpenCL kernel and enqueues it on queue after the events\n"
        "deps; returns the Event.");
  m.def(
      "_kernel_evict_disk_cache",
      [](const std::string& dir, const std::string& keep) {
        evict_disk_cache(dir, disk_cache_limit(), keep, ".o");
      },
      nb::arg("dir"), nb::arg("keep"),
      "Evicts the least recently used kernel objects (*.o) of dir beyond\n"
      "DPARRAY_DISK_CACHE_LIMIT bytes, keep last.");
  m.def("_kernel_touch_cache_file", &touch_cache_file, nb::arg("path"),
        "Marks a cached kernel object as just used (for the LRU eviction).");
}
