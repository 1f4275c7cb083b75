// Run-time choice of the SIMD math loops: AVX-512 (vector_math_avx512.cpp) or AVX2 + FMA
// (vector_math_avx2.cpp) where the CPU has them, else none (the scalar loops run). The
// check is Highway's, whose targets the two translation units are built for.
#include "dparray/backend/host/vector_math.h"

#include <hwy/targets.h>
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "dparray/array/dtype.h"

namespace dp::host {

#if DPARRAY_HAVE_AVX2_TU
VectorLoop avx2_vector_loop(OpId op, DType loop);  // vector_math_avx2.cpp
VectorLoop avx2_ldexp_loop(DType loop, DType exponent);
#endif
#if DPARRAY_HAVE_AVX512_TU
VectorLoop avx512_vector_loop(OpId op, DType loop);  // vector_math_avx512.cpp
VectorLoop avx512_ldexp_loop(DType loop, DType exponent);
#endif

namespace {
enum class Isa { None, Avx2, Avx512 };

Isa detect() {
  const char* cap = std::getenv("DPARRAY_SIMD");
  const bool cap_none = cap && std::strcmp(cap, "none") == 0;
  const bool cap_avx2 = cap && std::strcmp(cap, "avx2") == 0;
  if (cap_none) return Isa::None;
#if DPARRAY_HAVE_AVX512_TU
  if (!cap_avx2 && (hwy::SupportedTargets() & HWY_AVX3)) return Isa::Avx512;
#endif
#if DPARRAY_HAVE_AVX2_TU
  if (hwy::SupportedTargets() & HWY_AVX2) return Isa::Avx2;
#endif
  (void)cap_avx2;
  return Isa::None;
}

Isa isa() {
  static const Isa i = detect();
  return i;
}
}  // namespace

VectorLoop vector_loop(OpId op, DType loop) {
  switch (isa()) {
#if DPARRAY_HAVE_AVX512_TU
    case Isa::Avx512: return avx512_vector_loop(op, loop);
#endif
#if DPARRAY_HAVE_AVX2_TU
    case Isa::Avx2: return avx2_vector_loop(op, loop);
#endif
    default: (void)op; return nullptr;
  }
}

VectorLoop vector_ldexp_loop(DType loop, DType exponent) {
  switch (isa()) {
#if DPARRAY_HAVE_AVX512_TU
    case Isa::Avx512: return avx512_ldexp_loop(loop, exponent);
#endif
#if DPARRAY_HAVE_AVX2_TU
    case Isa::Avx2: return avx2_ldexp_loop(loop, exponent);
#endif
    default: (void)loop, (void)exponent; return nullptr;
  }
}

const char* vector_isa() {
  switch (isa()) {
    case Isa::Avx512: return "avx512";
    case Isa::Avx2: return "avx2";
    default: return "none";
  }
}

// Elements per task: transcendental functions cost tens of cycles per element, so smaller
// chunks than a copy's already pay for a task; but at least 64 KiB of output, as one-byte
// results (logical ops, comparisons) cost a cycle or less each.
constexpr int64_t kVectorGrain = 1 << 13;
constexpr int64_t kVectorGrainBytes = 1 << 16;

int64_t vector_grain(size_t out_itemsize) {
  return std::max(kVectorGrain, kVectorGrainBytes / int64_t(out_itemsize));
}

bool vector_loop_splits(int64_t n, size_t out_itemsize) { return n > vector_grain(out_itemsize); }

void run_vector_loop(VectorLoop fn, const char* const* in, const int64_t* step, char* out,
                     int64_t n, size_t out_itemsize) {
  const int64_t grain = vector_grain(out_itemsize);
  if (n <= grain) {
    fn(in, step, out, 0, n);
    return;
  }
  tbb::parallel_for(
      tbb::blocked_range<int64_t>(0, n, grain),
      [&](const tbb::blocked_range<int64_t>& r) { fn(in, step, out, r.begin(), r.end()); });
}

}  // namespace dp::host
