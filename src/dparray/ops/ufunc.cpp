#include "dparray/ops/ufunc.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "dparray/ops/axes_last.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {
namespace {

std::string pre(const char* name, const char* method) {
  return std::string("[") + name + "." + method + "] ";
}

std::vector<int> norm_axes(const Axes& axis, int ndim, const char* op) {
  std::vector<int> axes;
  if (!axis) {
    for (int d = 0; d < ndim; ++d) axes.push_back(d);
    return axes;
  }
  for (int64_t a : *axis) axes.push_back(normalize_axis(a, ndim, op));
  std::sort(axes.begin(), axes.end());
  if (std::adjacent_find(axes.begin(), axes.end()) != axes.end())
    throw std::invalid_argument(std::string("[") + op + "] duplicate value in axis");
  return axes;
}

// [lo, hi) of axis ax, as a view.
Array axis_slice(const Array& a, int ax, int64_t lo, int64_t hi) {
  Array r = a;
  r.shape[ax] = hi - lo;
  if (hi > lo) r.offset += lo * a.strides[ax];
  return r;
}

// Element i of the last axis, dropping it.
Array last_index(const Array& a, int64_t i) {
  Array r = a;
  r.offset += i * a.strides.back();
  r.shape.pop_back();
  r.strides.pop_back();
  return r;
}

Array last_slice(const Array& a, int64_t lo, int64_t hi) {
  return axis_slice(a, a.ndim() - 1, lo, hi);
}

// r (C-contiguous, the reduced shape) with the reduced axes back as 1s when keepdims.
Array keep(const Array& r, const Array& x, const std::vector<int>& axes, bool keepdims) {
  if (!keepdims) return r;
  Shape s = x.shape;
  for (int a : axes) s[a] = 1;
  bool ok = false;
  Array k = reshape_view(r, s, &ok);
  return ok ? k : reshape_view(ascontiguous(r), s, &ok);
}

bool upcasts(OpId id) { return id == OpId::add || id == OpId::multiply; }

// The loop op runs in for two operands of dtype t, and its result dtype.
DType loop_of(OpId id, DType t, const Device& dev) {
  const Operand z = Operand::of(Scalar::from_int(0), t);
  return resolve_loop(id, {z, z}, dev);
}

// 0-d array holding v converted to t (bitwise_and's -1 becomes all ones of an unsigned t).
Array scalar_array(const Scalar& v, DType t, const Array& like) {
  return full({}, t, v, like.queue, like.usm_type());
}

// Folds the trailing axis of w (shape outer + (N,), N >= 1) with op: a pairwise tree for
// reorderable ops (log2 N elementwise calls), else in order. A new C-contiguous result.
Array fold_last(OpId id, const Array& w, bool reorderable, DType rdt) {
  int64_t n = w.shape.back();
  if (!reorderable) {
    Array acc = copy_array(last_index(w, 0), rdt, w.usm_type());
    for (int64_t i = 1; i < n; ++i)
      apply(id, {Operand::of(acc), Operand::of(last_index(w, i))}, &acc);
    return acc;
  }
  Array cur = w;
  while (n > 1) {
    const int64_t h = n / 2;
    Array nxt =
        apply(id, {Operand::of(last_slice(cur, 0, h)), Operand::of(last_slice(cur, h, 2 * h))});
    if (n % 2) {
      Array first = last_slice(nxt, 0, 1);
      apply(id, {Operand::of(first), Operand::of(last_slice(cur, n - 1, n))}, &first);
    }
    cur = nxt;
    n = h;
  }
  return copy_array(last_index(cur, 0), rdt, w.usm_type());
}

}  // namespace

std::optional<Scalar> ufunc_identity(OpId id) {
  switch (id) {
    case OpId::add:
    case OpId::bitwise_or:
    case OpId::bitwise_xor:
    case OpId::gcd:
    case OpId::hypot: return Scalar::from_int(0);
    case OpId::multiply: return Scalar::from_int(1);
    case OpId::bitwise_and: return Scalar::from_int(-1);
    case OpId::logical_and: return Scalar::from_bool(true);
    case OpId::logical_or:
    case OpId::logical_xor: return Scalar::from_bool(false);
    case OpId::logaddexp:
    case OpId::logaddexp2: return Scalar::from_double(-INFINITY);
    default: return std::nullopt;
  }
}

bool ufunc_reorderable(OpId id) {
  return ufunc_identity(id).has_value() || id == OpId::maximum || id == OpId::minimum ||
         id == OpId::fmax || id == OpId::fmin;
}

