#include "dparray/ops/fft.h"

#include <cmath>
#include <string>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

std::string pre(const char* op) { return std::string("[") + op + "] "; }

void check_points(int64_t n, const char* op) {
  if (n < 1)
    throw std::invalid_argument(pre(op) + "invalid number of data points (" + std::to_string(n) +
                                "); it must be at least 1");
}

// The complex type a transform of x computes in (NumPy 2: float16 and float32 -> complex64).
DType complex_for(const Array& x) {
  switch (x.dtype) {
    case DType::Complex64:
    case DType::Complex128: return x.dtype;
    case DType::Float16:
    case DType::Float32: return DType::Complex64;
    case DType::Float64: return DType::Complex128;
    default: return default_complex(x.device());
  }
}

// The real type of a real-input transform (rfft, ihfft); complex input is a TypeError.
DType real_for(const Array& x, const char* op) {
  switch (x.dtype) {
    case DType::Complex64:
    case DType::Complex128:
      throw TypeError(pre(op) + "expected a real-valued array, got " + name_of(x.dtype) +
                      " (use fft for complex input)");
    case DType::Float16:
    case DType::Float32: return DType::Float32;
    case DType::Float64: return DType::Float64;
    default: return default_float(x.device());
  }
}

DType complex_of(DType real) {
  return real == DType::Float32 ? DType::Complex64 : DType::Complex128;
}
DType real_of(DType complex) {
  return complex == DType::Complex64 ? DType::Float32 : DType::Float64;
}

// The factor of a transform of length n: `inverse` ones divide by n under "backward".
double scale_of(FftNorm norm, int64_t n, bool inverse) {
  if (norm == FftNorm::Ortho) return 1.0 / std::sqrt(static_cast<double>(n));
  const bool divide = inverse ? norm == FftNorm::Backward : norm == FftNorm::Forward;
  return divide ? 1.0 / static_cast<double>(n) : 1.0;
}

// The array being transformed; `owned` when made here, so that a step may overwrite it.
struct Cur {
  Array a;
  bool owned;
};

Cur start(const Array& x, DType t) {
  Array a = astype(x, t, false);
  return {a, a.buf != x.buf};
}

// c.a along axis zero-padded or truncated (a view) to len.
Cur resized(const Cur& c, int axis, int64_t len, const char* op) {
  const int64_t have = c.a.shape[axis];
  if (have == len) return c;
  Array r = c.a;
  r.shape[axis] = len;
  if (len < have) return {r, c.owned};
  r = full(r.shape, c.a.dtype, Scalar::from_int(0), c.a.queue, c.a.usm_type(), op);
  Array head = r;
  head.shape[axis] = have;
  assign(head, c.a, op);
  return {r, true};
}

OpExecutor& exec_of(const Array& a) { return a.device()->backend().ops(); }

Cur c2c(Cur c, int axis, int64_t n, bool inverse, FftNorm norm, const char* op) {
  c = resized(c, axis, n, op);
  const Array& in = c.a;
  Array out = c.owned ? in : empty(in.shape, in.dtype, in.queue, in.usm_type(), op);
  exec_of(in).fft(in.queue, FftKind::C2C, in, out, axis, !inverse, scale_of(norm, n, inverse));
  return {out, true};
}

// Real n points -> n / 2 + 1 complex; `inverse` for ihfft (conjugated, divided under backward).
Cur r2c(Cur c, int axis, int64_t n, bool inverse, FftNorm norm, const char* op) {
  c = resized(c, axis, n, op);
  const Array& in = c.a;
  Shape s = in.shape;
  s[axis] = n / 2 + 1;
  Array out = empty(s, complex_of(in.dtype), in.queue, in.usm_type(), op);
  exec_of(in).fft(in.queue, FftKind::R2C, in, out, axis, !inverse, scale_of(norm, n, inverse));
  return {out, true};
}

// n / 2 + 1 complex -> n real points; `forward` for hfft.
Cur c2r(Cur c, int axis, int64_t n, bool forward, FftNorm norm, const char* op) {
  c = resized(c, axis, n / 2 + 1, op);
  const Array& in = c.a;
  Shape s = in.shape;
  s[axis] = n;
  Array out = empty(s, real_of(in.dtype), in.queue, in.usm_type(), op);
  exec_of(in).fft(in.queue, FftKind::C2R, in, out, axis, forward, scale_of(norm, n, !forward));
  return {out, true};
}

// NumPy returns float16 from irfft / hfft of float16 input (computed in float32).
Array real_result(const Array& x, const Array& r) {
  return x.dtype == DType::Float16 ? astype(r, DType::Float16, false) : r;
}

// One-axis transforms: kinds of the six functions.
enum class One { Fft, Ifft, Rfft, Irfft, Hfft, Ihfft };

// `t`: the dtype computed in, chosen on the input's own device.
Array one_axis(One kind, const Array& x, DType t, std::optional<int64_t> n_arg, int64_t axis_arg,
               FftNorm norm, const char* op) {
  const int axis = normalize_axis(axis_arg, x.ndim(), op);
  const bool to_real = kind == One::Irfft || kind == One::Hfft;
  const int64_t n = n_arg ? *n_arg : to_real ? 2 * (x.shape[axis] - 1) : x.shape[axis];
  check_points(n, op);
  switch (kind) {
    case One::Fft: return c2c(start(x, t), axis, n, false, norm, op).a;
    case One::Ifft: return c2c(start(x, t), axis, n, true, norm, op).a;
    case One::Rfft: return r2c(start(x, t), axis, n, false, norm, op).a;
    case One::Ihfft: return r2c(start(x, t), axis, n, true, norm, op).a;
    case One::Irfft: return real_result(x, c2r(start(x, t), axis, n, false, norm, op).a);
    case One::Hfft: return real_result(x, c2r(start(x, t), axis, n, true, norm, op).a);
  }
  return x;
}

