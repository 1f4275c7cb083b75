// The host reduction driver, shared by every reduce op. A policy P supplies
//   T, A                      storage and accumulator types
//   run(p, n, s, i0)          reduces n >= 1 elements at stride s (elements); i0 = index of p[0]
//   init(v, i), lane(a, v, i) start / extend an accumulator with one element
//   combine(a, b)             merges two partials, a covering the earlier indices
//   store(out, o, a)          writes the result for output o
// The driver splits work over the cores and combines halves pairwise, so float
// sums keep NumPy's O(log n) error and results do not depend on the thread count.
#pragma once
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_invoke.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "dparray/backend/host/reduce_plan.h"

namespace dp::host {

// Reductions longer than this split into halves reduced in parallel.
constexpr int64_t kReduceSplit = 1 << 16;
// Work (elements) per task of the loop over outputs.
constexpr int64_t kReduceGrain = 1 << 15;

template <class P>
class ReduceDriver {
 public:
  using T = typename P::T;
  using A = typename P::A;

  explicit ReduceDriver(const ReducePlan& p) : p_(p), in_(reinterpret_cast<const T*>(p.in)) {}

  void run() {
    if (p_.osize == 0) return;
    const bool strided_inner = !p_.rshape.empty() && p_.rstr.back() != 1 && p_.rstr.back() != -1;
    if (strided_inner && !p_.oshape.empty() && p_.ostr.back() == 1 && p_.oshape.back() >= 4)
      lanes_mode();
    else
      inner_mode();
  }

 private:
  // Lanes per tile of the lanes mode: at most 16 KiB of input per row.
  static constexpr int64_t kMaxW = 16384 / sizeof(T);
  // Rows folded directly before the lanes mode splits pairwise.
  static constexpr int64_t kRowBlock = 64;
  // Elements spanning several runs folded directly before splitting pairwise.
  static constexpr int64_t kRunBlock = 256;

  static int64_t split_point(int64_t r0, int64_t r1) {
    int64_t half = (r1 - r0) / 2;
    int64_t aligned = half & ~int64_t(15);
    return r0 + (aligned > 0 ? aligned : half);
  }

  // Each output reduces its own range; ranges split in parallel when long.
  void inner_mode() {
    const int64_t O = p_.osize, R = p_.rsize;
    auto body = [&](int64_t b, int64_t e) {
      NdCounter c(p_.oshape, p_.ostr, b);
      for (int64_t o = b; o < e; ++o, c.next()) P::store(p_.out, o, range(in_ + c.off, 0, R));
    };
    if (O == 1 || O * R <= kReduceGrain) {
      body(0, O);
      return;
    }
    const int64_t grain = std::max<int64_t>(1, kReduceGrain / R);
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, O, grain),
                      [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
  }

  A range(const T* base, int64_t r0, int64_t r1) const {
    if (r1 - r0 > kReduceSplit) {
      const int64_t mid = split_point(r0, r1);
      A a, b;
      tbb::parallel_invoke([&] { a = range(base, r0, mid); }, [&] { b = range(base, mid, r1); });
      return P::combine(a, b);
    }
    return serial(base, r0, r1);
  }

  A serial(const T* base, int64_t r0, int64_t r1) const {
    const int nd = static_cast<int>(p_.rshape.size());
    if (nd == 0) return P::run(base, 1, 1, 0);
    const int64_t L = p_.rshape[nd - 1], s = p_.rstr[nd - 1];
    const int64_t i0 = r0 % L;
    if (nd == 1 || i0 + (r1 - r0) <= L)
      return P::run(base + flat_offset(p_.rshape, p_.rstr, r0), r1 - r0, s, r0);
    if (r1 - r0 > kRunBlock) {
      const int64_t mid = split_point(r0, r1);
      return P::combine(serial(base, r0, mid), serial(base, mid, r1));
    }
    // A short range over several runs: fold the run segments in order.
    A acc = P::run(base + flat_offset(p_.rshape, p_.rstr, r0), L - i0, s, r0);
    for (int64_t r = r0 + L - i0; r < r1;) {
      const int64_t n = std::min(L, r1 - r);
      acc = P::combine(acc, P::run(base + flat_offset(p_.rshape, p_.rstr, r), n, s, r));
      r += n;
    }
    return acc;
  }

