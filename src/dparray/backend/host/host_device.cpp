#include "dparray/backend/host/host_device.h"

#include <numeric>
#include <stdexcept>

namespace dp::host {

HostDevice::HostDevice(Backend* backend, DeviceInfo info, int platform_index)
    : DeviceImpl(backend, std::move(info), platform_index),
      arena_(static_cast<int>(info_.max_compute_units)) {}

std::vector<Device> HostDevice::create_sub_devices(const std::vector<uint32_t>& counts) {
  uint64_t total = std::accumulate(counts.begin(), counts.end(), uint64_t(0));
  if (counts.empty() || total > info_.max_compute_units)
    throw std::invalid_argument("[create_sub_devices] cannot take " + std::to_string(total) +
                                " compute units from device '" + filter_string_ + "' with " +
                                std::to_string(info_.max_compute_units));
  std::vector<Device> subs;
  for (size_t k = 0; k < counts.size(); ++k) {
    if (counts[k] == 0)
      throw std::invalid_argument("[create_sub_devices] a sub-device needs at least one compute unit");
    DeviceInfo si = info_;
    si.max_compute_units = counts[k];
    si.max_sub_devices = counts[k] > 1 ? counts[k] : 0;
    auto d = std::make_shared<HostDevice>(backend_, si, platform_index_);
    d->set_parent(shared_from_this());
    d->set_filter_string(filter_string_ + "." + std::to_string(k));
    subs.push_back(d);
  }
  return subs;
}

}  // namespace dp::host
