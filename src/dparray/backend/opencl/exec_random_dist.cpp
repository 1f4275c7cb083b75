// OpenCL distributions: philox.cl + random_dist.cl, one element per work-item, the
// distribution id a compile-time constant so each program holds one distribution; in
// float32 on devices without float64.
#include <string>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/codegen_random_dist.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/ops/random_dist.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

void random_dist(const Queue& q, int dist, uint64_t seed, uint64_t offset,
                 const std::vector<Array>& params, const Array& out) {
  OclQueue& o = oq(q);
  require_dtype(o, out.dtype, "random");
  const bool f64 = o.ctx().info.fp64;
  const int np = static_cast<int>(params.size());
  const std::string key = "random_dist:" + std::to_string(dist) + ":" + name_of(out.dtype) + ":" +
                          std::to_string(np) + (f64 ? ":d" : ":f");
  // float32 arithmetic: unsuffixed literals of random_dist.cl must be floats too.
  const std::string options = o.ctx().gen_options + (f64 ? "" : " -cl-single-precision-constant");
  ProgramPtr p = o.ctx().programs.get(
      key, [&] { return gen::random_dist_program(dist, out.dtype, np, f64); }, options);
  KernelCall k(o, p, "rd_fill", "random");
  k.val<cl_long>(out.size()).mem(mem_of(out)).val<cl_long>(out.offset);
  for (const Array& a : params)
    k.mem(mem_of(a)).val<cl_long>(a.offset).val<cl_long>(a.size() == 1 ? 0 : 1);
  k.val<cl_ulong>(seed).val<cl_ulong>(offset);
  k.run(static_cast<size_t>(out.size()));
}

}  // namespace dp::ocl