  // The innermost kept dim is contiguous and the reduced ones are not (e.g. a
  // sum over axis 0 of a C array): a tile of up to 16 KiB of adjacent outputs
  // advances row by row, so memory is read in long runs and the lane loop vectorises.
  void lanes_mode() {
    const int nd = static_cast<int>(p_.oshape.size());
    const int64_t J = p_.oshape[nd - 1];
    const int64_t ntiles = (J + kMaxW - 1) / kMaxW;
    const int64_t W = (J + ntiles - 1) / ntiles;
    const int64_t tasks = (p_.osize / J) * ntiles;
    const int depth = levels(p_.rsize);
    Shape rest_shape(p_.oshape.begin(), p_.oshape.end() - 1);
    Strides rest_str(p_.ostr.begin(), p_.ostr.end() - 1);
    auto body = [&](int64_t b, int64_t e) {
      std::unique_ptr<A[]> scratch(new A[W * (depth + 1)]);  // not vector: vector<bool> packs bits
      for (int64_t t = b; t < e; ++t) {
        const int64_t orest = t / ntiles, j0 = (t % ntiles) * W;
        const int64_t w = std::min(W, J - j0);
        const T* base = in_ + flat_offset(rest_shape, rest_str, orest) + j0;
        rows(base, 0, p_.rsize, w, scratch.get(), scratch.get() + W, W);
        for (int64_t j = 0; j < w; ++j) P::store(p_.out, orest * J + j0 + j, scratch[j]);
      }
    };
    const int64_t per_task = p_.rsize * W;
    if (tasks == 1 || tasks * per_task <= kReduceGrain) {
      body(0, tasks);
      return;
    }
    const int64_t grain = std::max<int64_t>(1, kReduceGrain / per_task);
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, tasks, grain),
                      [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
  }

  // Recursion depth of rows() over n rows.
  static int levels(int64_t n) {
    int d = 0;
    for (; n > kRowBlock; n = (n + 1) / 2) ++d;
    return d;
  }

  // Reduces rows [r0, r1) of w lanes into acc, pairwise over blocks of rows;
  // scratch holds `levels` more blocks of ws accumulators for the halves.
  void rows(const T* base, int64_t r0, int64_t r1, int64_t w, A* acc, A* scratch,
            int64_t ws) const {
    if (r1 - r0 > kRowBlock) {
      const int64_t mid = r0 + (r1 - r0) / 2;
      A* tmp = scratch;
      if ((r1 - r0) * w > kReduceSplit) {
        // The halves run concurrently: the second gets scratch of its own.
        std::unique_ptr<A[]> own(new A[ws * (levels(r1 - mid) + 1)]);
        tbb::parallel_invoke([&] { rows(base, r0, mid, w, acc, scratch + ws, ws); },
                             [&] { rows(base, mid, r1, w, own.get(), own.get() + ws, ws); });
        for (int64_t j = 0; j < w; ++j) acc[j] = P::combine(acc[j], own[j]);
        return;
      }
      rows(base, r0, mid, w, acc, scratch + ws, ws);
      rows(base, mid, r1, w, tmp, scratch + ws, ws);
      for (int64_t j = 0; j < w; ++j) acc[j] = P::combine(acc[j], tmp[j]);
      return;
    }
    NdCounter c(p_.rshape, p_.rstr, r0);
    const T* row = base + c.off;
    for (int64_t j = 0; j < w; ++j) acc[j] = P::init(row[j], r0);
    for (int64_t r = r0 + 1; r < r1; ++r) {
      c.next();
      row = base + c.off;
      for (int64_t j = 0; j < w; ++j) P::lane(acc[j], row[j], r);
    }
  }

  const ReducePlan& p_;
  const T* in_;
};

template <class P>
void run_reduce(const ReducePlan& p) {
  ReduceDriver<P>(p).run();
}

// Reduces n elements of p (stride s) with K independent lanes, so that the
// compiler vectorises the unit-stride case; lanes combine in a fixed tree.
template <class P, int K>
typename P::A fold_lanes(const typename P::T* p, int64_t n, int64_t s) {
  using A = typename P::A;
  if (n < K) {
    A a = P::init(p[0], 0);
    for (int64_t i = 1; i < n; ++i) P::lane(a, p[i * s], i);
    return a;
  }
  A r[K];
  for (int k = 0; k < K; ++k) r[k] = P::init(p[k * s], k);
  const int64_t end = n - n % K;
  int64_t i = K;
  if (s == 1) {
    for (; i < end; i += K)
      for (int k = 0; k < K; ++k) P::lane(r[k], p[i + k], i + k);
  } else {
    for (; i < end; i += K)
      for (int k = 0; k < K; ++k) P::lane(r[k], p[(i + k) * s], i + k);
  }
  for (int w = K / 2; w >= 1; w /= 2)
    for (int k = 0; k < w; ++k) r[k] = P::combine(r[k], r[k + w]);
  for (; i < n; ++i) P::lane(r[0], p[i * s], i);
  return r[0];
}

}  // namespace dp::host
