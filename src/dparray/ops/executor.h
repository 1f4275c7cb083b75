// What a backend executes. The op front end (promotion, broadcasting, checks)
// reduces every call to one of these primitives on views whose shapes already
// agree; a backend implements each once. All are asynchronous on `q`.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise_catalogue.h"

namespace dp {

enum class ReduceOp : uint8_t { Sum, Prod, Max, Min, Any, All, ArgMax, ArgMin };
const char* to_string(ReduceOp op);

// The inputs of one elementwise command, borrowed from the caller for the call (no copies:
// a size-1 op's call path allocates nothing for them).
using ArrayRefs = std::span<const Array* const>;

enum class RandomDist : uint8_t { Uniform, Normal, Integer };

// Kinds of discrete Fourier transform along one axis (OpExecutor::fft).
enum class FftKind : uint8_t { C2C, R2C, C2R };

class OpExecutor {
 public:
  virtual ~OpExecutor() = default;

  // out = op(in...) elementwise. in[k] has out.shape (broadcast strides allowed)
  // and the loop dtype (bool for a kCondFirst condition); out has out_dtype(op, loop).
  virtual void elementwise(const Queue& q, OpId op, DType loop, ArrayRefs in, const Array& out) = 0;

  // Whether elementwise takes a kIntSecond op's integer input (ldexp's exponent) of dtype
  // `exponent` as it is, with a `loop` float first input; else the caller casts it to loop.
  virtual bool takes_int_exponent(DType loop, DType exponent) const {
    (void)loop;
    (void)exponent;
    return false;
  }

  // dst = src with dtype conversion; src has dst.shape (broadcast strides allowed).
  virtual void copy(const Queue& q, const Array& src, const Array& dst) = 0;

  // Every element of dst = v converted to dst.dtype.
  virtual void fill(const Queue& q, const Array& dst, const Scalar& v) = 0;

  // C-contiguous dst[i] = start + i * step, computed in dst.dtype's kind
  // (int64 arithmetic for integers, double for floats, complex for complex).
  virtual void iota(const Queue& q, const Array& dst, const Scalar& start, const Scalar& step) = 0;

  // Reduces the trailing `nred` axes of `in` into C-contiguous `out` whose shape
  // is in.shape[:ndim-nred]. Sum/Prod/Max/Min: out.dtype == in.dtype; Any/All:
  // bool out; ArgMax/ArgMin: int64 out and nred == 1. Max/Min/Arg* propagate NaN.
  virtual void reduce(const Queue& q, ReduceOp op, const Array& in, int nred, const Array& out) = 0;

  // Inclusive cumulative sum (op Sum) or product (op Prod) along the last axis; out is
  // C-contiguous, same dtype. Integers wrap around; complex products use the naive formula.
  virtual void scan(const Queue& q, ReduceOp op, const Array& in, const Array& out) = 0;
  void cumsum(const Queue& q, const Array& in, const Array& out) {
    scan(q, ReduceOp::Sum, in, out);
  }

  // Counter-based Philox4x32-10 numbers into C-contiguous out: element i is
  // dp_rand_*(seed, offset, i, ...) of backend/opencl/cl/philox.cl, so that a seed gives the
  // same numbers on every device. Uniform (float16/32/64): [p1, p2); Normal: mean p1, std p2;
  // Integer (integer or bool out): [p1, p2), exact integral doubles, converted to
  // dp_rand_integer's (low, range) by integer_bounds() of ops/random.h.
  virtual void random(const Queue& q, RandomDist dist, uint64_t seed, uint64_t offset, double p1,
                      double p2, const Array& out) = 0;

  // Gather over the k = indices.size() consecutive axes [axis, axis + k) of src. Each
  // indices[d] is a 1-D int64 array of one common length n (any strides); out has src.dtype,
  // shape src.shape[:axis] + (n,) + src.shape[axis + k:] (any strides), and gets
  // out[..., j, ...] = src[..., i_0[j], ..., i_{k-1}[j], ...]. A negative index counts from
  // the end of its axis; one outside [-size, size) fails the command with dp::IndexError
  // "[take] index I is out of bounds for axis A with size S" (surfacing at the next sync point).
  virtual void take(const Queue& q, const Array& src, int axis, const std::vector<Array>& indices,
                    const Array& out) = 0;

  // Scatter, the inverse of take: dst[..., i_0[j], ..., i_{k-1}[j], ...] = values[..., j, ...].
  // values has dst.dtype and the shape take's out would have (broadcast strides allowed);
  // neither values nor indices overlap dst. Index rules and errors as take ("[put] ...");
  // when an index repeats, one of its writes wins (unspecified which; the host keeps the last).
  virtual void put(const Queue& q, const Array& dst, int axis, const std::vector<Array>& indices,
                   const Array& values) = 0;

