// OpenCL C generator of the sort / argsort / searchsorted kernels (codegen_sort.cpp).
#pragma once
#include <string>

#include "dparray/array/dtype.h"

namespace dp::ocl::gen {

// Kernels of one dtype: sort_init, sort_step (a global bitonic merge step), sort_local
// (the steps within `group`-wide blocks, in local memory), sort_values / sort_indices
// (copy the sorted rows out) and searchsorted (a binary search per value).
std::string sort_program(DType t, size_t group);

}  // namespace dp::ocl::gen
