// Host random numbers: the Philox streams of philox.cl (via ops/philox.h), one block of
// four words per loop step, blocks spread over the device's cores.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <string>
#include <type_traits>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/parallel.h"
#include "dparray/backend/host/philox_avx2.h"
#include "dparray/backend/host/types.h"
#include "dparray/ops/philox.h"
#include "dparray/ops/random.h"
#include "dparray/runtime/errors.h"

namespace dp::host {

namespace {

using namespace dp::philox;

struct Stream {
  RandomDist dist;
  uint64_t seed, offset;
  double p1, p2;
};

constexpr int64_t kBatch = 64;  // blocks generated together (eight at a time on AVX2)

// Words of blocks [b0, b0 + nb) of the stream (nb <= kBatch): w[4 i + j] is word j of block b0 + i.
void stream_blocks(const Stream& s, int64_t b0, int64_t nb, uint32_t* w) {
  int64_t i = 0;
#if DPARRAY_HAVE_AVX2_TU
  if (philox_avx2_available()) {
    i = nb / 8 * 8;
    philox_avx2_blocks(s.seed, s.offset + static_cast<uint64_t>(b0), i, 0, 0, w);
  }
#endif
  for (; i < nb; ++i) {
    const dp_u32x4 x = dp_philox_block(s.seed, s.offset, static_cast<uint64_t>(b0 + i));
    for (int j = 0; j < 4; ++j) w[4 * i + j] = x.v[j];
  }
}

// Runs per_block(b, words of b) for blocks [b0, b1), generated a batch at a time.
template <class F>
void for_blocks(const Stream& s, int64_t b0, int64_t b1, F&& per_block) {
  alignas(32) uint32_t w[4 * kBatch];
  for (int64_t c = b0; c < b1; c += kBatch) {
    const int64_t nb = std::min(kBatch, b1 - c);
    stream_blocks(s, c, nb, w);
    for (int64_t i = 0; i < nb; ++i) {
      dp_u32x4 x;
      for (int j = 0; j < 4; ++j) x.v[j] = w[4 * i + j];
      per_block(c + i, x);
    }
  }
}

// Normals of blocks [b0, b1) a batch at a time with vector math; false without AVX2.
template <class V>
bool fill_normal_batches(const Stream& s, V* out, int64_t n, int64_t b0, int64_t b1) {
#if DPARRAY_HAVE_AVX2_TU
  if (!philox_avx2_available()) return false;
  constexpr bool f64 = std::is_same_v<V, double>;
  constexpr int per = f64 ? DP_RAND_PER_BLOCK_F64 : DP_RAND_PER_BLOCK_F32;
  alignas(32) uint32_t w[4 * kBatch];
  alignas(32) std::conditional_t<f64, double, float> z[4 * kBatch];
  for (int64_t c = b0; c < b1; c += kBatch) {
    const int64_t nb = std::min(kBatch, b1 - c);
    stream_blocks(s, c, nb, w);
    if constexpr (f64)
      normal_f64_avx2(w, nb, s.p1, s.p2, z);
    else
      normal_f32_avx2(w, 2 * nb, static_cast<float>(s.p1), static_cast<float>(s.p2), z);
    const int64_t i0 = c * per, m = std::min<int64_t>(nb * per, n - i0);
    for (int64_t i = 0; i < m; ++i) out[i0 + i] = static_cast<V>(z[i]);
  }
  return true;
#else
  (void)s, (void)out, (void)n, (void)b0, (void)b1;
  return false;
#endif
}

// Elements [b * per, min(n, (b + 1) * per)) of block b, for blocks [b0, b1).
template <class V>
void fill_f32(const Stream& s, V* out, int64_t n, int64_t b0, int64_t b1) {
  const float lo = static_cast<float>(s.p1), hi = static_cast<float>(s.p2);
  if (s.dist == RandomDist::Normal && fill_normal_batches(s, out, n, b0, b1)) return;
  for_blocks(s, b0, b1, [&](int64_t b, const dp_u32x4& w) {
    const int64_t i0 = b * DP_RAND_PER_BLOCK_F32;
    const int m = static_cast<int>(std::min<int64_t>(DP_RAND_PER_BLOCK_F32, n - i0));
    if (s.dist == RandomDist::Uniform) {
      for (int j = 0; j < m; ++j) out[i0 + j] = static_cast<V>(dp_uniform_f32_word(w.v[j], lo, hi));
    } else {
      for (int j = 0; j < m; j += 2) {
        dp_f32x2 z = dp_normal_f32_words(w.v[j], w.v[j + 1], lo, hi);
        out[i0 + j] = static_cast<V>(z.z0);
        if (j + 1 < m) out[i0 + j + 1] = static_cast<V>(z.z1);
      }
    }
  });
}

void fill_f64(const Stream& s, double* out, int64_t n, int64_t b0, int64_t b1) {
  if (s.dist == RandomDist::Normal && fill_normal_batches(s, out, n, b0, b1)) return;
#if DPARRAY_HAVE_AVX2_TU
  if (s.dist == RandomDist::Uniform && philox_avx2_available()) {
    // Whole blocks (both elements below n) in groups of eight straight from the registers.
    const int64_t nb = std::max<int64_t>(0, std::min(b1, n / 2) - b0) / 8 * 8;
    const bool big = n >= (int64_t(1) << 21);  // 16 MiB and more: past the caches
    uniform_f64_avx2(s.seed, s.offset + static_cast<uint64_t>(b0), nb, s.p1, s.p2, out + 2 * b0,
                     big);
    b0 += nb;
  }
#endif
  for_blocks(s, b0, b1, [&](int64_t b, const dp_u32x4& w) {
    const int64_t i0 = b * DP_RAND_PER_BLOCK_F64;
    const int m = static_cast<int>(std::min<int64_t>(DP_RAND_PER_BLOCK_F64, n - i0));
    if (s.dist == RandomDist::Uniform) {
      for (int j = 0; j < m; ++j)
        out[i0 + j] = dp_uniform_f64_words(w.v[2 * j], w.v[2 * j + 1], s.p1, s.p2);
    } else {
      dp_f64x2 z = dp_normal_f64_pair(w, s.p1, s.p2);
      out[i0] = z.z0;
      if (m > 1) out[i0 + 1] = z.z1;
    }
  });
}

template <class V>
void fill_int(const Stream& s, V* out, int64_t b0, int64_t b1) {
  uint64_t low, range;
  integer_bounds(s.p1, s.p2, &low, &range);
#if DPARRAY_HAVE_AVX2_TU
  if constexpr (std::is_same_v<V, int64_t> || std::is_same_v<V, uint64_t>) {
    if (range != 0 && range < (uint64_t(1) << 32) && philox_avx2_available()) {
      const int64_t nb = (b1 - b0) / 8 * 8;
      integers_avx2(s.seed, s.offset + static_cast<uint64_t>(b0), nb, low,
                    static_cast<uint32_t>(range), reinterpret_cast<int64_t*>(out + b0));
      b0 += nb;
    }
  }
#endif
  for_blocks(s, b0, b1, [&](int64_t b, const dp_u32x4& w) {
    uint64_t v = dp_integer_block(w, low, range);
    if constexpr (std::is_same_v<V, bool>)
      out[b] = v != 0;
    else
      out[b] = static_cast<V>(v);  // in range by construction: truncation is exact
  });
}

// Runs body(b0, b1) over the blocks of n elements, in parallel when there are many.
template <class F>
void over_blocks(int64_t nblocks, F&& body) {
  const int64_t grain = kGrain / 8;
  if (nblocks <= grain) {
    body(int64_t(0), nblocks);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, nblocks, grain),
                    [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
}

}  // namespace

bool philox_avx2_available() {
#if DPARRAY_HAVE_AVX2_TU
  static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return ok;
#else
  return false;
#endif
}

void HostExecutor::random(const Queue& q, RandomDist dist, uint64_t seed, uint64_t offset,
                          double p1, double p2, const Array& out) {
  const bool ok = dist == RandomDist::Integer ? (is_integral(out.dtype) || out.dtype == DType::Bool)
                                              : is_floating(out.dtype);
  if (!ok)
    throw TypeError(std::string("[random] no host generator for dtype ") + name_of(out.dtype));
  if (!out.is_c_contiguous())
    throw std::invalid_argument("[random] the output must be C-contiguous");
  if (out.size() == 0) return;
  const Stream s{dist, seed, offset, p1, p2};
  static_cast<HostQueue&>(*q).submit("random", out.size(), [s, out]() {
    const int64_t n = out.size();
    const int64_t nblocks = static_cast<int64_t>(random_counters(s.dist, out.dtype, n));
    char* base = out.host_data();
    dispatch_dtype(out.dtype, [&]<DType T>() {
      using V = ctype_t<T>;
      V* o = reinterpret_cast<V*>(base);
      if constexpr (std::is_integral_v<V>) {
        over_blocks(nblocks, [&](int64_t b0, int64_t b1) { fill_int(s, o, b0, b1); });
      } else if constexpr (std::is_same_v<V, double>) {
        over_blocks(nblocks, [&](int64_t b0, int64_t b1) { fill_f64(s, o, n, b0, b1); });
      } else if constexpr (std::is_same_v<V, float> || std::is_same_v<V, half>) {
        over_blocks(nblocks, [&](int64_t b0, int64_t b1) { fill_f32(s, o, n, b0, b1); });
      }
    });
  });
}

}  // namespace dp::host
