// Sort kernels of one dtype. Rows are padded to a power of two P and sorted by a bitonic
// network over (value, index) pairs: the index breaks ties (stable) and marks padding
// (index >= n sorts last). Steps within blocks of 2 * WG elements run in local memory in
// one launch; wider steps run one global launch each. Long rows of real dtypes take an LSD
// radix sort of order-preserving keys instead (O(n) per pass).
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

// key_t dp_key(val_t v): an unsigned key in sort's order (NaN largest, -0.0 == +0.0).
std::string key_fn(DType t) {
  const size_t bits = radix_key_bits(t);
  const std::string kt = bits == 64 ? "ulong" : "uint";
  std::string s = "typedef " + kt + " key_t;\n#define KEY_BITS " + std::to_string(bits) + "\n";
  s += "key_t dp_key(val_t v) {\n";
  if (is_floating(t)) {
    const std::string sign = bits == 64 ? "0x8000000000000000UL" : "0x80000000U";
    s += "  if (v != v) return ~(key_t)0;\n  if (v == 0) return " + sign + ";\n";
    s += std::string("  key_t b = ") + (bits == 64 ? "as_ulong(v)" : "as_uint((float)v)") + ";\n";
    s += "  return (b & " + sign + ") ? ~b : (b | " + sign + ");\n";
  } else if (kind_of(t) == Kind::Signed) {
    const int b = static_cast<int>(itemsize(t) * 8);
    const char* u = b == 8 ? "uchar" : b == 16 ? "ushort" : b == 32 ? "uint" : "ulong";
    s += std::string("  return (key_t)((") + u + ")v) ^ ((key_t)1 << " + std::to_string(b - 1) +
         ");\n";
  } else {
    s += "  return (key_t)v;\n";
  }
  return s + "}\n";
}

}  // namespace

size_t radix_key_bits(DType t) {
  if (t == DType::Float16) return 32;  // sorted by its float value
  return itemsize(t) * 8;
}

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
  if (is_complex(t)) return src;
  // LSD radix sort, 8 bits a pass, for long rows: each work-item owns a chunk of the row,
  // counts its digits, then scatters its elements in order (stable) from its scanned offsets.
  src += key_fn(t);
  src +=
      "__kernel void radix_count(long n, long chunk, long nchunk, int shift, "
      "__global const key_t* keys, __global uint* counts) {\n"
      "  long c = get_global_id(0);\n  if (c >= nchunk) return;\n"
      "  uint h[256];\n  for (int d = 0; d < 256; ++d) h[d] = 0;\n"
      "  long e = min(n, (c + 1) * chunk);\n"
      "  for (long i = c * chunk; i < e; ++i) h[(keys[i] >> shift) & 255]++;\n"
      "  for (int d = 0; d < 256; ++d) counts[d * nchunk + c] = h[d];\n}\n";
  src +=
      "__kernel void radix_scan(long total, __global uint* counts) {\n"
      "  if (get_global_id(0) != 0) return;\n"
      "  uint acc = 0;\n"
      "  for (long i = 0; i < total; ++i) { uint c = counts[i]; counts[i] = acc; acc += c; }\n}\n";
  // The payload moved with the keys: the row indices (argsort, suffix _idx) or the values
  // themselves, raw (sort, suffix _val), which keeps every NaN's and zero's bits.
  for (const char* kind : {"idx", "val"}) {
    const std::string sfx = kind, pt = sfx == "idx" ? "long" : "raw_t";
    const std::string init = sfx == "idx" ? "i" : "((__global const raw_t*)in)[ioff + i]";
    src += "__kernel void radix_keys_" + sfx + "(long n, __global const " + st +
           "* in, long ioff, int desc, __global key_t* keys, __global " + pt +
           "* pay) {\n"
           "  long i = get_global_id(0);\n  if (i >= n) return;\n"
           "  key_t k = dp_key(" +
           cl_load(t, "in", "ioff + i") +
           ");\n"
           "  keys[i] = desc ? ~k : k;\n  pay[i] = " +
           init + ";\n}\n";
    src += "__kernel void radix_scatter_" + sfx +
           "(long n, long chunk, long nchunk, int shift, __global const key_t* keys, "
           "__global const " +
           pt + "* pay, __global const uint* offsets, __global key_t* keys_out, __global " + pt +
           "* pay_out) {\n"
           "  long c = get_global_id(0);\n  if (c >= nchunk) return;\n"
           "  uint off[256];\n  for (int d = 0; d < 256; ++d) off[d] = offsets[d * nchunk + c];\n"
           "  long e = min(n, (c + 1) * chunk);\n"
           "  for (long i = c * chunk; i < e; ++i) {\n"
           "    key_t k = keys[i];\n    uint p = off[(k >> shift) & 255]++;\n"
           "    keys_out[p] = k;\n    pay_out[p] = pay[i];\n  }\n}\n";
    src += "__kernel void radix_out_" + sfx + "(long n, __global const " + pt + "* pay, __global " +
           pt +
           "* out, long ooff) {\n"
           "  long i = get_global_id(0);\n  if (i >= n) return;\n  out[ooff + i] = pay[i];\n}\n";
  }
  return src;
}

}  // namespace dp::ocl::gen
