#include "dparray/backend/opencl/memory.h"

#include <algorithm>

#include "dparray/backend/opencl/context.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/inflight.h"

namespace dp::ocl {

namespace {

// Size classes: powers of two below 1 MiB, multiples of 256 KiB above.
size_t size_class(size_t n) {
  if (n <= 256) return 256;
  if (n < (size_t(1) << 20)) {
    size_t c = 512;
    while (c < n) c <<= 1;
    return c;
  }
  const size_t step = size_t(1) << 18;
  return (n + step - 1) / step * step;
}

// The driver destroys a buffer once its last command has finished: its SVM block goes then.
void CL_CALLBACK svm_buffer_destroyed(cl_mem m, void* ctx) {
  static_cast<DeviceContext*>(ctx)->svm_dead(m);
}

}  // namespace

MemoryPool::~MemoryPool() { trim(); }

bool MemoryPool::ready(Block& b, uint64_t queue_id) {
  for (auto& [qid, ev] : b.fences) {
    if (qid == queue_id) continue;
    cl_int st = CL_COMPLETE;
    ctx_->api->clGetEventInfo(ev, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof(st), &st, nullptr);
    if (st > CL_COMPLETE) return false;
  }
  for (auto& f : b.fences) ctx_->api->clReleaseEvent(f.second);
  b.fences.clear();
  return true;
}

void MemoryPool::free_block(Block& b) {
  for (auto& f : b.fences) ctx_->api->clReleaseEvent(f.second);
  b.fences.clear();
  ctx_->api->clReleaseMemObject(b.mem);
}

cl_mem MemoryPool::create(size_t cap, cl_mem_flags flags, void** host, cl_int* err) {
  const Api* api = ctx_->api;
  *host = nullptr;
  if (!ctx_->host_svm) return api->clCreateBuffer(ctx_->context, flags, cap, nullptr, err);
  ctx_->free_dead_svm();
  void* p =
      api->clSVMAlloc(ctx_->context, CL_MEM_READ_WRITE | CL_MEM_SVM_FINE_GRAIN_BUFFER, cap, 0);
  if (!p) {
    *err = CL_MEM_OBJECT_ALLOCATION_FAILURE;
    return nullptr;
  }
  cl_mem m =
      api->clCreateBuffer(ctx_->context, CL_MEM_READ_WRITE | CL_MEM_USE_HOST_PTR, cap, p, err);
  if (m && *err == CL_SUCCESS) {
    ctx_->svm_track(m, p);
    if (api->clSetMemObjectDestructorCallback(m, &svm_buffer_destroyed, ctx_) == CL_SUCCESS) {
      *host = p;
      return m;
    }
    ctx_->svm_dead(m);
    api->clReleaseMemObject(m);
    ctx_->free_dead_svm();
    *err = CL_MEM_OBJECT_ALLOCATION_FAILURE;
    return nullptr;
  }
  if (m) api->clReleaseMemObject(m);
  api->clSVMFree(ctx_->context, p);
  if (*err == CL_SUCCESS) *err = CL_MEM_OBJECT_ALLOCATION_FAILURE;
  return nullptr;
}

MemoryPool::Acquired MemoryPool::acquire(size_t n, cl_mem_flags flags, uint64_t queue_id) {
  const size_t cap = size_class(n);
  // On a host_svm device every kind of memory is the same SVM block.
  if (ctx_->host_svm) flags = CL_MEM_READ_WRITE | CL_MEM_USE_HOST_PTR;
  charge_allocation(cap);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto range = free_.equal_range({flags, cap});
    for (auto it = range.first; it != range.second; ++it) {
      if (!ready(it->second, queue_id)) continue;
      Acquired a{it->second.mem, cap, it->second.host};
      free_.erase(it);
      cached_ -= cap;
      live_ += cap;
      return a;
    }
  }
  const DeviceInfo& info = ctx_->info;
  auto fail = [&](const std::string& why) {
    return MemoryError("[allocate] cannot allocate " + std::to_string(n) +
                       " bytes on OpenCL device '" + info.name + "': " + why);
  };
  if (ctx_->max_alloc && cap > ctx_->max_alloc)
    throw fail("more than the device's largest allocation of " + std::to_string(ctx_->max_alloc) +
               " bytes");
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool full;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      full = info.global_mem_size && live_ + cap > info.global_mem_size;
    }
    cl_int err = CL_MEM_OBJECT_ALLOCATION_FAILURE;
    cl_mem m = nullptr;
    void* host = nullptr;
    if (!full) m = create(cap, flags, &host, &err);
    if (m && err == CL_SUCCESS) {
      std::lock_guard<std::mutex> lock(mutex_);
      live_ += cap;
      return {m, cap, host};
    }
    if (attempt == 0) {
      trim();  // give cached blocks back and retry once
      continue;
    }
    if (full)
      throw fail("the device has " + std::to_string(info.global_mem_size) + " bytes of memory");
    throw fail(error_name(err));
  }
  return {};
}

void MemoryPool::release(cl_mem mem, size_t capacity, cl_mem_flags flags, void* host) {
  if (ctx_->host_svm) flags = CL_MEM_READ_WRITE | CL_MEM_USE_HOST_PTR;
  // Cache at most a quarter of the device memory (and 2 GiB).
  size_t limit = std::min<size_t>(ctx_->info.global_mem_size / 4, size_t(2) << 30);
  Block b{mem, host, ctx_->queue_fences()};
  std::vector<Block> evicted;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    live_ -= capacity;
    b.freed = ++releases_;
    if (capacity > limit) {
      evicted.push_back(std::move(b));
    } else {
      free_.emplace(std::make_pair(flags, capacity), std::move(b));
      cached_ += capacity;
      // Least recently freed first: a burst of large blocks must not push out the
      // mid-size temporaries a loop reuses (a linear scan: the pool holds few blocks).
      while (cached_ > limit && !free_.empty()) {
        auto it = std::min_element(free_.begin(), free_.end(), [](const auto& x, const auto& y) {
          return x.second.freed < y.second.freed;
        });
        cached_ -= it->first.second;
        evicted.push_back(std::move(it->second));
        free_.erase(it);
      }
    }
  }
  for (Block& e : evicted) free_block(e);
}

void MemoryPool::trim() {
  std::vector<Block> all;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& [k, b] : free_) all.push_back(std::move(b));
    free_.clear();
    cached_ = 0;
  }
  for (Block& b : all) free_block(b);
}

size_t MemoryPool::cached_bytes() {
  std::lock_guard<std::mutex> lock(mutex_);
  return cached_;
}

OclBuffer::~OclBuffer() { ctx_->pool.release(mem_, capacity_, flags_, svm_); }

}  // namespace dp::ocl