Array ufunc_reduce(OpId id, const Array& x0, const ReduceOptions& o) {
  const ElementwiseOp& op = op_info(id);
  const char* name = op.name;
  const std::string p = pre(name, "reduce");
  if (op.nin != 2) throw std::invalid_argument(p + "reduce only supported for binary functions");
  const std::vector<int> axes =
      norm_axes(o.axis, x0.ndim(), (std::string(name) + ".reduce").c_str());
  if (axes.size() > 1 && !ufunc_reorderable(id))
    throw std::invalid_argument(p + "reduction operation '" + name +
                                "' is not reorderable, so at most one axis may be specified");
  const DType work = o.dtype ? *o.dtype : upcasts(id) ? sum_dtype(x0.dtype) : x0.dtype;
  check_dtype_supported(work, x0.device(), name);
  const DType loop = loop_of(id, work, x0.device());
  const DType rdt = out_dtype(op, loop);
  const bool logical = id == OpId::logical_and || id == OpId::logical_or;
  if (rdt != loop && !logical)
    throw TypeError(p + name + " computing in " + name_of(loop) + " gives " + name_of(rdt) +
                    "; reduce needs a result of the loop's dtype");
  Array x = logical || x0.dtype == loop ? x0 : astype(x0, loop, true);

  const std::optional<Scalar> identity = ufunc_identity(id);
  if (o.where) {
    const std::optional<Scalar>& fill = identity ? identity : o.initial;
    if (!fill)
      throw std::invalid_argument(p + "reduction operation '" + name +
                                  "' does not have an identity, so to use a where mask one has "
                                  "to specify 'initial'");
    if (broadcast_shapes({&x.shape, &o.where->shape}, name) != x.shape)
      throw std::invalid_argument(p + "the where mask of shape " + shape_str(o.where->shape) +
                                  " does not broadcast to the array's shape " + shape_str(x.shape));
    common_queue({&x, o.where}, name);
    Array mask = o.where->dtype == DType::Bool ? *o.where : astype(*o.where, DType::Bool, true);
    Array f = scalar_array(*fill, x.dtype, x);
    x = apply(OpId::where, {Operand::of(mask), Operand::of(x), Operand::of(f)});
  }

  Shape oshape;
  int64_t nred = 1;
  for (int d = 0, k = 0; d < x.ndim(); ++d) {
    if (k < static_cast<int>(axes.size()) && axes[k] == d) {
      nred *= x.shape[d];
      ++k;
    } else {
      oshape.push_back(x.shape[d]);
    }
  }
  if (nred == 0) {
    const std::optional<Scalar>& v = o.initial ? o.initial : identity;
    if (!v)
      throw std::invalid_argument(p + "zero-size array to reduction operation " + name +
                                  " which has no identity");
    return keep(full(oshape, rdt, *v, x.queue, x.usm_type(), name), x, axes, o.keepdims);
  }

  Array r;
  Axes ax = std::vector<int64_t>(axes.begin(), axes.end());
  switch (id) {
    case OpId::add: r = sum(x, ax, x.dtype, o.keepdims); break;
    case OpId::multiply: r = prod(x, ax, x.dtype, o.keepdims); break;
    case OpId::maximum: r = max(x, ax, o.keepdims); break;
    case OpId::minimum: r = min(x, ax, o.keepdims); break;
    case OpId::logical_and: r = all(x, ax, o.keepdims); break;
    case OpId::logical_or: r = any(x, ax, o.keepdims); break;
    default: {
      Array v = axes_last(x, axes);
      Shape s2 = oshape;
      s2.push_back(nred);
      bool ok = false;
      Array w = reshape_view(v, s2, &ok);
      if (!ok) w = reshape_view(ascontiguous(v), s2, &ok);
      r = keep(fold_last(id, w, ufunc_reorderable(id), rdt), x, axes, o.keepdims);
    }
  }
  if (o.initial) {
    Array i0 = scalar_array(*o.initial, r.dtype, r);
    apply(id, {Operand::of(r), Operand::of(i0)}, &r);
  }
  return r;
}

