// tril / triu: where(mask, x, 0) with the (M, N) mask computed on the device from two
// iotas (column - row compared with k), broadcast over the batch axes.
#include <stdexcept>
#include <string>

#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/ops/manipulation.h"
#include "dparray/runtime/backend.h"

namespace dp {
namespace {

Array triangle(const Array& x, int64_t k, bool lower, const char* op) {
  if (x.ndim() == 0)
    throw std::invalid_argument(std::string("[") + op +
                                "] x must have at least one dimension, got a 0-d array");
  const int64_t m = x.ndim() == 1 ? x.shape[0] : x.shape[x.ndim() - 2];
  const int64_t n = x.shape[x.ndim() - 1];
  OpExecutor& ops = x.device()->backend().ops();
  Array rows = empty({m, 1}, DType::Int64, x.queue, x.usm_type(), op);
  Array cols = empty({1, n}, DType::Int64, x.queue, x.usm_type(), op);
  if (m > 0) ops.iota(x.queue, rows, Scalar::from_int(0), Scalar::from_int(1));
  if (n > 0) ops.iota(x.queue, cols, Scalar::from_int(0), Scalar::from_int(1));
  // Element (i, j) is kept when j - i <= k (tril) or j - i >= k (triu).
  Array offset = apply(OpId::subtract, {Operand::of(cols), Operand::of(rows)});
  Array mask = apply(lower ? OpId::less_equal : OpId::greater_equal,
                     {Operand::of(offset), Operand::of(Scalar::from_int(k))});
  Array zero = full({}, x.dtype, Scalar::from_int(0), x.queue, x.usm_type(), op);
  return apply(OpId::where, {Operand::of(mask), Operand::of(x), Operand::of(zero)});
}

}  // namespace

Array tril(const Array& x, int64_t k) { return triangle(x, k, true, "tril"); }
Array triu(const Array& x, int64_t k) { return triangle(x, k, false, "triu"); }

}  // namespace dp
