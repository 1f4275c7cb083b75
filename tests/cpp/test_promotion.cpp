// dtype rules against NumPy 2: the full promotion table, safe and same-kind
// casting, and NEP 50 weak Python scalars. The expected tables were generated
// once with NumPy 2.4.6 (np.promote_types / np.can_cast) and written here.
#include <gtest/gtest.h>

#include "dparray/array/dtype.h"

namespace dp {
namespace {

constexpr DType B = DType::Bool, I1 = DType::Int8, I2 = DType::Int16, I4 = DType::Int32,
                I8 = DType::Int64, U1 = DType::UInt8, U2 = DType::UInt16, U4 = DType::UInt32,
                U8 = DType::UInt64, F2 = DType::Float16, F4 = DType::Float32, F8 = DType::Float64,
                C8 = DType::Complex64, C16 = DType::Complex128;

// Row and column order: the DType enum order.
constexpr DType kPromote[kNumDTypes][kNumDTypes] = {
    {B, I1, I2, I4, I8, U1, U2, U4, U8, F2, F4, F8, C8, C16},                // bool
    {I1, I1, I2, I4, I8, I2, I4, I8, F8, F2, F4, F8, C8, C16},               // int8
    {I2, I2, I2, I4, I8, I2, I4, I8, F8, F4, F4, F8, C8, C16},               // int16
    {I4, I4, I4, I4, I8, I4, I4, I8, F8, F8, F8, F8, C16, C16},              // int32
    {I8, I8, I8, I8, I8, I8, I8, I8, F8, F8, F8, F8, C16, C16},              // int64
    {U1, I2, I2, I4, I8, U1, U2, U4, U8, F2, F4, F8, C8, C16},               // uint8
    {U2, I4, I4, I4, I8, U2, U2, U4, U8, F4, F4, F8, C8, C16},               // uint16
    {U4, I8, I8, I8, I8, U4, U4, U4, U8, F8, F8, F8, C16, C16},              // uint32
    {U8, F8, F8, F8, F8, U8, U8, U8, U8, F8, F8, F8, C16, C16},              // uint64
    {F2, F2, F4, F8, F8, F2, F4, F8, F8, F2, F4, F8, C8, C16},               // float16
    {F4, F4, F4, F8, F8, F4, F4, F8, F8, F4, F4, F8, C8, C16},               // float32
    {F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, C16, C16},              // float64
    {C8, C8, C8, C16, C16, C8, C8, C16, C16, C8, C8, C16, C8, C16},          // complex64
    {C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16, C16},  // complex128
};

// np.can_cast(row, column, "safe"), '1' = allowed.
const char* const kSafe[kNumDTypes] = {
    "11111111111111",  // bool
    "01111000011111",  // int8
    "00111000001111",  // int16
    "00011000000101",  // int32
    "00001000000101",  // int64
    "00111111111111",  // uint8
    "00011011101111",  // uint16
    "00001001100101",  // uint32
    "00000000100101",  // uint64
    "00000000011111",  // float16
    "00000000001111",  // float32
    "00000000000101",  // float64
    "00000000000011",  // complex64
    "00000000000001",  // complex128
};

// np.can_cast(row, column, "same_kind").
const char* const kSameKind[kNumDTypes] = {
    "11111111111111",  // bool
    "01111000011111",  // int8
    "01111000011111",  // int16
    "01111000011111",  // int32
    "01111000011111",  // int64
    "01111111111111",  // uint8
    "01111111111111",  // uint16
    "01111111111111",  // uint32
    "01111111111111",  // uint64
    "00000000011111",  // float16
    "00000000011111",  // float32
    "00000000011111",  // float64
    "00000000000011",  // complex64
    "00000000000011",  // complex128
};

DType dt(int i) { return static_cast<DType>(i); }

TEST(Promotion, MatchesNumPyTable) {
  for (int i = 0; i < kNumDTypes; ++i)
    for (int j = 0; j < kNumDTypes; ++j)
      EXPECT_EQ(promote_types(dt(i), dt(j)), kPromote[i][j])
          << name_of(dt(i)) << " + " << name_of(dt(j)) << " gave "
          << name_of(promote_types(dt(i), dt(j))) << ", NumPy gives " << name_of(kPromote[i][j]);
}

TEST(Promotion, IsSymmetric) {
  for (int i = 0; i < kNumDTypes; ++i)
    for (int j = 0; j < kNumDTypes; ++j)
      EXPECT_EQ(promote_types(dt(i), dt(j)), promote_types(dt(j), dt(i)));
}

TEST(Casting, SafeMatchesNumPy) {
  for (int i = 0; i < kNumDTypes; ++i)
    for (int j = 0; j < kNumDTypes; ++j)
      EXPECT_EQ(can_cast_safely(dt(i), dt(j)), kSafe[i][j] == '1')
          << name_of(dt(i)) << " -> " << name_of(dt(j));
}

TEST(Casting, SameKindMatchesNumPy) {
  for (int i = 0; i < kNumDTypes; ++i)
    for (int j = 0; j < kNumDTypes; ++j)
      EXPECT_EQ(can_cast_same_kind(dt(i), dt(j)), kSameKind[i][j] == '1')
          << name_of(dt(i)) << " -> " << name_of(dt(j));
}

// NEP 50: a Python scalar takes the array's dtype unless its kind is higher.
TEST(WeakScalar, KeepsArrayDtypeWithinKind) {
  for (DType t : {I1, I2, I4, I8, U1, U2, U4, U8})
    EXPECT_EQ(promote_with_weak_scalar(t, Kind::Signed), t);
  for (DType t : {F2, F4, F8}) {
    EXPECT_EQ(promote_with_weak_scalar(t, Kind::Signed), t);
    EXPECT_EQ(promote_with_weak_scalar(t, Kind::Float), t);
  }
  for (DType t : {C8, C16}) {
    EXPECT_EQ(promote_with_weak_scalar(t, Kind::Float), t);
    EXPECT_EQ(promote_with_weak_scalar(t, Kind::Complex), t);
  }
  for (int i = 0; i < kNumDTypes; ++i)
    EXPECT_EQ(promote_with_weak_scalar(dt(i), Kind::Bool), dt(i));
}

TEST(WeakScalar, HigherKindTakesTheDefaultType) {
  EXPECT_EQ(promote_with_weak_scalar(B, Kind::Signed), I8);  // np.array([True]) + 1 -> int64
  EXPECT_EQ(promote_with_weak_scalar(I1, Kind::Float), F8);  // int8 + 1.0 -> float64
  EXPECT_EQ(promote_with_weak_scalar(U8, Kind::Float), F8);
  EXPECT_EQ(promote_with_weak_scalar(B, Kind::Float), F8);
  EXPECT_EQ(promote_with_weak_scalar(I4, Kind::Complex), C16);  // int32 + 1j -> complex128
  EXPECT_EQ(promote_with_weak_scalar(F4, Kind::Complex), C8);   // float32 + 1j -> complex64
  EXPECT_EQ(promote_with_weak_scalar(F2, Kind::Complex), C8);   // float16 + 1j -> complex64
  EXPECT_EQ(promote_with_weak_scalar(F8, Kind::Complex), C16);
}

TEST(WeakScalar, DeviceWithoutFloat64GetsFloat32Defaults) {
  EXPECT_EQ(promote_with_weak_scalar(I8, Kind::Float, false), F4);
  EXPECT_EQ(promote_with_weak_scalar(B, Kind::Complex, false), C8);
  EXPECT_EQ(promote_with_weak_scalar(I4, Kind::Complex, false), C8);
  EXPECT_EQ(promote_with_weak_scalar(F4, Kind::Float, false), F4);
}

TEST(DTypeNames, RoundTripAndRejectUnknown) {
  for (int i = 0; i < kNumDTypes; ++i) EXPECT_EQ(dtype_from_string(name_of(dt(i))), dt(i));
  EXPECT_EQ(dtype_from_string("f4"), F4);
  EXPECT_EQ(dtype_from_string("<c16"), C16);
  EXPECT_THROW(dtype_from_string("float128"), std::invalid_argument);
  try {
    dtype_from_string("quux");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'quux'"), std::string::npos);
  }
}

}  // namespace
}  // namespace dp
