// Large matrix products on OpenCL CPU devices through the host backend's GEMM (OpenBLAS):
// the device is this CPU and its buffers are host memory, so the operands are mapped and
// multiplied in place instead of by a generated kernel.
#pragma once
#include "dparray/array/array.h"
#include "dparray/backend/opencl/queue.h"

namespace dp::ocl {

// Runs out = a @ b with the host backend on the mapped buffers when `o` is a CPU device, the
// dtype is a BLAS type and the product is large; false (nothing done) otherwise.
// DPARRAY_OCL_HOST_GEMM=0 turns it off.
bool host_gemm(OclQueue& o, const Array& a, const Array& b, const Array& out, int64_t M, int64_t N,
               int64_t K);

}  // namespace dp::ocl
