#include "dparray/array/scalar.h"

#include <cstring>
#include <limits>
#include <type_traits>

#include "dparray/array/int_semantics.h"

namespace dp {

double Scalar::as_double() const {
  switch (kind) {
    case Kind::Bool: return b;
    case Kind::Signed: return static_cast<double>(i);
    case Kind::Unsigned: return static_cast<double>(u);
    case Kind::Float: return d;
    default: return c.real();
  }
}

std::complex<double> Scalar::as_complex() const {
  return kind == Kind::Complex ? c : std::complex<double>(as_double(), 0.0);
}

bool Scalar::fits(DType t) const {
  if (kind != Kind::Signed && kind != Kind::Unsigned) return true;
  if (!is_integral(t)) return true;
  auto in_range = [&](long double lo, long double hi) {
    long double v =
        kind == Kind::Signed ? static_cast<long double>(i) : static_cast<long double>(u);
    return v >= lo && v <= hi;
  };
  switch (t) {
    case DType::Int8: return in_range(-128, 127);
    case DType::Int16: return in_range(-32768, 32767);
    case DType::Int32:
      return in_range(std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max());
    case DType::Int64: return kind == Kind::Signed || u <= static_cast<uint64_t>(INT64_MAX);
    case DType::UInt8: return in_range(0, 255);
    case DType::UInt16: return in_range(0, 65535);
    case DType::UInt32: return in_range(0, 4294967295.0L);
    case DType::UInt64: return kind == Kind::Unsigned || i >= 0;
    default: return true;
  }
}

namespace {
template <class T>
void put(void* dst, T v) {
  std::memcpy(dst, &v, sizeof(T));
}

// C casting of the value to an integer type: integers wrap, floats follow NumPy's
// float -> integer rule (int_semantics.h).
template <class T>
T as_int(const Scalar& s) {
  switch (s.kind) {
    case Kind::Bool: return static_cast<T>(s.b);
    case Kind::Signed: return static_cast<T>(s.i);
    case Kind::Unsigned: return static_cast<T>(s.u);
    case Kind::Float: return float_to_int<T>(s.d);
    default: return float_to_int<T>(s.c.real());
  }
}

// Truth value, as Python's bool(): non-zero (NaN counts as true).
bool as_bool(const Scalar& s) {
  switch (s.kind) {
    case Kind::Bool: return s.b;
    case Kind::Signed: return s.i != 0;
    case Kind::Unsigned: return s.u != 0;
    case Kind::Float: return s.d != 0;
    default: return s.c.real() != 0 || s.c.imag() != 0;
  }
}

// Integers convert straight to half (one rounding); others through double.
_Float16 as_half(const Scalar& s) {
  switch (s.kind) {
    case Kind::Signed: return static_cast<_Float16>(s.i);
    case Kind::Unsigned: return static_cast<_Float16>(s.u);
    default: return static_cast<_Float16>(s.as_double());
  }
}
}  // namespace

void Scalar::store(DType t, void* dst) const {
  switch (t) {
    case DType::Bool: put<bool>(dst, as_bool(*this)); break;
    case DType::Int8: put(dst, as_int<int8_t>(*this)); break;
    case DType::Int16: put(dst, as_int<int16_t>(*this)); break;
    case DType::Int32: put(dst, as_int<int32_t>(*this)); break;
    case DType::Int64: put(dst, as_int<int64_t>(*this)); break;
    case DType::UInt8: put(dst, as_int<uint8_t>(*this)); break;
    case DType::UInt16: put(dst, as_int<uint16_t>(*this)); break;
    case DType::UInt32: put(dst, as_int<uint32_t>(*this)); break;
    case DType::UInt64: put(dst, as_int<uint64_t>(*this)); break;
    case DType::Float16: put(dst, as_half(*this)); break;
    case DType::Float32: put(dst, static_cast<float>(as_double())); break;
    case DType::Float64: put(dst, as_double()); break;
    case DType::Complex64: put(dst, std::complex<float>(as_complex())); break;
    case DType::Complex128: put(dst, as_complex()); break;
  }
}

}  // namespace dp
