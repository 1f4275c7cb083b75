// The SIMD math loops for AVX2 + FMA (4 doubles, 8 floats a vector). Built with -mavx2
// -mfma (CMake's *_avx2.cpp rule) and called only after vector_math.cpp checked the CPU.
#if defined(__AVX2__) && defined(__FMA__)
// GCC 12 reads Highway's Undefined() vectors as uninitialised; they are never used.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#include <sleef.h>

#include "dparray/backend/host/scalar_math.h"

namespace dp::host {
namespace {

struct VD {
  using T = double;
  using V = __m256d;
  using M = __m256d;
  static constexpr int W = 4;
  static constexpr T kBelowOne = math::kBelowOneD, kTanhOne = math::kTanhOneD;
  static V load(const T* p) { return _mm256_loadu_pd(p); }
  static void store(T* p, V v) { _mm256_storeu_pd(p, v); }
  static V set1(T x) { return _mm256_set1_pd(x); }
  static M gt(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_GT_OQ); }
  static M ge(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_GE_OQ); }
  static V blend(V a, V b, M m) { return _mm256_blendv_pd(a, b, m); }  // m ? b : a
  static V abs(V x) { return _mm256_andnot_pd(set1(-0.0), x); }
  static V copysign(V mag, V s) { return _mm256_or_pd(_mm256_and_pd(set1(-0.0), s), abs(mag)); }
  static V add(V a, V b) { return _mm256_add_pd(a, b); }
  static V sqrt(V x) { return _mm256_sqrt_pd(x); }
  static V floor(V x) { return _mm256_round_pd(x, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
  static V ceil(V x) { return _mm256_round_pd(x, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
  static V trunc(V x) { return _mm256_round_pd(x, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC); }
  static V rint(V x) { return _mm256_round_pd(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
};

struct VF {
  using T = float;
  using V = __m256;
  using M = __m256;
  static constexpr int W = 8;
  static constexpr T kBelowOne = math::kBelowOneF, kTanhOne = math::kTanhOneF;
  static V load(const T* p) { return _mm256_loadu_ps(p); }
  static void store(T* p, V v) { _mm256_storeu_ps(p, v); }
  static V set1(T x) { return _mm256_set1_ps(x); }
  static M gt(V a, V b) { return _mm256_cmp_ps(a, b, _CMP_GT_OQ); }
  static M ge(V a, V b) { return _mm256_cmp_ps(a, b, _CMP_GE_OQ); }
  static V blend(V a, V b, M m) { return _mm256_blendv_ps(a, b, m); }
  static V abs(V x) { return _mm256_andnot_ps(set1(-0.0f), x); }
  static V copysign(V mag, V s) { return _mm256_or_ps(_mm256_and_ps(set1(-0.0f), s), abs(mag)); }
  static V add(V a, V b) { return _mm256_add_ps(a, b); }
  static V sqrt(V x) { return _mm256_sqrt_ps(x); }
  static V floor(V x) { return _mm256_round_ps(x, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
  static V ceil(V x) { return _mm256_round_ps(x, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
  static V trunc(V x) { return _mm256_round_ps(x, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC); }
  static V rint(V x) { return _mm256_round_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
};

}  // namespace
}  // namespace dp::host

#define DP_SLEEF_D(f, u) Sleef_##f##d4_##u##avx2
#define DP_SLEEF_F(f, u) Sleef_##f##f8_##u##avx2
#include "dparray/backend/host/vector_int_loops.h"
#include "dparray/backend/host/vector_math_loops.h"

static_assert(HWY_STATIC_TARGET == HWY_AVX2, "built without the flags of Highway's AVX2 target");

namespace dp::host {
VectorLoop avx2_vector_loop(OpId op, DType t) {
  if (t == DType::Float32) return vector_table<VF>(op);
  if (t == DType::Float64) return vector_table<VD>(op);
  return int_bool_table(op, t);
}
}  // namespace dp::host
#endif
