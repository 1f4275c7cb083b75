// SIMD loops of integer and bool ops whose scalar loops the baseline x86-64 build leaves
// slow: the arithmetic (wider vectors), variable shifts (SSE2 has none), bitwise_count (no
// popcnt), the logical ops, integer floor division and remainder (through double division),
// and abs / negative (SSE2 has no 64-bit abs). Same results as the catalogue's bodies in
// scalar_math.h, for every input.
#pragma once
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include "dparray/array/dtype.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/vector_math.h"
#include "dparray/backend/host/vector_math_hwy.h"
#include "dparray/backend/host/vector_predicates.h"

namespace dp::host {
namespace {

// Lanes whose shift count, read as unsigned, is at least the bit width (signed compares:
// AVX2 has no unsigned ones).
template <class D, class V>
inline auto count_too_big(D d, V b) {
  namespace hn = hmath::hn;
  using T = hn::TFromD<D>;
  const hn::RebindToSigned<D> di;
  using TI = hn::TFromD<decltype(di)>;
  const auto bs = hn::BitCast(di, b);
  const auto big = hn::Or(hn::Gt(hn::Zero(di), bs), hn::Gt(bs, hn::Set(di, TI(sizeof(T) * 8 - 1))));
  return hn::RebindMask(d, big);
}

// Shifts by at least the bit width (the count read as unsigned) give 0, or -1 for a
// negative value shifted right: scalar_math.h's shl / shr.
struct shl_i {
  static constexpr int nin = 2;
  template <class D, class V>
  static V f(D d, V a, V b) {
    namespace hn = hmath::hn;
    const auto big = count_too_big(d, b);
    return hn::IfThenZeroElse(big, hn::Shl(a, hn::IfThenZeroElse(big, b)));
  }
  template <class T>
  static T s(T a, T b) {
    return math::shl(a, b);
  }
};
struct shr_i {
  static constexpr int nin = 2;
  template <class D, class V>
  static V f(D d, V a, V b) {
    namespace hn = hmath::hn;
    using T = hn::TFromD<D>;
    const auto big = count_too_big(d, b);
    // Shifting by width - 1 instead gives 0 or -1 (sign fill) for signed types, 0 unsigned.
    const V count = hn::IfThenElse(big, hn::Set(d, T(sizeof(T) * 8 - 1)), b);
    const V r = hn::Shr(a, count);
    if constexpr (std::is_signed_v<T>)
      return r;
    else
      return hn::IfThenZeroElse(big, r);
  }
  template <class T>
  static T s(T a, T b) {
    return math::shr(a, b);
  }
};

// abs (kAbs) or negative of floats (the sign bit) and signed integers, wrapping as
// scalar_math.h's absr / neg (|MIN| = MIN).
template <bool kAbs>
struct sign_i {
  static constexpr int nin = 1;
  template <class D, class V>
  static V f(D, V a) {
    if constexpr (kAbs)
      return hmath::hn::Abs(a);
    else
      return hmath::hn::Neg(a);
  }
  template <class T>
  static T s(T a) {
    return kAbs ? math::absr(a) : math::neg(a);
  }
};

// add / subtract / multiply of floats and integers, these wrapping as scalar_math.h's addw /
// subw / mulw (integer multiply only for 32-bit lanes: x86 has no 64-bit vector multiply
// before AVX-512).
enum class Arith { Add, Sub, Mul };
template <Arith kOp>
struct arith_i {
  static constexpr int nin = 2;
  template <class D, class V>
  static V f(D, V a, V b) {
    namespace hn = hmath::hn;
    if constexpr (kOp == Arith::Add)
      return hn::Add(a, b);
    else if constexpr (kOp == Arith::Sub)
      return hn::Sub(a, b);
    else
      return hn::Mul(a, b);
  }
  template <class T>
  static T s(T a, T b) {
    return kOp == Arith::Add   ? math::addw(a, b)
           : kOp == Arith::Sub ? math::subw(a, b)
                               : math::mulw(a, b);
  }
};

// Floor division (kRem false) or Python's remainder of signed integers through double:
// where |a| and |b| are below 2^53 and a / b is not an integer, the quotient is at least 1/|b|
// from the next integer and the division's rounding at most 2^-53 |a / b| < 1/|b|, so
// floor(double(a) / double(b)) is exact. A zero divisor, MIN // -1 and larger int64 lanes take
// scalar_math.h's floordiv / fmodpy.
template <bool kRem>
struct floordiv_i {
  static constexpr int nin = 2;
  template <class D, class V>
  static V f(D d, V a, V b) {
    namespace hn = hmath::hn;
    using T = hn::TFromD<D>;
    const hn::Repartition<double, D> dd;
    V q;
    auto bad = hn::Eq(b, hn::Zero(d));
    if constexpr (sizeof(T) == 4) {
      const hn::Half<D> dh;
      auto half = [&](auto x, auto y) {
        return hn::DemoteTo(dh, hn::Floor(hn::Div(hn::PromoteTo(dd, x), hn::PromoteTo(dd, y))));
      };
      q = hn::Combine(d, half(hn::UpperHalf(dh, a), hn::UpperHalf(dh, b)),
                      half(hn::LowerHalf(dh, a), hn::LowerHalf(dh, b)));
      const auto min_by_minus_one = hn::And(hn::Eq(a, hn::Set(d, std::numeric_limits<T>::min())),
                                            hn::Eq(b, hn::Set(d, T(-1))));
      bad = hn::Or(bad, min_by_minus_one);
    } else {
      q = hn::ConvertTo(d, hn::Floor(hn::Div(hn::ConvertTo(dd, a), hn::ConvertTo(dd, b))));
      const V lim = hn::Set(d, (T(1) << 53) - 1);
      auto out = [&](V x) { return hn::Or(hn::Gt(x, lim), hn::Lt(x, hn::Neg(lim))); };
      bad = hn::Or(bad, hn::Or(out(a), out(b)));
    }
    const V r = kRem ? hn::Sub(a, hn::Mul(q, b)) : q;
    return hmath::scalar_lanes2(d, a, b, r, bad, [](T x, T y) { return s(x, y); });
  }
  template <class T>
  static T s(T a, T b) {
    return kRem ? math::fmodpy(a, b) : math::floordiv(a, b);
  }
};

// out = f(a) or f(a, b) over contiguous inputs (integers, or floats for the ops that
// vector_math_loops.h takes from here), each possibly one broadcast element.
template <class T, class Op>
void iloop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  const hmath::hn::ScalableTag<T> d;
  constexpr int N = HWY_LANES(T);
  const LoopInputs<T, Op::nin> x(in, step);
  T* o = reinterpret_cast<T*>(out);
  int64_t i = b;
  for (; i + N <= e; i += N)
    hmath::hn::StoreU(x.call(d, i, [&](auto... v) { return Op::f(d, v...); }), d, o + i);
  for (; i < e; ++i) o[i] = x.call_at(i, [](auto... v) { return Op::s(v...); });
}

// bitwise_count: the population count of |a| (scalar_math.h's popcountr), as uint8.
template <class T>
void popcount_loop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  namespace hn = hmath::hn;
  const T* x = reinterpret_cast<const T*>(in[0]);
  uint8_t* o = reinterpret_cast<uint8_t*>(out);
  int64_t i = b;
  if (step[0] != 0) {
    using U = std::make_unsigned_t<T>;
    const hn::ScalableTag<U> du;
    constexpr int N = HWY_LANES(U);
    alignas(64) U counts[N];
    for (; i + N <= e; i += N) {
      auto v = hn::LoadU(du, reinterpret_cast<const U*>(x + i));
      if constexpr (std::is_signed_v<T>) {  // |a|: two's complement negation where negative
        const hn::RebindToSigned<decltype(du)> di;
        v = hn::BitCast(du, hn::Abs(hn::BitCast(di, v)));
      }
      hn::Store(hn::PopulationCount(v), du, counts);
      for (int j = 0; j < N; ++j) o[i + j] = static_cast<uint8_t>(counts[j]);
    }
  }
  for (; i < e; ++i) o[i] = static_cast<uint8_t>(math::popcountr(x[step[0] ? i : 0]));
}

