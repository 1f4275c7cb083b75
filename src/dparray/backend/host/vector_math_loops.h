// The SIMD math loops, written once for any vector width. A translation unit built for one
// instruction set (vector_math_avx2.cpp, vector_math_avx512.cpp) defines, before including
// this file:
//   VD, VF: the float64 / float32 vector traits (T, V, M, W; load, store, set1, gt, ge,
//           blend, abs, copysign, add; sqrt, floor, ceil, trunc, rint; the constants below);
//   DP_SLEEF_D(f, u), DP_SLEEF_F(f, u): SLEEF's name of f at accuracy u for that width.
// float64 uses SLEEF's 1-ULP (u10) functions; float32 the 3.5-ULP (u35) ones where SLEEF
// has them, the accuracy class of NumPy's own float32 SIMD paths.
#pragma once
#include <cstring>

#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/vector_math.h"

namespace dp::host {
namespace {

// SLEEF's log1p returns inf above 1e307 (1e38 for float); there 1 + x rounds to x and
// log(x) is the answer.
template <class D, class F, class G>
typename D::V log1p_fix(typename D::V x, F log1p, G log) {
  return D::blend(log1p(x), log(x), D::gt(x, D::set1(D::kLog1pBig)));
}

// tanh: +-1 exactly from the saturation points of scalar_math.h's tanhr, and at most
// 1 - ulp below them.
template <class D, class F>
typename D::V tanh_fix(typename D::V x, F tanh) {
  const typename D::V r = tanh(x);
  const typename D::V below = D::copysign(D::set1(D::kBelowOne), x);
  const typename D::V one = D::copysign(D::set1(typename D::T(1)), x);
  const auto big = D::gt(D::abs(r), D::set1(D::kBelowOne));
  const auto sat = D::ge(D::abs(x), D::set1(D::kTanhOne));
  return D::blend(D::blend(r, below, big), one, sat);
}

// SLEEF's acosh / asinh overflow to inf where x^2 does; beyond 1e150 (1e18 for float) they
// are log(2|x|) to rounding.
template <class D, class F, class G>
typename D::V acosh_fix(typename D::V x, F acosh, G log) {
  const typename D::V lg = D::add(log(x), D::set1(D::kLn2));
  return D::blend(acosh(x), lg, D::gt(x, D::set1(D::kSquareBig)));
}
template <class D, class F, class G>
typename D::V asinh_fix(typename D::V x, F asinh, G log) {
  const typename D::V ax = D::abs(x);
  const typename D::V lg = D::copysign(D::add(log(ax), D::set1(D::kLn2)), x);
  return D::blend(asinh(x), lg, D::gt(ax, D::set1(D::kSquareBig)));
}

// One struct per op: f(x) (or f(x, y)) overloaded on the float64 and float32 vector types.
#define DP_VEC1(NAME, DFN, FFN)                \
  struct NAME##_v {                            \
    static constexpr int nin = 1;              \
    static VD::V f(VD::V x) { return DFN(x); } \
    static VF::V f(VF::V x) { return FFN(x); } \
  };
#define DP_VEC2(NAME, DFN, FFN)                            \
  struct NAME##_v {                                        \
    static constexpr int nin = 2;                          \
    static VD::V f(VD::V x, VD::V y) { return DFN(x, y); } \
    static VF::V f(VF::V x, VF::V y) { return FFN(x, y); } \
  };
DP_VEC1(exp, DP_SLEEF_D(exp, u10), DP_SLEEF_F(exp, u10))
DP_VEC1(expm1, DP_SLEEF_D(expm1, u10), DP_SLEEF_F(expm1, u10))
DP_VEC1(exp2, DP_SLEEF_D(exp2, u10), DP_SLEEF_F(exp2, u35))
DP_VEC1(log, DP_SLEEF_D(log, u10), DP_SLEEF_F(log, u35))
DP_VEC1(log2, DP_SLEEF_D(log2, u10), DP_SLEEF_F(log2, u35))
DP_VEC1(log10, DP_SLEEF_D(log10, u10), DP_SLEEF_F(log10, u10))
DP_VEC1(sin, DP_SLEEF_D(sin, u10), DP_SLEEF_F(sin, u35))
DP_VEC1(cos, DP_SLEEF_D(cos, u10), DP_SLEEF_F(cos, u35))
DP_VEC1(tan, DP_SLEEF_D(tan, u10), DP_SLEEF_F(tan, u35))
DP_VEC1(arcsin, DP_SLEEF_D(asin, u10), DP_SLEEF_F(asin, u35))
DP_VEC1(arccos, DP_SLEEF_D(acos, u10), DP_SLEEF_F(acos, u35))
DP_VEC1(arctan, DP_SLEEF_D(atan, u10), DP_SLEEF_F(atan, u35))
DP_VEC1(sinh, DP_SLEEF_D(sinh, u10), DP_SLEEF_F(sinh, u35))
DP_VEC1(cosh, DP_SLEEF_D(cosh, u10), DP_SLEEF_F(cosh, u35))
DP_VEC1(arctanh, DP_SLEEF_D(atanh, u10), DP_SLEEF_F(atanh, u10))
DP_VEC1(cbrt, DP_SLEEF_D(cbrt, u10), DP_SLEEF_F(cbrt, u35))
DP_VEC1(sqrt, VD::sqrt, VF::sqrt)
DP_VEC1(floor, VD::floor, VF::floor)
DP_VEC1(ceil, VD::ceil, VF::ceil)
DP_VEC1(trunc, VD::trunc, VF::trunc)
DP_VEC1(rint, VD::rint, VF::rint)
DP_VEC2(arctan2, DP_SLEEF_D(atan2, u10), DP_SLEEF_F(atan2, u35))
DP_VEC2(pow, DP_SLEEF_D(pow, u10), DP_SLEEF_F(pow, u10))

