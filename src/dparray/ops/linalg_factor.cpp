#include "dparray/ops/linalg_factor.h"

#include <complex>
#include <cstring>
#include <numeric>

#include "dparray/backend/host/host_device.h"
#include "dparray/backend/host/lapack_batch.h"
#include "dparray/ops/linalg.h"
#include "dparray/ops/reduction.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

std::string pre(const char* op) { return std::string("[") + op + "] "; }

bool on_host(const Queue& q) { return q->device()->backend_kind() == BackendKind::Host; }

// Runs LAPACK work f (returning int64_t) on the host device's own cores (its TBB arena: a
// sub-device's share); work staged from other devices runs on the caller's arena.
template <class F>
int64_t on_cores(const Queue& q, F&& f) {
  if (!on_host(q)) return f();
  int64_t r = -1;
  static_cast<host::HostDevice&>(*q->device()).arena().execute([&] { r = f(); });
  return r;
}

// Host memory LAPACK reads and writes: the array's own memory on the host backend, a
// staging vector (uploaded by result()) on other devices.
class Staged {
 public:
  // A new C-contiguous array of shape / dtype t for queue q.
  Staged(const Shape& shape, DType t, const Queue& q, UsmType usm)
      : shape_(shape), t_(t), q_(q), usm_(usm) {
    if (on_host(q)) {
      arr_ = empty(shape, t, q, usm);
      p_ = arr_.host_data();
    } else {
      vec_.resize(shape_size(shape) * itemsize(t));
      p_ = vec_.data();
    }
  }
  // A C-contiguous copy of the view x in dtype t (the cast and the layout change run on
  // x's device as one copy).
  static Staged copy_of(const Array& x, DType t) {
    Staged s;
    s.shape_ = x.shape;
    s.t_ = t;
    s.q_ = x.queue;
    s.usm_ = x.usm_type();
    s.arr_ = copy_array(x, t, s.usm_);
    if (on_host(s.q_)) {
      s.q_->wait();
      s.p_ = s.arr_.host_data();
    } else {
      s.vec_.resize(s.arr_.nbytes());
      if (!s.vec_.empty()) to_host(s.arr_, s.vec_.data());
      s.p_ = s.vec_.data();
    }
    return s;
  }
  void* data() const { return p_; }
  template <class T>
  T* as() const {
    return reinterpret_cast<T*>(p_);
  }
  Array result() const {
    if (on_host(q_)) return arr_;
    return from_host(vec_.data(), shape_, t_, q_, usm_);
  }

 private:
  Staged() = default;
  Shape shape_;
  DType t_ = DType::Float64;
  Queue q_;
  UsmType usm_ = UsmType::Device;
  Array arr_;
  std::vector<char> vec_;
  char* p_ = nullptr;
};

Shape batch_of(const Array& x) { return Shape(x.shape.begin(), x.shape.end() - 2); }

Shape with(Shape s, std::initializer_list<int64_t> tail) {
  s.insert(s.end(), tail);
  return s;
}

void check_matrix(const Array& x, const char* op) {
  if (x.ndim() < 2)
    throw std::invalid_argument(pre(op) + "x must be at least 2-D, got shape " +
                                shape_str(x.shape));
}

void check_square(const Array& x, const char* op) {
  check_matrix(x, op);
  if (x.shape[x.ndim() - 1] != x.shape[x.ndim() - 2])
    throw std::invalid_argument(pre(op) + "last 2 dimensions of x must be square, got shape " +
                                shape_str(x.shape));
}

// " (matrix 3 of the batch)" for batched input, "" for one matrix.
std::string which(int64_t bad, int64_t count) {
  return count > 1 ? " (matrix " + std::to_string(bad) + " of the batch)" : "";
}

// x (..., m, n) laid out column-major, in dtype t: matrix_transpose(x) copied C-contiguous.
Staged column_major(const Array& x, DType t) { return Staged::copy_of(matrix_transpose(x), t); }
// x as it is, C-contiguous: each matrix is x^T column-major. inv, det, cholesky, solve and
// svd use identities of the transpose with it, which saves a strided copy each way.
Staged row_major(const Array& x, DType t) { return Staged::copy_of(x, t); }

