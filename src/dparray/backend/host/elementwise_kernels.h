// Host loops generated from the elementwise catalogue. Each family file
// (ew_*.cpp) instantiates its ops with DP_HOST_INSTANTIATE; the table in
// host_elementwise.cpp finds them by (op, loop dtype).
#pragma once
#include <array>

#include "dparray/backend/host/parallel.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/types.h"
#include "dparray/ops/elementwise_catalogue.h"

namespace dp::host {

// One functor per catalogue entry: apply(a, b, c) evaluates the body.
#define DP_HOST_FUNCTOR(NAME, NIN, TYPES, RULE, FLAGS, RBODY, CBODY)            \
  struct NAME##_fn {                                                            \
    static constexpr OpId id = OpId::NAME;                                      \
    static constexpr int nin = NIN;                                             \
    static constexpr uint32_t types = TYPES;                                    \
    static constexpr OutRule rule = OutRule::RULE;                              \
    static constexpr uint32_t flags = FLAGS;                                    \
    template <class S, class A, class B, class C>                               \
    static inline auto apply(A a, [[maybe_unused]] B b, [[maybe_unused]] C c) { \
      using namespace ::dp::host::math;                                         \
      /* float16 loops compute in float: ops that step in ulps must know */     \
      [[maybe_unused]] constexpr bool half_loop = std::is_same_v<S, half>;      \
      if constexpr (is_complex_v<B>)                                            \
        return CBODY;                                                           \
      else                                                                      \
        return RBODY;                                                           \
    }                                                                           \
  };
namespace fn {
DP_ELEMENTWISE_OPS(DP_HOST_FUNCTOR)
}
#undef DP_HOST_FUNCTOR

template <class Fn, DType L>
struct OutOf {
  using in_t = ctype_t<L>;
  static constexpr DType dtype = Fn::rule == OutRule::Same    ? L
                                 : Fn::rule == OutRule::Bool  ? DType::Bool
                                 : Fn::rule == OutRule::UInt8 ? DType::UInt8
                                 : Fn::rule == OutRule::Int32 ? DType::Int32
                                                              : real_dtype(L);
  using type = ctype_t<dtype>;
};

// The inner loop for op Fn with loop dtype L: contiguous, scalar-broadcast and
// general strided variants of the same body.
template <class Fn, DType L>
void ew_inner(char** p, const int64_t* s, int64_t n) {
  using T = ctype_t<L>;
  using C = compute_t<T>;
  using O = typename OutOf<Fn, L>::type;
  using A0 = std::conditional_t<(Fn::flags & kCondFirst) != 0, bool, T>;
  using CA0 = std::conditional_t<(Fn::flags & kCondFirst) != 0, bool, C>;
  constexpr int N = Fn::nin;
  auto ld0 = [](const char* q) { return static_cast<CA0>(*reinterpret_cast<const A0*>(q)); };
  auto ld = [](const char* q) { return static_cast<C>(*reinterpret_cast<const T*>(q)); };
  auto eval = [&](CA0 a, C b, C c) { return convert<O>(Fn::template apply<T>(a, b, c)); };
  O* out = reinterpret_cast<O*>(p[N]);
  const int64_t so = s[N];
  if constexpr (N == 1) {
    const A0* a = reinterpret_cast<const A0*>(p[0]);
    if (s[0] == (int64_t)sizeof(A0) && so == (int64_t)sizeof(O)) {
      for (int64_t i = 0; i < n; ++i) out[i] = eval(static_cast<CA0>(a[i]), C{}, C{});
      return;
    }
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<O*>(p[1] + i * so) = eval(ld0(p[0] + i * s[0]), C{}, C{});
  } else if constexpr (N == 2) {
    const T* a = reinterpret_cast<const T*>(p[0]);
    const T* b = reinterpret_cast<const T*>(p[1]);
    constexpr int64_t st = sizeof(T);
    if (so == (int64_t)sizeof(O)) {
      if (s[0] == st && s[1] == st) {
        for (int64_t i = 0; i < n; ++i) out[i] = eval(C(a[i]), C(b[i]), C{});
        return;
      }
      if (s[0] == st && s[1] == 0) {
        const C bv = C(b[0]);
        for (int64_t i = 0; i < n; ++i) out[i] = eval(C(a[i]), bv, C{});
        return;
      }
      if (s[0] == 0 && s[1] == st) {
        const C av = C(a[0]);
        for (int64_t i = 0; i < n; ++i) out[i] = eval(av, C(b[i]), C{});
        return;
      }
    }
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<O*>(p[2] + i * so) = eval(ld(p[0] + i * s[0]), ld(p[1] + i * s[1]), C{});
  } else {
    for (int64_t i = 0; i < n; ++i)
      *reinterpret_cast<O*>(p[3] + i * so) =
          eval(ld0(p[0] + i * s[0]), ld(p[1] + i * s[1]), ld(p[2] + i * s[2]));
  }
}

using LoopTable = std::array<std::array<InnerLoop, kNumDTypes>, kNumElementwiseOps>;
LoopTable& loop_table();

// Registers every loop of op Fn (the dtypes in its type mask).
template <class Fn>
void register_loops() {
  auto& row = loop_table()[static_cast<int>(Fn::id)];
  auto one = [&]<DType L>() {
    if constexpr ((Fn::types & tbit(L)) != 0) row[static_cast<int>(L)] = &ew_inner<Fn, L>;
  };
  one.template operator()<DType::Bool>();
  one.template operator()<DType::Int8>();
  one.template operator()<DType::Int16>();
  one.template operator()<DType::Int32>();
  one.template operator()<DType::Int64>();
  one.template operator()<DType::UInt8>();
  one.template operator()<DType::UInt16>();
  one.template operator()<DType::UInt32>();
  one.template operator()<DType::UInt64>();
  one.template operator()<DType::Float16>();
  one.template operator()<DType::Float32>();
  one.template operator()<DType::Float64>();
  one.template operator()<DType::Complex64>();
  one.template operator()<DType::Complex128>();
}

// Family registration functions, one per ew_*.cpp file.
void register_arith_loops();
void register_math_loops();
void register_compare_loops();
void register_bitwise_loops();
void register_parts_loops();
void register_numpy_loops();

}  // namespace dp::host