struct log1p_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return log1p_fix<VD>(x, DP_SLEEF_D(log1p, u10), DP_SLEEF_D(log, u10)); }
  static VF::V f(VF::V x) { return log1p_fix<VF>(x, DP_SLEEF_F(log1p, u10), DP_SLEEF_F(log, u10)); }
};
struct tanh_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return tanh_fix<VD>(x, DP_SLEEF_D(tanh, u10)); }
  static VF::V f(VF::V x) { return tanh_fix<VF>(x, DP_SLEEF_F(tanh, u35)); }
};
struct arccosh_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return acosh_fix<VD>(x, DP_SLEEF_D(acosh, u10), DP_SLEEF_D(log, u10)); }
  static VF::V f(VF::V x) { return acosh_fix<VF>(x, DP_SLEEF_F(acosh, u10), DP_SLEEF_F(log, u10)); }
};
struct arcsinh_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return asinh_fix<VD>(x, DP_SLEEF_D(asinh, u10), DP_SLEEF_D(log, u10)); }
  static VF::V f(VF::V x) { return asinh_fix<VF>(x, DP_SLEEF_F(asinh, u10), DP_SLEEF_F(log, u10)); }
};
#undef DP_VEC1
#undef DP_VEC2

template <class Op, class V>
inline V eval(const V* x) {
  if constexpr (Op::nin == 1)
    return Op::f(x[0]);
  else
    return Op::f(x[0], x[1]);
}

// Full vectors straight from memory (or one broadcast element); the tail goes through a
// padded buffer so that every element sees the same function.
template <class D, class Op>
void vloop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  using T = typename D::T;
  using V = typename D::V;
  constexpr int N = Op::nin, W = D::W;
  const T* src[N];
  bool one[N];
  V fixed[N];
  for (int k = 0; k < N; ++k) {
    src[k] = reinterpret_cast<const T*>(in[k]);
    one[k] = step[k] == 0;
    fixed[k] = D::set1(src[k][0]);
  }
  T* o = reinterpret_cast<T*>(out);
  int64_t i = b;
  V x[N];
  for (; i + W <= e; i += W) {
    for (int k = 0; k < N; ++k) x[k] = one[k] ? fixed[k] : D::load(src[k] + i);
    D::store(o + i, eval<Op>(x));
  }
  if (i < e) {
    const int64_t rest = e - i;
    alignas(64) T buf[W];
    for (int k = 0; k < N; ++k) {
      for (int j = 0; j < W; ++j) buf[j] = j >= rest ? T(1) : one[k] ? src[k][0] : src[k][i + j];
      x[k] = D::load(buf);
    }
    D::store(buf, eval<Op>(x));
    std::memcpy(o + i, buf, static_cast<size_t>(rest) * sizeof(T));
  }
}

template <class D>
VectorLoop vector_table(OpId op) {
  switch (op) {
#define DP_CASE(NAME) \
  case OpId::NAME: return &vloop<D, NAME##_v>;
    DP_CASE(exp)
    DP_CASE(expm1)
    DP_CASE(exp2)
    DP_CASE(log)
    DP_CASE(log1p)
    DP_CASE(log2)
    DP_CASE(log10)
    DP_CASE(sin)
    DP_CASE(cos)
    DP_CASE(tan)
    DP_CASE(arcsin)
    DP_CASE(arccos)
    DP_CASE(arctan)
    DP_CASE(sinh)
    DP_CASE(cosh)
    DP_CASE(tanh)
    DP_CASE(arccosh)
    DP_CASE(arcsinh)
    DP_CASE(arctanh)
    DP_CASE(sqrt)
    DP_CASE(cbrt)
    DP_CASE(floor)
    DP_CASE(ceil)
    DP_CASE(trunc)
    DP_CASE(rint)
    DP_CASE(arctan2)
    DP_CASE(pow)
#undef DP_CASE
    case OpId::round: return &vloop<D, rint_v>;  // NumPy's round(x) is rint(x)
    default: return nullptr;
  }
}

}  // namespace
}  // namespace dp::host
