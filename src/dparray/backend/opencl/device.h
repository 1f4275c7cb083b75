// An OpenCL device (or sub-device) as a dp device.
#pragma once
#include "dparray/backend/opencl/context.h"
#include "dparray/runtime/device.h"

namespace dp::ocl {

class OclDevice final : public DeviceImpl {
 public:
  OclDevice(Backend* backend, ContextPtr ctx, int platform_index)
      : DeviceImpl(backend, ctx->info, platform_index), ctx_(std::move(ctx)) {}

  // clCreateSubDevices with CL_DEVICE_PARTITION_BY_COUNTS.
  std::vector<Device> create_sub_devices(const std::vector<uint32_t>& counts) override;
  uintptr_t native_id() const override { return reinterpret_cast<uintptr_t>(ctx_->device); }

  const ContextPtr& ctx() const { return ctx_; }

 private:
  ContextPtr ctx_;
};

inline DeviceContext& ctx_of(const Device& d) { return *static_cast<OclDevice&>(*d).ctx(); }

}  // namespace dp::ocl
