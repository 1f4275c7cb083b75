// HostExecutor::histogram (per-thread private bins over oneTBB, summed at the end) and
// HostExecutor::partition (std::nth_element per row, rows in parallel; one long row is first
// split around sampled pivots in parallel so that the selection runs on a small bucket).
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

// Elements per task of the histogram and of the parallel split of a long row.
constexpr int64_t kStatsGrain = int64_t(1) << 16;
// A single row at least this long is split in parallel before the selection.
constexpr int64_t kLongRow = int64_t(1) << 20;

// The bin of float64 v in nb bins with edges e (-1: outside or NaN), NumPy's rule.
inline int64_t edge_bin(double v, const double* e, int64_t nb, bool uniform, double lo,
                        double span) {
  if (!(v >= e[0] && v <= e[nb])) return -1;
  int64_t b;
  if (uniform) {
    b = static_cast<int64_t>((v - lo) / span * static_cast<double>(nb));
    if (b >= nb) b = nb - 1;
    if (b < 0) b = 0;
    if (v < e[b])
      --b;
    else if (b != nb - 1 && v >= e[b + 1])
      ++b;
  } else {
    b = std::upper_bound(e, e + nb + 1, v) - e - 1;
    if (b == nb) b = nb - 1;
  }
  return b;
}

template <class Acc>
void histogram_run(const Array& values, const Array* weights, const Array* edges, bool uniform,
                   const Array& out) {
  const int64_t n = values.size(), nb = out.shape[0];
  Acc* dst = reinterpret_cast<Acc*>(out.host_data());
  std::fill(dst, dst + nb, Acc(0));
  if (n == 0 || nb == 0) return;
  const double* w = weights ? reinterpret_cast<const double*>(weights->host_data()) : nullptr;
  const double* e = edges ? reinterpret_cast<const double*>(edges->host_data()) : nullptr;
  const double lo = e ? e[0] : 0.0, span = e ? e[nb] - e[0] : 0.0;
  auto add_range = [&](Acc* h, int64_t b0, int64_t b1) {
    if (e) {
      const double* v = reinterpret_cast<const double*>(values.host_data());
      for (int64_t i = b0; i < b1; ++i) {
        const int64_t b = edge_bin(v[i], e, nb, uniform, lo, span);
        if (b < 0) continue;
        if constexpr (std::is_same_v<Acc, double>)
          h[b] += w[i];
        else
          h[b] += 1;
      }
    } else {
      const int64_t* v = reinterpret_cast<const int64_t*>(values.host_data());
      for (int64_t i = b0; i < b1; ++i) {
        const int64_t b = v[i];
        if (b < 0 || b >= nb) continue;
        if constexpr (std::is_same_v<Acc, double>)
          h[b] += w[i];
        else
          h[b] += 1;
      }
    }
  };
  const int threads = tbb::this_task_arena::max_concurrency();
  // Private bins pay off while they are small beside the input.
  if (n <= kStatsGrain || threads <= 1 || nb * threads > 4 * n) {
    add_range(dst, 0, n);
    return;
  }
  tbb::enumerable_thread_specific<std::vector<Acc>> local(
      [nb] { return std::vector<Acc>(static_cast<size_t>(nb), Acc(0)); });
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, kStatsGrain),
                    [&](const tbb::blocked_range<int64_t>& r) {
                      add_range(local.local().data(), r.begin(), r.end());
                    });
  for (const std::vector<Acc>& h : local)
    for (int64_t b = 0; b < nb; ++b) dst[b] += h[b];
}

// sort's order for real values: NaNs after every number.
template <class V>
inline bool nan_last_less(V a, V b) {
  if constexpr (std::is_floating_point_v<V> || std::is_same_v<V, half>)
    return a < b || (b != b && a == a);
  else
    return a < b;
}

// nan_last_less as 0 / 1 without branches.
template <class V>
inline int less_bits(V a, V b) {
  if constexpr (std::is_floating_point_v<V> || std::is_same_v<V, half>)
    return static_cast<int>(a < b) | (static_cast<int>(b != b) & static_cast<int>(a == a));
  else
    return static_cast<int>(a < b);
}

// Partitions [first, first + n) for the ascending kth, largest first so that each
// selection works on the part left of the previous one.
template <class It, class Less>
void select_row(It first, int64_t n, const std::vector<int64_t>& kth, Less less) {
  int64_t hi = n;
  for (auto k = kth.rbegin(); k != kth.rend(); ++k) {
    if (*k >= hi) continue;  // a repeated kth, already in place
    std::nth_element(first, first + *k, first + hi, less);
    hi = *k;
  }
}