  // ufunc.at's unbuffered update: for j = 0, 1, ... in order, the element e of dst that put would
  // write for j becomes op(e, values[..., j, ...]) (op of two inputs) or op(e) (one input; values
  // only gives the shape). dst and values have the loop dtype `loop`, and out_dtype(op, loop) ==
  // loop. Repeated indices accumulate as in a sequential loop (on OpenCL, atomically in some
  // order). Index rules and errors as put ("[at] ...").
  virtual void scatter_op(const Queue& q, OpId op, DType loop, const Array& dst, int axis,
                          const std::vector<Array>& indices, const Array& values) = 0;

  // out (0-d int64) = how many elements of `in` (any dtype and strides) are non-zero
  // (complex: either part; NaN counts as non-zero).
  virtual void count_nonzero(const Queue& q, const Array& in, const Array& out) = 0;

  // Multi-indices of the non-zero elements of `in` (ndim >= 1) in C order: out is C-contiguous
  // int64 of shape (in.ndim, count), count as count_nonzero reports; out[d, j] is the index
  // along axis d of the j-th non-zero element.
  virtual void nonzero(const Queue& q, const Array& in, const Array& out) = 0;

  // out[..., M, N] = a[..., M, K] @ b[..., K, N]; batch dims already broadcast,
  // all three share one dtype; out is C-contiguous. a and b may have any strides (0 on
  // broadcast batch dims); K >= 1 and out is non-empty (the front end fills the K == 0 case).
  // Integers wrap around, bool is or-of-and, float16 accumulates in float32 (as NumPy).
  virtual void matmul(const Queue& q, const Array& a, const Array& b, const Array& out) = 0;

  // Discrete Fourier transform along `axis`: out[j] = scale * sum_k in[k] exp(-+2 pi i jk / n),
  // the minus sign when `forward`; n >= 1 is the length of the real (C2R: out) or complex side.
  // C2C: in and out complex64 / complex128 of one dtype and shape; out may be in itself.
  // R2C: in float32 / float64 of length n, out the matching complex type of length n / 2 + 1.
  // C2R: in complex of length n / 2 + 1 (Hermitian half), out the matching real type of length
  // n; the imaginary parts of the terms without a partner (0, and n / 2 for even n) are
  // ignored. Other axes agree; any strides. An empty out is a no-op.
  virtual void fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis,
                   bool forward, double scale) = 0;

  // Sorting (ops/sorting.h; host/host_sort.cpp, opencl/exec_sort.cpp). Rows are the last axis of
  // C-contiguous `in` (ndim >= 1, non-empty); out is C-contiguous of in's shape. Orders are stable
  // (ties keep index order) and NumPy's: NaNs after every number, -0.0 equal to +0.0, complex
  // lexicographic with NaN parts as numpy.sort; descending reverses the order of distinct values
  // only (so NaNs come first). sort: out has in's dtype; argsort: int64 indices into the row.
  virtual void sort(const Queue& q, const Array& in, const Array& out, bool descending) = 0;
  virtual void argsort(const Queue& q, const Array& in, const Array& out, bool descending) = 0;
  // Insertion points of `values` (C-contiguous (..., m)) into the ascending rows of `sorted`
  // (C-contiguous (..., n), n >= 0, same leading shape and dtype), in sort's order: out (int64,
  // values' shape) = the first index i with !(sorted[i] < v) (left) or v < sorted[i] (right).
  virtual void searchsorted(const Queue& q, const Array& sorted, const Array& values, bool right,
                            const Array& out) = 0;
  // Statistics primitives (ops/stats.h; host/host_stats.cpp, opencl/exec_stats.cpp).
  // Histogram: out[b] = the count (weights null; out int64) or the sum of weights[i] (weights
  // float64 of values' length; out float64) of the elements i of C-contiguous 1-D `values` in
  // bin b; out (C-contiguous 1-D, nbins) is overwritten. Without edges, values is int64 and its
  // element is the bin (outside [0, nbins) is skipped). With edges (float64, nbins + 1,
  // ascending) values is float64 and the bin is the b with edges[b] <= v < edges[b + 1], the last
  // edge inclusive, values outside the edges and NaN skipped; `uniform` says the edges are
  // equally spaced, so a bin is computed arithmetically, then checked against edges as NumPy.
  virtual void histogram(const Queue& q, const Array& values, const Array* weights,
                         const Array* edges, bool uniform, const Array& out) = 0;
  // Partition of the rows (last axis) of C-contiguous `in` (ndim >= 1, non-empty) into
  // C-contiguous out of in's shape: for every k of kth (ascending, in [0, n)) out[..., k] is the
  // element sort would put there, none before it is greater and none after it smaller (sort's
  // order, NaNs last). arg: out holds int64 indices into the row instead of values. A full sort
  // is a valid partition (the OpenCL backend sorts).
  virtual void partition(const Queue& q, const Array& in, const std::vector<int64_t>& kth, bool arg,
                         const Array& out) = 0;
};

}  // namespace dp
