// Temporary elision for Python operators: as NumPy does for large arrays, `a * b + c`
// reuses the temporary `a * b` as the output of `+ c` when nothing else references it.
#pragma once
#include "dparray/ops/elementwise.h"
#include "init.h"

namespace dpy {

// Arrays below this size are never reused (NumPy's threshold: the check costs more).
inline constexpr size_t kMinElideBytes = 256 * 1024;

// The result of an operator, made ready for reuse: the queued command that computes it
// holds the buffer through a separate reference count, so that a later operator sees
// whether anything but the command references it (views, exports, other arrays).
dp::Array temporary_result(dp::Array r);

// When lhs or rhs (the operator's Python operands, `args` their converted forms) is a
// temporary array that may hold the result of `id`, computes the result into it and
// returns it; else returns a null handle and computes nothing.
nb::handle elide_into_temporary(dp::OpId id, const dp::Operand (&args)[2], nb::handle lhs,
                                nb::handle rhs);

// Number of operator results computed into a temporary operand (for tests).
uint64_t elided_count();

}  // namespace dpy
