#include "dparray/ops/manipulation.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

std::string prefix(const char* op) { return std::string("[") + op + "] "; }

std::vector<int> normalize_axes(const std::vector<int64_t>& axes, int ndim, const char* op,
                                bool unique) {
  std::vector<int> r;
  std::vector<bool> seen(ndim, false);
  for (int64_t a : axes) {
    int ax = normalize_axis(a, ndim, op);
    if (unique && seen[ax])
      throw std::invalid_argument(prefix(op) + "repeated axis " + std::to_string(a));
    seen[ax] = true;
    r.push_back(ax);
  }
  return r;
}

std::vector<int> reversed_axes(int ndim) {
  std::vector<int> p(ndim);
  for (int i = 0; i < ndim; ++i) p[i] = ndim - 1 - i;
  return p;
}

Array contiguous_copy(const Array& x, const Shape& shape) {
  Array c = copy_array(x, x.dtype, x.usm_type());
  c.shape = shape;
  c.strides = c_strides(shape);
  return c;
}

// Elements [start, stop) of axis `ax` (a view).
Array slice_axis(const Array& a, int ax, int64_t start, int64_t stop) {
  Array r = a;
  r.shape[ax] = stop - start;
  if (stop > start) r.offset += start * a.strides[ax];
  return r;
}

void copy_into(const Array& src, const Array& dst) {
  if (dst.size() > 0) dst.device()->backend().ops().copy(dst.queue, src, dst);
}

}  // namespace

Shape infer_shape(const Shape& from, const Shape& shape, const char* op) {
  check_ndim(shape.size(), op);
  const int64_t size = shape_size(from, op);
  int unknown = -1;
  bool has_zero = false, overflow = false;
  int64_t known = 1;  // product of the given non-zero dims (overflow: cannot match size)
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (unknown >= 0)
        throw std::invalid_argument(prefix(op) + "can only specify one unknown dimension, got " +
                                    shape_str(shape));
      unknown = static_cast<int>(i);
    } else if (shape[i] < 0) {
      throw std::invalid_argument(prefix(op) + "negative dimension " + std::to_string(shape[i]) +
                                  " in shape " + shape_str(shape));
    } else if (shape[i] == 0) {
      has_zero = true;
    } else if (!checked_mul(known, shape[i], &known)) {
      overflow = true;
    }
  }
  if (has_zero) known = 0;
  Shape r = shape;
  bool ok = !overflow || has_zero;
  if (ok && unknown >= 0) {
    ok = known != 0 && size % known == 0;
    if (ok) r[unknown] = size / known;
  } else if (ok) {
    ok = known == size;
  }
  if (!ok)
    throw std::invalid_argument(prefix(op) + "cannot reshape array of shape " + shape_str(from) +
                                " (size " + std::to_string(size) + ") into shape " +
                                shape_str(shape));
  return r;
}

Array reshape(const Array& x, const Shape& shape, std::optional<bool> copy, Order order) {
  Shape s = infer_shape(x.shape, shape, "reshape");
  check_shape(s, x.itemsize(), "reshape");  // e.g. (0, 2**62, 2**62) of a size-0 array
  if (order == Order::F) {
    // Column-major reshape = reversed axes, C reshape to the reversed shape, reversed back.
    Shape rs(s.rbegin(), s.rend());
    Array r = reshape(permute_view(x, reversed_axes(x.ndim())), rs, copy, Order::C);
    return permute_view(r, reversed_axes(r.ndim()));
  }
  if (copy && *copy) return contiguous_copy(x, s);
  bool ok = false;
  Array r = reshape_view(x, s, &ok);
  if (ok) return r;
  if (copy && !*copy)
    throw std::invalid_argument("[reshape] cannot reshape array of shape " + shape_str(x.shape) +
                                " into shape " + shape_str(s) + " without a copy (copy=False)");
  return contiguous_copy(x, s);
}

Array permute_dims(const Array& x, const std::vector<int64_t>& axes) {
  if (static_cast<int>(axes.size()) != x.ndim())
    throw std::invalid_argument("[permute_dims] axes " + shape_str(axes) +
                                " do not match an array of dimension " + std::to_string(x.ndim()));
  return permute_view(x, normalize_axes(axes, x.ndim(), "permute_dims", true));
}

Array transpose(const Array& x) { return permute_view(x, reversed_axes(x.ndim())); }

Array swapaxes(const Array& x, int64_t axis1, int64_t axis2) {
  int a = normalize_axis(axis1, x.ndim(), "swapaxes");
  int b = normalize_axis(axis2, x.ndim(), "swapaxes");
  std::vector<int> p(x.ndim());
  for (int i = 0; i < x.ndim(); ++i) p[i] = i;
  std::swap(p[a], p[b]);
  return permute_view(x, p);
}

