#include "dparray/backend/host/host_device.h"

#include <filesystem>
#include <fstream>
#include <numeric>
#include <stdexcept>
#include <string>

#include "dparray/backend/host/worker_affinity.h"

namespace dp::host {

HostDevice::HostDevice(Backend* backend, DeviceInfo info, int platform_index)
    : DeviceImpl(backend, std::move(info), platform_index),
      arena_(static_cast<int>(info_.max_compute_units)),
      worker_observer_(observe_arena_workers(arena_)) {}

std::vector<Device> HostDevice::create_sub_devices(const std::vector<uint32_t>& counts) {
  uint64_t total = std::accumulate(counts.begin(), counts.end(), uint64_t(0));
  if (counts.empty() || total > info_.max_compute_units)
    throw std::invalid_argument("[create_sub_devices] cannot take " + std::to_string(total) +
                                " compute units from device '" + filter_string_ + "' with " +
                                std::to_string(info_.max_compute_units));
  std::vector<Device> subs;
  for (size_t k = 0; k < counts.size(); ++k) {
    if (counts[k] == 0)
      throw std::invalid_argument(
          "[create_sub_devices] a sub-device needs at least one compute unit");
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

namespace {
// Number of CPUs in a sysfs cpulist such as "0-3,8-11".
uint32_t cpulist_count(const std::string& list) {
  uint32_t n = 0;
  size_t pos = 0;
  while (pos < list.size()) {
    size_t end = list.find(',', pos);
    std::string r = list.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    size_t dash = r.find('-');
    try {
      n += dash == std::string::npos ? 1 : std::stoul(r.substr(dash + 1)) - std::stoul(r) + 1;
    } catch (const std::exception&) {
      return 0;
    }
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return n;
}
}  // namespace

std::vector<uint32_t> HostDevice::numa_domains() const {
  const uint32_t cu = info_.max_compute_units;
  std::vector<uint32_t> counts;
  std::error_code ec;
  if (!is_sub_device())
    for (const auto& e : std::filesystem::directory_iterator("/sys/devices/system/node", ec)) {
      std::string name = e.path().filename().string();
      if (name.rfind("node", 0) != 0 || name.size() == 4) continue;
      std::ifstream f(e.path() / "cpulist");
      std::string list;
      if (f >> list)
        if (uint32_t n = cpulist_count(list)) counts.push_back(n);
    }
  if (counts.empty() || std::accumulate(counts.begin(), counts.end(), 0u) != cu) return {cu};
  return counts;
}

}  // namespace dp::host