Array ufunc_accumulate(OpId id, const Array& x0, int64_t axis, std::optional<DType> dtype) {
  const ElementwiseOp& op = op_info(id);
  const char* name = op.name;
  const std::string p = pre(name, "accumulate");
  if (op.nin != 2)
    throw std::invalid_argument(p + "accumulate only supported for binary functions");
  if (x0.ndim() == 0) throw TypeError(p + "cannot accumulate on a scalar");
  const int ax = normalize_axis(axis, x0.ndim(), (std::string(name) + ".accumulate").c_str());
  const DType work = dtype ? *dtype : upcasts(id) ? sum_dtype(x0.dtype) : x0.dtype;
  check_dtype_supported(work, x0.device(), name);
  const DType loop = loop_of(id, work, x0.device());
  const DType rdt = out_dtype(op, loop);
  if (rdt != loop)
    throw TypeError(p + name + " computing in " + name_of(loop) + " gives " + name_of(rdt) +
                    "; accumulate needs a result of the loop's dtype");
  if (id == OpId::add) return cumulative_sum(x0, ax, loop, false);
  if (id == OpId::multiply) return cumulative_prod(x0, ax, loop, false);
  Array r = copy_array(axes_last(x0, {ax}), loop, x0.usm_type());
  const int64_t n = r.shape.back();
  if (ufunc_reorderable(id)) {
    // Hillis-Steele: after the step of distance d, r[i] folds r[i - 2d + 1 .. i].
    for (int64_t d = 1; d < n; d *= 2) {
      Array t = apply(id, {Operand::of(last_slice(r, 0, n - d)), Operand::of(last_slice(r, d, n))});
      assign(last_slice(r, d, n), t, name);
    }
  } else {
    for (int64_t i = 1; i < n; ++i) {
      Array di = last_slice(r, i, i + 1);
      apply(id, {Operand::of(last_slice(r, i - 1, i)), Operand::of(di)}, &di);
    }
  }
  const int nd = x0.ndim();
  if (ax == nd - 1) return r;
  std::vector<int> inv;
  for (int d = 0; d < nd; ++d) inv.push_back(d < ax ? d : d == ax ? nd - 1 : d - 1);
  return ascontiguous(permute_view(r, inv));
}

Array ufunc_reduceat(OpId id, const Array& x0, const std::vector<int64_t>& indices, int64_t axis,
                     std::optional<DType> dtype) {
  const ElementwiseOp& op = op_info(id);
  const char* name = op.name;
  const std::string p = pre(name, "reduceat");
  if (op.nin != 2) throw std::invalid_argument(p + "reduceat only supported for binary functions");
  if (x0.ndim() == 0) throw TypeError(p + "cannot reduceat a scalar");
  const int ax = normalize_axis(axis, x0.ndim(), (std::string(name) + ".reduceat").c_str());
  const int64_t n = x0.shape[ax];
  for (int64_t i : indices)
    if (i < 0 || i >= n)
      throw IndexError(p + "index " + std::to_string(i) + " out-of-bounds in " + name +
                       ".reduceat [0, " + std::to_string(n) + ")");
  const DType work = dtype ? *dtype : upcasts(id) ? sum_dtype(x0.dtype) : x0.dtype;
  const DType loop = loop_of(id, work, x0.device());
  const DType rdt = out_dtype(op, loop);
  Shape os = x0.shape;
  os[ax] = static_cast<int64_t>(indices.size());
  Array out = empty(os, rdt, x0.queue, x0.usm_type(), name);
  const int64_t m = static_cast<int64_t>(indices.size());
  for (int64_t k = 0; k < m; ++k) {
    const int64_t lo = indices[k], hi = k + 1 < m ? indices[k + 1] : n;
    Array dst = axis_slice(out, ax, k, k + 1);
    if (lo < hi) {
      ReduceOptions o;
      o.axis = std::vector<int64_t>{ax};
      o.dtype = loop;
      o.keepdims = true;
      assign(dst, ufunc_reduce(id, axis_slice(x0, ax, lo, hi), o), name);
    } else {
      assign(dst, axis_slice(x0, ax, lo, lo + 1), name);
    }
  }
  return out;
}

Array outer_view(OpId id, const Array& a, int nb) {
  const ElementwiseOp& op = op_info(id);
  if (op.nin != 2)
    throw std::invalid_argument(pre(op.name, "outer") +
                                "outer product only supported for binary functions");
  if (a.ndim() + nb > kMaxDims)
    throw std::invalid_argument(pre(op.name, "outer") + "the result would have " +
                                std::to_string(a.ndim() + nb) + " dimensions, more than " +
                                std::to_string(kMaxDims));
  Array ae = a;
  for (int d = 0; d < nb; ++d) {
    ae.shape.push_back(1);
    ae.strides.push_back(0);
  }
  return ae;
}

Array ufunc_outer(OpId id, const Operand& a, const Operand& b) {
  const int nb = b.array ? b.array->ndim() : 0;
  if (!a.array) {
    outer_view(id, Array{}, 0);  // the arity check
    return apply(id, {a, b});
  }
  Array ae = outer_view(id, *a.array, nb);
  return apply(id, {Operand::of(ae), b});
}

