// The OpenCL backend's op executor. Each primitive lives in its own file:
// exec_elementwise.cpp (elementwise, copy, fill, iota), exec_reduce.cpp,
// exec_scan.cpp, exec_random.cpp, exec_matmul.cpp, exec_index.cpp.
#pragma once
#include <functional>
#include <string>

#include "dparray/backend/opencl/program_cache.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/ops/executor.h"

namespace dp::ocl {

class OclExecutor final : public OpExecutor {
 public:
  void elementwise(const Queue& q, OpId op, DType loop, ArrayRefs in, const Array& out) override;
  void copy(const Queue& q, const Array& src, const Array& dst) override;
  void fill(const Queue& q, const Array& dst, const Scalar& v) override;
  void iota(const Queue& q, const Array& dst, const Scalar& start, const Scalar& step) override;
  void reduce(const Queue& q, ReduceOp op, const Array& in, int nred, const Array& out) override;
  void scan(const Queue& q, ReduceOp op, const Array& in, const Array& out) override;
  void random(const Queue& q, RandomDist dist, uint64_t seed, uint64_t offset, double p1, double p2,
              const Array& out) override;
  void take(const Queue& q, const Array& src, int axis, const std::vector<Array>& indices,
            const Array& out) override;
  void put(const Queue& q, const Array& dst, int axis, const std::vector<Array>& indices,
           const Array& values) override;
  // ufunc.at: exec_scatter.cpp.
  void scatter_op(const Queue& q, OpId op, DType loop, const Array& dst, int axis,
                  const std::vector<Array>& indices, const Array& values) override;
  void count_nonzero(const Queue& q, const Array& in, const Array& out) override;
  void nonzero(const Queue& q, const Array& in, const Array& out) override;
  void matmul(const Queue& q, const Array& a, const Array& b, const Array& out) override;
  // Device FFT (exec_fft.cpp, codegen_fft.cpp; docs/fft.md).
  void fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis, bool forward,
           double scale) override;
  // Sorting primitives: exec_sort.cpp.
  void sort(const Queue& q, const Array& in, const Array& out, bool descending) override;
  void argsort(const Queue& q, const Array& in, const Array& out, bool descending) override;
  void searchsorted(const Queue& q, const Array& sorted, const Array& values, bool right,
                    const Array& out) override;
  // Statistics primitives: exec_stats.cpp.
  void histogram(const Queue& q, const Array& values, const Array* weights, const Array* edges,
                 bool uniform, const Array& out) override;
  void partition(const Queue& q, const Array& in, const std::vector<int64_t>& kth, bool arg,
                 const Array& out) override;
};

// The generated program under `key` on q's device (built on first use).
ProgramPtr generated_program(OclQueue& q, const std::string& key,
                             const std::function<std::string()>& gen);
// Throws TypeError when q's device lacks float64 and t needs it.
void require_dtype(OclQueue& q, DType t, const char* op);
// A temporary C-contiguous array on q (device memory).
Array temp_array(const Queue& q, const Shape& shape, DType t);
// The cl_mem of an array.
cl_mem mem_of(const Array& a);

}  // namespace dp::ocl
