#include "dparray/ops/random_dist.h"

#include <stdexcept>
#include <string>

#include "dparray/runtime/backend.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/errors.h"

namespace dp {

int random_dist_params(int dist) {
  // The parameter counts of DP_RD_0 .. DP_RD_28, in id order.
  static const int kParams[kRandomDistCount] = {1, 2, 2, 1, 2, 2, 3, 1, 1, 2, 2, 2, 2, 1, 1,
                                                1, 1, 3, 2, 2, 1, 2, 2, 1, 1, 1, 3, 1, 2};
  if (dist < 0 || dist >= kRandomDistCount)
    throw std::invalid_argument("[random] unknown distribution id " + std::to_string(dist));
  return kParams[dist];
}

void random_dist(RandomState& s, int dist, const std::vector<Array>& params, const Array& out) {
  const int np = random_dist_params(dist);
  if (static_cast<int>(params.size()) != np)
    throw std::invalid_argument("[random] distribution " + std::to_string(dist) + " takes " +
                                std::to_string(np) + " parameters, got " +
                                std::to_string(params.size()));
  if (out.dtype != DType::Float64 && out.dtype != DType::Float32 && out.dtype != DType::Int64)
    throw TypeError(std::string("[random] no distribution output of dtype ") + name_of(out.dtype));
  if (!out.is_c_contiguous())
    throw std::invalid_argument("[random] the output must be C-contiguous");
  // Parameters are in the device's widest float: the arithmetic of random_dist.cl.
  const DType real = out.queue->device()->info().fp64 ? DType::Float64 : DType::Float32;
  for (const Array& p : params) {
    if (p.dtype != real || !p.is_c_contiguous() || (p.size() != 1 && p.size() != out.size()))
      throw std::invalid_argument(std::string("[random] a parameter must be a C-contiguous ") +
                                  name_of(real) + " array of size 1 or the output's");
    if (p.queue.get() != out.queue.get())
      throw std::invalid_argument("[random] parameters must be on the output's queue");
  }
  if (out.size() == 0) return;
  uint64_t seed = 0;
  const uint64_t offset = s.reserve(static_cast<uint64_t>(out.size()), &seed);
  const Queue& q = out.queue;
  if (q->device()->backend_kind() == BackendKind::Host)
    host::random_dist(q, dist, seed, offset, params, out);
  else
    ocl::random_dist(q, dist, seed, offset, params, out);
}

}  // namespace dp
