// CLBlast, opened with dlopen("libclblast.so.1") at run time when present. Only
// the GEMM entry points are used; their C signatures are declared here so that
// building dparray needs no CLBlast headers.
#pragma once
#include <cstddef>

#include "dparray/array/dtype.h"
#include "dparray/backend/opencl/loader.h"

namespace dp::ocl {

// One row-major GEMM description: C (m x n, ld c_ld) = op(A) op(B), batched with
// element strides between consecutive matrices.
struct GemmCall {
  bool a_trans, b_trans;
  size_t m, n, k;
  cl_mem a, b, c;
  size_t a_off, a_ld, a_stride;
  size_t b_off, b_ld, b_stride;
  size_t c_off, c_ld, c_stride;
  size_t batch;
};

class ClBlast {
 public:
  // The library, or null when it (or an entry point) is missing. Loaded once;
  // DPARRAY_CLBLAST_LIBRARY overrides the path ("" or "none" disables it).
  static const ClBlast* get();
  // True for float32 / float64 / complex64 / complex128.
  static bool supports(DType t);
  // Enqueues the GEMM; false when CLBlast refuses (the caller falls back).
  bool gemm(DType t, const GemmCall& g, cl_command_queue q, cl_event* ev) const;

 private:
  void* handle_ = nullptr;
  void* strided_[4] = {};  // Sgemm/Dgemm/Cgemm/ZgemmStridedBatched
  void* single_[4] = {};   // Sgemm/Dgemm/Cgemm/Zgemm
};

}  // namespace dp::ocl
