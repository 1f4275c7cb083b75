// Data types, their properties, and NumPy 2 / Array API type promotion.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace dp {

// Order matters: it is the index into the promotion and cast tables.
enum class DType : uint8_t {
  Bool,
  Int8,
  Int16,
  Int32,
  Int64,
  UInt8,
  UInt16,
  UInt32,
  UInt64,
  Float16,
  Float32,
  Float64,
  Complex64,
  Complex128,
};
constexpr int kNumDTypes = 14;

enum class Kind : uint8_t { Bool, Signed, Unsigned, Float, Complex };

struct DTypeInfo {
  const char* name;  // NumPy name, e.g. "float32"
  char code;         // NumPy type character, e.g. 'f'
  uint8_t size;
  Kind kind;
};

const DTypeInfo& info(DType t);
inline size_t itemsize(DType t) { return info(t).size; }
inline Kind kind_of(DType t) { return info(t).kind; }
inline const char* name_of(DType t) { return info(t).name; }
inline bool is_integral(DType t) { return kind_of(t) == Kind::Signed || kind_of(t) == Kind::Unsigned; }
inline bool is_floating(DType t) { return kind_of(t) == Kind::Float; }
inline bool is_complex(DType t) { return kind_of(t) == Kind::Complex; }
inline bool is_inexact(DType t) { return is_floating(t) || is_complex(t); }

// Parses "float32", "f4", "f", "int", "float", "complex", "bool", ...; throws
// std::invalid_argument naming the string when it is not a dtype.
DType dtype_from_string(const std::string& s);

// NumPy 2 promotion of two array dtypes (int64 + uint64 -> float64).
DType promote_types(DType a, DType b);
// True when every value of `from` is representable in `to` (NumPy "safe").
bool can_cast_safely(DType from, DType to);
// NumPy "same_kind": safe, or within a kind, or up the order bool < uint < int < float < complex.
bool can_cast_same_kind(DType from, DType to);
// The real type under a complex one (complex64 -> float32), else t itself.
constexpr DType real_dtype(DType t) {
  return t == DType::Complex64 ? DType::Float32 : t == DType::Complex128 ? DType::Float64 : t;
}
// The complex type over a real float (float32 -> complex64).
DType complex_dtype(DType t);

// Python scalars are "weak" (NEP 50): they take the array's dtype when their
// kind is no higher. kind is Bool, Signed (int), Float or Complex.
DType promote_with_weak_scalar(DType array_type, Kind scalar_kind, bool float64_ok = true);

}  // namespace dp
