#include "dparray/runtime/registry.h"

#include <cstdlib>
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

  assign_filter_strings(kept);
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
  // The first term that names a visible device wins ("gpu,cpu").
  for (const FilterTerm& t : parse_filter_string(filter)) {
    if (t.is_default && !devices_.empty()) return default_device();
    if (Device d = select_device({t}, devices_)) return d;
  }
  std::string have;
  for (auto& d : devices_) have += (have.empty() ? "" : ", ") + d->filter_string();
  throw std::invalid_argument("[select_device] no device matches filter string '" +
                              printable(filter) +
                              "' (available: " + (have.empty() ? "none" : have) + ")");
}

Device Registry::default_device() const {
  for (auto& d : devices_)
    if (d->info().type == DeviceType::GPU) return d;
  if (devices_.empty()) {
    const char* env = std::getenv("DPARRAY_DEVICE_SELECTOR");
    throw std::invalid_argument(
        std::string("[select_default_device] no device is visible") +
        (env ? std::string(": DPARRAY_DEVICE_SELECTOR='") + env + "' matches none" : ""));
  }
  return devices_.front();
}

Queue Registry::default_queue(const Device& d) {
  std::lock_guard<std::mutex> lock(queue_mutex_);
  for (auto& e : default_queues_) {
    if (e.device != d.get()) continue;
    if (e.strong) return e.strong;
    if (Queue q = e.weak.lock()) return q;
  }
  // Forget sub-device queues nothing uses any more (their devices may be gone).
  std::erase_if(default_queues_,
                [](const DefaultQueue& e) { return !e.strong && e.weak.expired(); });
  Queue q = d->backend().make_queue(d, false);
  // A sub-device's queue lives while arrays use it: no array can then disagree
  // with a new one, and throw-away sub-devices do not keep worker threads.
  if (d->is_sub_device())
    default_queues_.push_back({d.get(), nullptr, q});
  else
    default_queues_.push_back({d.get(), q, {}});
  return q;
}

Backend* Registry::backend(BackendKind k) const {
  for (auto& b : backends_)
    if (b->kind() == k) return b.get();
  return nullptr;
}

}  // namespace dp
