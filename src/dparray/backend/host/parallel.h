// Strided N-d iteration over several operands, split across the cores of the
// current TBB arena. The callee sees 1-D runs: (pointers, byte strides, length).
#pragma once
#include <cstdint>
#include <vector>

#include "dparray/array/array.h"

namespace dp::host {

using InnerLoop = void (*)(char** ptrs, const int64_t* byte_strides, int64_t n);

// One operand of a strided loop: base pointer and element strides over `shape`.
struct Operand {
  char* base;
  Strides strides;  // elements
  size_t itemsize;
};

// Collapses dimensions, then calls fn over every element of `shape`, in parallel
// when the loop is large enough. Operand 0..n-1 are passed to fn in order.
void for_each_strided(InnerLoop fn, std::vector<Operand> ops, Shape shape);

// Convenience: an Operand for an array (its host pointer, strides broadcast to shape).
Operand operand_of(const Array& a, const Shape& shape);

// Elements per task below which a loop stays on one thread.
constexpr int64_t kGrain = 1 << 15;
// Limits of for_each_strided (after collapsing): dp::kMaxDims dimensions, 8 operands.
constexpr int kMaxOperands = 8;

}  // namespace dp::host
