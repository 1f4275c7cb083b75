// Indexing primitives on OpenCL: take / put through index arrays, count_nonzero
// and nonzero (per-chunk counts, their scan, then an ordered write per chunk).
#include <array>
#include <stdexcept>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

constexpr int kMaxIndexArrays = 8;
// Elements one work-item of count_nonzero / nonzero walks.
constexpr int64_t kNzChunk = 256;

struct Group {
  Shape shape;
  Strides dense, indexed;
};

Group group_of(const Shape& shape, const Strides& dense, const Strides& indexed) {
  Group g{shape, dense, indexed};
  collapse_dims(g.shape, {&g.dense, &g.indexed});
  return g;
}

// A zeroed error record [flag, bad index, which index array] for the kernels to fill.
Array error_record(const Queue& q) {
  Array err = temp_array(q, {4}, DType::Int64);
  OclExecutor().fill(q, err, Scalar::from_int(0));
  return err;
}

// Reads the error record back after the kernels and raises IndexError for a bad index
// at the next synchronisation point (sizes[d]: the size of axis `axis + d`).
void report_bad_index(OclQueue& o, const Array& err, std::vector<int64_t> sizes, int axis,
                      const char* op) {
  auto record = std::make_shared<std::array<int64_t, 4>>();
  // Recorded like any command: the host's small ops wait for it before reusing err.
  o.enqueue(op, [&] {
    cl_event ev = nullptr;
    check(o.api()->clEnqueueReadBuffer(o.handle(), mem_of(err), CL_FALSE, 0, 32, record->data(), 0,
                                       nullptr, &ev),
          op, "clEnqueueReadBuffer");
    return ev;
  });
  std::string name = op;
  o.add_check([record, sizes, axis, name, &o]() {
    if (((*record)[0] & 0xffffffff) == 0) return;
    const int64_t d = (*record)[2];
    try {
      throw IndexError("[" + name + "] index " + std::to_string((*record)[1]) +
                       " is out of bounds for axis " + std::to_string(axis + d) + " with size " +
                       std::to_string(sizes[d]));
    } catch (...) {
      o.defer_error(name, std::current_exception());
    }
  });
}

void gather_scatter(const Queue& q, const char* op, const Array& a, int axis,
                    const std::vector<Array>& indices, const Array& dense, bool put);

// More index arrays than one kernel takes (up to kMaxDims): each folds into one flat
// index over the k axes merged (checked as take checks), then a take / put with it; on
// a contiguous copy of `a` when those axes do not merge in place.
void flattened_gather_scatter(const Queue& q, const char* op, const Array& a, int axis,
                              const std::vector<Array>& indices, const Array& dense, bool put) {
  OclQueue& o = oq(q);
  const int k = static_cast<int>(indices.size());
  bool merges = true;
  for (int d = axis; d + 1 < axis + k; ++d) {
    int64_t span;
    merges &= checked_mul(a.shape[d + 1], a.strides[d + 1], &span) && a.strides[d] == span;
  }
  Array src = merges ? a : copy_array(a, a.dtype, UsmType::Device);
  const int64_t n = dense.shape[axis];
  Array flat = temp_array(q, {n}, DType::Int64);
  Array err = error_record(q);
  ProgramPtr p = generated_program(o, "index_flatten", [] { return gen::index_flatten_program(); });
  std::vector<int64_t> sizes(src.shape.begin() + axis, src.shape.begin() + axis + k);
  for (int d = 0; d < k; ++d) {
    const Array& ix = indices[d];
    KernelCall kc(o, p, "index_flatten", op);
    kc.val<cl_long>(n).mem(mem_of(err)).val<cl_int>(d);
    kc.mem(mem_of(ix)).val<cl_long>(ix.offset).val<cl_long>(ix.strides.empty() ? 0 : ix.strides[0]);
    kc.val<cl_long>(sizes[d]).mem(mem_of(flat)).val<cl_int>(d == 0 ? 1 : 0);
    kc.run(static_cast<size_t>(n));
  }
  report_bad_index(o, err, sizes, axis, op);
  Array merged = src;
  merged.shape.erase(merged.shape.begin() + axis, merged.shape.begin() + axis + k);
  merged.strides.erase(merged.strides.begin() + axis, merged.strides.begin() + axis + k);
  merged.shape.insert(merged.shape.begin() + axis, shape_size(sizes, op));
  merged.strides.insert(merged.strides.begin() + axis, src.strides[axis + k - 1]);
  gather_scatter(q, op, merged, axis, {flat}, dense, put);
  if (put && !merges) OclExecutor().copy(q, src, a);
}

