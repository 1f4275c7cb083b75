// AVX2 + FMA loops over SLEEF's 1-ULP (u10) vector functions; sqrt uses the
// correctly rounded instruction. Built with -mavx2 -mfma (CMake's *_avx2.cpp
// rule) and called only after vector_math.cpp checked the CPU.
#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#include <sleef.h>

#include <cstring>

#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/vector_math.h"

namespace dp::host {
namespace {

// SLEEF's log1p returns inf above 1e307 (1e38 for float); there 1 + x rounds to
// x and log(x) is the answer.
inline __m256d log1p_d(__m256d x) {
  const __m256d big = _mm256_cmp_pd(x, _mm256_set1_pd(1e300), _CMP_GT_OQ);
  return _mm256_blendv_pd(Sleef_log1pd4_u10avx2(x), Sleef_logd4_u10avx2(x), big);
}
inline __m256 log1p_f(__m256 x) {
  const __m256 big = _mm256_cmp_ps(x, _mm256_set1_ps(1e37f), _CMP_GT_OQ);
  return _mm256_blendv_ps(Sleef_log1pf8_u10avx2(x), Sleef_logf8_u10avx2(x), big);
}

// tanh: +-1 exactly from the saturation points of scalar_math.h's tanhr, and at most
// 1 - ulp below them.
inline __m256d tanh_d(__m256d x) {
  const __m256d sign = _mm256_set1_pd(-0.0);
  const __m256d r = Sleef_tanhd4_u10avx2(x);
  const __m256d below = _mm256_or_pd(_mm256_and_pd(sign, x), _mm256_set1_pd(math::kBelowOneD));
  const __m256d one = _mm256_or_pd(_mm256_and_pd(sign, x), _mm256_set1_pd(1.0));
  const __m256d big =
      _mm256_cmp_pd(_mm256_andnot_pd(sign, r), _mm256_set1_pd(math::kBelowOneD), _CMP_GT_OQ);
  const __m256d sat =
      _mm256_cmp_pd(_mm256_andnot_pd(sign, x), _mm256_set1_pd(math::kTanhOneD), _CMP_GE_OQ);
  return _mm256_blendv_pd(_mm256_blendv_pd(r, below, big), one, sat);
}
inline __m256 tanh_f(__m256 x) {
  const __m256 sign = _mm256_set1_ps(-0.0f);
  const __m256 r = Sleef_tanhf8_u10avx2(x);
  const __m256 below = _mm256_or_ps(_mm256_and_ps(sign, x), _mm256_set1_ps(math::kBelowOneF));
  const __m256 one = _mm256_or_ps(_mm256_and_ps(sign, x), _mm256_set1_ps(1.0f));
  const __m256 big =
      _mm256_cmp_ps(_mm256_andnot_ps(sign, r), _mm256_set1_ps(math::kBelowOneF), _CMP_GT_OQ);
  const __m256 sat =
      _mm256_cmp_ps(_mm256_andnot_ps(sign, x), _mm256_set1_ps(math::kTanhOneF), _CMP_GE_OQ);
  return _mm256_blendv_ps(_mm256_blendv_ps(r, below, big), one, sat);
}

// SLEEF's acosh / asinh overflow to inf where x^2 does; beyond 1e150 (1e18 for float)
// they are log(2|x|) to rounding.
inline __m256d acosh_d(__m256d x) {
  const __m256d big = _mm256_cmp_pd(x, _mm256_set1_pd(1e150), _CMP_GT_OQ);
  const __m256d lg = _mm256_add_pd(Sleef_logd4_u10avx2(x), _mm256_set1_pd(0x1.62e42fefa39efp-1));
  return _mm256_blendv_pd(Sleef_acoshd4_u10avx2(x), lg, big);
}
inline __m256 acosh_f(__m256 x) {
  const __m256 big = _mm256_cmp_ps(x, _mm256_set1_ps(1e18f), _CMP_GT_OQ);
  const __m256 lg = _mm256_add_ps(Sleef_logf8_u10avx2(x), _mm256_set1_ps(0x1.62e430p-1f));
  return _mm256_blendv_ps(Sleef_acoshf8_u10avx2(x), lg, big);
}
inline __m256d asinh_d(__m256d x) {
  const __m256d sign = _mm256_set1_pd(-0.0);
  const __m256d ax = _mm256_andnot_pd(sign, x);
  const __m256d big = _mm256_cmp_pd(ax, _mm256_set1_pd(1e150), _CMP_GT_OQ);
  const __m256d lg = _mm256_add_pd(Sleef_logd4_u10avx2(ax), _mm256_set1_pd(0x1.62e42fefa39efp-1));
  return _mm256_blendv_pd(Sleef_asinhd4_u10avx2(x), _mm256_or_pd(_mm256_and_pd(sign, x), lg), big);
}
inline __m256 asinh_f(__m256 x) {
  const __m256 sign = _mm256_set1_ps(-0.0f);
  const __m256 ax = _mm256_andnot_ps(sign, x);
  const __m256 big = _mm256_cmp_ps(ax, _mm256_set1_ps(1e18f), _CMP_GT_OQ);
  const __m256 lg = _mm256_add_ps(Sleef_logf8_u10avx2(ax), _mm256_set1_ps(0x1.62e430p-1f));
  return _mm256_blendv_ps(Sleef_asinhf8_u10avx2(x), _mm256_or_ps(_mm256_and_ps(sign, x), lg), big);
}

#define DP_VEC(NAME, DFN, FFN)                     \
  struct NAME##_v {                                \
    static __m256d d(__m256d x) { return DFN(x); } \
    static __m256 f(__m256 x) { return FFN(x); }   \
  };
DP_VEC(exp, Sleef_expd4_u10avx2, Sleef_expf8_u10avx2)
DP_VEC(expm1, Sleef_expm1d4_u10avx2, Sleef_expm1f8_u10avx2)
DP_VEC(log, Sleef_logd4_u10avx2, Sleef_logf8_u10avx2)
DP_VEC(log1p, log1p_d, log1p_f)
DP_VEC(log2, Sleef_log2d4_u10avx2, Sleef_log2f8_u10avx2)
DP_VEC(log10, Sleef_log10d4_u10avx2, Sleef_log10f8_u10avx2)
DP_VEC(sin, Sleef_sind4_u10avx2, Sleef_sinf8_u10avx2)
DP_VEC(cos, Sleef_cosd4_u10avx2, Sleef_cosf8_u10avx2)
DP_VEC(tan, Sleef_tand4_u10avx2, Sleef_tanf8_u10avx2)
DP_VEC(arcsin, Sleef_asind4_u10avx2, Sleef_asinf8_u10avx2)
DP_VEC(arccos, Sleef_acosd4_u10avx2, Sleef_acosf8_u10avx2)
DP_VEC(arctan, Sleef_atand4_u10avx2, Sleef_atanf8_u10avx2)
DP_VEC(sinh, Sleef_sinhd4_u10avx2, Sleef_sinhf8_u10avx2)
DP_VEC(cosh, Sleef_coshd4_u10avx2, Sleef_coshf8_u10avx2)
DP_VEC(tanh, tanh_d, tanh_f)
DP_VEC(arccosh, acosh_d, acosh_f)
DP_VEC(arcsinh, asinh_d, asinh_f)
DP_VEC(arctanh, Sleef_atanhd4_u10avx2, Sleef_atanhf8_u10avx2)
DP_VEC(sqrt, _mm256_sqrt_pd, _mm256_sqrt_ps)
DP_VEC(cbrt, Sleef_cbrtd4_u10avx2, Sleef_cbrtf8_u10avx2)
DP_VEC(exp2, Sleef_exp2d4_u10avx2, Sleef_exp2f8_u10avx2)
#undef DP_VEC

// Full vectors straight from memory; the tail goes through a padded buffer so
// that every element sees the same function.
template <class V>
void loop_f64(const char* in, char* out, int64_t b, int64_t e) {
  const double* a = reinterpret_cast<const double*>(in);
  double* o = reinterpret_cast<double*>(out);
  int64_t i = b;
  for (; i + 4 <= e; i += 4) _mm256_storeu_pd(o + i, V::d(_mm256_loadu_pd(a + i)));
  if (i < e) {
    double buf[4] = {1, 1, 1, 1};
    std::memcpy(buf, a + i, (e - i) * sizeof(double));
    _mm256_storeu_pd(buf, V::d(_mm256_loadu_pd(buf)));
    std::memcpy(o + i, buf, (e - i) * sizeof(double));
  }
}

template <class V>
void loop_f32(const char* in, char* out, int64_t b, int64_t e) {
  const float* a = reinterpret_cast<const float*>(in);
  float* o = reinterpret_cast<float*>(out);
  int64_t i = b;
  for (; i + 8 <= e; i += 8) _mm256_storeu_ps(o + i, V::f(_mm256_loadu_ps(a + i)));
  if (i < e) {
    float buf[8] = {1, 1, 1, 1, 1, 1, 1, 1};
    std::memcpy(buf, a + i, (e - i) * sizeof(float));
    _mm256_storeu_ps(buf, V::f(_mm256_loadu_ps(buf)));
    std::memcpy(o + i, buf, (e - i) * sizeof(float));
  }
}

template <class V>
VectorLoop pick(DType t) {
  return t == DType::Float32 ? &loop_f32<V> : &loop_f64<V>;
}

}  // namespace

