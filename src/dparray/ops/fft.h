// The fft extension (Array API 2024.12 and numpy.fft): argument checks, dtypes, lengths
// (zero padding and truncation), normalisation and the sequence of one-axis transforms,
// each run by the backend's OpExecutor::fft on the input's queue.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

enum class FftNorm : uint8_t { Backward, Ortho, Forward };
// "backward" / "ortho" / "forward"; anything else is a ValueError naming op.
FftNorm fft_norm(const std::string& norm, const char* op);

using FftSizes = std::optional<std::vector<int64_t>>;

// One axis. n: the transform length (nullopt: x.shape[axis]; irfft / hfft: 2 * (m - 1) for
// m input points); the input is zero-padded or truncated to it, n < 1 is a ValueError.
// Real input to fft / ifft becomes complex; rfft / ihfft take real input (complex is a
// TypeError); float32 / complex64 stay single precision, integers compute in the device's
// default floating type.
Array fft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);
Array ifft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);
Array rfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);
Array irfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);
Array hfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);
Array ihfft(const Array& x, std::optional<int64_t> n, int64_t axis, FftNorm norm);

// Several axes. s: lengths per axis (-1 keeps the input's); axes nullopt: the last len(s)
// axes, or every axis without s. The real transforms (rfftn, irfftn) are along the last of
// axes. `op` names the function in errors (fft2 and friends call these).
Array fftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm,
           const char* op = "fftn");
Array ifftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm,
            const char* op = "ifftn");
Array rfftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm,
            const char* op = "rfftn");
Array irfftn(const Array& x, const FftSizes& s, const FftSizes& axes, FftNorm norm,
             const char* op = "irfftn");

// Sample frequencies (fft_freq.cpp): fftfreq [0, 1, ..., -(n // 2), ..., -1] / (d * n); rfftfreq
// [0, 1, ..., n // 2] / (d * n). dtype: a real floating type (default: the device's).
Array fftfreq(int64_t n, double d, std::optional<DType> dtype, const Queue& q, UsmType usm);
Array rfftfreq(int64_t n, double d, std::optional<DType> dtype, const Queue& q, UsmType usm);

// Zero frequency to the centre (and back) along axes (nullopt: every axis); a new array.
Array fftshift(const Array& x, const FftSizes& axes);
Array ifftshift(const Array& x, const FftSizes& axes);

}  // namespace dp
