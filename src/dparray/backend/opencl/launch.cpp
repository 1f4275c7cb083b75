#include "dparray/backend/opencl/launch.h"

#include "dparray/runtime/errors.h"

namespace dp::ocl {

KernelCall::KernelCall(OclQueue& q, ProgramPtr program, const std::string& kernel, const char* op)
    : q_(q), program_(std::move(program)), op_(op) {
  entry_ = program_->kernel(kernel);
  lock_ = std::unique_lock<std::mutex>(program_->mutex());
}

KernelCall& KernelCall::arg(const void* data, size_t size) {
  cl_int err = q_.api()->clSetKernelArg(entry_.kernel, index_, size, data);
  if (err != CL_SUCCESS)
    throw BackendError(std::string("[") + op_ + "] clSetKernelArg(" + std::to_string(index_) +
                       ") failed: " + error_name(err));
  ++index_;
  return *this;
}

KernelCall& KernelCall::local(size_t bytes) { return arg(nullptr, bytes); }

Event KernelCall::run(size_t global, size_t local) {
  if (local == 0) local = std::min(kGroupSize, entry_.max_work_group);
  size_t g = (global + local - 1) / local * local;
  if (g == 0) g = local;
  return run_nd(1, &g, &local);
}

Event KernelCall::run_nd(cl_uint dims, const size_t* global, const size_t* local) {
  cl_int err = CL_SUCCESS;
  Event e = q_.enqueue_unthrottled(op_, [&] {
    cl_event ev = nullptr;
    err = q_.api()->clEnqueueNDRangeKernel(q_.handle(), entry_.kernel, dims, nullptr, global, local,
                                           0, nullptr, &ev);
    return err == CL_SUCCESS ? ev : nullptr;
  });
  lock_.unlock();
  if (err != CL_SUCCESS)
    throw BackendError(std::string("[") + op_ + "] kernel launch failed: " + error_name(err));
  q_.throttle();  // after the program's mutex is released: waiting takes the GIL back
  return e;
}

void launch_strided(OclQueue& q, const ProgramPtr& program, const std::string& base, const char* op,
                    const Shape& shape, std::vector<View> views,
                    const std::function<void(KernelCall&)>& extra) {
  const int64_t n = shape_size(shape);
  if (n == 0) return;
  Shape sh = shape;
  std::vector<Strides*> sp;
  for (View& v : views) sp.push_back(&v.strides);
  collapse_dims(sh, sp);
  const int nd = static_cast<int>(sh.size());

  bool contiguous = nd == 0;
  if (nd == 1) {
    contiguous = true;
    for (View& v : views) contiguous = contiguous && v.strides[0] == 1;
  }
  if (contiguous || nd == 1) {
    KernelCall k(q, program, base + (contiguous ? "_contig" : "_flat"), op);
    k.val<cl_long>(n);
    for (View& v : views) {
      k.mem(v.mem).val<cl_long>(v.offset);
      if (!contiguous) k.val<cl_long>(v.strides[0]);
    }
    if (extra) extra(k);
    k.run(static_cast<size_t>(n));
    return;
  }

  // n-d: the innermost kKernelDims dimensions go to the kernel (innermost first);
  // any further outer dimensions are looped over here.
  const int inner = std::min(nd, kKernelDims);
  const int outer = nd - inner;
  cl_long shape8[kKernelDims];
  for (int d = 0; d < kKernelDims; ++d) shape8[d] = d < inner ? sh[nd - 1 - d] : 1;
  std::vector<std::array<cl_long, kKernelDims>> st8(views.size());
  for (size_t k = 0; k < views.size(); ++k)
    for (int d = 0; d < kKernelDims; ++d) st8[k][d] = d < inner ? views[k].strides[nd - 1 - d] : 0;
  int64_t inner_n = 1;
  for (int d = outer; d < nd; ++d) inner_n *= sh[d];
  std::vector<int64_t> idx(outer, 0);
  for (;;) {
    KernelCall k(q, program, base + "_nd", op);
    k.val<cl_long>(inner_n).val<cl_int>(inner).arg(shape8, sizeof(shape8));
    for (size_t j = 0; j < views.size(); ++j) {
      int64_t off = views[j].offset;
      for (int d = 0; d < outer; ++d) off += idx[d] * views[j].strides[d];
      k.mem(views[j].mem).val<cl_long>(off).arg(st8[j].data(), sizeof(st8[j]));
    }
    if (extra) extra(k);
    k.run(static_cast<size_t>(inner_n));
    int d = outer - 1;
    for (; d >= 0; --d) {
      if (++idx[d] < sh[d]) break;
      idx[d] = 0;
    }
    if (d < 0) break;
  }
}

}  // namespace dp::ocl
