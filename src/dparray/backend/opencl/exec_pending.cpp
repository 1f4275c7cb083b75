// Temporary: primitives not yet generated for OpenCL.
#include "dparray/backend/opencl/executor.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {
void OclExecutor::take(const Queue&, const Array&, int, const std::vector<Array>&, const Array&) {
  throw BackendError("[take] not available on OpenCL yet");
}
void OclExecutor::put(const Queue&, const Array&, int, const std::vector<Array>&, const Array&) {
  throw BackendError("[put] not available on OpenCL yet");
}
void OclExecutor::count_nonzero(const Queue&, const Array&, const Array&) {
  throw BackendError("[count_nonzero] not available on OpenCL yet");
}
void OclExecutor::nonzero(const Queue&, const Array&, const Array&) {
  throw BackendError("[nonzero] not available on OpenCL yet");
}
}  // namespace dp::ocl
