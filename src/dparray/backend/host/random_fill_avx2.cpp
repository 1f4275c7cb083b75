// Uniform float64 and small-range integer streams written straight from the Philox
// registers (no word buffer): the values of philox.cl's dp_uniform_f64_words and
// dp_integer_block, bit for bit. Built with -mavx2 (CMake's *_avx2.cpp rule); called
// after philox_avx2_available().
#if defined(__AVX2__)
#include <cstdint>

#include "dparray/backend/host/philox_avx2.h"
#include "dparray/backend/host/philox_avx2_rounds.h"

namespace dp::host {

namespace {

// Groups of eight blocks made together: their multiply chains overlap (latency bound).
constexpr int kGroups = 4;

// The exact double of each 64-bit lane v < 2^52.
inline __m256d u52_to_double(__m256i v) {
  const __m256i magic = _mm256_set1_epi64x(0x4330000000000000LL);  // 2^52
  return _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(v, magic)), _mm256_set1_pd(0x1p52));
}

// (x >> 11) * 2^-53 for each 64-bit lane x, exactly (as two exact halves).
inline __m256d top53_unit(__m256i x) {
  const __m256i t = _mm256_srli_epi64(x, 11);
  const __m256d hi = u52_to_double(_mm256_srli_epi64(t, 26));
  const __m256d lo = u52_to_double(_mm256_and_si256(t, _mm256_set1_epi64x((1LL << 26) - 1)));
  return _mm256_add_pd(_mm256_mul_pd(hi, _mm256_set1_pd(0x1p-27)),
                       _mm256_mul_pd(lo, _mm256_set1_pd(0x1p-53)));
}

}  // namespace

void uniform_f64_avx2(uint64_t seed, uint64_t first, int64_t nblocks, double lo, double hi,
                      double* out, bool nontemporal) {
  const __m256d vlo = _mm256_set1_pd(lo), span = _mm256_set1_pd(hi - lo);
  const bool unit = lo == 0.0 && hi == 1.0;
  const avx2::RoundKeys keys(seed);
  const bool aligned = nontemporal && (reinterpret_cast<uintptr_t>(out) & 31) == 0;
  auto store = [&](double* dst, __m256d u) {
    if (!unit) {
      // lo + (hi - lo) * u rounded twice as in philox.cl: keep the product out of an FMA.
      __m256d p = _mm256_mul_pd(span, u);
      __asm__("" : "+x"(p));
      u = _mm256_add_pd(vlo, p);
    }
    if (aligned)
      _mm256_stream_pd(dst, u);
    else
      _mm256_storeu_pd(dst, u);
  };
  int64_t b = 0;
  for (; b + 8 * kGroups <= nblocks; b += 8 * kGroups) {
    __m256i c[kGroups][4], o[4];
    avx2::philox8g<kGroups>(keys, first + static_cast<uint64_t>(b), 0, 0, c);
    for (int g = 0; g < kGroups; ++g) {
      avx2::block_order(c[g], o);
      for (int k = 0; k < 4; ++k) store(out + 2 * (b + 8 * g) + 4 * k, top53_unit(o[k]));
    }
  }
  for (; b + 8 <= nblocks; b += 8) {
    __m256i c[4], o[4];
    avx2::philox8(keys, first + static_cast<uint64_t>(b), 0, 0, c);
    avx2::block_order(c, o);
    for (int k = 0; k < 4; ++k) store(out + 2 * b + 4 * k, top53_unit(o[k]));
  }
  if (aligned) _mm_sfence();
}

void integers_avx2(uint64_t seed, uint64_t first, int64_t nblocks, uint64_t low, uint32_t range,
                   int64_t* out) {
  // floor(U * range / 2^128) of the 128-bit U = (w3 w2 w1 w0) by 32-bit limbs with carries:
  // every partial sum w_j * range + carry fits in 64 bits because range < 2^32.
  const avx2::RoundKeys keys(seed);
  const __m256i r = _mm256_set1_epi64x(range), vlow = _mm256_set1_epi64x(static_cast<int64_t>(low));
  auto reduce = [&](const __m256i c[4], int64_t* dst) {
    __m256i res[2];
    for (int half = 0; half < 2; ++half) {  // even blocks (0, 2, 4, 6), then odd ones
      __m256i t = _mm256_setzero_si256();
      for (int j = 0; j < 4; ++j) {
        const __m256i w = half ? _mm256_srli_epi64(c[j], 32) : c[j];
        t = _mm256_add_epi64(_mm256_mul_epu32(w, r), _mm256_srli_epi64(t, 32));
      }
      res[half] = _mm256_add_epi64(_mm256_srli_epi64(t, 32), vlow);
    }
    const __m256i lo2 = _mm256_unpacklo_epi64(res[0], res[1]);  // blocks 0, 1 | 4, 5
    const __m256i hi2 = _mm256_unpackhi_epi64(res[0], res[1]);  // blocks 2, 3 | 6, 7
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst), _mm256_permute2x128_si256(lo2, hi2, 0x20));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + 4),
                        _mm256_permute2x128_si256(lo2, hi2, 0x31));
  };
  int64_t b = 0;
  for (; b + 8 * kGroups <= nblocks; b += 8 * kGroups) {
    __m256i c[kGroups][4];
    avx2::philox8g<kGroups>(keys, first + static_cast<uint64_t>(b), 0, 0, c);
    for (int g = 0; g < kGroups; ++g) reduce(c[g], out + b + 8 * g);
  }
  for (; b + 8 <= nblocks; b += 8) {
    __m256i c[4];
    avx2::philox8(keys, first + static_cast<uint64_t>(b), 0, 0, c);
    reduce(c, out + b);
  }
}

}  // namespace dp::host
#endif
