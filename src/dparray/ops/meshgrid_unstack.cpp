// meshgrid (copies of broadcast views) and unstack (views), as NumPy / the Array API.
#include <string>
#include <vector>

#include "dparray/ops/manipulation.h"

namespace dp {

std::vector<Array> unstack(const Array& x, int64_t axis) {
  const char* op = "unstack";
  if (x.ndim() == 0)
    throw std::invalid_argument("[unstack] x must be at least 1-d, got a 0-d array");
  const int ax = normalize_axis(axis, x.ndim(), op);
  std::vector<Array> parts;
  parts.reserve(static_cast<size_t>(x.shape[ax]));
  for (int64_t i = 0; i < x.shape[ax]; ++i) {
    Array v = x;
    v.offset = add_or_throw(v.offset, mul_or_throw(i, x.strides[ax], op), op);
    v.shape.erase(v.shape.begin() + ax);
    v.strides.erase(v.strides.begin() + ax);
    parts.push_back(v);
  }
  return parts;
}

std::vector<Array> meshgrid(const std::vector<Array>& arrays, bool xy) {
  const char* op = "meshgrid";
  for (const Array& a : arrays) common_queue({&arrays[0], &a}, op);
  const size_t nd = arrays.size();
  check_ndim(nd, op);
  // Input i varies along axis i (ij); xy swaps the first two axes.
  auto axis_of = [&](size_t i) { return xy && nd > 1 && i < 2 ? 1 - i : i; };
  Shape shape(nd);
  for (size_t i = 0; i < nd; ++i) shape[axis_of(i)] = arrays[i].size();
  std::vector<Array> out;
  for (size_t i = 0; i < nd; ++i) {
    Array v = ravel(arrays[i]);
    Shape s(nd, 1);
    s[axis_of(i)] = v.shape[0];
    bool ok = false;
    Array r = reshape_view(v, s, &ok);
    Array b = broadcast_view(r, shape, op);
    out.push_back(copy_array(b, b.dtype, b.usm_type()));
  }
  return out;
}

}  // namespace dp
