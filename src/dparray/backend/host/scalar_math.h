// Scalar helpers named by the catalogue's bodies (ops/elementwise_catalogue.h),
// for the host. cl/dp_math.cl defines the same names for OpenCL C. Real helpers
// take the compute type (float for float16); c* helpers take std::complex.
#pragma once
#include <cmath>
#include <complex>
#include <limits>
#include <type_traits>

#include "dparray/array/int_semantics.h"
#include "dparray/backend/host/types.h"

namespace dp::host::math {

using std::acos;
using std::acosh;
using std::asin;
using std::asinh;
using std::atan;
using std::atan2;
using std::atanh;
using std::copysign;
using std::cos;
using std::cosh;
using std::exp;
using std::expm1;
using std::log;
using std::log10;
using std::log1p;
using std::log2;
using std::signbit;
using std::sin;
using std::sinh;
using std::sqrt;
using std::tan;

template <class T>
constexpr bool is_int = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// add / subtract / multiply: integers wrap modulo 2^bits (int_semantics.h); bool
// adds as logical or and multiplies as logical and, as NumPy.
template <class T>
inline T addw(T a, T b) {
  if constexpr (std::is_same_v<T, bool>)
    return a || b;
  else if constexpr (is_int<T>)
    return wrap_add(a, b);
  else
    return a + b;
}
template <class T>
inline T subw(T a, T b) {
  if constexpr (is_int<T>)
    return wrap_sub(a, b);
  else
    return a - b;
}
template <class T>
inline T mulw(T a, T b) {
  if constexpr (std::is_same_v<T, bool>)
    return a && b;
  else if constexpr (is_int<T>)
    return wrap_mul(a, b);
  else
    return a * b;
}

// -INT_MIN and abs(INT_MIN) wrap to INT_MIN, as NumPy.
template <class T>
inline T neg(T a) {
  if constexpr (is_int<T>)
    return wrap_neg(a);
  else
    return -a;
}

template <class T>
inline T absr(T a) {
  if constexpr (std::is_unsigned_v<T> || std::is_same_v<T, bool>)
    return a;
  else if constexpr (std::is_integral_v<T>)
    return a < 0 ? wrap_neg(a) : a;
  else
    return std::fabs(a);
}

// tanh is +-1 exactly where NumPy's is: from its saturation points on (float32 tanh
// reaches 1 at 10, float64 at 18.990341103219276), and never below them (a correctly
// rounded libm reaches 1 earlier, PoCL's float tanh never). Every backend (SIMD loop,
// cl/dp_math.cl) applies the same rule, so tanh(x) == 1 agrees across devices.
inline constexpr float kTanhOneF = 10.0f;
inline constexpr double kTanhOneD = 18.990341103219276;
inline constexpr float kBelowOneF = 1.0f - 0x1p-24f;
inline constexpr double kBelowOneD = 1.0 - 0x1p-53;
template <class T>
inline T tanhr(T a) {
  constexpr bool f = std::is_same_v<T, float>;
  constexpr T sat = f ? T(kTanhOneF) : T(kTanhOneD), below = f ? T(kBelowOneF) : T(kBelowOneD);
  if (std::fabs(a) >= sat) return std::copysign(T(1), a);
  const T r = std::tanh(a);
  return std::fabs(r) > below ? std::copysign(below, r) : r;  // NaN stays NaN
}

template <class T>
inline T signr(T a) {
  if constexpr (std::is_unsigned_v<T>)
    return a > 0 ? T(1) : T(0);
  else if constexpr (std::is_integral_v<T>)
    return a > 0 ? T(1) : a < 0 ? T(-1) : T(0);
  else
    return a > 0 ? T(1) : a < 0 ? T(-1) : a == 0 ? T(0) : a;  // NaN stays NaN
}

// Python / NumPy floor division and remainder: the result has the sign of b.
template <class T>
inline T floordiv(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) {
    return b ? a : false;
  } else if constexpr (std::is_integral_v<T>) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
      if (a == std::numeric_limits<T>::min() && b == -1) return a;
      T q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return q;
    } else {
      return a / b;
    }
  } else {
    // The standard's floor(a / b) where an operand is infinite (NumPy gives NaN for
    // inf // 2 and -1 for 1 // -inf); a zero divisor gives a / b as NumPy.
    if (b == 0 || std::isinf(a) || std::isinf(b)) return std::floor(a / b);
    T mod = std::fmod(a, b);
    T div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) div -= T(1);
    if (div == 0) return std::copysign(T(0), a / b);
    T fl = std::floor(div);
    if (div - fl > T(0.5)) fl += T(1);
    return fl;
  }
}

