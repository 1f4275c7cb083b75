// C++ storage types of the dtypes, and the type each computes in on the host.
#pragma once
#include <complex>
#include <cstdint>
#include <type_traits>

#include "dparray/array/dtype.h"
#include "dparray/array/int_semantics.h"

namespace dp::host {

using half = _Float16;

template <DType T>
struct ctype;
template <>
struct ctype<DType::Bool> {
  using type = bool;
};
template <>
struct ctype<DType::Int8> {
  using type = int8_t;
};
template <>
struct ctype<DType::Int16> {
  using type = int16_t;
};
template <>
struct ctype<DType::Int32> {
  using type = int32_t;
};
template <>
struct ctype<DType::Int64> {
  using type = int64_t;
};
template <>
struct ctype<DType::UInt8> {
  using type = uint8_t;
};
template <>
struct ctype<DType::UInt16> {
  using type = uint16_t;
};
template <>
struct ctype<DType::UInt32> {
  using type = uint32_t;
};
template <>
struct ctype<DType::UInt64> {
  using type = uint64_t;
};
template <>
struct ctype<DType::Float16> {
  using type = half;
};
template <>
struct ctype<DType::Float32> {
  using type = float;
};
template <>
struct ctype<DType::Float64> {
  using type = double;
};
template <>
struct ctype<DType::Complex64> {
  using type = std::complex<float>;
};
template <>
struct ctype<DType::Complex128> {
  using type = std::complex<double>;
};
template <DType T>
using ctype_t = typename ctype<T>::type;

template <class T>
struct is_complex : std::false_type {};
template <class T>
struct is_complex<std::complex<T>> : std::true_type {};
template <class T>
constexpr bool is_complex_v = is_complex<T>::value;

// float16 computes in float32.
template <class T>
struct compute {
  using type = T;
};
template <>
struct compute<half> {
  using type = float;
};
template <class T>
using compute_t = typename compute<T>::type;

// Converts between any two storage types with NumPy's semantics (complex ->
// real takes the real part; anything -> bool tests non-zero; float -> integer as
// float_to_int in array/int_semantics.h).
template <class To, class From>
inline To convert(From v) {
  if constexpr (std::is_same_v<To, From>) {
    return v;
  } else if constexpr (std::is_same_v<To, bool>) {
    if constexpr (is_complex_v<From>)
      return v.real() != 0 || v.imag() != 0;
    else
      return v != From(0);
  } else if constexpr (is_complex_v<To>) {
    using R = typename To::value_type;
    if constexpr (is_complex_v<From>)
      return To(static_cast<R>(v.real()), static_cast<R>(v.imag()));
    else
      return To(static_cast<R>(static_cast<compute_t<From>>(v)), R(0));
  } else if constexpr (is_complex_v<From>) {
    return convert<To>(v.real());
  } else if constexpr (std::is_same_v<From, half>) {
    return convert<To>(static_cast<float>(v));
  } else if constexpr (std::is_same_v<To, half>) {
    return static_cast<half>(v);  // one rounding step: double -> float -> half would round twice
  } else if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
    return float_to_int<To>(v);  // NumPy's x86-64 results, without out-of-range UB
  } else {
    return static_cast<To>(v);  // integers wrap (C++20)
  }
}

// Calls f.template operator()<DType>() for the runtime dtype t.
template <class F>
decltype(auto) dispatch_dtype(DType t, F&& f) {
  switch (t) {
    case DType::Bool: return f.template operator()<DType::Bool>();
    case DType::Int8: return f.template operator()<DType::Int8>();
    case DType::Int16: return f.template operator()<DType::Int16>();
    case DType::Int32: return f.template operator()<DType::Int32>();
    case DType::Int64: return f.template operator()<DType::Int64>();
    case DType::UInt8: return f.template operator()<DType::UInt8>();
    case DType::UInt16: return f.template operator()<DType::UInt16>();
    case DType::UInt32: return f.template operator()<DType::UInt32>();
    case DType::UInt64: return f.template operator()<DType::UInt64>();
    case DType::Float16: return f.template operator()<DType::Float16>();
    case DType::Float32: return f.template operator()<DType::Float32>();
    case DType::Float64: return f.template operator()<DType::Float64>();
    case DType::Complex64: return f.template operator()<DType::Complex64>();
    default: return f.template operator()<DType::Complex128>();
  }
}

}  // namespace dp::host
