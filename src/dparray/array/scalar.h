// A Python-level scalar (bool, int, float, complex) that can be stored as any dtype.
#pragma once
#include <complex>
#include <cstdint>

#include "dparray/array/dtype.h"

namespace dp {

struct Scalar {
  Kind kind =
      Kind::Signed;  // Bool, Signed (Python int), Unsigned (int above int64), Float, Complex
  bool b = false;
  int64_t i = 0;
  uint64_t u = 0;
  double d = 0;
  std::complex<double> c;

  static Scalar from_bool(bool v) {
    Scalar s;
    s.kind = Kind::Bool;
    s.b = v;
    return s;
  }
  static Scalar from_int(int64_t v) {
    Scalar s;
    s.kind = Kind::Signed;
    s.i = v;
    return s;
  }
  static Scalar from_uint(uint64_t v) {
    Scalar s;
    s.kind = Kind::Unsigned;
    s.u = v;
    return s;
  }
  static Scalar from_double(double v) {
    Scalar s;
    s.kind = Kind::Float;
    s.d = v;
    return s;
  }
  static Scalar from_complex(std::complex<double> v) {
    Scalar s;
    s.kind = Kind::Complex;
    s.c = v;
    return s;
  }

  double as_double() const;
  std::complex<double> as_complex() const;
  // True when the value fits dtype t without overflow (ints only; floats always fit).
  bool fits(DType t) const;
  // Writes the value converted to t (C casting rules) into dst.
  void store(DType t, void* dst) const;
};

}  // namespace dp
