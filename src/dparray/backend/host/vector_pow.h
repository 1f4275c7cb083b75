// float64 x^y as exp(y log x), table-driven (Tang's method) with log x carried to about
// 2^-68 in two doubles, so that the rounding of y log x (up to 709 in size) costs under
// 0.01 ULP; within 0.52 ULP measured. Tables: pow_tables.h (tools/gen_pow_tables.py).
// x <= 0 with y not an integer, zero, subnormal, inf or NaN x, inf or NaN y, and results
// near the ends of the double range take the scalar std::pow.
#pragma once
#include <hwy/highway.h>

#include <cmath>
#include <limits>

#include "dparray/backend/host/pow_tables.h"
#include "dparray/backend/host/vector_math_hwy.h"

namespace dp::host::hmath {

// About 1/z for z in [0.7, 1.5], to 2^-11 relative (vrcp14pd; else vrcpps in float).
template <class D, class V>
HWY_INLINE V approx_recip(D d, V z) {
#if HWY_TARGET <= HWY_AVX3
  if constexpr (hn::MaxLanes(D()) == 8) return V{_mm512_rcp14_pd(z.raw)};
#endif
  const hn::Rebind<float, D> df;
  return hn::PromoteTo(d, hn::ApproximateReciprocal(hn::DemoteTo(df, z)));
}

// table[idx] for a table of 16 or 48 entries: on AVX-512, two-register permutes (and blends
// on idx's range), else a gather.
template <int kEntries, class D, class VI>
HWY_INLINE hn::Vec<D> lookup(D d, const double* table, VI idx) {
  static_assert(kEntries == 16 || kEntries == 48, "one or three register pairs");
#if HWY_TARGET <= HWY_AVX3
  if constexpr (hn::MaxLanes(D()) == 8) {
    const __m512i i = idx.raw;
    auto pair = [&](int at) {
      return _mm512_permutex2var_pd(_mm512_load_pd(table + at), i, _mm512_load_pd(table + at + 8));
    };
    if constexpr (kEntries == 16) {
      return hn::Vec<D>{pair(0)};
    } else {
      const __mmask8 ge16 = _mm512_cmpgt_epi64_mask(i, _mm512_set1_epi64(15));
      const __mmask8 ge32 = _mm512_cmpgt_epi64_mask(i, _mm512_set1_epi64(31));
      return hn::Vec<D>{
          _mm512_mask_blend_pd(ge32, _mm512_mask_blend_pd(ge16, pair(0), pair(16)), pair(32))};
    }
  }
#endif
  return hn::GatherIndex(d, table, idx);
}

// log(ax) as hi + lo for positive normal ax.
template <class D, class V>
HWY_INLINE V pow_log(D d, V ax, V& lo) {
  namespace pt = pow_tables;
  const hn::RebindToSigned<D> di;
  const auto ix = hn::BitCast(di, ax);
  const auto k = hn::ShiftRight<52>(hn::Sub(ix, hn::Set(di, pt::kLogOff)));  // arithmetic
  const V z = hn::BitCast(d, hn::Sub(ix, hn::ShiftLeft<52>(k)));
  const V kd = hn::ConvertTo(d, k);
  // invc = j / 64 with j = 64 / z rounded (in the low bits of jshift), a number with few
  // bits, so that r = z invc - 1 is exact.
  const V shift = hn::Set(d, 0x1.8p52);
  const V jshift = hn::MulAdd(approx_recip(d, z), hn::Set(d, 64.0), shift);
  const V invc = hn::Mul(hn::Sub(jshift, shift), hn::Set(d, 1.0 / 64));
  const auto idx =
      hn::Sub(hn::BitCast(di, jshift), hn::BitCast(di, hn::Add(shift, hn::Set(d, pt::kLogJ0))));
  const V logc = lookup<48>(d, pt::kLogC, idx);
  const V logctail = lookup<48>(d, pt::kLogCTail, idx);
  const V r = hn::MulSub(z, invc, hn::Set(d, 1.0));
  // log(x) = k ln2 + logc + log1p(r); k ln2hi + logc is exact, and 0 or at least r's
  // binade, so a fast two-sum adds r (tools/gen_pow_tables.py checks both).
  const V t1 = hn::MulAdd(kd, hn::Set(d, pt::kLn2Hi), logc);
  const V hi = hn::Add(t1, r);
  const V lo1 = hn::Add(hn::Sub(t1, hi), r);
  // -r^2/2 exactly as ar2 + ar2lo, added to hi by a fast two-sum (|ar2| < |hi|).
  const V ar = hn::Mul(r, hn::Set(d, -0.5));
  const V ar2 = hn::Mul(r, ar);
  const V ar2lo = hn::MulSub(r, ar, ar2);
  const V hi2 = hn::Add(hi, ar2);
  const V lo2 = hn::Add(hn::Sub(hi, hi2), ar2);
  // r^3 (1/3 - r/4 + ... - r^7/10): the Taylor series to r^10, 2^-67 relative for
  // |r| < 2^-6.4.
  const V r3 = hn::Mul(hn::Mul(r, r), r);
  const V p = hn::Mul(r3, horner(d, r, 1.0 / 3, -1.0 / 4, 1.0 / 5, -1.0 / 6, 1.0 / 7, -1.0 / 8,
                                 1.0 / 9, -1.0 / 10));
  const V tails = hn::Add(hn::Add(lo1, lo2), hn::Add(ar2lo, logctail));
  const V l = hn::Add(hn::MulAdd(kd, hn::Set(d, pt::kLn2Lo), tails), p);
  const V s = hn::Add(hi2, l);
  lo = hn::Add(hn::Sub(hi2, s), l);
  return s;
}

// exp(hi + lo) for |hi| <= 708 (a normal result).
template <class D, class V>
HWY_INLINE V pow_exp(D d, V hi, V lo) {
  namespace pt = pow_tables;
  static_assert(pt::kExpBits == 4, "a 16-entry table");
  const hn::RebindToSigned<D> di;
  // hi 16 / ln2 rounded to an integer in the low bits of kd + 1.5 2^52.
  const V shift = hn::Set(d, 0x1.8p52);
  const V kshift = hn::MulAdd(hi, hn::Set(d, pt::kInvLn2N), shift);
  const V kd = hn::Sub(kshift, shift);
  const auto ki = hn::BitCast(di, kshift);
  V r = hn::NegMulAdd(kd, hn::Set(d, pt::kLn2NHi), hi);
  r = hn::Add(hn::NegMulAdd(kd, hn::Set(d, pt::kLn2NLo), r), lo);  // |r| <= ln2 / 32
  const auto idx = hn::And(ki, hn::Set(di, (1 << pt::kExpBits) - 1));
  const V t = lookup<16>(d, pt::kExp2, idx);
  const V tail = lookup<16>(d, pt::kExp2Tail, idx);
  // 2^(ki / 16) = t 2^(ki >> 4): the power of two goes into t's exponent field (shift's own
  // bits, all above bit 19, leave through the top).
  const auto e = hn::ShiftLeft<52 - pt::kExpBits>(hn::Sub(ki, idx));
  const V scale = hn::BitCast(d, hn::Add(hn::BitCast(di, t), e));
  // expm1(r) to r^7 (2^-59 short), plus the table's rounding error.
  const V r2 = hn::Mul(r, r);
  const V q =
      hn::MulAdd(r2, horner(d, r, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040),
                 hn::Add(r, tail));
  return hn::MulAdd(scale, q, scale);
}

template <class D, class V>
HWY_INLINE V pow(D d, V x, V y) {
  using T = hn::TFromD<D>;
  static_assert(sizeof(T) == 8, "float64 only; float32 has powf");
  const hn::RebindToUnsigned<D> du;
  const V ax = hn::Abs(x);
  V lo;
  const V hi = pow_log(d, ax, lo);
  const V ehi = hn::Mul(y, hi);
  const V elo = hn::MulAdd(y, lo, hn::MulSub(y, hi, ehi));
  V r = pow_exp(d, ehi, elo);
  // |x| positive, normal and finite (its bits less the smallest normal's, unsigned, below
  // the largest finite's less it); |y log x| <= 708, which also fails for y inf or NaN.
  const auto min_bits = hn::Set(du, 0x0010000000000000ull);
  const auto normal = hn::RebindMask(
      d, hn::Lt(hn::Sub(hn::BitCast(du, ax), min_bits), hn::Set(du, 0x7FE0000000000000ull)));
  auto bad = hn::Not(hn::And(normal, hn::Le(hn::Abs(ehi), hn::Set(d, T(708)))));
  const auto neg = hn::Lt(x, hn::Zero(d));
  if (HWY_UNLIKELY(!hn::AllFalse(d, neg))) {
    // (-|x|)^y: y integral gives |x|^y times (-1)^y, any other y the scalar NaN.
    const auto yint = hn::Eq(hn::Round(y), y);
    const V half = hn::Mul(y, hn::Set(d, T(0.5)));
    const auto odd = hn::And(yint, hn::Ne(hn::Round(half), half));
    r = hn::IfThenElse(hn::And(neg, odd), hn::Neg(r), r);
    bad = hn::Or(bad, hn::AndNot(yint, neg));
  }
  return scalar_lanes2(d, x, y, r, bad, [](T a, T b) { return std::pow(a, b); });
}

}  // namespace dp::host::hmath
