// The C++ view of backend/opencl/cl/random_dist.cl (with philox.cl): the per-element
// distribution code the host backend runs and OpenCL devices compile.
#pragma once
#include <cmath>
#include <cstdint>

#include "dparray/ops/philox.h"

namespace dp::philox {
using std::acos;
using std::ceil;
using std::exp;
using std::expm1;
using std::fabs;
using std::floor;
using std::fmod;
using std::log1p;
using std::pow;
#define DP_U32 uint32_t
#define DP_U64 uint64_t
#define DP_INLINE static inline
typedef double dp_rd_real;
#include "dparray/backend/opencl/cl/random_dist.cl"
#undef DP_U32
#undef DP_U64
#undef DP_INLINE
}  // namespace dp::philox