// The logical ops on the truth masks of bool bytes (any non-zero byte is true).
enum class Logic { Not, And, Or, Xor };
template <Logic kOp>
struct logic_b {
  static constexpr int nin = kOp == Logic::Not ? 1 : 2;
  template <class M>
  static M f(M a) {
    return hmath::hn::Not(a);
  }
  template <class M>
  static M f(M a, M b) {
    namespace hn = hmath::hn;
    if constexpr (kOp == Logic::And)
      return hn::And(a, b);
    else if constexpr (kOp == Logic::Or)
      return hn::Or(a, b);
    else
      return hn::Xor(a, b);
  }
};

// Op over bool bytes, as 0 / 1 bytes.
template <class Op>
void bool_loop(const char* const* in, const int64_t* step, char* out, int64_t b, int64_t e) {
  namespace hn = hmath::hn;
  const hn::ScalableTag<uint8_t> d;
  constexpr int N = HWY_LANES(uint8_t), K = Op::nin;
  uint8_t* o = reinterpret_cast<uint8_t*>(out);
  const auto one = hn::Set(d, uint8_t(1));
  auto truth = [&](auto... v) { return Op::f(hn::Ne(v, hn::Zero(d))...); };
  const LoopInputs<uint8_t, K> x(in, step);
  int64_t i = b;
  for (; i + N <= e; i += N) hn::StoreU(hn::IfThenElseZero(x.call(d, i, truth), one), d, o + i);
  // The tail through a padded vector: every element sees the same function.
  if (i < e) {
    alignas(64) uint8_t buf[K][N] = {};
    const char* bp[K];
    int64_t bs[K];
    for (int k = 0; k < K; ++k) {
      for (int64_t j = i; j < e; ++j) buf[k][j - i] = x.at(k, j);
      bp[k] = reinterpret_cast<const char*>(buf[k]);
      bs[k] = 1;
    }
    hn::Store(hn::IfThenElseZero(LoopInputs<uint8_t, K>(bp, bs).call(d, 0, truth), one), d, buf[0]);
    std::memcpy(o + i, buf[0], static_cast<size_t>(e - i));
  }
}

