// Eight Philox4x32-10 blocks at a time with AVX2 (the same words as dp_philox_block):
// counters (first + i, c2, c3) for i < 8, one key. Built with -mavx2
// (CMake's *_avx2.cpp rule) and called only after host_random.cpp checked the CPU.
#if defined(__AVX2__)
#include "dparray/backend/host/philox_avx2.h"

#include <immintrin.h>

#include <cstdint>

namespace dp::host {

namespace {

// hi:lo of the eight 32 x 32 -> 64-bit products a[i] * m.
inline void mulhilo(__m256i a, __m256i m, __m256i* hi, __m256i* lo) {
  const __m256i even = _mm256_mul_epu32(a, m);
  const __m256i odd = _mm256_mul_epu32(_mm256_srli_epi64(a, 32), m);
  *lo = _mm256_blend_epi32(even, _mm256_slli_epi64(odd, 32), 0xAA);
  *hi = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0xAA);
}

}  // namespace

void philox8_avx2(uint64_t seed, uint64_t first, uint32_t c2w, uint32_t c3w, uint32_t* words) {
  alignas(32) uint32_t lo[8], hi[8];
  for (int i = 0; i < 8; ++i) {
    const uint64_t c = first + static_cast<uint64_t>(i);
    lo[i] = static_cast<uint32_t>(c);
    hi[i] = static_cast<uint32_t>(c >> 32);
  }
  __m256i c0 = _mm256_load_si256(reinterpret_cast<const __m256i*>(lo));
  __m256i c1 = _mm256_load_si256(reinterpret_cast<const __m256i*>(hi));
  __m256i c2 = _mm256_set1_epi32(static_cast<int>(c2w)),
          c3 = _mm256_set1_epi32(static_cast<int>(c3w));
  uint32_t k0 = static_cast<uint32_t>(seed), k1 = static_cast<uint32_t>(seed >> 32);
  const __m256i m0 = _mm256_set1_epi64x(0xD2511F53u), m1 = _mm256_set1_epi64x(0xCD9E8D57u);
  for (int r = 0; r < 10; ++r) {
    __m256i h0, l0, h1, l1;
    mulhilo(c0, m0, &h0, &l0);
    mulhilo(c2, m1, &h1, &l1);
    const __m256i n0 =
        _mm256_xor_si256(_mm256_xor_si256(h1, c1), _mm256_set1_epi32(static_cast<int>(k0)));
    const __m256i n2 =
        _mm256_xor_si256(_mm256_xor_si256(h0, c3), _mm256_set1_epi32(static_cast<int>(k1)));
    c0 = n0;
    c1 = l1;
    c2 = n2;
    c3 = l0;
    k0 += 0x9E3779B9u;
    k1 += 0xBB67AE85u;
  }
  alignas(32) uint32_t w[4][8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(w[0]), c0);
  _mm256_store_si256(reinterpret_cast<__m256i*>(w[1]), c1);
  _mm256_store_si256(reinterpret_cast<__m256i*>(w[2]), c2);
  _mm256_store_si256(reinterpret_cast<__m256i*>(w[3]), c3);
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 4; ++j) words[4 * i + j] = w[j][i];
}

}  // namespace dp::host
#endif
