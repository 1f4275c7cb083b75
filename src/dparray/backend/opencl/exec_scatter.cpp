// ufunc.at on OpenCL (scatter_op): one work-item per value, each updating its element of dst
// with a compare-and-swap loop around the catalogue body (4- and 8-byte elements; 8 bytes need
// cl_khr_int64_base_atomics). Other element sizes, or a device without 64-bit atomics, run the
// j loop in order in one work-item per destination row. Bad indices are recorded as take does.
#include <array>
#include <memory>
#include <stdexcept>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

constexpr int kMaxIndexArrays = 8;

std::string float_bits(DType loop) {
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

// Index arithmetic of index array d for position `jv`, adding to `oa`; a bad index records
// itself in err and leaves the work-item (`bail`).
std::string index_code(int k, const std::string& jv, const std::string& bail) {
  std::string ix;
  for (int d = 0; d < k; ++d) {
    const std::string s = std::to_string(d);
    ix += "    { long v = i" + s + "[io" + s + " + " + jv + " * is" + s + "];\n" +
          "      long w = v < 0 ? v + sz" + s + " : v;\n" + "      if (w < 0 || w >= sz" + s +
          ") {\n" +
          "        if (atomic_cmpxchg((volatile __global int*)err, 0, 1) == 0) { err[1] = v; "
          "err[2] = " +
          s + "; }\n        " + bail + "\n      }\n      oa += w * st" + s + "; }\n";
  }
  return ix;
}

std::string scatter_program(OpId id, DType t, int k) {
  const ElementwiseOp& op = op_info(id);
  const ClType& c = cl_type(t);
  const size_t isz = itemsize(t);
  const bool cas = isz == 4 || isz == 8;
  std::string src = cl_prelude(needs_fp64(t));
  src += "// ufunc.at: " + std::string(op.name) + " in " + name_of(t) + "\n";
  if (isz == 8)
    src +=
        "#if defined(cl_khr_int64_base_atomics)\n"
        "#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable\n#define DP_ATOMIC 1\n"
        "#else\n#define DP_ATOMIC 0\n#endif\n";
  else
    src += std::string("#define DP_ATOMIC ") + (cas ? "1" : "0") + "\n";
  src += cl_type_macros(t);
  src += float_bits(t);
  src += gen::embedded("dp_math.cl");
  const std::string body = is_complex(t) ? op.complex_body : op.real_body;
  const std::string st = c.storage, ct = c.compute;
  const std::string load_b = op.nin > 1 ? "    " + ct + " b = " + cl_load(t, "dv", "kd") + ";\n"
                                        : std::string("    ") + ct + " b = (" + ct + ")0;\n";
  // Plain update of p[k] (the in-order path).
  src += "void dp_update(__global " + st + "* p, long k, __global const " + st +
         "* dv, long kd) {\n" + "    " + ct + " a = " + cl_load(t, "p", "k") + ";\n" + load_b +
         "    " + cl_store(t, "p", "k", body) + "\n}\n";
  if (cas) {
    const std::string ut = isz == 4 ? "uint" : "ulong";
    const std::string xchg = isz == 4 ? "atomic_cmpxchg" : "atom_cmpxchg";
    src += "#if DP_ATOMIC\nvoid dp_update_atomic(__global " + st + "* p, long k, __global const " +
           st + "* dv, long kd) {\n" + "  volatile __global " + ut + "* w = (volatile __global " +
           ut + "*)(p + k);\n" + load_b + "  " + ut + " old = *w, seen;\n" + "  do {\n" +
           "    seen = old;\n    " + st + " cur = as_" + st + "(seen), nv;\n" + "    " + ct +
           " a = " + cl_load(t, "(&cur)", "0") + ";\n" + "    " + cl_store(t, "(&nv)", "0", body) +
           "\n" + "    old = " + xchg + "(w, seen, as_" + ut + "(nv));\n" +
           "  } while (old != seen);\n}\n#endif\n";
  }
  std::string params = "long n, int nd, int jd, long8 sh, long8 sd, long8 sa, __global long* err";
  for (int d = 0; d < k; ++d) {
    const std::string s = std::to_string(d);
    params += ", __global const long* i" + s + ", long io" + s + ", long is" + s + ", long sz" + s +
              ", long st" + s;
  }
  params += ", __global " + st + "* a, long ao, __global const " + st +
            "* dv, long doff, long nj, long sdj";
  std::string walk =
      "  long i = get_global_id(0);\n  if (i >= n) return;\n"
      "  long r = i, c, od = 0, oa0 = 0, j = 0;\n";
  for (int d = 0; d < 8; ++d) {
    const std::string sd = ".s" + std::to_string(d), ds = std::to_string(d);
    walk += "  if (nd > " + ds + ") { c = r % sh" + sd + "; r /= sh" + sd + "; od += c * sd" + sd +
            "; oa0 += c * sa" + sd + "; if (jd == " + ds + ") j = c; }\n";
  }
  src += "__kernel void scatter(" + params + ") {\n" + walk;
  src += "#if DP_ATOMIC\n  { long oa = oa0;\n" + index_code(k, "j", "return;") +
         "    dp_update_atomic(a, ao + oa, dv, doff + od); }\n";
  src +=
      "#else\n  if (j != 0) return;\n  for (long jj = 0; jj < nj; ++jj) {\n    long oa = oa0;\n" +
      index_code(k, "jj", "return;") +
      "    dp_update(a, ao + oa, dv, doff + od + jj * sdj);\n  }\n#endif\n}\n";
  return src;
}

struct Group {
  Shape shape;
  Strides dense, indexed;
};

Group group_of(const Shape& shape, const Strides& dense, const Strides& indexed) {
  Group g{shape, dense, indexed};
  collapse_dims(g.shape, {&g.dense, &g.indexed});
  return g;
}

}  // namespace