// Writes `count` identity matrices of order n (column-major) at p.
void fill_identity(void* p, DType t, int64_t count, int64_t rows, int64_t cols) {
  if (count == 0 || rows == 0 || cols == 0) return;  // p may be null for an empty result
  const size_t isz = itemsize(t);
  std::memset(p, 0, static_cast<size_t>(count * rows * cols) * isz);
  char one[16] = {};
  if (t == DType::Float32 || t == DType::Complex64) {
    const float v = 1;
    std::memcpy(one, &v, sizeof v);
  } else {
    const double v = 1;
    std::memcpy(one, &v, sizeof v);
  }
  for (int64_t b = 0; b < count; ++b)
    for (int64_t j = 0; j < std::min(rows, cols); ++j)
      std::memcpy(static_cast<char*>(p) + ((b * cols + j) * rows + j) * isz, one, isz);
}

}  // namespace

DType linalg_dtype(DType t, const Device& d) {
  if (t == DType::Float16) return DType::Float32;
  if (!is_inexact(t)) return default_float(d);
  return t;
}

Array cholesky(const Array& x, bool upper) {
  const char* op = "cholesky";
  check_square(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const int64_t n = x.shape.back(), count = shape_size(batch_of(x));
  // The buffer holds M = x^T = conj(x) column-major; potrf with the other triangle gives
  // M = U^H U (or L L^H) whose buffer, read row-major, is x's L (or U).
  Staged a = row_major(x, t);
  if (count > 0 && n > 0) {
    const int64_t bad =
        on_cores(x.queue, [&] { return host::lapack_cholesky(t, count, n, a.data(), !upper); });
    if (bad >= 0)
      throw LinAlgError(pre(op) + "matrix is not positive definite" + which(bad, count));
  }
  return a.result();
}

Array inv(const Array& x) {
  const char* op = "inv";
  check_square(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const int64_t n = x.shape.back(), count = shape_size(batch_of(x));
  Staged a = row_major(x, t);  // inv(x^T) = inv(x)^T
  if (count > 0 && n > 0) {
    const int64_t bad = on_cores(x.queue, [&] { return host::lapack_inv(t, count, n, a.data()); });
    if (bad >= 0) throw LinAlgError(pre(op) + "singular matrix" + which(bad, count));
  }
  return a.result();
}

Array solve(const Array& x1, const Array& x2) {
  const char* op = "solve";
  const Queue& q = common_queue({&x1, &x2}, op);
  check_square(x1, op);
  if (x2.ndim() < 1)
    throw std::invalid_argument(pre(op) + "x2 must be at least 1-D, got shape " +
                                shape_str(x2.shape));
  const DType t = linalg_dtype(promote_types(x1.dtype, x2.dtype), q->device());
  const int64_t n = x1.shape.back();
  const bool vec = x2.ndim() == 1;
  const int64_t rows = vec ? x2.shape[0] : x2.shape[x2.ndim() - 2];
  if (rows != n)
    throw std::invalid_argument(pre(op) + "x2 of shape " + shape_str(x2.shape) +
                                " does not match x1 of shape " + shape_str(x1.shape) + ": " +
                                std::to_string(rows) + " != " + std::to_string(n) +
                                (vec ? "" : " (x2 is a stack of matrices unless it is 1-D)"));
  const Shape b1 = batch_of(x1);
  Shape batch = b1;
  if (!vec) {
    const Shape b2 = batch_of(x2);
    try {
      batch = broadcast_shapes({&b1, &b2}, op);
    } catch (const std::invalid_argument&) {
      throw std::invalid_argument(pre(op) + "batch dimensions of shapes " + shape_str(x1.shape) +
                                  " and " + shape_str(x2.shape) + " do not broadcast");
    }
  }
  const int64_t k = vec ? 1 : x2.shape.back(), count = shape_size(batch);
  Array b = x2;
  if (vec) {  // (n,) -> (n, 1), a view
    b.shape = {n, 1};
    b.strides = {x2.strides[0], 0};
  }
  Array a = broadcast_view(x1, with(batch, {n, n}), op);
  b = broadcast_view(b, with(batch, {n, k}), op);
  const UsmType usm = common_usm({&x1, &x2});
  Shape out_shape = vec ? with(batch, {n}) : with(batch, {n, k});
  if (count == 0 || n == 0 || k == 0) return full(out_shape, t, Scalar::from_int(0), q, usm, op);
  // A row-major (LU of A^T, transposed solve); B and X column-major, which for one
  // right-hand side is also their row-major layout.
  Staged sa = row_major(a, t), sb = k == 1 ? row_major(b, t) : column_major(b, t);
  const int64_t bad =
      on_cores(q, [&] { return host::lapack_solve(t, count, n, k, sa.data(), sb.data()); });
  if (bad >= 0) throw LinAlgError(pre(op) + "singular matrix" + which(bad, count));
  Array r = sb.result();  // (batch, n, 1) or, for k > 1, (batch, k, n): X column-major
  if (vec) {
    r.shape = out_shape;
    r.strides.pop_back();
    return r;
  }
  return k == 1 ? r : matrix_transpose(r);
}

namespace {

// det and / or sign + log|det| of square x.
std::vector<Array> lu_det(const Array& x, bool want_det, const char* op) {
  check_square(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const Shape batch = batch_of(x);
  const int64_t n = x.shape.back(), count = shape_size(batch);
  Staged a = row_major(x, t);  // det(x^T) = det(x)
  const UsmType usm = x.usm_type();
  std::vector<Array> r;
  if (want_det) {
    Staged d(batch, t, x.queue, usm);
    if (count > 0)
      on_cores(x.queue, [&] {
        host::lapack_det(t, count, n, a.data(), d.data(), nullptr, nullptr);
        return int64_t(-1);
      });
    r.push_back(d.result());
  } else {
    Staged s(batch, t, x.queue, usm), l(batch, real_dtype(t), x.queue, usm);
    if (count > 0)
      on_cores(x.queue, [&] {
        host::lapack_det(t, count, n, a.data(), nullptr, s.data(), l.data());
        return int64_t(-1);
      });
    r.push_back(s.result());
    r.push_back(l.result());
  }
  return r;
}

}  // namespace

Array det(const Array& x) { return lu_det(x, true, "det")[0]; }

std::vector<Array> slogdet(const Array& x) { return lu_det(x, false, "slogdet"); }

std::vector<Array> eigh(const Array& x, bool vectors, bool upper) {
  const char* op = vectors ? "eigh" : "eigvalsh";
  check_square(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const Shape batch = batch_of(x);
  const int64_t n = x.shape.back(), count = shape_size(batch);
  Staged a = column_major(x, t);
  Staged w(with(batch, {n}), real_dtype(t), x.queue, x.usm_type());
  if (count > 0 && n > 0) {
    const int64_t bad = on_cores(x.queue, [&] {
      return host::lapack_eigh(t, count, n, a.data(), w.data(), vectors, upper);
    });
    if (bad >= 0) throw LinAlgError(pre(op) + "eigenvalues did not converge" + which(bad, count));
  }
  if (!vectors) return {w.result()};
  return {w.result(), matrix_transpose(a.result())};
}

std::vector<Array> svd(const Array& x, bool full_matrices, bool compute_uv) {
  const char* op = compute_uv ? "svd" : "svdvals";
  check_matrix(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const Shape batch = batch_of(x);
  const int64_t m = x.shape[x.ndim() - 2], n = x.shape.back(), k = std::min(m, n);
  const int64_t count = shape_size(batch);
  const int64_t ucols = full_matrices ? m : k, vtrows = full_matrices ? n : k;
  const UsmType usm = x.usm_type();
  // LAPACK factors M = x^T (n x m column-major, the row-major buffer of x): with
  // M = U_M S V_M^H, x = conj(V_M) S U_M^T, so x's U is V_M^H's buffer read row-major
  // and x's V^H is U_M's: both come out C-contiguous, no transposed copy either way.
  Staged a = row_major(x, t);
  Staged s(with(batch, {k}), real_dtype(t), x.queue, usm);
  if (!compute_uv) {
    if (count > 0 && k > 0) {
      const int64_t bad = on_cores(x.queue, [&] {
        return host::lapack_svd(t, count, n, m, a.data(), s.data(), nullptr, nullptr, false);
      });
      if (bad >= 0) throw LinAlgError(pre(op) + "SVD did not converge" + which(bad, count));
    }
    return {s.result()};
  }
  Staged u(with(batch, {m, ucols}), t, x.queue, usm), vh(with(batch, {vtrows, n}), t, x.queue, usm);
  if (count > 0 && k > 0) {
    const int64_t bad = on_cores(x.queue, [&] {
      return host::lapack_svd(t, count, n, m, a.data(), s.data(), vh.data(), u.data(),
                              full_matrices);
    });
    if (bad >= 0) throw LinAlgError(pre(op) + "SVD did not converge" + which(bad, count));
  } else if (count > 0) {
    fill_identity(u.data(), t, count, m, ucols);
    fill_identity(vh.data(), t, count, vtrows, n);
  }
  return {u.result(), s.result(), vh.result()};
}

std::vector<Array> qr(const Array& x, const std::string& mode) {
  const char* op = "qr";
  if (mode != "reduced" && mode != "complete" && mode != "r")
    throw std::invalid_argument(pre(op) + "mode must be 'reduced', 'complete' or 'r', got '" +
                                mode + "'");
  check_matrix(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const Shape batch = batch_of(x);
  const int64_t m = x.shape[x.ndim() - 2], n = x.shape.back(), k = std::min(m, n);
  const int64_t count = shape_size(batch);
  const bool complete = mode == "complete", want_q = mode != "r";
  const int64_t rr = complete ? m : k, qc = complete ? m : k;
  const UsmType usm = x.usm_type();
  Staged a = column_major(x, t);
  Staged r(with(batch, {n, rr}), t, x.queue, usm);
  std::optional<Staged> q;
  if (want_q) q.emplace(with(batch, {qc, m}), t, x.queue, usm);
  if (count > 0 && (n > 0 || (want_q && qc > 0)))
    on_cores(x.queue, [&] {
      host::lapack_qr(t, count, m, n, a.data(), want_q ? q->data() : nullptr, r.data(), complete);
      return int64_t(-1);
    });
  if (!want_q) return {matrix_transpose(r.result())};
  return {matrix_transpose(q->result()), matrix_transpose(r.result())};
}

std::vector<Array> eig(const Array& x, bool vectors) {
  const char* op = vectors ? "eig" : "eigvals";
  check_square(x, op);
  const DType t = linalg_dtype(x.dtype, x.device());
  const DType ct = is_complex(t) ? t : complex_dtype(t);
  const Shape batch = batch_of(x);
  const int64_t n = x.shape.back(), count = shape_size(batch);
  const UsmType usm = x.usm_type();
  Staged a = column_major(x, t);
  Staged w(with(batch, {n}), ct, x.queue, usm);
  std::optional<Staged> v;
  if (vectors) v.emplace(with(batch, {n, n}), ct, x.queue, usm);
  if (count > 0 && n > 0) {
    const int64_t bad = on_cores(x.queue, [&] {
      return host::lapack_eig(t, count, n, a.data(), w.data(), vectors ? v->data() : nullptr);
    });
    if (bad >= 0) throw LinAlgError(pre(op) + "eigenvalues did not converge" + which(bad, count));
  }
  if (!vectors) return {w.result()};
  return {w.result(), matrix_transpose(v->result())};
}

namespace {

// diagonal, with errors naming `op` (diagonal or trace).
Array diagonal_of(const Array& x, int64_t offset, int64_t axis1, int64_t axis2, const char* op) {
  if (x.ndim() < 2)
    throw std::invalid_argument(pre(op) + "x must be at least 2-D, got shape " +
                                shape_str(x.shape));
  const int a1 = normalize_axis(axis1, x.ndim(), op), a2 = normalize_axis(axis2, x.ndim(), op);
  if (a1 == a2)
    throw std::invalid_argument(pre(op) + "axis1 and axis2 cannot be the same (" +
                                std::to_string(axis1) + ", " + std::to_string(axis2) + ")");
  const int64_t n1 = x.shape[a1], n2 = x.shape[a2];
  int64_t len = offset >= 0 ? std::min(n1, n2 - std::min(offset, n2))
                            : std::min(n1 - std::min(-offset, n1), n2);
  len = std::max<int64_t>(len, 0);
  Array r = x;
  r.shape.clear();
  r.strides.clear();
  for (int d = 0; d < x.ndim(); ++d)
    if (d != a1 && d != a2) {
      r.shape.push_back(x.shape[d]);
      r.strides.push_back(x.strides[d]);
    }
  if (len > 0) r.offset += offset >= 0 ? offset * x.strides[a2] : -offset * x.strides[a1];
  r.shape.push_back(len);
  r.strides.push_back(x.strides[a1] + x.strides[a2]);
  return r;
}

}  // namespace

Array diagonal(const Array& x, int64_t offset, int64_t axis1, int64_t axis2) {
  return diagonal_of(x, offset, axis1, axis2, "diagonal");
}

Array trace(const Array& x, int64_t offset, int64_t axis1, int64_t axis2,
            std::optional<DType> dtype) {
  Array d = diagonal_of(x, offset, axis1, axis2, "trace");
  return sum(d, std::vector<int64_t>{-1}, dtype, false);
}

}  // namespace dp
