#include "dparray/backend/opencl/program.h"

#include <cstdint>
#include <stdexcept>

#include "dparray/backend/opencl/device.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

void require_opencl(const Queue& q, const char* op) {
  if (q->device()->backend_kind() != BackendKind::OpenCL)
    throw std::invalid_argument(std::string("[") + op + "] device '" +
                                q->device()->filter_string() +
                                "' is not an OpenCL device; programs need an 'opencl:' queue");
}

std::string ranges_str(const std::vector<size_t>& r) {
  std::string s = "(";
  for (size_t i = 0; i < r.size(); ++i) s += (i ? ", " : "") + std::to_string(r[i]);
  return s + ")";
}

// What a launch of one kernel may use on its device, read from the driver per launch
// (cheap queries) so that a bad range or local size is a ValueError, never a driver abort.
struct LaunchLimits {
  size_t device_group = 1;           // CL_DEVICE_MAX_WORK_GROUP_SIZE
  size_t kernel_group = 1;           // CL_KERNEL_WORK_GROUP_SIZE
  size_t item_sizes[3] = {1, 1, 1};  // CL_DEVICE_MAX_WORK_ITEM_SIZES
  uint64_t local_mem = 0;            // CL_DEVICE_LOCAL_MEM_SIZE
  uint64_t kernel_local = 0;         // CL_KERNEL_LOCAL_MEM_SIZE (the kernel's static __local data)
};

LaunchLimits launch_limits(const Api* api, cl_device_id dev, const KernelEntry& e) {
  LaunchLimits l;
  l.kernel_group = e.max_work_group;
  api->clGetDeviceInfo(dev, CL_DEVICE_MAX_WORK_GROUP_SIZE, sizeof(size_t), &l.device_group,
                       nullptr);
  cl_uint dims = 0;
  api->clGetDeviceInfo(dev, CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS, sizeof(dims), &dims, nullptr);
  if (dims >= 3) {
    std::vector<size_t> sizes(dims, 1);
    if (api->clGetDeviceInfo(dev, CL_DEVICE_MAX_WORK_ITEM_SIZES, dims * sizeof(size_t),
                             sizes.data(), nullptr) == CL_SUCCESS)
      for (int d = 0; d < 3; ++d) l.item_sizes[d] = sizes[d];
  }
  cl_ulong v = 0;
  if (api->clGetDeviceInfo(dev, CL_DEVICE_LOCAL_MEM_SIZE, sizeof(v), &v, nullptr) == CL_SUCCESS)
    l.local_mem = v;
  v = 0;
  if (api->clGetKernelWorkGroupInfo(e.kernel, dev, CL_KERNEL_LOCAL_MEM_SIZE, sizeof(v), &v,
                                    nullptr) == CL_SUCCESS)
    l.kernel_local = v;
  return l;
}

// Checks ranges and local memory against the device and the kernel before a launch.
void check_launch(const std::string& kernel, const std::vector<KernelArg>& args,
                  const std::vector<size_t>& global, const std::vector<size_t>& local,
                  const LaunchLimits& lim) {
  for (size_t g : global)
    if (g == 0)
      throw std::invalid_argument("[submit] global range " + ranges_str(global) +
                                  " has a zero dimension; every dimension must be positive");
  if (!local.empty()) {
    size_t group = 1;
    for (size_t d = 0; d < local.size(); ++d) {
      if (local[d] == 0)
        throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                    " has a zero dimension; every dimension must be positive");
      if (local[d] > lim.item_sizes[d])
        throw std::invalid_argument("[submit] local range " + ranges_str(local) + ": dimension " +
                                    std::to_string(d) + " exceeds the device's maximum of " +
                                    std::to_string(lim.item_sizes[d]) +
                                    " work-items (CL_DEVICE_MAX_WORK_ITEM_SIZES)");
      group = group > SIZE_MAX / local[d] ? SIZE_MAX : group * local[d];  // saturates
    }
    if (group > lim.device_group)
      throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                  " exceeds the device's maximum work-group size of " +
                                  std::to_string(lim.device_group) +
                                  " (CL_DEVICE_MAX_WORK_GROUP_SIZE)");
    if (group > lim.kernel_group)
      throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                  " exceeds the work-group size of " +
                                  std::to_string(lim.kernel_group) + " that kernel '" + kernel +
                                  "' allows on this device (CL_KERNEL_WORK_GROUP_SIZE)");
    for (size_t d = 0; d < global.size(); ++d)
      if (global[d] % local[d] != 0)
        throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                    " does not divide global range " + ranges_str(global));
  }
  uint64_t total = lim.kernel_local;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].kind != KernelArg::Kind::Local) continue;
    if (args[i].local_bytes == 0)
      throw std::invalid_argument("[submit] argument " + std::to_string(i) +
                                  ": LocalMemory of 0 bytes; __local memory must be positive");
    total += args[i].local_bytes;
    if (total > lim.local_mem || args[i].local_bytes > lim.local_mem)
      throw std::invalid_argument("[submit] argument " + std::to_string(i) + ": LocalMemory(" +
                                  std::to_string(args[i].local_bytes) + ") brings the kernel's " +
                                  "__local memory to " + std::to_string(total) +
                                  " bytes, more than the device's " +
                                  std::to_string(lim.local_mem) + " (CL_DEVICE_LOCAL_MEM_SIZE)");
  }
}

}  // namespace

