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

template <class V>
void fill_range(int dist, uint64_t seed, uint64_t offset, const double* const* p,
                const int64_t* step, V* out, int64_t i0, int64_t i1) {
  philox::dp_rd_stream s;
  alignas(32) uint32_t w[2][32];
  const bool avx2 = philox_avx2_available();
  int64_t w0 = 0, w1 = 0;  // the elements whose round-0 and round-1 blocks w holds
  for (int64_t i = i0; i < i1; ++i) {
    philox::dp_rd_init(&s, seed, offset, static_cast<uint64_t>(i));
#if DPARRAY_HAVE_AVX2_TU
    // Rounds 0 and 1 of eight consecutive elements at once: the blocks dp_rd_next64 makes.
    if (avx2 && i >= w1 && i + 8 <= i1) {
      philox8_avx2(seed, offset + static_cast<uint64_t>(i), 0, kTag, w[0]);
      philox8_avx2(seed, offset + static_cast<uint64_t>(i), 1, kTag, w[1]);
      w0 = i;
      w1 = i + 8;
    }
    if (i < w1) {
      for (int j = 0; j < 4; ++j) {
        s.buf.v[j] = w[0][4 * (i - w0) + j];
        s.next.v[j] = w[1][4 * (i - w0) + j];
      }
      s.round = 1;
      s.pos = 0;
      s.has_next = 1;
    }
#else
    (void)avx2;
    (void)w0;
    (void)w1;
#endif
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
