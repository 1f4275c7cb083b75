// The SIMD math loops, written once for any vector width. A translation unit built for one
// instruction set (vector_math_avx2.cpp, vector_math_avx512.cpp) defines, before including
// this file, DP_SLEEF_D(f, u) and DP_SLEEF_F(f, u): SLEEF's name of f at accuracy u for
// that width; and is built with flags that make Highway's static target that instruction
// set, which VecTraits below follows.
// float64 uses SLEEF's 1-ULP (u10) functions; float32 the 3.5-ULP (u35) ones where SLEEF
// has them, the accuracy class of NumPy's own float32 SIMD paths. Where SLEEF is slower
// than NumPy (expm1, log1p, the hyperbolic functions, cbrt) vector_math_hwy.h's functions
// run instead: at most 4 ULP, the bound NumPy's own AVX-512 paths have.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/vector_int_loops.h"
#include "dparray/backend/host/vector_math.h"
#include "dparray/backend/host/vector_math_hwy.h"
#include "dparray/backend/host/vector_pow.h"
#include "dparray/backend/host/vector_predicates.h"

namespace dp::host {
namespace {

// The full vectors of T on the translation unit's Highway target, as raw intrinsic types
// (what SLEEF takes), with what the loops need of them.
template <class E>
struct VecTraits {
  using T = E;
  using Tag = hmath::hn::ScalableTag<T>;
  using HV = decltype(hmath::hn::Zero(Tag()));
  using V = decltype(std::declval<HV>().raw);
  static constexpr int W = HWY_LANES(T);
  static V load(const T* p) { return hmath::hn::LoadU(Tag(), p).raw; }
  static void store(T* p, V v) { hmath::hn::StoreU(HV{v}, Tag(), p); }
  static V set1(T x) { return hmath::hn::Set(Tag(), x).raw; }
  // f(tag, x) on Highway vectors, applied to a raw one.
  template <class F>
  static V apply(V x, F f) {
    return f(Tag(), HV{x}).raw;
  }
};
using VD = VecTraits<double>;
using VF = VecTraits<float>;

// tanh: +-1 exactly from the saturation points of scalar_math.h's tanhr, and at most
// 1 - ulp below them.
template <class D, class F>
typename D::V tanh_fix(typename D::V x, F tanh) {
  using T = typename D::T;
  constexpr bool f32 = std::is_same_v<T, float>;
  const T below_one = f32 ? T(math::kBelowOneF) : T(math::kBelowOneD);
  const T sat_at = f32 ? T(math::kTanhOneF) : T(math::kTanhOneD);
  const typename D::V r = tanh(x);
  return D::apply(x, [&](auto d, auto hx) {
    namespace hn = hmath::hn;
    const auto hr = decltype(hx){r};
    const auto below = hn::CopySign(hn::Set(d, below_one), hx);
    const auto one = hn::CopySign(hn::Set(d, T(1)), hx);
    const auto big = hn::Gt(hn::Abs(hr), hn::Set(d, below_one));
    const auto sat = hn::Ge(hn::Abs(hx), hn::Set(d, sat_at));
    return hn::IfThenElse(sat, one, hn::IfThenElse(big, below, hr));
  });
}

#define DP_HWY_D(FN) \
  [](VD::V v) { return VD::apply(v, [](auto d, auto x) { return hmath::FN(d, x); }); }
#define DP_HWY_F(FN) \
  [](VF::V v) { return VF::apply(v, [](auto d, auto x) { return hmath::FN(d, x); }); }
// A Highway op of one vector (hn::Sqrt, hn::Floor, ...).
#define DP_HN_D(OP) \
  [](VD::V v) { return VD::apply(v, [](auto, auto x) { return hmath::hn::OP(x); }); }
#define DP_HN_F(OP) \
  [](VF::V v) { return VF::apply(v, [](auto, auto x) { return hmath::hn::OP(x); }); }
#define DP_HWY2(T, FN)                                       \
  [](VecTraits<T>::V x, VecTraits<T>::V y) {                 \
    using HV = VecTraits<T>::HV;                             \
    return hmath::FN(VecTraits<T>::Tag(), HV{x}, HV{y}).raw; \
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
DP_VEC1(expm1, DP_HWY_D(expm1), DP_HWY_F(expm1))
DP_VEC1(exp2, DP_SLEEF_D(exp2, u10), DP_SLEEF_F(exp2, u35))
DP_VEC1(log, DP_SLEEF_D(log, u10), DP_SLEEF_F(log, u35))
DP_VEC1(log2, DP_SLEEF_D(log2, u10), DP_SLEEF_F(log2, u35))
DP_VEC1(sin, DP_SLEEF_D(sin, u10), DP_SLEEF_F(sin, u35))
DP_VEC1(cos, DP_SLEEF_D(cos, u10), DP_SLEEF_F(cos, u35))
DP_VEC1(tan, DP_SLEEF_D(tan, u10), DP_SLEEF_F(tan, u35))
DP_VEC1(arcsin, DP_SLEEF_D(asin, u10), DP_SLEEF_F(asin, u35))
DP_VEC1(arccos, DP_SLEEF_D(acos, u10), DP_SLEEF_F(acos, u35))
DP_VEC1(arctan, DP_SLEEF_D(atan, u10), DP_SLEEF_F(atan, u35))
DP_VEC1(sinh, DP_HWY_D(sinh), DP_HWY_F(sinh_f32))
DP_VEC1(cosh, DP_HWY_D(cosh), DP_HWY_F(cosh_f32))
DP_VEC1(arctanh, DP_HWY_D(atanh), DP_HWY_F(atanh))
DP_VEC1(arcsinh, DP_HWY_D(asinh), DP_HWY_F(asinh))
DP_VEC1(arccosh, DP_HWY_D(acosh), DP_HWY_F(acosh))
DP_VEC1(log1p, DP_HWY_D(log1p), DP_HWY_F(log1p))
DP_VEC1(cbrt, DP_HWY_D(cbrt), DP_HWY_F(cbrt))
DP_VEC1(sqrt, DP_HN_D(Sqrt), DP_HN_F(Sqrt))
DP_VEC1(floor, DP_HN_D(Floor), DP_HN_F(Floor))
DP_VEC1(ceil, DP_HN_D(Ceil), DP_HN_F(Ceil))
DP_VEC1(trunc, DP_HN_D(Trunc), DP_HN_F(Trunc))
DP_VEC1(rint, DP_HN_D(Round), DP_HN_F(Round))
DP_VEC2(arctan2, DP_SLEEF_D(atan2, u10), DP_SLEEF_F(atan2, u35))
DP_VEC1(_frexp_mant, DP_HWY_D(frexp_mant), DP_HWY_F(frexp_mant))
DP_VEC2(pow, DP_HWY2(double, pow), DP_HWY2(float, powf))
DP_VEC2(ldexp, DP_HWY2(double, ldexp), DP_HWY2(float, ldexp))

// maximum / minimum (kMax), NaN from either operand as scalar_math.h's maxr / minr: x where
// x >= y (x <= y) or x is NaN, else y; fmax / fmin (kIgnoreNaN) as fmaxr / fminr: x where
// x >= y (x <= y) or y is NaN.
template <bool kMax, bool kIgnoreNaN, class V>
V pick(V x, V y) {
  namespace hn = hmath::hn;
  const auto ordered = kMax ? hn::Ge(x, y) : hn::Le(x, y);
  return hn::IfThenElse(hn::Or(ordered, hn::IsNaN(kIgnoreNaN ? y : x)), x, y);
}
template <bool kMax, bool kIgnoreNaN>
struct minmax_i {  // for iloop
  static constexpr int nin = 2;
  template <class D, class V>
  static V f(D, V x, V y) {
    return pick<kMax, kIgnoreNaN>(x, y);
  }
  template <class T>
  static T s(T a, T b) {
    if constexpr (kIgnoreNaN)
      return kMax ? math::fmaxr(a, b) : math::fminr(a, b);
    else
      return kMax ? math::maxr(a, b) : math::minr(a, b);
  }
};

// clip(a, lo, hi) = minimum(maximum(a, lo), hi), NaN from any operand, as scalar_math.h's
// clipr.
template <class D>
typename D::V clip_of(typename D::V a, typename D::V lo, typename D::V hi) {
  using HV = typename D::HV;
  return pick<false, false>(pick<true, false>(HV{a}, HV{lo}), HV{hi}).raw;
}
struct clip_v {
  static constexpr int nin = 3;
  static VD::V f(VD::V a, VD::V lo, VD::V hi) { return clip_of<VD>(a, lo, hi); }
  static VF::V f(VF::V a, VF::V lo, VF::V hi) { return clip_of<VF>(a, lo, hi); }
};

// float32 log10 as log(x) log10(e): SLEEF's float log10 is twice as slow; at most 3.5 ULP.
struct log10_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return DP_SLEEF_D(log10, u10)(x); }
  static VF::V f(VF::V x) {
    return VF::apply(DP_SLEEF_F(log, u35)(x), [](auto d, auto v) {
      return hmath::hn::Mul(v, hmath::hn::Set(d, 0.43429448190325182765f));
    });
  }
};
// sin(pi x) / (pi x) with pi x rounded first, and 1 at 0, as scalar_math.h's sincr.
template <class D, class S>
typename D::V sinc_of(typename D::V x, S sin) {
  using T = typename D::T;
  return D::apply(x, [sin](auto d, auto v) {
    namespace hn = hmath::hn;
    const auto y = hn::Mul(v, hn::Set(d, T(3.141592653589793238462643383279502884)));
    const auto r = hn::Div(decltype(y){sin(y.raw)}, y);
    return hn::IfThenElse(hn::Eq(v, hn::Zero(d)), hn::Set(d, T(1)), r);
  });
}
struct sinc_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return sinc_of<VD>(x, DP_SLEEF_D(sin, u10)); }
  static VF::V f(VF::V x) { return sinc_of<VF>(x, DP_SLEEF_F(sin, u35)); }
};
struct tanh_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return tanh_fix<VD>(x, DP_HWY_D(tanh)); }
  static VF::V f(VF::V x) { return DP_HWY_F(tanh_f32)(x); }
};
// NumPy's spacing (scalar_math.h's spacingr): the float one step further from zero (its bits
// plus one) less x; +-0 give +tiny; inf and NaN give NaN, as the next bit pattern is a NaN.
template <class D>
typename D::V spacing_of(typename D::V x) {
  return D::apply(x, [](auto d, auto hx) {
    namespace hn = hmath::hn;
    using T = typename D::T;
    const hn::RebindToUnsigned<decltype(d)> du;
    const auto next = hn::BitCast(d, hn::Add(hn::BitCast(du, hx), hn::Set(du, 1)));
    const auto tiny = hn::Set(d, std::numeric_limits<T>::denorm_min());
    return hn::IfThenElse(hn::Eq(hx, hn::Zero(d)), tiny, hn::Sub(next, hx));
  });
}
struct spacing_v {
  static constexpr int nin = 1;
  static VD::V f(VD::V x) { return spacing_of<VD>(x); }
  static VF::V f(VF::V x) { return spacing_of<VF>(x); }
};
#undef DP_VEC1
#undef DP_VEC2
#undef DP_HWY_D
#undef DP_HWY_F
#undef DP_HWY2
#undef DP_HN_D
#undef DP_HN_F

