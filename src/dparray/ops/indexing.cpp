#include "dparray/ops/indexing.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

IndexItem IndexItem::of_int(int64_t v) {
  IndexItem it;
  it.kind = Kind::Int;
  it.i = v;
  return it;
}
IndexItem IndexItem::of_slice(const dp::Slice& s) {
  IndexItem it;
  it.kind = Kind::Slice;
  it.slice = s;
  return it;
}
IndexItem IndexItem::ellipsis() { return IndexItem{}; }
IndexItem IndexItem::newaxis() {
  IndexItem it;
  it.kind = Kind::NewAxis;
  return it;
}
IndexItem IndexItem::of_bool(bool v) {
  IndexItem it;
  it.kind = Kind::Bool;
  it.b = v;
  return it;
}
IndexItem IndexItem::of_array(const dp::Array& a) {
  IndexItem it;
  it.kind = Kind::Array;
  it.array = a;
  return it;
}

namespace {

using K = IndexItem::Kind;

std::string prefix(const char* op) { return std::string("[") + op + "] "; }

// Python's slice.indices(): start, and the length of the selection, for an axis of size n.
void slice_bounds(const Slice& s, int64_t n, int64_t& start, int64_t& len, const char* op) {
  if (s.step == 0) throw std::invalid_argument(prefix(op) + "slice step cannot be zero");
  const int64_t step = std::max<int64_t>(s.step, -INT64_MAX);
  auto clamp = [&](std::optional<int64_t> v, int64_t dflt) {
    if (!v) return dflt;
    int64_t x = *v;
    if (x < 0) {
      x = x < -n ? (step < 0 ? -1 : 0) : x + n;
    } else if (x >= n) {
      x = step < 0 ? n - 1 : n;
    }
    return x;
  };
  start = clamp(s.start, step < 0 ? n - 1 : 0);
  const int64_t stop = clamp(s.stop, step < 0 ? -1 : n);
  if (step > 0)
    len = start < stop ? (stop - start - 1) / step + 1 : 0;
  else
    len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

// An advanced entry after the basic pass: the view axes it indexes.
struct AdvEntry {
  int axis;
  Array arr;  // integer indices, or a bool mask over mask.ndim axes
  bool mask;
};

struct Parsed {
  Array view;  // x after the basic entries (advanced axes kept whole)
  std::vector<AdvEntry> adv;
  bool adjacent = true;  // advanced entries (ints included) are next to each other in the key
};

// NumPy's IndexError for an index whose result would have more than kMaxDims dimensions.
void check_result_ndim(size_t ndim, const char* op) {
  if (ndim > static_cast<size_t>(kMaxDims))
    throw IndexError(prefix(op) + "number of dimensions must be within [0, " +
                     std::to_string(kMaxDims) + "], indexing result would have " +
                     std::to_string(ndim));
}

void push_dim(Array& v, int64_t n, int64_t stride) {
  v.shape.push_back(n);
  v.strides.push_back(stride);
}

Parsed parse(const Array& x, const Index& key, const char* op) {
  const int nd = x.ndim();
  bool has_adv = false;
  int consumed = 0, ellipses = 0;
  for (const IndexItem& it : key) {
    switch (it.kind) {
      case K::Int:
      case K::Slice: ++consumed; break;
      case K::Ellipsis: ++ellipses; break;
      case K::NewAxis: break;
      case K::Bool: has_adv = true; break;
      case K::Array:
        has_adv = true;
        consumed += it.array.dtype == DType::Bool ? it.array.ndim() : 1;
        break;
    }
  }
  if (ellipses > 1)
    throw IndexError(prefix(op) + "an index can only have a single ellipsis ('...')");
  if (consumed > nd)
    throw IndexError(prefix(op) + "too many indices for array: array is " + std::to_string(nd) +
                     "-dimensional, but " + std::to_string(consumed) + " were indexed");

  Parsed p;
  Array& v = p.view;
  v = x;
  v.shape.clear();
  v.strides.clear();
  int in = 0, last_adv = -1;
  for (size_t pos = 0; pos < key.size(); ++pos) {
    const IndexItem& it = key[pos];
    if (has_adv && (it.kind == K::Int || it.kind == K::Bool || it.kind == K::Array)) {
      if (last_adv >= 0 && last_adv != static_cast<int>(pos) - 1) p.adjacent = false;
      last_adv = static_cast<int>(pos);
    }
    switch (it.kind) {
      case K::Int: {
        const int64_t n = x.shape[in];
        const int64_t w = it.i < 0 ? it.i + n : it.i;
        if (w < 0 || w >= n)
          throw IndexError(prefix(op) + "index " + std::to_string(it.i) +
                           " is out of bounds for axis " + std::to_string(in) + " with size " +
                           std::to_string(n));
        v.offset = add_or_throw(v.offset, mul_or_throw(w, x.strides[in], op), op);
        ++in;
        break;
      }
      case K::Slice: {
        int64_t start, len;
        slice_bounds(it.slice, x.shape[in], start, len, op);
        if (len > 0) v.offset = add_or_throw(v.offset, mul_or_throw(start, x.strides[in], op), op);
        // A step past the axis (x[::2**62]) selects at most one element, whose stride is
        // never used: 0 then rather than an overflowing product (NumPy gives 0 too).
        int64_t stride;
        if (!checked_mul(x.strides[in], it.slice.step, &stride)) {
          if (len > 1) mul_or_throw(x.strides[in], it.slice.step, op);  // throws
          stride = 0;
        }
        push_dim(v, len, stride);
        ++in;
        break;
      }
      case K::NewAxis: push_dim(v, 1, 0); break;
      case K::Ellipsis:
        for (int e = 0; e < nd - consumed; ++e, ++in) push_dim(v, x.shape[in], x.strides[in]);
        break;
      case K::Bool: {
        // A Python bool is a 0-d mask: a new axis of length 1 indexed by [0] or by [].
        push_dim(v, 1, 0);
        Array ix = it.b ? full({1}, DType::Int64, Scalar::from_int(0), x.queue, x.usm_type())
                        : empty({0}, DType::Int64, x.queue, x.usm_type());
        p.adv.push_back({v.ndim() - 1, ix, false});
        break;
      }
      case K::Array: {
        const Array& a = it.array;
        common_queue({&x, &a}, op);
        if (a.dtype == DType::Bool) {
          if (a.ndim() == 0) {
            push_dim(v, 1, 0);
            Array m = a;
            m.shape = {1};
            m.strides = {0};
            p.adv.push_back({v.ndim() - 1, m, true});
            break;
          }
          // A mask dimension of 0 matches any axis (NumPy): the mask selects nothing.
          for (int d = 0; d < a.ndim(); ++d)
            if (a.shape[d] != x.shape[in + d] && a.shape[d] != 0)
              throw IndexError(
                  prefix(op) + "boolean index did not match indexed array along axis " +
                  std::to_string(in + d) + "; size of axis is " + std::to_string(x.shape[in + d]) +
                  " but size of corresponding boolean axis is " + std::to_string(a.shape[d]));
          if (a.size() == 0) {  // an empty integer index for each axis the mask covers
            for (int d = 0; d < a.ndim(); ++d, ++in) {
              push_dim(v, x.shape[in], x.strides[in]);
              p.adv.push_back(
                  {v.ndim() - 1, empty({0}, DType::Int64, x.queue, x.usm_type()), false});
            }
            break;
          }
          for (int d = 0; d < a.ndim(); ++d, ++in) push_dim(v, x.shape[in], x.strides[in]);
          p.adv.push_back({v.ndim() - a.ndim(), a, true});
        } else if (is_integral(a.dtype)) {
          push_dim(v, x.shape[in], x.strides[in]);
          p.adv.push_back({v.ndim() - 1, a, false});
          ++in;
        } else {
          throw IndexError(prefix(op) +
                           "arrays used as indices must be of integer (or boolean) type, not " +
                           name_of(a.dtype));
        }
        break;
      }
    }
  }
  for (; in < nd; ++in) push_dim(v, x.shape[in], x.strides[in]);
  if (p.adv.empty()) check_result_ndim(v.ndim(), op);
  return p;
}

// The advanced entries as k flat int64 index arrays over view axes [axis, axis + k).
struct Resolved {
  Array view;  // p.view, permuted so that the indexed axes are consecutive
  int axis = 0;
  std::vector<Array> idx;  // 1-D, length n = size(bshape)
  Shape bshape;            // broadcast shape of the index arrays
};

Resolved resolve(const Parsed& p, const Array& x, const char* op) {
  std::vector<Array> arrs;
  std::vector<int> axes;
  for (const AdvEntry& e : p.adv) {
    if (e.mask) {
      std::vector<Array> nz = nonzero(e.arr);
      for (size_t d = 0; d < nz.size(); ++d) {
        arrs.push_back(nz[d]);
        axes.push_back(e.axis + static_cast<int>(d));
      }
    } else {
      arrs.push_back(e.arr.dtype == DType::Int64 ? e.arr : astype(e.arr, DType::Int64, true));
      axes.push_back(e.axis);
    }
  }
  Resolved r;
  std::vector<const Shape*> shapes;
  for (const Array& a : arrs) shapes.push_back(&a.shape);
  try {
    r.bshape = broadcast_shapes(shapes, op);
  } catch (const std::invalid_argument&) {
    std::string msg = prefix(op) +
                      "shape mismatch: indexing arrays could not be broadcast "
                      "together with shapes";
    for (const Shape* s : shapes) msg += " " + shape_str(*s);
    throw IndexError(msg);
  }
  check_result_ndim(p.view.shape.size() - arrs.size() + r.bshape.size(), op);
  const int64_t n = shape_size(r.bshape, op);
  for (const Array& a : arrs) {
    Array b = broadcast_view(a, r.bshape, op);
    bool ok = false;
    Array f = reshape_view(b, {n}, &ok);
    // Indices sharing x's memory are copied: a scatter must not rewrite its own indices.
    if (!ok || f.buf == x.buf)
      f = reshape_view(copy_array(b, DType::Int64, b.usm_type()), {n}, &ok);
    r.idx.push_back(f);
  }

  bool consecutive = p.adjacent;
  for (size_t d = 1; d < axes.size(); ++d) consecutive &= axes[d] == axes[d - 1] + 1;
  if (consecutive) {
    r.view = p.view;
    r.axis = axes[0];
  } else {
    // NumPy: separated advanced indices put their result dimensions first.
    std::vector<int> perm(axes.begin(), axes.end());
    std::vector<bool> used(p.view.ndim(), false);
    for (int a : axes) used[a] = true;
    for (int a = 0; a < p.view.ndim(); ++a)
      if (!used[a]) perm.push_back(a);
    r.view = permute_view(p.view, perm);
    r.axis = 0;
  }
  const int k = static_cast<int>(r.idx.size());
  if (n > 0)
    for (int d = 0; d < k; ++d)
      if (r.view.shape[r.axis + d] == 0)
        throw IndexError(prefix(op) + "cannot index an axis of size 0 with " + std::to_string(n) +
                         " indices");
  return r;
}

// Shape of the result: view.shape with the k indexed axes replaced by `mid`.
Shape replace_axes(const Resolved& r, const Shape& mid) {
  const Shape& s = r.view.shape;
  Shape out(s.begin(), s.begin() + r.axis);
  out.insert(out.end(), mid.begin(), mid.end());
  out.insert(out.end(), s.begin() + r.axis + r.idx.size(), s.end());
  return out;
}

Array with_shape(Array a, const Shape& s) {  // a is C-contiguous
  a.shape = s;
  a.strides = c_strides(s);
  return a;
}

// Drops leading length-1 dimensions of a value that has more dimensions than its target.
Array strip_leading_ones(Array v, int ndim) {
  while (v.ndim() > ndim && v.shape[0] == 1) {
    v.shape.erase(v.shape.begin());
    v.strides.erase(v.strides.begin());
  }
  return v;
}

void check_scalar(DType t, const Scalar& s, const char* op) {
  if (is_integral(t)) {
    if ((s.kind == Kind::Signed || s.kind == Kind::Unsigned) && !s.fits(t)) {
      std::string v = s.kind == Kind::Signed ? std::to_string(s.i) : std::to_string(s.u);
      throw std::overflow_error(prefix(op) + "Python integer " + v + " out of bounds for " +
                                name_of(t));
    }
    if (s.kind == Kind::Float && !std::isfinite(s.d))
      throw std::invalid_argument(prefix(op) + "cannot convert float " + std::to_string(s.d) +
                                  " to integer");
  }
  if (s.kind == Kind::Complex && !is_complex(t))
    throw TypeError(prefix(op) + "cannot assign a complex value to an array of dtype " +
                    name_of(t));
}

bool mask_only(const Parsed& p) { return p.adv.size() == 1 && p.adv[0].mask; }

// x[mask] = one value, written as where(mask, value, x) into x: no count, no sync.
void masked_fill(const Parsed& p, const Array& x, const Array& value0d) {
  const AdvEntry& e = p.adv[0];
  Array m = e.arr.buf == x.buf ? copy_array(e.arr, DType::Bool, e.arr.usm_type()) : e.arr;
  for (int d = e.axis + m.ndim(); d < p.view.ndim(); ++d) push_dim(m, 1, 0);
  apply(OpId::where, {Operand::of(m), Operand::of(value0d), Operand::of(p.view)}, &p.view);
}

OpExecutor& ops_of(const Array& x) { return x.device()->backend().ops(); }

// An empty selection still needs its indices in bounds (NumPy raises IndexError). They go
// through take on a stand-in for the indexed axes (one broadcast element), so each backend
// reports a bad index exactly as for a non-empty take, at a cost proportional to the indices.
void check_indices(const Resolved& r, const Array& x, const char* op) {
  const int64_t n = r.idx.empty() ? 0 : r.idx[0].size();
  if (n == 0) return;
  Shape shape(r.axis, 1);  // leading unit axes keep the axis numbers of the message
  for (size_t d = 0; d < r.idx.size(); ++d) shape.push_back(r.view.shape[r.axis + d]);
  Array one = full({}, DType::Bool, Scalar::from_bool(false), x.queue, x.usm_type(), op);
  Shape dense(r.axis, 1);
  dense.push_back(n);
  Array sink = empty(dense, DType::Bool, x.queue, x.usm_type(), op);
  ops_of(x).take(x.queue, broadcast_view(one, shape, op), r.axis, r.idx, sink);
}

}  // namespace

Array getitem(const Array& x, const Index& key) {
  const char* op = "getitem";
  Parsed p = parse(x, key, op);
  if (p.adv.empty()) return p.view;
  Resolved r = resolve(p, x, op);
  const int64_t n = shape_size(r.bshape, op);
  Array out = empty(replace_axes(r, {n}), x.dtype, x.queue, x.usm_type(), op);
  if (out.size() > 0)
    ops_of(x).take(x.queue, r.view, r.axis, r.idx, out);
  else
    check_indices(r, x, op);
  return with_shape(out, replace_axes(r, r.bshape));
}

void setitem(const Array& x, const Index& key, const Array& value) {
  const char* op = "setitem";
  common_queue({&x, &value}, op);
  Parsed p = parse(x, key, op);
  if (p.adv.empty()) {
    assign(p.view, strip_leading_ones(value, p.view.ndim()), op);
    return;
  }
  if (value.size() == 1 && mask_only(p)) {
    bool ok = false;
    masked_fill(p, x, astype(reshape_view(value, {}, &ok), x.dtype, true));
    return;
  }
  Resolved r = resolve(p, x, op);
  const Shape flat_shape = replace_axes(r, {shape_size(r.bshape, op)});
  const Shape full_shape = replace_axes(r, r.bshape);
  Array v = broadcast_view(strip_leading_ones(value, static_cast<int>(full_shape.size())),
                           full_shape, op);
  bool ok = false;
  Array vals = reshape_view(v, flat_shape, &ok);
  // The value is used in place when put can read it as is; else a cast / compacted copy.
  if (!ok || v.dtype != x.dtype || v.buf == x.buf) {
    vals = empty(flat_shape, x.dtype, x.queue, x.usm_type(), op);
    assign(with_shape(vals, full_shape), v, op);
  }
  if (vals.size() > 0)
    ops_of(x).put(x.queue, r.view, r.axis, r.idx, vals);
  else
    check_indices(r, x, op);
}

void setitem(const Array& x, const Index& key, const Scalar& value) {
  const char* op = "setitem";
  check_scalar(x.dtype, value, op);
  Parsed p = parse(x, key, op);
  if (p.adv.empty()) {
    assign_scalar(p.view, value);
    return;
  }
  Array v0 = full({}, x.dtype, value, x.queue, x.usm_type());
  if (mask_only(p)) {
    masked_fill(p, x, v0);
    return;
  }
  Resolved r = resolve(p, x, op);
  Shape vshape = replace_axes(r, {shape_size(r.bshape, op)});
  if (shape_size(vshape, op) > 0)
    ops_of(x).put(x.queue, r.view, r.axis, r.idx, broadcast_view(v0, vshape, op));
  else
    check_indices(r, x, op);
}

Array take(const Array& x, const Array& indices, std::optional<int64_t> axis) {
  common_queue({&x, &indices}, "take");
  if (!is_integral(indices.dtype))
    throw TypeError(std::string("[take] indices must be an integer array, not ") +
                    name_of(indices.dtype));
  Array src = x;
  int ax = 0;
  if (axis) {
    ax = normalize_axis(*axis, x.ndim(), "take");
  } else {
    bool ok = false;
    src = reshape_view(x, {x.size()}, &ok);
    if (!ok) src = reshape_view(copy_array(x, x.dtype, x.usm_type()), {x.size()}, &ok);
  }
  check_ndim(static_cast<size_t>(src.ndim() - 1 + indices.ndim()), "take");  // ValueError, as NumPy
  Index key(ax, IndexItem::of_slice({}));
  key.push_back(IndexItem::of_array(indices));
  return getitem(src, key);
}

int64_t count_nonzero(const Array& x) {
  if (x.size() == 0) return 0;
  Array c = empty({}, DType::Int64, x.queue, x.usm_type());
  ops_of(x).count_nonzero(x.queue, x, c);
  int64_t n = 0;
  to_host(c, &n);
  return n;
}

std::vector<Array> nonzero(const Array& x) {
  if (x.ndim() == 0)
    throw std::invalid_argument(
        "[nonzero] calling nonzero on 0-d arrays is not allowed; use atleast_1d(x) first");
  const int64_t count = count_nonzero(x);
  Array out = empty({x.ndim(), count}, DType::Int64, x.queue, x.usm_type());
  if (count > 0) ops_of(x).nonzero(x.queue, x, out);
  std::vector<Array> rows;
  for (int d = 0; d < x.ndim(); ++d) {
    Array r = out;
    r.shape = {count};
    r.strides = {1};
    r.offset = d * count;
    rows.push_back(r);
  }
  return rows;
}

}  // namespace dp
