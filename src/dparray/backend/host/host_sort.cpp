// HostExecutor::sort / argsort / searchsorted along the last axis. Real values become
// order-preserving unsigned keys (NaN last, -0.0 == +0.0) sorted by Highway's VQSort;
// argsort packs (key, index) so that ties keep index order. Many rows run in parallel; one
// long row is cut into chunks sorted in parallel, then merged in parallel. Complex values
// (NumPy's lexicographic order with NaN parts) take a comparison sort.
#include <hwy/contrib/sort/vqsort.h>
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <numeric>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "dparray/backend/host/allocator.h"
#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

// Rows at least this long are sorted in parallel chunks and merged.
constexpr int64_t kParallelRow = int64_t(1) << 16;
// Elements per task when encoding, decoding or searching in parallel.
constexpr int64_t kGrain = int64_t(1) << 14;

// Uninitialised scratch from the caching allocator (no page faults when reused).
template <class T>
struct Scratch {
  T* p = nullptr;
  size_t n = 0;
  explicit Scratch(size_t count) : n(std::max<size_t>(count, 1)) {
    p = static_cast<T*>(allocate(n * sizeof(T)));
  }
  ~Scratch() { deallocate(p, n * sizeof(T)); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
};

// ---- order-preserving keys ------------------------------------------------------------

template <class T>
struct Key;

template <class T>
requires std::is_integral_v<T>
struct Key<T> {
  // 8-bit values widen to 16 bits: VQSort's narrowest key.
  using K = std::conditional_t<sizeof(T) <= 2, uint16_t,
                               std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>>;
  static constexpr K kFlip = std::is_signed_v<T> ? K(K(1) << (8 * sizeof(T) - 1)) : K(0);
  static constexpr bool kFloat = false;
  static K enc(T v) {
    if constexpr (std::is_same_v<T, bool>)
      return K(v ? 1 : 0);
    else
      return K(K(static_cast<std::make_unsigned_t<T>>(v)) ^ kFlip);
  }
  static T dec(K k) {
    if constexpr (std::is_same_v<T, bool>)
      return k != 0;
    else
      return static_cast<T>(k ^ kFlip);
  }
};

// Floats: negative values bit-inverted, others with the sign bit set; every NaN maps to the
// largest key and -0.0 to +0.0's key (the output's zeros and NaNs are restored afterwards).
template <class F, class U>
struct FloatKey {
  using K = U;
  static constexpr U kSign = U(U(1) << (8 * sizeof(U) - 1));
  static constexpr U kNaN = U(~U(0));
  static constexpr U kZero = kSign;
  static constexpr bool kFloat = true;
  static K enc(F v) {
    if (v != v) return kNaN;
    if (v == F(0)) return kZero;
    const U b = std::bit_cast<U>(v);
    return (b & kSign) ? U(~b) : U(b | kSign);
  }
  static F dec(K k) { return std::bit_cast<F>((k & kSign) ? U(k ^ kSign) : U(~k)); }
  static bool neg_zero(F v) { return std::bit_cast<U>(v) == kSign; }
};
template <>
struct Key<half> : FloatKey<half, uint16_t> {};
template <>
struct Key<float> : FloatKey<float, uint32_t> {};
template <>
struct Key<double> : FloatKey<double, uint64_t> {};

// ---- NumPy's comparison (searchsorted, complex sorts) ---------------------------------

template <class T>
bool less(const T& a, const T& b) {
  if constexpr (is_complex_v<T>) {
    // numpy/_core/src/npysort/npysort_common.h: [R + Rj, R + nanj, nan + Rj, nan + nanj].
    const auto ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    if (ar < br) return ai == ai || bi != bi;
    if (ar > br) return bi != bi && ai == ai;
    if (ar == br || (ar != ar && br != br)) return ai < bi || (bi != bi && ai == ai);
    return br != br;
  } else if constexpr (std::is_floating_point_v<T> || std::is_same_v<T, half>) {
    return a < b || (b != b && a == a);
  } else {
    return a < b;
  }
}

// ---- sorting packed keys ----------------------------------------------------------------

template <class P>
void vqsort(P* a, size_t n) {
  thread_local hwy::Sorter sorter;  // holds VQSort's buffers; one per thread
  sorter(a, n, hwy::SortAscending());
}

template <class P>
bool packed_less(const P& a, const P& b) {
  if constexpr (std::is_same_v<P, hwy::uint128_t>)
    return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
  else
    return a < b;
}

int threads() { return std::max(1, tbb::this_task_arena::max_concurrency()); }

// How many elements of a[0, na) are among the first d of the stable merge of a and b.
template <class P>
int64_t corank(const P* a, int64_t na, const P* b, int64_t nb, int64_t d) {
  int64_t lo = std::max<int64_t>(0, d - nb), hi = std::min(d, na);
  while (lo < hi) {
    const int64_t mid = (lo + hi) / 2;
    if (!packed_less(b[d - mid - 1], a[mid]))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

// Sorts a[0, n); long arrays in parallel chunks merged pairwise into and out of tmp (n
// elements, or null for short arrays). Returns the buffer that holds the result.
template <class P>
P* sort_packed(P* a, P* tmp, int64_t n) {
  const int t = threads();
  if (!tmp || t == 1 || n < kParallelRow) {
    vqsort(a, static_cast<size_t>(n));
    return a;
  }
  int chunks = 1;
  while (chunks < t) chunks <<= 1;
  std::vector<int64_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  tbb::parallel_for(0, chunks, [&](int c) {
    vqsort(a + bound[c], static_cast<size_t>(bound[c + 1] - bound[c]));
  });
  P* src = a;
  P* dst = tmp;
  for (int w = 1; w < chunks; w <<= 1) {
    // Each pair of runs is merged in `pieces` independent slices of its output.
    const int pairs = chunks / (2 * w), pieces = std::max(1, 2 * t / pairs);
    tbb::parallel_for(0, pairs * pieces, [&](int job) {
      const int pr = job / pieces, pc = job % pieces;
      const int64_t lo = bound[2 * w * pr], mid = bound[2 * w * pr + w],
                    hi = bound[2 * w * (pr + 1)];
      const P* A = src + lo;
      const P* B = src + mid;
      const int64_t na = mid - lo, nb = hi - mid, tot = na + nb;
      const int64_t d0 = tot * pc / pieces, d1 = tot * (pc + 1) / pieces;
      const int64_t i0 = corank(A, na, B, nb, d0), i1 = corank(A, na, B, nb, d1);
      std::merge(A + i0, A + i1, B + (d0 - i0), B + (d1 - i1), dst + lo + d0, packed_less<P>);
    });
    std::swap(src, dst);
  }
  return src;
}

// Runs f(begin, end) over [0, n), in parallel when `par`.
template <class F>
void blocks(int64_t n, bool par, F&& f) {
  if (!par || n <= kGrain) {
    f(int64_t(0), n);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, kGrain),
                    [&](const tbb::blocked_range<int64_t>& r) { f(r.begin(), r.end()); });
}

// ---- one row ----------------------------------------------------------------------------

template <class T>
void sort_row_real(const T* in, T* out, int64_t n, bool desc, bool par) {
  using KT = Key<T>;
  using K = typename KT::K;
  // 32-bit keys sort as 64-bit numbers: Highway 1.0's 32-bit VQSort measured 3x slower.
  using S = std::conditional_t<sizeof(K) == 4, uint64_t, K>;
  const K mask = desc ? K(~K(0)) : K(0);
  Scratch<S> keys(n);
  std::unique_ptr<Scratch<S>> tmp;
  if (par && n >= kParallelRow) tmp = std::make_unique<Scratch<S>>(n);
  std::atomic<bool> special{false};  // a -0.0 or a NaN: restored from the input below
  blocks(n, par, [&](int64_t b, int64_t e) {
    bool s = false;
    for (int64_t i = b; i < e; ++i) {
      keys.p[i] = S(K(KT::enc(in[i]) ^ mask));
      if constexpr (KT::kFloat) s |= (in[i] != in[i]) | KT::neg_zero(in[i]);
    }
    if (s) special.store(true, std::memory_order_relaxed);
  });
  S* r = sort_packed(keys.p, tmp ? tmp->p : nullptr, n);
  int64_t z0 = 0, n0 = 0;
  if constexpr (KT::kFloat) {
    if (special.load()) {
      z0 = std::lower_bound(r, r + n, S(K(KT::kZero ^ mask))) - r;
      n0 = std::lower_bound(r, r + n, S(K(KT::kNaN ^ mask))) - r;
    }
  }
  blocks(n, par, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) out[i] = KT::dec(K(K(r[i]) ^ mask));
  });
  if constexpr (KT::kFloat) {
    // Zeros and NaNs are equal keys: they keep their input order (stable) and their bits.
    if (special.load()) {
      for (int64_t i = 0; i < n; ++i) {
        if (in[i] == T(0))
          out[z0++] = in[i];
        else if (in[i] != in[i])
          out[n0++] = in[i];
      }
    }
  }
}

