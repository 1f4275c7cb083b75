// Per-device state of the OpenCL backend: the cl_context (one per device and
// sub-device), its capabilities, its program cache, its memory pool, and the
// live queues (the pool consults their last events before reusing memory).
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "dparray/backend/opencl/loader.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/backend/opencl/program_cache.h"
#include "dparray/runtime/device.h"

namespace dp::ocl {

class OclQueue;

struct DeviceContext {
  DeviceContext(const Api* api, cl_platform_id platform, cl_device_id device);
  ~DeviceContext();
  DeviceContext(const DeviceContext&) = delete;
  DeviceContext& operator=(const DeviceContext&) = delete;

  const Api* api;
  cl_platform_id platform;
  cl_device_id device;
  cl_context context = nullptr;
  DeviceInfo info;
  std::string platform_version;
  size_t base_align = 128;  // CL_DEVICE_MEM_BASE_ADDR_ALIGN, in bytes
  uint64_t max_alloc = 0;
  // Build options of generated programs: correctly rounded float division and sqrt
  // where the device offers them, so results match the host bit for bit.
  std::string gen_options;
  // Buffers are fine-grained SVM in host memory (a CPU device that offers it, unless
  // DPARRAY_OPENCL_SVM=0): the host may then read and write them while the device is idle.
  bool host_svm = false;
  ProgramCache programs;
  MemoryPool pool;

  void add_queue(OclQueue* q);
  void remove_queue(OclQueue* q);
  // (queue id, retained last event) of every live queue, for the memory pool.
  std::vector<std::pair<uint64_t, cl_event>> queue_fences();
  // The SVM block behind a new buffer; the driver's report that it destroyed that buffer
  // (from its own thread); and the freeing of such blocks, from an API thread.
  void svm_track(cl_mem m, void* block);
  void svm_dead(cl_mem m);
  void free_dead_svm();

 private:
  std::mutex svm_mutex_;
  std::unordered_map<cl_mem, void*> svm_blocks_;
  std::vector<void*> dead_svm_;
  std::mutex queues_mutex_;
  std::vector<OclQueue*> queues_;
};

using ContextPtr = std::shared_ptr<DeviceContext>;

// Queries DeviceInfo of an OpenCL device.
DeviceInfo query_device_info(const Api* api, cl_device_id d);

}  // namespace dp::ocl
