// Distributions of dparray.random beyond uniform / normal / integers: one executor-level
// primitive per backend that fills an array with draws of a distribution whose parameters
// are arrays (size 1 or the output's size), element i from its own Philox sub-stream
// (backend/opencl/cl/random_dist.cl), so that every device gives the same numbers.
#pragma once
#include <cstdint>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/random.h"

namespace dp {

// Distribution ids: DP_RD_* of random_dist.cl.
constexpr int kRandomDistCount = 29;

// How many parameters distribution `dist` reads (1 to 3); throws for an unknown id.
int random_dist_params(int dist);

// Fills C-contiguous `out` (float32, float64 or int64) with draws of `dist`; params are
// C-contiguous arrays on out's queue, each of size 1 (broadcast) or out.size(), float64
// (float32 on a device without float64, which then computes in float32).
// Reserves out.size() counters of `s`. Parameter values must already be valid.
void random_dist(RandomState& s, int dist, const std::vector<Array>& params, const Array& out);

namespace host {
void random_dist(const Queue& q, int dist, uint64_t seed, uint64_t offset,
                 const std::vector<Array>& params, const Array& out);
}
namespace ocl {
void random_dist(const Queue& q, int dist, uint64_t seed, uint64_t offset,
                 const std::vector<Array>& params, const Array& out);
}

}  // namespace dp
