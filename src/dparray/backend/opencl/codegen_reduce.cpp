// Reductions over trailing axes: a sequential kernel (one work-item per output)
// for short rows, and a work-group tree reduction, split into chunks whose
// partials a second kernel combines when there are few outputs. Work-items read
// interleaved elements (coalesced on GPUs) or, with `runs`, contiguous runs
// (cache-friendly on CPUs).
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"

namespace dp::ocl::gen {

// Element offset of flat index j over a view of nd dims (shape / strides innermost first).
const char* const kOffsetFn = R"(long dp_off(long j, int nd, long8 sh, long8 st) {
  if (nd <= 1) return j * st.s0;
  long off = 0, c;
  c = j % sh.s0; j /= sh.s0; off += c * st.s0;
  if (nd == 2) return off + j * st.s1;
  c = j % sh.s1; j /= sh.s1; off += c * st.s1;
  if (nd == 3) return off + j * st.s2;
  c = j % sh.s2; j /= sh.s2; off += c * st.s2;
  if (nd == 4) return off + j * st.s3;
  c = j % sh.s3; j /= sh.s3; off += c * st.s3;
  if (nd == 5) return off + j * st.s4;
  c = j % sh.s4; j /= sh.s4; off += c * st.s4;
  if (nd == 6) return off + j * st.s5;
  c = j % sh.s5; j /= sh.s5; off += c * st.s5;
  if (nd == 7) return off + j * st.s6;
  c = j % sh.s6; j /= sh.s6; off += c * st.s6;
  return off + j * st.s7;
}
)";

