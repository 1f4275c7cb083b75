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

// CPU devices: each work-item computes an RM x (NV * 8) block of C in registers (RM * NV
// 8-wide vector accumulators), streaming a row of B's column strip and RM elements of A per k,
// so the strip stays in cache across the work-items of a group (which share it). B's rows
// must be contiguous (sbn == 1); blocks on C's edges take a scalar loop. float32 / float64.
std::string matmul_cpu_program(DType t, int rm, int nv, int kc) {
  const std::string T = cl_type(t).compute, V = T + "8";
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// register-blocked matmul of ") + name_of(t) + "\n";
  src += "#define RM " + std::to_string(rm) + "\n#define NB " + std::to_string(8 * nv) + "\n";
  src += "#define KC " + std::to_string(kc) + "\n";
  src += kOffsetFn;
  src +=
      "__kernel void gemm_cpu(long M, long N, long K, int bnd, long8 bsh, long8 bsa, long8 bsb, "
      "__global const " +
      T + "* A, long oa, long sam, long sak, __global const " + T +
      "* B, long ob, long sbk, __global " + T +
      "* C, long oc) {\n"
      "  long n0 = get_global_id(0) * NB, m0 = get_global_id(1) * RM, b = get_global_id(2);\n"
      "  int full = m0 + RM <= M && n0 + NB <= N;\n"
      "  A += oa + dp_off(b, bnd, bsh, bsa) + m0 * sam;\n"
      "  B += ob + dp_off(b, bnd, bsh, bsb) + n0;\n"
      "  C += oc + b * M * N + m0 * N + n0;\n";
  auto acc = [](int i, int v) { return "c" + std::to_string(i) + "_" + std::to_string(v); };
  for (int i = 0; i < rm; ++i)
    for (int v = 0; v < nv; ++v) src += "  " + V + " " + acc(i, v) + " = (" + V + ")(0);\n";
  std::string step = "      {\n        __global const " + T + "* bk = B + k * sbk;\n";
  for (int v = 0; v < nv; ++v)
    step +=
        "        " + V + " b" + std::to_string(v) + " = vload8(" + std::to_string(v) + ", bk);\n";
  for (int i = 0; i < rm; ++i) {
    step += "        { " + V + " a = (" + V + ")(A[" + std::to_string(i) + " * sam + k * sak]);";
    for (int v = 0; v < nv; ++v)
      step += " " + acc(i, v) + " = fma(a, b" + std::to_string(v) + ", " + acc(i, v) + ");";
    step += " }\n";
  }
  step += "      }\n";
  // K in panels of KC: the group's work-items (row blocks on one column strip) take each
  // panel in turn (PoCL runs them between barriers), so the strip's panel stays in L1.
  src +=
      "#if KC\n  for (long k0 = 0; k0 < K; k0 += KC) {\n"
      "    if (full) for (long k = k0, k1 = min(k0 + KC, K); k < k1; ++k)\n" +
      step +
      "    barrier(CLK_GLOBAL_MEM_FENCE);\n  }\n#else\n"
      "  if (full) for (long k = 0; k < K; ++k)\n" +
      step + "#endif\n";
  src += "  if (full) {\n";
  for (int i = 0; i < rm; ++i)
    for (int v = 0; v < nv; ++v)
      src += "    vstore8(" + acc(i, v) + ", " + std::to_string(v) + ", C + " + std::to_string(i) +
             " * N);\n";
  src +=
      "    return;\n  }\n"
      "  for (long i = 0; i < RM && m0 + i < M; ++i)\n"
      "    for (long j = 0; j < NB && n0 + j < N; ++j) {\n      " +
      T +
      " acc = 0;\n"
      "      for (long k = 0; k < K; ++k) acc = fma(A[i * sam + k * sak], B[k * sbk + j], acc);\n"
      "      C[i * N + j] = acc;\n    }\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
