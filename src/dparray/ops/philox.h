// The C++ view of backend/opencl/cl/philox.cl: the one definition of the random
// streams (Philox4x32-10 and its distributions) that the host and OpenCL share.
#pragma once
#include <cmath>
#include <cstdint>

namespace dp::philox {
using std::cos;
using std::log;
using std::sin;
using std::sqrt;
#define DP_U32 uint32_t
#define DP_U64 uint64_t
#define DP_INLINE static inline
#define DP_F64 1
#include "dparray/backend/opencl/cl/philox.cl"
#undef DP_U32
#undef DP_U64
#undef DP_INLINE
#undef DP_F64
}  // namespace dp::philox
