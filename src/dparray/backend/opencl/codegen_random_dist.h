// The OpenCL program of one dparray.random distribution (ops/random_dist.h): philox.cl +
// random_dist.cl and a kernel rd_fill, one element per work-item.
#pragma once
#include <string>

#include "dparray/array/dtype.h"

namespace dp::ocl::gen {

// Distribution `dist` (DP_RD_*) into `out` (float32, float64 or int64) with `nparams`
// parameter arrays. With f64 the arithmetic and parameters are float64; without it they
// are float32 and the source never names double (build it with -cl-single-precision-constant).
std::string random_dist_program(int dist, DType out, int nparams, bool f64);

}  // namespace dp::ocl::gen
