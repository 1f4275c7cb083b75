#include "dparray/ops/linalg.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include "dparray/ops/executor.h"
#include "dparray/ops/reduction.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

std::string pre(const char* op) { return std::string("[") + op + "] "; }

// A reshaped view, or a reshaped C-contiguous copy when no view exists.
Array reshaped(const Array& a, const Shape& s) {
  bool ok = false;
  Array r = reshape_view(a, s, &ok);
  if (ok) return r;
  return reshape_view(ascontiguous(a), s, &ok);
}

// NumPy promotion of the two operand dtypes; a device without float64 computes the
// (int64, uint64) -> float64 case in float32, as the elementwise ops do.
DType product_dtype(DType a, DType b, const Device& d) {
  DType t = promote_types(a, b);
  if (!d->info().fp64) {
    if (t == DType::Float64) return DType::Float32;
    if (t == DType::Complex128) return DType::Complex64;
  }
  return t;
}

// a with a unit dimension inserted before axis `at` (a view).
Array insert_unit_axis(const Array& a, int at) {
  Array r = a;
  r.shape.insert(r.shape.begin() + at, 1);
  r.strides.insert(r.strides.begin() + at, 0);
  return r;
}

std::string not_aligned(const char* op, const Shape& sa, const Shape& sb, int da, int db) {
  return pre(op) + "shapes " + shape_str(sa) + " and " + shape_str(sb) +
         " not aligned: " + std::to_string(sa[da]) + " (dim " + std::to_string(da) +
         ") != " + std::to_string(sb[db]) + " (dim " + std::to_string(db) + ")";
}

bool is_scalar_like(const Operand& o) { return !o.array || o.array->ndim() == 0; }

const Array& array_of(const Operand& o, const char* op) {
  if (!o.array) throw TypeError(pre(op) + "expected a dparray.ndarray");
  return *o.array;
}

// Matmul of operands already at least 2-D, named `op` in errors about the original shapes.
Array matmul_nd(const Array& a0, const Array& b0, const char* op, const Shape& sa,
                const Shape& sb) {
  const Queue& q = common_queue({&a0, &b0}, op);
  const DType t = product_dtype(a0.dtype, b0.dtype, q->device());
  const int na = a0.ndim(), nb = b0.ndim();
  const int64_t M = a0.shape[na - 2], K = a0.shape[na - 1], N = b0.shape[nb - 1];
  if (K != b0.shape[nb - 2]) {
    const int da = static_cast<int>(sa.size()) - 1;
    const int db = sb.size() == 1 ? 0 : static_cast<int>(sb.size()) - 2;
    throw std::invalid_argument(not_aligned(op, sa, sb, da, db));
  }
  Shape ba(a0.shape.begin(), a0.shape.end() - 2), bb(b0.shape.begin(), b0.shape.end() - 2);
  Shape batch;
  try {
    batch = broadcast_shapes({&ba, &bb}, op);
  } catch (const std::invalid_argument&) {
    throw std::invalid_argument(pre(op) + "batch dimensions of shapes " + shape_str(sa) + " and " +
                                shape_str(sb) + " do not broadcast");
  }
  Shape out_shape = batch, sa_full = batch, sb_full = batch;
  out_shape.insert(out_shape.end(), {M, N});
  sa_full.insert(sa_full.end(), {M, K});
  sb_full.insert(sb_full.end(), {K, N});
  const UsmType usm = common_usm({&a0, &b0});
  if (K == 0) return full(out_shape, t, Scalar::from_int(0), q, usm, op);
  Array out = empty(out_shape, t, q, usm, op);
  if (out.size() == 0) return out;
  // Cast before broadcasting so a broadcast operand is never materialised.
  Array a = broadcast_view(astype(a0, t, false), sa_full, op);
  Array b = broadcast_view(astype(b0, t, false), sb_full, op);
  q->device()->backend().ops().matmul(q, a, b, out);
  return out;
}

std::vector<int> normalized_axes(const std::vector<int64_t>& axes, int ndim, const char* op) {
  std::vector<int> r;
  std::vector<bool> seen(ndim, false);
  for (int64_t ax : axes) {
    int n = normalize_axis(ax, ndim, op);
    if (seen[n]) throw std::invalid_argument(pre(op) + "repeated axis " + std::to_string(ax));
    seen[n] = true;
    r.push_back(n);
  }
  return r;
}

}  // namespace

