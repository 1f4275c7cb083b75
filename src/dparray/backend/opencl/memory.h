// Device memory: OpenCL buffers behind dp::Buffer, and a caching pool per
// context so that temporaries are reused instead of reallocated. A freed block
// is reused by another queue only after that queue's commands issued before the
// free have finished; its own queue is in-order, so reuse there is immediate.
// The pool caches at most min(device memory / 4, 2 GiB); the least recently freed
// blocks are released first, whatever their size.
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

  // A cl_mem of at least n bytes for use on queue `queue_id`; throws dp::MemoryError
  // naming n when the device cannot provide it.
  cl_mem acquire(size_t n, cl_mem_flags flags, uint64_t queue_id, size_t* capacity);
  void release(cl_mem mem, size_t capacity, cl_mem_flags flags);
  // Frees every cached block.
  void trim();
  size_t cached_bytes();

 private:
  struct Block {
    cl_mem mem;
    std::vector<std::pair<uint64_t, cl_event>> fences;
    uint64_t freed = 0;  // release order, for least-recently-freed eviction
  };
  bool ready(Block& b, uint64_t queue_id);
  void free_block(Block& b);

  DeviceContext* ctx_;
  std::mutex mutex_;
  std::multimap<std::pair<cl_mem_flags, size_t>, Block> free_;
  size_t cached_ = 0;
  size_t live_ = 0;
  uint64_t releases_ = 0;
};

class OclBuffer final : public Buffer {
 public:
  OclBuffer(Device d, UsmType usm, size_t n, std::shared_ptr<DeviceContext> ctx, cl_mem mem,
            size_t capacity, cl_mem_flags flags)
      : Buffer(std::move(d), usm, n),
        ctx_(std::move(ctx)),
        mem_(mem),
        capacity_(capacity),
        flags_(flags) {}
  ~OclBuffer() override;
  // Host-visible buffers are still read through the queue, so no pointer here.
  void* host_ptr() const override { return nullptr; }
  void* native_handle() const override { return mem_; }
  cl_mem mem() const { return mem_; }

 private:
  std::shared_ptr<DeviceContext> ctx_;
  cl_mem mem_;
  size_t capacity_;
  cl_mem_flags flags_;
};

// The cl_mem of a dp buffer (which must belong to the OpenCL backend).
inline cl_mem mem_of(const Buffer& b) { return static_cast<cl_mem>(b.native_handle()); }

}  // namespace dp::ocl
