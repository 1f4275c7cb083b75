#include "dparray/array/dtype.h"

#include <stdexcept>
#include <unordered_map>

namespace dp {

namespace {
const DTypeInfo kInfo[kNumDTypes] = {
    {"bool", '?', 1, Kind::Bool},         {"int8", 'b', 1, Kind::Signed},
    {"int16", 'h', 2, Kind::Signed},      {"int32", 'i', 4, Kind::Signed},
    {"int64", 'l', 8, Kind::Signed},      {"uint8", 'B', 1, Kind::Unsigned},
    {"uint16", 'H', 2, Kind::Unsigned},   {"uint32", 'I', 4, Kind::Unsigned},
    {"uint64", 'L', 8, Kind::Unsigned},   {"float16", 'e', 2, Kind::Float},
    {"float32", 'f', 4, Kind::Float},     {"float64", 'd', 8, Kind::Float},
    {"complex64", 'F', 8, Kind::Complex}, {"complex128", 'D', 16, Kind::Complex},
};

// Smallest float able to hold every value of an integer of `size` bytes.
DType float_for_int(int size) {
  return size <= 1 ? DType::Float16 : size == 2 ? DType::Float32 : DType::Float64;
}

DType signed_of_size(int size) {
  switch (size) {
    case 1: return DType::Int8;
    case 2: return DType::Int16;
    case 4: return DType::Int32;
    default: return DType::Int64;
  }
}

DType float_of_size(int size) {
  return size <= 2 ? DType::Float16 : size == 4 ? DType::Float32 : DType::Float64;
}
}  // namespace

const DTypeInfo& info(DType t) { return kInfo[static_cast<int>(t)]; }

DType complex_dtype(DType t) {
  if (t == DType::Float64 || t == DType::Complex128) return DType::Complex128;
  return DType::Complex64;
}

namespace {
DType promote_rule(DType a, DType b) {
  if (a == b) return a;
  const DTypeInfo& ia = info(a);
  const DTypeInfo& ib = info(b);
  if (ia.kind == Kind::Bool) return b;
  if (ib.kind == Kind::Bool) return a;
  if (ia.kind == Kind::Complex || ib.kind == Kind::Complex) {
    // complex with float32 stays complex64 unless the other side needs float64 precision.
    int prec_a = ia.kind == Kind::Complex ? ia.size / 2
                 : ia.kind == Kind::Float ? ia.size
                                          : itemsize(float_for_int(ia.size));
    int prec_b = ib.kind == Kind::Complex ? ib.size / 2
                 : ib.kind == Kind::Float ? ib.size
                                          : itemsize(float_for_int(ib.size));
    return (prec_a > 4 || prec_b > 4) ? DType::Complex128 : DType::Complex64;
  }
  if (ia.kind == Kind::Float || ib.kind == Kind::Float) {
    int fa = ia.kind == Kind::Float ? ia.size : itemsize(float_for_int(ia.size));
    int fb = ib.kind == Kind::Float ? ib.size : itemsize(float_for_int(ib.size));
    return float_of_size(fa > fb ? fa : fb);
  }
  if (ia.kind == ib.kind) return ia.size >= ib.size ? a : b;
  // Mixed signed/unsigned: the signed type must be wider than the unsigned one.
  const DTypeInfo& s = ia.kind == Kind::Signed ? ia : ib;
  const DTypeInfo& u = ia.kind == Kind::Signed ? ib : ia;
  if (s.size > u.size) return ia.kind == Kind::Signed ? a : b;
  if (u.size >= 8) return DType::Float64;
  return signed_of_size(u.size * 2);
}

// Every pair computed once: promotion sits on each op's dispatch path.
struct PromoteTable {
  DType t[kNumDTypes][kNumDTypes];
  PromoteTable() {
    for (int i = 0; i < kNumDTypes; ++i)
      for (int j = 0; j < kNumDTypes; ++j)
        t[i][j] = promote_rule(static_cast<DType>(i), static_cast<DType>(j));
  }
};
}  // namespace

DType promote_types(DType a, DType b) {
  static const PromoteTable table;  // function-local: safe from other files' static init
  return table.t[static_cast<int>(a)][static_cast<int>(b)];
}

bool can_cast_safely(DType from, DType to) {
  if (from == to) return true;
  return promote_types(from, to) == to;
}

bool can_cast_same_kind(DType from, DType to) {
  auto rank = [](Kind k) {
    switch (k) {
      case Kind::Bool: return 0;
      case Kind::Unsigned: return 1;
      case Kind::Signed: return 2;
      case Kind::Float: return 3;
      default: return 4;
    }
  };
  return can_cast_safely(from, to) || rank(kind_of(from)) <= rank(kind_of(to));
}

DType promote_with_weak_scalar(DType t, Kind scalar_kind, bool float64_ok) {
  Kind k = kind_of(t);
  auto rank = [](Kind x) {
    return x == Kind::Bool                              ? 0
           : (x == Kind::Signed || x == Kind::Unsigned) ? 1
           : x == Kind::Float                           ? 2
                                                        : 3;
  };
  if (rank(scalar_kind) <= rank(k)) return t;
  switch (scalar_kind) {
    case Kind::Signed:
    case Kind::Unsigned: return DType::Int64;
    case Kind::Float: return float64_ok ? DType::Float64 : DType::Float32;
    case Kind::Complex:
      if (k == Kind::Float) return complex_dtype(t);
      return float64_ok ? DType::Complex128 : DType::Complex64;
    default: return t;
  }
}

DType dtype_from_string(const std::string& s) {
  static const std::unordered_map<std::string, DType> names = {
      {"bool", DType::Bool},
      {"?", DType::Bool},
      {"b1", DType::Bool},
      {"bool_", DType::Bool},
      {"int8", DType::Int8},
      {"i1", DType::Int8},
      {"b", DType::Int8},
      {"int16", DType::Int16},
      {"i2", DType::Int16},
      {"h", DType::Int16},
      {"int32", DType::Int32},
      {"i4", DType::Int32},
      {"i", DType::Int32},
      {"int64", DType::Int64},
      {"i8", DType::Int64},
      {"l", DType::Int64},
      {"q", DType::Int64},
      {"int", DType::Int64},
      {"intp", DType::Int64},
      {"uint8", DType::UInt8},
      {"u1", DType::UInt8},
      {"B", DType::UInt8},
      {"uint16", DType::UInt16},
      {"u2", DType::UInt16},
      {"H", DType::UInt16},
      {"uint32", DType::UInt32},
      {"u4", DType::UInt32},
      {"I", DType::UInt32},
      {"uint64", DType::UInt64},
      {"u8", DType::UInt64},
      {"L", DType::UInt64},
      {"Q", DType::UInt64},
      {"uint", DType::UInt64},
      {"float16", DType::Float16},
      {"f2", DType::Float16},
      {"e", DType::Float16},
      {"half", DType::Float16},
      {"float32", DType::Float32},
      {"f4", DType::Float32},
      {"f", DType::Float32},
      {"single", DType::Float32},
      {"float64", DType::Float64},
      {"f8", DType::Float64},
      {"d", DType::Float64},
      {"float", DType::Float64},
      {"double", DType::Float64},
      {"complex64", DType::Complex64},
      {"c8", DType::Complex64},
      {"F", DType::Complex64},
      {"complex128", DType::Complex128},
      {"c16", DType::Complex128},
      {"D", DType::Complex128},
      {"complex", DType::Complex128},
  };
  std::string key = s;
  if (key.size() > 1 && (key[0] == '<' || key[0] == '=' || key[0] == '|')) key = key.substr(1);
  auto it = names.find(key);
  if (it == names.end())
    throw std::invalid_argument("[dtype] data type '" + s + "' is not understood");
  return it->second;
}

}  // namespace dp