template <class T>
inline T fmodpy(T a, T b) {
  if constexpr (std::is_same_v<T, bool>) {
    return false;
  } else if constexpr (std::is_integral_v<T>) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
      if (b == -1) return 0;
      T r = a % b;
      if (r != 0 && ((r < 0) != (b < 0))) r += b;
      return r;
    } else {
      return a % b;
    }
  } else {
    T mod = std::fmod(a, b);
    if (b == 0) return mod;
    if (mod != 0) {
      if ((b < 0) != (mod < 0)) mod += b;
    } else {
      mod = std::copysign(T(0), b);
    }
    return mod;
  }
}

template <class T>
inline T powr(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    if constexpr (std::is_signed_v<T>) {
      if (b < 0) return a == 1 ? T(1) : a == -1 ? ((b & 1) ? T(-1) : T(1)) : T(0);
    }
    if constexpr (std::is_same_v<T, bool>) {
      return a || !b;
    } else {
      // Unsigned arithmetic at least as wide as unsigned int: wraps, never overflows.
      using U = wrap_unsigned_t<T>;
      U base = static_cast<U>(a), r = 1;
      U e = static_cast<U>(static_cast<std::make_unsigned_t<T>>(b));
      while (e) {
        if (e & 1) r = static_cast<U>(r * base);
        base = static_cast<U>(base * base);
        e >>= 1;
      }
      return static_cast<T>(r);
    }
  } else {
    return std::pow(a, b);
  }
}

// NaN-propagating maximum / minimum, as NumPy's maximum / minimum.
template <class T>
inline T maxr(T a, T b) {
  if constexpr (std::is_floating_point_v<T>)
    return (a >= b || a != a) ? a : b;
  else
    return a >= b ? a : b;
}
template <class T>
inline T minr(T a, T b) {
  if constexpr (std::is_floating_point_v<T>)
    return (a <= b || a != a) ? a : b;
  else
    return a <= b ? a : b;
}
template <class T>
inline T clipr(T a, T lo, T hi) {
  return minr(maxr(a, lo), hi);
}

template <class T>
inline T floorr(T a) {
  if constexpr (std::is_integral_v<T>)
    return a;
  else
    return std::floor(a);
}
template <class T>
inline T ceilr(T a) {
  if constexpr (std::is_integral_v<T>)
    return a;
  else
    return std::ceil(a);
}
template <class T>
inline T truncr(T a) {
  if constexpr (std::is_integral_v<T>)
    return a;
  else
    return std::trunc(a);
}
template <class T>
inline T rintr(T a) {
  if constexpr (std::is_integral_v<T>)
    return a;
  else
    return std::nearbyint(a);
}

template <class T>
inline T invert(T a) {
  if constexpr (std::is_same_v<T, bool>)
    return !a;
  else
    return static_cast<T>(~a);
}

