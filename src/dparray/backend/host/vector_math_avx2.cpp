// The SIMD loops for AVX2 + FMA (4 doubles, 8 floats a vector): vector_math_loops.h built with
// the flags of Highway's AVX2 target (CMake's *_avx2.cpp rule), called only after
// vector_math.cpp checked the CPU.
#if defined(__AVX2__)
// GCC 12 reads Highway's Undefined() vectors as uninitialised; they are never used.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <sleef.h>

#define DP_SLEEF_D(f, u) Sleef_##f##d4_##u##avx2
#define DP_SLEEF_F(f, u) Sleef_##f##f8_##u##avx2
#include "dparray/backend/host/vector_math_loops.h"

static_assert(HWY_STATIC_TARGET == HWY_AVX2, "built without the flags of Highway's AVX2 target");

namespace dp::host {
VectorLoop avx2_vector_loop(OpId op, DType t) { return vector_loop_here(op, t); }
VectorLoop avx2_ldexp_loop(DType t, DType e) { return ldexp_loop_here(t, e); }
}  // namespace dp::host
#endif