template <class Op, class V>
inline V eval(const V* x) {
  if constexpr (Op::nin == 1)
    return Op::f(x[0]);
  else if constexpr (Op::nin == 2)
    return Op::f(x[0], x[1]);
  else
    return Op::f(x[0], x[1], x[2]);
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

// frexp's exponent as int32: normal numbers by their exponent field, the rest by libm.
template <class D>
void frexp_exp_loop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  namespace hn = hmath::hn;
  using T = typename D::T;
  using B = hmath::FloatBits<T>;
  const T* x = reinterpret_cast<const T*>(in[0]);
  int32_t* o = reinterpret_cast<int32_t*>(out);
  int64_t i = b;
  if (step[0] != 0) {
    const hn::ScalableTag<T> d;
    const hn::RebindToSigned<decltype(d)> di;
    const hn::Rebind<int32_t, decltype(d)> d32;
    using TI = hn::TFromD<decltype(di)>;
    constexpr int N = D::W;
    for (; i + N <= e; i += N) {
      const auto bits = hn::BitCast(di, hn::LoadU(d, x + i));
      const auto field = hn::And(hn::ShiftRight<B::kMant>(bits), hn::Set(di, TI(B::kExpMask)));
      const auto normal =
          hn::And(hn::Ne(field, hn::Zero(di)), hn::Ne(field, hn::Set(di, TI(B::kExpMask))));
      if (!hn::AllTrue(di, normal)) {
        for (int j = 0; j < N; ++j) o[i + j] = math::frexpexp(x[i + j]);
        continue;
      }
      const auto ex = hn::Sub(field, hn::Set(di, TI(B::kBias - 1)));
      if constexpr (sizeof(T) == 8)  // int64 -> int32 by way of double (exact here)
        hn::StoreU(hn::DemoteTo(d32, hn::ConvertTo(d, ex)), d32, o + i);
      else
        hn::StoreU(ex, di, o + i);
    }
  }
  for (; i < e; ++i) o[i] = math::frexpexp(x[step[0] ? i : 0]);
}

