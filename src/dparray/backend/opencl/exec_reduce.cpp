// Reductions and cumulative sums / products on OpenCL.
#include <algorithm>
#include <functional>
#include <stdexcept>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/small_host.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

// Rows shorter than this are reduced (scanned) by one work-item each.
constexpr int64_t kSeqLimit = 64;
// Elements each work-item of a scan chunk covers.
constexpr int64_t kScanItems = 8;

// The work-group size of the tree kernels: a power of two the device allows.
size_t tree_group(OclQueue& q) {
  size_t g = 256;
  while (g > q.ctx().info.max_work_group_size && g > 1) g >>= 1;
  return g;
}

// A view's dims (innermost first) as the long8 pair the kernels take.
struct Dims8 {
  cl_int nd = 0;
  cl_long shape[kKernelDims] = {1, 1, 1, 1, 1, 1, 1, 1};
  cl_long strides[kKernelDims] = {};
};

Dims8 dims8(const Shape& shape, const Strides& strides) {
  Dims8 d;
  d.nd = static_cast<cl_int>(shape.size());
  for (int k = 0; k < d.nd; ++k) {
    d.shape[k] = shape[d.nd - 1 - k];
    d.strides[k] = strides[d.nd - 1 - k];
  }
  return d;
}

void add_dims(KernelCall& k, const Dims8& d) {
  k.val(d.nd).arg(d.shape, sizeof(d.shape)).arg(d.strides, sizeof(d.strides));
}

// The dtype holding a reduction's accumulator (for partial results in memory).
DType acc_dtype(ReduceOp op, DType t) {
  if (op == ReduceOp::Any || op == ReduceOp::All) return DType::Bool;
  const bool integ = is_integral(t) || t == DType::Bool;
  if ((op == ReduceOp::Sum || op == ReduceOp::Prod) && integ) return DType::UInt64;
  return t == DType::Float16 ? DType::Float32 : t;
}

DType scan_acc_dtype(DType t) {
  if (is_integral(t) || t == DType::Bool) return DType::UInt64;
  return t == DType::Float16 ? DType::Float32 : t;
}

// The items each work-item takes so that `total` items make ~32 work-items per compute unit
// (each a group of one: PoCL runs a group per task).
int64_t share_of(OclQueue& q, int64_t total) {
  const int64_t cu = std::max<int64_t>(1, q.ctx().info.max_compute_units);
  return std::max<int64_t>(1, (total + 32 * cu - 1) / (32 * cu));
}

void run_shares(KernelCall& k, int64_t total, int64_t per) {
  k.run(static_cast<size_t>((total + per - 1) / per), 1);
}

// CPU devices: one work-item per contiguous run (or per strip of outputs that lie
// side by side in the input), chunked so that there are ~16 runs per compute unit.
void reduce_cpu(OclQueue& o, const ProgramPtr& p, const char* name, ReduceOp op, const Array& in,
                const Array& out, const Shape& osh, const Strides& ost, int64_t nout,
                int64_t ninner, const std::function<void(KernelCall&)>& views) {
  const int64_t want = 16 * std::max<int64_t>(1, o.ctx().info.max_compute_units);
  const Queue& q = out.queue;
  const bool cols = osh.size() == 1 && ost[0] == 1 && nout > 1;
  const int64_t width = gen::reduce_cols_width(op, in.dtype);  // CW in the kernel
  const int64_t items = cols ? (nout + width - 1) / width : nout;
  const int64_t min_run = cols ? 16 : 4096;  // reduced elements worth a work-item
  int64_t nchunk = 1;
  if (items < want)
    nchunk = std::max<int64_t>(
        1, std::min<int64_t>((want + items - 1) / items, (ninner + min_run - 1) / min_run));
  // Empty rows (ninner == 0) make one chunk, which stores the identity.
  const int64_t chunk = std::max<int64_t>(1, (ninner + nchunk - 1) / nchunk);
  nchunk = std::max<int64_t>(1, (ninner + chunk - 1) / chunk);
  Array pv;
  if (nchunk > 1) pv = temp_array(q, {nout * nchunk}, acc_dtype(op, in.dtype));
  {
    const int64_t total = items * nchunk;
    const int64_t per = share_of(o, total);
    KernelCall k(o, p, cols ? "reduce_cols" : "reduce_runs", name);
    k.val<cl_long>(per).val<cl_long>(nchunk).val<cl_long>(chunk);
    views(k);
    k.mem(mem_of(out)).val<cl_long>(out.offset);
    k.mem(nchunk > 1 ? mem_of(pv) : nullptr);
    run_shares(k, total, per);
  }
  if (nchunk == 1) return;
  if (cols) {
    KernelCall k(o, p, "reduce_cols_partials", name);
    const int64_t per = share_of(o, nout);
    k.val<cl_long>(per).val<cl_long>(nout).val<cl_long>(nchunk);
    k.mem(mem_of(pv)).mem(mem_of(out)).val<cl_long>(out.offset);
    run_shares(k, nout, per);
    return;
  }
  const size_t group = tree_group(o);
  KernelCall k(o, p, "reduce_partials", name);
  k.val<cl_long>(nchunk).mem(mem_of(pv));
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  k.run(static_cast<size_t>(nout) * group, group);
}

}  // namespace

