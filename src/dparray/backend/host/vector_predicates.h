// SIMD predicates: float -> bool tests (isnan, ...) and comparisons of two float or signed
// integer arrays (or an array and one element), as Highway masks spread to bool bytes. Included by
// vector_math_loops.h, so built for the instruction set of the including translation unit.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>

#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/vector_math.h"
#include "dparray/backend/host/vector_math_hwy.h"

namespace dp::host {
namespace {

// Byte k of kSpread[b] is bit k of b: a predicate's mask bits to bool bytes, 8 at a time.
struct SpreadTable {
  uint64_t v[256];
  constexpr SpreadTable() : v() {
    for (int b = 0; b < 256; ++b)
      for (int k = 0; k < 8; ++k) v[b] |= uint64_t((b >> k) & 1) << (8 * k);
  }
};
inline constexpr SpreadTable kSpread{};

// Writes a mask of N lanes as N bool bytes.
template <class D, class M>
inline void store_bools(D d, M m, uint8_t* o) {
  constexpr int N = HWY_LANES(hmath::hn::TFromD<D>);
  uint8_t bits[(N + 7) / 8];
  hmath::hn::StoreMaskBits(d, m, bits);
  for (int k = 0; k * 8 < N; ++k)
    std::memcpy(o + 8 * k, &kSpread.v[bits[k]], N - 8 * k < 8 ? N - 8 * k : 8);
}

// x <= y: Highway has Le for floats only; for integers it is "not greater".
template <class V>
inline auto le_mask(V x, V y) {
  namespace hn = hmath::hn;
  if constexpr (hwy::IsFloat<hn::TFromV<V>>())
    return hn::Le(x, y);
  else
    return hn::Not(hn::Gt(x, y));
}

// Each predicate: nin, a Highway mask m(d, x[, y]) and the scalar test s(x[, y]), which is
// the catalogue's body for that op.
#define DP_PRED1(NAME, MASK, SCALAR) \
  struct NAME##_p {                  \
    static constexpr int nin = 1;    \
    template <class D, class V>      \
    static auto m(D d, V x) {        \
      namespace hn = hmath::hn;      \
      (void)d;                       \
      return MASK;                   \
    }                                \
    template <class T>               \
    static bool s(T x) {             \
      return SCALAR;                 \
    }                                \
  };
#define DP_PRED2(NAME, MASK, SCALAR) \
  struct NAME##_p {                  \
    static constexpr int nin = 2;    \
    template <class D, class V>      \
    static auto m(D, V x, V y) {     \
      namespace hn = hmath::hn;      \
      return MASK;                   \
    }                                \
    template <class T>               \
    static bool s(T x, T y) {        \
      return SCALAR;                 \
    }                                \
  };
DP_PRED1(isnan, hn::IsNaN(x), std::isnan(x))
DP_PRED1(isinf, hn::IsInf(x), std::isinf(x))
DP_PRED1(isfinite, hn::IsFinite(x), std::isfinite(x))
DP_PRED1(isposinf, hn::Eq(x, hn::Inf(d)), std::isinf(x) && x > 0)
DP_PRED1(isneginf, hn::Eq(x, hn::Neg(hn::Inf(d))), std::isinf(x) && x < 0)
DP_PRED1(signbit,
         hn::RebindMask(d, hn::Lt(hn::BitCast(hn::RebindToSigned<D>(), x),
                                  hn::Zero(hn::RebindToSigned<D>()))),
         std::signbit(x))
// Ordered compares (false with a NaN); not_equal is the negation of equal (true with one).
DP_PRED2(equal, hn::Eq(x, y), x == y)
DP_PRED2(not_equal, hn::Not(hn::Eq(x, y)), x != y)
DP_PRED2(less, hn::Lt(x, y), x < y)
DP_PRED2(less_equal, le_mask(x, y), x <= y)
DP_PRED2(greater, hn::Gt(x, y), x > y)
DP_PRED2(greater_equal, le_mask(y, x), x >= y)
#undef DP_PRED1
#undef DP_PRED2

// The K inputs of a SIMD loop over T, each contiguous or one element broadcast.
template <class T, int K>
struct LoopInputs {
  const T* src[K];
  bool one[K];
  LoopInputs(const char* const* in, const int64_t* step) {
    for (int k = 0; k < K; ++k) {
      src[k] = reinterpret_cast<const T*>(in[k]);
      one[k] = step[k] == 0;
    }
  }
  template <class D>
  auto vec(D d, int k, int64_t i) const {  // the vector at element i
    return one[k] ? hmath::hn::Set(d, src[k][0]) : hmath::hn::LoadU(d, src[k] + i);
  }
  T at(int k, int64_t i) const { return src[k][one[k] ? 0 : i]; }
  // f of the K vectors at element i, and of the K elements at i.
  template <class D, class F>
  auto call(D d, int64_t i, F f) const {
    if constexpr (K == 1)
      return f(vec(d, 0, i));
    else if constexpr (K == 2)
      return f(vec(d, 0, i), vec(d, 1, i));
    else
      return f(vec(d, 0, i), vec(d, 1, i), vec(d, 2, i));
  }
  template <class F>
  auto call_at(int64_t i, F f) const {
    if constexpr (K == 1)
      return f(at(0, i));
    else if constexpr (K == 2)
      return f(at(0, i), at(1, i));
    else
      return f(at(0, i), at(1, i), at(2, i));
  }
};

// A predicate over contiguous inputs (float, or signed integers for the comparisons), each
// possibly one broadcast element.
template <class T, class P>
void ploop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  const hmath::hn::ScalableTag<T> d;
  constexpr int N = HWY_LANES(T), K = P::nin;
  const LoopInputs<T, K> x(in, step);
  uint8_t* o = reinterpret_cast<uint8_t*>(out);
  int64_t i = b;
  for (; i + N <= e; i += N)
    store_bools(d, x.call(d, i, [&](auto... v) { return P::m(d, v...); }), o + i);
  for (; i < e; ++i) o[i] = x.call_at(i, [](auto... v) { return P::s(v...); });
}

// The comparison loops of T: float, or a signed integer (AVX2 has no unsigned compares).
template <class T>
VectorLoop compare_table(OpId op) {
  switch (op) {
#define DP_CASE(NAME) \
  case OpId::NAME: return &ploop<T, NAME##_p>;
    DP_CASE(equal)
    DP_CASE(not_equal)
    DP_CASE(less)
    DP_CASE(less_equal)
    DP_CASE(greater)
    DP_CASE(greater_equal)
#undef DP_CASE
    default: return nullptr;
  }
}

// The predicate loops of float type T.
template <class T>
VectorLoop predicate_table(OpId op) {
  switch (op) {
#define DP_CASE(NAME) \
  case OpId::NAME: return &ploop<T, NAME##_p>;
    DP_CASE(isnan)
    DP_CASE(isinf)
    DP_CASE(isfinite)
    DP_CASE(isposinf)
    DP_CASE(isneginf)
    DP_CASE(signbit)
#undef DP_CASE
    default: return compare_table<T>(op);
  }
}

}  // namespace
}  // namespace dp::host
