#include "dparray/ops/sets.h"

#include <string>

#include "dparray/ops/executor.h"
#include "dparray/ops/indexing.h"
#include "dparray/ops/manipulation.h"
#include "dparray/ops/reduction.h"
#include "dparray/ops/sorting.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {
namespace {

// a[start:stop] of a 1-D array, as a view.
Array slice1(const Array& a, int64_t start, int64_t stop) {
  Array v = a;
  v.shape = {stop - start};
  v.offset += start * a.strides[0];
  return v;
}

Array binary(OpId op, const Array& a, const Array& b) {
  return apply(op, {Operand::of(a), Operand::of(b)});
}

}  // namespace

UniqueResult unique(const Array& x, bool want_index, bool want_inverse, bool want_counts,
                    bool equal_nan) {
  const char* op = "unique";
  UniqueResult r;
  const int64_t n = x.size();
  Array f = ravel(x);
  if (n == 0) {
    r.values = empty({0}, x.dtype, x.queue, x.usm_type(), op);
    r.indices = empty({0}, DType::Int64, x.queue, x.usm_type(), op);
    r.counts = empty({0}, DType::Int64, x.queue, x.usm_type(), op);
    r.inverse = empty(x.shape, DType::Int64, x.queue, x.usm_type(), op);
    return r;
  }
  Array perm, s;
  if (want_index || want_inverse) {
    perm = argsort(f, 0);
    s = take(f, perm, 0);
  } else {
    s = sort(f, 0);
  }
  // mask[i]: s[i] starts a new value (NaN != NaN: every NaN starts one, unless equal_nan).
  Array mask = empty({n}, DType::Bool, x.queue, x.usm_type(), op);
  assign_scalar(slice1(mask, 0, 1), Scalar::from_bool(true));
  if (n > 1) {
    Array hi = slice1(s, 1, n), lo = slice1(s, 0, n - 1);
    Array ne = binary(OpId::not_equal, hi, lo);
    if (equal_nan && is_inexact(x.dtype)) {
      Array both = binary(OpId::logical_and, apply(OpId::isnan, {Operand::of(hi)}),
                          apply(OpId::isnan, {Operand::of(lo)}));
      ne = binary(OpId::logical_and, ne, apply(OpId::logical_not, {Operand::of(both)}));
    }
    assign(slice1(mask, 1, n), ne, op);
  }
  Array starts = nonzero(mask)[0];  // the one sync point: the number of unique values
  const int64_t k = starts.shape[0];
  r.values = take(s, starts, 0);
  if (want_index) r.indices = take(perm, starts, 0);
  if (want_counts) {
    Array ends = empty({k}, DType::Int64, x.queue, x.usm_type(), op);
    if (k > 1) assign(slice1(ends, 0, k - 1), slice1(starts, 1, k), op);
    assign_scalar(slice1(ends, k - 1, k), Scalar::from_int(n));
    r.counts = binary(OpId::subtract, ends, starts);
  }
  if (want_inverse) {
    // The i-th sorted element belongs to value cumsum(mask)[i] - 1; scatter it back by perm.
    Array pos = apply(OpId::subtract, {Operand::of(cumulative_sum(mask, 0, DType::Int64)),
                                       Operand::of(Scalar::from_int(1))});
    Array inv = empty({n}, DType::Int64, x.queue, x.usm_type(), op);
    x.device()->backend().ops().put(x.queue, inv, 0, {perm}, pos);
    Array shaped = inv;
    shaped.shape = x.shape;
    shaped.strides = c_strides(x.shape);
    r.inverse = shaped;
  }
  return r;
}

Array isin(const Operand& x1, const Operand& x2, bool invert) {
  const char* op = "isin";
  if (!x1.array && !x2.array) throw TypeError("[isin] at least one of x1 and x2 must be an array");
  const Array& any_arr = x1.array ? *x1.array : *x2.array;
  if (x1.array && x2.array) common_queue({x1.array, x2.array}, op);
  const DType t = resolve_loop(OpId::equal, {x1, x2}, any_arr.device());
  auto as_array = [&](const Operand& o) {
    return o.array ? astype(*o.array, t, false)
                   : full({}, t, o.scalar, any_arr.queue, any_arr.usm_type(), op);
  };
  Array v = as_array(x1), hay = as_array(x2);
  const int64_t m = hay.size();
  if (m == 0 || v.size() == 0)
    return full(v.shape, DType::Bool, Scalar::from_bool(invert), v.queue, v.usm_type(), op);
  Array a = sort(hay, std::nullopt);
  // The candidate at each insertion point is the only one that can equal the value.
  Array pos = searchsorted(a, Operand::of(v), false);
  pos = apply(OpId::minimum, {Operand::of(pos), Operand::of(Scalar::from_int(m - 1))});
  Array found = binary(OpId::equal, take(a, pos, 0), v);
  return invert ? apply(OpId::logical_not, {Operand::of(found)}) : found;
}

}  // namespace dp