void OclExecutor::reduce(const Queue& q, ReduceOp op, const Array& in, int nred, const Array& out) {
  OclQueue& o = oq(q);
  const char* name = to_string(op);
  require_dtype(o, in.dtype, name);
  if (nred < 0 || nred > in.ndim())
    throw std::invalid_argument(std::string("[") + name + "] cannot reduce " +
                                std::to_string(nred) + " axes of an array of dimension " +
                                std::to_string(in.ndim()));
  const int keep = in.ndim() - nred;
  Shape osh(in.shape.begin(), in.shape.begin() + keep),
      ish(in.shape.begin() + keep, in.shape.end());
  Strides ost(in.strides.begin(), in.strides.begin() + keep),
      ist(in.strides.begin() + keep, in.strides.end());
  const int64_t nout = shape_size(osh), ninner = shape_size(ish);
  if (nout == 0 || reduce_on_host(o, op, in, nred, out)) return;
  collapse_dims(osh, {&ost});
  collapse_dims(ish, {&ist});
  if (osh.size() > kKernelDims || ish.size() > kKernelDims) {
    reduce(q, op, copy_array(in, in.dtype, UsmType::Device), nred, out);
    return;
  }
  const size_t group = tree_group(o);
  const bool runs = o.ctx().info.type == DeviceType::CPU;
  const std::string key = std::string("reduce:") + name + ":" + name_of(in.dtype) + ":" +
                          std::to_string(group) + (runs ? ":runs" : "");
  ProgramPtr p =
      generated_program(o, key, [&] { return gen::reduce_program(op, in.dtype, group, runs); });
  const Dims8 od = dims8(osh, ost), id = dims8(ish, ist);
  const bool arg = op == ReduceOp::ArgMax || op == ReduceOp::ArgMin;
  auto views = [&](KernelCall& k) {
    k.val<cl_long>(nout).val<cl_long>(ninner);
    add_dims(k, od);
    add_dims(k, id);
    k.mem(mem_of(in)).val<cl_long>(in.offset);
  };
  if (runs && gen::reduce_has_cpu_kernels(op)) {
    reduce_cpu(o, p, name, op, in, out, osh, ost, nout, ninner, views);
    return;
  }
  if (ninner <= kSeqLimit || p->kernel("reduce_group").max_work_group < group) {
    KernelCall k(o, p, "reduce_seq", name);
    views(k);
    k.mem(mem_of(out)).val<cl_long>(out.offset);
    k.run(static_cast<size_t>(nout));
    return;
  }
  // Enough groups to fill the device: split rows into chunks when outputs are few.
  const int64_t want = 4 * static_cast<int64_t>(o.ctx().info.max_compute_units);
  int64_t nchunk = 1;
  if (nout < want)
    nchunk = std::max<int64_t>(
        1, std::min<int64_t>((want + nout - 1) / nout, (ninner + 8 * group - 1) / (8 * group)));
  const int64_t chunk = (ninner + nchunk - 1) / nchunk;
  Array pv, pi;
  if (nchunk > 1) {
    pv = temp_array(q, {nout * nchunk}, acc_dtype(op, in.dtype));
    if (arg) pi = temp_array(q, {nout * nchunk}, DType::Int64);
  }
  {
    KernelCall k(o, p, "reduce_group", name);
    k.val<cl_long>(nchunk).val<cl_long>(chunk);
    views(k);
    k.mem(mem_of(out)).val<cl_long>(out.offset);
    k.mem(nchunk > 1 ? mem_of(pv) : nullptr);
    if (arg) k.mem(nchunk > 1 ? mem_of(pi) : nullptr);
    k.run(static_cast<size_t>(nout * nchunk) * group, group);
  }
  if (nchunk > 1) {
    KernelCall k(o, p, "reduce_partials", name);
    k.val<cl_long>(nchunk).mem(mem_of(pv));
    if (arg) k.mem(mem_of(pi));
    k.mem(mem_of(out)).val<cl_long>(out.offset);
    k.run(static_cast<size_t>(nout) * group, group);
  }
}

