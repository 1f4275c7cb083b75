// Platforms and devices. A Device is a cheap handle (shared_ptr) onto a
// DeviceImpl owned by its backend; sub-devices keep their parent alive.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dp {

class Backend;

enum class BackendKind : uint8_t { Host, OpenCL };
enum class DeviceType : uint8_t { CPU, GPU, Accelerator };

const char* to_string(BackendKind b);
const char* to_string(DeviceType t);

struct DeviceInfo {
  std::string name;
  std::string vendor;
  std::string driver_version;
  std::string version;  // device / API version string
  DeviceType type = DeviceType::CPU;
  uint32_t max_compute_units = 1;
  size_t max_work_group_size = 1;
  uint64_t global_mem_size = 0;
  uint64_t local_mem_size = 0;
  bool fp64 = true;
  bool fp16 = true;
  uint32_t max_sub_devices = 0;  // 0: cannot be partitioned
};

class DeviceImpl;
using Device = std::shared_ptr<DeviceImpl>;

class DeviceImpl : public std::enable_shared_from_this<DeviceImpl> {
 public:
  DeviceImpl(Backend* backend, DeviceInfo info, int platform_index)
      : backend_(backend), info_(std::move(info)), platform_index_(platform_index) {}
  virtual ~DeviceImpl() = default;

  Backend& backend() const { return *backend_; }
  BackendKind backend_kind() const;
  const DeviceInfo& info() const { return info_; }
  int platform_index() const { return platform_index_; }

  // "backend:type:index" after DPARRAY_DEVICE_SELECTOR renumbering; for a
  // sub-device, the parent's string followed by ".k".
  const std::string& filter_string() const { return filter_string_; }
  void set_filter_string(std::string s) { filter_string_ = std::move(s); }

  Device parent() const { return parent_; }
  bool is_sub_device() const { return parent_ != nullptr; }

  // Splits into sub-devices with the given numbers of compute units.
  virtual std::vector<Device> create_sub_devices(const std::vector<uint32_t>& counts);
  // Compute units of each NUMA domain, for partition="numa"; by default one
  // domain holding the whole device.
  virtual std::vector<uint32_t> numa_domains() const { return {info_.max_compute_units}; }

  // Identity of the underlying hardware handle: two Device handles are equal
  // when they name the same device.
  virtual uintptr_t native_id() const { return reinterpret_cast<uintptr_t>(this); }

 protected:
  Backend* backend_;
  DeviceInfo info_;
  int platform_index_;
  std::string filter_string_;
  Device parent_;
  friend class Backend;

 public:
  void set_parent(Device p) { parent_ = std::move(p); }
};

struct Platform {
  BackendKind backend;
  std::string name;
  std::string vendor;
  std::string version;
  std::vector<Device> devices;
};

}  // namespace dp
