// The SIMD loops for AVX-512 F/VL/DQ/BW (8 doubles, 16 floats a vector): vector_math_loops.h
// built with the flags of Highway's AVX3 target (CMake's *_avx512.cpp rule), called only after
// vector_math.cpp checked the CPU.
#if defined(__AVX512F__)
// GCC 12 reads Highway's Undefined() vectors as uninitialised; they are never used.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <sleef.h>

#define DP_SLEEF_D(f, u) Sleef_##f##d8_##u##avx512f
#define DP_SLEEF_F(f, u) Sleef_##f##f16_##u##avx512f
#include "dparray/backend/host/vector_math_loops.h"

static_assert(HWY_STATIC_TARGET == HWY_AVX3, "built without the flags of Highway's AVX3 target");

namespace dp::host {
VectorLoop avx512_vector_loop(OpId op, DType t) { return vector_loop_here(op, t); }
VectorLoop avx512_ldexp_loop(DType t, DType e) { return ldexp_loop_here(t, e); }
}  // namespace dp::host
#endif
