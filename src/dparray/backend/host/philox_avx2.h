// Philox4x32-10 blocks eight at a time on AVX2 CPUs (philox_avx2.cpp).
#pragma once
#include <cstdint>

namespace dp::host {

// words[4 i + j] = word j of Philox4x32-10 keyed by seed of the counter
// (lo32(first + i), hi32(first + i), c2, c3), i < 8 (dp_philox_block when c2 = c3 = 0).
void philox8_avx2(uint64_t seed, uint64_t first, uint32_t c2, uint32_t c3, uint32_t* words);

// Whether philox8_avx2 is built and this CPU runs it.
bool philox_avx2_available();

}  // namespace dp::host

namespace dp::host {

// Box-Muller normals (mean, sd) of Philox words with SLEEF vector log / sincos
// (random_normal_avx2.cpp): out[2 p], out[2 p + 1] from pair p. float64: pair p is the
// block w[4 p .. 4 p + 3] (dp_normal_f64_pair); float32: the words w[2 p], w[2 p + 1]
// (dp_normal_f32_words).
void normal_f64_avx2(const uint32_t* w, int64_t npairs, double mean, double sd, double* out);
void normal_f32_avx2(const uint32_t* w, int64_t npairs, float mean, float sd, float* out);

// Uniforms in [lo, hi) of blocks [first, first + nblocks) written to out[0 .. 2 nblocks)
// (dp_uniform_f64_words of words (0, 1) and (2, 3)); whole groups of eight blocks only,
// the caller does the rest (random_fill_avx2.cpp). nontemporal: streaming stores (for
// outputs larger than the caches).
void uniform_f64_avx2(uint64_t seed, uint64_t first, int64_t nblocks, double lo, double hi,
                      double* out, bool nontemporal);

// low + dp_integer_block(block, low, range) of blocks [first, first + nblocks) for
// 0 < range < 2^32, to out[0 .. nblocks); whole groups of eight blocks only.
void integers_avx2(uint64_t seed, uint64_t first, int64_t nblocks, uint64_t low, uint32_t range,
                   int64_t* out);

// As philox8_avx2 for nblocks (a multiple of 8) consecutive counters first, first + 1, ...:
// words[4 i + j] = word j of block i; faster per block than eight at a time.
void philox_avx2_blocks(uint64_t seed, uint64_t first, int64_t nblocks, uint32_t c2, uint32_t c3,
                        uint32_t* words);

// As philox8_avx2 for the eight 64-bit counters counters[0 .. 8) (any values).
void philox8_avx2_at(uint64_t seed, const uint64_t* counters, uint32_t c2, uint32_t c3,
                     uint32_t* words);

// One attempt of random_dist.cl's Marsaglia-Tsang gamma(shape > 1) * scale for four
// elements (b = shape - 1/3, c = 1 / sqrt(9 b) as there): the polar normal from the block
// pair[k] and the squeeze / log tests with the uniform of words (0, 1) of unif[k]. Writes out[k]
// and sets bit k of the result for each accepted element k; bit k of *polar_ok says the polar pair
// was accepted (random_gamma_avx2.cpp).
int gamma_attempt_avx2(const uint32_t* const* pair, const uint32_t* const* unif, double b, double c,
                       double scale, double* out, int* polar_ok);

// The first attempt of n elements (n a multiple of 16) whose round-0 / round-1 blocks are
// w0 / w1 (block order): out[e] when state[e] = 0; state 1: polar pair accepted but not the
// rest (per-element code), 2: polar pair rejected (next attempt: round 1's pair).
void gamma_first_avx2(const uint32_t* w0, const uint32_t* w1, int n, double b, double c,
                      double scale, double* out, int8_t* state);

}  // namespace dp::host
