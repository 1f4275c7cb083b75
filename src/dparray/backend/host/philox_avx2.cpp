// Eight Philox4x32-10 blocks at a time with AVX2 (the same words as dp_philox_block):
// counters (first + i, c2, c3) for i < 8, one key. Built with -mavx2
// (CMake's *_avx2.cpp rule) and called only after host_random.cpp checked the CPU.
#if defined(__AVX2__)
#include "dparray/backend/host/philox_avx2.h"

#include "dparray/backend/host/philox_avx2_rounds.h"

namespace dp::host {

void philox8_avx2(uint64_t seed, uint64_t first, uint32_t c2w, uint32_t c3w, uint32_t* words) {
  __m256i c[4], o[4];
  avx2::philox8(avx2::RoundKeys(seed), first, c2w, c3w, c);
  avx2::block_order(c, o);
  for (int k = 0; k < 4; ++k) _mm256_storeu_si256(reinterpret_cast<__m256i*>(words + 8 * k), o[k]);
}

void philox_avx2_blocks(uint64_t seed, uint64_t first, int64_t nblocks, uint32_t c2w, uint32_t c3w,
                        uint32_t* words) {
  const avx2::RoundKeys keys(seed);
  int64_t b = 0;
  __m256i c[4][4], o[4];
  for (; b + 32 <= nblocks; b += 32) {  // four independent groups: overlapping latencies
    avx2::philox8g<4>(keys, first + static_cast<uint64_t>(b), c2w, c3w, c);
    for (int g = 0; g < 4; ++g) {
      avx2::block_order(c[g], o);
      for (int k = 0; k < 4; ++k)
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(words + 4 * (b + 8 * g) + 8 * k), o[k]);
    }
  }
  for (; b + 8 <= nblocks; b += 8) {
    avx2::philox8g<1>(keys, first + static_cast<uint64_t>(b), c2w, c3w, c);
    avx2::block_order(c[0], o);
    for (int k = 0; k < 4; ++k)
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(words + 4 * b + 8 * k), o[k]);
  }
}

void philox8_avx2_at(uint64_t seed, const uint64_t* counters, uint32_t c2w, uint32_t c3w,
                     uint32_t* words) {
  __m256i c[4], o[4];
  avx2::philox8(avx2::RoundKeys(seed),
                _mm256_loadu_si256(reinterpret_cast<const __m256i*>(counters)),
                _mm256_loadu_si256(reinterpret_cast<const __m256i*>(counters + 4)), c2w, c3w, c);
  avx2::block_order(c, o);
  for (int k = 0; k < 4; ++k) _mm256_storeu_si256(reinterpret_cast<__m256i*>(words + 8 * k), o[k]);
}

}  // namespace dp::host
#endif
