// Inclusive cumulative sums and products along the last axis. Short rows: one
// work-item per row. Long rows: chunks of WG * kItems elements; their totals are scanned
// (by the same machinery, recursively), then each chunk is scanned with its carry-in.
#include <stdexcept>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

std::string scan_program(DType t, size_t group, ReduceOp op) {
  if (op != ReduceOp::Sum && op != ReduceOp::Prod)
    throw std::invalid_argument(std::string("[scan] no scan for ") + to_string(op));
  const bool prod = op == ReduceOp::Prod;
  const ClType& c = cl_type(t);
  const bool integ = is_integral(t) || t == DType::Bool;
  // Integers (and bool, as a count) add and multiply modulo 2^64; float16 computes in float.
  const std::string acc = integ ? "ulong" : c.compute;
  std::string fin = "acc";
  if (t != DType::Bool && acc != c.compute) fin = std::string("(") + c.compute + ")(acc)";
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// cumulative ") + (prod ? "product" : "sum") + " of " + name_of(t) + "\n";
  src += "#define WG " + std::to_string(group) + "\n";
  src += "typedef " + acc + " acc_t;\n";
  src += kOffsetFn;
  src += std::string("acc_t dp_load(__global const ") + c.storage +
         "* p, long k) { return (acc_t)(" + cl_load(t, "p", "k") + "); }\n";
  // The identity: -0.0 for float addition (+0.0 would turn a leading -0.0 into +0.0).
  std::string zero = integ           ? "(acc_t)0"
                     : is_complex(t) ? "(acc_t)(-0.0f, -0.0f)"
                                     : "(acc_t)(-0.0f)";
  if (prod) zero = is_complex(t) ? "(acc_t)(1.0f, 0.0f)" : "(acc_t)1";
  // dp_comb(a, b): complex products with the naive formula, as the host and dp_math.cl.
  if (prod && is_complex(t))
    src +=
        "acc_t dp_comb(acc_t a, acc_t b) { return (acc_t)(a.x * b.x - a.y * b.y, "
        "a.x * b.y + a.y * b.x); }\n";
  else
    src +=
        std::string("acc_t dp_comb(acc_t a, acc_t b) { return a ") + (prod ? "*" : "+") + " b; }\n";
  const std::string view =
      "long rows, long n, int ond, long8 osh, long8 ost, long ist, __global const " +
      std::string(c.storage) + "* in, long ioff";
  const std::string out = std::string("__global ") + c.storage + "* out, long ooff";
  const std::string store = cl_store(t, "out", "ooff + r * n + j", fin);

  src += "__kernel void scan_seq(" + view + ", " + out +
         ") {\n"
         "  long r = get_global_id(0);\n  if (r >= rows) return;\n"
         "  long base = ioff + dp_off(r, ond, osh, ost);\n"
         "  acc_t acc = " +
         zero +
         ";\n"
         "  for (long j = 0; j < n; ++j) {\n    acc = dp_comb(acc, dp_load(in, base + j * ist));\n "
         "   " +
         store + "\n  }\n}\n";

  // Group g = (row, chunk): chunk totals, tree-reduced in local memory.
  src +=
      "__kernel __attribute__((reqd_work_group_size(WG, 1, 1))) void scan_totals(long nchunk, "
      "long chunk, " +
      view +
      ", __global acc_t* tot) {\n"
      "  __local acc_t sv[WG];\n"
      "  int lid = get_local_id(0);\n"
      "  long g = get_group_id(0), r = g / nchunk, ch = g % nchunk;\n"
      "  long base = ioff + dp_off(r, ond, osh, ost);\n"
      "  long j1 = min((ch + 1) * chunk, n);\n"
      "  acc_t acc = " +
      zero +
      ";\n"
      "  for (long j = ch * chunk + lid; j < j1; j += WG) acc = dp_comb(acc, dp_load(in, base + j "
      "* "
      "ist));\n"
      "  sv[lid] = acc;\n  barrier(CLK_LOCAL_MEM_FENCE);\n"
      "  for (int s = WG / 2; s > 0; s >>= 1) {\n"
      "    if (lid < s) sv[lid] = dp_comb(sv[lid], sv[lid + s]);\n    "
      "barrier(CLK_LOCAL_MEM_FENCE);\n  }\n"
      "  if (lid == 0) tot[g] = sv[0];\n}\n";

  // Group g = (row, chunk): each work-item scans `per` consecutive elements; item
  // totals are scanned across the group (Hillis-Steele), plus the chunk's carry-in.
  src +=
      "__kernel __attribute__((reqd_work_group_size(WG, 1, 1))) void scan_chunks(long nchunk, "
      "long chunk, " +
      view + ", " + out +
      ", __global const acc_t* incl) {\n"
      "  __local acc_t sv[WG];\n"
      "  int lid = get_local_id(0);\n"
      "  long g = get_group_id(0), r = g / nchunk, ch = g % nchunk;\n"
      "  long base = ioff + dp_off(r, ond, osh, ost);\n"
      "  long per = chunk / WG;\n"
      "  long j0 = ch * chunk + lid * per, j1 = min(j0 + per, n);\n"
      "  acc_t acc = " +
      zero +
      ";\n"
      "  for (long j = j0; j < j1; ++j) acc = dp_comb(acc, dp_load(in, base + j * ist));\n"
      "  sv[lid] = acc;\n  barrier(CLK_LOCAL_MEM_FENCE);\n"
      "  for (int off = 1; off < WG; off <<= 1) {\n"
      "    acc_t t = lid >= off ? sv[lid - off] : " +
      zero +
      ";\n"
      "    barrier(CLK_LOCAL_MEM_FENCE);\n    sv[lid] = dp_comb(t, sv[lid]);\n    "
      "barrier(CLK_LOCAL_MEM_FENCE);\n  "
      "}\n"
      "  acc = dp_comb(ch > 0 ? incl[r * nchunk + ch - 1] : " +
      zero + ", lid > 0 ? sv[lid - 1] : " + zero +
      ");\n"
      "  for (long j = j0; j < j1; ++j) {\n    acc = dp_comb(acc, dp_load(in, base + j * ist));\n  "
      "  " +
      store + "\n  }\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
