// A USM-style allocation on one device. Host-backend buffers and host-visible
// OpenCL buffers expose host_ptr(); OpenCL device memory exposes a cl_mem handle.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "dparray/runtime/device.h"

namespace dp {

enum class UsmType : uint8_t { Device, Shared, Host };

const char* to_string(UsmType u);
// Parses "device" / "shared" / "host"; throws std::invalid_argument quoting s.
UsmType usm_type_from_string(const std::string& s);
// The usm_type of an op's result: the first of device > shared > host.
inline UsmType combine_usm(UsmType a, UsmType b) {
  return static_cast<UsmType>(std::min(static_cast<int>(a), static_cast<int>(b)));
}

class Buffer {
 public:
  Buffer(Device device, UsmType usm, size_t nbytes)
      : device_(std::move(device)), usm_(usm), nbytes_(nbytes) {}
  virtual ~Buffer() = default;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  const Device& device() const { return device_; }
  UsmType usm_type() const { return usm_; }
  size_t nbytes() const { return nbytes_; }
  // Pointer the host may dereference (after the queue is synchronised), or null.
  virtual void* host_ptr() const = 0;
  // Backend handle (cl_mem for OpenCL), or null.
  virtual void* native_handle() const { return nullptr; }

 protected:
  Device device_;
  UsmType usm_;
  size_t nbytes_;
};

using BufferPtr = std::shared_ptr<Buffer>;

// Memory owned by someone else (a NumPy array, a DLPack producer) kept alive by `owner`.
class ExternalHostBuffer final : public Buffer {
 public:
  ExternalHostBuffer(Device device, void* ptr, size_t nbytes, std::shared_ptr<void> owner)
      : Buffer(std::move(device), UsmType::Host, nbytes), ptr_(ptr), owner_(std::move(owner)) {}
  void* host_ptr() const override { return ptr_; }

 private:
  void* ptr_;
  std::shared_ptr<void> owner_;
};

}  // namespace dp
