// Box-Muller normals of Philox words with SLEEF's 1-ULP vector log and sincos: the formulas
// of philox.cl's dp_normal_f64_pair / dp_normal_f32_words, four (eight) pairs at a time.
// Built with -mavx2 -mfma (CMake's *_avx2.cpp rule); called after philox_avx2_available().
#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#include <sleef.h>

#include <cmath>

#include "dparray/backend/host/philox_avx2.h"

namespace dp::host {

namespace {

// The exact double of x >> 11 for each 64-bit lane x (two exact halves of 27 and 26 bits).
inline __m256d top53(__m256i x) {
  const __m256i magic = _mm256_set1_epi64x(0x4330000000000000LL);  // 2^52
  const __m256d two52 = _mm256_set1_pd(0x1p52);
  const __m256i t = _mm256_srli_epi64(x, 11);
  const __m256d hi =
      _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(t, 26), magic)), two52);
  const __m256d lo =
      _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(
                        _mm256_and_si256(t, _mm256_set1_epi64x((1LL << 26) - 1)), magic)),
                    two52);
  return _mm256_add_pd(_mm256_mul_pd(hi, _mm256_set1_pd(0x1p26)), lo);
}

}  // namespace

void normal_f64_avx2(const uint32_t* w, int64_t npairs, double mean, double sd, double* out) {
  const double k53 = 1.1102230246251565404236316680908203125e-16;  // 2^-53
  int64_t p = 0;
  const __m256d m = _mm256_set1_pd(mean), s = _mm256_set1_pd(sd), vk53 = _mm256_set1_pd(k53);
  for (; p + 4 <= npairs; p += 4) {
    // Words (w1:w0) and (w3:w2) of the four blocks as pair lanes.
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 4 * p));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 4 * p + 8));
    const __m256i x1 = _mm256_permute4x64_epi64(_mm256_unpacklo_epi64(a, b), 0xD8);
    const __m256i x2 = _mm256_permute4x64_epi64(_mm256_unpackhi_epi64(a, b), 0xD8);
    // Exact as the scalar formulas: (x >> 11) + 1 <= 2^53 and scaling by 2^-53.
    const __m256d u1 = _mm256_mul_pd(_mm256_add_pd(top53(x1), _mm256_set1_pd(1.0)), vk53);
    const __m256d u2 = _mm256_mul_pd(top53(x2), vk53);
    const __m256d rad =
        _mm256_sqrt_pd(_mm256_mul_pd(_mm256_set1_pd(-2.0), Sleef_logd4_u10avx2(u1)));
    const __m256d th = _mm256_mul_pd(_mm256_set1_pd(6.28318530717958647692), u2);
    const Sleef___m256d_2 sc = Sleef_sincosd4_u10avx2(th);
    const __m256d zc = _mm256_add_pd(m, _mm256_mul_pd(s, _mm256_mul_pd(rad, sc.y)));
    const __m256d zs = _mm256_add_pd(m, _mm256_mul_pd(s, _mm256_mul_pd(rad, sc.x)));
    const __m256d lo = _mm256_unpacklo_pd(zc, zs), hi = _mm256_unpackhi_pd(zc, zs);
    _mm256_storeu_pd(out + 2 * p, _mm256_permute2f128_pd(lo, hi, 0x20));
    _mm256_storeu_pd(out + 2 * p + 4, _mm256_permute2f128_pd(lo, hi, 0x31));
  }
  for (; p < npairs; ++p) {
    const uint32_t* q = w + 4 * p;
    const uint64_t x1 = (static_cast<uint64_t>(q[1]) << 32) | q[0];
    const uint64_t x2 = (static_cast<uint64_t>(q[3]) << 32) | q[2];
    const double r = std::sqrt(-2.0 * std::log((static_cast<double>(x1 >> 11) + 1.0) * k53));
    const double t = 6.28318530717958647692 * (static_cast<double>(x2 >> 11) * k53);
    out[2 * p] = mean + sd * (r * std::cos(t));
    out[2 * p + 1] = mean + sd * (r * std::sin(t));
  }
}

void normal_f32_avx2(const uint32_t* w, int64_t npairs, float mean, float sd, float* out) {
  const float k24 = 5.9604644775390625e-8f;  // 2^-24
  int64_t p = 0;
  alignas(32) float u1[8], u2[8], a[8], b[8];
  for (; p + 8 <= npairs; p += 8) {
    for (int j = 0; j < 8; ++j) {
      u1[j] = (static_cast<float>(w[2 * (p + j)] >> 8) + 1.0f) * k24;
      u2[j] = static_cast<float>(w[2 * (p + j) + 1] >> 8) * k24;
    }
    const __m256 rad = _mm256_sqrt_ps(
        _mm256_mul_ps(_mm256_set1_ps(-2.0f), Sleef_logf8_u10avx2(_mm256_load_ps(u1))));
    const __m256 th = _mm256_mul_ps(_mm256_set1_ps(6.28318530717958647692f), _mm256_load_ps(u2));
    const Sleef___m256_2 sc = Sleef_sincosf8_u10avx2(th);
    const __m256 m = _mm256_set1_ps(mean), s = _mm256_set1_ps(sd);
    _mm256_store_ps(a, _mm256_add_ps(m, _mm256_mul_ps(s, _mm256_mul_ps(rad, sc.y))));
    _mm256_store_ps(b, _mm256_add_ps(m, _mm256_mul_ps(s, _mm256_mul_ps(rad, sc.x))));
    for (int j = 0; j < 8; ++j) {
      out[2 * (p + j)] = a[j];
      out[2 * (p + j) + 1] = b[j];
    }
  }
  for (; p < npairs; ++p) {
    const float r = std::sqrt(-2.0f * std::log((static_cast<float>(w[2 * p] >> 8) + 1.0f) * k24));
    const float t = 6.28318530717958647692f * (static_cast<float>(w[2 * p + 1] >> 8) * k24);
    out[2 * p] = mean + sd * (r * std::cos(t));
    out[2 * p + 1] = mean + sd * (r * std::sin(t));
  }
}

}  // namespace dp::host
#endif