namespace {

struct Spec {
  std::string acc;       // accumulator type
  std::string identity;  // its identity value
  std::string load;      // expression: element v (compute type) as acc_t
  std::string combine;   // expression over acc_t a, b
  bool arg = false;
};

Spec spec_of(ReduceOp op, DType t) {
  const ClType& c = cl_type(t);
  const bool cplx = is_complex(t), integ = is_integral(t) || t == DType::Bool;
  Spec s;
  switch (op) {
    case ReduceOp::Sum:
    case ReduceOp::Prod: {
      // Integers wrap modulo 2^64, which truncates to the right value of any width.
      s.acc = integ ? "ulong" : c.compute;
      const bool sum = op == ReduceOp::Sum;
      s.identity = std::string("(acc_t)(") + (sum ? "0" : "1") + ")";
      if (cplx) s.identity = std::string("(acc_t)(") + (sum ? "0" : "1") + ", 0)";
      s.load = "(acc_t)(v)";
      if (t == DType::Bool)
        s.combine = sum ? "a | b" : "a & b";
      else if (cplx && !sum)
        s.combine = "dp_cmul(a, b)";
      else
        s.combine = sum ? "a + b" : "a * b";
      break;
    }
    case ReduceOp::Max:
    case ReduceOp::Min: {
      const bool mx = op == ReduceOp::Max;
      s.acc = c.compute;
      s.identity = mx ? cl_lowest(t) : cl_highest(t);
      s.load = "v";
      s.combine = cplx ? (mx ? "dp_cmax(a, b)" : "dp_cmin(a, b)")
                       : (mx ? "dp_maxr(a, b)" : "dp_minr(a, b)");
      break;
    }
    case ReduceOp::Any:
    case ReduceOp::All: {
      s.acc = "uchar";
      s.identity = op == ReduceOp::Any ? "(uchar)0" : "(uchar)1";
      s.load = cl_convert(t, DType::Bool, "v");
      s.combine = op == ReduceOp::Any ? "a | b" : "a & b";
      break;
    }
    default: {  // ArgMax / ArgMin: (value, index) pairs, first index wins ties
      const bool mx = op == ReduceOp::ArgMax;
      s.acc = c.compute;
      s.identity = mx ? cl_lowest(t) : cl_highest(t);
      s.load = "v";
      s.arg = true;
      break;
    }
  }
  return s;
}

// True when (vb, ib) should replace (va, ia): NaN first, then the larger (smaller)
// value, then the smaller index, so that any combination order gives NumPy's answer.
std::string arg_better(ReduceOp op, DType t) {
  const bool mx = op == ReduceOp::ArgMax;
  std::string nan_a, nan_b, b_wins, a_wins;
  if (is_complex(t)) {
    nan_a = "dp_cisnan(va)";
    nan_b = "dp_cisnan(vb)";
    b_wins = mx ? "dp_clt(va, vb)" : "dp_clt(vb, va)";
    a_wins = mx ? "dp_clt(vb, va)" : "dp_clt(va, vb)";
  } else if (is_floating(t)) {
    nan_a = "isnan(va)";
    nan_b = "isnan(vb)";
    b_wins = mx ? "vb > va" : "vb < va";
    a_wins = mx ? "va > vb" : "va < vb";
  } else {
    nan_a = nan_b = "0";
    b_wins = mx ? "vb > va" : "vb < va";
    a_wins = mx ? "va > vb" : "va < vb";
  }
  return "int dp_better(acc_t va, long ia, acc_t vb, long ib) {\n"
         "  int na = " +
         nan_a + ", nb = " + nan_b +
         ";\n"
         "  if (na || nb) return nb && (!na || ib < ia);\n"
         "  if (" +
         b_wins +
         ") return 1;\n"
         "  if (" +
         a_wins +
         ") return 0;\n"
         "  return ib < ia;\n}\n";
}

// The 8-wide vector a Sum / Max / Min of t accumulates in, its start value, the expression
// loading 8 elements of `p` at `k` into it, and DP_VFOLD(v, x) folding x into v; empty for
// dtypes reduced element by element (bool, float16, complex) and the other ops.
struct VecOp {
  std::string type, init, load, fold;
};

VecOp vec_op(ReduceOp op, DType t) {
  if (t == DType::Bool || t == DType::Float16 || is_complex(t)) return {};
  const std::string v = "vload8(0, p + k)";
  const std::string c = cl_type(t).compute, cv = c + "8";
  if (op == ReduceOp::Sum) {
    if (is_floating(t)) return {cv, "(" + cv + ")(0)", v, "((v) + (x))"};
    // Integers wrap in ulong: signed ones widen through long (a defined conversion).
    const std::string load = kind_of(t) == Kind::Signed ? "as_ulong8(convert_long8(" + v + "))"
                                                        : "convert_ulong8(" + v + ")";
    return {"ulong8", "(ulong8)(0)", load, "((v) + (x))"};
  }
  if (op != ReduceOp::Max && op != ReduceOp::Min) return {};
  const bool mx = op == ReduceOp::Max;
  const std::string init = "(" + cv + ")(" + (mx ? cl_lowest(t) : cl_highest(t)) + ")";
  if (is_floating(t))  // a NaN, once in v, stays; one in x enters
    return {cv, init, v,
            std::string("select((v), (x), ((x) ") + (mx ? ">" : "<") + " (v)) | isnan(x))"};
  return {cv, init, v, std::string(mx ? "max" : "min") + "((v), (x))"};
}

// Kernels for CPU devices (one work-item per contiguous run, no work-group tree):
// Each work-item takes `per` consecutive items (groups of one work-item: PoCL would otherwise
// vectorise across work-items, gathering):
//   reduce_runs: item g reduces chunk g % nchunk of output g / nchunk, with 8-wide vector
//     loads (Sum, Max, Min) or four interleaved accumulators when the reduced elements are
//     contiguous;
//   reduce_cols: outputs contiguous in the input (axis=0 of a C-contiguous array): item
//     g reduces a strip of CW neighbouring outputs over chunk g / nstrip of the reduced
//     elements, reading each row of the strip at once;
//   reduce_cols_partials: folds the nchunk partial rows reduce_cols leaves in pv.
// Float sums add in blocks of 128 vectors, so rounding grows with the block count only.
std::string cpu_kernels(ReduceOp op, DType t, const Spec& s, const std::string& views,
                        const std::string& out_store, const std::string& final_store) {
  const ClType& c = cl_type(t);
  const VecOp vs = vec_op(op, t);
  const bool fl = is_floating(t);
  const std::string ptr = std::string("__global const ") + c.storage + "* p";
  std::string src = "#define CW " + std::to_string(reduce_cols_width(op, t)) + "\n";
  if (!vs.type.empty()) src += "#define DP_VFOLD(v, x) " + vs.fold + "\n";
  // reduce_runs
  src +=
      "__kernel void reduce_runs(long per, long nchunk, long chunk, " + views + out_store +
      ", __global acc_t* pv) {\n"
      "  for (long g = get_global_id(0) * per, ge = min(g + per, nout * nchunk); g < ge; ++g) {\n"
      "  long o = g / nchunk, ch = g % nchunk;\n"
      "  long base = ioff + dp_off(o, ond, osh, ost);\n"
      "  long j = ch * chunk, j1 = min(j + chunk, ninner);\n"
      "  acc_t acc = " +
      s.identity +
      ";\n"
      "  if (ind == 1 && ist.s0 == 1) {\n    " +
      ptr + " = in + base;\n";
  if (!vs.type.empty()) {
    src += "    " + vs.type + " v = " + vs.init + ";\n";
    if (fl)
      src += "    while (j + 8 <= j1) {\n      " + vs.type + " b = " + vs.init +
             ";\n      long je = min(j1 - 7, j + 1024);\n"
             "      for (long k = j; k < je; k += 8) b = DP_VFOLD(b, " +
             vs.load + ");\n      j += (je - j + 7) / 8 * 8;\n      v = DP_VFOLD(v, b);\n    }\n";
    else
      src +=
          "    for (long k = j; k + 8 <= j1; k += 8, j += 8) v = DP_VFOLD(v, " + vs.load + ");\n";
    src +=
        "    acc = dp_comb(dp_comb(dp_comb(v.s0, v.s1), dp_comb(v.s2, v.s3)),\n"
        "                  dp_comb(dp_comb(v.s4, v.s5), dp_comb(v.s6, v.s7)));\n";
  } else {
    src += "    acc_t a1 = " + s.identity + ", a2 = " + s.identity + ", a3 = " + s.identity +
           ";\n"
           "    for (; j + 4 <= j1; j += 4) {\n"
           "      acc = dp_comb(acc, dp_load(p, j)); a1 = dp_comb(a1, dp_load(p, j + 1));\n"
           "      a2 = dp_comb(a2, dp_load(p, j + 2)); a3 = dp_comb(a3, dp_load(p, j + 3));\n"
           "    }\n    acc = dp_comb(dp_comb(acc, a1), dp_comb(a2, a3));\n";
  }
  src +=
      "    for (; j < j1; ++j) acc = dp_comb(acc, dp_load(p, j));\n"
      "  } else {\n"
      "    for (; j < j1; ++j) acc = dp_comb(acc, dp_load(in, base + dp_off(j, ind, ish, ist)));\n"
      "  }\n"
      "  if (nchunk > 1) pv[g] = acc;\n  else { " +
      final_store + " }\n  }\n}\n";
  // reduce_cols
  src +=
      "__kernel void reduce_cols(long per, long nchunk, long chunk, " + views + out_store +
      ", __global acc_t* pv) {\n"
      "  long nstrip = (nout + CW - 1) / CW;\n"
      "  for (long g = get_global_id(0) * per, ge = min(g + per, nstrip * nchunk); g < ge; ++g) {\n"
      "  long o0 = (g % nstrip) * CW, ch = g / nstrip;\n"
      "  long j = ch * chunk, j1 = min(j + chunk, ninner);\n"
      "  " +
      ptr +
      " = in + ioff + o0;\n"
      "  acc_t a[CW];\n  int w = (int)min((long)CW, nout - o0);\n";
  if (!vs.type.empty()) {
    // Wide strips (16 KiB of accumulators): they stay in L1 while each row of the strip
    // streams in, 8 at a time; the tail of a strip goes one by one.
    std::string load = vs.load;
    load.replace(load.find("p + k"), 5, "p + k + 8 * c");
    src +=
        "  int wv = w / 8;\n"
        "  for (int c = 0; c < wv; ++c) vstore8(" +
        vs.init + ", c, a);\n  for (int c = wv * 8; c < w; ++c) a[c] = " + s.identity +
        ";\n"
        "  for (; j < j1; ++j) {\n    long k = dp_off(j, ind, ish, ist);\n"
        "    for (int c = 0; c < wv; ++c) vstore8(DP_VFOLD(vload8(c, a), " +
        load +
        "), c, a);\n"
        "    for (int c = wv * 8; c < w; ++c) a[c] = dp_comb(a[c], dp_load(p, k + c));\n  }\n";
  } else {
    src +=
        "  {\n    for (int c = 0; c < CW; ++c) a[c] = " + s.identity +
        ";\n"
        "    if (w == CW) for (; j < j1; ++j) {\n      long k = dp_off(j, ind, ish, ist);\n"
        "      for (int c = 0; c < CW; ++c) a[c] = dp_comb(a[c], dp_load(p, k + c));\n    }\n"
        "    for (; j < j1; ++j) {\n      long k = dp_off(j, ind, ish, ist);\n"
        "      for (int c = 0; c < w; ++c) a[c] = dp_comb(a[c], dp_load(p, k + c));\n    }\n  }\n";
  }
  src +=
      "  for (int c = 0; c < w; ++c) {\n    long o = o0 + c;\n    acc_t acc = a[c];\n"
      "    if (nchunk > 1) pv[ch * nout + o] = acc;\n    else { " +
      final_store + " }\n  }\n  }\n}\n";
  src +=
      "__kernel void reduce_cols_partials(long per, long nout, long nchunk, "
      "__global const acc_t* pv, " +
      out_store +
      ") {\n"
      "  for (long o = get_global_id(0) * per, oe = min(o + per, nout); o < oe; ++o) {\n"
      "  acc_t acc = " +
      s.identity +
      ";\n"
      "  for (long k = 0; k < nchunk; ++k) acc = dp_comb(acc, pv[k * nout + o]);\n  " +
      final_store + "\n  }\n}\n";
  return src;
}

}  // namespace

