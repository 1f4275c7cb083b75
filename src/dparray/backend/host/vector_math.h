// SIMD fast paths (SLEEF) for unary math on contiguous float32 / float64.
#pragma once
#include <cstdint>

#include "dparray/ops/elementwise_catalogue.h"

namespace dp::host {

// Computes out[i] = f(in[i]) for elements i in [begin, end) of contiguous arrays.
using VectorLoop = void (*)(const char* in, char* out, int64_t begin, int64_t end);

// The vectorised loop for (op, dtype), or null when there is none on this CPU.
VectorLoop vector_loop(OpId op, DType loop);
// Runs fn over n contiguous elements, split across the arena's cores.
void run_vector_loop(VectorLoop fn, const char* in, char* out, int64_t n);

}  // namespace dp::host
