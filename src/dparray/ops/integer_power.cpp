// power(int, negative int) raises, as NumPy: a scalar exponent is checked here, an array
// exponent by its minimum reduced on its own device (one reduction, one small read).
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "dparray/ops/elementwise.h"
#include "dparray/ops/reduction.h"

namespace dp {

void check_integer_power(DType loop, const Operand& arg, const Array& exponent) {
  if (!is_integral(loop) || kind_of(loop) != Kind::Signed) return;
  bool negative = false;
  if (!arg.array) {
    negative = arg.scalar.kind == Kind::Signed && arg.scalar.i < 0;
  } else if (exponent.size() > 0) {
    const Array m = exponent.ndim() == 0 ? exponent : min(exponent);
    unsigned char raw[8] = {};
    to_host(m, raw);
    int8_t i8;
    int16_t i16;
    int32_t i32;
    int64_t i64;
    switch (m.dtype) {
      case DType::Int8: std::memcpy(&i8, raw, 1), negative = i8 < 0; break;
      case DType::Int16: std::memcpy(&i16, raw, 2), negative = i16 < 0; break;
      case DType::Int32: std::memcpy(&i32, raw, 4), negative = i32 < 0; break;
      default: std::memcpy(&i64, raw, 8), negative = i64 < 0; break;
    }
  }
  if (negative)
    throw std::invalid_argument("[power] Integers to negative integer powers are not allowed.");
}

}  // namespace dp