template <class T>
void argsort_row_real(const T* in, int64_t* out, int64_t n, bool desc, bool par) {
  using KT = Key<T>;
  using K = typename KT::K;
  const K mask = desc ? K(~K(0)) : K(0);
  const bool big = par && n >= kParallelRow;
  if (sizeof(K) <= 4 && n <= int64_t(UINT32_MAX)) {
    // (key << 32 | index) sorted as one 64-bit number: ties fall back to the index.
    Scratch<uint64_t> a(n);
    std::unique_ptr<Scratch<uint64_t>> tmp;
    if (big) tmp = std::make_unique<Scratch<uint64_t>>(n);
    blocks(n, par, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i)
        a.p[i] = (uint64_t(K(KT::enc(in[i]) ^ mask)) << 32) | uint64_t(i);
    });
    const uint64_t* r = sort_packed(a.p, tmp ? tmp->p : nullptr, n);
    blocks(n, par, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) out[i] = static_cast<int64_t>(uint32_t(r[i]));
    });
    return;
  }
  // 64-bit keys: (key, index) as one 128-bit number (hi, lo). Not VQSort's K64V64, which
  // compares keys alone and may lose the value of a pair whose key is all ones.
  Scratch<hwy::uint128_t> a(n);
  std::unique_ptr<Scratch<hwy::uint128_t>> tmp;
  if (big) tmp = std::make_unique<Scratch<hwy::uint128_t>>(n);
  blocks(n, par, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) {
      a.p[i].hi = uint64_t(K(KT::enc(in[i]) ^ mask));
      a.p[i].lo = uint64_t(i);
    }
  });
  const hwy::uint128_t* r = sort_packed(a.p, tmp ? tmp->p : nullptr, n);
  blocks(n, par, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) out[i] = static_cast<int64_t>(r[i].lo);
  });
}

