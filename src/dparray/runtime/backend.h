// The interface every backend (host, OpenCL, ...) implements: device
// enumeration, queues, memory and transfers. Op execution goes through the
// backend's OpExecutor (ops/executor.h), so this layer does not know the ops.
#pragma once
#include <cstddef>
#include <memory>
#include <vector>

#include "dparray/runtime/buffer.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/queue.h"

namespace dp {

class OpExecutor;

class Backend {
 public:
  virtual ~Backend() = default;
  virtual BackendKind kind() const = 0;
  // Platforms with their devices, in the backend's native order.
  virtual std::vector<Platform> platforms() = 0;

  virtual Queue make_queue(const Device& device, bool profiling) = 0;
  // Throws MemoryError (with op and byte count) when the device is out of memory.
  virtual BufferPtr allocate(const Queue& q, size_t nbytes, UsmType usm) = 0;
  // Copies n bytes host -> buffer at byte offset; ordered after earlier commands on q.
  // Blocking: src may be reused when it returns.
  virtual void write(const Queue& q, Buffer& dst, size_t offset, const void* src, size_t n) = 0;
  // Copies n bytes buffer -> host; waits for earlier commands on q.
  virtual void read(const Queue& q, const Buffer& src, size_t offset, void* dst, size_t n) = 0;
  virtual OpExecutor& ops() = 0;
};

}  // namespace dp
