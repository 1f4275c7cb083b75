// Random numbers: philox.cl (shared with the host backend) unchanged, plus one
// kernel that fills a contiguous array, one Philox block per work-item.
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/codegen_random_dist.h"

namespace dp::ocl::gen {

namespace {
// philox.cl without its float64 section, for programs that must not mention double.
std::string philox_source(bool f64) {
  std::string s = embedded("philox.cl");
  if (f64) return s;
  const size_t a = s.find("#if defined(DP_F64)");
  const size_t b = s.find("#endif  // DP_F64");
  if (a != std::string::npos && b != std::string::npos && b > a) s.erase(a, b - a + 17);
  return s;
}
}  // namespace

std::string random_program(RandomDist dist, DType t) {
  const bool f64 = t == DType::Float64;
  std::string src = cl_prelude(f64);
  src += std::string("// random ") + name_of(t) + "\n";
  src += "#define DP_U32 uint\n#define DP_U64 ulong\n#define DP_INLINE\n";
  if (f64) src += "#define DP_F64 1\n";
  src += philox_source(f64);
  const ClType& c = cl_type(t);
  std::string params, body;
  if (dist == RandomDist::Integer) {
    params = "ulong low, ulong range";
    body = "  ulong v = dp_integer_block(w, low, range);\n  " +
           cl_store(t, "p", "o + b", t == DType::Bool ? "v != 0" : "v") + "\n";
    src += std::string("__kernel void philox_fill(long n, __global ") + c.storage +
           "* p, long o, ulong seed, ulong offset, " + params +
           ") {\n"
           "  long b = get_global_id(0);\n  if (b >= n) return;\n"
           "  dp_u32x4 w = dp_philox_block(seed, offset, (ulong)b);\n" +
           body + "}\n";
    return src;
  }
  const bool uni = dist == RandomDist::Uniform;
  if (f64) {
    params = "double p1, double p2";
    body = uni ? "dp_uniform_f64_words(w.v[2 * j], w.v[2 * j + 1], p1, p2)"
               : "dp_normal_f64_block(w, j, p1, p2)";
    src += std::string(
               "__kernel void philox_fill(long n, __global double* p, long o, ulong seed, "
               "ulong offset, ") +
           params +
           ") {\n"
           "  long b = get_global_id(0), i0 = b * DP_RAND_PER_BLOCK_F64;\n  if (i0 >= n) return;\n"
           "  dp_u32x4 w = dp_philox_block(seed, offset, (ulong)b);\n"
           "  for (int j = 0; j < DP_RAND_PER_BLOCK_F64 && i0 + j < n; ++j) p[o + i0 + j] = " +
           body + ";\n}\n";
    return src;
  }
  // float32 and float16: four elements per block, computed in float.
  src += std::string("__kernel void philox_fill(long n, __global ") + c.storage +
         "* p, long o, ulong seed, ulong offset, float p1, float p2) {\n"
         "  long b = get_global_id(0), i0 = b * DP_RAND_PER_BLOCK_F32;\n  if (i0 >= n) return;\n"
         "  dp_u32x4 w = dp_philox_block(seed, offset, (ulong)b);\n";
  if (uni) {
    src += "  for (int j = 0; j < DP_RAND_PER_BLOCK_F32 && i0 + j < n; ++j) {\n    " +
           cl_store(t, "p", "o + i0 + j", "dp_uniform_f32_word(w.v[j], p1, p2)") + "\n  }\n}\n";
  } else {
    src +=
        "  for (int j = 0; j < DP_RAND_PER_BLOCK_F32 && i0 + j < n; j += 2) {\n"
        "    dp_f32x2 z = dp_normal_f32_words(w.v[j], w.v[j + 1], p1, p2);\n    " +
        cl_store(t, "p", "o + i0 + j", "z.z0") + "\n    if (i0 + j + 1 < n) " +
        cl_store(t, "p", "o + i0 + j + 1", "z.z1") + "\n  }\n}\n";
  }
  return src;
}

std::string random_dist_program(int dist, DType t, int nparams, bool f64) {
  std::string src = cl_prelude(f64);
  src += "// random distribution " + std::to_string(dist) + " " + name_of(t) + "\n";
  src += "#define DP_U32 uint\n#define DP_U64 ulong\n#define DP_INLINE\n";
  const std::string real = f64 ? "double" : "float";
  src += f64 ? "#define DP_F64 1\n" : "#define DP_RD_F32 1\n";
  src += "typedef " + real + " dp_rd_real;\n";
  src += philox_source(f64);
  src += embedded("random_dist.cl");
  const std::string ct = t == DType::Float64 ? "double" : t == DType::Float32 ? "float" : "long";
  src += "__kernel void rd_fill(long n, __global " + ct + "* out, long oo";
  for (int k = 0; k < nparams; ++k) {
    const std::string ks = std::to_string(k);
    src += ", __global const " + real + "* p" + ks + ", long o" + ks + ", long s" + ks;
  }
  src += ", ulong seed, ulong offset) {\n  long i = get_global_id(0);\n  if (i >= n) return;\n";
  src += "  dp_rd_stream s;\n  dp_rd_init(&s, seed, offset, (ulong)i);\n";
  std::string args[3] = {"0", "0", "0"};
  for (int k = 0; k < nparams; ++k) {
    const std::string ks = std::to_string(k);
    args[k] = "p" + ks + "[o" + ks + " + i * s" + ks + "]";
  }
  src += "  dp_rd_real v = dp_rd_sample(" + std::to_string(dist) + ", &s, " + args[0] + ", " +
         args[1] + ", " + args[2] + ");\n";
  src += "  out[oo + i] = (" + ct + ")v;\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