// Shifts by at least the bit width give 0 (or -1 for a negative value shifted right).
template <class T>
inline T shl(T a, T b) {
  using U = std::make_unsigned_t<T>;
  if (static_cast<U>(b) >= sizeof(T) * 8) return 0;
  return static_cast<T>(static_cast<U>(a) << static_cast<U>(b));
}
template <class T>
inline T shr(T a, T b) {
  using U = std::make_unsigned_t<T>;
  if (static_cast<U>(b) >= sizeof(T) * 8) {
    if constexpr (std::is_signed_v<T>)
      return a < 0 ? T(-1) : T(0);
    else
      return 0;
  }
  return static_cast<T>(a >> static_cast<U>(b));
}

template <class T>
inline bool isnanr(T a) {
  if constexpr (std::is_floating_point_v<T>)
    return std::isnan(a);
  else
    return false;
}
template <class T>
inline bool isinfr(T a) {
  if constexpr (std::is_floating_point_v<T>)
    return std::isinf(a);
  else
    return false;
}
template <class T>
inline bool isfiniter(T a) {
  if constexpr (std::is_floating_point_v<T>)
    return std::isfinite(a);
  else
    return true;
}

// hypot(+-inf, NaN) is +inf, as C99 and the Array API standard say.
template <class T>
inline T hypotr(T a, T b) {
  return std::hypot(a, b);
}

// log(exp(a) + exp(b)) without overflow, NumPy's algorithm: equal operands (infinities
// included) give a + log 2, otherwise the larger plus log1p(exp(-|a - b|)).
template <class T>
inline T logaddexpr(T a, T b) {
  if (a == b) return a + T(0.693147180559945309417232121458176568);
  const T d = a - b;
  if (d > 0) return a + std::log1p(std::exp(-d));
  if (d <= 0) return b + std::log1p(std::exp(d));
  return d;  // NaN
}
template <class T>
inline T logaddexp2r(T a, T b) {
  constexpr T kLog2e = T(1.442695040888963407359924681001892137);
  if (a == b) return a + T(1);
  const T d = a - b;
  if (d > 0) return a + std::log1p(std::exp2(-d)) * kLog2e;
  if (d <= 0) return b + std::log1p(std::exp2(d)) * kLog2e;
  return d;  // NaN
}

// The float16 neighbour of a (a float holding a float16 value) towards b, computed
// with float arithmetic only, as cl/dp_math.cl does it.
inline float nextafter_half(float a, float b) {
  if (std::isnan(a) || std::isnan(b)) return a + b;
  if (a == b) return b;
  if (a == 0) return std::copysign(0x1p-24f, b);
  if (std::isinf(a)) return std::copysign(65504.0f, a);
  const bool up = (b > a) == (a > 0);  // away from zero
  const float m = std::fabs(a);
  const int e = std::ilogb(m);
  float ulp = e < -14 ? 0x1p-24f : std::ldexp(1.0f, e - 10);
  if (!up && e > -14 && m == std::ldexp(1.0f, e)) ulp *= 0.5f;  // below a power of two
  const float r = up ? m + ulp : m - ulp;
  return std::copysign(r > 65504.0f ? INFINITY : r, a);
}
template <class T>
inline T nextafterr(T a, T b, bool half_loop) {
  if constexpr (std::is_same_v<T, float>)
    if (half_loop) return nextafter_half(a, b);
  return std::nextafter(a, b);
}

// imag of a real number.
template <class T>
inline T zeror(T) {
  return T(0);
}

