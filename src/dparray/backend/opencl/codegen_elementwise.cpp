// Elementwise and cast programs, generated from the catalogue's body strings.
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

namespace {
// For float loops, what dp_math.cl's nextafter needs: DP_HALF for float16 (computed in
// float), else the unsigned integer of the float's width and the bit casts.
std::string float_bits_macros(DType loop) {
  switch (loop) {
    case DType::Float16: return "#define DP_HALF 1\n";
    case DType::Float32:
      return "#define DP_FBITS uint\n#define DP_AS_BITS as_uint\n#define DP_FROM_BITS as_float\n";
    case DType::Float64:
      return "#define DP_FBITS ulong\n#define DP_AS_BITS as_ulong\n"
             "#define DP_FROM_BITS as_double\n";
    default: return "";
  }
}
}  // namespace

std::string elementwise_program(OpId id, DType loop) {
  const ElementwiseOp& op = op_info(id);
  const DType out = out_dtype(op, loop);
  const bool cond_first = (op.flags & kCondFirst) != 0;
  std::string src = cl_prelude(needs_fp64(loop) || needs_fp64(out));
  src += "// " + std::string(op.name) + " computing in " + name_of(loop) + "\n";
  src += cl_type_macros(loop);
  src += float_bits_macros(loop);
  src += embedded("dp_math.cl");
  std::vector<Operand> ops;
  for (int k = 0; k < op.nin; ++k)
    ops.push_back({cl_type(k == 0 && cond_first ? DType::Bool : loop).storage, false});
  ops.push_back({cl_type(out).storage, true});
  const std::string body = is_complex(loop) ? op.complex_body : op.real_body;
  src += strided_kernels("ew", ops, "", [&](const auto& p, const auto& x) {
    static const char* names[] = {"a", "b", "c"};
    std::string s = "{\n";
    for (int k = 0; k < op.nin; ++k) {
      DType t = k == 0 && cond_first ? DType::Bool : loop;
      s += std::string("    ") + cl_type(t).compute + " " + names[k] + " = " +
           cl_load(t, p[k], x[k]) + ";\n";
    }
    s += "    " + cl_store(out, p[op.nin], x[op.nin], body) + "\n  }";
    return s;
  });
  return src;
}

std::string cast_program(DType from, DType to) {
  std::string src = cl_prelude(needs_fp64(from) || needs_fp64(to));
  src += std::string("// cast ") + name_of(from) + " -> " + name_of(to) + "\n";
  src += cl_float_to_int_helpers(from, to);
  std::vector<Operand> ops{{cl_type(from).storage, false}, {cl_type(to).storage, true}};
  src += strided_kernels("cast", ops, "", [&](const auto& p, const auto& x) {
    std::string v = std::string("(") + cl_type(from).compute + ")" + cl_load(from, p[0], x[0]);
    // double -> half rounds once, as the host does (through float would round twice).
    if (to == DType::Float16 && real_dtype(from) == DType::Float64)
      return "vstore_half_rte(" + std::string(is_complex(from) ? "(" + v + ").x" : v) + ", " +
             x[1] + ", " + p[1] + ");";
    return cl_store(to, p[1], x[1], cl_convert(from, to, "(" + v + ")"));
  });
  return src;
}

std::string raw_program(size_t itemsize) {
  const std::string t = cl_raw_type(itemsize);
  std::string src = "// raw copies and fills of " + std::to_string(itemsize) + "-byte elements\n";
  src += strided_kernels("copy", {{t, false}, {t, true}}, "", [](const auto& p, const auto& x) {
    return p[1] + "[" + x[1] + "] = " + p[0] + "[" + x[0] + "];";
  });
  src += strided_kernels("fill", {{t, true}}, t + " v",
                         [](const auto& p, const auto& x) { return p[0] + "[" + x[0] + "] = v;"; });
  return src;
}

std::string iota_program(DType t, bool fp64) {
  const ClType& c = cl_type(t);
  const char* real = fp64 ? "double" : "float";
  std::string src = cl_prelude(fp64 && !is_integral(t) && t != DType::Bool);
  std::string v;
  src += std::string("__kernel void iota(long n, __global ") + c.storage + "* p, long o";
  if (is_integral(t) || t == DType::Bool) {
    src += ", long start, long step";
    v = "as_long((ulong)start + (ulong)i * (ulong)step)";  // wraps, as the host's arange
  } else if (is_complex(t)) {
    src += std::string(", ") + real + " sr, " + real + " si, " + real + " dr, " + real + " di";
    v = std::string("((") + c.compute + ")((" + c.real + ")(sr + (" + real + ")i * dr), (" +
        c.real + ")(si + (" + real + ")i * di)))";
  } else {
    src += std::string(", ") + real + " start, " + real + " step";
    v = std::string("((") + c.compute + ")(start + (" + real + ")i * step))";
  }
  src += ") {\n  long i = get_global_id(0);\n  if (i >= n) return;\n  ";
  src += cl_store(t, "p", "o + i", v) + "\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