// take (into = false: dense[...j...] = a[...idx[j]...]) or put (the reverse).
void gather_scatter(const Queue& q, const char* op, const Array& a, int axis,
                    const std::vector<Array>& indices, const Array& dense, bool put) {
  OclQueue& o = oq(q);
  const int k = static_cast<int>(indices.size());
  if (k < 1)
    throw std::invalid_argument(std::string("[") + op + "] at least one index array is needed");
  if (dense.size() == 0) return;
  if (k > kMaxIndexArrays) return flattened_gather_scatter(q, op, a, axis, indices, dense, put);
  // Dims of the dense operand: before the index position, the index position, after.
  Shape pre_sh(a.shape.begin(), a.shape.begin() + axis);
  Strides pre_d(dense.strides.begin(), dense.strides.begin() + axis),
      pre_a(a.strides.begin(), a.strides.begin() + axis);
  Shape post_sh(a.shape.begin() + axis + k, a.shape.end());
  Strides post_d(dense.strides.begin() + axis + 1, dense.strides.end()),
      post_a(a.strides.begin() + axis + k, a.strides.end());
  Group pre = group_of(pre_sh, pre_d, pre_a), post = group_of(post_sh, post_d, post_a);
  const int dims = static_cast<int>(pre.shape.size() + 1 + post.shape.size());
  if (dims > kKernelDims) {
    // Rare: more than 8 dims survive collapsing. Work on contiguous copies.
    Array ac = copy_array(a, a.dtype, UsmType::Device);
    Array dc = put ? copy_array(dense, dense.dtype, UsmType::Device)
                   : temp_array(q, dense.shape, dense.dtype);
    gather_scatter(q, op, ac, axis, indices, dc, put);
    OclExecutor ex;
    ex.copy(q, put ? ac : dc, put ? a : dense);
    return;
  }
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
  const size_t isz = a.itemsize();
  const std::string key = "index:" + std::to_string(isz) + ":" + std::to_string(k);
  ProgramPtr p = generated_program(o, key, [&] { return gen::index_program(isz, k); });
  Array err = error_record(q);
  {
    KernelCall kc(o, p, put ? "put" : "take", op);
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
    kc.run(static_cast<size_t>(dense.size()));
  }
  report_bad_index(o, err, {a.shape.begin() + axis, a.shape.begin() + axis + k}, axis, op);
}

struct NzView {
  cl_int nd;
  cl_long sh[kKernelDims] = {1, 1, 1, 1, 1, 1, 1, 1}, st[kKernelDims] = {};
};

NzView nz_view(const Array& in, const char* op) {
  if (in.ndim() > kKernelDims)
    throw std::invalid_argument(std::string("[") + op + "] arrays of more than " +
                                std::to_string(kKernelDims) +
                                " dimensions are not supported on OpenCL");
  NzView v;
  v.nd = in.ndim();
  for (int d = 0; d < v.nd; ++d) {
    v.sh[d] = in.shape[v.nd - 1 - d];
    v.st[d] = in.strides[v.nd - 1 - d];
  }
  return v;
}