void OclExecutor::scatter_op(const Queue& q, OpId id, DType loop, const Array& a, int axis,
                             const std::vector<Array>& indices, const Array& dense) {
  OclQueue& o = oq(q);
  require_dtype(o, loop, "at");
  const int k = static_cast<int>(indices.size());
  if (k < 1 || k > kMaxIndexArrays)
    throw std::invalid_argument("[at] 1 to " + std::to_string(kMaxIndexArrays) +
                                " index arrays are supported on OpenCL, got " + std::to_string(k));
  if (dense.size() == 0) return;
  Shape pre_sh(a.shape.begin(), a.shape.begin() + axis);
  Strides pre_d(dense.strides.begin(), dense.strides.begin() + axis),
      pre_a(a.strides.begin(), a.strides.begin() + axis);
  Shape post_sh(a.shape.begin() + axis + k, a.shape.end());
  Strides post_d(dense.strides.begin() + axis + 1, dense.strides.end()),
      post_a(a.strides.begin() + axis + k, a.strides.end());
  Group pre = group_of(pre_sh, pre_d, pre_a), post = group_of(post_sh, post_d, post_a);
  const int dims = static_cast<int>(pre.shape.size() + 1 + post.shape.size());
  if (dims > kKernelDims)
    throw std::invalid_argument("[at] more than " + std::to_string(kKernelDims) +
                                " dimensions after merging are not supported on OpenCL");
  cl_long sh[kKernelDims] = {1, 1, 1, 1, 1, 1, 1, 1}, sd[kKernelDims] = {}, sa[kKernelDims] = {};
  int pos = 0;
  for (int d = static_cast<int>(post.shape.size()) - 1; d >= 0; --d, ++pos) {
    sh[pos] = post.shape[d];
    sd[pos] = post.dense[d];
    sa[pos] = post.indexed[d];
  }
  const cl_int jd = pos;
  sh[pos] = dense.shape[axis];
  sd[pos] = dense.strides[axis];
  ++pos;
  for (int d = static_cast<int>(pre.shape.size()) - 1; d >= 0; --d, ++pos) {
    sh[pos] = pre.shape[d];
    sd[pos] = pre.dense[d];
    sa[pos] = pre.indexed[d];
  }
  const std::string key =
      std::string("scatter:") + op_info(id).name + ":" + name_of(loop) + ":" + std::to_string(k);
  ProgramPtr p = generated_program(o, key, [&] { return scatter_program(id, loop, k); });
  Array err = temp_array(q, {4}, DType::Int64);
  fill(q, err, Scalar::from_int(0));
  {
    KernelCall kc(o, p, "scatter", "at");
    kc.val<cl_long>(dense.size()).val<cl_int>(pos).val(jd);
    kc.arg(sh, sizeof(sh)).arg(sd, sizeof(sd)).arg(sa, sizeof(sa)).mem(mem_of(err));
    for (int d = 0; d < k; ++d) {
      const Array& ix = indices[d];
      kc.mem(mem_of(ix))
          .val<cl_long>(ix.offset)
          .val<cl_long>(ix.strides.empty() ? 0 : ix.strides[0]);
      kc.val<cl_long>(a.shape[axis + d]).val<cl_long>(a.strides[axis + d]);
    }
    kc.mem(mem_of(a)).val<cl_long>(a.offset).mem(mem_of(dense)).val<cl_long>(dense.offset);
    kc.val<cl_long>(dense.shape[axis]).val<cl_long>(dense.strides[axis]);
    kc.run(static_cast<size_t>(dense.size()));
  }
  // The error record comes back at the next synchronisation point, as take's.
  auto record = std::make_shared<std::array<int64_t, 4>>();
  // Recorded like any command: the host's small ops wait for it before reusing err.
  o.enqueue("at", [&] {
    cl_event ev = nullptr;
    check(o.api()->clEnqueueReadBuffer(o.handle(), mem_of(err), CL_FALSE, 0, 32, record->data(), 0,
                                       nullptr, &ev),
          "at", "clEnqueueReadBuffer");
    return ev;
  });
  std::vector<int64_t> sizes(a.shape.begin() + axis, a.shape.begin() + axis + k);
  o.add_check([record, sizes, axis, &o]() {
    if (((*record)[0] & 0xffffffff) == 0) return;
    const int64_t d = (*record)[2];
    try {
      throw IndexError("[at] index " + std::to_string((*record)[1]) +
                       " is out of bounds for axis " + std::to_string(axis + d) + " with size " +
                       std::to_string(sizes[d]));
    } catch (...) {
      o.defer_error("at", std::current_exception());
    }
  });
}

}  // namespace dp::ocl
