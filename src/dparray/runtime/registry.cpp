#include "dparray/runtime/registry.h"

#include <cstdlib>
#include <stdexcept>

#include "dparray/runtime/gpu_probe.h"
#include "dparray/runtime/selector.h"

namespace dp {

namespace {

// Keeps the platforms that still have a visible device, with only those devices.
void append_visible(std::vector<Platform>& plats, const std::vector<Device>& kept,
                    std::vector<Platform>& out) {
  for (auto& p : plats) {
    std::vector<Device> visible;
    for (auto& d : p.devices)
      for (auto& k : kept)
        if (k == d) visible.push_back(d);
    if (!visible.empty()) {
      p.devices = visible;
      out.push_back(std::move(p));
    }
  }
}

// The devices of `plats` that DPARRAY_DEVICE_SELECTOR keeps, named per backend and type.
// The selector's terms count indices within one backend, so each backend is filtered alone.
std::vector<Device> visible_devices(const std::vector<Platform>& plats, const char* env) {
  std::vector<Device> all;
  for (auto& p : plats)
    for (auto& d : p.devices) all.push_back(d);
  std::vector<Device> kept = env ? apply_device_selector_env(env, all) : all;
  assign_filter_strings(kept);
  return kept;
}

}  // namespace

Registry& Registry::get() {
  static Registry* r = new Registry();  // never destroyed: queues may outlive static teardown
  return *r;
}

Registry::Registry() {
  const char* env = std::getenv("DPARRAY_DEVICE_SELECTOR");
  host_backend_ = make_host_backend();
  std::vector<Platform> plats = host_backend_->platforms();
  host_devices_ = visible_devices(plats, env);  // also rejects a malformed selector now
  append_visible(plats, host_devices_, host_platforms_);
  may_have_opencl_ = !env || selector_may_keep_backend(env, BackendKind::OpenCL);
  may_have_gpu_ = may_have_opencl_ && gpu_device_nodes_present();
}

void Registry::load_all() const {
  std::call_once(all_once_, [this] {
    std::vector<Platform> plats = host_platforms_;
    std::vector<Device> devs = host_devices_;
    if (may_have_opencl_) opencl_backend_ = make_opencl_backend();
    if (opencl_backend_) {
      std::vector<Platform> ocl = opencl_backend_->platforms();
      std::vector<Device> kept = visible_devices(ocl, std::getenv("DPARRAY_DEVICE_SELECTOR"));
      devs.insert(devs.end(), kept.begin(), kept.end());
      append_visible(ocl, kept, plats);
    }
    platforms_ = std::move(plats);
    devices_ = std::move(devs);
    all_loaded_.store(true, std::memory_order_release);
  });
}

const std::vector<Device>& Registry::all_devices() const {
  load_all();
  return devices_;
}

const std::vector<Platform>& Registry::platforms() const {
  load_all();
  return platforms_;
}

bool Registry::opencl_loaded() const {
  return all_loaded_.load(std::memory_order_acquire) && opencl_backend_ != nullptr;
}

std::vector<Device> Registry::devices(std::optional<BackendKind> backend,
                                      std::optional<DeviceType> type) const {
  const bool host_only = backend == BackendKind::Host;
  std::vector<Device> out;
  for (auto& d : host_only ? host_devices_ : all_devices())
    if ((!backend || d->backend_kind() == *backend) && (!type || d->info().type == *type))
      out.push_back(d);
  return out;
}

bool Registry::has_device(DeviceType type) const {
  for (auto& d : host_devices_)
    if (d->info().type == type) return true;
  return !devices(std::nullopt, type).empty();
}

Device Registry::select(const std::string& filter) const {
  // The first term that names a visible device wins ("gpu,cpu"). Host devices come
  // first, so a term a host device satisfies is answered before OpenCL is loaded.
  for (const FilterTerm& t : parse_filter_string(filter)) {
    if (t.is_default) {
      if (!host_devices_.empty() || !all_devices().empty()) return default_device();
      continue;
    }
    if (t.unavailable_backend) continue;
    if (Device d = select_device({t}, host_devices_)) return d;
    if (t.backend == BackendKind::Host) continue;
    if (Device d = select_device({t}, all_devices())) return d;
  }
  std::string have;
  for (auto& d : all_devices()) have += (have.empty() ? "" : ", ") + d->filter_string();
  throw std::invalid_argument("[select_device] no device matches filter string '" +
                              printable(filter) +
                              "' (available: " + (have.empty() ? "none" : have) + ")");
}

Device Registry::default_device() const {
  // No GPU can exist: the first host device, without loading OpenCL.
  if (!may_have_gpu_ && !host_devices_.empty()) return host_devices_.front();
  const std::vector<Device>& devs = all_devices();
  for (auto& d : devs)
    if (d->info().type == DeviceType::GPU) return d;
  if (devs.empty()) {
    const char* env = std::getenv("DPARRAY_DEVICE_SELECTOR");
    throw std::invalid_argument(
        std::string("[select_default_device] no device is visible") +
        (env ? std::string(": DPARRAY_DEVICE_SELECTOR='") + env + "' matches none" : ""));
  }
  return devs.front();
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
  if (k == BackendKind::Host) return host_backend_.get();
  load_all();
  return opencl_backend_.get();
}

}  // namespace dp