template <class C>
void sort_row_complex(const C* in, C* out, int64_t n, bool desc) {
  std::copy(in, in + n, out);
  if (desc)
    std::stable_sort(out, out + n, [](const C& a, const C& b) { return less(b, a); });
  else
    std::stable_sort(out, out + n, [](const C& a, const C& b) { return less(a, b); });
}

template <class C>
void argsort_row_complex(const C* in, int64_t* out, int64_t n, bool desc) {
  std::iota(out, out + n, int64_t(0));
  if (desc)
    std::stable_sort(out, out + n, [in](int64_t i, int64_t j) { return less(in[j], in[i]); });
  else
    std::stable_sort(out, out + n, [in](int64_t i, int64_t j) { return less(in[i], in[j]); });
}

// ---- rows -------------------------------------------------------------------------------

// Calls row(r, par) for every row: long rows one after another, each in parallel; short
// rows in parallel, each on one thread.
template <class F>
void each_row(int64_t rows, int64_t n, F&& row) {
  if (n >= kParallelRow && rows < 2 * threads()) {
    for (int64_t r = 0; r < rows; ++r) row(r, true);
    return;
  }
  const int64_t grain = std::max<int64_t>(1, kParallelRow / std::max<int64_t>(n, 1));
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, rows, grain),
                    [&](const tbb::blocked_range<int64_t>& b) {
                      for (int64_t r = b.begin(); r < b.end(); ++r) row(r, false);
                    });
}

