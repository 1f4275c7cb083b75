// Host any / all reductions: true when any / every element is non-zero (NaN
// counts as non-zero), stopping early once the answer is known.
#include <type_traits>

#include "dparray/backend/host/reduce_driver.h"
#include "dparray/backend/host/reduce_simd.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

template <class T_, bool kAll>
struct Logic {
  using T = T_;
  using A = bool;
  static constexpr int64_t kBlock = 4096;

  static bool nonzero(T v) {
    if constexpr (is_complex_v<T>)
      return math::cnz(v);
    else if constexpr (std::is_same_v<T, half>)
      return static_cast<float>(v) != 0.0f;
    else
      return v != T(0);
  }
  static A init(T v, int64_t) { return nonzero(v); }
  static A combine(A a, A b) { return kAll ? (a & b) : (a | b); }
  static void lane(A& a, T v, int64_t) { a = combine(a, nonzero(v)); }
  static A run(const T* p, int64_t n, int64_t s, int64_t) {
    A a = kAll;
    for (int64_t b = 0; b < n && a == kAll; b += kBlock)
      a = block(p + b * s, std::min(kBlock, n - b), s);
    return a;
  }
  static A block(const T* p, int64_t n, int64_t s) {
    // Integers, floats and bool (as its bytes) test whole vectors at once.
    if constexpr (std::is_arithmetic_v<T>) {
      using E = std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>;
      if (s == 1 && n >= simd::kRound<E>)
        return simd::logical<E, kAll>(reinterpret_cast<const E*>(p), n);
    }
    return fold_lanes<Logic, 16>(p, n, s);
  }
  static void store(char* out, int64_t o, A a) { reinterpret_cast<bool*>(out)[o] = a; }
};

}  // namespace

ReduceKernel logic_kernel(ReduceOp op, DType t) {
  return dispatch_dtype(t, [&]<DType D>() -> ReduceKernel {
    using T = ctype_t<D>;
    if (op == ReduceOp::All) return &run_reduce<Logic<T, true>>;
    return &run_reduce<Logic<T, false>>;
  });
}

}  // namespace dp::host