// ---- complex ----
template <class C>
inline C cmul(C a, C b) {
  using R = typename C::value_type;
  R ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
  return C(ar * br - ai * bi, ar * bi + ai * br);
}
// Smith's algorithm: no overflow for large operands.
template <class C>
inline C cdiv(C a, C b) {
  using R = typename C::value_type;
  R ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
  if (std::fabs(br) >= std::fabs(bi)) {
    if (br == 0 && bi == 0) return C(ar / std::fabs(br), ai / std::fabs(bi));
    R rat = bi / br, scl = R(1) / (br + bi * rat);
    return C((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  R rat = br / bi, scl = R(1) / (bi + br * rat);
  return C((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}
// NumPy's algorithm: 0 ** b is 0 for Re b > 0 (else NaN); small integer exponents by
// repeated squaring, negative ones as 1 / a ** |n|; everything else through exp(b log a).
template <class C>
inline C cpow(C a, C b) {
  using R = typename C::value_type;
  const R br = b.real(), bi = b.imag();
  if (br == 0 && bi == 0) return C(1);
  if (a.real() == 0 && a.imag() == 0) {
    if (br > 0) return C(0);
    return C(std::numeric_limits<R>::quiet_NaN(), std::numeric_limits<R>::quiet_NaN());
  }
  if (bi == 0 && br == std::trunc(br) && std::fabs(br) < 100) {
    int n = static_cast<int>(br);
    if (n == 1) return a;
    if (n == 2) return cmul(a, a);
    if (n == 3) return cmul(a, cmul(a, a));
    C r(1), p = a;
    for (int e = n < 0 ? -n : n;;) {
      if (e & 1) r = cmul(r, p);
      e >>= 1;
      if (!e) break;
      p = cmul(p, p);
    }
    return n < 0 ? cdiv(C(1), r) : r;
  }
  return std::pow(a, b);
}
template <class C>
inline typename C::value_type cabs(C a) {
  return std::hypot(a.real(), a.imag());
}
// z / |z|, with NumPy 2's values for infinite parts: (+-inf, y) -> +-1, (x, +-inf) -> +-i.
template <class C>
inline C csign(C a) {
  using R = typename C::value_type;
  const R x = a.real(), y = a.imag();
  const R nan = std::numeric_limits<R>::quiet_NaN();
  if (std::isnan(x) || std::isnan(y)) return C(nan, nan);
  if (std::isinf(x)) return std::isinf(y) ? C(nan, nan) : C(std::copysign(R(1), x), R(0));
  if (std::isinf(y)) return C(R(0), std::copysign(R(1), y));
  if (x == 0 && y == 0) return C(0);
  const R m = std::hypot(x, y);
  return C(x / m, y / m);
}
template <class C>
inline bool cisnan(C a) {
  return std::isnan(a.real()) || std::isnan(a.imag());
}
template <class C>
inline bool cisinf(C a) {
  return std::isinf(a.real()) || std::isinf(a.imag());
}
template <class C>
inline bool cisfinite(C a) {
  return std::isfinite(a.real()) && std::isfinite(a.imag());
}
template <class C>
inline bool ceq(C a, C b) {
  return a.real() == b.real() && a.imag() == b.imag();
}
// Lexicographic order, as NumPy compares complex numbers: a NaN part makes the
// real-part test false (NumPy's CLT / CLE), so maximum / minimum propagate NaN.
template <class C>
inline bool clt(C a, C b) {
  return (a.real() < b.real() && !std::isnan(a.imag()) && !std::isnan(b.imag())) ||
         (a.real() == b.real() && a.imag() < b.imag());
}
template <class C>
inline bool cle(C a, C b) {
  return (a.real() < b.real() && !std::isnan(a.imag()) && !std::isnan(b.imag())) ||
         (a.real() == b.real() && a.imag() <= b.imag());
}
template <class C>
inline bool cnz(C a) {
  return a.real() != 0 || a.imag() != 0;
}
template <class C>
inline C cmax(C a, C b) {
  return (cisnan(a) || cle(b, a)) ? a : b;
}
template <class C>
inline C cmin(C a, C b) {
  return (cisnan(a) || cle(a, b)) ? a : b;
}
template <class C>
inline C cround(C a) {
  return C(std::nearbyint(a.real()), std::nearbyint(a.imag()));
}
template <class C>
inline C csqrt(C a) {
  return std::sqrt(a);
}
template <class C>
inline C cexp(C a) {
  return std::exp(a);
}
// exp(x)(cos y + i sin y) - 1, with expm1 and a half-angle form for accuracy near 0;
// non-finite parts as the Array API standard lists them (cl/dp_math.cl: the same).
template <class C>
inline C cexpm1(C a) {
  using R = typename C::value_type;
  const R x = a.real(), y = a.imag();
  const R nan = std::numeric_limits<R>::quiet_NaN();
  if (std::isnan(x)) return y == 0 ? C(x, y) : C(nan, nan);
  if (std::isinf(x)) {
    if (x < 0)
      return std::isfinite(y) ? C(R(0) * std::cos(y) - R(1), R(0) * std::sin(y))
                              : C(R(-1), std::copysign(R(0), y));
    if (y == 0) return C(x, y);
    if (std::isfinite(y)) return C(x * std::cos(y), x * std::sin(y));
    return C(x, nan);
  }
  if (!std::isfinite(y)) return C(nan, nan);
  if (y == 0) return C(x == 0 ? R(0) : std::expm1(x), y);
  const R s = std::sin(y / 2);
  return C(std::expm1(x) * std::cos(y) - R(2) * s * s, std::exp(x) * std::sin(y));
}
template <class C>
inline C clog(C a) {
  return std::log(a);
}
// log(1 + z): log1p keeps small |z| exact; large |z| uses |1 + z| directly (no overflow).
template <class C>
inline C clog1p(C a) {
  using R = typename C::value_type;
  R x = a.real(), y = a.imag();
  R re = (std::fabs(x) < R(1) && std::fabs(y) < R(1)) ? std::log1p(x * (x + 2) + y * y) / 2
                                                      : std::log(std::hypot(x + R(1), y));
  return C(re, std::atan2(y, x + R(1)));
}
template <class C>
inline C clog2(C a) {
  using R = typename C::value_type;
  C l = std::log(a);
  return C(l.real() / std::log(R(2)), l.imag() / std::log(R(2)));
}
template <class C>
inline C clog10(C a) {
  return std::log10(a);
}
template <class C>
inline C csin(C a) {
  return std::sin(a);
}
template <class C>
inline C ccos(C a) {
  return std::cos(a);
}
template <class C>
inline C ctan(C a) {
  return std::tan(a);
}
template <class C>
inline C casin(C a) {
  return std::asin(a);
}
template <class C>
inline C cacos(C a) {
  return std::acos(a);
}
template <class C>
inline C catan(C a) {
  return std::atan(a);
}
template <class C>
inline C csinh(C a) {
  return std::sinh(a);
}
template <class C>
inline C ccosh(C a) {
  return std::cosh(a);
}
// tanh(+-inf + iy) = +-1 + 0i with the sign of y, as the standard lists it (glibc takes
// the sign of sin(2y)); cl/dp_math.cl does the same.
template <class C>
inline C ctanh(C a) {
  using R = typename C::value_type;
  if (std::isinf(a.real()) && std::isfinite(a.imag()))
    return C(std::copysign(R(1), a.real()), std::copysign(R(0), a.imag()));
  return std::tanh(a);
}
template <class C>
inline C casinh(C a) {
  return std::asinh(a);
}
template <class C>
inline C cacosh(C a) {
  return std::acosh(a);
}
template <class C>
inline C catanh(C a) {
  return std::atanh(a);
}
template <class C>
inline C cconj(C a) {
  return C(a.real(), -a.imag());
}
template <class C>
inline typename C::value_type cre(C a) {
  return a.real();
}
template <class C>
inline typename C::value_type cim(C a) {
  return a.imag();
}
// 1 / z, NumPy's reciprocal loop (Smith's scaling by the larger part).
template <class C>
inline C crecip(C a) {
  using R = typename C::value_type;
  const R x = a.real(), y = a.imag();
  if (std::fabs(y) <= std::fabs(x)) {
    const R r = y / x, d = x + y * r;
    return C(R(1) / d, -r / d);
  }
  const R r = x / y, d = x * r + y;
  return C(r / d, R(-1) / d);
}

}  // namespace dp::host::math