// Normalised axes and their lengths; `irfft_last`: a missing or -1 last length is 2 * (m - 1).
struct NdPlan {
  std::vector<int> axes;
  std::vector<int64_t> s;
};

NdPlan nd_plan(const Array& x, const FftSizes& s, const FftSizes& axes, bool irfft_last,
               const char* op) {
  const int nd = x.ndim();
  std::vector<int64_t> ax;
  if (axes) {
    ax = *axes;
  } else if (s) {
    if (static_cast<int64_t>(s->size()) > nd)
      throw std::invalid_argument(pre(op) + "s has " + std::to_string(s->size()) +
                                  " entries but the array has only " + std::to_string(nd) +
                                  " dimensions");
    for (size_t i = 0; i < s->size(); ++i) ax.push_back(nd - int64_t(s->size()) + int64_t(i));
  } else {
    for (int d = 0; d < nd; ++d) ax.push_back(d);
  }
  if (s && s->size() != ax.size())
    throw std::invalid_argument(pre(op) + "s and axes have different lengths (" +
                                std::to_string(s->size()) + " and " + std::to_string(ax.size()) +
                                ")");
  NdPlan p;
  for (size_t i = 0; i < ax.size(); ++i) {
    const int a = normalize_axis(ax[i], nd, op);
    const bool last = i + 1 == ax.size();
    int64_t len = s ? (*s)[i] : -1;
    if (len == -1) len = irfft_last && last ? 2 * (x.shape[a] - 1) : x.shape[a];
    check_points(len, op);
    p.axes.push_back(a);
    p.s.push_back(len);
  }
  return p;
}

void check_some_axes(const NdPlan& p, const char* op) {
  if (p.axes.empty()) throw std::invalid_argument(pre(op) + "at least one axis is required");
}

Array c2c_nd(const Array& x, DType t, const FftSizes& s, const FftSizes& axes, bool inverse,
             FftNorm norm, const char* op) {
  const NdPlan p = nd_plan(x, s, axes, false, op);
  if (p.axes.empty()) return astype(x, t, true);
  Cur c = start(x, t);
  // As NumPy: the last axis first.
  for (size_t i = p.axes.size(); i-- > 0;) c = c2c(c, p.axes[i], p.s[i], inverse, norm, op);
  return c.a;
}

Array rfftn_on(const Array& x, DType t, const FftSizes& s, const FftSizes& axes, FftNorm norm,
               const char* op) {
  const NdPlan p = nd_plan(x, s, axes, false, op);
  check_some_axes(p, op);
  const size_t last = p.axes.size() - 1;
  Cur c = r2c(start(x, t), p.axes[last], p.s[last], false, norm, op);
  for (size_t i = last; i-- > 0;) c = c2c(c, p.axes[i], p.s[i], false, norm, op);
  return c.a;
}

Array irfftn_on(const Array& x, DType t, const FftSizes& s, const FftSizes& axes, FftNorm norm,
                const char* op) {
  const NdPlan p = nd_plan(x, s, axes, true, op);
  check_some_axes(p, op);
  const size_t last = p.axes.size() - 1;
  Cur c = start(x, t);
  for (size_t i = last; i-- > 0;) c = c2c(c, p.axes[i], p.s[i], true, norm, op);
  return real_result(x, c2r(c, p.axes[last], p.s[last], false, norm, op).a);
}

Array one(One kind, const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm,
          const char* op) {
  const bool real_in = kind == One::Rfft || kind == One::Ihfft;
  const DType t = real_in ? real_for(x, op) : complex_for(x);
  return one_axis(kind, x, t, n, axis, norm, op);
}

}  // namespace

FftNorm fft_norm(const std::string& norm, const char* op) {
  if (norm == "backward") return FftNorm::Backward;
  if (norm == "ortho") return FftNorm::Ortho;
  if (norm == "forward") return FftNorm::Forward;
  throw std::invalid_argument(pre(op) + "invalid norm value '" + norm +
                              "'; should be 'backward', 'ortho' or 'forward'");
}

Array fft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Fft, x, n, axis, norm, "fft");
}
Array ifft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Ifft, x, n, axis, norm, "ifft");
}
Array rfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Rfft, x, n, axis, norm, "rfft");
}
Array irfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Irfft, x, n, axis, norm, "irfft");
}
Array hfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Hfft, x, n, axis, norm, "hfft");
}
Array ihfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm) {
  return one(One::Ihfft, x, n, axis, norm, "ihfft");
}

Array fftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm, const char* op) {
  const DType t = complex_for(x);
  return c2c_nd(x, t, s, axes, false, norm, op);
}
Array ifftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm, const char* op) {
  const DType t = complex_for(x);
  return c2c_nd(x, t, s, axes, true, norm, op);
}
Array rfftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm, const char* op) {
  const DType t = real_for(x, op);
  return rfftn_on(x, t, s, axes, norm, op);
}
Array irfftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm,
             const char* op) {
  const DType t = complex_for(x);
  return irfftn_on(x, t, s, axes, norm, op);
}

}  // namespace dp
