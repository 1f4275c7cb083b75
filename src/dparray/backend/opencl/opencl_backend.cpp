// The OpenCL backend entry point: platforms and devices from the ICD loader
// (opened at run time), queues, memory and blocking transfers.
#include <atomic>
#include <cstring>
#include <stdexcept>

#include "dparray/backend/opencl/device.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/backend/opencl/transfer_count.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dp::ocl {

namespace {
std::atomic<uint64_t> g_bytes_read{0};
}  // namespace

uint64_t bytes_read_to_host() { return g_bytes_read.load(std::memory_order_relaxed); }
void count_read_to_host(uint64_t bytes) {
  g_bytes_read.fetch_add(bytes, std::memory_order_relaxed);
}

namespace {

std::string platform_string(const Api* api, cl_platform_id p, cl_platform_info what) {
  size_t n = 0;
  if (api->clGetPlatformInfo(p, what, 0, nullptr, &n) != CL_SUCCESS || n == 0) return "";
  std::string s(n, '\0');
  api->clGetPlatformInfo(p, what, n, s.data(), nullptr);
  while (!s.empty() && s.back() == '\0') s.pop_back();
  return s;
}

class OclBackend final : public Backend {
 public:
  explicit OclBackend(const Api* api) : api_(api) {}

  // Enumerates once; false when there is no usable device.
  bool discover() {
    cl_uint np = 0;
    if (api_->clGetPlatformIDs(0, nullptr, &np) != CL_SUCCESS || np == 0) return false;
    std::vector<cl_platform_id> ids(np);
    if (api_->clGetPlatformIDs(np, ids.data(), nullptr) != CL_SUCCESS) return false;
    for (cl_platform_id pid : ids) {
      cl_uint nd = 0;
      if (api_->clGetDeviceIDs(pid, CL_DEVICE_TYPE_ALL, 0, nullptr, &nd) != CL_SUCCESS || nd == 0)
        continue;
      std::vector<cl_device_id> devs(nd);
      if (api_->clGetDeviceIDs(pid, CL_DEVICE_TYPE_ALL, nd, devs.data(), nullptr) != CL_SUCCESS)
        continue;
      Platform p{BackendKind::OpenCL,
                 platform_string(api_, pid, CL_PLATFORM_NAME),
                 platform_string(api_, pid, CL_PLATFORM_VENDOR),
                 platform_string(api_, pid, CL_PLATFORM_VERSION),
                 {}};
      const int index = static_cast<int>(platforms_.size());
      for (cl_device_id d : devs) {
        auto ctx = std::make_shared<DeviceContext>(api_, pid, d);
        if (!ctx->context) continue;  // a device we cannot open is skipped, not fatal
        p.devices.push_back(std::make_shared<OclDevice>(this, ctx, index));
      }
      if (!p.devices.empty()) platforms_.push_back(std::move(p));
    }
    return !platforms_.empty();
  }

  BackendKind kind() const override { return BackendKind::OpenCL; }
  std::vector<Platform> platforms() override { return platforms_; }

  Queue make_queue(const Device& device, bool profiling) override {
    return std::make_shared<OclQueue>(device, profiling, static_cast<OclDevice&>(*device).ctx());
  }

  BufferPtr allocate(const Queue& q, size_t nbytes, UsmType usm) override {
    DeviceContext& ctx = ctx_of(q->device());
    // Host-visible kinds live in host-accessible memory the driver may map.
    cl_mem_flags flags = CL_MEM_READ_WRITE | (usm == UsmType::Device ? 0 : CL_MEM_ALLOC_HOST_PTR);
    const MemoryPool::Acquired a = ctx.pool.acquire(nbytes, flags, q->id());
    return std::make_shared<OclBuffer>(q->device(), usm, nbytes,
                                       static_cast<OclDevice&>(*q->device()).ctx(), a, flags);
  }

  void write(const Queue& q, Buffer& dst, size_t off, const void* src, size_t n) override {
    if (n == 0) return;
    check_range(dst, off, n, "write");
    OclQueue& o = oq(q);
    // SVM memory once the queue is idle: a copy here, not a command for the driver.
    if (char* p = svm_ptr_of(dst); p && o.wait_idle_for_host()) {
      std::memcpy(p + off, src, n);
      return;
    }
    check(api_->clEnqueueWriteBuffer(o.handle(), mem_of(dst), CL_TRUE, off, n, src, 0, nullptr,
                                     nullptr),
          "write", "clEnqueueWriteBuffer");
  }

  void read(const Queue& q, const Buffer& src, size_t off, void* dst, size_t n) override {
    if (n == 0) return;
    check_range(src, off, n, "read");
    OclQueue& o = oq(q);
    if (const char* p = svm_ptr_of(src); p && o.wait_idle_for_host()) {
      std::memcpy(dst, p + off, n);
      count_read_to_host(n);
      return;
    }
    cl_int err = api_->clEnqueueReadBuffer(o.handle(), mem_of(src), CL_TRUE, off, n, dst, 0,
                                           nullptr, nullptr);
    if (err != CL_SUCCESS) {
      q->wait();  // a failed kernel before the read reports itself first
      check(err, "read", "clEnqueueReadBuffer");
    }
    count_read_to_host(n);
  }

  OpExecutor& ops() override { return executor_; }

 private:
  static void check_range(const Buffer& b, size_t off, size_t n, const char* op) {
    if (off + n > b.nbytes())
      throw std::out_of_range(std::string("[") + op + "] " + std::to_string(n) +
                              " bytes at offset " + std::to_string(off) + " exceed a buffer of " +
                              std::to_string(b.nbytes()));
  }

  const Api* api_;
  std::vector<Platform> platforms_;
  OclExecutor executor_;
};

}  // namespace
}  // namespace dp::ocl

namespace dp {
std::unique_ptr<Backend> make_opencl_backend() {
  try {
    const ocl::Api* api = ocl::load_api();
    if (!api) return nullptr;
    auto b = std::make_unique<ocl::OclBackend>(api);
    if (!b->discover()) return nullptr;
    return b;
  } catch (...) {
    return nullptr;  // a broken driver must not stop the package from importing
  }
}
}  // namespace dp
