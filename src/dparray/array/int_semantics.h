// dparray's integer semantics, shared by every host path (elementwise loops, casts,
// fills, ranges) and mirrored by the OpenCL C in backend/opencl/cl/dp_convert.cl:
//
// - integer arithmetic wraps modulo 2^bits: it is computed in the unsigned type of
//   the same width (at least unsigned int, so that no narrow type is promoted to a
//   signed int that could overflow) and converted back;
// - float -> integer conversion gives NumPy's results on x86-64 (docs/semantics.md,
//   "Integer overflow and float -> integer conversion"), with explicit range checks
//   instead of a cast whose out-of-range result is undefined behaviour.
#pragma once
#include <cstdint>
#include <type_traits>

namespace dp {

// The unsigned type arithmetic on T is done in: same width, at least unsigned int.
template <class T>
using wrap_unsigned_t =
    std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;

template <class T>
constexpr T wrap_add(T a, T b) {
  using U = wrap_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
}
template <class T>
constexpr T wrap_sub(T a, T b) {
  using U = wrap_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b)));
}
template <class T>
constexpr T wrap_mul(T a, T b) {
  using U = wrap_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
}
template <class T>
constexpr T wrap_neg(T a) {
  using U = wrap_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(U(0) - static_cast<U>(a)));
}

// x86-64's truncating conversions (cvttss2si / cvttsd2si): NaN and values outside
// [-2^(bits-1), 2^(bits-1)) give the "integer indefinite" value INT_MIN.
template <class F>
constexpr int32_t float_to_int32_x86(F x) {
  if (!(x >= F(-2147483648.0) && x < F(2147483648.0))) return INT32_MIN;
  return static_cast<int32_t>(x);
}
template <class F>
constexpr int64_t float_to_int64_x86(F x) {
  if (!(x >= F(-9223372036854775808.0) && x < F(9223372036854775808.0))) return INT64_MIN;
  return static_cast<int64_t>(x);
}

// NumPy's float -> integer conversion (F: float or double; float16 converts via float):
//   int32 and narrower: through the 32-bit conversion, then the low bits;
//   int64: the 64-bit conversion; uint32: the 64-bit one, then the low 32 bits;
//   uint64: the compiler's sequence, x < 2^63 (or NaN) ? cvt64(x) : cvt64(x - 2^63) ^ 2^63.
template <class To, class F>
constexpr To float_to_int(F x) {
  static_assert(std::is_integral_v<To> && !std::is_same_v<To, bool>);
  static_assert(std::is_floating_point_v<F>);
  if constexpr (sizeof(To) <= 4 && !(sizeof(To) == 4 && std::is_unsigned_v<To>)) {
    return static_cast<To>(static_cast<uint32_t>(float_to_int32_x86(x)));
  } else if constexpr (std::is_same_v<To, uint64_t>) {
    constexpr F two63 = F(9223372036854775808.0);
    if (x >= two63)
      return static_cast<uint64_t>(float_to_int64_x86(F(x - two63))) ^ (uint64_t(1) << 63);
    return static_cast<uint64_t>(float_to_int64_x86(x));
  } else {
    return static_cast<To>(float_to_int64_x86(x));
  }
}

}  // namespace dp
