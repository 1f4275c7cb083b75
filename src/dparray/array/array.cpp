#include "dparray/array/array.h"

#include <cstring>
#include <stdexcept>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

// Whether the strides are those of a packed array in C (or F) order, with NumPy's
// flags: an empty array is contiguous and a size-1 dimension may have any stride.
bool packed(const Shape& shape, const Strides& strides, bool c_order) {
  for (int64_t d : shape)
    if (d == 0) return true;
  const int n = static_cast<int>(shape.size());
  int64_t expect = 1;
  for (int k = 0; k < n; ++k) {
    const int d = c_order ? n - 1 - k : k;
    if (shape[d] == 1) continue;
    if (strides[d] != expect || !checked_mul(expect, shape[d], &expect)) return false;
  }
  return true;
}

}  // namespace

bool Array::is_c_contiguous() const { return packed(shape, strides, true); }

bool Array::is_f_contiguous() const { return packed(shape, strides, false); }

char* Array::host_data() const {
  char* p = static_cast<char*>(buf->host_ptr());
  return p ? p + byte_offset() : nullptr;
}

void check_dtype_supported(DType dtype, const Device& d, const char* op) {
  if ((dtype == DType::Float64 || dtype == DType::Complex128) && !d->info().fp64)
    throw std::invalid_argument(std::string("[") + op + "] device '" + d->filter_string() +
                                "' does not support " + name_of(dtype) +
                                " (no double precision); use float32 / complex64");
}

DType default_float(const Device& d) { return d->info().fp64 ? DType::Float64 : DType::Float32; }
DType default_complex(const Device& d) {
  return d->info().fp64 ? DType::Complex128 : DType::Complex64;
}

Array empty(const Shape& shape, DType dtype, const Queue& q, UsmType usm, const char* op) {
  // Checked before anything is computed from the shape or allocated.
  const size_t n = static_cast<size_t>(check_shape(shape, itemsize(dtype), op));
  check_dtype_supported(dtype, q->device(), op);
  if (n > (size_t(1) << 48) / itemsize(dtype))
    throw MemoryError(std::string("[") + op + "] array of shape " + shape_str(shape) +
                      " and dtype " + name_of(dtype) + " is too large");
  Array a;
  a.shape = shape;
  a.strides = c_strides(shape);
  a.dtype = dtype;
  a.queue = q;
  a.buf = q->device()->backend().allocate(q, n * itemsize(dtype), usm);
  return a;
}

Array full(const Shape& shape, DType dtype, const Scalar& value, const Queue& q, UsmType usm,
           const char* op) {
  Array a = empty(shape, dtype, q, usm, op);
  if (a.size() > 0) q->device()->backend().ops().fill(q, a, value);
  return a;
}

std::string queue_str(const Queue& q) {
  return "Queue(" + q->device()->filter_string() + ", id " + std::to_string(q->id()) + ")";
}

const Queue& common_queue(std::initializer_list<const Array*> arrays, const char* op) {
  const Queue* first = nullptr;
  for (const Array* a : arrays) {
    if (!first) {
      first = &a->queue;
      continue;
    }
    if (a->queue != *first)
      throw ExecutionPlacementError(
          std::string("[") + op + "] arrays are on different queues: " + queue_str(*first) +
          " and " + queue_str(a->queue) +
          "; move data explicitly with x.to_device(...) or asarray(x, device=...)");
  }
  return *first;
}

UsmType common_usm(std::initializer_list<const Array*> arrays) {
  UsmType u = UsmType::Host;
  for (const Array* a : arrays) u = combine_usm(u, a->usm_type());
  return u;
}

Array reshape_view(const Array& a, const Shape& shape, bool* ok) {
  check_shape(shape, a.itemsize(), "reshape");
  *ok = true;
  Array r = a;
  r.shape = shape;
  if (a.is_c_contiguous()) {
    r.strides = c_strides(shape);
    return r;
  }
  // Non-contiguous: match groups of old dims to groups of new dims (NumPy's no-copy reshape).
  Shape os;
  Strides ost;
  for (int i = 0; i < a.ndim(); ++i)
    if (a.shape[i] != 1) {
      os.push_back(a.shape[i]);
      ost.push_back(a.strides[i]);
    }
  Strides ns(shape.size(), 0);
  size_t oi = 0, oj = 1, ni = 0, nj = 1;
  size_t onum = os.size(), nnum = shape.size();
  while (ni < nnum && oi < onum) {
    int64_t np = shape[ni], op = os[oi];
    while (np != op) {  // sizes agree and none is 0 here, so both products stay in range
      if (np < op)
        np = mul_or_throw(np, shape[nj++], "reshape");
      else
        op = mul_or_throw(op, os[oj++], "reshape");
    }
    for (size_t k = oi; k + 1 < oj; ++k) {
      int64_t span;
      if (!checked_mul(os[k + 1], ost[k + 1], &span) || ost[k] != span) {
        *ok = false;
        return a;
      }
    }
    ns[nj - 1] = ost[oj - 1];
    for (size_t k = nj - 1; k > ni; --k) ns[k - 1] = mul_or_throw(ns[k], shape[k], "reshape");
    ni = nj++;
    oi = oj++;
  }
  for (size_t k = ni; k < nnum; ++k) ns[k] = 1;  // trailing size-1 dims
  r.strides = ns;
  return r;
}