inline VectorLoop bool_table(OpId op) {
  switch (op) {
    case OpId::logical_not: return &bool_loop<logic_b<Logic::Not>>;
    case OpId::logical_and: return &bool_loop<logic_b<Logic::And>>;
    case OpId::logical_or: return &bool_loop<logic_b<Logic::Or>>;
    case OpId::logical_xor: return &bool_loop<logic_b<Logic::Xor>>;
    default: return nullptr;
  }
}

template <class T>
VectorLoop int_table(OpId op) {
  if constexpr (std::is_signed_v<T>) {
    if (VectorLoop cmp = compare_table<T>(op)) return cmp;
    if (op == OpId::abs) return &iloop<T, sign_i<true>>;
    if (op == OpId::negative) return &iloop<T, sign_i<false>>;
    if (op == OpId::floor_divide) return &iloop<T, floordiv_i<false>>;
    if (op == OpId::remainder) return &iloop<T, floordiv_i<true>>;
  }
  switch (op) {
    case OpId::add: return &iloop<T, arith_i<Arith::Add>>;
    case OpId::subtract: return &iloop<T, arith_i<Arith::Sub>>;
    case OpId::multiply: return sizeof(T) == 4 ? &iloop<T, arith_i<Arith::Mul>> : nullptr;
    case OpId::left_shift: return &iloop<T, shl_i>;
    case OpId::right_shift: return &iloop<T, shr_i>;
    case OpId::bitwise_count: return &popcount_loop<T>;
    default: return nullptr;
  }
}

// The integer and bool loops of dtype t, or null.
inline VectorLoop int_bool_table(OpId op, DType t) {
  switch (t) {
    case DType::Bool: return bool_table(op);
    case DType::Int32: return int_table<int32_t>(op);
    case DType::UInt32: return int_table<uint32_t>(op);
    case DType::Int64: return int_table<int64_t>(op);
    case DType::UInt64: return int_table<uint64_t>(op);
    default: return nullptr;
  }
}

}  // namespace
}  // namespace dp::host
