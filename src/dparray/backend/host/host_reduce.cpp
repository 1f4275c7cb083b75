// HostExecutor::reduce: plans the loop (collapsed outer and reduced dims, the
// reduced ones reordered for locality where the order of elements is free),
// then runs the op's kernel on the queue.
#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/reduce_plan.h"

namespace dp::host {
namespace {

// Elements up to which an idle queue's reduction runs directly on the calling thread.
constexpr int64_t kDirectReduce = 4096;

bool is_arg(ReduceOp op) { return op == ReduceOp::ArgMax || op == ReduceOp::ArgMin; }

ReducePlan make_plan(const Array& in, int nred, const Array& out, bool reorder) {
  ReducePlan p;
  const int k = in.ndim() - nred;
  p.in = in.host_data();
  p.out = out.host_data();
  p.oshape.assign(in.shape.begin(), in.shape.begin() + k);
  p.ostr.assign(in.strides.begin(), in.strides.begin() + k);
  p.rshape.assign(in.shape.begin() + k, in.shape.end());
  p.rstr.assign(in.strides.begin() + k, in.strides.end());
  p.osize = shape_size(p.oshape);
  p.rsize = shape_size(p.rshape);
  // Output element o is flat index o of the kept dims: collapse them together.
  Strides ostr_out = c_strides(p.oshape);
  collapse_dims(p.oshape, {&p.ostr, &ostr_out});
  if (reorder) {
    // Sum, max, any, ... do not depend on element order: walk the reduced dims
    // forwards, smallest stride innermost, so that more of them collapse.
    const int64_t isz = static_cast<int64_t>(in.itemsize());
    for (size_t d = 0; d < p.rshape.size(); ++d)
      if (p.rstr[d] < 0 && p.rshape[d] > 0) {
        p.in += (p.rshape[d] - 1) * p.rstr[d] * isz;
        p.rstr[d] = -p.rstr[d];
      }
    std::vector<size_t> order(p.rshape.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return p.rstr[a] > p.rstr[b]; });
    Shape rs;
    Strides rt;
    for (size_t d : order) {
      rs.push_back(p.rshape[d]);
      rt.push_back(p.rstr[d]);
    }
    p.rshape = std::move(rs);
    p.rstr = std::move(rt);
  }
  collapse_dims(p.rshape, {&p.rstr});
  return p;
}

ReduceKernel kernel_for(ReduceOp op, DType t) {
  switch (op) {
    case ReduceOp::Sum:
    case ReduceOp::Prod: return sum_prod_kernel(op, t);
    case ReduceOp::Any:
    case ReduceOp::All: return logic_kernel(op, t);
    default: return minmax_kernel(op, t);
  }
}

}  // namespace

void reduce_here(ReduceOp op, const Array& in, int nred, const Array& out) {
  kernel_for(op, in.dtype)(make_plan(in, nred, out, !is_arg(op)));
}

void HostExecutor::reduce(const Queue& q, ReduceOp op, const Array& in, int nred,
                          const Array& out) {
  const char* name = to_string(op);
  if (in.ndim() > kMaxDims)
    throw std::invalid_argument(std::string("[") + name + "] arrays of more than " +
                                std::to_string(kMaxDims) + " dimensions are not supported");
  if (nred < 0 || nred > in.ndim() || (is_arg(op) && nred != 1))
    throw std::invalid_argument(std::string("[") + name + "] cannot reduce " +
                                std::to_string(nred) + " axes of an array of dimension " +
                                std::to_string(in.ndim()));
  if (out.size() == 0) return;
  int64_t rsize = 1;
  for (int d = in.ndim() - nred; d < in.ndim(); ++d) rsize *= in.shape[d];
  if (rsize == 0)
    throw std::invalid_argument(std::string("[") + name +
                                "] the host kernel needs a non-empty reduction; the caller "
                                "fills the identity");
  ReduceKernel fn = kernel_for(op, in.dtype);
  const bool reorder = !is_arg(op);
  HostQueue& hq = static_cast<HostQueue&>(*q);
  // A small reduction (serial in reduce_driver.h: below its grain) on an idle queue runs
  // here, now: `float(x.sum())` of a small array needs no thread hop, task or arena.
  if (in.size() <= kDirectReduce &&
      hq.run_now_if_idle(name, [&] { fn(make_plan(in, nred, out, reorder)); }))
    return;
  hq.submit(name, in.size(),
            [in, out, nred, fn, reorder]() { fn(make_plan(in, nred, out, reorder)); });
}

}  // namespace dp::host
