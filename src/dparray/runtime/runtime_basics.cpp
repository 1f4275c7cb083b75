// Small shared pieces of the runtime: enum names, queue error deferral, sub-device default.
#include <atomic>
#include <stdexcept>

#include "dparray/runtime/backend.h"
#include "dparray/runtime/buffer.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/queue.h"

namespace dp {

const char* to_string(BackendKind b) { return b == BackendKind::Host ? "host" : "opencl"; }

const char* to_string(DeviceType t) {
  switch (t) {
    case DeviceType::CPU: return "cpu";
    case DeviceType::GPU: return "gpu";
    default: return "accelerator";
  }
}

const char* to_string(UsmType u) {
  switch (u) {
    case UsmType::Device: return "device";
    case UsmType::Shared: return "shared";
    default: return "host";
  }
}

UsmType usm_type_from_string(const std::string& s) {
  if (s == "device") return UsmType::Device;
  if (s == "shared") return UsmType::Shared;
  if (s == "host") return UsmType::Host;
  throw std::invalid_argument("[usm_type] '" + s + "' is not one of 'device', 'shared', 'host'");
}

BackendKind DeviceImpl::backend_kind() const { return backend_->kind(); }

std::vector<Device> DeviceImpl::create_sub_devices(const std::vector<uint32_t>&) {
  throw std::invalid_argument("[create_sub_devices] device '" + filter_string_ +
                              "' cannot be partitioned");
}

namespace {
std::atomic<uint64_t> next_queue_id{0};

class CompletedEvent final : public EventImpl {
 public:
  explicit CompletedEvent(bool profiling) : profiling_(profiling) {}
  void wait() override {}
  bool is_complete() override { return true; }
  uint64_t profiling_submit() override { return time(); }
  uint64_t profiling_start() override { return time(); }
  uint64_t profiling_end() override { return time(); }

 private:
  uint64_t time() const {
    if (!profiling_)
      throw std::invalid_argument(
          "[event] profiling information needs a queue made with profiling");
    return 0;
  }
  bool profiling_;
};
}  // namespace

const Event& completed_event(bool profiling) {
  static const Event timed = std::make_shared<CompletedEvent>(true);
  static const Event untimed = std::make_shared<CompletedEvent>(false);
  return profiling ? timed : untimed;
}

QueueImpl::QueueImpl(Device device, bool profiling)
    : device_(std::move(device)), profiling_(profiling), id_(next_queue_id++) {}

void QueueImpl::defer_error(const std::string& op, std::exception_ptr e) {
  std::lock_guard<std::mutex> lock(error_mutex_);
  if (deferred_) return;
  deferred_ = e;
  deferred_op_ = op;
  has_deferred_ = true;
}

void QueueImpl::rethrow_deferred() {
  if (!has_deferred_) return;
  std::exception_ptr e;
  std::string op;
  {
    std::lock_guard<std::mutex> lock(error_mutex_);
    e = deferred_;
    op = deferred_op_;
    deferred_ = nullptr;
    has_deferred_ = false;
  }
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& ex) {
    std::string what = ex.what();
    // Name the op unless the message already starts with it.
    std::string prefix = "[" + op + "]";
    std::string msg = what.rfind(prefix, 0) == 0 ? what : prefix + " failed while running: " + what;
    if (dynamic_cast<const MemoryError*>(&ex)) throw MemoryError(msg);
    if (dynamic_cast<const TypeError*>(&ex)) throw TypeError(msg);
    if (dynamic_cast<const ExecutionPlacementError*>(&ex)) throw ExecutionPlacementError(msg);
    if (dynamic_cast<const BuildError*>(&ex)) throw BuildError(msg);
    if (dynamic_cast<const std::invalid_argument*>(&ex)) throw std::invalid_argument(msg);
    if (dynamic_cast<const std::out_of_range*>(&ex)) throw IndexError(msg);
    if (dynamic_cast<const std::overflow_error*>(&ex)) throw std::overflow_error(msg);
    throw BackendError(msg);
  }
}

}  // namespace dp