// Per-chunk non-zero counts of `in` into a new int64 array of nchunks elements.
Array chunk_counts(OclQueue& o, const ProgramPtr& p, const Array& in, const NzView& v,
                   int64_t nchunks, const char* op) {
  Array counts = temp_array(in.queue, {nchunks}, DType::Int64);
  KernelCall k(o, p, "nz_count", op);
  k.val<cl_long>(in.size()).val<cl_long>(kNzChunk).val<cl_long>(nchunks).val(v.nd);
  k.arg(v.sh, sizeof(v.sh)).arg(v.st, sizeof(v.st)).mem(mem_of(in)).val<cl_long>(in.offset);
  k.mem(mem_of(counts));
  k.run(static_cast<size_t>(nchunks));
  return counts;
}

}  // namespace

void OclExecutor::take(const Queue& q, const Array& src, int axis,
                       const std::vector<Array>& indices, const Array& out) {
  gather_scatter(q, "take", src, axis, indices, out, false);
}

void OclExecutor::put(const Queue& q, const Array& dst, int axis, const std::vector<Array>& indices,
                      const Array& values) {
  gather_scatter(q, "put", dst, axis, indices, values, true);
}

void OclExecutor::count_nonzero(const Queue& q, const Array& in, const Array& out) {
  OclQueue& o = oq(q);
  require_dtype(o, in.dtype, "count_nonzero");
  if (in.size() == 0) {
    fill(q, out, Scalar::from_int(0));
    return;
  }
  Array x = in;
  if (x.ndim() > kKernelDims) {
    bool ok = true;
    x = reshape_view(copy_array(in, in.dtype, UsmType::Device), {in.size()}, &ok);
  }
  const std::string key = std::string("nonzero:") + name_of(in.dtype);
  ProgramPtr p = generated_program(o, key, [&] { return gen::nonzero_program(in.dtype); });
  const int64_t nchunks = (x.size() + kNzChunk - 1) / kNzChunk;
  Array counts = chunk_counts(o, p, x, nz_view(x, "count_nonzero"), nchunks, "count_nonzero");
  reduce(q, ReduceOp::Sum, counts, 1, out);
}

void OclExecutor::nonzero(const Queue& q, const Array& in, const Array& out) {
  OclQueue& o = oq(q);
  require_dtype(o, in.dtype, "nonzero");
  const int64_t count = out.shape.size() == 2 ? out.shape[1] : 0;
  if (in.size() == 0 || count == 0) return;
  const std::string key = std::string("nonzero:") + name_of(in.dtype);
  ProgramPtr p = generated_program(o, key, [&] { return gen::nonzero_program(in.dtype); });
  if (in.ndim() > kKernelDims) {
    // Past the kernels' dims: the flat positions in a contiguous copy, then unravelled.
    bool ok = true;
    Array flat = reshape_view(copy_array(in, in.dtype, UsmType::Device), {in.size()}, &ok);
    Array pos = temp_array(q, {1, count}, DType::Int64);
    nonzero(q, flat, pos);
    Array shp = from_host(in.shape.data(), {in.ndim()}, DType::Int64, q, UsmType::Device);
    KernelCall k(o, p, "nz_unravel", "nonzero");
    k.val<cl_long>(count).val<cl_int>(in.ndim()).mem(mem_of(shp));
    k.mem(mem_of(pos)).val<cl_long>(pos.offset).mem(mem_of(out)).val<cl_long>(out.offset);
    k.run(static_cast<size_t>(count));
    return;
  }
  const NzView v = nz_view(in, "nonzero");
  const int64_t nchunks = (in.size() + kNzChunk - 1) / kNzChunk;
  Array counts = chunk_counts(o, p, in, v, nchunks, "nonzero");
  Array incl = temp_array(q, {nchunks}, DType::Int64);
  cumsum(q, counts, incl);
  KernelCall k(o, p, "nz_write", "nonzero");
  k.val<cl_long>(in.size()).val<cl_long>(kNzChunk).val<cl_long>(nchunks).val(v.nd);
  k.arg(v.sh, sizeof(v.sh)).arg(v.st, sizeof(v.st)).mem(mem_of(in)).val<cl_long>(in.offset);
  k.mem(mem_of(incl)).mem(mem_of(out)).val<cl_long>(out.offset).val<cl_long>(count);
  k.run(static_cast<size_t>(nchunks));
}

}  // namespace dp::ocl
