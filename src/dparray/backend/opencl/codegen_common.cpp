// The strided kernel skeleton shared by elementwise ops, casts and raw copies.
#include <string>

#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl::gen {

std::string embedded(const char* name) {
  const char* s = cl_sources::get(name);
  if (!s) throw BackendError(std::string("[opencl] embedded source '") + name + "' is missing");
  return s;
}

std::string strided_kernels(const std::string& base, const std::vector<Operand>& ops,
                            const std::string& extra_params, const BodyFn& body) {
  const size_t k = ops.size();
  std::vector<std::string> ptr(k), idx(k);
  for (size_t j = 0; j < k; ++j) {
    ptr[j] = "p" + std::to_string(j);
    idx[j] = "x" + std::to_string(j);
  }
  auto params = [&](const char* variant) {
    std::string s = std::string("__kernel void ") + base + "_" + variant + "(long n";
    if (std::string(variant) == "nd") s += ", int nd, long8 sh";
    for (size_t j = 0; j < k; ++j) {
      s += std::string(", __global ") + (ops[j].writable ? "" : "const ") + ops[j].type + "* " +
           ptr[j] + ", long o" + std::to_string(j);
      if (std::string(variant) == "flat") s += ", long s" + std::to_string(j);
      if (std::string(variant) == "nd") s += ", long8 s" + std::to_string(j);
    }
    if (!extra_params.empty()) s += ", " + extra_params;
    return s + ") {\n  long i = get_global_id(0);\n  if (i >= n) return;\n";
  };
  const std::string stmt = "  " + body(ptr, idx) + "\n}\n";
  std::string src;

  src += params("contig");
  for (size_t j = 0; j < k; ++j)
    src += "  long x" + std::to_string(j) + " = o" + std::to_string(j) + " + i;\n";
  src += stmt;

  src += params("flat");
  for (size_t j = 0; j < k; ++j) {
    std::string s = std::to_string(j);
    src += "  long x" + s + " = o" + s + " + i * s" + s + ";\n";
  }
  src += stmt;

  src += params("nd");
  src += "  long r = i, c;\n";
  for (size_t j = 0; j < k; ++j)
    src += "  long x" + std::to_string(j) + " = o" + std::to_string(j) + ";\n";
  for (int d = 0; d < kKernelDims; ++d) {
    std::string sd = ".s" + std::to_string(d);
    // Dimension d (innermost first); the outermost one takes what is left of r.
    src += d < 2 ? "  {\n" : "  if (nd > " + std::to_string(d) + ") {\n";
    src += "    if (nd > " + std::to_string(d + 1) + ") { c = r % sh" + sd + "; r /= sh" + sd +
           "; } else { c = r; }\n";
    for (size_t j = 0; j < k; ++j)
      src += "    x" + std::to_string(j) + " += c * s" + std::to_string(j) + sd + ";\n";
    src += "  }\n";
  }
  src += stmt;
  return src;
}

}  // namespace dp::ocl::gen
