// The process-wide view of devices: every backend's platforms, filtered and
// renumbered by DPARRAY_DEVICE_SELECTOR once, plus one default queue per device.
// The host backend is enumerated at first use; OpenCL (ICD loader, drivers, LLVM)
// only when an answer needs it: listing all devices, an OpenCL filter string, or a
// default device on a machine that may have a GPU.
#pragma once
#include <atomic>
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

  const std::vector<Platform>& platforms() const;
  // Devices visible after DPARRAY_DEVICE_SELECTOR, host first, in platform order.
  // backend=Host answers without loading OpenCL.
  std::vector<Device> devices(std::optional<BackendKind> backend = std::nullopt,
                              std::optional<DeviceType> type = std::nullopt) const;
  // Whether a device of this type is visible; a host device answers without OpenCL.
  bool has_device(DeviceType type) const;
  // Resolves a filter string; throws std::invalid_argument quoting it when it is
  // malformed or no device matches. A term a host device satisfies ("cpu", "0",
  // "host:cpu:0") is resolved without loading OpenCL.
  Device select(const std::string& filter) const;
  // The best GPU if there is one, else the CPU (host backend first). Where no GPU
  // device node exists (gpu_probe.h) no GPU is looked for and OpenCL stays unloaded.
  Device default_device() const;
  // Whether the OpenCL backend has been enumerated in this process (tests, diagnostics).
  bool opencl_loaded() const;
  // One shared queue per device, so arrays made with the same device= agree.
  // Sub-device queues are held weakly: a new one is made once none is in use.
  Queue default_queue(const Device& d);

  // Backends are owned here; null when a backend is unavailable.
  Backend* backend(BackendKind k) const;

 private:
  Registry();
  // Enumerates the OpenCL backend once; afterwards the all_* members are fixed.
  void load_all() const;
  const std::vector<Device>& all_devices() const;
  // Set by the constructor, never changed: the host backend and its visible devices.
  std::unique_ptr<Backend> host_backend_;
  std::vector<Platform> host_platforms_;
  std::vector<Device> host_devices_;
  bool may_have_opencl_ = true;  // DPARRAY_DEVICE_SELECTOR does not exclude OpenCL
  bool may_have_gpu_ = true;     // and a GPU device node exists
  // Filled once by load_all() (under all_once_), read-only afterwards.
  mutable std::once_flag all_once_;
  mutable std::atomic<bool> all_loaded_{false};
  mutable std::unique_ptr<Backend> opencl_backend_;
  mutable std::vector<Platform> platforms_;
  mutable std::vector<Device> devices_;
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
