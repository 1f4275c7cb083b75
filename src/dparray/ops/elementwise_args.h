// apply / resolve_loop over operands held in place (a stack array): the per-call path of the
// bindings, which allocates nothing for its arguments. Same semantics as elementwise.h's.
#pragma once
#include "dparray/ops/elementwise.h"

namespace dp {

DType resolve_loop(OpId op, const Operand* args, int nargs, const Device& device);
Array apply(OpId op, const Operand* args, int nargs, const Array* out = nullptr);

}  // namespace dp
