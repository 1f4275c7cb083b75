// Queues and events. Queues are in-order and asynchronous: submission returns
// at once; an error raised by a running command is kept and rethrown, naming
// the op, at the next synchronisation point (wait, reading values).
#pragma once
#include <atomic>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <string>

#include "dparray/runtime/constant_cache.h"
#include "dparray/runtime/device.h"

namespace dp {

class EventImpl {
 public:
  virtual ~EventImpl() = default;
  virtual void wait() = 0;
  virtual bool is_complete() = 0;
  // Nanoseconds on a monotonic clock; only on profiling queues (else throws).
  virtual uint64_t profiling_submit() = 0;
  virtual uint64_t profiling_start() = 0;
  virtual uint64_t profiling_end() = 0;
};
using Event = std::shared_ptr<EventImpl>;

class QueueImpl : public std::enable_shared_from_this<QueueImpl> {
 public:
  QueueImpl(Device device, bool profiling);
  virtual ~QueueImpl() = default;

  const Device& device() const { return device_; }
  bool profiling() const { return profiling_; }
  uint64_t id() const { return id_; }

  // Blocks until every submitted command finished, then rethrows a deferred error.
  virtual void wait() = 0;
  // Event of the last command submitted (a completed event if none).
  virtual Event last_event() = 0;

  // Records an error raised by a running command; the first one wins.
  void defer_error(const std::string& op, std::exception_ptr e);
  // Throws the deferred error, if any, and clears it.
  void rethrow_deferred();
  // The 0-d buffers of scalar operands filled on this queue (see constant_cache.h).
  ConstantCache& constants() { return constants_; }

 protected:
  Device device_;
  bool profiling_;
  uint64_t id_;
  std::mutex error_mutex_;
  std::exception_ptr deferred_;
  std::string deferred_op_;
  std::atomic<bool> has_deferred_{false};
  ConstantCache constants_;
};
using Queue = std::shared_ptr<QueueImpl>;

// A completed event, for queues with nothing submitted or whose last command ran on the
// calling thread; without profiling its profiling times raise, as a command's would.
const Event& completed_event(bool profiling);

}  // namespace dp
