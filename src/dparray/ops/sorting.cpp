#include "dparray/ops/sorting.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/ops/indexing.h"
#include "dparray/ops/manipulation.h"
#include "dparray/ops/reduction.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {
namespace {

std::string msg(const char* op, const std::string& what) {
  return std::string("[") + op + "] " + what;
}

OpExecutor& executor(const Array& x) { return x.device()->backend().ops(); }

// x viewed with axis `ax` moved last.
Array axis_last(const Array& x, int ax) {
  if (ax == x.ndim() - 1) return x;
  std::vector<int> perm;
  for (int d = 0; d < x.ndim(); ++d)
    if (d != ax) perm.push_back(d);
  perm.push_back(ax);
  return permute_view(x, perm);
}

// r (axis last) with that axis moved back to `ax`, C-contiguous as NumPy returns it.
Array axis_back(const Array& r, int ax) {
  const int nd = r.ndim();
  if (ax == nd - 1) return r;
  std::vector<int> inv;
  for (int d = 0; d < nd; ++d) inv.push_back(d < ax ? d : d == ax ? nd - 1 : d - 1);
  return ascontiguous(permute_view(r, inv));
}

// A C-contiguous array viewed with another shape of the same size.
Array view_as(const Array& a, const Shape& shape) {
  Array v = a;
  v.shape = shape;
  v.strides = c_strides(shape);
  return v;
}

Array sort_rows(const Array& x, std::optional<int64_t> axis, bool descending, bool arg,
                const char* op) {
  Array src = x;
  int ax = 0;
  if (axis) {
    ax = normalize_axis(*axis, x.ndim(), op);
  } else {
    src = ravel(x);
  }
  check_dtype_supported(x.dtype, x.device(), op);
  Array v = ascontiguous(axis_last(src, ax));
  Array out = empty(v.shape, arg ? DType::Int64 : x.dtype, x.queue, x.usm_type(), op);
  if (out.size() > 0) {
    if (arg)
      executor(x).argsort(x.queue, v, out, descending);
    else
      executor(x).sort(x.queue, v, out, descending);
  }
  return axis_back(out, ax);
}

// Raises IndexError naming op when an index of idx (int64) lies outside [-n, n) (a sync point).
void check_bounds(const Array& idx, int64_t n, int ax, const char* op) {
  if (idx.size() == 0) return;
  Array lo = apply(OpId::less, {Operand::of(idx), Operand::of(Scalar::from_int(-n))});
  Array hi = apply(OpId::greater_equal, {Operand::of(idx), Operand::of(Scalar::from_int(n))});
  Array bad = any(apply(OpId::logical_or, {Operand::of(lo), Operand::of(hi)}));
  uint8_t flag = 0;
  to_host(bad, &flag);
  if (flag)
    throw IndexError(msg(op, "an index is out of bounds for axis " + std::to_string(ax) +
                                 " with size " + std::to_string(n)));
}

}  // namespace

Array sort(const Array& x, std::optional<int64_t> axis, bool descending) {
  return sort_rows(x, axis, descending, false, "sort");
}

Array argsort(const Array& x, std::optional<int64_t> axis, bool descending) {
  return sort_rows(x, axis, descending, true, "argsort");
}

