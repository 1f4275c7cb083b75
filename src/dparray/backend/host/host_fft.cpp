// Host FFT: pocketfft (NumPy's and SciPy's FFT library, BSD-3-Clause, fetched at build time,
// cmake/pocketfft.cmake) for each transform, oneTBB across the batch instead of pocketfft's
// own thread pool, so that transforms share the device's arena with every other op.
#include "dparray/backend/host/host_fft.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <complex>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"

#define POCKETFFT_NO_MULTITHREADING
#define POCKETFFT_CACHE_SIZE 16  // plans (twiddles) of recent lengths, shared by the tasks
#include <pocketfft_hdronly.h>

namespace dp::host {

namespace {

// Elements (of the longer side) per task below which a transform does not split further.
constexpr int64_t kFftGrain = 1 << 15;
// pocketfft transforms this many lines at once with SIMD: tasks take multiples of it.
constexpr int64_t kLines = 8;

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

pocketfft::stride_t byte_strides(const Strides& s, size_t itemsize) {
  pocketfft::stride_t r(s.size());
  for (size_t d = 0; d < s.size(); ++d) r[d] = static_cast<ptrdiff_t>(s[d] * int64_t(itemsize));
  return r;
}

// The transform of lines [lo, hi) of batch axis `dim` (every line when dim < 0).
template <class T>
struct Transform {
  FftKind kind;
  const FftOperand &in, &out;
  pocketfft::stride_t sin, sout;
  size_t axis;
  bool forward;
  T fct;

  void operator()(int dim, int64_t lo, int64_t hi) const {
    pocketfft::shape_t shape_in(in.shape.begin(), in.shape.end());
    pocketfft::shape_t shape_out(out.shape.begin(), out.shape.end());
    const char* pin = in.data;
    char* pout = out.data;
    if (dim >= 0) {
      shape_in[dim] = shape_out[dim] = static_cast<size_t>(hi - lo);
      pin += lo * sin[dim];
      pout += lo * sout[dim];
    }
    using C = std::complex<T>;
    switch (kind) {
      case FftKind::C2C:
        pocketfft::c2c<T>(shape_in, sin, sout, {axis}, forward, reinterpret_cast<const C*>(pin),
                          reinterpret_cast<C*>(pout), fct, 1);
        break;
      case FftKind::R2C:
        pocketfft::r2c<T>(shape_in, sin, sout, axis, forward, reinterpret_cast<const T*>(pin),
                          reinterpret_cast<C*>(pout), fct, 1);
        break;
      case FftKind::C2R:
        pocketfft::c2r<T>(shape_out, sin, sout, axis, forward, reinterpret_cast<const C*>(pin),
                          reinterpret_cast<T*>(pout), fct, 1);
        break;
    }
  }
};

template <class T>
void run_typed(FftKind kind, const FftOperand& in, const FftOperand& out, int axis, bool forward,
               double scale) {
  const size_t in_item = kind == FftKind::R2C ? sizeof(T) : 2 * sizeof(T);
  const size_t out_item = kind == FftKind::C2R ? sizeof(T) : 2 * sizeof(T);
  Transform<T> t{kind,
                 in,
                 out,
                 byte_strides(in.strides, in_item),
                 byte_strides(out.strides, out_item),
                 static_cast<size_t>(axis),
                 forward,
                 static_cast<T>(scale)};
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
  if (dim < 0 || batch * line <= kFftGrain) return t(-1, 0, 0);
  const int64_t per_line = line * (batch / out.shape[dim]);
  int64_t grain = std::max<int64_t>(1, kFftGrain / per_line);
  if (grain > 1) grain = (grain + kLines - 1) / kLines * kLines;
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, out.shape[dim], grain),
                    [&](const tbb::blocked_range<int64_t>& r) { t(dim, r.begin(), r.end()); });
}

}  // namespace

void run_fft(FftKind kind, DType real, const FftOperand& in, const FftOperand& out, int axis,
             bool forward, double scale) {
  if (shape_size(out.shape) == 0) return;
  if (real == DType::Float32)
    run_typed<float>(kind, in, out, axis, forward, scale);
  else
    run_typed<double>(kind, in, out, axis, forward, scale);
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
