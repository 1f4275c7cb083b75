#include "dparray/backend/host/parallel.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <stdexcept>
#include <string>

namespace dp::host {

Operand operand_of(const Array& a, const Shape& shape) {
  Strides st = a.shape == shape ? a.strides : broadcast_strides(a.shape, a.strides, shape);
  return Operand{a.host_data(), std::move(st), a.itemsize()};
}

namespace {
// Runs fn over flat indices [begin, end) of the collapsed loop nest.
void run_range(InnerLoop fn, const std::vector<Operand>& ops, const Shape& shape,
               const std::vector<std::vector<int64_t>>& bstrides, int64_t begin, int64_t end) {
  const int nd = static_cast<int>(shape.size());
  const size_t nops = ops.size();
  char* ptrs[kMaxOperands];
  int64_t inner_strides[kMaxOperands];
  if (nd == 0) {
    for (size_t k = 0; k < nops; ++k) {
      ptrs[k] = ops[k].base;
      inner_strides[k] = 0;
    }
    fn(ptrs, inner_strides, 1);
    return;
  }
  const int64_t inner = shape[nd - 1];
  for (size_t k = 0; k < nops; ++k) inner_strides[k] = bstrides[k][nd - 1];
  // Decompose begin into an index.
  int64_t idx[kMaxDims];
  int64_t rem = begin;
  for (int d = nd - 1; d >= 0; --d) {
    idx[d] = rem % shape[d];
    rem /= shape[d];
  }
  int64_t pos = begin;
  while (pos < end) {
    for (size_t k = 0; k < nops; ++k) {
      int64_t off = 0;
      for (int d = 0; d < nd; ++d) off += idx[d] * bstrides[k][d];
      ptrs[k] = ops[k].base + off;
    }
    int64_t n = std::min(inner - idx[nd - 1], end - pos);
    fn(ptrs, inner_strides, n);
    pos += n;
    idx[nd - 1] += n;
    for (int d = nd - 1; d > 0 && idx[d] >= shape[d]; --d) {
      idx[d] = 0;
      ++idx[d - 1];
    }
  }
}
}  // namespace

void for_each_strided(InnerLoop fn, std::vector<Operand> ops, Shape shape) {
  const int64_t total = shape_size(shape);
  if (total == 0) return;
  std::vector<Strides*> sp;
  for (auto& o : ops) sp.push_back(&o.strides);
  collapse_dims(shape, sp);
  if (shape.size() > static_cast<size_t>(kMaxDims) ||
      ops.size() > static_cast<size_t>(kMaxOperands))
    throw std::invalid_argument("[host] a strided loop supports at most " +
                                std::to_string(kMaxDims) + " dimensions and " +
                                std::to_string(kMaxOperands) + " operands");
  std::vector<std::vector<int64_t>> bstrides(ops.size());
  for (size_t k = 0; k < ops.size(); ++k) {
    bstrides[k].resize(shape.size());
    for (size_t d = 0; d < shape.size(); ++d)
      bstrides[k][d] = ops[k].strides[d] * static_cast<int64_t>(ops[k].itemsize);
  }
  if (total <= kGrain) {
    run_range(fn, ops, shape, bstrides, 0, total);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, total, kGrain),
                    [&](const tbb::blocked_range<int64_t>& r) {
                      run_range(fn, ops, shape, bstrides, r.begin(), r.end());
                    });
}

}  // namespace dp::host
