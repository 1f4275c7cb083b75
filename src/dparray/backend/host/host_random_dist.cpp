// Host distributions: random_dist.cl compiled as C++, elements spread over the cores.
// Element i depends only on (seed, offset, i, params), so the split does not matter.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/philox_avx2.h"
#include "dparray/ops/random_dist.h"
#include "dparray/ops/random_dist_math.h"

namespace dp::host {

namespace {

// The tag of random_dist.cl's sub-stream counters (word 3).
constexpr uint32_t kTag = 0x44495354u;

// Element streams of [i0, i1) with rounds 0 and 1 made up to 64 elements at a time on AVX2.
class Streams {
 public:
  Streams(uint64_t seed, uint64_t offset, int64_t i1)
      : seed_(seed), offset_(offset), i1_(i1), avx2_(philox_avx2_available()) {}

  // The sub-stream of element i (elements in increasing order).
  void start(philox::dp_rd_stream* s, int64_t i) {
    philox::dp_rd_init(s, seed_, offset_, static_cast<uint64_t>(i));
#if DPARRAY_HAVE_AVX2_TU
    if (avx2_ && i >= w1_ && i + 8 <= i1_) {
      const int64_t m = std::min<int64_t>(kWindow, (i1_ - i) / 8 * 8);
      philox_avx2_blocks(seed_, offset_ + static_cast<uint64_t>(i), m, 0, kTag, w_[0]);
      philox_avx2_blocks(seed_, offset_ + static_cast<uint64_t>(i), m, 1, kTag, w_[1]);
      w0_ = i;
      w1_ = i + m;
    }
    if (i < w1_) {
      for (int j = 0; j < 4; ++j) {
        s->buf.v[j] = w_[0][4 * (i - w0_) + j];
        s->next.v[j] = w_[1][4 * (i - w0_) + j];
      }
      s->round = 1;
      s->pos = 0;
      s->has_next = 1;
    }
#endif
  }