VectorLoop avx2_vector_loop(OpId op, DType t) {
  switch (op) {
    case OpId::exp: return pick<exp_v>(t);
    case OpId::expm1: return pick<expm1_v>(t);
    case OpId::log: return pick<log_v>(t);
    case OpId::log1p: return pick<log1p_v>(t);
    case OpId::log2: return pick<log2_v>(t);
    case OpId::log10: return pick<log10_v>(t);
    case OpId::sin: return pick<sin_v>(t);
    case OpId::cos: return pick<cos_v>(t);
    case OpId::tan: return pick<tan_v>(t);
    case OpId::arcsin: return pick<arcsin_v>(t);
    case OpId::arccos: return pick<arccos_v>(t);
    case OpId::arctan: return pick<arctan_v>(t);
    case OpId::sinh: return pick<sinh_v>(t);
    case OpId::cosh: return pick<cosh_v>(t);
    case OpId::tanh: return pick<tanh_v>(t);
    case OpId::arccosh: return pick<arccosh_v>(t);
    case OpId::arcsinh: return pick<arcsinh_v>(t);
    case OpId::arctanh: return pick<arctanh_v>(t);
    case OpId::sqrt: return pick<sqrt_v>(t);
    case OpId::cbrt: return pick<cbrt_v>(t);
    case OpId::exp2: return pick<exp2_v>(t);
    default: return nullptr;
  }
}

}  // namespace dp::host
#endif
