// Integer semantics of the core (array/int_semantics.h): wrap-around arithmetic and
// NumPy's x86-64 float -> integer conversion, through the helpers and through host
// casts, fills and elementwise ops. Expected values measured with NumPy 2.4 (scalar
// casts) on x86-64.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/array/astype_layout.h"
#include "dparray/array/int_semantics.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/ops/elementwise.h"
#include "dparray/runtime/registry.h"

namespace dp {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

static_assert(wrap_add<int32_t>(INT32_MAX, 1) == INT32_MIN);
static_assert(wrap_sub<int64_t>(INT64_MIN, 1) == INT64_MAX);
static_assert(wrap_mul<uint16_t>(65535, 65535) == 1);  // no promotion to a signed int
static_assert(wrap_mul<int8_t>(-128, -1) == -128);
static_assert(wrap_neg<int32_t>(INT32_MIN) == INT32_MIN);
static_assert(float_to_int<int32_t>(1e300) == INT32_MIN);
static_assert(float_to_int<uint16_t>(-1.0) == 65535);

TEST(IntegerWrap, FloatToIntMatchesNumPyOnX86) {
  // value, int8, int16, int32, int64, uint8, uint16, uint32, uint64 (NumPy 2.4 scalar casts).
  struct Row {
    double x;
    int64_t i8, i16, i32, i64;
    uint64_t u8, u16, u32, u64;
  };
  const Row rows[] = {
      {kNan, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 9223372036854775808ull},
      {kInf, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 0},
      {-kInf, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 9223372036854775808ull},
      {-1.0, -1, -1, -1, -1, 255, 65535, 4294967295u, 18446744073709551615ull},
      {-0.9, 0, 0, 0, 0, 0, 0, 0, 0},
      {65535.7, -1, -1, 65535, 65535, 255, 65535, 65535, 65535},
      {2147483648.0, 0, 0, INT32_MIN, 2147483648ll, 0, 0, 2147483648u, 2147483648ull},
      {-2147483649.0, 0, 0, INT32_MIN, -2147483649ll, 0, 0, 2147483647u, 18446744071562067967ull},
      {1e10, 0, 0, INT32_MIN, 10000000000ll, 0, 0, 1410065408u, 10000000000ull},
      {-1e10, 0, 0, INT32_MIN, -10000000000ll, 0, 0, 2884901888u, 18446744063709551616ull},
      {9223372036854775808.0, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 9223372036854775808ull},
      {1e19, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 10000000000000000000ull},
      {-1e19, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 9223372036854775808ull},
      {18446744073709551616.0, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 0},
      {1e300, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 0},
      {-1e300, 0, 0, INT32_MIN, INT64_MIN, 0, 0, 0, 9223372036854775808ull},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.x);
    EXPECT_EQ(float_to_int<int8_t>(r.x), r.i8);
    EXPECT_EQ(float_to_int<int16_t>(r.x), r.i16);
    EXPECT_EQ(float_to_int<int32_t>(r.x), r.i32);
    EXPECT_EQ(float_to_int<int64_t>(r.x), r.i64);
    EXPECT_EQ(float_to_int<uint8_t>(r.x), r.u8);
    EXPECT_EQ(float_to_int<uint16_t>(r.x), r.u16);
    EXPECT_EQ(float_to_int<uint32_t>(r.x), r.u32);
    EXPECT_EQ(float_to_int<uint64_t>(r.x), r.u64);
  }
  // float32 sources: 1e19f is 9999999980506447872.
  EXPECT_EQ(float_to_int<uint64_t>(1e19f), 9999999980506447872ull);
  EXPECT_EQ(float_to_int<int32_t>(std::nanf("")), INT32_MIN);
}