void OclExecutor::scan(const Queue& q, ReduceOp op, const Array& in, const Array& out) {
  OclQueue& o = oq(q);
  if (op != ReduceOp::Sum && op != ReduceOp::Prod)
    throw std::invalid_argument(std::string("[scan] no scan for ") + to_string(op));
  const char* name = op == ReduceOp::Sum ? "cumulative_sum" : "cumulative_prod";
  require_dtype(o, in.dtype, name);
  if (out.size() == 0) return;
  const int nd = in.ndim();
  const int64_t n = nd ? in.shape.back() : 1;
  const int64_t rows = out.size() / n;
  Shape osh(in.shape.begin(), in.shape.end() - (nd ? 1 : 0));
  Strides ost(in.strides.begin(), in.strides.end() - (nd ? 1 : 0));
  const cl_long ist = nd ? in.strides.back() : 0;
  collapse_dims(osh, {&ost});
  if (osh.size() > kKernelDims) {
    scan(q, op, copy_array(in, in.dtype, UsmType::Device), out);
    return;
  }
  const size_t group = tree_group(o);
  const std::string key =
      std::string("scan:") + to_string(op) + ":" + name_of(in.dtype) + ":" + std::to_string(group);
  ProgramPtr p = generated_program(o, key, [&] { return gen::scan_program(in.dtype, group, op); });
  const Dims8 od = dims8(osh, ost);
  auto view = [&](KernelCall& k) {
    k.val<cl_long>(rows).val<cl_long>(n);
    add_dims(k, od);
    k.val<cl_long>(ist).mem(mem_of(in)).val<cl_long>(in.offset);
  };
  if (n <= kSeqLimit || p->kernel("scan_chunks").max_work_group < group) {
    KernelCall k(o, p, "scan_seq", name);
    view(k);
    k.mem(mem_of(out)).val<cl_long>(out.offset);
    k.run(static_cast<size_t>(rows));
    return;
  }
  const int64_t chunk = static_cast<int64_t>(group) * kScanItems;
  const int64_t nchunk = (n + chunk - 1) / chunk;
  Array incl;
  if (nchunk > 1) {
    // Chunk totals, then their inclusive scan per row (recursively), as carry-ins.
    const DType acc = scan_acc_dtype(in.dtype);
    Array tot = temp_array(q, {rows, nchunk}, acc);
    {
      KernelCall k(o, p, "scan_totals", name);
      k.val<cl_long>(nchunk).val<cl_long>(chunk);
      view(k);
      k.mem(mem_of(tot));
      k.run(static_cast<size_t>(rows * nchunk) * group, group);
    }
    incl = temp_array(q, {rows, nchunk}, acc);
    scan(q, op, tot, incl);
  }
  KernelCall k(o, p, "scan_chunks", name);
  k.val<cl_long>(nchunk).val<cl_long>(chunk);
  view(k);
  k.mem(mem_of(out)).val<cl_long>(out.offset).mem(nchunk > 1 ? mem_of(incl) : nullptr);
  k.run(static_cast<size_t>(rows * nchunk) * group, group);
}

}  // namespace dp::ocl