// One long row of values, split in parallel into buckets by pivots sampled around each kth
// (per-chunk counts, then a scatter); the selection then runs on the small buckets holding a
// kth. Bucket c holds the values v with p[c-1] < v <= p[c] in sort's order, so the buckets are
// consecutive ranges of the sorted row and a selection inside one is a partition of the whole.
// Returns false (nothing done) when there are too many kth for one pass.
template <class V>
bool split_long_row(const V* src, V* dst, int64_t n, const std::vector<int64_t>& kth) {
  if (kth.size() > 32) return false;  // each pivot costs a comparison per element
  const int64_t ns = 4096, margin = 96;
  std::vector<V> sample(ns);
  for (int64_t s = 0; s < ns; ++s) sample[s] = src[(s * 2 + 1) * (n / (2 * ns))];
  std::sort(sample.begin(), sample.end(), nan_last_less<V>);
  // Pivots bracketing the expected sample rank of each kth by `margin` sample steps; the
  // brackets of nearby kth merge into one.
  std::vector<V> piv;
  int64_t lo = -1, hi = -1;
  auto close = [&] {
    if (lo > 0) piv.push_back(sample[lo]);
    if (hi < ns - 1) piv.push_back(sample[hi]);
  };
  for (int64_t k : kth) {
    const int64_t r = k * ns / n;
    if (hi >= 0 && r - margin <= hi) {
      hi = std::min(r + margin, ns - 1);
      continue;
    }
    if (hi >= 0) close();
    lo = std::max<int64_t>(r - margin, 0);
    hi = std::min(r + margin, ns - 1);
  }
  close();
  std::sort(piv.begin(), piv.end(), nan_last_less<V>);
  piv.erase(std::unique(piv.begin(), piv.end(),
                        [](V a, V b) { return !nan_last_less(a, b) && !nan_last_less(b, a); }),
            piv.end());
  const int64_t nb = static_cast<int64_t>(piv.size()) + 1;
  const V* pv = piv.data();
  const int64_t np = nb - 1;
  // Buckets of a block of elements: a count of the pivots below each, pivot by pivot, so that
  // the inner loop runs over elements (vectorised, no branches to mispredict on random data).
  constexpr int64_t kBlock = 256;
  auto classify = [pv, np](const V* v, int64_t m, int64_t* cl) {
    for (int64_t i = 0; i < m; ++i) cl[i] = 0;
    for (int64_t j = 0; j < np; ++j) {
      const V p = pv[j];
      for (int64_t i = 0; i < m; ++i) cl[i] += less_bits(p, v[i]);
    }
  };
  const int64_t nchunk = (n + kStatsGrain - 1) / kStatsGrain;
  std::vector<int64_t> cnt(static_cast<size_t>(nchunk * nb), 0);
  tbb::parallel_for(int64_t(0), nchunk, [&](int64_t c) {
    int64_t* k = cnt.data() + c * nb;
    int64_t cl[kBlock];
    const int64_t e = std::min(n, (c + 1) * kStatsGrain);
    for (int64_t b0 = c * kStatsGrain; b0 < e; b0 += kBlock) {
      const int64_t m = std::min(kBlock, e - b0);
      classify(src + b0, m, cl);
      for (int64_t i = 0; i < m; ++i) ++k[cl[i]];
    }
  });
  // Bucket starts, then each chunk's exclusive offset within each bucket.
  std::vector<int64_t> start(static_cast<size_t>(nb + 1), 0);
  for (int64_t c = 0; c < nchunk; ++c)
    for (int64_t b = 0; b < nb; ++b) start[b + 1] += cnt[c * nb + b];
  for (int64_t b = 0; b < nb; ++b) start[b + 1] += start[b];
  std::vector<int64_t> run(start.begin(), start.end() - 1);
  for (int64_t c = 0; c < nchunk; ++c)
    for (int64_t b = 0; b < nb; ++b) {
      const int64_t v = cnt[c * nb + b];
      cnt[c * nb + b] = run[b];
      run[b] += v;
    }
  tbb::parallel_for(int64_t(0), nchunk, [&](int64_t c) {
    int64_t* o = cnt.data() + c * nb;
    int64_t cl[kBlock];
    const int64_t e = std::min(n, (c + 1) * kStatsGrain);
    for (int64_t b0 = c * kStatsGrain; b0 < e; b0 += kBlock) {
      const int64_t m = std::min(kBlock, e - b0);
      classify(src + b0, m, cl);
      for (int64_t i = 0; i < m; ++i) dst[o[cl[i]]++] = src[b0 + i];
    }
  });
  // The kth of each bucket, selected within it (buckets in parallel).
  std::vector<std::vector<int64_t>> local(static_cast<size_t>(nb));
  for (int64_t k : kth) {
    const int64_t b = std::upper_bound(start.begin(), start.end(), k) - start.begin() - 1;
    local[b].push_back(k - start[b]);
  }
  tbb::parallel_for(int64_t(0), nb, [&](int64_t b) {
    if (!local[b].empty())
      select_row(dst + start[b], start[b + 1] - start[b], local[b], nan_last_less<V>);
  });
  return true;
}