void check_rows(const Array& in, const Array& out, DType out_dtype, const char* op) {
  if (in.ndim() == 0 || !in.is_c_contiguous() || !out.is_c_contiguous() || in.shape != out.shape ||
      out.dtype != out_dtype)
    throw std::invalid_argument(std::string("[") + op +
                                "] the host kernel needs a C-contiguous input of ndim >= 1 and "
                                "a C-contiguous output of its shape");
}

template <class T>
void search_rows(const Array& sorted, const Array& values, bool right, const Array& out) {
  const int64_t n = sorted.shape.back(), m = values.shape.back();
  const int64_t total = values.size();
  const T* a = reinterpret_cast<const T*>(sorted.host_data());
  const T* x = reinterpret_cast<const T*>(values.host_data());
  int64_t* o = reinterpret_cast<int64_t*>(out.host_data());
  blocks(total, true, [&](int64_t b, int64_t e) {
    for (int64_t k = b; k < e; ++k) {
      const T* row = a + (k / m) * n;
      const T v = x[k];
      int64_t lo = 0, hi = n;
      while (lo < hi) {
        const int64_t mid = lo + (hi - lo) / 2;
        if (right ? !less(v, row[mid]) : less(row[mid], v))
          lo = mid + 1;
        else
          hi = mid;
      }
      o[k] = lo;
    }
  });
}

}  // namespace

void HostExecutor::sort(const Queue& q, const Array& in, const Array& out, bool descending) {
  check_rows(in, out, in.dtype, "sort");
  if (in.size() == 0) return;
  static_cast<HostQueue&>(*q).submit("sort", in.size(), [in, out, descending]() {
    const int64_t n = in.shape.back(), rows = in.size() / n;
    dispatch_dtype(in.dtype, [&]<DType D>() {
      using T = ctype_t<D>;
      const T* src = reinterpret_cast<const T*>(in.host_data());
      T* dst = reinterpret_cast<T*>(out.host_data());
      each_row(rows, n, [&](int64_t r, bool par) {
        if constexpr (is_complex_v<T>)
          sort_row_complex(src + r * n, dst + r * n, n, descending);
        else
          sort_row_real(src + r * n, dst + r * n, n, descending, par);
      });
    });
  });
}

void HostExecutor::argsort(const Queue& q, const Array& in, const Array& out, bool descending) {
  check_rows(in, out, DType::Int64, "argsort");
  if (in.size() == 0) return;
  static_cast<HostQueue&>(*q).submit("argsort", in.size(), [in, out, descending]() {
    const int64_t n = in.shape.back(), rows = in.size() / n;
    int64_t* dst = reinterpret_cast<int64_t*>(out.host_data());
    dispatch_dtype(in.dtype, [&]<DType D>() {
      using T = ctype_t<D>;
      const T* src = reinterpret_cast<const T*>(in.host_data());
      each_row(rows, n, [&](int64_t r, bool par) {
        if constexpr (is_complex_v<T>)
          argsort_row_complex(src + r * n, dst + r * n, n, descending);
        else
          argsort_row_real(src + r * n, dst + r * n, n, descending, par);
      });
    });
  });
}

void HostExecutor::searchsorted(const Queue& q, const Array& sorted, const Array& values,
                                bool right, const Array& out) {
  if (sorted.ndim() == 0 || values.ndim() != sorted.ndim() || !sorted.is_c_contiguous() ||
      !values.is_c_contiguous() || !out.is_c_contiguous() || out.shape != values.shape ||
      out.dtype != DType::Int64 || sorted.dtype != values.dtype ||
      !std::equal(sorted.shape.begin(), sorted.shape.end() - 1, values.shape.begin()))
    throw std::invalid_argument(
        "[searchsorted] the host kernel needs C-contiguous rows (..., n) and values (..., m) of "
        "one dtype and an int64 output of the values' shape");
  if (values.size() == 0) return;
  static_cast<HostQueue&>(*q).submit("searchsorted", values.size(), [sorted, values, right, out]() {
    dispatch_dtype(sorted.dtype,
                   [&]<DType D>() { search_rows<ctype_t<D>>(sorted, values, right, out); });
  });
}

}  // namespace dp::host
