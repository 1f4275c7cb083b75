// repeat and tile: copies through views with zero strides (one count), or a gather with
// indices built from the counts (per-element counts).
#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/ops/indexing.h"
#include "dparray/ops/manipulation.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {
namespace {

std::string prefix(const char* op) { return std::string("[") + op + "] "; }

// The flattened x (C order): a view when possible.
Array flat(const Array& x) { return ravel(x); }

void check_count(int64_t r, const char* op) {
  if (r < 0)
    throw std::invalid_argument(prefix(op) + "negative dimensions are not allowed, got " +
                                std::to_string(r));
}

// A C-contiguous copy of the view v (whose shape may hold zero strides), given `shape`.
Array materialise(const Array& v, const Shape& shape, const char* op) {
  Array out = empty(v.shape, v.dtype, v.queue, v.usm_type(), op);
  if (out.size() > 0) v.device()->backend().ops().copy(v.queue, v, out);
  out.shape = shape;
  out.strides = c_strides(shape);
  return out;
}

}  // namespace

Array repeat(const Array& x0, int64_t repeats, std::optional<int64_t> axis) {
  const char* op = "repeat";
  check_count(repeats, op);
  const Array x = axis ? x0 : flat(x0);
  const int ax = normalize_axis(axis ? *axis : 0, x.ndim(), op);
  // x viewed as (..., n, repeats, ...) with a zero stride, then copied.
  Array v = x;
  v.shape.insert(v.shape.begin() + ax + 1, repeats);
  v.strides.insert(v.strides.begin() + ax + 1, 0);
  check_ndim(v.shape.size(), op);
  Shape out = x.shape;
  out[ax] = mul_or_throw(x.shape[ax], repeats, op);
  check_shape(out, x.itemsize(), op);
  return materialise(v, out, op);
}

Array repeat(const Array& x0, const Array& repeats, std::optional<int64_t> axis) {
  const char* op = "repeat";
  common_queue({&x0, &repeats}, op);
  if (!is_integral(repeats.dtype))
    throw TypeError(prefix(op) + "repeats must be an integer array, not " + name_of(repeats.dtype));
  if (repeats.ndim() > 1)
    throw std::invalid_argument(prefix(op) + "repeats must be 0-d or 1-d, not " +
                                std::to_string(repeats.ndim()) + "-d");
  const Array x = axis ? x0 : flat(x0);
  const int ax = normalize_axis(axis ? *axis : 0, x.ndim(), op);
  const int64_t n = x.shape[ax];
  std::vector<int64_t> counts(static_cast<size_t>(repeats.size()));
  // The counts decide the result's shape: they are read (a synchronisation point).
  to_host(astype(repeats, DType::Int64, false), counts.data());
  if (counts.size() == 1) return repeat(x0, counts[0], axis);
  if (static_cast<int64_t>(counts.size()) != n)
    throw std::invalid_argument(
        prefix(op) + "operands could not be broadcast together with shape " +
        shape_str({static_cast<int64_t>(counts.size())}) + " (" + std::to_string(n) + ",)");
  int64_t total = 0;
  for (int64_t c : counts) {
    if (c < 0)
      throw std::invalid_argument(prefix(op) + "repeats may not contain negative values, got " +
                                  std::to_string(c));
    total = add_or_throw(total, c, op);
  }
  Shape out = x.shape;
  out[ax] = total;
  check_shape(out, x.itemsize(), op);
  std::vector<int64_t> idx;
  idx.reserve(static_cast<size_t>(total));
  for (int64_t i = 0; i < n; ++i) idx.insert(idx.end(), static_cast<size_t>(counts[i]), i);
  Array ix = from_host(idx.data(), {total}, DType::Int64, x.queue, x.usm_type());
  return take(x, ix, ax);
}

Array tile(const Array& x, const std::vector<int64_t>& reps) {
  const char* op = "tile";
  for (int64_t r : reps) check_count(r, op);
  const size_t d = std::max(reps.size(), static_cast<size_t>(x.ndim()));
  check_ndim(d, op);
  Shape xs(d - x.ndim(), 1), rs(d - reps.size(), 1);
  Strides xst(d - x.ndim(), 0);
  xs.insert(xs.end(), x.shape.begin(), x.shape.end());
  xst.insert(xst.end(), x.strides.begin(), x.strides.end());
  rs.insert(rs.end(), reps.begin(), reps.end());
  Shape out(d);
  for (size_t i = 0; i < d; ++i) out[i] = mul_or_throw(xs[i], rs[i], op);
  check_shape(out, x.itemsize(), op);
  // x viewed as (r0, s0, r1, s1, ...) with zero strides on the r axes (those > 1).
  Array v = x;
  v.shape.clear();
  v.strides.clear();
  for (size_t i = 0; i < d; ++i) {
    if (rs[i] != 1) {
      v.shape.push_back(rs[i]);
      v.strides.push_back(0);
    }
    v.shape.push_back(xs[i]);
    v.strides.push_back(xst[i]);
  }
  if (v.shape.size() <= static_cast<size_t>(kMaxDims)) return materialise(v, out, op);
  // Too many dimensions for one view: tile one axis at a time with a gather.
  Array cur = materialise(Array{x.buf, xs, xst, x.offset, x.dtype, x.queue}, xs, op);
  for (size_t i = 0; i < d; ++i) {
    if (rs[i] == 1) continue;
    std::vector<int64_t> idx(static_cast<size_t>(out[i]));
    for (int64_t j = 0; j < out[i]; ++j) idx[j] = j % xs[i];
    Array ix = from_host(idx.data(), {out[i]}, DType::Int64, x.queue, x.usm_type());
    cur = take(cur, ix, static_cast<int64_t>(i));
  }
  return cur;
}

}  // namespace dp