Array searchsorted(const Array& x1, const Operand& x2, bool right, const Array* sorter) {
  const char* op = "searchsorted";
  if (x2.array) common_queue({&x1, x2.array}, op);
  if (x1.ndim() != 1)
    throw std::invalid_argument(
        msg(op, "x1 must be a 1-dimensional array, got ndim " + std::to_string(x1.ndim())));
  Array a = x1;
  const int64_t n = x1.shape[0];
  if (sorter) {
    common_queue({&x1, sorter}, op);
    if (!is_integral(sorter->dtype))
      throw TypeError(
          msg(op, std::string("sorter must be an integer array, not ") + name_of(sorter->dtype)));
    if (sorter->shape != x1.shape)
      throw std::invalid_argument(msg(op, "sorter has shape " + shape_str(sorter->shape) +
                                              ", expected x1's shape " + shape_str(x1.shape)));
    if (n > 0) {
      Array s64 = astype(*sorter, DType::Int64, false);
      Array bad = any(apply(
          OpId::logical_or,
          {Operand::of(apply(OpId::less, {Operand::of(s64), Operand::of(Scalar::from_int(0))})),
           Operand::of(
               apply(OpId::greater_equal, {Operand::of(s64), Operand::of(Scalar::from_int(n))}))}));
      uint8_t flag = 0;
      to_host(bad, &flag);
      if (flag) throw std::invalid_argument(msg(op, "sorter index out of range"));
      a = take(x1, s64, 0);
    }
  }
  const DType t = resolve_loop(OpId::less, {Operand::of(a), x2}, a.device());
  Array v = x2.array ? *x2.array : full({}, t, x2.scalar, a.queue, a.usm_type(), op);
  Array out = empty(v.shape, DType::Int64, a.queue, a.usm_type(), op);
  if (out.size() == 0) return out;
  if (n == 0) {
    assign_scalar(out, Scalar::from_int(0));
    return out;
  }
  Array ac = ascontiguous(astype(a, t, false));
  Array vc = ascontiguous(astype(v, t, false));
  const int64_t m = vc.size();
  executor(a).searchsorted(a.queue, view_as(ac, {1, n}), view_as(vc, {1, m}), right,
                           view_as(out, {1, m}));
  return out;
}

Array take_along_axis(const Array& x, const Array& indices, int64_t axis) {
  const char* op = "take_along_axis";
  common_queue({&x, &indices}, op);
  if (!is_integral(indices.dtype))
    throw TypeError(
        msg(op, std::string("indices must be an integer array, not ") + name_of(indices.dtype)));
  if (indices.ndim() != x.ndim())
    throw std::invalid_argument(msg(op,
                                    "indices and x must have the same number of dimensions, "
                                    "got " +
                                        std::to_string(indices.ndim()) + " and " +
                                        std::to_string(x.ndim())));
  const int ax = normalize_axis(axis, x.ndim(), op);
  const int64_t n = x.shape[ax];
  // Broadcast every axis but `ax`.
  Shape xs = x.shape, is = indices.shape;
  xs[ax] = 1;
  is[ax] = 1;
  Shape common = broadcast_shapes({&xs, &is}, op);
  Shape xb = common, ib = common;
  xb[ax] = n;
  ib[ax] = indices.shape[ax];
  Array idx = astype(broadcast_to(indices, ib), DType::Int64, false);
  Shape rshape = ib;
  if (shape_size(rshape, op) == 0) return empty(rshape, x.dtype, x.queue, x.usm_type(), op);
  check_bounds(idx, n, ax, op);
  idx = apply(OpId::where,
              {Operand::of(apply(OpId::less, {Operand::of(idx), Operand::of(Scalar::from_int(0))})),
               Operand::of(apply(OpId::add, {Operand::of(idx), Operand::of(Scalar::from_int(n))})),
               Operand::of(idx)});
  Array xl = ascontiguous(axis_last(broadcast_to(x, xb), ax));
  Array il = axis_last(idx, ax);
  // Flat index into xl: row * n + index, the row offsets made on the device by iota.
  Shape lead(il.shape.begin(), il.shape.end() - 1);
  const int64_t rows = shape_size(lead, op);
  Array base = empty({rows}, DType::Int64, x.queue, x.usm_type(), op);
  executor(x).iota(x.queue, base, Scalar::from_int(0), Scalar::from_int(n));
  Shape bshape = lead;
  bshape.push_back(1);
  Array flat = apply(OpId::add, {Operand::of(il), Operand::of(view_as(base, bshape))});
  Array r = take(view_as(xl, {xl.size()}), view_as(ascontiguous(flat), {flat.size()}), 0);
  return axis_back(view_as(r, flat.shape), ax);
}

}  // namespace dp