Array moveaxis(const Array& x, const std::vector<int64_t>& source,
               const std::vector<int64_t>& destination) {
  const char* op = "moveaxis";
  if (source.size() != destination.size())
    throw std::invalid_argument(prefix(op) + "source " + shape_str(source) + " and destination " +
                                shape_str(destination) + " must have the same number of elements");
  std::vector<int> src = normalize_axes(source, x.ndim(), op, true);
  std::vector<int> dst = normalize_axes(destination, x.ndim(), op, true);
  std::vector<int> order;
  for (int i = 0; i < x.ndim(); ++i)
    if (std::find(src.begin(), src.end(), i) == src.end()) order.push_back(i);
  std::vector<std::pair<int, int>> moves;
  for (size_t k = 0; k < src.size(); ++k) moves.push_back({dst[k], src[k]});
  std::sort(moves.begin(), moves.end());
  for (auto [d, s] : moves) order.insert(order.begin() + d, s);
  return permute_view(x, order);
}

Array squeeze(const Array& x, const std::optional<std::vector<int64_t>>& axes) {
  std::vector<bool> drop(x.ndim(), false);
  if (axes) {
    for (int a : normalize_axes(*axes, x.ndim(), "squeeze", true)) {
      if (x.shape[a] != 1)
        throw std::invalid_argument(
            "[squeeze] cannot select an axis to squeeze out which has "
            "size not equal to one: axis " +
            std::to_string(a) + " has size " + std::to_string(x.shape[a]));
      drop[a] = true;
    }
  } else {
    for (int a = 0; a < x.ndim(); ++a) drop[a] = x.shape[a] == 1;
  }
  Array r = x;
  r.shape.clear();
  r.strides.clear();
  for (int a = 0; a < x.ndim(); ++a)
    if (!drop[a]) {
      r.shape.push_back(x.shape[a]);
      r.strides.push_back(x.strides[a]);
    }
  return r;
}

Array expand_dims(const Array& x, const std::vector<int64_t>& axes) {
  check_ndim(x.shape.size() + axes.size(), "expand_dims");
  const int nd = x.ndim() + static_cast<int>(axes.size());
  std::vector<int> ax = normalize_axes(axes, nd, "expand_dims", true);
  std::vector<bool> is_new(nd, false);
  for (int a : ax) is_new[a] = true;
  Array r = x;
  r.shape.clear();
  r.strides.clear();
  int k = 0;
  for (int a = 0; a < nd; ++a) {
    if (is_new[a]) {
      r.shape.push_back(1);
      r.strides.push_back(0);
    } else {
      r.shape.push_back(x.shape[k]);
      r.strides.push_back(x.strides[k]);
      ++k;
    }
  }
  return r;
}

Array broadcast_to(const Array& x, const Shape& shape) {
  return broadcast_view(x, shape, "broadcast_to");  // checks the shape first
}

std::vector<Array> broadcast_arrays(const std::vector<Array>& arrays) {
  std::vector<const Shape*> shapes;
  for (const Array& a : arrays) shapes.push_back(&a.shape);
  Shape s = broadcast_shapes(shapes, "broadcast_arrays");
  std::vector<Array> r;
  for (const Array& a : arrays) r.push_back(broadcast_view(a, s, "broadcast_arrays"));
  return r;
}

Array concat(const std::vector<Array>& arrays, std::optional<int64_t> axis,
             std::optional<DType> dtype) {
  const char* op = "concat";
  if (arrays.empty())
    throw std::invalid_argument("[concat] need at least one array to concatenate");
  for (const Array& a : arrays) common_queue({&arrays[0], &a}, op);
  std::vector<Array> in = arrays;
  if (!axis)
    for (Array& a : in) a = ravel(a);
  const int nd = in[0].ndim();
  if (nd == 0)
    throw std::invalid_argument("[concat] zero-dimensional arrays cannot be concatenated");
  const int ax = normalize_axis(axis ? *axis : 0, nd, op);
  Shape shape = in[0].shape;
  shape[ax] = 0;
  DType t = in[0].dtype;
  UsmType usm = in[0].usm_type();
  for (size_t i = 0; i < in.size(); ++i) {
    const Array& a = in[i];
    if (a.ndim() != nd)
      throw std::invalid_argument(
          "[concat] all the input arrays must have the same number of dimensions, but the array "
          "at index 0 has " +
          std::to_string(nd) + " dimension(s) and the array at index " + std::to_string(i) +
          " has " + std::to_string(a.ndim()) + " dimension(s)");
    for (int d = 0; d < nd; ++d)
      if (d != ax && a.shape[d] != in[0].shape[d])
        throw std::invalid_argument(
            "[concat] all the input array dimensions except for the concatenation axis must "
            "match exactly, but along dimension " +
            std::to_string(d) + ", the array at index 0 has size " +
            std::to_string(in[0].shape[d]) + " and the array at index " + std::to_string(i) +
            " has size " + std::to_string(a.shape[d]));
    shape[ax] = add_or_throw(shape[ax], a.shape[ax], op);
    t = promote_types(t, a.dtype);
    usm = combine_usm(usm, a.usm_type());
  }
  if (dtype) t = *dtype;
  Array out = empty(shape, t, in[0].queue, usm, op);
  int64_t pos = 0;
  for (const Array& a : in) {
    copy_into(a, slice_axis(out, ax, pos, pos + a.shape[ax]));
    pos += a.shape[ax];
  }
  return out;
}

