// The SIMD math loops for AVX-512F (8 doubles, 16 floats a vector). Built with -mavx512f
// (CMake's *_avx512.cpp rule) and called only after vector_math.cpp checked the CPU.
#if defined(__AVX512F__)
// GCC 12 reads Highway's Undefined() vectors as uninitialised; they are never used.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#include <sleef.h>

#include "dparray/backend/host/scalar_math.h"

namespace dp::host {
namespace {

// AVX-512F has no float and/or (that is AVX-512DQ): the sign bit is moved as integers.
struct VD {
  using T = double;
  using V = __m512d;
  using M = __mmask8;
  static constexpr int W = 8;
  static constexpr T kBelowOne = math::kBelowOneD, kTanhOne = math::kTanhOneD;
  static V load(const T* p) { return _mm512_loadu_pd(p); }
  static void store(T* p, V v) { _mm512_storeu_pd(p, v); }
  static V set1(T x) { return _mm512_set1_pd(x); }
  static M gt(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_GT_OQ); }
  static M ge(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_GE_OQ); }
  static V blend(V a, V b, M m) { return _mm512_mask_blend_pd(m, a, b); }  // m ? b : a
  static V abs(V x) { return _mm512_abs_pd(x); }
  static V copysign(V mag, V s) {
    const __m512i sign = _mm512_set1_epi64(INT64_MIN);
    return _mm512_castsi512_pd(_mm512_or_si512(_mm512_and_si512(sign, _mm512_castpd_si512(s)),
                                               _mm512_castpd_si512(abs(mag))));
  }
  static V add(V a, V b) { return _mm512_add_pd(a, b); }
  static V sqrt(V x) { return _mm512_sqrt_pd(x); }
  static V floor(V x) { return _mm512_roundscale_pd(x, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
  static V ceil(V x) { return _mm512_roundscale_pd(x, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
  static V trunc(V x) { return _mm512_roundscale_pd(x, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC); }
  static V rint(V x) {
    return _mm512_roundscale_pd(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  }
};

struct VF {
  using T = float;
  using V = __m512;
  using M = __mmask16;
  static constexpr int W = 16;
  static constexpr T kBelowOne = math::kBelowOneF, kTanhOne = math::kTanhOneF;
  static V load(const T* p) { return _mm512_loadu_ps(p); }
  static void store(T* p, V v) { _mm512_storeu_ps(p, v); }
  static V set1(T x) { return _mm512_set1_ps(x); }
  static M gt(V a, V b) { return _mm512_cmp_ps_mask(a, b, _CMP_GT_OQ); }
  static M ge(V a, V b) { return _mm512_cmp_ps_mask(a, b, _CMP_GE_OQ); }
  static V blend(V a, V b, M m) { return _mm512_mask_blend_ps(m, a, b); }
  static V abs(V x) { return _mm512_abs_ps(x); }
  static V copysign(V mag, V s) {
    const __m512i sign = _mm512_set1_epi32(INT32_MIN);
    return _mm512_castsi512_ps(_mm512_or_si512(_mm512_and_si512(sign, _mm512_castps_si512(s)),
                                               _mm512_castps_si512(abs(mag))));
  }
  static V add(V a, V b) { return _mm512_add_ps(a, b); }
  static V sqrt(V x) { return _mm512_sqrt_ps(x); }
  static V floor(V x) { return _mm512_roundscale_ps(x, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
  static V ceil(V x) { return _mm512_roundscale_ps(x, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
  static V trunc(V x) { return _mm512_roundscale_ps(x, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC); }
  static V rint(V x) {
    return _mm512_roundscale_ps(x, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  }
};

}  // namespace
}  // namespace dp::host

#define DP_SLEEF_D(f, u) Sleef_##f##d8_##u##avx512f
#define DP_SLEEF_F(f, u) Sleef_##f##f16_##u##avx512f
#include "dparray/backend/host/vector_int_loops.h"
#include "dparray/backend/host/vector_math_loops.h"

static_assert(HWY_STATIC_TARGET == HWY_AVX3, "built without the flags of Highway's AVX3 target");

namespace dp::host {
VectorLoop avx512_vector_loop(OpId op, DType t) {
  if (t == DType::Float32) return vector_table<VF>(op);
  if (t == DType::Float64) return vector_table<VD>(op);
  return int_bool_table(op, t);
}
}  // namespace dp::host
#endif
