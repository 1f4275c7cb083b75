// fft's helpers that transform nothing: the sample frequencies and the shifts.
#include <string>
#include <vector>

#include "dparray/ops/fft.h"
#include "dparray/ops/manipulation.h"

namespace dp {

namespace {

std::string pre(const char* op) { return std::string("[") + op + "] "; }

Array freq(int64_t n, double d, std::optional<DType> dtype, const Queue& q, UsmType usm, bool half,
           const char* op) {
  if (n < 1)
    throw std::invalid_argument(pre(op) + "n must be a positive integer, got " + std::to_string(n));
  const DType t = dtype ? *dtype : default_float(q->device());
  if (!is_floating(t))
    throw std::invalid_argument(pre(op) + "dtype must be a real floating-point type, got " +
                                name_of(t));
  const int64_t m = half ? n / 2 + 1 : n;
  const double val = 1.0 / (d * static_cast<double>(n));
  // Computed in double on the host (as NumPy), rounded once to the result type.
  std::vector<double> v(static_cast<size_t>(m));
  for (int64_t i = 0; i < m; ++i) {
    const int64_t k = half || i < (n + 1) / 2 ? i : i - n;
    v[i] = static_cast<double>(k) * val;
  }
  if (t == DType::Float64) return from_host(v.data(), {m}, t, q, usm);
  std::vector<float> f(v.begin(), v.end());
  Array r = from_host(f.data(), {m}, DType::Float32, q, usm);
  return t == DType::Float32 ? r : astype(r, t, false);
}

Array shift(const Array& x, const FftSizes& axes, bool inverse, const char* op) {
  std::vector<int64_t> ax, shifts;
  if (axes) {
    for (int64_t a : *axes) ax.push_back(normalize_axis(a, x.ndim(), op));
  } else {
    for (int d = 0; d < x.ndim(); ++d) ax.push_back(d);
  }
  if (ax.empty()) return copy_array(x, x.dtype, x.usm_type());
  for (int64_t a : ax) shifts.push_back(inverse ? -(x.shape[a] / 2) : x.shape[a] / 2);
  return roll(x, shifts, ax);
}

}  // namespace

Array fftfreq(int64_t n, double d, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  return freq(n, d, dtype, q, usm, false, "fftfreq");
}
Array rfftfreq(int64_t n, double d, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  return freq(n, d, dtype, q, usm, true, "rfftfreq");
}

Array fftshift(const Array& x, const FftSizes& axes) { return shift(x, axes, false, "fftshift"); }
Array ifftshift(const Array& x, const FftSizes& axes) { return shift(x, axes, true, "ifftshift"); }

}  // namespace dp
