#include "dparray/array/astype_layout.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"

namespace dp {

MemOrder mem_order_arg(const std::string& order, const char* op) {
  if (order.size() == 1) {
    switch (order[0]) {
      case 'K': return MemOrder::K;
      case 'A': return MemOrder::A;
      case 'C': return MemOrder::C;
      case 'F': return MemOrder::F;
      default: break;
    }
  }
  throw std::invalid_argument(std::string("[") + op +
                              "] order must be one of 'K', 'A', 'C', 'F', got '" + order + "'");
}

namespace {
// Dense strides with the axes laid out from perm[0] (outermost) to perm.back().
Strides dense_strides(const Shape& shape, const std::vector<int>& perm) {
  Strides st(shape.size(), 0);
  int64_t s = 1;
  for (auto it = perm.rbegin(); it != perm.rend(); ++it) {
    st[*it] = s;
    s *= std::max<int64_t>(shape[*it], 1);
  }
  return st;
}
}  // namespace

Strides strides_like(const Array& a, MemOrder order) {
  const int nd = a.ndim();
  std::vector<int> perm(nd);
  std::iota(perm.begin(), perm.end(), 0);
  const bool c = a.is_c_contiguous(), f = a.is_f_contiguous();
  if (order == MemOrder::A) order = (f && !c && nd > 1) ? MemOrder::F : MemOrder::C;
  if (order == MemOrder::K) {
    if (nd <= 1 || c)
      order = MemOrder::C;
    else if (f)
      order = MemOrder::F;
  }
  if (order == MemOrder::F) std::reverse(perm.begin(), perm.end());
  if (order == MemOrder::K)  // as NumPy's PyArray_CreateSortedStridePerm
    std::stable_sort(perm.begin(), perm.end(), [&](int x, int y) {
      return std::llabs(a.strides[x]) > std::llabs(a.strides[y]);
    });
  return dense_strides(a.shape, perm);
}

bool has_layout(const Array& a, MemOrder order) {
  switch (order) {
    case MemOrder::C: return a.is_c_contiguous();
    case MemOrder::F: return a.is_f_contiguous();
    case MemOrder::A: return a.is_c_contiguous() || a.is_f_contiguous();
    default: return true;
  }
}

Array astype(const Array& a, DType dtype, bool copy, MemOrder order) {
  if (!copy && dtype == a.dtype && has_layout(a, order)) return a;
  check_dtype_supported(dtype, a.device(), "astype");
  Array r = empty(a.shape, dtype, a.queue, a.usm_type());
  r.strides = strides_like(a, order);
  if (r.size() > 0) a.device()->backend().ops().copy(a.queue, a, r);
  return r;
}

}  // namespace dp
