// Run-time choice of the SIMD math loops: the AVX2 + FMA SLEEF loops
// (vector_math_avx2.cpp) where the CPU has them, else none (the scalar loop runs).
#include "dparray/backend/host/vector_math.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include "dparray/array/dtype.h"

namespace dp::host {

#if DPARRAY_HAVE_AVX2_TU
VectorLoop avx2_vector_loop(OpId op, DType loop);  // vector_math_avx2.cpp
#endif

VectorLoop vector_loop(OpId op, DType loop) {
  if (loop != DType::Float32 && loop != DType::Float64) return nullptr;
#if DPARRAY_HAVE_AVX2_TU
  static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (avx2) return avx2_vector_loop(op, loop);
#else
  (void)op;
#endif
  return nullptr;
}

// Elements per task: transcendental functions cost tens of cycles per element,
// so smaller chunks than a copy's already pay for a task.
constexpr int64_t kVectorGrain = 1 << 13;

void run_vector_loop(VectorLoop fn, const char* in, char* out, int64_t n) {
  if (n <= kVectorGrain) {
    fn(in, out, 0, n);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, kVectorGrain),
                    [&](const tbb::blocked_range<int64_t>& r) { fn(in, out, r.begin(), r.end()); });
}

}  // namespace dp::host