Array matmul(const Array& a0, const Array& b0) {
  const char* op = "matmul";
  common_queue({&a0, &b0}, op);
  if (a0.ndim() == 0 || b0.ndim() == 0)
    throw std::invalid_argument(pre(op) + "operands must be at least 1-D, got shapes " +
                                shape_str(a0.shape) + " and " + shape_str(b0.shape) +
                                " (use multiply for scalars)");
  const bool va = a0.ndim() == 1, vb = b0.ndim() == 1;
  Array a = va ? insert_unit_axis(a0, 0) : a0;  // (K,) -> (1, K)
  Array b = vb ? insert_unit_axis(b0, 1) : b0;  // (K,) -> (K, 1)
  Array out = matmul_nd(a, b, op, a0.shape, b0.shape);
  if (!va && !vb) return out;
  Shape s = out.shape;
  if (vb) s.erase(s.end() - 1);
  if (va) s.erase(s.end() - 1 - (vb ? 0 : 1));
  return reshaped(out, s);
}

Array dot(const Operand& x1, const Operand& x2) {
  const char* op = "dot";
  if (is_scalar_like(x1) || is_scalar_like(x2)) return apply(OpId::multiply, {x1, x2});
  const Array &a = *x1.array, &b = *x2.array;
  if ((a.ndim() <= 2 && b.ndim() <= 2) || a.ndim() == 1 || b.ndim() == 1) {
    // These cases coincide with matmul (a 1-D a broadcasts over the stack of b).
    const int da = a.ndim() - 1, db = b.ndim() == 1 ? 0 : b.ndim() - 2;
    if (a.shape[da] != b.shape[db])
      throw std::invalid_argument(not_aligned(op, a.shape, b.shape, da, db));
    return matmul(a, b);
  }
  if (a.shape[a.ndim() - 1] != b.shape[b.ndim() - 2])
    throw std::invalid_argument(not_aligned(op, a.shape, b.shape, a.ndim() - 1, b.ndim() - 2));
  return tensordot(a, b, {a.ndim() - 1}, {b.ndim() - 2});
}

Array tensordot(const Array& a, const Array& b, const std::vector<int64_t>& axes_a,
                const std::vector<int64_t>& axes_b) {
  const char* op = "tensordot";
  common_queue({&a, &b}, op);
  if (axes_a.size() != axes_b.size())
    throw std::invalid_argument(pre(op) + "the two axis lists differ in length (" +
                                std::to_string(axes_a.size()) + " and " +
                                std::to_string(axes_b.size()) + ")");
  std::vector<int> xa = normalized_axes(axes_a, a.ndim(), op);
  std::vector<int> xb = normalized_axes(axes_b, b.ndim(), op);
  int64_t ksize = 1;
  for (size_t i = 0; i < xa.size(); ++i) {
    if (a.shape[xa[i]] != b.shape[xb[i]])
      throw std::invalid_argument(pre(op) + "shape-mismatch for sum: " + shape_str(a.shape) +
                                  " axis " + std::to_string(xa[i]) + " and " + shape_str(b.shape) +
                                  " axis " + std::to_string(xb[i]) + " have sizes " +
                                  std::to_string(a.shape[xa[i]]) + " and " +
                                  std::to_string(b.shape[xb[i]]));
    ksize = mul_or_throw(ksize, a.shape[xa[i]], op);
  }
  // a -> (free_a..., summed...) as (A, K); b -> (summed..., free_b...) as (K, B).
  std::vector<int> pa, pb;
  Shape out_shape;
  int64_t asize = 1, bsize = 1;
  for (int d = 0; d < a.ndim(); ++d)
    if (std::find(xa.begin(), xa.end(), d) == xa.end()) {
      pa.push_back(d);
      out_shape.push_back(a.shape[d]);
      asize = mul_or_throw(asize, a.shape[d], op);
    }
  pa.insert(pa.end(), xa.begin(), xa.end());
  pb = xb;
  for (int d = 0; d < b.ndim(); ++d)
    if (std::find(xb.begin(), xb.end(), d) == xb.end()) {
      pb.push_back(d);
      out_shape.push_back(b.shape[d]);
      bsize = mul_or_throw(bsize, b.shape[d], op);
    }
  check_ndim(out_shape.size(), op);
  Array a2 = reshaped(permute_view(a, pa), {asize, ksize});
  Array b2 = reshaped(permute_view(b, pb), {ksize, bsize});
  return reshaped(matmul_nd(a2, b2, op, a.shape, b.shape), out_shape);
}

Array tensordot(const Array& a, const Array& b, int64_t n) {
  if (n < 0)
    throw std::invalid_argument("[tensordot] axes must be non-negative, got " + std::to_string(n));
  if (n > a.ndim() || n > b.ndim())
    throw std::invalid_argument("[tensordot] axes=" + std::to_string(n) +
                                " exceeds the dimensions of shapes " + shape_str(a.shape) +
                                " and " + shape_str(b.shape));
  std::vector<int64_t> xa, xb;
  for (int64_t i = 0; i < n; ++i) {
    xa.push_back(a.ndim() - n + i);
    xb.push_back(i);
  }
  return tensordot(a, b, xa, xb);
}

