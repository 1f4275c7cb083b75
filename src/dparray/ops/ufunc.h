// NumPy's ufunc methods over the elementwise catalogue: identities, reduce, accumulate,
// reduceat, outer and at, and the reductions' initial= / where=. Reductions map to the
// executor's reduce / scan primitives where one exists (add -> sum, maximum -> max, ...);
// other binary ops fold along the axis with elementwise calls. Results live on x's queue.
#pragma once
#include <optional>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/ops/reduction.h"

namespace dp {

// NumPy's identity of op (add 0, multiply 1, logical_and True, bitwise_and -1, ...).
std::optional<Scalar> ufunc_identity(OpId op);
// Whether reduce may regroup and reorder op (NumPy: an identity, or maximum / minimum);
// only such ops reduce over several axes at once.
bool ufunc_reorderable(OpId op);

struct ReduceOptions {
  Axes axis;  // nullopt: every axis
  std::optional<DType> dtype;
  bool keepdims = false;
  std::optional<Scalar> initial;
  const Array* where = nullptr;  // bool mask broadcasting to x; null: every element
};

Array ufunc_reduce(OpId op, const Array& x, const ReduceOptions& o);
Array ufunc_accumulate(OpId op, const Array& x, int64_t axis, std::optional<DType> dtype);
Array ufunc_reduceat(OpId op, const Array& x, const std::vector<int64_t>& indices, int64_t axis,
                     std::optional<DType> dtype);
// op(a[i..., None...], b[j...]): a result of shape a.shape + b.shape.
Array ufunc_outer(OpId op, const Operand& a, const Operand& b);
// a viewed with `nb` trailing broadcast axes (outer's first operand); ValueError past kMaxDims.
Array outer_view(OpId op, const Array& a, int nb);
// Unbuffered a[indices] = op(a[indices], b) (b null for a one-input op); `indices` are 1-D
// int64 arrays of one length indexing a's leading axes. Waits, so a bad index raises here.
void ufunc_at(OpId op, const Array& a, const std::vector<Array>& indices, const Operand* b);

// sum / prod / max / min / any / all with NumPy's initial= and where= (ReduceOp Sum .. All).
Array reduce_with(ReduceOp op, const Array& x, const ReduceOptions& o);
// mean with where=: the masked sum over the count of selected elements.
Array mean_where(const Array& x, const Axes& axis, std::optional<DType> dtype, bool keepdims,
                 const Array& where);

}  // namespace dp
