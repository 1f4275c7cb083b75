// The process-wide view of devices: every backend's platforms, filtered and
// renumbered by DPARRAY_DEVICE_SELECTOR once, plus one default queue per device.
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "dparray/runtime/backend.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/queue.h"

namespace dp {

class Registry {
 public:
  static Registry& get();

  const std::vector<Platform>& platforms() const { return platforms_; }
  // Devices visible after DPARRAY_DEVICE_SELECTOR, host first, in platform order.
  std::vector<Device> devices(std::optional<BackendKind> backend = std::nullopt,
                              std::optional<DeviceType> type = std::nullopt) const;
  // Resolves a filter string; throws std::invalid_argument quoting it when it is
  // malformed or no device matches.
  Device select(const std::string& filter) const;
  // The best GPU if there is one, else the CPU (host backend first).
  Device default_device() const;
  // One shared queue per device, so arrays made with the same device= agree.
  // Sub-device queues are held weakly: a new one is made once none is in use.
  Queue default_queue(const Device& d);

  // Backends are owned here; null when a backend is unavailable.
  Backend* backend(BackendKind k) const;

 private:
  Registry();
  std::vector<std::unique_ptr<Backend>> backends_;
  std::vector<Platform> platforms_;
  std::vector<Device> devices_;
  std::mutex queue_mutex_;
  struct DefaultQueue {
    DeviceImpl* device;
    Queue strong;                   // root devices: kept for the process
    std::weak_ptr<QueueImpl> weak;  // sub-devices: kept while in use
  };
  std::vector<DefaultQueue> default_queues_;
};

// Backend factories (defined by each backend folder). make_opencl_backend
// returns null where the OpenCL loader or any platform is missing.
std::unique_ptr<Backend> make_host_backend();
std::unique_ptr<Backend> make_opencl_backend();

}  // namespace dp
