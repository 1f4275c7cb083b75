// The host's AVX2 Philox kernels (backend/host/philox_avx2.h) against the scalar stream of
// philox.cl: the same words, uniforms and integers, counters crossing 2^32 and 2^64.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "dparray/backend/host/philox_avx2.h"
#include "dparray/ops/philox.h"

#if defined(__x86_64__)
using namespace dp::philox;

namespace {

const uint64_t kSeeds[] = {0, 0x0123456789abcdefULL, ~0ULL};
const uint64_t kFirsts[] = {0, (uint64_t(1) << 32) - 13, ~0ULL - 20};

dp_u32x4 scalar_block(uint64_t seed, uint64_t counter, uint32_t c2, uint32_t c3) {
  const dp_u32x4 ctr{
      {static_cast<uint32_t>(counter), static_cast<uint32_t>(counter >> 32), c2, c3}};
  return dp_philox4x32_10(ctr, static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32));
}

}  // namespace

TEST(PhiloxAvx2, BlocksMatchTheScalarStream) {
  if (!dp::host::philox_avx2_available()) GTEST_SKIP() << "no AVX2";
  std::vector<uint32_t> w(4 * 72);
  for (uint64_t seed : kSeeds)
    for (uint64_t first : kFirsts)
      for (uint32_t c2 : {0u, 1u}) {
        const uint32_t c3 = c2 ? 0x44495354u : 0u;
        dp::host::philox_avx2_blocks(seed, first, 72, c2, c3, w.data());  // 2 x 32 + 8
        for (int i = 0; i < 72; ++i) {
          const dp_u32x4 x = scalar_block(seed, first + i, c2, c3);
          for (int j = 0; j < 4; ++j)
            ASSERT_EQ(w[4 * i + j], x.v[j]) << seed << " " << first << " " << i;
        }
        const uint64_t at[8] = {first, 7, first + 100, 3, ~0ULL, first + 1, 0, 1ULL << 40};
        dp::host::philox8_avx2_at(seed, at, c2, c3, w.data());
        for (int i = 0; i < 8; ++i) {
          const dp_u32x4 x = scalar_block(seed, at[i], c2, c3);
          for (int j = 0; j < 4; ++j) ASSERT_EQ(w[4 * i + j], x.v[j]);
        }
      }
}

TEST(PhiloxAvx2, UniformFloat64MatchesTheScalarWords) {
  if (!dp::host::philox_avx2_available()) GTEST_SKIP() << "no AVX2";
  alignas(32) double out[2 * 40];
  for (uint64_t seed : kSeeds)
    for (uint64_t first : kFirsts)
      for (double lo : {0.0, -2.5})
        for (bool nontemporal : {false, true}) {
          const double hi = lo == 0.0 ? 1.0 : 7.25;
          dp::host::uniform_f64_avx2(seed, first, 40, lo, hi, out, nontemporal);
          for (int b = 0; b < 40; ++b) {
            const dp_u32x4 x = dp_philox_block(seed, first, b);
            ASSERT_EQ(out[2 * b], dp_uniform_f64_words(x.v[0], x.v[1], lo, hi));
            ASSERT_EQ(out[2 * b + 1], dp_uniform_f64_words(x.v[2], x.v[3], lo, hi));
          }
        }
}

TEST(PhiloxAvx2, IntegersMatchTheScalarReduction) {
  if (!dp::host::philox_avx2_available()) GTEST_SKIP() << "no AVX2";
  int64_t out[40];
  for (uint64_t seed : kSeeds)
    for (uint64_t first : kFirsts)
      for (uint32_t range : {1u, 7u, 1000u, 0x80000005u, 0xffffffffu})
        for (uint64_t low : {uint64_t(0), uint64_t(-1000), uint64_t(1) << 63}) {
          dp::host::integers_avx2(seed, first, 40, low, range, out);
          for (int b = 0; b < 40; ++b)
            ASSERT_EQ(static_cast<uint64_t>(out[b]),
                      dp_integer_block(dp_philox_block(seed, first, b), low, range))
                << range << " " << b;
        }
}
#endif
