// OpenCL distributions: philox.cl + random_dist.cl, one element per work-item, the
// distribution id a compile-time constant so each program holds one distribution.
#include <string>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/ops/random_dist.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

std::string dist_program(int dist, DType t, int nparams) {
  std::string src = cl_prelude(true);
  src += "// random distribution " + std::to_string(dist) + " " + name_of(t) + "\n";
  src += "#define DP_U32 uint\n#define DP_U64 ulong\n#define DP_INLINE\n#define DP_F64 1\n";
  src += gen::embedded("philox.cl");
  src += gen::embedded("random_dist.cl");
  const char* ct = t == DType::Float64 ? "double" : t == DType::Float32 ? "float" : "long";
  src += "__kernel void rd_fill(long n, __global " + std::string(ct) + "* out, long oo";
  for (int k = 0; k < nparams; ++k) {
    const std::string ks = std::to_string(k);
    src += ", __global const double* p" + ks + ", long o" + ks + ", long s" + ks;
  }
  src += ", ulong seed, ulong offset) {\n  long i = get_global_id(0);\n  if (i >= n) return;\n";
  src += "  dp_rd_stream s;\n  dp_rd_init(&s, seed, offset, (ulong)i);\n";
  std::string args[3] = {"0.0", "0.0", "0.0"};
  for (int k = 0; k < nparams; ++k) {
    const std::string ks = std::to_string(k);
    args[k] = "p" + ks + "[o" + ks + " + i * s" + ks + "]";
  }
  src += "  double v = dp_rd_sample(" + std::to_string(dist) + ", &s, " + args[0] + ", " + args[1] +
         ", " + args[2] + ");\n";
  src += "  out[oo + i] = (" + std::string(ct) + ")v;\n}\n";
  return src;
}

}  // namespace

void random_dist(const Queue& q, int dist, uint64_t seed, uint64_t offset,
                 const std::vector<Array>& params, const Array& out) {
  OclQueue& o = oq(q);
  require_dtype(o, DType::Float64, "random");
  const int np = static_cast<int>(params.size());
  const std::string key =
      "random_dist:" + std::to_string(dist) + ":" + name_of(out.dtype) + ":" + std::to_string(np);
  ProgramPtr p = generated_program(o, key, [&] { return dist_program(dist, out.dtype, np); });
  KernelCall k(o, p, "rd_fill", "random");
  k.val<cl_long>(out.size()).mem(mem_of(out)).val<cl_long>(out.offset);
  for (const Array& a : params)
    k.mem(mem_of(a)).val<cl_long>(a.offset).val<cl_long>(a.size() == 1 ? 0 : 1);
  k.val<cl_ulong>(seed).val<cl_ulong>(offset);
  k.run(static_cast<size_t>(out.size()));
}

}  // namespace dp::ocl
