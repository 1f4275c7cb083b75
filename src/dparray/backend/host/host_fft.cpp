// Host FFT: pocketfft (NumPy's and SciPy's FFT library, BSD-3-Clause, fetched at build time,
// cmake/pocketfft.cmake) for each task, oneTBB across the batch instead of pocketfft's own
// thread pool, so that transforms share the device's arena with every other op.
#include "dparray/backend/host/host_fft.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_fft_lines.h"
#include "dparray/backend/host/host_queue.h"

namespace dp::host {

namespace {

// Elements (of the longer side) per task below which a transform does not split further.
constexpr int64_t kFftGrain = 1 << 15;
// pocketfft transforms up to this many lines at once with SIMD: tasks take multiples of it.
constexpr int64_t kLines = 8;

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

FftLinesFn lines_fn() {
#if DPARRAY_HAVE_AVX2_TU
  static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (avx2) return fft_avx2::lines;
#endif
  return fft_base::lines;
}

}  // namespace

void run_fft(FftKind kind, DType real, const FftOperand& in, const FftOperand& out, int axis,
             bool forward, double scale) {
  if (shape_size(out.shape) == 0) return;
  const FftJob job{kind, real, &in, &out, axis, forward, scale};
  const FftLinesFn lines = lines_fn();
  // Split the longest batch axis into tasks of at least kFftGrain elements.
  const int nd = static_cast<int>(out.shape.size());
  const int64_t line = std::max(in.shape[axis], out.shape[axis]);
  int dim = -1;
  int64_t batch = 1;
  for (int d = 0; d < nd; ++d) {
    if (d == axis) continue;
    batch *= out.shape[d];
    if (out.shape[d] > 1 && (dim < 0 || out.shape[d] > out.shape[dim])) dim = d;
  }
  if (dim < 0 && kind == FftKind::C2C && run_long_c2c(real, in, out, axis, forward, scale)) return;
  if (dim < 0 || batch * line <= kFftGrain) return lines(job, -1, 0, 0);
  const int64_t per_line = line * (batch / out.shape[dim]);
  int64_t grain = std::max<int64_t>(1, kFftGrain / per_line);
  if (grain > 1) grain = (grain + kLines - 1) / kLines * kLines;
  tbb::parallel_for(
      tbb::blocked_range<int64_t>(0, out.shape[dim], grain),
      [&](const tbb::blocked_range<int64_t>& r) { lines(job, dim, r.begin(), r.end()); });
}

void HostExecutor::fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis,
                       bool forward, double scale) {
  if (out.size() == 0) return;
  const DType real = out.dtype == DType::Float32 || out.dtype == DType::Complex64 ? DType::Float32
                                                                                  : DType::Float64;
  const size_t work = static_cast<size_t>(std::max(in.size(), out.size())) * 8;
  hq(q).submit("fft", work, [in, out, kind, axis, forward, scale, real]() {
    run_fft(kind, real, FftOperand{in.host_data(), in.shape, in.strides},
            FftOperand{out.host_data(), out.shape, out.strides}, axis, forward, scale);
  });
}

}  // namespace dp::host
