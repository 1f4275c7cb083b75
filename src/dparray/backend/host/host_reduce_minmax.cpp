// Host max / min and argmax / argmin reductions. NaN propagates as NumPy's:
// max / min return NaN, argmax / argmin the index of the first NaN. Complex
// numbers are ordered lexicographically.
#include <type_traits>

#include "dparray/backend/host/reduce_driver.h"
#include "dparray/backend/host/reduce_simd.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

template <class V>
inline bool is_nan(V v) {
  if constexpr (is_complex_v<V>)
    return math::cisnan(v);
  else if constexpr (std::is_floating_point_v<V>)
    return v != v;
  else
    return false;
}

// True when b orders strictly after a (before it for kMax = false); neither is NaN.
template <bool kMax, class V>
inline bool better(V b, V a) {
  if constexpr (is_complex_v<V>)
    return kMax ? math::clt(a, b) : math::clt(b, a);
  else
    return kMax ? b > a : b < a;
}

template <class T_, bool kMax>
struct MinMax {
  using T = T_;
  using A = compute_t<T>;
  static A init(T v, int64_t) { return static_cast<A>(v); }
  // A NaN in a sticks, a NaN in b wins.
  static A combine(A a, A b) {
    if constexpr (is_complex_v<A>)
      return kMax ? math::cmax(a, b) : math::cmin(a, b);
    else if constexpr (kMax)
      return (a >= b || a != a) ? a : b;
    else
      return (a <= b || a != a) ? a : b;
  }
  static void lane(A& a, T v, int64_t) { a = combine(a, static_cast<A>(v)); }
  // 64-bit integers stay scalar: SSE2 has no 64-bit compare to vectorise with.
  static constexpr bool kVector =
      std::is_arithmetic_v<T> && (std::is_floating_point_v<T> || sizeof(T) < 8);
  static A run(const T* p, int64_t n, int64_t s, int64_t) {
    if constexpr (kVector)
      if (s == 1 && n >= simd::kRound<T>) return extreme(p, n);
    return fold_lanes<MinMax, 16>(p, n, s);
  }
  // Unit stride, n >= simd::kRound<T>: the vector loop (bool as its bytes).
  static A extreme(const T* p, int64_t n) {
    if constexpr (std::is_same_v<T, bool>)
      return simd::extreme<uint8_t, kMax>(reinterpret_cast<const uint8_t*>(p), n) != 0;
    else
      return simd::extreme<T, kMax>(p, n);
  }
  static void store(char* out, int64_t o, A a) { reinterpret_cast<T*>(out)[o] = static_cast<T>(a); }
};

template <class T_, bool kMax>
struct Arg {
  using T = T_;
  using V = compute_t<T>;
  struct A {
    V v;
    int64_t i;
  };
  // Unit-stride runs are scanned in chunks: a vectorised chunk extreme, then a
  // search for its first position only when it beats the best so far.
  static constexpr int64_t kChunk = 512;
  static constexpr bool kChunked = std::is_arithmetic_v<T>;

  static A init(T v, int64_t i) { return {static_cast<V>(v), i}; }
  static bool takes(const A& a, V x) { return !is_nan(a.v) && (is_nan(x) || better<kMax>(x, a.v)); }
  static void lane(A& a, T v, int64_t i) {
    const V x = static_cast<V>(v);
    if (takes(a, x)) a = {x, i};
  }
  static A combine(A a, A b) { return takes(a, b.v) ? b : a; }

  static A run(const T* p, int64_t n, int64_t s, int64_t i0) {
    if constexpr (kChunked)
      if (s == 1 && n >= 2 * kChunk) return chunked(p, n, i0);
    A a = init(p[0], i0);
    for (int64_t i = 1; i < n && !is_nan(a.v); ++i) lane(a, p[i * s], i0 + i);
    return a;
  }

  static A chunked(const T* p, int64_t n, int64_t i0) {
    A best = init(p[0], i0);
    if (is_nan(best.v)) return best;
    for (int64_t c = 0; c < n; c += kChunk) {
      const int64_t m = std::min(kChunk, n - c);
      const V cm = MinMax<T, kMax>::run(p + c, m, 1, 0);
      if (is_nan(cm)) {
        int64_t j = 0;
        while (!is_nan(static_cast<V>(p[c + j]))) ++j;
        return {cm, i0 + c + j};
      }
      if (better<kMax>(cm, best.v)) {
        int64_t j = 0;
        while (static_cast<V>(p[c + j]) != cm) ++j;
        best = {cm, i0 + c + j};
      }
    }
    return best;
  }

  static void store(char* out, int64_t o, A a) { reinterpret_cast<int64_t*>(out)[o] = a.i; }
};

}  // namespace

ReduceKernel minmax_kernel(ReduceOp op, DType t) {
  return dispatch_dtype(t, [&]<DType D>() -> ReduceKernel {
    using T = ctype_t<D>;
    switch (op) {
      case ReduceOp::Max: return &run_reduce<MinMax<T, true>>;
      case ReduceOp::Min: return &run_reduce<MinMax<T, false>>;
      case ReduceOp::ArgMax: return &run_reduce<Arg<T, true>>;
      default: return &run_reduce<Arg<T, false>>;
    }
  });
}

}  // namespace dp::host
