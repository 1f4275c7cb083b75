// Small commands on a CPU device whose buffers are fine-grained SVM (DeviceContext::host_svm)
// run on the calling thread while the queue is idle: a driver such as PoCL hands every command
// to a worker thread, ~4 us each, where the host loop of a size-1 op takes ~0.1 us. Only ops
// whose kernels and host loops give the same bits take this path, so no result depends on it;
// small reductions always take it.
#pragma once
#include "dparray/array/array.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/ops/executor.h"

namespace dp::ocl {

// The host address of element 0 of a, when its buffer is SVM (else null).
char* svm_address(const Array& a);

// Each returns false, having done nothing, when the command must go to the device.
bool elementwise_on_host(OclQueue& q, OpId op, DType loop, ArrayRefs in, const Array& out);
bool fill_on_host(OclQueue& q, const Array& dst, const Scalar& v);
bool copy_on_host(OclQueue& q, const Array& src, const Array& dst);
// A reduction of at most 4096 elements: always on the host once the queue's earlier commands
// have finished (waiting for them), so that its rounding never depends on timing.
bool reduce_on_host(OclQueue& q, ReduceOp op, const Array& in, int nred, const Array& out);

}  // namespace dp::ocl
