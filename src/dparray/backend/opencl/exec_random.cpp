// Random numbers on OpenCL: the Philox streams of philox.cl, one block of the
// stream per work-item, so a seed gives the same numbers as on the host.
#include <stdexcept>

#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/ops/random.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

void OclExecutor::random(const Queue& q, RandomDist dist, uint64_t seed, uint64_t offset, double p1,
                         double p2, const Array& out) {
  OclQueue& o = oq(q);
  const DType t = out.dtype;
  const bool ok =
      dist == RandomDist::Integer ? (is_integral(t) || t == DType::Bool) : is_floating(t);
  if (!ok) throw TypeError(std::string("[random] no OpenCL generator for dtype ") + name_of(t));
  require_dtype(o, t, "random");
  if (!out.is_c_contiguous())
    throw std::invalid_argument("[random] the output must be C-contiguous");
  const int64_t n = out.size();
  if (n == 0) return;
  const char* dname = dist == RandomDist::Uniform  ? "uniform"
                      : dist == RandomDist::Normal ? "normal"
                                                   : "integer";
  const std::string key = std::string("random:") + dname + ":" + name_of(t);
  ProgramPtr p = generated_program(o, key, [&] { return gen::random_program(dist, t); });
  const uint64_t blocks = random_counters(dist, t, n);
  KernelCall k(o, p, "philox_fill", "random");
  k.val<cl_long>(n).mem(mem_of(out)).val<cl_long>(out.offset);
  k.val<cl_ulong>(seed).val<cl_ulong>(offset);
  if (dist == RandomDist::Integer) {
    uint64_t low = 0, range = 0;
    integer_bounds(p1, p2, &low, &range);
    k.val<cl_ulong>(low).val<cl_ulong>(range);
  } else if (t == DType::Float64) {
    k.val<double>(p1).val<double>(p2);
  } else {
    k.val<float>(static_cast<float>(p1)).val<float>(static_cast<float>(p2));
  }
  k.run(static_cast<size_t>(blocks));
}

}  // namespace dp::ocl
