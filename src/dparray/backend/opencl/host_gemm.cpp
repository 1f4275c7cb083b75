#include "dparray/backend/opencl/host_gemm.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "dparray/backend/opencl/context.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dp::ocl {

namespace {

// Products below this many multiply-adds stay on the device's own kernel (a blocking map
// costs more than they do).
constexpr int64_t kMinWork = int64_t(1) << 21;

bool enabled() {
  static const bool on = [] {
    const char* e = std::getenv("DPARRAY_OCL_HOST_GEMM");
    return !(e && std::strcmp(e, "0") == 0);
  }();
  return on;
}

// One mapping per distinct cl_mem (a @ a maps its buffer once).
struct Mapping {
  cl_mem mem;
  void* ptr;
};

}  // namespace

bool host_gemm(OclQueue& o, const Array& a, const Array& b, const Array& out, int64_t M, int64_t N,
               int64_t K) {
  const DType t = out.dtype;
  if (!enabled() || o.ctx().info.type != DeviceType::CPU || M * N * K < kMinWork) return false;
  if (t != DType::Float32 && t != DType::Float64 && t != DType::Complex64 && t != DType::Complex128)
    return false;
  if (a.dtype != t || b.dtype != t) return false;
  Backend* host = Registry::get().backend(BackendKind::Host);
  const std::vector<Device> hosts = Registry::get().devices(BackendKind::Host);
  if (!host || hosts.empty()) return false;  // the selector hides the host device
  const Queue hq = Registry::get().default_queue(hosts.front());

  const Api* api = o.api();
  std::vector<Mapping> maps;
  auto map = [&](const Array& x, cl_map_flags flags) -> void* {
    const cl_mem m = mem_of(*x.buf);
    for (const Mapping& mp : maps)
      if (mp.mem == m) return mp.ptr;
    cl_int err = CL_SUCCESS;
    // Blocking: returns after the queue's earlier commands (in order) have finished.
    void* p = api->clEnqueueMapBuffer(o.handle(), m, CL_TRUE, flags, 0, x.buf->nbytes(), 0, nullptr,
                                      nullptr, &err);
    check(err, "matmul", "clEnqueueMapBuffer");
    maps.push_back({m, p});
    return p;
  };
  auto unmap_all = [&] {
    for (const Mapping& mp : maps) {
      o.enqueue("matmul", [&] {
        cl_event ev = nullptr;
        const cl_int err =
            api->clEnqueueUnmapMemObject(o.handle(), mp.mem, mp.ptr, 0, nullptr, &ev);
        return err == CL_SUCCESS ? ev : nullptr;
      });
    }
    maps.clear();
  };
  auto on_host = [&](const Array& x, cl_map_flags flags) {
    Array h = x;
    h.buf = std::make_shared<ExternalHostBuffer>(hosts.front(), map(x, flags), x.buf->nbytes(),
                                                 nullptr);
    h.queue = hq;
    return h;
  };
  try {
    // out first: an input sharing its buffer then shares its read-write mapping.
    const Array hout = on_host(out, CL_MAP_READ | CL_MAP_WRITE);
    const Array ha = on_host(a, CL_MAP_READ), hb = on_host(b, CL_MAP_READ);
    host->ops().matmul(hq, ha, hb, hout);
    hq->wait();
  } catch (...) {
    unmap_all();
    throw;
  }
  unmap_all();
  return true;
}

}  // namespace dp::ocl
