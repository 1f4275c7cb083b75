// Philox4x32-10 (philox.cl) against the known-answer vectors of Random123 (Salmon et al.,
// SC'11), and the stream layout every backend relies on.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "dparray/ops/philox.h"
#include "dparray/ops/random.h"

using namespace dp::philox;

namespace {

dp_u32x4 ctr(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return dp_u32x4{{a, b, c, d}}; }

void expect_words(const dp_u32x4& got, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  EXPECT_EQ(got.v[0], a);
  EXPECT_EQ(got.v[1], b);
  EXPECT_EQ(got.v[2], c);
  EXPECT_EQ(got.v[3], d);
}

}  // namespace

TEST(Philox, KnownAnswerZero) {
  expect_words(dp_philox4x32_10(ctr(0, 0, 0, 0), 0, 0), 0x6627e8d5, 0xe169c58d, 0xbc57ac4c,
               0x9b00dbd8);
}

TEST(Philox, KnownAnswerAllOnes) {
  const uint32_t f = 0xffffffffu;
  expect_words(dp_philox4x32_10(ctr(f, f, f, f), f, f), 0x408f276d, 0x41c83b0e, 0xa20bc7c6,
               0x6d5451fd);
}

TEST(Philox, KnownAnswerPi) {
  expect_words(
      dp_philox4x32_10(ctr(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344), 0xa4093822, 0x299f31d0),
      0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1);
}

TEST(Philox, BlockIsCounterOffsetPlusBlockKeyedBySeed) {
  const uint64_t seed = 0x0123456789abcdefull, offset = 0xfffffffffull;
  dp_u32x4 want = dp_philox4x32_10(ctr(0x00000004, 0x10, 0, 0), 0x89abcdef, 0x01234567);
  dp_u32x4 got = dp_philox_block(seed, offset, 5);
  for (int j = 0; j < 4; ++j) EXPECT_EQ(got.v[j], want.v[j]);
}

TEST(Philox, UniformFloat32UsesTop24BitsOfOneWord) {
  dp_u32x4 b = dp_philox_block(7, 3, 2);
  for (int j = 0; j < 4; ++j) {
    float u = dp_rand_uniform_f32(7, 3, 8 + j, 0.0f, 1.0f);
    EXPECT_EQ(u, float(b.v[j] >> 8) / 16777216.0f);
  }
  EXPECT_EQ(dp_uniform_f32_word(0xffffffffu, 0.0f, 1.0f), 1.0f - 1.0f / 16777216.0f);
  EXPECT_EQ(dp_uniform_f32_word(0, -2.0f, 2.0f), -2.0f);
}

TEST(Philox, UniformFloat64Uses53Bits) {
  dp_u32x4 b = dp_philox_block(11, 0, 1);
  uint64_t x = (uint64_t(b.v[3]) << 32) | b.v[2];
  EXPECT_EQ(dp_rand_uniform_f64(11, 0, 3, 0.0, 1.0), double(x >> 11) / 9007199254740992.0);
  EXPECT_EQ(dp_uniform_f64_words(0xffffffffu, 0xffffffffu, 0.0, 1.0),
            1.0 - 1.0 / 9007199254740992.0);
}

TEST(Philox, NormalPairsAreBoxMuller) {
  dp_u32x4 b = dp_philox_block(5, 0, 0);
  float u1 = (float(b.v[0] >> 8) + 1.0f) / 16777216.0f, u2 = float(b.v[1] >> 8) / 16777216.0f;
  float r = std::sqrt(-2.0f * std::log(u1)), th = 6.28318530717958647692f * u2;
  EXPECT_FLOAT_EQ(dp_rand_normal_f32(5, 0, 0, 0.0f, 1.0f), r * std::cos(th));
  EXPECT_FLOAT_EQ(dp_rand_normal_f32(5, 0, 1, 0.0f, 1.0f), r * std::sin(th));
  EXPECT_FLOAT_EQ(dp_rand_normal_f32(5, 0, 1, 3.0f, 2.0f), 3.0f + 2.0f * r * std::sin(th));
  // float64: one block per pair.
  double z0 = dp_rand_normal_f64(5, 0, 0, 0.0, 1.0), z1 = dp_rand_normal_f64(5, 0, 1, 0.0, 1.0);
  EXPECT_TRUE(std::isfinite(z0) && std::isfinite(z1));
  EXPECT_NE(z0, z1);
}

TEST(Philox, IntegersCoverTheRangeAndStayInside) {
  std::set<uint64_t> seen;
  for (uint64_t i = 0; i < 2000; ++i) {
    uint64_t v = dp_rand_integer(42, 0, i, uint64_t(-3), 7);  // [-3, 4)
    int64_t s = static_cast<int64_t>(v);
    ASSERT_GE(s, -3);
    ASSERT_LT(s, 4);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 7u);
  // Range 2^64 (encoded 0) returns the high 64 bits of the block.
  dp_u32x4 b = dp_philox_block(42, 0, 9);
  EXPECT_EQ(dp_rand_integer(42, 0, 9, 0, 0), (uint64_t(b.v[3]) << 32) | b.v[2]);
  // Range 1 always gives low.
  EXPECT_EQ(dp_rand_integer(42, 0, 9, 17, 1), 17u);
}

TEST(Philox, IntegerBoundsFromDoubles) {
  uint64_t low, range;
  dp::integer_bounds(-9223372036854775808.0, 9223372036854775808.0, &low, &range);
  EXPECT_EQ(low, uint64_t(1) << 63);
  EXPECT_EQ(range, 0u);  // 2^64
  dp::integer_bounds(0.0, 18446744073709551616.0, &low, &range);
  EXPECT_EQ(low, 0u);
  EXPECT_EQ(range, 0u);
  dp::integer_bounds(-5.0, 3.0, &low, &range);
  EXPECT_EQ(static_cast<int64_t>(low), -5);
  EXPECT_EQ(range, 8u);
  dp::integer_bounds(4611686018427387904.0, 13835058055282163712.0, &low, &range);
  EXPECT_EQ(low, uint64_t(1) << 62);
  EXPECT_EQ(range, uint64_t(1) << 63);
}

TEST(Philox, CountersPerCall) {
  using dp::DType;
  using dp::RandomDist;
  EXPECT_EQ(dp::random_counters(RandomDist::Uniform, DType::Float32, 9), 3u);
  EXPECT_EQ(dp::random_counters(RandomDist::Normal, DType::Float16, 4), 1u);
  EXPECT_EQ(dp::random_counters(RandomDist::Uniform, DType::Float64, 9), 5u);
  EXPECT_EQ(dp::random_counters(RandomDist::Normal, DType::Float64, 2), 1u);
  EXPECT_EQ(dp::random_counters(RandomDist::Integer, DType::Int8, 9), 9u);
  EXPECT_EQ(dp::random_counters(RandomDist::Integer, DType::Int64, 0), 0u);
}