 private:
  uint64_t seed_, offset_;
  int64_t i1_;
  bool avx2_;
  int64_t w0_ = 0, w1_ = 0;               // the elements whose blocks w_ holds
  static constexpr int64_t kWindow = 64;  // elements whose blocks are made together
  alignas(32) uint32_t w_[2][4 * kWindow];
};

// Gamma with one shape > 1 and one scale, a chunk of elements at a time: the first attempt
// of every element with vector math (random_gamma_avx2.cpp), a second one for the first
// polar rejections, the per-element code for the rest; returns the first element not done.
template <class V>
int64_t fill_gamma_chunks(uint64_t seed, uint64_t offset, double shape, double scale, V* out,
                          int64_t i0, int64_t i1) {
#if DPARRAY_HAVE_AVX2_TU
  if (!philox_avx2_available()) return i0;
  constexpr int kChunk = 64;
  // Rounds 0 and 1 of the chunk's element streams; round 2 of the retried ones, by slot.
  alignas(32) uint32_t w0[4 * kChunk], w1[4 * kChunk], w2[4 * (kChunk + 8)];
  alignas(32) double g[4], g1[kChunk];
  int8_t state[kChunk];
  int retry[kChunk], rest[kChunk];
  const uint32_t *pair[4], *unif[4];
  philox::dp_rd_stream s;
  const double b = shape - 1.0 / 3.0, c3 = 1.0 / std::sqrt(9.0 * b);  // as dp_rd_std_gamma
  for (; i0 + kChunk <= i1; i0 += kChunk) {
    const uint64_t c = offset + static_cast<uint64_t>(i0);  // the chunk's first counter
    philox_avx2_blocks(seed, c, kChunk, 0, kTag, w0);
    philox_avx2_blocks(seed, c, kChunk, 1, kTag, w1);
    gamma_first_avx2(w0, w1, kChunk, b, c3, scale, g1, state);
    int nretry = 0, nrest = 0, polar = 0;
    for (int e = 0; e < kChunk; ++e) {
      if (state[e] == 0)
        out[i0 + e] = static_cast<V>(g1[e]);
      else if (state[e] == 1)
        rest[nrest++] = e;
      else
        retry[nretry++] = e;
    }
    // After a polar rejection the element's next attempt is round 1's pair and round 2's
    // uniform; lanes past nretry repeat the last element and are ignored.
    for (int r = 0; r < nretry; r += 8) {
      uint64_t ctr[8];
      for (int q = 0; q < 8; ++q) ctr[q] = c + retry[std::min(r + q, nretry - 1)];
      philox8_avx2_at(seed, ctr, 2, kTag, w2 + 4 * r);
      for (int h = r; h < r + 8 && h < nretry; h += 4) {
        for (int k = 0; k < 4; ++k) {
          const int slot = std::min(h + k, nretry - 1);
          pair[k] = w1 + 4 * retry[slot];
          unif[k] = w2 + 4 * slot;
        }
        const int done = gamma_attempt_avx2(pair, unif, b, c3, scale, g, &polar);
        for (int k = 0; k < 4 && h + k < nretry; ++k) {
          if (done & (1 << k))
            out[i0 + retry[h + k]] = static_cast<V>(g[k]);
          else
            rest[nrest++] = retry[h + k];
        }
      }
    }
    for (int q = 0; q < nrest; ++q) {
      // The element's own stream with its first two blocks made (as Streams::start).
      const int e = rest[q];
      philox::dp_rd_init(&s, seed, offset, static_cast<uint64_t>(i0 + e));
      for (int j = 0; j < 4; ++j) {
        s.buf.v[j] = w0[4 * e + j];
        s.next.v[j] = w1[4 * e + j];
      }
      s.round = 1;
      s.pos = 0;
      s.has_next = 1;
      out[i0 + e] = static_cast<V>(scale * philox::dp_rd_std_gamma(&s, shape));
    }
  }
#else
  (void)seed, (void)offset, (void)shape, (void)scale, (void)out, (void)i1;
#endif
  return i0;
}

template <class V>
void fill_range(int dist, uint64_t seed, uint64_t offset, const double* const* p,
                const int64_t* step, V* out, int64_t i0, int64_t i1) {
  philox::dp_rd_stream s;
  if (dist == DP_RD_STANDARD_GAMMA && step[0] == 0 && step[1] == 0 && p[0][0] > 1.0 &&
      p[0][0] < 1e300)
    i0 = fill_gamma_chunks(seed, offset, p[0][0], p[1][0], out, i0, i1);
  Streams streams(seed, offset, i1);
  if (dist == DP_RD_POISSON && step[0] == 0 && p[0][0] >= 10.0) {
    // One lam for every element: PTRS's constants once (the values dp_rd_poisson makes).
    const philox::dp_rd_ptrs c = philox::dp_rd_ptrs_setup(p[0][0]);
    for (int64_t i = i0; i < i1; ++i) {
      streams.start(&s, i);
      out[i] = static_cast<V>(philox::dp_rd_poisson_ptrs(&s, c));
    }
    return;
  }
  for (int64_t i = i0; i < i1; ++i) {
    streams.start(&s, i);
    const double v =
        philox::dp_rd_sample(dist, &s, p[0][i * step[0]], p[1][i * step[1]], p[2][i * step[2]]);
    out[i] = static_cast<V>(v);
  }
}

}  // namespace

void random_dist(const Queue& q, int dist, uint64_t seed, uint64_t offset,
                 const std::vector<Array>& params, const Array& out) {
  static_cast<HostQueue&>(*q).submit("random", out.size() * 16, [=]() {
    static const double kZero = 0.0;
    const double* p[3] = {&kZero, &kZero, &kZero};
    int64_t step[3] = {0, 0, 0};
    for (size_t k = 0; k < params.size() && k < 3; ++k) {
      p[k] = reinterpret_cast<const double*>(params[k].host_data());
      step[k] = params[k].size() == 1 ? 0 : 1;
    }
    const int64_t n = out.size();
    char* base = out.host_data();
    auto run = [&](auto* o) {
      tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, 4096),
                        [&](const tbb::blocked_range<int64_t>& r) {
                          fill_range(dist, seed, offset, p, step, o, r.begin(), r.end());
                        });
    };
    if (out.dtype == DType::Float64)
      run(reinterpret_cast<double*>(base));
    else if (out.dtype == DType::Float32)
      run(reinterpret_cast<float*>(base));
    else
      run(reinterpret_cast<int64_t*>(base));
  });
}

}  // namespace dp::host