Array stack(const std::vector<Array>& arrays, int64_t axis) {
  if (arrays.empty()) throw std::invalid_argument("[stack] need at least one array to stack");
  for (size_t i = 1; i < arrays.size(); ++i)
    if (arrays[i].shape != arrays[0].shape)
      throw std::invalid_argument(
          "[stack] all input arrays must have the same shape, but the "
          "array at index 0 has shape " +
          shape_str(arrays[0].shape) + " and the array at index " + std::to_string(i) +
          " has shape " + shape_str(arrays[i].shape));
  if (arrays[0].ndim() >= kMaxDims)  // NumPy's stack indexes with None here: an IndexError
    throw IndexError("[stack] number of dimensions must be within [0, " + std::to_string(kMaxDims) +
                     "], the result would have " + std::to_string(arrays[0].ndim() + 1));
  const int ax = normalize_axis(axis, arrays[0].ndim() + 1, "stack");
  std::vector<Array> ex;
  for (const Array& a : arrays) ex.push_back(expand_dims(a, {ax}));
  return concat(ex, ax);
}

Array ravel(const Array& x, Order order) { return reshape(x, {x.size()}, std::nullopt, order); }

Array flatten(const Array& x, Order order) { return reshape(x, {x.size()}, true, order); }

Array flip(const Array& x, const std::optional<std::vector<int64_t>>& axes) {
  std::vector<int> ax;
  if (axes) {
    ax = normalize_axes(*axes, x.ndim(), "flip", true);
  } else {
    for (int a = 0; a < x.ndim(); ++a) ax.push_back(a);
  }
  Array r = x;
  for (int a : ax) {
    if (x.shape[a] > 0) r.offset += (x.shape[a] - 1) * x.strides[a];
    r.strides[a] = -x.strides[a];
  }
  return r;
}

Array roll(const Array& x, const std::vector<int64_t>& shifts,
           const std::optional<std::vector<int64_t>>& axes) {
  const char* op = "roll";
  if (!axes) {
    // Shifts add up modulo the length (their plain sum may overflow int64).
    const int64_t n = std::max<int64_t>(x.size(), 1);
    int64_t total = 0;
    for (int64_t s : shifts) total = (total + s % n) % n;
    Array flat = ravel(x);
    return reshape(roll(flat, {total}, std::vector<int64_t>{0}), x.shape);
  }
  const size_t n = std::max(shifts.size(), axes->size());
  if ((shifts.size() != n && shifts.size() != 1) || (axes->size() != n && axes->size() != 1))
    throw std::invalid_argument(prefix(op) + "shift " + shape_str(shifts) + " and axis " +
                                shape_str(*axes) + " cannot be broadcast together");
  std::vector<int64_t> by_axis(x.ndim(), 0);
  for (size_t k = 0; k < n; ++k) {
    int a = normalize_axis((*axes)[axes->size() == 1 ? 0 : k], x.ndim(), op);
    const int64_t len = std::max<int64_t>(x.shape[a], 1);
    by_axis[a] = (by_axis[a] + shifts[shifts.size() == 1 ? 0 : k] % len) % len;
  }
  Array cur = x;
  bool copied = false;
  for (int a = 0; a < x.ndim(); ++a) {
    const int64_t len = x.shape[a];
    if (len == 0) continue;
    const int64_t s = ((by_axis[a] % len) + len) % len;
    if (s == 0) continue;
    Array out = empty(x.shape, x.dtype, x.queue, x.usm_type());
    copy_into(slice_axis(cur, a, 0, len - s), slice_axis(out, a, s, len));
    copy_into(slice_axis(cur, a, len - s, len), slice_axis(out, a, 0, s));
    cur = out;
    copied = true;
  }
  return copied ? cur : copy_array(x, x.dtype, x.usm_type());
}

Array atleast_nd(const Array& x, int n) {
  if (x.ndim() >= n) return x;
  if (n == 3 && x.ndim() == 1) return expand_dims(x, {0, 2});
  if (n == 3 && x.ndim() == 2) return expand_dims(x, {2});
  std::vector<int64_t> lead;
  for (int i = 0; i < n - x.ndim(); ++i) lead.push_back(i);
  return expand_dims(x, lead);
}

}  // namespace dp
