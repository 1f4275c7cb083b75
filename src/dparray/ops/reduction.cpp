#include "dparray/ops/reduction.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "dparray/ops/axes_last.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"

namespace dp {
namespace {

std::string msg(const char* op, const std::string& what) {
  return std::string("[") + op + "] " + what;
}

OpExecutor& executor(const Array& x) { return x.device()->backend().ops(); }

// Sorted, distinct, non-negative axes (IndexError when out of range).
std::vector<int> norm_axes(const Axes& axis, int ndim, const char* op) {
  std::vector<int> axes;
  if (!axis) {
    for (int d = 0; d < ndim; ++d) axes.push_back(d);
    return axes;
  }
  for (int64_t a : *axis) axes.push_back(normalize_axis(a, ndim, op));
  std::sort(axes.begin(), axes.end());
  if (std::adjacent_find(axes.begin(), axes.end()) != axes.end())
    throw std::invalid_argument(msg(op, "duplicate value in axis"));
  return axes;
}

int64_t reduced_size(const Array& x, const std::vector<int>& axes) {
  Shape s;
  for (int a : axes) s.push_back(x.shape[a]);
  return shape_size(s, "reduce");
}

// A fresh C-contiguous result r of x reduced over `axes`, with those axes back as 1s.
Array keep_dims(const Array& r, const Array& x, const std::vector<int>& axes, bool keepdims) {
  if (!keepdims) return r;
  Array k = r;
  k.shape = x.shape;
  for (int a : axes) k.shape[a] = 1;
  k.strides = c_strides(k.shape);
  return k;
}

bool has_identity(ReduceOp op) {
  return op == ReduceOp::Sum || op == ReduceOp::Prod || op == ReduceOp::Any || op == ReduceOp::All;
}

Scalar identity(ReduceOp op) {
  switch (op) {
    case ReduceOp::Prod: return Scalar::from_int(1);
    case ReduceOp::Any: return Scalar::from_bool(false);
    case ReduceOp::All: return Scalar::from_bool(true);
    default: return Scalar::from_int(0);
  }
}

// Reduces `axes` (normalised) of x, which already has the dtype op works in.
Array reduce_axes(ReduceOp op, const Array& x, const std::vector<int>& axes, bool keepdims) {
  const char* name = to_string(op);
  const bool arg = op == ReduceOp::ArgMax || op == ReduceOp::ArgMin;
  const DType odt = (op == ReduceOp::Any || op == ReduceOp::All) ? DType::Bool
                    : arg                                        ? DType::Int64
                                                                 : x.dtype;
  Shape oshape;
  for (int d = 0, k = 0; d < x.ndim(); ++d) {
    if (k < static_cast<int>(axes.size()) && axes[k] == d)
      ++k;
    else
      oshape.push_back(x.shape[d]);
  }
  if (reduced_size(x, axes) == 0) {
    if (arg)
      throw std::invalid_argument(
          msg(name, std::string("attempt to get ") + name + " of an empty sequence"));
    if (!has_identity(op))
      throw std::invalid_argument(msg(name, std::string("zero-size array to reduction operation ") +
                                                name + " which has no identity"));
    return keep_dims(full(oshape, odt, identity(op), x.queue, x.usm_type(), name), x, axes,
                     keepdims);
  }
  Array out = empty(oshape, odt, x.queue, x.usm_type(), name);
  if (out.size() > 0)
    executor(x).reduce(x.queue, op, axes_last(x, axes), static_cast<int>(axes.size()), out);
  return keep_dims(out, x, axes, keepdims);
}

// x in dtype t (no copy when it already is), after checking the device has t.
Array cast_for(const Array& x, DType t, const char* op) {
  check_dtype_supported(t, x.device(), op);
  return x.dtype == t ? x : astype(x, t, true);
}

Array sum_like(ReduceOp op, const Array& x, const Axes& axis, std::optional<DType> dtype,
               bool keepdims) {
  const char* name = to_string(op);
  std::vector<int> axes = norm_axes(axis, x.ndim(), name);
  return reduce_axes(op, cast_for(x, dtype ? *dtype : sum_dtype(x.dtype), name), axes, keepdims);
}

// The dtype mean / var compute in: integers and bool in the default float,
// float16 in float32 (its result is rounded back), others in their own.
DType float_work_dtype(const Array& x, std::optional<DType> dtype) {
  if (dtype) return *dtype;
  if (!is_inexact(x.dtype)) return default_float(x.device());
  return x.dtype == DType::Float16 ? DType::Float32 : x.dtype;
}

Array divide_by(const Array& s, double n) {
  return apply(OpId::divide, {Operand::of(s), Operand::of(Scalar::from_double(n))});
}

// The real (j = 0) or imaginary (j = 1) parts of a complex array: a real view.
Array real_part(const Array& c, int j) {
  Array r = c;
  r.dtype = real_dtype(c.dtype);
  for (int64_t& s : r.strides) s = mul_or_throw(s, 2, "var");
  r.offset = add_or_throw(mul_or_throw(c.offset, 2, "var"), j, "var");
  return r;
}

// The flattened (C order) x: a view when possible, else a copy.
Array flatten(const Array& x) {
  bool ok = false;
  Array r = reshape_view(x, {x.size()}, &ok);
  if (ok) return r;
  return reshape_view(ascontiguous(x), {x.size()}, &ok);
}

Array arg_reduce(ReduceOp op, const Array& x, std::optional<int64_t> axis, bool keepdims) {
  const char* name = to_string(op);
  if (axis) {
    std::vector<int> axes{normalize_axis(*axis, x.ndim(), name)};
    return reduce_axes(op, x, axes, keepdims);
  }
  Array r = reduce_axes(op, flatten(x), {0}, false);
  if (keepdims) {
    r.shape.assign(x.ndim(), 1);
    r.strides = c_strides(r.shape);
  }
  return r;
}

}  // namespace

DType sum_dtype(DType t) {
  switch (kind_of(t)) {
    case Kind::Bool:
    case Kind::Signed: return itemsize(t) < 8 ? DType::Int64 : t;
    case Kind::Unsigned: return itemsize(t) < 8 ? DType::UInt64 : t;
    default: return t;
  }
}

Array sum(const Array& x, const Axes& axis, std::optional<DType> dtype, bool keepdims) {
  return sum_like(ReduceOp::Sum, x, axis, dtype, keepdims);
}

Array prod(const Array& x, const Axes& axis, std::optional<DType> dtype, bool keepdims) {
  return sum_like(ReduceOp::Prod, x, axis, dtype, keepdims);
}

Array mean(const Array& x, const Axes& axis, std::optional<DType> dtype, bool keepdims) {
  std::vector<int> axes = norm_axes(axis, x.ndim(), "mean");
  const DType work = float_work_dtype(x, dtype);
  const DType res = dtype ? *dtype : x.dtype == DType::Float16 ? DType::Float16 : work;
  Array s = reduce_axes(ReduceOp::Sum, cast_for(x, work, "mean"), axes, keepdims);
  Array m = divide_by(s, static_cast<double>(reduced_size(x, axes)));
  return m.dtype == res ? m : astype(m, res, false);
}

Array var(const Array& x, const Axes& axis, double correction, std::optional<DType> dtype,
          bool keepdims) {
  std::vector<int> axes = norm_axes(axis, x.ndim(), "var");
  const DType work = float_work_dtype(x, dtype);
  const DType res = real_dtype(dtype ? *dtype : x.dtype == DType::Float16 ? DType::Float16 : work);
  Array xf = cast_for(x, work, "var");
  Array m = reduce_axes(ReduceOp::Sum, xf, axes, true);
  m = divide_by(m, static_cast<double>(reduced_size(x, axes)));
  Array d = apply(OpId::subtract, {Operand::of(xf), Operand::of(m)});
  auto square = [](const Array& a) { return apply(OpId::square, {Operand::of(a)}); };
  // |d|^2 = re^2 + im^2 for complex d (as NumPy), on real views with d's dimensions.
  Array sq = is_complex(d.dtype) ? apply(OpId::add, {Operand::of(square(real_part(d, 0))),
                                                     Operand::of(square(real_part(d, 1)))})
                                 : square(d);
  Array s = reduce_axes(ReduceOp::Sum, sq, axes, false);
  const double denom = std::max(static_cast<double>(reduced_size(x, axes)) - correction, 0.0);
  Array v = keep_dims(divide_by(s, denom), x, axes, keepdims);
  return v.dtype == res ? v : astype(v, res, false);
}

Array std_dev(const Array& x, const Axes& axis, double correction, std::optional<DType> dtype,
              bool keepdims) {
  Array v = var(x, axis, correction, dtype, keepdims);
  return apply(OpId::sqrt, {Operand::of(v)});
}

Array max(const Array& x, const Axes& axis, bool keepdims) {
  return reduce_axes(ReduceOp::Max, x, norm_axes(axis, x.ndim(), "max"), keepdims);
}

Array min(const Array& x, const Axes& axis, bool keepdims) {
  return reduce_axes(ReduceOp::Min, x, norm_axes(axis, x.ndim(), "min"), keepdims);
}

Array any(const Array& x, const Axes& axis, bool keepdims) {
  return reduce_axes(ReduceOp::Any, x, norm_axes(axis, x.ndim(), "any"), keepdims);
}

Array all(const Array& x, const Axes& axis, bool keepdims) {
  return reduce_axes(ReduceOp::All, x, norm_axes(axis, x.ndim(), "all"), keepdims);
}

Array argmax(const Array& x, std::optional<int64_t> axis, bool keepdims) {
  return arg_reduce(ReduceOp::ArgMax, x, axis, keepdims);
}

Array argmin(const Array& x, std::optional<int64_t> axis, bool keepdims) {
  return arg_reduce(ReduceOp::ArgMin, x, axis, keepdims);
}

namespace {

// Inclusive scan (Sum or Prod) along one axis; include_initial prepends the identity.
Array cumulative(ReduceOp op, const char* name, const Array& x0, std::optional<int64_t> axis,
                 std::optional<DType> dtype, bool include_initial) {
  Array x = x0;
  if (x.ndim() == 0) {  // as NumPy: a 0-d input is scanned as one element
    x.shape = {1};
    x.strides = {1};
  }
  if (!axis && x.ndim() > 1)
    throw std::invalid_argument(
        msg(name, "axis is required for an array of dimension " + std::to_string(x.ndim())));
  const int nd = x.ndim();
  const int ax = axis ? normalize_axis(*axis, nd, name) : 0;
  Array v = axes_last(cast_for(x, dtype ? *dtype : sum_dtype(x.dtype), name), {ax});
  Array r = empty(v.shape, v.dtype, x.queue, x.usm_type(), name);
  if (r.size() > 0) executor(x).scan(x.queue, op, v, r);
  if (include_initial) {
    Shape s = v.shape;
    s.back() = add_or_throw(s.back(), 1, name);
    const Scalar identity = Scalar::from_int(op == ReduceOp::Sum ? 0 : 1);
    Array full_r = full(s, v.dtype, identity, x.queue, x.usm_type(), name);
    Array tail = full_r;
    tail.shape.back() = v.shape.back();
    tail.offset += 1;
    assign(tail, r, name);
    r = full_r;
  }
  if (ax == nd - 1) return r;
  // Move the axis back and return a C-contiguous array, as NumPy does.
  std::vector<int> inv;
  for (int d = 0; d < nd; ++d) inv.push_back(d < ax ? d : d == ax ? nd - 1 : d - 1);
  return ascontiguous(permute_view(r, inv));
}

}  // namespace

Array cumulative_sum(const Array& x, std::optional<int64_t> axis, std::optional<DType> dtype,
                     bool include_initial) {
  return cumulative(ReduceOp::Sum, "cumulative_sum", x, axis, dtype, include_initial);
}

Array cumsum(const Array& x, std::optional<int64_t> axis, std::optional<DType> dtype) {
  if (!axis) return cumulative_sum(flatten(x), 0, dtype, false);
  return cumulative_sum(x, axis, dtype, false);
}

Array cumulative_prod(const Array& x, std::optional<int64_t> axis, std::optional<DType> dtype,
                      bool include_initial) {
  return cumulative(ReduceOp::Prod, "cumulative_prod", x, axis, dtype, include_initial);
}

Array cumprod(const Array& x, std::optional<int64_t> axis, std::optional<DType> dtype) {
  if (!axis) return cumulative_prod(flatten(x), 0, dtype, false);
  return cumulative_prod(x, axis, dtype, false);
}

Array count_nonzero(const Array& x, const Axes& axis, bool keepdims) {
  const char* name = "count_nonzero";
  std::vector<int> axes = norm_axes(axis, x.ndim(), name);
  if (static_cast<int>(axes.size()) == x.ndim() && !keepdims) {
    // Everything: the backend's counting primitive, no temporary.
    if (x.size() == 0) return full({}, DType::Int64, Scalar::from_int(0), x.queue, x.usm_type());
    Array c = empty({}, DType::Int64, x.queue, x.usm_type(), name);
    executor(x).count_nonzero(x.queue, x, c);
    return c;
  }
  // x != 0 (NaN and either complex part count) written as int32 when the counts fit (half the
  // traffic of int64), summed on the device.
  const DType t = reduced_size(x, axes) < INT32_MAX ? DType::Int32 : DType::Int64;
  Array nz = empty(x.shape, t, x.queue, x.usm_type(), name);
  if (nz.size() > 0 && x.dtype == DType::Bool)
    assign(nz, x, name);  // a cast: bool is already 0 / 1
  else if (nz.size() > 0)
    apply(OpId::not_equal, {Operand::of(x), Operand::of(Scalar::from_int(0))}, &nz);
  Array r = reduce_axes(ReduceOp::Sum, nz, axes, keepdims);
  return r.dtype == DType::Int64 ? r : astype(r, DType::Int64, true);
}

}  // namespace dp
