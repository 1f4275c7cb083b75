// The pocketfft call of one task of a host transform, compiled twice: for the baseline ISA
// (host_fft_lines.cpp) and for AVX2 + FMA (host_fft_lines_avx2.cpp, chosen at run time),
// where pocketfft transforms 4 double or 8 float lines at once instead of 2 or 4.
#pragma once
#include <cstdint>

#include "dparray/backend/host/host_fft.h"

namespace dp::host {

struct FftJob {
  FftKind kind;
  DType real;  // float32 or float64
  const FftOperand* in;
  const FftOperand* out;
  int axis;
  bool forward;
  double scale;
};

// Transforms lines [lo, hi) of batch axis `dim` (every line when dim < 0).
using FftLinesFn = void (*)(const FftJob& job, int dim, int64_t lo, int64_t hi);

namespace fft_base {
void lines(const FftJob& job, int dim, int64_t lo, int64_t hi);
}
#if DPARRAY_HAVE_AVX2_TU
namespace fft_avx2 {
void lines(const FftJob& job, int dim, int64_t lo, int64_t hi);
}
#endif

}  // namespace dp::host
