// Indexing kernels: gather / scatter through k index arrays (take, put), and the
// two passes of boolean compaction (count_nonzero, nonzero). Elements move as raw
// bytes; an out-of-range index is recorded in an error buffer the host checks at
// the next synchronisation point.
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

std::string index_program(size_t itemsize, int k) {
  const std::string t = cl_raw_type(itemsize);
  std::string src = "// take / put of " + std::to_string(itemsize) + "-byte elements through " +
                    std::to_string(k) + " index arrays\n";
  // The dense operand's flat index i -> (its offset, the indexed operand's offset, j),
  // over dims innermost first (jd: position of the index dimension).
  std::string params = "long n, int nd, int jd, long8 sh, long8 sd, long8 sa, __global long* err";
  std::string ix;
  for (int d = 0; d < k; ++d) {
    std::string s = std::to_string(d);
    params += ", __global const long* i" + s + ", long io" + s + ", long is" + s + ", long sz" + s +
              ", long st" + s;
    ix += "  { long v = i" + s + "[io" + s + " + j * is" + s +
          "];\n"
          "    long w = v < 0 ? v + sz" +
          s +
          " : v;\n"
          "    if (w < 0 || w >= sz" +
          s +
          ") {\n"
          "      if (atomic_cmpxchg((volatile __global int*)err, 0, 1) == 0) { err[1] = v; err[2] "
          "= " +
          s + "; }\n      return;\n    }\n    oa += w * st" + s + "; }\n";
  }
  std::string walk =
      "  long i = get_global_id(0);\n  if (i >= n) return;\n"
      "  long r = i, c, od = 0, oa = 0, j = 0;\n";
  for (int d = 0; d < 8; ++d) {
    std::string sd = ".s" + std::to_string(d), ds = std::to_string(d);
    walk += "  if (nd > " + ds + ") { c = r % sh" + sd + "; r /= sh" + sd + "; od += c * sd" + sd +
            "; oa += c * sa" + sd + "; if (jd == " + ds + ") j = c; }\n";
  }
  src += "__kernel void take(" + params + ", __global const " + t + "* a, long ao, __global " + t +
         "* d, long doff) {\n" + walk + ix + "  d[doff + od] = a[ao + oa];\n}\n";
  src += "__kernel void put(" + params + ", __global " + t + "* a, long ao, __global const " + t +
         "* d, long doff) {\n" + walk + ix + "  a[ao + oa] = d[doff + od];\n}\n";
  return src;
}

std::string index_flatten_program() {
  // flat = flat * sz + wrapped index (first: = wrapped index); a bad index is recorded
  // in err as by take / put (array number d) and counts as 0.
  return "__kernel void index_flatten(long n, __global long* err, int d, __global const long* "
         "ix, long io, long is, long sz, __global long* flat, int first) {\n"
         "  long j = get_global_id(0);\n  if (j >= n) return;\n"
         "  long v = ix[io + j * is];\n  long w = v < 0 ? v + sz : v;\n"
         "  if (w < 0 || w >= sz) {\n"
         "    if (atomic_cmpxchg((volatile __global int*)err, 0, 1) == 0) { err[1] = v; err[2] = "
         "d; }\n"
         "    w = 0;\n  }\n"
         "  flat[j] = first ? w : flat[j] * sz + w;\n}\n";
}

std::string nonzero_program(DType t) {
  const ClType& c = cl_type(t);
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// count_nonzero / nonzero of ") + name_of(t) + "\n";
  src += std::string("int dp_nz(__global const ") + c.storage + "* p, long k) { " + c.compute +
         " v = " + cl_load(t, "p", "k") + "; return " + cl_convert(t, DType::Bool, "v") + "; }\n";
  // One work-item per chunk of `chunk` consecutive (C order) elements; idx is the
  // multi-index (innermost first) advanced like an odometer.
  const std::string head =
      "  long c = get_global_id(0);\n  if (c >= nchunks) return;\n"
      "  long lo = c * chunk, hi = min(lo + chunk, n);\n"
      "  long idx[8], shp[8] = {sh.s0, sh.s1, sh.s2, sh.s3, sh.s4, sh.s5, sh.s6, sh.s7};\n"
      "  long stp[8] = {st.s0, st.s1, st.s2, st.s3, st.s4, st.s5, st.s6, st.s7};\n"
      "  long r = lo, off = 0;\n"
      "  for (int d = 0; d < nd; ++d) { idx[d] = r % shp[d]; r /= shp[d]; off += idx[d] * stp[d]; "
      "}\n";
  const std::string step =
      "    for (int d = 0; d < nd; ++d) {\n"
      "      off += stp[d];\n      if (++idx[d] < shp[d]) break;\n"
      "      off -= stp[d] * shp[d];\n      idx[d] = 0;\n    }\n";
  const std::string view =
      std::string("long n, long chunk, long nchunks, int nd, long8 sh, long8 st, __global const ") +
      c.storage + "* in, long io";
  src += "__kernel void nz_count(" + view + ", __global long* counts) {\n" + head +
         "  long cnt = 0;\n  for (long k = lo; k < hi; ++k) {\n    cnt += dp_nz(in, io + off);\n" +
         step + "  }\n  counts[c] = cnt;\n}\n";
  src += "__kernel void nz_write(" + view +
         ", __global const long* incl, __global long* out, long oo, long count) {\n" + head +
         "  long col = c > 0 ? incl[c - 1] : 0;\n"
         "  for (long k = lo; k < hi; ++k) {\n"
         "    if (dp_nz(in, io + off)) {\n"
         "      for (int d = 0; d < nd; ++d) out[oo + (nd - 1 - d) * count + col] = idx[d];\n"
         "      ++col;\n    }\n" +
         step + "  }\n}\n";
  // Arrays of more dims than the kernels take: flat C-order positions -> multi-indices
  // (shp: the array's nd dims in C order, none of them 0).
  src +=
      "__kernel void nz_unravel(long count, int nd, __global const long* shp, __global const "
      "long* pos, long po, __global long* out, long oo) {\n"
      "  long j = get_global_id(0);\n  if (j >= count) return;\n"
      "  long r = pos[po + j];\n"
      "  for (int d = nd - 1; d >= 0; --d) { out[oo + d * count + j] = r % shp[d]; r /= shp[d]; "
      "}\n}\n";
  return src;
}

}  // namespace dp::ocl::gen
