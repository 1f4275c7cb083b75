// Host distributions: random_dist.cl compiled as C++, elements spread over the cores.
// Element i depends only on (seed, offset, i, params), so the split does not matter.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <string>

#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/philox_avx2.h"
#include "dparray/ops/random_dist.h"
#include "dparray/ops/random_dist_math.h"

namespace dp::host {

namespace {

// The tag of random_dist.cl's sub-stream counters (word 3).
constexpr uint32_t kTag = 0x44495354u;

// Element streams of [i0, i1) with rounds 0 and 1 made eight elements at a time on AVX2.
class Streams {
 public:
  Streams(uint64_t seed, uint64_t offset, int64_t i1)
      : seed_(seed), offset_(offset), i1_(i1), avx2_(philox_avx2_available()) {}

  // The sub-stream of element i (elements in increasing order).
  void start(philox::dp_rd_stream* s, int64_t i) {
    philox::dp_rd_init(s, seed_, offset_, static_cast<uint64_t>(i));
#if DPARRAY_HAVE_AVX2_TU
    if (avx2_ && i >= w1_ && i + 8 <= i1_) {
      philox8_avx2(seed_, offset_ + static_cast<uint64_t>(i), 0, kTag, w_[0]);
      philox8_avx2(seed_, offset_ + static_cast<uint64_t>(i), 1, kTag, w_[1]);
      w0_ = i;
      w1_ = i + 8;
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
  int64_t w0_ = 0, w1_ = 0;  // the elements whose blocks w_ holds
  alignas(32) uint32_t w_[2][32];
};

template <class V>
void fill_range(int dist, uint64_t seed, uint64_t offset, const double* const* p,
                const int64_t* step, V* out, int64_t i0, int64_t i1) {
  philox::dp_rd_stream s;
  Streams streams(seed, offset, i1);
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
