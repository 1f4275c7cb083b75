// Host sum and product reductions. Float and complex sums are pairwise as
// NumPy's (blocks of 128 over 8 lanes); integers wrap as NumPy's do.
#include <type_traits>

#include "dparray/backend/host/reduce_driver.h"
#include "dparray/backend/host/reduce_simd.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

// Accumulator type: float16 adds in float32; integers in an unsigned type at
// least 32 bits wide (wrap-around without overflow UB, truncated on store).
template <class T>
struct Acc {
  using type = T;
};
template <>
struct Acc<half> {
  using type = float;
};
template <>
struct Acc<int8_t> {
  using type = uint32_t;
};
template <>
struct Acc<int16_t> {
  using type = uint32_t;
};
template <>
struct Acc<int32_t> {
  using type = uint32_t;
};
template <>
struct Acc<int64_t> {
  using type = uint64_t;
};
template <>
struct Acc<uint8_t> {
  using type = uint32_t;
};
template <>
struct Acc<uint16_t> {
  using type = uint32_t;
};

template <class T_, bool kProd>
struct SumProd {
  using T = T_;
  using A = typename Acc<T>::type;
  static constexpr bool kInexact = std::is_floating_point_v<A> || is_complex_v<A>;

  static A load(T v) {
    if constexpr (std::is_same_v<T, half>)
      return static_cast<float>(v);
    else
      return static_cast<A>(v);
  }
  static A combine(A a, A b) {
    if constexpr (std::is_same_v<A, bool>)
      return kProd ? (a && b) : (a || b);
    else if constexpr (!kProd)
      return a + b;
    else if constexpr (is_complex_v<A>)
      return math::cmul(a, b);
    else
      return a * b;
  }
  static A init(T v, int64_t) { return load(v); }
  static void lane(A& a, T v, int64_t) { a = combine(a, load(v)); }

  // NumPy's pairwise summation: below 8 a plain loop, up to 128 eight lanes,
  // above that two halves (the first a multiple of 8) summed recursively.
  static A pairwise(const T* p, int64_t n, int64_t s) {
    if (n < 8) {
      A r = load(p[0]);
      for (int64_t i = 1; i < n; ++i) r += load(p[i * s]);
      return r;
    }
    if (n <= 128) return fold_lanes<SumProd, 8>(p, n, s);
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(p, n2, s) + pairwise(p + n2 * s, n - n2, s);
  }

  static A run(const T* p, int64_t n, int64_t s, int64_t) {
    if constexpr (kInexact && !kProd)
      return pairwise(p, n, s);
    else
      return fold_lanes<SumProd, 16>(p, n, s);
  }

  static void store(char* out, int64_t o, A a) {
    // Adding +0 turns a sum of -0.0s into +0.0, as NumPy's reduction (it starts from 0).
    if constexpr (kInexact && !kProd) a = a + A(0);
    if constexpr (std::is_same_v<T, half>)
      reinterpret_cast<T*>(out)[o] = static_cast<half>(a);
    else
      reinterpret_cast<T*>(out)[o] = static_cast<T>(a);
  }
};

}  // namespace

ReduceKernel sum_prod_kernel(ReduceOp op, DType t) {
  return dispatch_dtype(t, [&]<DType D>() -> ReduceKernel {
    using T = ctype_t<D>;
    if (op == ReduceOp::Prod) return &run_reduce<SumProd<T, true>>;
    return &run_reduce<SumProd<T, false>>;
  });
}

}  // namespace dp::host
