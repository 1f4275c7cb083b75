// OpExecutor::fft on the host and OpenCL executors against a direct O(n^2) DFT: the three
// kinds, both directions, both precisions, a strided batch axis and a scale.
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

using cd = std::complex<double>;

// dft[b][j] = scale * sum_k in[b][k] e^{-+2 pi i jk / n} of `batch` lines of length n.
std::vector<cd> dft(const std::vector<cd>& in, int64_t batch, int64_t n, bool forward,
                    double scale) {
  std::vector<cd> out(in.size());
  const double sign = forward ? -1.0 : 1.0;
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t j = 0; j < n; ++j) {
      cd acc = 0;
      for (int64_t k = 0; k < n; ++k)
        acc += in[b * n + k] * std::polar(1.0, sign * 2 * M_PI * double((j * k) % n) / double(n));
      out[b * n + j] = scale * acc;
    }
  return out;
}

template <class T>
Array upload(const std::vector<T>& v, const Shape& s, DType t, const Queue& q) {
  return from_host(v.data(), s, t, q, UsmType::Device);
}

template <class T>
std::vector<T> download(const Array& a) {
  std::vector<T> v(a.size());
  to_host(a, v.data());
  return v;
}

// Input lines along axis 1 of a (batch, n) array; `R` is the precision.
template <class R>
void check_kinds(const Queue& q) {
  using C = std::complex<R>;
  const DType rt = sizeof(R) == 4 ? DType::Float32 : DType::Float64;
  const DType ct = sizeof(R) == 4 ? DType::Complex64 : DType::Complex128;
  const double tol = sizeof(R) == 4 ? 1e-4 : 1e-10;
  const int64_t batch = 3, n = 13, h = n / 2 + 1;
  std::vector<cd> line(batch * n);
  for (int64_t k = 0; k < batch * n; ++k) line[k] = cd(std::sin(0.7 * k), std::cos(1.3 * k));
  OpExecutor& ex = q->device()->backend().ops();

  // C2C forward with a scale, and in place backward.
  std::vector<C> cin(line.begin(), line.end());
  Array a = upload(cin, {batch, n}, ct, q);
  Array out = empty({batch, n}, ct, q, UsmType::Device);
  ex.fft(q, FftKind::C2C, a, out, 1, true, 0.5);
  std::vector<cd> want = dft(line, batch, n, true, 0.5);
  std::vector<C> got = download<C>(out);
  for (int64_t k = 0; k < batch * n; ++k) EXPECT_NEAR(std::abs(cd(got[k]) - want[k]), 0, tol);
  ex.fft(q, FftKind::C2C, a, a, 1, false, 1.0);
  want = dft(line, batch, n, false, 1.0);
  got = download<C>(a);
  for (int64_t k = 0; k < batch * n; ++k) EXPECT_NEAR(std::abs(cd(got[k]) - want[k]), 0, tol);

  // R2C: the first n / 2 + 1 terms of the transform of real lines.
  std::vector<R> rin(batch * n);
  std::vector<cd> rline(batch * n);
  for (int64_t k = 0; k < batch * n; ++k) rline[k] = rin[k] = R(line[k].real());
  Array r = upload(rin, {batch, n}, rt, q);
  Array half = empty({batch, h}, ct, q, UsmType::Device);
  ex.fft(q, FftKind::R2C, r, half, 1, true, 1.0);
  want = dft(rline, batch, n, true, 1.0);
  got = download<C>(half);
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t j = 0; j < h; ++j)
      EXPECT_NEAR(std::abs(cd(got[b * h + j]) - want[b * n + j]), 0, tol);

  // C2R inverts it (scaled by 1 / n).
  Array back = empty({batch, n}, rt, q, UsmType::Device);
  ex.fft(q, FftKind::C2R, half, back, 1, false, 1.0 / double(n));
  std::vector<R> rb = download<R>(back);
  for (int64_t k = 0; k < batch * n; ++k) EXPECT_NEAR(rb[k], rin[k], tol);

  // Along axis 0 of the transposed view: strided lines.
  Array t = permute_view(a, {1, 0});
  Array tout = empty({n, batch}, ct, q, UsmType::Device);
  ex.fft(q, FftKind::C2C, t, tout, 0, true, 1.0);
  std::vector<cd> cur(batch * n);
  std::vector<C> av = download<C>(a);
  for (int64_t k = 0; k < batch * n; ++k) cur[k] = cd(av[k]);
  want = dft(cur, batch, n, true, 1.0);
  got = download<C>(tout);
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t j = 0; j < n; ++j)
      EXPECT_NEAR(std::abs(cd(got[j * batch + b]) - want[b * n + j]), 0, tol);
}

TEST(FftExecutor, Host) {
  check_kinds<float>(test::host_queue());
  check_kinds<double>(test::host_queue());
}

TEST(FftExecutor, OpenCL) {
  DP_REQUIRE_OPENCL();
  check_kinds<float>(test::ocl_queue());
  if (test::ocl_device()->info().fp64) check_kinds<double>(test::ocl_queue());
}

}  // namespace
}  // namespace dp
