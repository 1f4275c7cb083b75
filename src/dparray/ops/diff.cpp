// numpy.diff / the Array API's diff: repeated differences of neighbours along one axis.
#include <algorithm>
#include <stdexcept>
#include <string>

#include "dparray/ops/elementwise.h"
#include "dparray/ops/manipulation.h"

namespace dp {
namespace {

// Elements [start, start + len) of axis ax (a view).
Array part(const Array& a, int ax, int64_t start, int64_t len) {
  Array r = a;
  r.shape[ax] = len;
  if (len > 0) r.offset += start * a.strides[ax];
  return r;
}

// A 0-d prepend / append value becomes length 1 along ax (x's other axes).
Array edge(const Array& e, const Array& x, int ax, const char* op) {
  if (e.ndim() > 0) return e;
  Shape s = x.shape;
  s[ax] = 1;
  return broadcast_view(e, s, op);
}

}  // namespace

Array diff(const Array& x, int64_t n, int64_t axis, const std::optional<Array>& prepend,
           const std::optional<Array>& append) {
  const char* op = "diff";
  if (n < 0)
    throw std::invalid_argument("[diff] order must be non-negative but got " + std::to_string(n));
  if (x.ndim() == 0)
    throw std::invalid_argument("[diff] diff requires input that is at least one dimensional");
  const int ax = normalize_axis(axis, x.ndim(), op);
  if (n == 0) return x;
  Array cur = x;
  if (prepend || append) {
    std::vector<Array> parts;
    if (prepend) parts.push_back(edge(*prepend, x, ax, op));
    parts.push_back(x);
    if (append) parts.push_back(edge(*append, x, ax, op));
    cur = concat(parts, ax);
  }
  const OpId sub = cur.dtype == DType::Bool ? OpId::not_equal : OpId::subtract;
  for (int64_t i = 0; i < n; ++i) {
    const int64_t len = cur.shape[ax];
    if (len == 0) break;  // further differences stay empty
    cur = apply(sub,
                {Operand::of(part(cur, ax, 1, len - 1)), Operand::of(part(cur, ax, 0, len - 1))});
  }
  if (cur.buf == x.buf) cur = copy_array(cur, cur.dtype, cur.usm_type());  // never a view of x
  return cur;
}

}  // namespace dp
