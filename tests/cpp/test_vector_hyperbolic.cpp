// The float32 sinh, cosh and tanh vector loops (ours, vector_math_hwy.h) against
// double-precision references on every 211th float of their vector range and its negative,
// for each instruction set this CPU runs. Every float of the range, measured once: tanh 1.67
// ULP (AVX-512) and 2.25 (AVX2); sinh 1.61 / 1.65 and cosh 1.48 (every third float).
#include <gtest/gtest.h>
#include <hwy/targets.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "dparray/backend/host/vector_math.h"

namespace dp::host {
#if DPARRAY_HAVE_AVX2_TU
VectorLoop avx2_vector_loop(OpId op, DType loop);
#endif
#if DPARRAY_HAVE_AVX512_TU
VectorLoop avx512_vector_loop(OpId op, DType loop);
#endif
}  // namespace dp::host

namespace {

using dp::DType;
using dp::OpId;
using dp::host::VectorLoop;

std::vector<float> run(VectorLoop fn, const std::vector<float>& x) {
  std::vector<float> out(x.size());
  const char* in[1] = {reinterpret_cast<const char*>(x.data())};
  const int64_t step[1] = {1};
  fn(in, step, reinterpret_cast<char*>(out.data()), 0, static_cast<int64_t>(x.size()));
  return out;
}

// Largest error in ULP (of the float at or above the reference's magnitude; 2^-24 at 1),
// over inputs with bit patterns 0, 211, 422, ... below `end`, and the same inputs negated.
double max_ulp_error(VectorLoop fn, double (*ref)(double), bool odd, float end) {
  uint32_t end_bits;
  std::memcpy(&end_bits, &end, 4);
  std::vector<float> x;
  for (uint32_t b = 0; b < end_bits; b += 211) {
    float v;
    std::memcpy(&v, &b, 4);
    x.push_back(v);
    x.push_back(-v);
  }
  const std::vector<float> out = run(fn, x);
  double worst = 0;
  size_t wrong_sign = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    const double r = ref(static_cast<double>(x[i]));
    const float m = std::fabs(static_cast<float>(r));
    const double ulp = m == 1.0f ? std::ldexp(1.0, -24) : std::nextafter(m, INFINITY) - m;
    worst = std::max(worst, std::fabs(out[i] - r) / ulp);
    wrong_sign += odd && std::signbit(out[i]) != std::signbit(x[i]);
  }
  EXPECT_EQ(wrong_sign, 0u);
  return worst;
}

void check_tanh(VectorLoop fn, double bound) {
  EXPECT_LE(max_ulp_error(
                fn, [](double v) { return std::tanh(v); }, true, 11.0f),
            bound);
  const float inf = INFINITY;
  std::vector<float> x = {NAN,    -NAN,    inf,         -inf,    0.0f,    -0.0f,
                          1e-40f, -1e-40f, 10.0f,       -10.0f,  9.99f,   1e30f,
                          -1e30f, 0.5625f, 0.56249994f, 3.4e38f, -3.4e38f};
  const std::vector<float> out = run(fn, x);
  EXPECT_TRUE(std::isnan(out[0]) && !std::signbit(out[0]));
  EXPECT_TRUE(std::isnan(out[1]) && std::signbit(out[1]));
  EXPECT_EQ(out[2], 1.0f);
  EXPECT_EQ(out[3], -1.0f);
  EXPECT_TRUE(out[4] == 0.0f && !std::signbit(out[4]));
  EXPECT_TRUE(out[5] == 0.0f && std::signbit(out[5]));
  EXPECT_EQ(out[6], 1e-40f);
  EXPECT_EQ(out[7], -1e-40f);
  EXPECT_EQ(out[8], 1.0f);  // the saturation point, as the scalar loop
  EXPECT_EQ(out[9], -1.0f);
  EXPECT_LT(out[10], 1.0f);  // below it: at most 1 - 2^-24
  for (int k : {11, 15}) EXPECT_EQ(out[k], 1.0f);
  for (int k : {12, 16}) EXPECT_EQ(out[k], -1.0f);
}

void check_sinh_cosh(VectorLoop sinh_fn, VectorLoop cosh_fn, double bound) {
  EXPECT_LE(max_ulp_error(
                sinh_fn, [](double v) { return std::sinh(v); }, true, 88.0f),
            bound);
  EXPECT_LE(max_ulp_error(
                cosh_fn, [](double v) { return std::cosh(v); }, false, 88.0f),
            bound);
  const float inf = INFINITY;
  // Past 88 the scalar function: finite up to 89.4, then inf.
  std::vector<float> x = {NAN, inf, -inf, 0.0f, -0.0f, 1e-40f, 89.0f, -89.0f, 90.0f, -90.0f};
  const std::vector<float> s = run(sinh_fn, x), c = run(cosh_fn, x);
  EXPECT_TRUE(std::isnan(s[0]) && std::isnan(c[0]));
  EXPECT_EQ(s[1], inf);
  EXPECT_EQ(s[2], -inf);
  EXPECT_EQ(c[1], inf);
  EXPECT_EQ(c[2], inf);
  EXPECT_TRUE(s[3] == 0.0f && !std::signbit(s[3]));
  EXPECT_TRUE(s[4] == 0.0f && std::signbit(s[4]));
  EXPECT_EQ(c[3], 1.0f);
  EXPECT_EQ(c[4], 1.0f);
  EXPECT_EQ(s[5], 1e-40f);
  EXPECT_EQ(s[6], std::sinh(89.0f));
  EXPECT_EQ(s[7], -std::sinh(89.0f));
  EXPECT_EQ(c[6], std::cosh(89.0f));
  EXPECT_EQ(s[8], inf);
  EXPECT_EQ(s[9], -inf);
  EXPECT_EQ(c[9], inf);
}

// The three functions of one instruction set's table.
void check_isa(VectorLoop (*table)(OpId, DType), double tanh_bound) {
  auto loop = [table](OpId op) { return table(op, DType::Float32); };
  ASSERT_NE(loop(OpId::tanh), nullptr);
  check_tanh(loop(OpId::tanh), tanh_bound);
  check_sinh_cosh(loop(OpId::sinh), loop(OpId::cosh), 2.0);
}

#if DPARRAY_HAVE_AVX512_TU
TEST(VectorHyperbolic, Float32Avx512) {
  if (!(hwy::SupportedTargets() & HWY_AVX3)) GTEST_SKIP() << "no AVX-512";
  check_isa(&dp::host::avx512_vector_loop, 2.0);
}
#endif

#if DPARRAY_HAVE_AVX2_TU
TEST(VectorHyperbolic, Float32Avx2) {
  if (!(hwy::SupportedTargets() & HWY_AVX2)) GTEST_SKIP() << "no AVX2";
  check_isa(&dp::host::avx2_vector_loop, 2.5);
}
#endif

}  // namespace