int reduce_cols_width(ReduceOp op, DType t) {
  if (vec_op(op, t).type.empty()) return 32;
  // 16 KiB of accumulators: a whole row of up to that size streams in at once.
  const size_t acc = op == ReduceOp::Sum && !is_floating(t) ? 8 : itemsize(t);
  return static_cast<int>(16384 / acc);
}

bool reduce_has_cpu_kernels(ReduceOp op) {
  return op != ReduceOp::ArgMax && op != ReduceOp::ArgMin;
}

std::string reduce_program(ReduceOp op, DType t, size_t group, bool runs) {
  const Spec s = spec_of(op, t);
  const DType out = (op == ReduceOp::Any || op == ReduceOp::All) ? DType::Bool
                    : s.arg                                      ? DType::Int64
                                                                 : t;
  const ClType& c = cl_type(t);
  const std::string G = std::to_string(group);
  std::string src = cl_prelude(needs_fp64(t));
  src += std::string("// ") + to_string(op) + " over " + name_of(t) + "\n";
  src += cl_type_macros(t);
  src += embedded("dp_math.cl");
  src += "#define WG " + G + "\n";
  src += "typedef " + s.acc + " acc_t;\n";
  src += kOffsetFn;
  src += std::string("acc_t dp_load(__global const ") + c.storage + "* p, long k) {\n  " +
         c.compute + " v = " + cl_load(t, "p", "k") + ";\n  return " + s.load + ";\n}\n";
  // Folding a value into the accumulator, and the final store.
  std::string fold, fold_local, final_store, idx_decl, idx_params, idx_args;
  const std::string out_store =
      std::string("__global ") + cl_type(out).storage + "* out, long ooff";
  if (s.arg) {
    src += arg_better(op, t);
    fold = "if (dp_better(acc, ai, v, j)) { acc = v; ai = j; }";
    fold_local =
        "if (dp_better(sv[lid], si[lid], sv[lid + s], si[lid + s])) { sv[lid] = sv[lid + s]; "
        "si[lid] = si[lid + s]; }";
    final_store = cl_store(DType::Int64, "out", "ooff + o", "ai == LONG_MAX ? 0 : ai");
    idx_decl = " long ai = LONG_MAX;";
    idx_params = ", __global long* pi";
  } else {
    src += "acc_t dp_comb(acc_t a, acc_t b) { return " + s.combine + "; }\n";
    fold = "acc = dp_comb(acc, v);";
    fold_local = "sv[lid] = dp_comb(sv[lid], sv[lid + s]);";
    std::string v = "acc";
    if (out != DType::Bool && s.acc != c.compute) v = std::string("(") + c.compute + ")(acc)";
    final_store = cl_store(out, "out", "ooff + o", v);
  }
  const std::string tree = "  sv[lid] = acc;" + std::string(s.arg ? " si[lid] = ai;" : "") +
                           "\n  barrier(CLK_LOCAL_MEM_FENCE);\n"
                           "  for (int s = WG / 2; s > 0; s >>= 1) {\n"
                           "    if (lid < s) { " +
                           fold_local +
                           " }\n"
                           "    barrier(CLK_LOCAL_MEM_FENCE);\n  }\n"
                           "  acc = sv[0];" +
                           (s.arg ? " ai = si[0];" : "") + "\n";
  const std::string locals =
      std::string("  __local acc_t sv[WG];\n") + (s.arg ? "  __local long si[WG];\n" : "");
  const std::string views =
      "long nout, long ninner, int ond, long8 osh, long8 ost, int ind, long8 ish, long8 ist, "
      "__global const " +
      std::string(c.storage) + "* in, long ioff, ";

  // One work-item per output.
  src += "__kernel void reduce_seq(" + views + out_store +
         ") {\n"
         "  long o = get_global_id(0);\n  if (o >= nout) return;\n"
         "  long base = ioff + dp_off(o, ond, osh, ost);\n"
         "  acc_t acc = " +
         s.identity + ";" + idx_decl +
         "\n"
         "  for (long j = 0; j < ninner; ++j) {\n"
         "    acc_t v = dp_load(in, base + dp_off(j, ind, ish, ist));\n    " +
         fold +
         "\n  }\n"
         "  " +
         final_store + "\n}\n";

  // One work-group per (output, chunk); partials go to pv (and pi) when nchunk > 1.
  src +=
      "__kernel __attribute__((reqd_work_group_size(WG, 1, 1))) void reduce_group(long nchunk, "
      "long chunk, " +
      views + out_store + ", __global acc_t* pv" + idx_params + ") {\n" + locals +
      "  int lid = get_local_id(0);\n"
      "  long g = get_group_id(0), o = g / nchunk, ch = g % nchunk;\n"
      "  long base = ioff + dp_off(o, ond, osh, ost);\n"
      "  long j1 = min((ch + 1) * chunk, ninner);\n"
      "  acc_t acc = " +
      s.identity + ";" + idx_decl + "\n" +
      (runs ? "  long per = (j1 - ch * chunk + WG - 1) / WG, jb = ch * chunk + lid * per;\n"
              "  for (long j = jb, je = min(jb + per, j1); j < je; ++j) {\n"
            : "  for (long j = ch * chunk + lid; j < j1; j += WG) {\n") +
      "    acc_t v = dp_load(in, base + dp_off(j, ind, ish, ist));\n    " + fold + "\n  }\n" +
      tree +
      "  if (lid != 0) return;\n"
      "  if (nchunk > 1) { pv[g] = acc;" +
      (s.arg ? " pi[g] = ai;" : "") +
      " return; }\n"
      "  " +
      final_store + "\n}\n";

  // Combines the nchunk partials of each output (one work-group per output).
  src +=
      "__kernel __attribute__((reqd_work_group_size(WG, 1, 1))) void reduce_partials(long nchunk, "
      "__global const acc_t* pv" +
      std::string(s.arg ? ", __global const long* pi" : "") + ", " + out_store + ") {\n" + locals +
      "  int lid = get_local_id(0);\n  long o = get_group_id(0);\n"
      "  acc_t acc = " +
      s.identity + ";" + idx_decl +
      "\n"
      "  for (long k = lid; k < nchunk; k += WG) {\n"
      "    acc_t v = pv[o * nchunk + k];" +
      (s.arg ? " long j = pi[o * nchunk + k];" : "") + "\n    " + fold + "\n  }\n" + tree +
      "  if (lid == 0) { " + final_store + " }\n}\n";
  if (runs && !s.arg) src += cpu_kernels(op, t, s, views, out_store, final_store);
  return src;
}

}  // namespace dp::ocl::gen