// ldexp(x, n) with n an int32 / int64 array (or one element), converted in the loop.
template <class D, class E>
void ldexp_int_loop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  namespace hn = hmath::hn;
  using T = typename D::T;
  const hn::ScalableTag<T> d;
  const hn::Rebind<E, decltype(d)> de;  // as many lanes as d
  const T* x = reinterpret_cast<const T*>(in[0]);
  const E* n = reinterpret_cast<const E*>(in[1]);
  T* o = reinterpret_cast<T*>(out);
  auto to_float = [&](auto v) {
    if constexpr (sizeof(E) == sizeof(T))
      return hn::ConvertTo(d, v);
    else
      return hn::PromoteTo(d, v);  // int32 -> double, exact
  };
  int64_t i = b;
  for (; i + D::W <= e; i += D::W) {
    const auto xv = step[0] ? hn::LoadU(d, x + i) : hn::Set(d, x[0]);
    const auto nv = step[1] ? to_float(hn::LoadU(de, n + i)) : hn::Set(d, T(n[0]));
    hn::StoreU(hmath::ldexp(d, xv, nv), d, o + i);
  }
  for (; i < e; ++i) o[i] = math::ldexpr(x[step[0] ? i : 0], T(n[step[1] ? i : 0]));
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
    DP_CASE(sinc)
    DP_CASE(spacing)
    DP_CASE(ldexp)
    DP_CASE(clip)
    DP_CASE(_frexp_mant)
    case OpId::_frexp_exp: return &frexp_exp_loop<D>;
