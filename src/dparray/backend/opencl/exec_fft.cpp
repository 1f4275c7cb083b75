// OpenCL FFT, staged: the input is read to host memory, transformed there by the host
// backend's pocketfft driver and written back on the array's queue. Results stay on the
// device; the cost of the two transfers is measured in docs/fft.md. A device FFT (VkFFT)
// would replace this function.
#include <memory>

#include "dparray/backend/host/host_fft.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/runtime/backend.h"

namespace dp::ocl {

void OclExecutor::fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis,
                      bool forward, double scale) {
  if (out.size() == 0) return;
  const DType real = out.dtype == DType::Float32 || out.dtype == DType::Complex64 ? DType::Float32
                                                                                  : DType::Float64;
  // Host staging buffers, uninitialised (to_host waits for the commands that write `in`).
  std::unique_ptr<char[]> hin(new char[in.nbytes()]), hout(new char[out.nbytes()]);
  to_host(in, hin.get());
  host::run_fft(kind, real, host::FftOperand{hin.get(), in.shape, c_strides(in.shape)},
                host::FftOperand{hout.get(), out.shape, c_strides(out.shape)}, axis, forward,
                scale);
  if (out.is_c_contiguous()) {
    q->device()->backend().write(q, *out.buf, out.byte_offset(), hout.get(), out.nbytes());
  } else {
    Array t = from_host(hout.get(), out.shape, out.dtype, q, out.usm_type());
    copy(q, t, out);
  }
}

}  // namespace dp::ocl