std::shared_ptr<UserProgram> UserProgram::from_source(const Queue& q, const std::string& src,
                                                      const std::string& options) {
  require_opencl(q, "create_program_from_source");
  ProgramPtr p = ctx_of(q->device()).programs.build(src, options);
  return std::shared_ptr<UserProgram>(new UserProgram(q->device(), std::move(p)));
}

bool UserProgram::has_kernel(const std::string& name) const { return program_->has_kernel(name); }

std::shared_ptr<UserKernel> UserProgram::get_kernel(const std::string& name) {
  KernelEntry e = program_->kernel(name);
  cl_uint nargs = 0;
  const Api* api = ctx_of(device_).api;
  api->clGetKernelInfo(e.kernel, CL_KERNEL_NUM_ARGS, sizeof(nargs), &nargs, nullptr);
  return std::make_shared<UserKernel>(shared_from_this(), name, nargs);
}

Event submit(const Queue& q, UserKernel& kernel, const std::vector<KernelArg>& args,
             const std::vector<size_t>& global, const std::vector<size_t>& local) {
  const char* op = "submit";
  require_opencl(q, op);
  const Device& pd = kernel.program()->device();
  if (q->device()->native_id() != pd->native_id())
    throw ExecutionPlacementError("[submit] the kernel was built for device '" +
                                  pd->filter_string() + "', the queue is on '" +
                                  q->device()->filter_string() + "'");
  if (args.size() != kernel.num_args())
    throw std::invalid_argument("[submit] kernel '" + kernel.name() + "' takes " +
                                std::to_string(kernel.num_args()) + " arguments, got " +
                                std::to_string(args.size()));
  if (global.empty() || global.size() > 3)
    throw std::invalid_argument("[submit] global range " + ranges_str(global) +
                                " must have 1 to 3 dimensions");
  if (!local.empty() && local.size() != global.size())
    throw std::invalid_argument("[submit] local range " + ranges_str(local) + " and global range " +
                                ranges_str(global) + " have different dimensions");
  {
    DeviceContext& c = ctx_of(q->device());
    const KernelEntry e = kernel.program()->program()->kernel(kernel.name());
    check_launch(kernel.name(), args, global, local, launch_limits(c.api, c.device, e));
  }
  OclQueue& o = oq(q);
  DeviceContext& ctx = o.ctx();
  const Api* api = ctx.api;
  // Arrays used on other queues: their pending work must finish first.
  for (const KernelArg& a : args)
    if (a.kind == KernelArg::Kind::Array && a.array.queue && a.array.queue != q)
      a.array.queue->wait();
  std::vector<cl_mem> subs;  // released once enqueued (OpenCL keeps them while in use)
  auto release = [&] {
    for (cl_mem m : subs) api->clReleaseMemObject(m);
  };
  try {
    KernelCall k(o, kernel.program()->program(), kernel.name(), op);
    for (size_t i = 0; i < args.size(); ++i) {
      const KernelArg& a = args[i];
      switch (a.kind) {
        case KernelArg::Kind::Array: {
          const Array& x = a.array;
          if (!x.buf || x.buf->device()->backend_kind() != BackendKind::OpenCL ||
              x.buf->device()->native_id() != pd->native_id())
            throw ExecutionPlacementError("[submit] argument " + std::to_string(i) +
                                          " is not an array on device '" + pd->filter_string() +
                                          "'");
          cl_mem m = mem_of(*x.buf);
          const size_t off = x.byte_offset();
          if (off != 0) {
            if (off % ctx.base_align != 0)
              throw std::invalid_argument(
                  "[submit] argument " + std::to_string(i) + " starts " + std::to_string(off) +
                  " bytes into its buffer, which is not a multiple of the device's base address "
                  "alignment (" +
                  std::to_string(ctx.base_align) +
                  " bytes); pass a copy or the whole array and an offset");
            cl_buffer_region region{off, x.buf->nbytes() - off};
            cl_int err = CL_SUCCESS;
            cl_mem sub = api->clCreateSubBuffer(m, CL_MEM_READ_WRITE, CL_BUFFER_CREATE_TYPE_REGION,
                                                &region, &err);
            check(err, op, "clCreateSubBuffer");
            subs.push_back(sub);
            m = sub;
          }
          k.mem(m);
          break;
        }
        case KernelArg::Kind::Scalar: {
          alignas(16) unsigned char bytes[16] = {};
          a.value.store(a.dtype, bytes);
          k.arg(bytes, itemsize(a.dtype));
          break;
        }
        case KernelArg::Kind::Local: k.local(a.local_bytes); break;
      }
    }
    Event e = k.run_nd(static_cast<cl_uint>(global.size()), global.data(),
                       local.empty() ? nullptr : local.data());
    release();
    return e;
  } catch (...) {
    release();
    throw;
  }
}

}  // namespace dp::ocl
