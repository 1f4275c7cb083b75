// A tiled GEMM over arbitrary strides and batch dimensions: the fallback when
// CLBlast is absent, and the kernel for integer, bool and float16 matmul.
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

std::string matmul_program(DType t, int tile) {
  const ClType& c = cl_type(t);
  const bool integ = is_integral(t) || t == DType::Bool;
  // Integers (and bool, as a count) accumulate modulo 2^64; float16 in float.
  const std::string acc = integ ? "ulong" : c.compute;
  std::string fin = "acc";
  if (t != DType::Bool && acc != c.compute) fin = std::string("(") + c.compute + ")(acc)";
  const std::string zero = is_complex(t) ? "(acc_t)(0, 0)" : "(acc_t)0";
  const std::string mac = is_complex(t) ? "acc += dp_cmul(As[ty][k], Bs[k][tx]);"
                          : integ       ? "acc += (acc_t)As[ty][k] * (acc_t)Bs[k][tx];"
                                        : "acc += As[ty][k] * Bs[k][tx];";
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// matmul of ") + name_of(t) + "\n";
  if (is_complex(t)) {
    src += cl_type_macros(t);
    src += embedded("dp_math.cl");
  }
  src += "#define TS " + std::to_string(tile) + "\n";
  src += "typedef " + acc + " acc_t;\n";
  src += kOffsetFn;
  src +=
      std::string(
          "__kernel __attribute__((reqd_work_group_size(TS, TS, 1))) void gemm(long M, long N, "
          "long K, int bnd, long8 bsh, long8 bsa, long8 bsb, __global const ") +
      c.storage + "* A, long oa, long sam, long sak, __global const " + c.storage +
      "* B, long ob, long sbk, long sbn, __global " + c.storage + "* C, long oc) {\n" +
      "  __local " + c.compute + " As[TS][TS];\n  __local " + c.compute +
      " Bs[TS][TS + 1];\n"
      "  int tx = get_local_id(0), ty = get_local_id(1);\n"
      "  long n = get_group_id(0) * TS + tx, m = get_group_id(1) * TS + ty, b = get_global_id(2);\n"
      "  long offa = oa + dp_off(b, bnd, bsh, bsa), offb = ob + dp_off(b, bnd, bsh, bsb);\n"
      "  acc_t acc = " +
      zero +
      ";\n"
      "  for (long k0 = 0; k0 < K; k0 += TS) {\n"
      "    long ka = k0 + tx, kb = k0 + ty;\n"
      "    As[ty][tx] = (m < M && ka < K) ? " +
      cl_load(t, "A", "offa + m * sam + ka * sak") + " : (" + c.compute +
      ")0;\n"
      "    Bs[ty][tx] = (kb < K && n < N) ? " +
      cl_load(t, "B", "offb + kb * sbk + n * sbn") + " : (" + c.compute +
      ")0;\n"
      "    barrier(CLK_LOCAL_MEM_FENCE);\n"
      "    for (int k = 0; k < TS; ++k) " +
      mac +
      "\n"
      "    barrier(CLK_LOCAL_MEM_FENCE);\n  }\n"
      "  if (m < M && n < N) " +
      cl_store(t, "C", "oc + b * M * N + m * N + n", fin) + "\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
