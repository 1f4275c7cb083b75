// pocketfft driven over oneTBB on host memory: the host executor's fft and the OpenCL
// backend's staged path share it.
#pragma once
#include <cstdint>

#include "dparray/array/dtype.h"
#include "dparray/array/shape.h"
#include "dparray/ops/executor.h"

namespace dp::host {

// One operand of a transform: host pointer to element 0, shape and element strides.
struct FftOperand {
  char* data;
  Shape shape;
  Strides strides;
};

// The transform of OpExecutor::fft on host pointers (`real` is float32 or float64, the
// precision), spread over the cores of the current TBB arena: the batch (every other axis) is
// split into tasks.
void run_fft(FftKind kind, DType real, const FftOperand& in, const FftOperand& out, int axis,
             bool forward, double scale);

// run_fft's path for one long C2C line (every other axis of length 1): the transform split
// across the arena's cores (host_fft_long.cpp); false when it does not apply.
bool run_long_c2c(DType real, const FftOperand& in, const FftOperand& out, int axis, bool forward,
                  double scale);

}  // namespace dp::host
