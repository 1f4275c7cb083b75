// Helpers shared by the OpenCL backend tests.
#pragma once
#include <gtest/gtest.h>

#include "dparray/runtime/registry.h"

#define DP_REQUIRE_OPENCL()                                               \
  do {                                                                    \
    if (::dp::Registry::get().devices(::dp::BackendKind::OpenCL).empty()) \
      GTEST_SKIP() << "no OpenCL device";                                 \
  } while (0)

namespace dp::test {

inline Device ocl_device() { return Registry::get().devices(BackendKind::OpenCL).front(); }
inline Queue ocl_queue() { return Registry::get().default_queue(ocl_device()); }
inline Device host_device() { return Registry::get().devices(BackendKind::Host).front(); }
inline Queue host_queue() { return Registry::get().default_queue(host_device()); }

}  // namespace dp::test

#include <cmath>
#include <complex>
#include <cstring>
#include <string>
#include <vector>

#include "dparray/array/array.h"

namespace dp::test {

// Raw element bytes of a C-contiguous host array.
struct HostData {
  DType dtype;
  Shape shape;
  std::vector<unsigned char> bytes;
  int64_t size() const { return shape_size(shape); }
};

inline Array upload(const HostData& h, const Queue& q) {
  return from_host(h.bytes.data(), h.shape, h.dtype, q, UsmType::Device);
}

inline HostData download(const Array& a) {
  HostData h{a.dtype, a.shape, std::vector<unsigned char>(a.nbytes())};
  to_host(a, h.bytes.data());
  return h;
}

// Element k as a complex double (exact for every dtype except 64-bit integers
// beyond 2^53, which tests compare through `as_u64`).
inline std::complex<double> element(const HostData& h, int64_t k) {
  const unsigned char* p = h.bytes.data() + k * itemsize(h.dtype);
  auto get = [&](auto v) {
    std::memcpy(&v, p, sizeof(v));
    return v;
  };
  switch (h.dtype) {
    case DType::Bool: return get(uint8_t{});
    case DType::Int8: return get(int8_t{});
    case DType::Int16: return get(int16_t{});
    case DType::Int32: return get(int32_t{});
    case DType::Int64: return double(get(int64_t{}));
    case DType::UInt8: return get(uint8_t{});
    case DType::UInt16: return get(uint16_t{});
    case DType::UInt32: return get(uint32_t{});
    case DType::UInt64: return double(get(uint64_t{}));
    case DType::Float16: return double(get(_Float16{}));
    case DType::Float32: return get(float{});
    case DType::Float64: return get(double{});
    case DType::Complex64: return std::complex<double>(get(std::complex<float>{}));
    default: return get(std::complex<double>{});
  }
}

inline uint64_t as_u64(const HostData& h, int64_t k) {
  uint64_t v = 0;
  std::memcpy(&v, h.bytes.data() + k * itemsize(h.dtype), itemsize(h.dtype));
  return v;
}

// Equal, or both NaN, or (rtol > 0) within rtol of the larger magnitude. Exact
// comparisons also check the sign of zero.
inline bool close(double a, double b, double rtol) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (rtol == 0) return a == b && std::signbit(a) == std::signbit(b);
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= rtol * std::max({std::fabs(a), std::fabs(b), 1e-30});
}

// Compares element k of two results; complex parts are compared at the scale of |z|.
inline bool same_element(const HostData& x, const HostData& y, int64_t k, double rtol,
                         std::string* what) {
  bool ok;
  if (!is_inexact(x.dtype)) {
    ok = as_u64(x, k) == as_u64(y, k);
  } else {
    auto a = element(x, k), b = element(y, k);
    if (!is_complex(x.dtype) || rtol == 0) {
      ok = close(a.real(), b.real(), rtol) && close(a.imag(), b.imag(), rtol);
    } else {
      double scale = std::max(std::abs(a), std::abs(b));
      auto part = [&](double u, double v) {
        if (std::isnan(u) || std::isnan(v) || std::isinf(u) || std::isinf(v) ||
            !std::isfinite(scale))
          return close(u, v, 0) || (std::isnan(u) && std::isnan(v)) || u == v;
        return std::fabs(u - v) <= rtol * std::max(scale, 1e-30);
      };
      ok = part(a.real(), b.real()) && part(a.imag(), b.imag());
    }
  }
  if (!ok && what) {
    auto a = element(x, k), b = element(y, k);
    *what = "element " + std::to_string(k) + ": host (" + std::to_string(a.real()) + ", " +
            std::to_string(a.imag()) + ") vs opencl (" + std::to_string(b.real()) + ", " +
            std::to_string(b.imag()) + ")";
  }
  return ok;
}

}  // namespace dp::test
