// OpenCL C generator of the sort / argsort / searchsorted kernels (codegen_sort.cpp).
#pragma once
#include <string>

#include "dparray/array/dtype.h"

namespace dp::ocl::gen {

// Kernels of one dtype: sort_init, sort_step (a global bitonic merge step), sort_local
// (the steps within `group`-wide blocks, in local memory), sort_values / sort_indices
// (copy the sorted rows out), searchsorted (a binary search per value) and, for real dtypes,
// radix_count / radix_scan and radix_keys_* / radix_scatter_* / radix_out_* (payload idx or val).
std::string sort_program(DType t, size_t group);
// Bits of the radix-sort key of t (real dtypes; the radix_* kernels of sort_program).
size_t radix_key_bits(DType t);

}  // namespace dp::ocl::gen