void ufunc_at(OpId id, const Array& a, const std::vector<Array>& indices, const Operand* b) {
  const ElementwiseOp& op = op_info(id);
  const char* name = op.name;
  const std::string p = pre(name, "at");
  if (op.nin > 2) throw std::invalid_argument(p + "at only supports ufuncs with 1 or 2 inputs");
  if (op.nin == 2 && !b) throw std::invalid_argument(p + "second operand needed for ufunc");
  if (op.nin == 1 && b)
    throw std::invalid_argument(p + "second operand provided when ufunc is unary");
  const int k = static_cast<int>(indices.size());
  if (k > a.ndim())
    throw IndexError(p + "too many indices for array: array is " + std::to_string(a.ndim()) +
                     "-dimensional, but " + std::to_string(k) + " were indexed");
  std::vector<Operand> args{Operand::of(a)};
  if (b) {
    args.push_back(*b);
    if (b->array) common_queue({&a, b->array}, name);
  }
  for (const Array& ix : indices) common_queue({&a, &ix}, name);
  const DType loop = resolve_loop(id, args, a.device());
  const DType rdt = out_dtype(op, loop);
  if (!can_cast_same_kind(rdt, a.dtype))
    throw TypeError(p + "Cannot cast ufunc '" + name + "' output from " + name_of(rdt) + " to " +
                    name_of(a.dtype) + " with casting rule 'same_kind'");
  if (rdt != loop)
    throw TypeError(p + name + " computing in " + name_of(loop) + " gives " + name_of(rdt) +
                    "; at needs a result of the loop's dtype");
  const int64_t n = k ? indices[0].shape[0] : 1;
  Shape vs{n};
  vs.insert(vs.end(), a.shape.begin() + k, a.shape.end());
  Array values;
  if (b && b->array) {
    Array bb = b->array->dtype == loop ? *b->array : astype(*b->array, loop, true);
    if (bb.buf == a.buf) bb = copy_array(bb, loop, bb.usm_type());
    values = broadcast_view(bb, vs, name);
  } else {
    values = broadcast_view(scalar_array(b ? b->scalar : Scalar::from_int(0), loop, a), vs, name);
  }
  if (a.size() == 0 || n == 0 || values.size() == 0) {
    // Nothing to update; indices into an empty axis are still out of bounds.
    if (n > 0 && k > 0)
      for (int d = 0; d < k; ++d)
        if (a.shape[d] == 0)
          throw IndexError(p + "index is out of bounds for axis " + std::to_string(d) +
                           " with size 0");
    return;
  }
  std::vector<Array> ix = indices;
  if (k == 0) {  // a scalar index tuple (): the whole array once
    Array a1 = a;
    a1.shape.insert(a1.shape.begin(), 1);
    a1.strides.insert(a1.strides.begin(), 0);
    Array zero = full({1}, DType::Int64, Scalar::from_int(0), a.queue, a.usm_type());
    return ufunc_at(id, a1, {zero}, b);
  }
  Array target = a.dtype == loop ? a : copy_array(a, loop, a.usm_type());
  a.device()->backend().ops().scatter_op(a.queue, id, loop, target, 0, ix, values);
  if (target.buf != a.buf) assign(a, target, name);
  a.queue->wait();
}

Array reduce_with(ReduceOp r, const Array& x, const ReduceOptions& o) {
  OpId id;
  switch (r) {
    case ReduceOp::Sum: id = OpId::add; break;
    case ReduceOp::Prod: id = OpId::multiply; break;
    case ReduceOp::Max: id = OpId::maximum; break;
    case ReduceOp::Min: id = OpId::minimum; break;
    case ReduceOp::Any: id = OpId::logical_or; break;
    case ReduceOp::All: id = OpId::logical_and; break;
    default: throw std::invalid_argument(std::string("[") + to_string(r) + "] no initial / where");
  }
  try {
    return ufunc_reduce(id, x, o);
  } catch (const std::invalid_argument& e) {
    // Name the function the user called (max, not maximum.reduce).
    std::string m = e.what();
    const std::string tag = pre(op_info(id).name, "reduce");
    if (m.rfind(tag, 0) == 0) m = std::string("[") + to_string(r) + "] " + m.substr(tag.size());
    throw std::invalid_argument(m);
  }
}

Array mean_where(const Array& x, const Axes& axis, std::optional<DType> dtype, bool keepdims,
                 const Array& where) {
  const DType work = dtype                       ? *dtype
                     : !is_inexact(x.dtype)      ? default_float(x.device())
                     : x.dtype == DType::Float16 ? DType::Float32
                                                 : x.dtype;
  const DType res = dtype ? *dtype : x.dtype == DType::Float16 ? DType::Float16 : work;
  ReduceOptions o;
  o.axis = axis;
  o.dtype = work;
  o.keepdims = keepdims;
  o.where = &where;
  Array s = ufunc_reduce(OpId::add, x, o);
  Array mask = broadcast_view(where.dtype == DType::Bool ? where : astype(where, DType::Bool, true),
                              x.shape, "mean");
  Array cnt = sum(mask, axis, DType::Int64, keepdims);
  Array m = apply(OpId::divide, {Operand::of(s), Operand::of(astype(cnt, work, false))});
  return m.dtype == res ? m : astype(m, res, false);
}

}  // namespace dp
