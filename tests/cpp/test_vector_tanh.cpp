// The float32 tanh vector loops (ours, vector_math_hwy.h) against double-precision tanh on
// every 211th float in [0, 11) and its negative (the whole range took 38 s: 1.67 ULP
// AVX-512, 2.25 ULP AVX2), for each instruction set this CPU runs.
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

// Largest error in ULP of the result's binade (below 1: 2^-24 at 1 itself), over inputs
// with bit patterns 0, 211, 422, ... below 11.0f, and the same inputs negated.
double max_ulp_error(VectorLoop fn) {
  uint32_t end_bits;
  const float end = 11.0f;
  std::memcpy(&end_bits, &end, 4);
  std::vector<float> x;
  for (uint32_t b = 0; b < end_bits; b += 211) {
    float v;
    std::memcpy(&v, &b, 4);
    x.push_back(v);
    x.push_back(-v);
  }
  std::vector<float> out(x.size());
  const char* in[1] = {reinterpret_cast<const char*>(x.data())};
  const int64_t step[1] = {1};
  fn(in, step, reinterpret_cast<char*>(out.data()), 0, static_cast<int64_t>(x.size()));
  double worst = 0;
  size_t wrong_sign = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    const double ref = std::tanh(static_cast<double>(x[i]));
    const float r = static_cast<float>(ref);
    const double ulp = std::fabs(r) == 1.0f ? std::ldexp(1.0, -24)
                                            : std::nextafter(std::fabs(r), INFINITY) - std::fabs(r);
    worst = std::max(worst, std::fabs(out[i] - ref) / ulp);
    wrong_sign += std::signbit(out[i]) != std::signbit(x[i]);
  }
  EXPECT_EQ(wrong_sign, 0u);
  return worst;
}

void check_specials(VectorLoop fn) {
  const float inf = INFINITY;
  std::vector<float> x = {NAN,    -NAN,    inf,         -inf,    0.0f,    -0.0f,
                          1e-40f, -1e-40f, 10.0f,       -10.0f,  9.99f,   1e30f,
                          -1e30f, 0.5625f, 0.56249994f, 3.4e38f, -3.4e38f};
  while (x.size() % 64) x.push_back(0.25f);
  std::vector<float> out(x.size());
  const char* in[1] = {reinterpret_cast<const char*>(x.data())};
  const int64_t step[1] = {1};
  fn(in, step, reinterpret_cast<char*>(out.data()), 0, static_cast<int64_t>(x.size()));
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

#if DPARRAY_HAVE_AVX512_TU
TEST(VectorTanh, Float32Avx512WithinTwoUlp) {
  if (!(hwy::SupportedTargets() & HWY_AVX3)) GTEST_SKIP() << "no AVX-512";
  VectorLoop fn = dp::host::avx512_vector_loop(OpId::tanh, DType::Float32);
  ASSERT_NE(fn, nullptr);
  EXPECT_LE(max_ulp_error(fn), 2.0);
  check_specials(fn);
}
#endif

#if DPARRAY_HAVE_AVX2_TU
TEST(VectorTanh, Float32Avx2WithinTwoAndAHalfUlp) {
  if (!(hwy::SupportedTargets() & HWY_AVX2)) GTEST_SKIP() << "no AVX2";
  VectorLoop fn = dp::host::avx2_vector_loop(OpId::tanh, DType::Float32);
  ASSERT_NE(fn, nullptr);
  EXPECT_LE(max_ulp_error(fn), 2.5);
  check_specials(fn);
}
#endif

}  // namespace
