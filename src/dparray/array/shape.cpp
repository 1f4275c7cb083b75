#include "dparray/array/shape.h"

#include <stdexcept>

#include "dparray/runtime/errors.h"

namespace dp {

namespace {

[[noreturn]] void too_big(const char* op, const std::string& what) {
  throw std::invalid_argument(std::string("[") + op + "] array is too big; " + what);
}

}  // namespace

int64_t mul_or_throw(int64_t a, int64_t b, const char* op) {
  int64_t r;
  if (!checked_mul(a, b, &r))
    too_big(op, std::to_string(a) + " * " + std::to_string(b) + " overflows int64");
  return r;
}

int64_t add_or_throw(int64_t a, int64_t b, const char* op) {
  int64_t r;
  if (!checked_add(a, b, &r))
    too_big(op, std::to_string(a) + " + " + std::to_string(b) + " overflows int64");
  return r;
}

int64_t shape_size(const Shape& s, const char* op) {
  for (auto d : s)
    if (d == 0) return 0;
  int64_t n = 1;
  for (auto d : s)
    if (!checked_mul(n, d, &n)) too_big(op, "shape " + shape_str(s));
  return n;
}

Strides c_strides(const Shape& s) {
  Strides st(s.size());
  int64_t acc = 1;
  for (size_t i = s.size(); i-- > 0;) {
    st[i] = acc;
    if (i > 0 && !checked_mul(acc, s[i] > 0 ? s[i] : 1, &acc))
      too_big("strides", "shape " + shape_str(s));
  }
  return st;
}

void check_ndim(size_t ndim, const char* op) {
  if (ndim > static_cast<size_t>(kMaxDims))
    throw std::invalid_argument(std::string("[") + op +
                                "] maximum supported dimension for an ndarray is currently " +
                                std::to_string(kMaxDims) + ", found " + std::to_string(ndim));
}

int64_t check_shape(const Shape& s, size_t itemsize, const char* op) {
  check_ndim(s.size(), op);
  for (int64_t d : s)
    if (d < 0)
      throw std::invalid_argument(std::string("[") + op +
                                  "] negative dimensions are not allowed: " + shape_str(s));
  // NumPy's rule: the bytes of the non-zero dimensions must fit, even when another is 0.
  int64_t bytes = static_cast<int64_t>(itemsize > 0 ? itemsize : 1);
  bool empty = false;
  for (int64_t d : s) {
    if (d == 0) {
      empty = true;
      continue;
    }
    if (!checked_mul(bytes, d, &bytes))
      too_big(op, "shape " + shape_str(s) + " with " + std::to_string(itemsize) +
                      "-byte elements exceeds 2**63 - 1 bytes");
  }
  return empty ? 0 : bytes / static_cast<int64_t>(itemsize > 0 ? itemsize : 1);
}

std::string shape_str(const Shape& s) {
  std::string r = "(";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i) r += ", ";
    r += std::to_string(s[i]);
  }
  if (s.size() == 1) r += ",";
  return r + ")";
}

Shape broadcast_shapes(const std::vector<const Shape*>& shapes, const char* op) {
  size_t nd = 0;
  for (auto* s : shapes) nd = std::max(nd, s->size());
  Shape out(nd, 1);
  for (auto* s : shapes) {
    size_t off = nd - s->size();
    for (size_t i = 0; i < s->size(); ++i) {
      int64_t d = (*s)[i];
      int64_t& o = out[off + i];
      if (d == o || d == 1) continue;
      if (o == 1) {
        o = d;
        continue;
      }
      std::string msg =
          std::string("[") + op + "] operands could not be broadcast together with shapes";
      for (auto* t : shapes) msg.append(" ").append(shape_str(*t));
      throw std::invalid_argument(msg);
    }
  }
  return out;
}

Strides broadcast_strides(const Shape& shape, const Strides& strides, const Shape& target) {
  Strides out(target.size(), 0);
  size_t off = target.size() - shape.size();
  for (size_t i = 0; i < shape.size(); ++i)
    out[off + i] = (shape[i] == 1 && target[off + i] != 1) ? 0 : strides[i];
  return out;
}

int normalize_axis(int64_t axis, int ndim, const char* op, const char* name) {
  if (axis < -ndim || axis >= ndim)
    throw AxisError(std::string("[") + op + "] " + name + " " + std::to_string(axis) +
                    " is out of bounds for array of dimension " + std::to_string(ndim));
  return static_cast<int>(axis < 0 ? axis + ndim : axis);
}

void collapse_dims(Shape& shape, std::vector<Strides*> strides) {
  // Drop size-1 dimensions first: their strides never matter.
  Shape ns;
  std::vector<Strides> nst(strides.size());
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == 1) continue;
    ns.push_back(shape[i]);
    for (size_t k = 0; k < strides.size(); ++k) nst[k].push_back((*strides[k])[i]);
  }
  // Merge dimension i into i+1 when stride[i] == shape[i+1] * stride[i+1] for all operands.
  Shape cs;
  std::vector<Strides> cst(strides.size());
  for (size_t i = 0; i < ns.size(); ++i) {
    if (!cs.empty()) {
      bool merge = true;
      for (size_t k = 0; k < strides.size(); ++k) {
        int64_t span;  // an overflowing span cannot equal a stride: no merge
        if (!checked_mul(ns[i], nst[k][i], &span) || cst[k].back() != span) merge = false;
      }
      if (merge) {
        cs.back() = mul_or_throw(cs.back(), ns[i], "collapse_dims");
        for (size_t k = 0; k < strides.size(); ++k) cst[k].back() = nst[k][i];
        continue;
      }
    }
    cs.push_back(ns[i]);
    for (size_t k = 0; k < strides.size(); ++k) cst[k].push_back(nst[k][i]);
  }
  shape = std::move(cs);
  for (size_t k = 0; k < strides.size(); ++k) *strides[k] = std::move(cst[k]);
}

}  // namespace dp