// The host's catalogue helpers at the edges of every integer type, against 128-bit
// unsigned arithmetic reduced modulo 2^bits (a sanitizer build also checks them for UB).
template <class T>
void check_wrap_helpers() {
  using L = std::numeric_limits<T>;
  using W = unsigned __int128;  // modular: low bits of the exact result
  const T vals[] = {L::min(), T(L::min() + 1), T(-1), T(0), T(1), T(3), L::max(), T(L::max() - 1)};
  auto wrap = [](W v) { return static_cast<T>(v); };
  for (T a : vals) {
    EXPECT_EQ(host::math::neg(a), wrap(-W(a)));
    EXPECT_EQ(host::math::absr(a), wrap(a < 0 ? -W(a) : W(a)));
    for (T b : vals) {
      EXPECT_EQ(host::math::addw(a, b), wrap(W(a) + W(b)));
      EXPECT_EQ(host::math::subw(a, b), wrap(W(a) - W(b)));
      EXPECT_EQ(host::math::mulw(a, b), wrap(W(a) * W(b)));
      if (b == 0) EXPECT_EQ(host::math::floordiv(a, b), T(0));
      if (b == 0) EXPECT_EQ(host::math::fmodpy(a, b), T(0));
    }
    EXPECT_EQ(host::math::powr(a, T(3)), wrap(W(a) * W(a) * W(a)));
  }
  if constexpr (std::is_signed_v<T>) EXPECT_EQ(host::math::floordiv(L::min(), T(-1)), L::min());
}

TEST(IntegerWrap, HostHelpersWrapAtTheEdges) {
  check_wrap_helpers<int8_t>();
  check_wrap_helpers<int16_t>();
  check_wrap_helpers<int32_t>();
  check_wrap_helpers<int64_t>();
  check_wrap_helpers<uint8_t>();
  check_wrap_helpers<uint16_t>();
  check_wrap_helpers<uint32_t>();
  check_wrap_helpers<uint64_t>();
}

Queue host_queue() {
  return Registry::get().default_queue(Registry::get().devices(BackendKind::Host).at(0));
}

template <class T>
std::vector<T> download(const Array& a) {
  std::vector<T> v(a.size());
  to_host(a, v.data());
  return v;
}

TEST(IntegerWrap, HostCastAndFillFollowTheRule) {
  const std::vector<double> x = {-1.0, 1e300, kNan, 65535.7};
  Array a = from_host(x.data(), {4}, DType::Float64, host_queue(), UsmType::Device);
  EXPECT_EQ(download<uint16_t>(astype(a, DType::UInt16, true)),
            (std::vector<uint16_t>{65535, 0, 0, 65535}));
  EXPECT_EQ(download<int32_t>(astype(a, DType::Int32, true)),
            (std::vector<int32_t>{-1, INT32_MIN, INT32_MIN, 65535}));
  Array f = full({3}, DType::Int32, Scalar::from_double(1e300), host_queue(), UsmType::Device);
  EXPECT_EQ(download<int32_t>(f), (std::vector<int32_t>{INT32_MIN, INT32_MIN, INT32_MIN}));
}

TEST(IntegerWrap, HostArithmeticWraps) {
  const std::vector<int32_t> v = {INT32_MAX, INT32_MIN, -1};
  Array a = from_host(v.data(), {3}, DType::Int32, host_queue(), UsmType::Device);
  EXPECT_EQ(download<int32_t>(apply(OpId::add, {Operand::of(a), Operand::of(a)})),
            (std::vector<int32_t>{-2, 0, -2}));
  EXPECT_EQ(download<int32_t>(apply(OpId::negative, {Operand::of(a)})),
            (std::vector<int32_t>{-INT32_MAX, INT32_MIN, 1}));
  const std::vector<uint16_t> u = {65535, 65535, 2};
  Array b = from_host(u.data(), {3}, DType::UInt16, host_queue(), UsmType::Device);
  EXPECT_EQ(download<uint16_t>(apply(OpId::multiply, {Operand::of(b), Operand::of(b)})),
            (std::vector<uint16_t>{1, 1, 4}));
}

TEST(IntegerWrap, AstypeKeepsTheLayout) {
  Array a = empty({3, 4}, DType::Float64, host_queue(), UsmType::Device);
  Array t = permute_view(a, {1, 0});
  EXPECT_EQ(strides_like(t, MemOrder::K), (Strides{1, 4}));
  EXPECT_EQ(strides_like(t, MemOrder::C), (Strides{3, 1}));
  EXPECT_EQ(strides_like(t, MemOrder::A), (Strides{1, 4}));
  EXPECT_EQ(astype(t, DType::Float32, true, MemOrder::K).strides, (Strides{1, 4}));
  EXPECT_THROW(mem_order_arg("X", "astype"), std::invalid_argument);
}

}  // namespace
}  // namespace dp
