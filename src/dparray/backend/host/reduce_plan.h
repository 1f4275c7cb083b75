// A host reduction after dimension collapsing: out[o] = reduce over r of in[o, r],
// where o runs over the kept (outer) dims and r over the reduced ones. Kernels
// are instantiated per op family in host_reduce_{sum,minmax,logic}.cpp.
#pragma once
#include <cstdint>

#include "dparray/array/shape.h"
#include "dparray/ops/executor.h"

namespace dp::host {

struct ReducePlan {
  const char* in;  // element 0 of the (possibly re-based) input
  char* out;       // C-contiguous over the flat outer index o
  Shape oshape;    // kept dims (collapsed)
  Strides ostr;    // their input strides, in elements
  Shape rshape;    // reduced dims (collapsed), innermost last
  Strides rstr;    // their input strides, in elements
  int64_t osize = 1, rsize = 1;
};

using ReduceKernel = void (*)(const ReducePlan&);

// The kernel for (op, input dtype); ops of the other families are not handled.
ReduceKernel sum_prod_kernel(ReduceOp op, DType t);
ReduceKernel minmax_kernel(ReduceOp op, DType t);
ReduceKernel logic_kernel(ReduceOp op, DType t);

// Walks a strided N-d index space in C order, keeping the element offset.
// (At most kMaxDims dimensions, dp::kMaxDims of array/shape.h; the host reduce / scan check it.)
struct NdCounter {
  const Shape& shape;
  const Strides& strides;
  int64_t idx[kMaxDims] = {};
  int64_t off = 0;

  NdCounter(const Shape& s, const Strides& st, int64_t flat) : shape(s), strides(st) {
    for (int d = static_cast<int>(s.size()) - 1; d >= 0; --d) {
      idx[d] = flat % s[d];
      flat /= s[d];
      off += idx[d] * st[d];
    }
  }
  void next() {
    for (int d = static_cast<int>(shape.size()) - 1; d >= 0; --d) {
      off += strides[d];
      if (++idx[d] < shape[d]) return;
      off -= idx[d] * strides[d];
      idx[d] = 0;
    }
  }
};

// Element offset of flat index `flat` of (shape, strides).
inline int64_t flat_offset(const Shape& s, const Strides& st, int64_t flat) {
  int64_t off = 0;
  for (int d = static_cast<int>(s.size()) - 1; d >= 0 && flat; --d) {
    off += (flat % s[d]) * st[d];
    flat /= s[d];
  }
  return off;
}

}  // namespace dp::host
