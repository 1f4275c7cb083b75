// Device memory: OpenCL buffers behind dp::Buffer, and a caching pool per
// context so that temporaries are reused instead of reallocated. A freed block
// is reused by another queue only after that queue's commands issued before the
// free have finished; its own queue is in-order, so reuse there is immediate.
// The pool caches at most min(device memory / 4, 2 GiB); the least recently freed
// blocks are released first, whatever their size. On a device with host_svm every block is
// a fine-grained SVM allocation wrapped in a buffer (CL_MEM_USE_HOST_PTR), so that the host
// can reach it (small_host.h); the SVM block is freed once the driver destroys the buffer.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "dparray/backend/opencl/loader.h"
#include "dparray/runtime/buffer.h"

namespace dp::ocl {

struct DeviceContext;

class MemoryPool {
 public:
  explicit MemoryPool(DeviceContext* ctx) : ctx_(ctx) {}
  ~MemoryPool();

  struct Acquired {
    cl_mem mem;
    size_t capacity;
    void* host;  // the SVM block behind mem, or null
  };
  // A cl_mem of at least n bytes for use on queue `queue_id`; throws dp::MemoryError
  // naming n when the device cannot provide it.
  Acquired acquire(size_t n, cl_mem_flags flags, uint64_t queue_id);
  void release(cl_mem mem, size_t capacity, cl_mem_flags flags, void* host);
  // Frees every cached block.
  void trim();
  size_t cached_bytes();

 private:
  struct Block {
    cl_mem mem;
    void* host;
    std::vector<std::pair<uint64_t, cl_event>> fences;
    uint64_t freed = 0;  // release order, for least-recently-freed eviction
  };
  bool ready(Block& b, uint64_t queue_id);
  void free_block(Block& b);
  // A new buffer of cap bytes (null with *err set when the driver refuses).
  cl_mem create(size_t cap, cl_mem_flags flags, void** host, cl_int* err);

  DeviceContext* ctx_;
  std::mutex mutex_;
  std::multimap<std::pair<cl_mem_flags, size_t>, Block> free_;
  size_t cached_ = 0;
  size_t live_ = 0;
  uint64_t releases_ = 0;
};

class OclBuffer final : public Buffer {
 public:
  OclBuffer(Device d, UsmType usm, size_t n, std::shared_ptr<DeviceContext> ctx,
            const MemoryPool::Acquired& a, cl_mem_flags flags)
      : Buffer(std::move(d), usm, n),
        ctx_(std::move(ctx)),
        mem_(a.mem),
        capacity_(a.capacity),
        flags_(flags),
        svm_(a.host) {}
  ~OclBuffer() override;
  // Host-visible buffers are still read through the queue, so no pointer here.
  void* host_ptr() const override { return nullptr; }
  void* native_handle() const override { return mem_; }
  cl_mem mem() const { return mem_; }
  // The host address of the storage on a host_svm device (else null): for the backend's own
  // host-side work only, while no command of the device uses the buffer.
  void* svm_ptr() const { return svm_; }

 private:
  std::shared_ptr<DeviceContext> ctx_;
  cl_mem mem_;
  size_t capacity_;
  cl_mem_flags flags_;
  void* svm_;
};

// The cl_mem of a dp buffer (which must belong to the OpenCL backend).
inline cl_mem mem_of(const Buffer& b) { return static_cast<cl_mem>(b.native_handle()); }

// The host address of b's SVM storage, or null when b is not an SVM-backed OpenCL buffer.
inline char* svm_ptr_of(const Buffer& b) {
  const auto* o = dynamic_cast<const OclBuffer*>(&b);
  return o ? static_cast<char*>(o->svm_ptr()) : nullptr;
}

}  // namespace dp::ocl
