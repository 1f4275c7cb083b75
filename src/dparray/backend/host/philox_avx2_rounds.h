// The Philox4x32-10 rounds of eight blocks in AVX2 registers, for the *_avx2.cpp files
// only (needs -mavx2): c[j] holds word j of the eight blocks after the call.
#pragma once
#include <immintrin.h>

#include <cstdint>

namespace dp::host::avx2 {

// hi:lo of the eight 32 x 32 -> 64-bit products a[i] * m.
inline void mulhilo(__m256i a, __m256i m, __m256i* hi, __m256i* lo) {
  const __m256i even = _mm256_mul_epu32(a, m);
  const __m256i odd = _mm256_mul_epu32(_mm256_srli_epi64(a, 32), m);
  *lo = _mm256_blend_epi32(even, _mm256_slli_epi64(odd, 32), 0xAA);
  *hi = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0xAA);
}

// The round keys of seed, broadcast: keys[2 r] = k0 and keys[2 r + 1] = k1 of round r.
struct RoundKeys {
  __m256i k[20];
  explicit RoundKeys(uint64_t seed) {
    uint32_t k0 = static_cast<uint32_t>(seed), k1 = static_cast<uint32_t>(seed >> 32);
    for (int r = 0; r < 10; ++r) {
      k[2 * r] = _mm256_set1_epi32(static_cast<int>(k0));
      k[2 * r + 1] = _mm256_set1_epi32(static_cast<int>(k1));
      k0 += 0x9E3779B9u;
      k1 += 0xBB67AE85u;
    }
  }
};

// The counter words (lo32(k[i]), hi32(k[i])) of the eight 64-bit counters a = k[0 .. 3],
// b = k[4 .. 7].
inline void split_counters(__m256i a, __m256i b, __m256i* lo, __m256i* hi) {
  const __m256i idx = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
  const __m256i pa = _mm256_permutevar8x32_epi32(a, idx), pb = _mm256_permutevar8x32_epi32(b, idx);
  *lo = _mm256_permute2x128_si256(pa, pb, 0x20);
  *hi = _mm256_permute2x128_si256(pa, pb, 0x31);
}

// G groups of eight blocks whose words 0, 1 are in c[g][0], c[g][1] on entry (words 2, 3
// are c2, c3); c[g][j] holds word j after the ten rounds. The groups are independent, so
// their multiply latencies overlap.
template <int G>
inline void philox_rounds(const RoundKeys& keys, uint32_t c2w, uint32_t c3w, __m256i (*c)[4]) {
  const __m256i m0 = _mm256_set1_epi64x(0xD2511F53u), m1 = _mm256_set1_epi64x(0xCD9E8D57u);
  for (int g = 0; g < G; ++g) {
    c[g][2] = _mm256_set1_epi32(static_cast<int>(c2w));
    c[g][3] = _mm256_set1_epi32(static_cast<int>(c3w));
  }
  for (int r = 0; r < 10; ++r) {
    for (int g = 0; g < G; ++g) {
      __m256i h0, l0, h1, l1;
      mulhilo(c[g][0], m0, &h0, &l0);
      mulhilo(c[g][2], m1, &h1, &l1);
      c[g][0] = _mm256_xor_si256(_mm256_xor_si256(h1, c[g][1]), keys.k[2 * r]);
      c[g][1] = l1;
      c[g][2] = _mm256_xor_si256(_mm256_xor_si256(h0, c[g][3]), keys.k[2 * r + 1]);
      c[g][3] = l0;
    }
  }
}

// Blocks of the counters (lo32(k[i]), hi32(k[i]), c2, c3), i < 8: a holds k[0 .. 3] and b
// k[4 .. 7] as 64-bit lanes.
inline void philox8(const RoundKeys& keys, __m256i a, __m256i b, uint32_t c2w, uint32_t c3w,
                    __m256i c[4]) {
  __m256i s[1][4];
  split_counters(a, b, &s[0][0], &s[0][1]);
  philox_rounds<1>(keys, c2w, c3w, s);
  for (int j = 0; j < 4; ++j) c[j] = s[0][j];
}

// G groups of the blocks of counters (lo32(first + 8 g + i), hi32(...), c2, c3), i < 8.
template <int G>
inline void philox8g(const RoundKeys& keys, uint64_t first, uint32_t c2w, uint32_t c3w,
                     __m256i (*c)[4]) {
  const __m256i a = _mm256_add_epi64(_mm256_set1_epi64x(static_cast<int64_t>(first)),
                                     _mm256_setr_epi64x(0, 1, 2, 3));
  for (int g = 0; g < G; ++g) {
    const __m256i ag = _mm256_add_epi64(a, _mm256_set1_epi64x(8 * g));
    split_counters(ag, _mm256_add_epi64(ag, _mm256_set1_epi64x(4)), &c[g][0], &c[g][1]);
  }
  philox_rounds<G>(keys, c2w, c3w, c);
}

// Blocks of the counters (lo32(first + i), hi32(first + i), c2, c3), i < 8.
inline void philox8(const RoundKeys& keys, uint64_t first, uint32_t c2w, uint32_t c3w,
                    __m256i c[4]) {
  __m256i s[1][4];
  philox8g<1>(keys, first, c2w, c3w, s);
  for (int j = 0; j < 4; ++j) c[j] = s[0][j];
}

// The 64-bit words (w1:w0) and (w3:w2) of the eight blocks in block order: out[0] holds
// blocks 0, 1 as (b0 lo, b0 hi, b1 lo, b1 hi), out[1] blocks 2, 3, ... (the memory order of
// dp_philox_block's words).
inline void block_order(const __m256i c[4], __m256i out[4]) {
  const __m256i a_lo = _mm256_unpacklo_epi32(c[0], c[1]), a_hi = _mm256_unpackhi_epi32(c[0], c[1]);
  const __m256i b_lo = _mm256_unpacklo_epi32(c[2], c[3]), b_hi = _mm256_unpackhi_epi32(c[2], c[3]);
  // a_lo: (w1:w0) of blocks 0, 1 | 4, 5; a_hi: 2, 3 | 6, 7; b likewise for (w3:w2).
  const __m256i e01 = _mm256_unpacklo_epi64(a_lo, b_lo), o01 = _mm256_unpackhi_epi64(a_lo, b_lo);
  const __m256i e23 = _mm256_unpacklo_epi64(a_hi, b_hi), o23 = _mm256_unpackhi_epi64(a_hi, b_hi);
  out[0] = _mm256_permute2x128_si256(e01, o01, 0x20);
  out[2] = _mm256_permute2x128_si256(e01, o01, 0x31);
  out[1] = _mm256_permute2x128_si256(e23, o23, 0x20);
  out[3] = _mm256_permute2x128_si256(e23, o23, 0x31);
}

}  // namespace dp::host::avx2
