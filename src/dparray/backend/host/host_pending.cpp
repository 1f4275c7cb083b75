// Host primitives whose kernels are being written: each raises until then.
#include "dparray/backend/host/host_executor.h"
#include "dparray/runtime/errors.h"

namespace dp::host {
void HostExecutor::reduce(const Queue&, ReduceOp op, const Array&, int, const Array&) {
  throw BackendError(std::string("[") + to_string(op) + "] not available on the host backend yet");
}
void HostExecutor::cumsum(const Queue&, const Array&, const Array&) {
  throw BackendError("[cumulative_sum] not available on the host backend yet");
}
}  // namespace dp::host
