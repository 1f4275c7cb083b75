// One long complex transform spread over the cores (pocketfft runs a single line on one
// thread): the four-step split n = n1 * n2. n2 transforms of length n1 (strided), a twiddle
// pass, n1 transforms of length n2 written transposed into the output; each step is split
// into tasks by run_fft.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <cmath>
#include <complex>
#include <memory>
#include <vector>

#include "dparray/backend/host/host_fft.h"

namespace dp::host {

namespace {

// Lengths below which one thread transforms the whole line.
constexpr int64_t kLongLine = 1 << 16;
// Both factors at least this long, so that each step's lines are worth a transform.
constexpr int64_t kMinFactor = 64;

// The divisor of n closest to sqrt(n) from below, or 0 when it is below kMinFactor.
int64_t split_of(int64_t n) {
  for (int64_t d = static_cast<int64_t>(std::sqrt(double(n))); d >= kMinFactor; --d)
    if (n % d == 0) return d;
  return 0;
}

// exp(-+2 pi i m / n) for m in [0, count) * step, in long double (then rounded once).
std::vector<std::complex<double>> roots(int64_t count, int64_t step, int64_t n, bool forward) {
  std::vector<std::complex<double>> r(static_cast<size_t>(count));
  const long double sign = forward ? -1.0L : 1.0L;
  const long double two_pi = 6.283185307179586476925286766559005768L;
  for (int64_t m = 0; m < count; ++m) {
    const long double a = sign * two_pi * static_cast<long double>((m * step) % n) / n;
    r[m] = {static_cast<double>(std::cos(a)), static_cast<double>(std::sin(a))};
  }
  return r;
}

// t[k1][j2] *= w^(j2 * k1), w = exp(-+2 pi i / n): w^m = coarse[m / n2] * fine[m % n2].
template <class T>
void twiddle(std::complex<T>* t, int64_t n1, int64_t n2, bool forward) {
  const int64_t n = n1 * n2;
  const auto fine = roots(n2, 1, n, forward), coarse = roots(n1, n2, n, forward);
  tbb::parallel_for(tbb::blocked_range<int64_t>(1, n1), [&](const tbb::blocked_range<int64_t>& r) {
    for (int64_t k1 = r.begin(); k1 < r.end(); ++k1) {
      std::complex<T>* row = t + k1 * n2;
      int64_t m = 0;  // j2 * k1 mod n, advanced by k1
      for (int64_t j2 = 0; j2 < n2; ++j2) {
        const std::complex<double> w = coarse[m / n2] * fine[m % n2];
        const std::complex<T> v = row[j2];
        row[j2] = {T(v.real() * w.real() - v.imag() * w.imag()),
                   T(v.real() * w.imag() + v.imag() * w.real())};
        m += k1;
        if (m >= n) m -= n;
      }
    }
  });
}

template <class T>
void four_step(DType real, const FftOperand& in, const FftOperand& out, int axis, int64_t n1,
               int64_t n2, bool forward, double scale) {
  using C = std::complex<T>;
  std::unique_ptr<C[]> tmp(new C[static_cast<size_t>(n1 * n2)]);
  const int64_t si = in.strides[axis], so = out.strides[axis];
  // x[n2 * j1 + j2] as a (n1, n2) matrix, transformed down its columns into tmp.
  FftOperand x{in.data, {n1, n2}, {n2 * si, si}};
  FftOperand t{reinterpret_cast<char*>(tmp.get()), {n1, n2}, {n2, 1}};
  run_fft(FftKind::C2C, real, x, t, 0, forward, 1.0);
  twiddle(tmp.get(), n1, n2, forward);
  // Rows of tmp, transformed into X[k1 + n1 * k2].
  FftOperand y{out.data, {n1, n2}, {so, n1 * so}};
  run_fft(FftKind::C2C, real, t, y, 1, forward, scale);
}

}  // namespace

bool run_long_c2c(DType real, const FftOperand& in, const FftOperand& out, int axis, bool forward,
                  double scale) {
  const int64_t n = out.shape[axis];
  if (n < kLongLine || tbb::this_task_arena::max_concurrency() < 2) return false;
  const int64_t n1 = split_of(n);
  if (n1 == 0) return false;
  if (real == DType::Float32)
    four_step<float>(real, in, out, axis, n1, n / n1, forward, scale);
  else
    four_step<double>(real, in, out, axis, n1, n / n1, forward, scale);
  return true;
}

}  // namespace dp::host
