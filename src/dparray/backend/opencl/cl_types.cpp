#include "dparray/backend/opencl/cl_types.h"

#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl {

namespace {
const ClType kTypes[kNumDTypes] = {
    {"uchar", "uchar", "uchar", 8},     {"char", "char", "char", 8},
    {"short", "short", "short", 16},    {"int", "int", "int", 32},
    {"long", "long", "long", 64},       {"uchar", "uchar", "uchar", 8},
    {"ushort", "ushort", "ushort", 16}, {"uint", "uint", "uint", 32},
    {"ulong", "ulong", "ulong", 64},    {"half", "float", "float", 0},
    {"float", "float", "float", 0},     {"double", "double", "double", 0},
    {"float2", "float2", "float", 0},   {"double2", "double2", "double", 0},
};
}  // namespace

const ClType& cl_type(DType t) { return kTypes[static_cast<int>(t)]; }

std::string cl_load(DType t, const std::string& ptr, const std::string& idx) {
  if (t == DType::Float16) return "vload_half(" + idx + ", " + ptr + ")";
  return ptr + "[" + idx + "]";
}

std::string cl_store(DType t, const std::string& ptr, const std::string& idx,
                     const std::string& v) {
  if (t == DType::Float16) return "vstore_half_rte((float)(" + v + "), " + idx + ", " + ptr + ");";
  if (t == DType::Bool) return ptr + "[" + idx + "] = (uchar)((" + v + ") != 0);";
  if (is_complex(t)) return ptr + "[" + idx + "] = " + v + ";";
  return ptr + "[" + idx + "] = (" + cl_type(t).storage + ")(" + v + ");";
}

std::string cl_convert(DType from, DType to, const std::string& v) {
  const ClType& f = cl_type(from);
  const ClType& o = cl_type(to);
  if (to == DType::Bool) {
    if (is_complex(from)) return "(uchar)((" + v + ").x != 0 || (" + v + ").y != 0)";
    if (from == DType::Bool) return v;
    return "(uchar)((" + v + ") != 0)";
  }
  if (is_complex(to)) {
    if (is_complex(from)) {
      if (from == to) return v;
      return std::string("convert_") + o.compute + "(" + v + ")";
    }
    return std::string("((") + o.compute + ")((" + o.real + ")(" + v + "), (" + o.real + ")0))";
  }
  if (is_complex(from)) return cl_convert(real_dtype(from), to, "(" + v + ").x");
  if (std::string(f.compute) == o.compute) return v;
  if (is_integral(to)) {
    // Integer results wrap modulo 2^bits; as_type for signed ones, whose plain
    // out-of-range conversion is implementation-defined.
    static const char* utypes[] = {"uchar", "ushort", "uint", "ulong"};
    const int k = o.bits == 8 ? 0 : o.bits == 16 ? 1 : o.bits == 32 ? 2 : 3;
    std::string w = v;
    if (is_floating(from)) {
      // NumPy's float -> integer rule (dp_convert.cl).
      const std::string s = std::string("_") + f.real[0] + "(" + v + ")";
      w = o.bits == 64 ? (kind_of(to) == Kind::Unsigned ? "dp_f2u64" : "dp_f2i64") + s
          : o.bits == 32 && kind_of(to) == Kind::Unsigned ? "dp_f2i64" + s
                                                          : "dp_f2i32" + s;
    }
    if (kind_of(to) == Kind::Signed)
      return std::string("as_") + o.compute + "((" + utypes[k] + ")(" + w + "))";
    return std::string("((") + o.compute + ")(" + w + "))";
  }
  return std::string("((") + o.compute + ")(" + v + "))";
}

std::string cl_float_to_int_helpers(DType from, DType to) {
  if (!is_integral(to) || !is_inexact(from)) return "";
  const bool dbl = needs_fp64(from);
  return gen::embedded("dp_convert.cl") +
         (dbl ? "DP_F2I_FUNCS(double, d, )\n" : "DP_F2I_FUNCS(float, f, f)\n");
}

std::string cl_prelude(bool fp64) {
  std::string s = "#pragma OPENCL FP_CONTRACT OFF\n";
  if (fp64) s += "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n";
  return s;
}