template <class V>
void partition_rows(const Array& in, const std::vector<int64_t>& kth, bool arg, const Array& out) {
  const int64_t n = in.shape.back(), rows = in.size() / n;
  const V* src = reinterpret_cast<const V*>(in.host_data());
  auto row = [&](int64_t r) {
    const V* s = src + r * n;
    if (arg) {
      int64_t* d = reinterpret_cast<int64_t*>(out.host_data()) + r * n;
      std::iota(d, d + n, int64_t(0));
      select_row(d, n, kth, [s](int64_t a, int64_t b) { return nan_last_less(s[a], s[b]); });
    } else {
      V* d = reinterpret_cast<V*>(out.host_data()) + r * n;
      if constexpr (!std::is_same_v<V, bool>)  // (vector<bool> has no data())
        if (n >= kLongRow && rows == 1 && split_long_row(s, d, n, kth)) return;
      std::memcpy(d, s, static_cast<size_t>(n) * sizeof(V));
      select_row(d, n, kth, nan_last_less<V>);
    }
  };
  if (rows == 1)
    row(0);
  else
    tbb::parallel_for(int64_t(0), rows, row);
}

}  // namespace

void HostExecutor::histogram(const Queue& q, const Array& values, const Array* weights,
                             const Array* edges, bool uniform, const Array& out) {
  const int64_t nb = out.ndim() == 1 ? out.shape[0] : -1;
  const bool ok = values.ndim() == 1 && values.is_c_contiguous() && out.is_c_contiguous() &&
                  nb >= 0 && values.dtype == (edges ? DType::Float64 : DType::Int64) &&
                  out.dtype == (weights ? DType::Float64 : DType::Int64) &&
                  (!weights || (weights->dtype == DType::Float64 && weights->is_c_contiguous() &&
                                weights->shape == values.shape)) &&
                  (!edges || (edges->dtype == DType::Float64 && edges->is_c_contiguous() &&
                              edges->shape == Shape{nb + 1} && nb >= 1));
  if (!ok)
    throw std::invalid_argument(
        "[histogram] the host kernel needs C-contiguous 1-D values (int64, or float64 with "
        "float64 edges of nbins + 1), float64 weights of their length and a 1-D output");
  Array w = weights ? *weights : Array{}, e = edges ? *edges : Array{};
  const bool has_w = weights != nullptr, has_e = edges != nullptr;
  hq(q).submit("histogram", values.size(), [values, w, e, has_w, has_e, uniform, out]() {
    if (has_w)
      histogram_run<double>(values, &w, has_e ? &e : nullptr, uniform, out);
    else
      histogram_run<int64_t>(values, nullptr, has_e ? &e : nullptr, uniform, out);
  });
}

void HostExecutor::partition(const Queue& q, const Array& in, const std::vector<int64_t>& kth,
                             bool arg, const Array& out) {
  if (in.ndim() == 0 || in.size() == 0 || !in.is_c_contiguous() || !out.is_c_contiguous() ||
      in.shape != out.shape || out.dtype != (arg ? DType::Int64 : in.dtype))
    throw std::invalid_argument(
        "[partition] the host kernel needs a non-empty C-contiguous input of ndim >= 1 and a "
        "C-contiguous output of its shape");
  if (dp::is_complex(in.dtype)) {  // NumPy's lexicographic complex order: the sort is the selection
    if (arg)
      argsort(q, in, out, false);
    else
      sort(q, in, out, false);
    return;
  }
  hq(q).submit("partition", in.size(), [in, kth, arg, out]() {
    dispatch_dtype(in.dtype, [&]<DType T>() {
      using V = ctype_t<T>;
      if constexpr (!is_complex_v<V>) partition_rows<V>(in, kth, arg, out);
    });
  });
}

}  // namespace dp::host
