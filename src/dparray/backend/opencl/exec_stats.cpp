// histogram / partition on OpenCL. The histogram adds into global bins with 64-bit atomics
// (counts: atom_inc; float64 sums: an atom_cmpxchg loop), so the device needs
// cl_khr_int64_base_atomics. The partition is the device sort: a sorted row is a valid partition.
#include <stdexcept>
#include <string>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"

namespace dp::ocl {

namespace {

std::string histogram_source() {
  std::string src = cl_prelude(true);
  src += R"CL(
#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable
// NumPy's bin of v (-1: outside the edges or NaN); mode 1: equal bins, 2: a binary search.
long dp_edge_bin(double v, __global const double* e, long nb, int mode) {
  if (!(v >= e[0] && v <= e[nb])) return -1;
  long b;
  if (mode == 1) {
    b = (long)((v - e[0]) / (e[nb] - e[0]) * (double)nb);
    if (b >= nb) b = nb - 1;
    if (b < 0) b = 0;
    if (v < e[b]) --b;
    else if (b != nb - 1 && v >= e[b + 1]) ++b;
  } else {
    long lo = 0, hi = nb + 1;
    while (lo < hi) { long mid = lo + (hi - lo) / 2; if (v < e[mid]) hi = mid; else lo = mid + 1; }
    b = lo - 1;
    if (b == nb) b = nb - 1;
  }
  return b;
}
void dp_add_double(volatile __global long* p, double x) {
  long old = *p, seen;
  do {
    seen = old;
    old = atom_cmpxchg(p, seen, as_long(as_double(seen) + x));
  } while (old != seen);
}
// mode 0: values are int64 bins; 1 / 2: float64 values binned by the edges.
__kernel void histogram(long n, long nb, int mode, __global const long* iv, __global const double* dv,
                        long voff, __global const double* e, long eoff, int has_w,
                        __global const double* w, long woff, __global long* out, long ooff) {
  long i = get_global_id(0);
  if (i >= n) return;
  long b;
  if (mode == 0) {
    b = iv[voff + i];
    if (b < 0 || b >= nb) return;
  } else {
    b = dp_edge_bin(dv[voff + i], e + eoff, nb, mode);
    if (b < 0) return;
  }
  if (has_w) dp_add_double(out + ooff + b, w[woff + i]);
  else atom_inc(out + ooff + b);
}
)CL";
  return src;
}

}  // namespace

void OclExecutor::histogram(const Queue& q, const Array& values, const Array* weights,
                            const Array* edges, bool uniform, const Array& out) {
  OclQueue& o = oq(q);
  const int64_t nb = out.ndim() == 1 ? out.shape[0] : -1;
  const bool ok = values.ndim() == 1 && values.is_c_contiguous() && out.is_c_contiguous() &&
                  nb >= 0 && values.dtype == (edges ? DType::Float64 : DType::Int64) &&
                  out.dtype == (weights ? DType::Float64 : DType::Int64) &&
                  (!weights || (weights->dtype == DType::Float64 && weights->is_c_contiguous() &&
                                weights->shape == values.shape)) &&
                  (!edges || (edges->dtype == DType::Float64 && edges->is_c_contiguous() &&
                              edges->shape == Shape{nb + 1} && nb >= 1));
  if (!ok)
    throw std::invalid_argument(
        "[histogram] the OpenCL kernel needs C-contiguous 1-D values (int64, or float64 with "
        "float64 edges of nbins + 1), float64 weights of their length and a 1-D output");
  require_dtype(o, DType::Float64, "histogram");
  fill(q, out, Scalar::from_int(0));
  if (values.size() == 0 || nb == 0) return;
  ProgramPtr p = generated_program(o, "stats:histogram", histogram_source);
  const cl_mem vm = mem_of(values);
  // Unused buffer arguments still need a valid cl_mem: the values stand in.
  const cl_mem em = edges ? mem_of(*edges) : vm, wm = weights ? mem_of(*weights) : vm;
  KernelCall k(o, p, "histogram", "histogram");
  k.val<cl_long>(values.size()).val<cl_long>(nb).val<cl_int>(edges ? (uniform ? 1 : 2) : 0);
  k.mem(vm).mem(vm).val<cl_long>(values.offset);
  k.mem(em).val<cl_long>(edges ? edges->offset : 0);
  k.val<cl_int>(weights ? 1 : 0).mem(wm).val<cl_long>(weights ? weights->offset : 0);
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  k.run(static_cast<size_t>(values.size()));
}

void OclExecutor::partition(const Queue& q, const Array& in, const std::vector<int64_t>& /*kth*/,
                            bool arg, const Array& out) {
  if (arg)
    argsort(q, in, out, false);
  else
    sort(q, in, out, false);
}

}  // namespace dp::ocl
