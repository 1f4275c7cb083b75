#include "dparray/backend/opencl/program.h"

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
  if (!local.empty()) {
    if (local.size() != global.size())
      throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                  " and global range " + ranges_str(global) +
                                  " have different dimensions");
    for (size_t d = 0; d < global.size(); ++d)
      if (local[d] == 0 || global[d] % local[d] != 0)
        throw std::invalid_argument("[submit] local range " + ranges_str(local) +
                                    " does not divide global range " + ranges_str(global));
  }
  for (size_t g : global)
    if (g == 0) return q->last_event();  // nothing to run
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
