// The host CPU as a device. Each device (and sub-device) owns a TBB arena
// limited to its share of the cores.
#pragma once
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_scheduler_observer.h>

#include <memory>

#include "dparray/runtime/device.h"

namespace dp::host {

class HostDevice final : public DeviceImpl {
 public:
  HostDevice(Backend* backend, DeviceInfo info, int platform_index);
  std::vector<Device> create_sub_devices(const std::vector<uint32_t>& counts) override;
  // CPUs of each NUMA node from sysfs; one domain when that does not add up to
  // this device's compute units (sub-devices, restricted cpusets).
  std::vector<uint32_t> numa_domains() const override;
  tbb::task_arena& arena() { return arena_; }

 private:
  tbb::task_arena arena_;
  // Declared after arena_ so that it stops observing before the arena goes.
  std::unique_ptr<tbb::task_scheduler_observer> worker_observer_;
};

}  // namespace dp::host
