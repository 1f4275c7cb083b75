// The elementwise front end: placement check, NumPy 2 promotion with weak
// Python scalars, loop resolution, broadcasting, then the backend's primitive.
#pragma once
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise_catalogue.h"

namespace dp {

// An argument: an array, a Python scalar (weak: takes the arrays' dtype, NEP 50),
// or a typed scalar such as numpy.float32(1) (strong: promotes like a 0-d array).
struct Operand {
  const Array* array = nullptr;
  Scalar scalar;
  bool typed = false;
  DType dtype = DType::Bool;  // of a typed scalar
  static Operand of(const Array& a) {
    Operand o;
    o.array = &a;
    return o;
  }
  static Operand of(const Scalar& s) {
    Operand o;
    o.scalar = s;
    return o;
  }
  static Operand of(const Scalar& s, DType t) {
    Operand o;
    o.scalar = s;
    o.typed = true;
    o.dtype = t;
    return o;
  }
};

// The loop dtype op would compute in for these operands (throws TypeError when
// no loop fits). For the kCondFirst op (where), operand 0 is the condition.
DType resolve_loop(OpId op, const std::vector<Operand>& args, const Device& device);

// NumPy's "Integers to negative integer powers are not allowed." (ValueError) for a
// signed integer loop whose exponent has a negative element: one min-reduction on the
// exponent's device (integer_power.cpp); `arg` is the operand, `exponent` it in the loop dtype.
void check_integer_power(DType loop, const Operand& arg, const Array& exponent);

// Evaluates op; with `out`, writes there (in-place operators, out=) after checking
// that the inputs broadcast to out's shape and that the result casts to it (same_kind).
Array apply(OpId op, const std::vector<Operand>& args, const Array* out = nullptr);

}  // namespace dp
