// SIMD fast paths (SLEEF, Highway, rounding instructions, and float -> bool predicates such
// as isnan) for float32 / float64 ops whose inputs are contiguous or a single broadcast
// element and whose output is contiguous.
#pragma once
#include <cstdint>

#include "dparray/ops/elementwise_catalogue.h"

namespace dp::host {

// Computes out[i] = f(in[0][i * step[0]], ...) for i in [begin, end) over the op's one to
// three inputs; a step is 1 (contiguous) or 0 (one element for all).
using VectorLoop = void (*)(const char* const* in, const int64_t* step, char* out, int64_t begin,
                            int64_t end);

// The vectorised loop for (op, dtype), or null when there is none on this CPU. The widest
// the CPU has: AVX-512 (F, VL, DQ, BW), else AVX2 + FMA; DPARRAY_SIMD=avx2 (or =none) caps it.
VectorLoop vector_loop(OpId op, DType loop);
// ldexp's loop for a float32 / float64 first input and an int32 / int64 exponent array read as
// it is, or null.
VectorLoop vector_ldexp_loop(DType loop, DType exponent);
// The instruction set vector_loop uses: "avx512", "avx2" or "none".
const char* vector_isa();
// Whether run_vector_loop splits n elements of out_itemsize bytes across cores.
bool vector_loop_splits(int64_t n, size_t out_itemsize);
// Runs fn over n elements of out_itemsize bytes each, split across the arena's cores.
void run_vector_loop(VectorLoop fn, const char* const* in, const int64_t* step, char* out,
                     int64_t n, size_t out_itemsize);

}  // namespace dp::host
