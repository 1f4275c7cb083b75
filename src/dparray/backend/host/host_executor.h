// The host backend's op executor. Each primitive lives in its own file:
// host_elementwise.cpp, host_reduce.cpp, host_scan.cpp, host_random.cpp, host_matmul.cpp.
#pragma once
#include "dparray/backend/host/parallel.h"
#include "dparray/ops/executor.h"

namespace dp::host {

class HostExecutor final : public OpExecutor {
 public:
  void elementwise(const Queue& q, OpId op, DType loop, ArrayRefs in, const Array& out) override;
  bool takes_int_exponent(DType loop, DType exponent) const override;
  void copy(const Queue& q, const Array& src, const Array& dst) override;
  void fill(const Queue& q, const Array& dst, const Scalar& v) override;
  void iota(const Queue& q, const Array& dst, const Scalar& start, const Scalar& step) override;
  void reduce(const Queue& q, ReduceOp op, const Array& in, int nred, const Array& out) override;
  void scan(const Queue& q, ReduceOp op, const Array& in, const Array& out) override;
  void random(const Queue& q, RandomDist dist, uint64_t seed, uint64_t offset, double p1, double p2,
              const Array& out) override;
  void matmul(const Queue& q, const Array& a, const Array& b, const Array& out) override;
  // Sorting primitives: host_sort.cpp.
  void sort(const Queue& q, const Array& in, const Array& out, bool descending) override;
  void argsort(const Queue& q, const Array& in, const Array& out, bool descending) override;
  void searchsorted(const Queue& q, const Array& sorted, const Array& values, bool right,
                    const Array& out) override;
  // Indexing primitives: host_indexing.cpp.
  void take(const Queue& q, const Array& src, int axis, const std::vector<Array>& indices,
            const Array& out) override;
  void put(const Queue& q, const Array& dst, int axis, const std::vector<Array>& indices,
           const Array& values) override;
  // ufunc.at: host_scatter.cpp.
  void scatter_op(const Queue& q, OpId op, DType loop, const Array& dst, int axis,
                  const std::vector<Array>& indices, const Array& values) override;
  void count_nonzero(const Queue& q, const Array& in, const Array& out) override;
  void nonzero(const Queue& q, const Array& in, const Array& out) override;
  // pocketfft over oneTBB: host_fft.cpp.
  void fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis, bool forward,
           double scale) override;
  // Statistics primitives: host_stats.cpp.
  void histogram(const Queue& q, const Array& values, const Array* weights, const Array* edges,
                 bool uniform, const Array& out) override;
  void partition(const Queue& q, const Array& in, const std::vector<int64_t>& kth, bool arg,
                 const Array& out) override;
};

// The inner loop of op computing in loop (null when the catalogue has none):
// host_elementwise.cpp. ufunc.at and the OpenCL backend's small ops use it directly.
InnerLoop elementwise_loop(OpId op, DType loop);
// A reduction of at most 4096 elements of host-addressable arrays, on the calling thread
// (serial, so its rounding is fixed): the OpenCL backend's small reductions on SVM memory.
void reduce_here(ReduceOp op, const Array& in, int nred, const Array& out);

}  // namespace dp::host
