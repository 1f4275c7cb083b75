// Sort kernels of one dtype. Rows are padded to a power of two P and sorted by a bitonic
// network over (value, index) pairs: the index breaks ties (stable) and marks padding
// (index >= n sorts last). Steps within blocks of 2 * WG elements run in local memory in
// one launch; wider steps run one global launch each.
#include "dparray/backend/opencl/codegen_sort.h"

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

namespace {

// int dp_lt(val_t a, val_t b): NumPy's sort order (NaN last; complex as numpy.sort).
std::string less_fn(DType t) {
  std::string s = "int dp_lt(val_t a, val_t b) {\n";
  if (is_complex(t))
    s += "  if (a.x < b.x) return a.y == a.y || b.y != b.y;\n"
         "  if (a.x > b.x) return b.y != b.y && a.y == a.y;\n"
         "  if (a.x == b.x || (a.x != a.x && b.x != b.x)) return a.y < b.y || (b.y != b.y && a.y "
         "== a.y);\n"
         "  return b.x != b.x;\n";
  else if (is_floating(t))
    s += "  return a < b || (b != b && a == a);\n";
  else
    s += "  return a < b;\n";
  return s + "}\n";
}

}  // namespace

std::string sort_program(DType t, size_t group) {
  const ClType& c = cl_type(t);
  const std::string st = c.storage;
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// sort, argsort and searchsorted of ") + name_of(t) + "\n";
  src += "#define LB " + std::to_string(2 * group) + "\n";
  src += std::string("typedef ") + c.compute + " val_t;\n";
  src += std::string("typedef ") + cl_raw_type(itemsize(t)) + " raw_t;\n";
  src += less_fn(t);
  // a (value va, index ia) sorts strictly before b; padding (index >= n) after everything.
  src +=
      "int dp_before(val_t va, long ia, val_t vb, long ib, long n, int desc) {\n"
      "  if (ia >= n) return 0;\n  if (ib >= n) return 1;\n"
      "  if (desc ? dp_lt(vb, va) : dp_lt(va, vb)) return 1;\n"
      "  if (desc ? dp_lt(va, vb) : dp_lt(vb, va)) return 0;\n"
      "  return ia < ib;\n}\n";

  src +=
      "__kernel void sort_init(long rows, long n, long P, __global const raw_t* in, long ioff, "
      "__global raw_t* v, __global long* idx) {\n"
      "  long g = get_global_id(0);\n  if (g >= rows * P) return;\n"
      "  long r = g / P, j = g % P;\n"
      "  v[g] = in[ioff + r * n + min(j, n - 1)];\n  idx[g] = j;\n}\n";

  const std::string gload_a = cl_load(t, "((__global const " + st + "*)v)", "a");
  const std::string gload_b = cl_load(t, "((__global const " + st + "*)v)", "b");
  src +=
      "__kernel void sort_step(long rows, long n, long P, long k, long j, int desc, "
      "__global raw_t* v, __global long* idx) {\n"
      "  long g = get_global_id(0);\n  if (g >= rows * P) return;\n"
      "  long i = g % P, l = i ^ j;\n  if (l <= i) return;\n"
      "  long a = g, b = g - i + l;\n"
      "  long ia = idx[a], ib = idx[b];\n"
      "  val_t va = " +
      gload_a + ", vb = " + gload_b +
      ";\n"
      "  int sw = (i & k) == 0 ? dp_before(vb, ib, va, ia, n, desc) : dp_before(va, ia, vb, ib, "
      "n, desc);\n"
      "  if (sw) {\n    raw_t t = v[a]; v[a] = v[b]; v[b] = t;\n    idx[a] = ib; idx[b] = ia;\n"
      "  }\n}\n";

  // One group of B / 2 work-items sorts a block of B <= LB elements through the steps
  // (k, j) for k in [k_lo, k_hi] and j from j_start (k = k_lo) or k / 2 down to 1.
  const std::string lload_i = cl_load(t, "((__local const " + st + "*)lv)", "i");
  const std::string lload_l = cl_load(t, "((__local const " + st + "*)lv)", "l");
  src +=
      "__kernel void sort_local(long n, long P, long B, long k_lo, long k_hi, long j_start, "
      "int desc, __global raw_t* v, __global long* idx) {\n"
      "  __local raw_t lv[LB];\n  __local long li[LB];\n"
      "  long G = B / 2, t = get_local_id(0), grp = get_group_id(0);\n"
      "  long per = P / B, r = grp / per, ib = (grp % per) * B, base = r * P + ib;\n"
      "  lv[t] = v[base + t];\n  li[t] = idx[base + t];\n"
      "  lv[t + G] = v[base + t + G];\n  li[t + G] = idx[base + t + G];\n"
      "  barrier(CLK_LOCAL_MEM_FENCE);\n"
      "  for (long k = k_lo; k <= k_hi; k <<= 1) {\n"
      "    for (long j = k == k_lo ? j_start : k >> 1; j > 0; j >>= 1) {\n"
      "      long i = 2 * t - (t & (j - 1)), l = i + j;\n"
      "      long xi = li[i], xl = li[l];\n"
      "      val_t vi = " +
      lload_i + ", vl = " + lload_l +
      ";\n"
      "      int sw = ((ib + i) & k) == 0 ? dp_before(vl, xl, vi, xi, n, desc)\n"
      "                                   : dp_before(vi, xi, vl, xl, n, desc);\n"
      "      if (sw) {\n        raw_t tmp = lv[i]; lv[i] = lv[l]; lv[l] = tmp;\n"
      "        li[i] = xl; li[l] = xi;\n      }\n"
      "      barrier(CLK_LOCAL_MEM_FENCE);\n    }\n  }\n"
      "  v[base + t] = lv[t];\n  idx[base + t] = li[t];\n"
      "  v[base + t + G] = lv[t + G];\n  idx[base + t + G] = li[t + G];\n}\n";

  src +=
      "__kernel void sort_values(long rows, long n, long P, __global const raw_t* v, "
      "__global raw_t* out, long ooff) {\n"
      "  long g = get_global_id(0);\n  if (g >= rows * n) return;\n"
      "  out[ooff + g] = v[(g / n) * P + g % n];\n}\n";
  src +=
      "__kernel void sort_indices(long rows, long n, long P, __global const long* idx, "
      "__global long* out, long ooff) {\n"
      "  long g = get_global_id(0);\n  if (g >= rows * n) return;\n"
      "  out[ooff + g] = idx[(g / n) * P + g % n];\n}\n";

  const std::string aload = cl_load(t, "a", "aoff + r * n + mid");
  const std::string xload = cl_load(t, "x", "xoff + g");
  src += "__kernel void searchsorted(long rows, long n, long m, __global const " + st +
         "* a, long aoff, __global const " + st +
         "* x, long xoff, int right, __global long* out, long ooff) {\n"
         "  long g = get_global_id(0);\n  if (g >= rows * m) return;\n"
         "  long r = g / m, lo = 0, hi = n;\n"
         "  val_t v = " +
         xload +
         ";\n"
         "  while (lo < hi) {\n    long mid = lo + (hi - lo) / 2;\n"
         "    val_t e = " +
         aload +
         ";\n"
         "    if (right ? !dp_lt(v, e) : dp_lt(e, v)) lo = mid + 1; else hi = mid;\n  }\n"
         "  out[ooff + g] = lo;\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
