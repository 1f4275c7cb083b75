// One attempt of random_dist.cl's Marsaglia-Tsang gamma (shape > 1) for four elements at a
// time: the polar normal from one block, the squeeze and log tests with the uniform of the next.
// Elements that need more (rejection, v <= 0, a second polar rejection) are left to the
// per-element code. Products are kept out of FMAs so that only SLEEF's 1-ULP log differs
// from the per-element formula. Built with -mavx2 -mfma; called after philox_avx2_available().
#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#include <sleef.h>

#include <cstdint>

#include "dparray/backend/host/philox_avx2.h"

namespace dp::host {

namespace {

inline __m256d mul(__m256d a, __m256d b) {
  __m256d p = _mm256_mul_pd(a, b);
  __asm__("" : "+x"(p));  // rounded on its own, as in the per-element code
  return p;
}

// (x >> 11) * 2^-53 of each 64-bit lane, exactly.
inline __m256d unit53(__m256i x) {
  const __m256i magic = _mm256_set1_epi64x(0x4330000000000000LL);
  const __m256d two52 = _mm256_set1_pd(0x1p52);
  const __m256i t = _mm256_srli_epi64(x, 11);
  const __m256d hi =
      _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(t, 26), magic)), two52);
  const __m256d lo =
      _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(
                        _mm256_and_si256(t, _mm256_set1_epi64x((1LL << 26) - 1)), magic)),
                    two52);
  return _mm256_add_pd(mul(hi, _mm256_set1_pd(0x1p-27)), mul(lo, _mm256_set1_pd(0x1p-53)));
}

// The 64-bit words (w1:w0), or (w3:w2) when hi, of the four blocks b[k] as lanes.
inline __m256i gather64(const uint32_t* const* b, int hi) {
  auto word = [&](int k) {
    return static_cast<long long>((static_cast<uint64_t>(b[k][2 * hi + 1]) << 32) | b[k][2 * hi]);
  };
  return _mm256_setr_epi64x(word(0), word(1), word(2), word(3));
}

// Words (w1:w0) and (w3:w2) of four consecutive blocks (block order) as element lanes.
inline void pairs(const uint32_t* w, __m256i* x01, __m256i* x23) {
  const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w));
  const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 8));
  *x01 = _mm256_permute4x64_epi64(_mm256_unpacklo_epi64(a, b), 0xD8);
  *x23 = _mm256_permute4x64_epi64(_mm256_unpackhi_epi64(a, b), 0xD8);
}

// One attempt of G groups of four elements from the normal pairs (a01[g], a23[g]) and the
// uniforms u01[g]; the groups are independent, so their log / div / sqrt latencies overlap.
template <int G>
inline void attempt(const __m256i* a01, const __m256i* a23, const __m256i* u01, double b, double c,
                    double scale, double* out, int* done, int* polar_ok) {
  const __m256d one = _mm256_set1_pd(1.0), two = _mm256_set1_pd(2.0);
  const __m256d zero = _mm256_setzero_pd();
  __m256d x2[G], r2[G], ok[G], lg[G];
  for (int g = 0; g < G; ++g) {
    const __m256d x1 = _mm256_sub_pd(mul(two, unit53(a01[g])), one);
    x2[g] = _mm256_sub_pd(mul(two, unit53(a23[g])), one);
    const __m256d q = _mm256_add_pd(mul(x1, x1), mul(x2[g], x2[g]));
    ok[g] = _mm256_and_pd(_mm256_cmp_pd(q, one, _CMP_LT_OQ), _mm256_cmp_pd(q, zero, _CMP_NEQ_OQ));
    polar_ok[g] = _mm256_movemask_pd(ok[g]);
    // Rejected lanes get r2 = 0.5 so that log stays finite; their results are not used.
    r2[g] = _mm256_blendv_pd(_mm256_set1_pd(0.5), q, ok[g]);
  }
  for (int g = 0; g < G; ++g) lg[g] = Sleef_logd4_u10avx2(r2[g]);
  for (int g = 0; g < G; ++g) {
    const __m256d f = _mm256_sqrt_pd(_mm256_div_pd(mul(_mm256_set1_pd(-2.0), lg[g]), r2[g]));
    const __m256d x = mul(f, x2[g]);
    __m256d v = _mm256_add_pd(one, mul(_mm256_set1_pd(c), x));
    __m256d acc = _mm256_and_pd(ok[g], _mm256_cmp_pd(v, zero, _CMP_GT_OQ));
    v = mul(mul(v, v), v);
    const __m256d u = unit53(u01[g]);
    const __m256d xx = mul(x, x);
    const __m256d bound = _mm256_sub_pd(one, mul(mul(_mm256_set1_pd(0.0331), xx), xx));
    const __m256d squeeze = _mm256_cmp_pd(u, bound, _CMP_LT_OQ);
    const __m256d need = _mm256_andnot_pd(squeeze, acc);
    if (_mm256_movemask_pd(need)) {
      // The log test of the lanes the squeeze did not take: log(u) < x^2 / 2 + b (1 - v + log v).
      const __m256d vs = _mm256_blendv_pd(one, v, need);
      const __m256d rhs = _mm256_add_pd(
          mul(mul(_mm256_set1_pd(0.5), x), x),
          mul(_mm256_set1_pd(b), _mm256_add_pd(_mm256_sub_pd(one, vs), Sleef_logd4_u10avx2(vs))));
      const __m256d lu = Sleef_logd4_u10avx2(_mm256_blendv_pd(one, u, need));
      acc = _mm256_and_pd(acc, _mm256_or_pd(squeeze, _mm256_cmp_pd(lu, rhs, _CMP_LT_OQ)));
    } else {
      acc = _mm256_and_pd(acc, squeeze);
    }
    _mm256_storeu_pd(out + 4 * g, mul(_mm256_set1_pd(scale), mul(_mm256_set1_pd(b), v)));
    done[g] = _mm256_movemask_pd(acc);
  }
}

}  // namespace

int gamma_attempt_avx2(const uint32_t* const* pair, const uint32_t* const* unif, double b, double c,
                       double scale, double* out, int* polar_ok) {
  const __m256i a01 = gather64(pair, 0), a23 = gather64(pair, 1), u01 = gather64(unif, 0);
  int done = 0;
  attempt<1>(&a01, &a23, &u01, b, c, scale, out, &done, polar_ok);
  return done;
}

void gamma_first_avx2(const uint32_t* w0, const uint32_t* w1, int n, double b, double c,
                      double scale, double* out, int8_t* state) {
  constexpr int G = 4;
  for (int e = 0; e < n; e += 4 * G) {
    __m256i a01[G], a23[G], u01[G], u23;
    for (int g = 0; g < G; ++g) {
      pairs(w0 + 4 * (e + 4 * g), &a01[g], &a23[g]);
      pairs(w1 + 4 * (e + 4 * g), &u01[g], &u23);
    }
    int done[G], polar[G];
    attempt<G>(a01, a23, u01, b, c, scale, out + e, done, polar);
    for (int g = 0; g < G; ++g)
      for (int k = 0; k < 4; ++k)
        state[e + 4 * g + k] = static_cast<int8_t>((done[g] >> k) & 1    ? 0
                                                   : (polar[g] >> k) & 1 ? 1
                                                                         : 2);
  }
}

}  // namespace dp::host
#endif