Array inner(const Operand& x1, const Operand& x2) {
  if (is_scalar_like(x1) || is_scalar_like(x2)) return apply(OpId::multiply, {x1, x2});
  const Array &a = *x1.array, &b = *x2.array;
  if (a.shape.back() != b.shape.back())
    throw std::invalid_argument(not_aligned("inner", a.shape, b.shape, a.ndim() - 1, b.ndim() - 1));
  return tensordot(a, b, {a.ndim() - 1}, {b.ndim() - 1});
}

Array outer(const Array& a, const Array& b) {
  common_queue({&a, &b}, "outer");
  Array a2 = reshaped(a, {a.size(), 1});
  Array b2 = reshaped(b, {1, b.size()});
  return apply(OpId::multiply, {Operand::of(a2), Operand::of(b2)});
}

Array matrix_transpose(const Array& x) {
  if (x.ndim() < 2)
    throw std::invalid_argument("[matrix_transpose] x must be at least 2-D, got shape " +
                                shape_str(x.shape));
  std::vector<int> axes(x.ndim());
  std::iota(axes.begin(), axes.end(), 0);
  std::swap(axes[x.ndim() - 2], axes[x.ndim() - 1]);
  return permute_view(x, axes);
}

namespace {

// A complex array seen as real (re, im) pairs: shape + (2,), no copy.
Array real_pairs(const Array& c) {
  Array r = c;
  r.dtype = real_dtype(c.dtype);
  for (int64_t& st : r.strides) st *= 2;
  r.shape.push_back(2);
  r.strides.push_back(1);
  r.offset = c.offset * 2;
  return r;
}

// Component j of the trailing axis (a view without it).
Array component(const Array& a, int j) {
  Array r = a;
  r.offset += j * a.strides.back();
  r.shape.pop_back();
  r.strides.pop_back();
  return r;
}

}  // namespace

Array conjugate(const Array& x) {
  if (!is_complex(x.dtype)) return x;
  // Negate the imaginary parts of a copy.
  Array y = copy_array(x, x.dtype, x.usm_type());
  Array im = component(real_pairs(y), 1);
  apply(OpId::negative, {Operand::of(im)}, &im);
  return y;
}

Array vecdot(const Array& x1, const Array& x2, int64_t axis) {
  const char* op = "vecdot";
  common_queue({&x1, &x2}, op);
  if (x1.ndim() == 0 || x2.ndim() == 0)
    throw std::invalid_argument(pre(op) + "operands must be at least 1-D, got shapes " +
                                shape_str(x1.shape) + " and " + shape_str(x2.shape));
  const int a1 = normalize_axis(axis, x1.ndim(), op), a2 = normalize_axis(axis, x2.ndim(), op);
  if (x1.shape[a1] != x2.shape[a2])
    throw std::invalid_argument(pre(op) + "x1 of shape " + shape_str(x1.shape) + " has size " +
                                std::to_string(x1.shape[a1]) + " along axis " +
                                std::to_string(axis) + " but x2 of shape " + shape_str(x2.shape) +
                                " has size " + std::to_string(x2.shape[a2]));
  auto to_last = [](const Array& x, int ax) {
    std::vector<int> p;
    for (int d = 0; d < x.ndim(); ++d)
      if (d != ax) p.push_back(d);
    p.push_back(ax);
    return permute_view(x, p);
  };
  Array a = conjugate(to_last(x1, a1)), b = to_last(x2, a2);
  if (std::max(x1.ndim(), x2.ndim()) >= kMaxDims) {
    // The batched product below needs one dimension more than an array may have.
    Array p = apply(OpId::multiply, {Operand::of(a), Operand::of(b)});
    const Axes last = std::vector<int64_t>{-1};
    return p.dtype == DType::Bool ? any(p, last, false) : sum(p, last, p.dtype, false);
  }
  // (..., K) -> (..., 1, K) @ (..., K, 1) -> (..., 1, 1): one batched product.
  Array r = matmul_nd(insert_unit_axis(a, x1.ndim() - 1), insert_unit_axis(b, x2.ndim()), op,
                      x1.shape, x2.shape);
  Shape s(r.shape.begin(), r.shape.end() - 2);
  return reshaped(r, s);
}

Array write_to(const Array& result, const Array& out, const char* op) {
  common_queue({&result, &out}, op);
  if (result.shape != out.shape)
    throw std::invalid_argument(pre(op) + "out has shape " + shape_str(out.shape) +
                                " but the result has shape " + shape_str(result.shape));
  if (!can_cast_same_kind(result.dtype, out.dtype))
    throw TypeError(pre(op) + "cannot cast the result from " + name_of(result.dtype) + " to " +
                    name_of(out.dtype) + " with casting rule 'same_kind'");
  assign(out, result, op);
  return out;
}

}  // namespace dp