#undef DP_CASE
    case OpId::round:
      return &vloop<D, rint_v>;  // NumPy's round(x) is rint(x)
    // Exact ops, whose scalar tail equals the vector lanes: vector_int_loops.h's iloop.
    case OpId::add: return &iloop<typename D::T, arith_i<Arith::Add>>;
    case OpId::subtract: return &iloop<typename D::T, arith_i<Arith::Sub>>;
    case OpId::multiply: return &iloop<typename D::T, arith_i<Arith::Mul>>;
    case OpId::abs: return &iloop<typename D::T, sign_i<true>>;
    case OpId::negative: return &iloop<typename D::T, sign_i<false>>;
    case OpId::maximum: return &iloop<typename D::T, minmax_i<true, false>>;
    case OpId::minimum: return &iloop<typename D::T, minmax_i<false, false>>;
    case OpId::fmax: return &iloop<typename D::T, minmax_i<true, true>>;
    case OpId::fmin: return &iloop<typename D::T, minmax_i<false, true>>;
    default: return predicate_table<typename D::T>(op);
  }
}

// The loop of (op, dtype) on this translation unit's instruction set, or null.
VectorLoop vector_loop_here(OpId op, DType t) {
  if (t == DType::Float32) return vector_table<VF>(op);
  if (t == DType::Float64) return vector_table<VD>(op);
  return int_bool_table(op, t);
}

VectorLoop ldexp_loop_here(DType t, DType e) {
  // float32 with int64 has twice the exponent's vector width: the scalar loop.
  if (t == DType::Float32 && e == DType::Int32) return &ldexp_int_loop<VF, int32_t>;
  if (t == DType::Float64 && e == DType::Int32) return &ldexp_int_loop<VD, int32_t>;
  if (t == DType::Float64 && e == DType::Int64) return &ldexp_int_loop<VD, int64_t>;
  return nullptr;
}

}  // namespace
}  // namespace dp::host
