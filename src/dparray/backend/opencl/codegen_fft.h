// OpenCL C generator of the device FFT kernels (codegen_fft.cpp; driven by exec_fft.cpp).
#pragma once
#include <string>
#include <vector>

#include "dparray/array/dtype.h"

namespace dp::ocl::gen {

// Radices of the Stockham passes, in the order a plan uses them.
const std::vector<int>& fft_radices();

// Kernels of one complex dtype (complex64 / complex128). Twiddles and chirps are computed in
// double when `fp64_twiddles`, else in float (cospi / sinpi of an exactly reduced argument).
//  fft_r{R}_{f,b}: one Stockham pass of radix R (forward / backward sign);
//  fft_copy: scaled (optionally conjugated) copy of the first m points of each line;
//  r2c_pack / r2c_post / r2c_widen, c2r_pre / c2r_unpack / c2r_full / c2r_real: real transforms;
//  blue_chirp / blue_a / blue_b / blue_mul / blue_post: Bluestein's chirp-z steps;
//  fft_twiddles / fft_pass_twiddles: the twiddle tables of the passes.
// Every kernel takes the number of lines first (negative: lines side by side in memory) and a
// 1-d or 2-d range (POINT in codegen_fft.cpp); strided operands as (mem, offset, line stride,
// point stride) in elements.
std::string fft_program(DType complex_t, bool fp64_twiddles);

}  // namespace dp::ocl::gen
