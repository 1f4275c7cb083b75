// The elementwise front end: placement check, NumPy 2 promotion with weak
// Python scalars, loop resolution, broadcasting, then the backend's primitive.
#pragma once
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise_catalogue.h"

namespace dp {

// An argument: an array, or a Python scalar.
struct Operand {
  const Array* array = nullptr;
  Scalar scalar;
  static Operand of(const Array& a) { Operand o; o.array = &a; return o; }
  static Operand of(const Scalar& s) { Operand o; o.scalar = s; return o; }
};

// The loop dtype op would compute in for these operands (throws TypeError when
// no loop fits). For the kCondFirst op (where), operand 0 is the condition.
DType resolve_loop(OpId op, const std::vector<Operand>& args, const Device& device);

// Evaluates op; with `out`, writes there (in-place operators) after checking
// shape and same-kind casting.
Array apply(OpId op, const std::vector<Operand>& args, const Array* out = nullptr);

}  // namespace dp