std::string cl_type_macros(DType t) {
  const ClType& c = cl_type(t);
  std::string s;
  switch (kind_of(t)) {
    case Kind::Bool: s += "#define DP_BOOL 1\n"; break;
    case Kind::Signed: s += "#define DP_SIGNED 1\n"; break;
    case Kind::Unsigned: s += "#define DP_UNSIGNED 1\n"; break;
    case Kind::Float: s += "#define DP_FLOAT 1\n"; break;
    case Kind::Complex: s += "#define DP_COMPLEX 1\n"; break;
  }
  s += std::string("#define DP_T ") + c.compute + "\n";
  s += std::string("#define DP_R ") + c.real + "\n";
  if (is_complex(t)) s += std::string("#define DP_C ") + c.compute + "\n";
  if (c.bits) {
    static const char* utypes[] = {"uchar", "ushort", "uint", "ulong"};
    static const char* mins[] = {"CHAR_MIN", "SHRT_MIN", "INT_MIN", "LONG_MIN"};
    int k = c.bits == 8 ? 0 : c.bits == 16 ? 1 : c.bits == 32 ? 2 : 3;
    s += std::string("#define DP_UT ") + utypes[k] + "\n";
    s += "#define DP_BITS " + std::to_string(c.bits) + "\n";
    s += std::string("#define DP_TMIN ") + mins[k] + "\n";
    // Wrapping arithmetic: in uint / ulong, back to DP_T modulo 2^bits (as_type for
    // signed types: a plain out-of-range conversion is implementation-defined).
    s += std::string("#define DP_WT ") + (c.bits == 64 ? "ulong" : "uint") + "\n";
    if (kind_of(t) == Kind::Signed)
      s += std::string("#define DP_WRAP(x) as_") + c.compute + "((" + utypes[k] + ")(x))\n";
    else
      s += std::string("#define DP_WRAP(x) ((") + c.compute + ")(x))\n";
  }
  bool dbl = needs_fp64(t);
  s += dbl ? "#define RC(x) x\n" : "#define RC(x) x##f\n";
  return s;
}

std::string cl_lowest(DType t) {
  switch (t) {
    case DType::Bool: return "(uchar)0";
    case DType::Int8: return "(char)CHAR_MIN";
    case DType::Int16: return "(short)SHRT_MIN";
    case DType::Int32: return "INT_MIN";
    case DType::Int64: return "LONG_MIN";
    case DType::UInt8: return "(uchar)0";
    case DType::UInt16: return "(ushort)0";
    case DType::UInt32: return "0u";
    case DType::UInt64: return "0ul";
    case DType::Float16:
    case DType::Float32: return "(-INFINITY)";
    case DType::Float64: return "((double)-INFINITY)";
    case DType::Complex64: return "((float2)(-INFINITY, -INFINITY))";
    default: return "((double2)(-INFINITY, -INFINITY))";
  }
}

std::string cl_highest(DType t) {
  switch (t) {
    case DType::Bool: return "(uchar)1";
    case DType::Int8: return "(char)CHAR_MAX";
    case DType::Int16: return "(short)SHRT_MAX";
    case DType::Int32: return "INT_MAX";
    case DType::Int64: return "LONG_MAX";
    case DType::UInt8: return "(uchar)UCHAR_MAX";
    case DType::UInt16: return "(ushort)USHRT_MAX";
    case DType::UInt32: return "UINT_MAX";
    case DType::UInt64: return "ULONG_MAX";
    case DType::Float16:
    case DType::Float32: return "INFINITY";
    case DType::Float64: return "((double)INFINITY)";
    case DType::Complex64: return "((float2)(INFINITY, INFINITY))";
    default: return "((double2)(INFINITY, INFINITY))";
  }
}

const char* cl_raw_type(size_t itemsize) {
  switch (itemsize) {
    case 1: return "uchar";
    case 2: return "ushort";
    case 4: return "uint";
    case 8: return "ulong";
    default: return "ulong2";
  }
}

}  // namespace dp::ocl
