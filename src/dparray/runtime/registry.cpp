#include "dparray/runtime/registry.h"

#include <cstdlib>
#include <map>
#include <stdexcept>

#include "dparray/runtime/selector.h"

namespace dp {

Registry& Registry::get() {
  static Registry* r = new Registry();  // never destroyed: queues may outlive static teardown
  return *r;
}

Registry::Registry() {
  backends_.push_back(make_host_backend());
  if (auto ocl = make_opencl_backend()) backends_.push_back(std::move(ocl));

  std::vector<Device> all;
  std::vector<Platform> plats;
  for (auto& b : backends_)
    for (Platform& p : b->platforms()) {
      for (auto& d : p.devices) all.push_back(d);
      plats.push_back(std::move(p));
    }
  const char* env = std::getenv("DPARRAY_DEVICE_SELECTOR");
  std::vector<Device> kept = env ? apply_device_selector_env(env, all) : all;

  // Renumber: index among kept devices of the same backend and type.
  std::map<std::pair<int, int>, int> counters;
  for (auto& d : kept) {
    int& n = counters[{static_cast<int>(d->backend_kind()), static_cast<int>(d->info().type)}];
    d->set_filter_string(std::string(to_string(d->backend_kind())) + ":" + to_string(d->info().type) +
                         ":" + std::to_string(n++));
  }
  devices_ = kept;
  for (auto& p : plats) {
    std::vector<Device> visible;
    for (auto& d : p.devices)
      for (auto& k : kept)
        if (k == d) visible.push_back(d);
    if (!visible.empty()) {
      p.devices = visible;
      platforms_.push_back(std::move(p));
    }
  }
}

std::vector<Device> Registry::devices(std::optional<BackendKind> backend,
                                      std::optional<DeviceType> type) const {
  std::vector<Device> out;
  for (auto& d : devices_)
    if ((!backend || d->backend_kind() == *backend) && (!type || d->info().type == *type))
      out.push_back(d);
  return out;
}

Device Registry::select(const std::string& filter) const {
  auto terms = parse_filter_string(filter);
  // "default" alone selects the default device.
  if (terms.size() == 1 && !terms[0].backend && !terms[0].type && !terms[0].index &&
      !terms[0].unavailable_backend)
    return default_device();
  if (Device d = select_device(terms, devices_)) return d;
  std::string have;
  for (auto& d : devices_) have += (have.empty() ? "" : ", ") + d->filter_string();
  throw std::invalid_argument("[select_device] no device matches filter string '" + filter +
                              "' (available: " + (have.empty() ? "none" : have) + ")");
}

Device Registry::default_device() const {
  for (auto& d : devices_)
    if (d->info().type == DeviceType::GPU) return d;
  if (devices_.empty())
    throw std::invalid_argument("[select_default_device] no device is visible (check DPARRAY_DEVICE_SELECTOR)");
  return devices_.front();
}

Queue Registry::default_queue(const Device& d) {
  std::lock_guard<std::mutex> lock(queue_mutex_);
  for (auto& [dev, q] : default_queues_)
    if (dev == d.get()) return q;
  Queue q = d->backend().make_queue(d, false);
  default_queues_.emplace_back(d.get(), q);
  return q;
}

Backend* Registry::backend(BackendKind k) const {
  for (auto& b : backends_)
    if (b->kind() == k) return b.get();
  return nullptr;
}

}  // namespace dp
