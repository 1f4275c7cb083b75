// PCG64 against NumPy's known state and words, its jump-ahead, and the per-element
// sub-streams of random_dist.cl that make distributions independent of thread count.
#include <gtest/gtest.h>

#include <cmath>

#include "dparray/ops/pcg64.h"
#include "dparray/ops/random_dist_math.h"

using dp::u128;
using namespace dp::philox;

namespace {
u128 join(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }
}  // namespace

// numpy.random.PCG64(42): SeedSequence(42).generate_state(4, uint64) seeds (state, inc).
TEST(Pcg64, SeedsAndDrawsAsNumPy) {
  dp::Pcg64 g = dp::pcg64_seeded(join(0x9f1e2e6dcd540ab7ull, 0xd57873dc79fb94b6ull),
                                 join(0x7d282a1b64d420b7ull, 0x336579714692d5ffull));
  EXPECT_TRUE(g.state == join(0xcea44f6798798f2aull, 0xacbc7c9d68860ac8ull));
  EXPECT_TRUE(g.inc == join(0xfa505436c9a8416eull, 0x66caf2e28d25abffull));
  EXPECT_EQ(dp::pcg64_next(g), 0xc621fbcd16d92688ull);
  EXPECT_EQ(dp::pcg64_next(g), 0x705a5661a791ffc1ull);
  EXPECT_EQ(dp::pcg64_next(g), 0xdbcd12c26eda1624ull);
}

TEST(Pcg64, AdvanceEqualsSteps) {
  dp::Pcg64 a = dp::pcg64_seeded(join(1, 2), join(3, 4)), b = a;
  for (int i = 0; i < 1000; ++i) dp::pcg64_next(a);
  dp::pcg64_advance(b, 1000);
  EXPECT_TRUE(a.state == b.state);
  EXPECT_EQ(dp::pcg64_next(a), dp::pcg64_next(b));
}

// Element i of a call at counter offset o is element 0 of a call at offset o + i.
TEST(RandomDist, ElementOwnsItsSubStream) {
  for (int dist : {DP_RD_POISSON, DP_RD_STANDARD_GAMMA, DP_RD_BINOMIAL, DP_RD_ZIPF}) {
    dp_rd_stream a, b;
    dp_rd_init(&a, 77, 10, 7);
    dp_rd_init(&b, 77, 17, 0);
    EXPECT_EQ(dp_rd_sample(dist, &a, 3.5, 0.4, 0), dp_rd_sample(dist, &b, 3.5, 0.4, 0));
  }
}

TEST(RandomDist, LogGammaMatchesLibm) {
  for (double x : {0.5, 1.0, 2.0, 3.5, 6.9, 7.0, 10.0, 123.25, 1e6})
    EXPECT_NEAR(dp_rd_loggam(x), std::lgamma(x), 1e-12 * std::max(1.0, std::fabs(std::lgamma(x))));
}

TEST(RandomDist, EdgeParameters) {
  dp_rd_stream s;
  dp_rd_init(&s, 1, 0, 0);
  EXPECT_EQ(dp_rd_sample(DP_RD_BINOMIAL, &s, 10, 0.0, 0), 0.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_BINOMIAL, &s, 10, 1.0, 0), 10.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_BINOMIAL, &s, 0, 0.5, 0), 0.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_POISSON, &s, 0.0, 0, 0), 0.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_GEOMETRIC, &s, 1.0, 0, 0), 1.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_HYPERGEOMETRIC, &s, 5, 0, 5), 5.0);
  EXPECT_EQ(dp_rd_sample(DP_RD_HYPERGEOMETRIC, &s, 0, 5, 3), 0.0);
  const double big = dp_rd_sample(DP_RD_POISSON, &s, 1e12, 0, 0);
  EXPECT_NEAR(big, 1e12, 1e7);
}