Array permute_view(const Array& a, const std::vector<int>& axes) {
  if (static_cast<int>(axes.size()) != a.ndim())
    throw std::invalid_argument("[permute_dims] axes " + std::to_string(axes.size()) +
                                " do not match array of dimension " + std::to_string(a.ndim()));
  std::vector<bool> seen(a.ndim(), false);
  Array r = a;
  for (size_t i = 0; i < axes.size(); ++i) {
    int ax = normalize_axis(axes[i], a.ndim(), "permute_dims");
    if (seen[ax]) throw std::invalid_argument("[permute_dims] repeated axis " + std::to_string(axes[i]));
    seen[ax] = true;
    r.shape[i] = a.shape[ax];
    r.strides[i] = a.strides[ax];
  }
  return r;
}

Array broadcast_view(const Array& a, const Shape& shape, const char* op) {
  check_shape(shape, a.itemsize(), op);
  if (shape.size() < a.shape.size())
    throw std::invalid_argument(std::string("[") + op + "] cannot broadcast shape " +
                                shape_str(a.shape) + " to " + shape_str(shape));
  Shape got = broadcast_shapes({&a.shape, &shape}, op);
  if (got != shape)
    throw std::invalid_argument(std::string("[") + op + "] cannot broadcast shape " +
                                shape_str(a.shape) + " to " + shape_str(shape));
  Array r = a;
  r.strides = broadcast_strides(a.shape, a.strides, shape);
  r.shape = shape;
  return r;
}

Array copy_array(const Array& a, DType dtype, UsmType usm) {
  Array r = empty(a.shape, dtype, a.queue, usm);
  if (r.size() > 0) a.device()->backend().ops().copy(a.queue, a, r);
  return r;
}

Array ascontiguous(const Array& a) {
  return a.is_c_contiguous() ? a : copy_array(a, a.dtype, a.usm_type());
}

Array astype(const Array& a, DType dtype, bool copy) {
  if (!copy && dtype == a.dtype) return a;
  check_dtype_supported(dtype, a.device(), "astype");
  return copy_array(a, dtype, a.usm_type());
}

void assign(const Array& dst, const Array& src, const char* op) {
  common_queue({&dst, &src}, op);
  Array s = broadcast_view(src, dst.shape, op);
  if (dst.size() == 0) return;
  // Overlapping source and destination: copy the source out first.
  if (s.buf == dst.buf) s = copy_array(s, s.dtype, s.usm_type());
  dst.device()->backend().ops().copy(dst.queue, s, dst);
}

void assign_scalar(const Array& dst, const Scalar& v) {
  if (dst.size() == 0) return;
  dst.device()->backend().ops().fill(dst.queue, dst, v);
}

Array from_host(const void* data, const Shape& shape, DType dtype, const Queue& q, UsmType usm) {
  Array a = empty(shape, dtype, q, usm, "asarray");
  if (a.nbytes() > 0) q->device()->backend().write(q, *a.buf, 0, data, a.nbytes());
  return a;
}

void to_host(const Array& a, void* dst) {
  Array c = ascontiguous(a);
  a.queue->wait();
  if (c.nbytes() == 0) return;
  c.device()->backend().read(c.queue, *c.buf, c.byte_offset(), dst, c.nbytes());
}

Array to_queue(const Array& a, const Queue& q, UsmType usm) {
  if (a.queue == q && a.usm_type() == usm) return a;
  Array src = ascontiguous(a);
  const bool same_device = a.device() == q->device();
  if (same_device && src.usm_type() == usm) {
    // Same memory, another queue: wait for pending writes, then share the buffer.
    a.queue->wait();
    Array r = src;
    r.queue = q;
    return r;
  }
  check_dtype_supported(a.dtype, q->device(), "to_device");
  Array r = empty(a.shape, a.dtype, q, usm);
  if (r.nbytes() == 0) return r;
  if (same_device && src.buf->host_ptr() == nullptr && r.buf->host_ptr() == nullptr) {
    // Device memory on one device: a device-side copy on the target queue.
    a.queue->wait();
    Array s2 = src;
    s2.queue = q;
    q->device()->backend().ops().copy(q, s2, r);
    return r;
  }
  a.queue->wait();
  if (char* sp = src.host_data()) {
    q->device()->backend().write(q, *r.buf, 0, sp, r.nbytes());
  } else if (char* dp = r.host_data()) {
    q->wait();
    src.device()->backend().read(src.queue, *src.buf, src.byte_offset(), dp, r.nbytes());
  } else {
    std::vector<char> staging(r.nbytes());
    src.device()->backend().read(src.queue, *src.buf, src.byte_offset(), staging.data(), r.nbytes());
    q->device()->backend().write(q, *r.buf, 0, staging.data(), r.nbytes());
  }
  return r;
}

}  // namespace dp
