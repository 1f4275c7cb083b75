// SIMD math from Highway's contrib/math where it is faster than SLEEF, and our own cube root
// and float32 sinh / cosh / tanh (on a short-range exp; neither library has fast ones).
// Written for any Highway tag; the translation unit's compiler flags make HWY_STATIC_TARGET
// the instruction set it is built for.
// Each function computes a vector result on the range where that is accurate; lanes
// outside it (infinities, NaN, poles, overflow) take the scalar function, so that special
// values are exactly those of the strided loops.
#pragma once
#include <hwy/contrib/math/math-inl.h>
#include <hwy/highway.h>

#include <cmath>
#include <limits>

#include "dparray/backend/host/scalar_math.h"

namespace dp::host::hmath {
namespace hn = hwy::HWY_NAMESPACE;

// r, with the lanes in `bad` replaced by f(x) (or f(x, y)); bad lanes are rare, so the
// check is one branch.
template <class D, class V, class M, class F>
HWY_INLINE V scalar_lanes2(D d, V x, V y, V r, M bad, F f) {
  if (HWY_LIKELY(hn::AllFalse(d, bad))) return r;
  using T = hn::TFromD<D>;
  constexpr size_t N = HWY_LANES(T);  // full vectors of the static target
  alignas(64) T xs[N], ys[N], rs[N], flag[N];
  hn::Store(x, d, xs);
  hn::Store(y, d, ys);
  hn::Store(r, d, rs);
  hn::Store(hn::IfThenElseZero(bad, hn::Set(d, T(1))), d, flag);
  for (size_t j = 0; j < N; ++j)
    if (flag[j] != T(0)) rs[j] = f(xs[j], ys[j]);
  return hn::Load(d, rs);
}
template <class D, class V, class M, class F>
HWY_INLINE V scalar_lanes(D d, V x, V r, M bad, F f) {
  return scalar_lanes2(d, x, x, r, bad, [f](auto v, auto) { return f(v); });
}

// c0 + x (c1 + x (c2 + ...)), unrolled at compile time.
template <class D, class V, class C>
HWY_INLINE V horner(D d, V, C c) {
  return hn::Set(d, c);
}
template <class D, class V, class C, class... Cs>
HWY_INLINE V horner(D d, V x, C c, Cs... cs) {
  return hn::MulAdd(horner(d, x, cs...), x, hn::Set(d, c));
}

template <class D>
HWY_INLINE hn::TFromD<D> max_finite(D) {
  return std::numeric_limits<hn::TFromD<D>>::max();
}
// Above this |x| exp(x) overflows (709.78 for double, 88.72 for float): scalar lanes.
template <class D>
HWY_INLINE hn::TFromD<D> exp_limit(D) {
  return sizeof(hn::TFromD<D>) == 4 ? 88.0f : 709.0;
}

template <class D, class V>
HWY_INLINE V expm1(D d, V x) {
  using T = hn::TFromD<D>;
  // x == 0 keeps its sign through the scalar function.
  const auto bad =
      hn::Or(hn::Not(hn::Le(hn::Abs(x), hn::Set(d, exp_limit(d)))), hn::Eq(x, hn::Zero(d)));
  return scalar_lanes(d, x, hn::Expm1(d, x), bad, [](T v) { return std::expm1(v); });
}

template <class D, class V>
HWY_INLINE V log1p(D d, V x) {
  using T = hn::TFromD<D>;
  // -1, below it, +inf and NaN: scalar. Tiny x (and -0) come back as x itself.
  const auto ok = hn::And(hn::Gt(x, hn::Set(d, T(-1))), hn::Le(x, hn::Set(d, max_finite(d))));
  return scalar_lanes(d, x, hn::Log1p(d, x), hn::Not(ok), [](T v) { return std::log1p(v); });
}

template <class D, class V>
HWY_INLINE V sinh(D d, V x) {
  using T = hn::TFromD<D>;
  const auto bad =
      hn::Or(hn::Not(hn::Le(hn::Abs(x), hn::Set(d, exp_limit(d)))), hn::Eq(x, hn::Zero(d)));
  return scalar_lanes(d, x, hn::Sinh(d, x), bad, [](T v) { return std::sinh(v); });
}

// (e + 1/e) / 2 with e = exp(|x|): at most 2 ULP (Highway's exp is 1).
template <class D, class V>
HWY_INLINE V cosh(D d, V x) {
  using T = hn::TFromD<D>;
  const V ax = hn::Abs(x);
  const V e = hn::Exp(d, ax);
  const V half = hn::Set(d, T(0.5));
  const V r = hn::MulAdd(half, e, hn::Div(half, e));
  const auto bad = hn::Not(hn::Le(ax, hn::Set(d, exp_limit(d))));
  return scalar_lanes(d, x, r, bad, [](T v) { return std::cosh(v); });
}

// tanh before the saturation fix-up of vector_math_loops.h (tanh_fix).
template <class D, class V>
HWY_INLINE V tanh(D d, V x) {
  using T = hn::TFromD<D>;
  const auto bad =
      hn::Or(hn::Not(hn::Le(hn::Abs(x), hn::Set(d, max_finite(d)))), hn::Eq(x, hn::Zero(d)));
  return scalar_lanes(d, x, hn::Tanh(d, x), bad, [](T v) { return std::tanh(v); });
}

// e^y for float32 y in [0, 88], no special values: 2^k e^r with r = y - k ln 2 in
// [-ln2/2, ln2/2] (ln 2 in two parts) and a degree-6 fit of least relative error (1.5 ULP).
template <class D, class V>
HWY_INLINE V exp_f32_in_range(D d, V y) {
  const hn::RebindToSigned<D> di;
  const V k = hn::Round(hn::Mul(y, hn::Set(d, 1.44269504088896341f)));
  V r = hn::MulAdd(k, hn::Set(d, -0.693145751953125f), y);
  r = hn::MulAdd(k, hn::Set(d, -1.428606765330187045e-06f), r);
  const V p = horner(d, r, 1.0f, 1.0f, 0.49999991059303284f, 0.16666410863399506f,
                     0.04166828840970993f, 0.008375636301934719f, 0.0013835751451551914f);
  const auto scale = hn::ShiftLeft<23>(hn::Add(hn::ConvertTo(di, k), hn::Set(di, 127)));
  return hn::Mul(p, hn::BitCast(d, scale));
}

// 1 / e for float32 e > 0 (finite, normal reciprocal): the reciprocal estimate (14 bits with
// AVX-512, 12 with AVX2) and one Newton step.
template <class D, class V>
HWY_INLINE V recip_f32(D d, V e) {
  const V r0 = hn::ApproximateReciprocal(e);
  return hn::Mul(r0, hn::NegMulAdd(e, r0, hn::Set(d, 2.0f)));
}

// float32 sinh: a + a^3 P(a^2) below a = |x| = 1 (P a degree-3 fit of least relative error,
// 0.86 ULP), else (e - 1/e) / 2 with e = exp(a), where the subtraction loses at most a
// sixth; x's sign copied last. Past 88 (e overflows) and NaN: scalar.
template <class D, class V>
HWY_INLINE V sinh_f32(D d, V x) {
  const V a = hn::Abs(x);
  const V t = hn::Mul(a, a);
  const V p = horner(d, t, 0.1666666716337204f, 0.008333349600434303f, 0.00019836160936392844f,
                     2.816945880113053e-06f);
  const V small = hn::MulAdd(hn::Mul(a, t), p, a);
  const V e = exp_f32_in_range(d, a);
  const V big = hn::Mul(hn::Sub(e, recip_f32(d, e)), hn::Set(d, 0.5f));
  const V r = hn::CopySign(hn::IfThenElse(hn::Ge(a, hn::Set(d, 1.0f)), big, small), x);
  const auto bad = hn::Not(hn::Le(a, hn::Set(d, 88.0f)));
  return scalar_lanes(d, x, r, bad, [](float v) { return std::sinh(v); });
}

// float32 cosh: (e + 1/e) / 2 with e = exp(|x|). Past 88 (e overflows) and NaN: scalar.
template <class D, class V>
HWY_INLINE V cosh_f32(D d, V x) {
  const V a = hn::Abs(x);
  const V e = exp_f32_in_range(d, a);
  const V r = hn::Mul(hn::Add(e, recip_f32(d, e)), hn::Set(d, 0.5f));
  const auto bad = hn::Not(hn::Le(a, hn::Set(d, 88.0f)));
  return scalar_lanes(d, x, r, bad, [](float v) { return std::cosh(v); });
}

// float32 tanh in at most 2 ULP, twice SLEEF's speed, with scalar_math.h's tanhr saturation
// (+-1 from kTanhOneF, at most kBelowOneF below it). Below |x| = 9/16 it is x + x^3 P(x^2),
// P a degree-4 fit of least relative error (0.8 ULP once rounded); above, 1 - 2 / (e + 1)
// with e = exp(2|x|), which is then at least 0.5, so the subtraction loses nothing; 2 / (e + 1)
// from the reciprocal estimate and one Newton step. Both on |x|, x's sign copied last (NaN
// takes the first branch and keeps its sign, -0 stays -0).
template <class D, class V>
HWY_INLINE V tanh_f32(D d, V x) {
  const V a = hn::Abs(x);
  const V t = hn::Mul(a, a);
  const V p = horner(d, t, -0.3333331346511841f, 0.133324533700943f, -0.05383748561143875f,
                     0.021007703617215157f, -0.006180174183100462f);
  const V small = hn::MulAdd(hn::Mul(a, t), p, a);
  const V one = hn::Set(d, 1.0f);
  const V den = hn::Add(exp_f32_in_range(d, hn::Add(a, a)), one);
  // 1 - 2 r0 (2 - den r0): one Newton step on the estimate r0 of 1 / den, fused with 1 - q.
  const V r0 = hn::ApproximateReciprocal(den);
  const V newton = hn::NegMulAdd(den, r0, hn::Set(d, 2.0f));  // 2 - den r0, near 1
  V big = hn::Min(hn::NegMulAdd(hn::Add(r0, r0), newton, one), hn::Set(d, math::kBelowOneF));
  big = hn::IfThenElse(hn::Ge(a, hn::Set(d, math::kTanhOneF)), one, big);
  return hn::CopySign(hn::IfThenElse(hn::Ge(a, hn::Set(d, 0.5625f)), big, small), x);
}

template <class D, class V>
HWY_INLINE V asinh(D d, V x) {
  using T = hn::TFromD<D>;
  const auto bad =
      hn::Or(hn::Not(hn::Le(hn::Abs(x), hn::Set(d, max_finite(d)))), hn::Eq(x, hn::Zero(d)));
  return scalar_lanes(d, x, hn::Asinh(d, x), bad, [](T v) { return std::asinh(v); });
}

template <class D, class V>
HWY_INLINE V acosh(D d, V x) {
  using T = hn::TFromD<D>;
  const auto ok = hn::And(hn::Ge(x, hn::Set(d, T(1))), hn::Le(x, hn::Set(d, max_finite(d))));
  return scalar_lanes(d, x, hn::Acosh(d, x), hn::Not(ok), [](T v) { return std::acosh(v); });
}

template <class D, class V>
HWY_INLINE V atanh(D d, V x) {
  using T = hn::TFromD<D>;
  const auto bad = hn::Or(hn::Not(hn::Lt(hn::Abs(x), hn::Set(d, T(1)))), hn::Eq(x, hn::Zero(d)));
  return scalar_lanes(d, x, hn::Atanh(d, x), bad, [](T v) { return std::atanh(v); });
}

// Cube root through z = |x|^(-1/3), refined without a division: a first guess from the
// exponent bits (about 4 bits right), then 2 (float) or 3 (double) steps of the third-order
// iteration z += z w (1/3 + 2w/9), w = 1 - |x| z^3 (4 -> 12 -> 36 -> 108 bits); y = |x| z^2,
// and one Newton step y -= (y^3 - |x|) z^2 / 3 with y^3 - |x| from y^2 split in two by an
// FMA (z^2 stands for 1 / y^2). Within 1 ULP. Zero, subnormal, inf and NaN lanes: scalar.
template <class D, class V>
HWY_INLINE V cbrt(D d, V x) {
  using T = hn::TFromD<D>;
  const hn::RebindToSigned<D> di;
  using TI = hn::TFromD<decltype(di)>;
  constexpr bool f32 = sizeof(T) == 4;
  const V ax = hn::Abs(x);
  // |x|'s bits read as an integer are about (log2|x| + bias) * 2^m; the guess's bits are
  // 4/3 (bias - 0.045) 2^m less a third of them.
  const TI magic = f32 ? TI(0x54A2FA8C) : TI(0x553EF0FF289DD796);
  const V third_bits = hn::Mul(hn::ConvertTo(d, hn::BitCast(di, ax)), hn::Set(d, T(1) / T(3)));
  V z = hn::BitCast(d, hn::Sub(hn::Set(di, magic), hn::ConvertTo(di, third_bits)));
  const V one = hn::Set(d, T(1)), third = hn::Set(d, T(1) / T(3));
  for (int k = 0; k < (f32 ? 2 : 3); ++k) {
    const V w = hn::NegMulAdd(hn::Mul(ax, z), hn::Mul(z, z), one);
    z = hn::MulAdd(hn::Mul(z, w), hn::MulAdd(w, hn::Set(d, T(2) / T(9)), third), z);
  }
  const V zz = hn::Mul(z, z);
  const V y = hn::Mul(ax, zz);
  const V y2 = hn::Mul(y, y);
  const V r = hn::MulAdd(hn::MulSub(y, y, y2), y, hn::MulSub(y2, y, ax));
  const V res = hn::CopySignToAbs(hn::NegMulAdd(hn::Mul(r, zz), third, y), x);
  const auto ok = hn::And(hn::Ge(ax, hn::Set(d, std::numeric_limits<T>::min())),
                          hn::Le(ax, hn::Set(d, max_finite(d))));
  return scalar_lanes(d, x, res, hn::Not(ok), [](T v) { return std::cbrt(v); });
}

// The exponent field's width and bias, and the mantissa's bits, of float / double.
template <class T>
struct FloatBits {
  static constexpr int kMant = std::numeric_limits<T>::digits - 1;
  static constexpr int kBias = std::numeric_limits<T>::max_exponent - 1;
  static constexpr int kExpMask = 2 * kBias + 1;
};

// x * 2^n (n integral, held in the float type) as one multiply by 2^n where that is a normal
// float, else scalar_math.h's ldexpr (which also clamps n and passes NaN through).
template <class D, class V>
HWY_INLINE V ldexp(D d, V x, V n) {
  using T = hn::TFromD<D>;
  using B = FloatBits<T>;
  const hn::RebindToSigned<D> di;
  using TI = hn::TFromD<decltype(di)>;
  const auto ok =
      hn::And(hn::Ge(n, hn::Set(d, T(1 - B::kBias))), hn::Le(n, hn::Set(d, T(B::kBias))));
  const V nk = hn::IfThenElseZero(ok, n);  // in range for the conversion
  const auto k = hn::ConvertTo(di, nk);
  const V scale = hn::BitCast(d, hn::ShiftLeft<B::kMant>(hn::Add(k, hn::Set(di, TI(B::kBias)))));
  return scalar_lanes2(d, x, n, hn::Mul(x, scale), hn::Not(ok),
                       [](T a, T b) { return math::ldexpr(a, b); });
}

// frexp's mantissa: normal numbers get the exponent field of 0.5; others are scalar.
template <class D, class V>
HWY_INLINE V frexp_mant(D d, V x) {
  using T = hn::TFromD<D>;
  using B = FloatBits<T>;
  const hn::RebindToSigned<D> di;
  using TI = hn::TFromD<decltype(di)>;
  const auto bits = hn::BitCast(di, x);
  const auto field = hn::And(hn::ShiftRight<B::kMant>(bits), hn::Set(di, TI(B::kExpMask)));
  const auto normal = hn::RebindMask(
      d, hn::And(hn::Ne(field, hn::Zero(di)), hn::Ne(field, hn::Set(di, TI(B::kExpMask)))));
  const auto keep = hn::Set(di, ~(TI(B::kExpMask) << B::kMant));
  const V r =
      hn::BitCast(d, hn::Or(hn::And(bits, keep), hn::Set(di, TI(B::kBias - 1) << B::kMant)));
  return scalar_lanes(d, x, r, hn::Not(normal), [](T v) { return math::frexpmant(v); });
}

}  // namespace dp::host::hmath
