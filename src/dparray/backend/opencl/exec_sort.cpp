// sort / argsort / searchsorted on OpenCL: the bitonic network of codegen_sort.cpp over
// padded device copies of short rows, an LSD radix sort for long rows of real dtypes; nothing
// leaves the device.
#include <stdexcept>
#include <string>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen_sort.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

// Work-items of the local-memory kernel: each compares one pair of a 2 * kSortGroup block.
constexpr size_t kSortGroup = 256;
// Rows at least this long (real dtypes) take the radix sort; shorter ones the bitonic network.
constexpr int64_t kRadixMin = 4096;

ProgramPtr sort_prog(OclQueue& o, DType t) {
  const std::string key = std::string("sort:") + name_of(t) + ":" + std::to_string(kSortGroup);
  return generated_program(o, key, [&] { return gen::sort_program(t, kSortGroup); });
}

void check_rows(const Array& in, const Array& out, DType out_dtype, const char* op) {
  if (in.ndim() == 0 || !in.is_c_contiguous() || !out.is_c_contiguous() || in.shape != out.shape ||
      out.dtype != out_dtype)
    throw std::invalid_argument(std::string("[") + op +
                                "] the OpenCL kernel needs a C-contiguous input of ndim >= 1 and "
                                "a C-contiguous output of its shape");
}

// Sorts the rows of `in` into padded device buffers v (values) and idx (row indices);
// returns the padded row length P.
int64_t bitonic(OclQueue& o, const Queue& q, const Array& in, bool desc, Array& v, Array& idx,
                const char* op) {
  const int64_t n = in.shape.back(), rows = in.size() / n;
  int64_t P = 1;
  while (P < n) P <<= 1;
  ProgramPtr p = sort_prog(o, in.dtype);
  v = temp_array(q, {rows, P}, in.dtype);
  idx = temp_array(q, {rows, P}, DType::Int64);
  const size_t total = static_cast<size_t>(rows * P);
  {
    KernelCall k(o, p, "sort_init", op);
    k.val<cl_long>(rows).val<cl_long>(n).val<cl_long>(P).mem(mem_of(in)).val<cl_long>(in.offset);
    k.mem(mem_of(v)).mem(mem_of(idx));
    k.run(total);
  }
  if (P == 1) return P;
  // The local block: a power of two the kernel's work-group limit allows.
  size_t g = kSortGroup;
  const size_t lim =
      std::min<size_t>(p->kernel("sort_local").max_work_group, o.ctx().info.max_work_group_size);
  while (g > lim && g > 1) g >>= 1;
  const int64_t B = std::min<int64_t>(P, static_cast<int64_t>(2 * g));
  const cl_int d = desc ? 1 : 0;
  auto local = [&](int64_t k_lo, int64_t k_hi, int64_t j_start) {
    KernelCall k(o, p, "sort_local", op);
    k.val<cl_long>(n).val<cl_long>(P).val<cl_long>(B).val<cl_long>(k_lo).val<cl_long>(k_hi);
    k.val<cl_long>(j_start).val(d).mem(mem_of(v)).mem(mem_of(idx));
    k.run(static_cast<size_t>(rows * (P / B) * (B / 2)), static_cast<size_t>(B / 2));
  };
  local(2, B, 1);
  for (int64_t kk = 2 * B; kk <= P; kk <<= 1) {
    for (int64_t j = kk / 2; j >= B; j >>= 1) {
      KernelCall k(o, p, "sort_step", op);
      k.val<cl_long>(rows).val<cl_long>(n).val<cl_long>(P).val<cl_long>(kk).val<cl_long>(j);
      k.val(d).mem(mem_of(v)).mem(mem_of(idx));
      k.run(total);
    }
    local(kk, kk, B / 2);
  }
  return P;
}

// The stable LSD radix sort of each row (real dtypes): writes the sorted values, or with
// `arg` the indices, of row r into out's row r. The values (or indices) travel with the keys.
void radix(OclQueue& o, const Queue& q, const Array& in, bool desc, const Array& out, bool arg,
           const char* op) {
  const int64_t n = in.shape.back(), rows = in.size() / n;
  ProgramPtr p = sort_prog(o, in.dtype);
  const size_t bits = gen::radix_key_bits(in.dtype);
  const DType kt = bits == 64 ? DType::UInt64 : DType::UInt32;
  const DType pt = arg ? DType::Int64 : in.dtype;
  const std::string sfx = arg ? "_idx" : "_val";
  // A few chunks per compute unit: each work-item counts and scatters one chunk in order.
  const int64_t units = std::max<int64_t>(1, o.ctx().info.max_compute_units);
  const int64_t chunk = std::max<int64_t>(1024, (n + 16 * units - 1) / (16 * units));
  const int64_t nchunk = (n + chunk - 1) / chunk;
  Array keys[2] = {temp_array(q, {n}, kt), temp_array(q, {n}, kt)};
  Array pay[2] = {temp_array(q, {n}, pt), temp_array(q, {n}, pt)};
  Array counts = temp_array(q, {256 * nchunk}, DType::UInt32);
  const cl_int d = desc ? 1 : 0;
  for (int64_t r = 0; r < rows; ++r) {
    {
      KernelCall k(o, p, "radix_keys" + sfx, op);
      k.val<cl_long>(n).mem(mem_of(in)).val<cl_long>(in.offset + r * n).val(d);
      k.mem(mem_of(keys[0])).mem(mem_of(pay[0]));
      k.run(static_cast<size_t>(n));
    }
    int cur = 0;
    for (cl_int shift = 0; shift < static_cast<cl_int>(bits); shift += 8, cur ^= 1) {
      {
        KernelCall k(o, p, "radix_count", op);
        k.val<cl_long>(n).val<cl_long>(chunk).val<cl_long>(nchunk).val(shift);
        k.mem(mem_of(keys[cur])).mem(mem_of(counts));
        k.run(static_cast<size_t>(nchunk), 1);
      }
      {
        KernelCall k(o, p, "radix_scan", op);
        k.val<cl_long>(256 * nchunk).mem(mem_of(counts));
        k.run(1, 1);
      }
      KernelCall k(o, p, "radix_scatter" + sfx, op);
      k.val<cl_long>(n).val<cl_long>(chunk).val<cl_long>(nchunk).val(shift);
      k.mem(mem_of(keys[cur])).mem(mem_of(pay[cur])).mem(mem_of(counts));
      k.mem(mem_of(keys[cur ^ 1])).mem(mem_of(pay[cur ^ 1]));
      k.run(static_cast<size_t>(nchunk), 1);
    }
    KernelCall k(o, p, "radix_out" + sfx, op);
    k.val<cl_long>(n).mem(mem_of(pay[cur])).mem(mem_of(out)).val<cl_long>(out.offset + r * n);
    k.run(static_cast<size_t>(n));
  }
}

bool use_radix(const Array& in) {
  const int64_t n = in.shape.back();
  return !is_complex(in.dtype) && n >= kRadixMin && n <= int64_t(UINT32_MAX);
}

}  // namespace

void OclExecutor::sort(const Queue& q, const Array& in, const Array& out, bool descending) {
  OclQueue& o = oq(q);
  require_dtype(o, in.dtype, "sort");
  check_rows(in, out, in.dtype, "sort");
  if (in.size() == 0) return;
  if (use_radix(in)) return radix(o, q, in, descending, out, false, "sort");
  Array v, idx;
  const int64_t P = bitonic(o, q, in, descending, v, idx, "sort");
  const int64_t n = in.shape.back(), rows = in.size() / n;
  KernelCall k(o, sort_prog(o, in.dtype), "sort_values", "sort");
  k.val<cl_long>(rows).val<cl_long>(n).val<cl_long>(P).mem(mem_of(v));
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  k.run(static_cast<size_t>(rows * n));
}

void OclExecutor::argsort(const Queue& q, const Array& in, const Array& out, bool descending) {
  OclQueue& o = oq(q);
  require_dtype(o, in.dtype, "argsort");
  check_rows(in, out, DType::Int64, "argsort");
  if (in.size() == 0) return;
  if (use_radix(in)) return radix(o, q, in, descending, out, true, "argsort");
  Array v, idx;
  const int64_t P = bitonic(o, q, in, descending, v, idx, "argsort");
  const int64_t n = in.shape.back(), rows = in.size() / n;
  KernelCall k(o, sort_prog(o, in.dtype), "sort_indices", "argsort");
  k.val<cl_long>(rows).val<cl_long>(n).val<cl_long>(P).mem(mem_of(idx));
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  k.run(static_cast<size_t>(rows * n));
}

void OclExecutor::searchsorted(const Queue& q, const Array& sorted, const Array& values, bool right,
                               const Array& out) {
  OclQueue& o = oq(q);
  require_dtype(o, sorted.dtype, "searchsorted");
  if (sorted.ndim() == 0 || values.ndim() != sorted.ndim() || !sorted.is_c_contiguous() ||
      !values.is_c_contiguous() || !out.is_c_contiguous() || out.shape != values.shape ||
      out.dtype != DType::Int64 || sorted.dtype != values.dtype ||
      !std::equal(sorted.shape.begin(), sorted.shape.end() - 1, values.shape.begin()))
    throw std::invalid_argument(
        "[searchsorted] the OpenCL kernel needs C-contiguous rows (..., n) and values (..., m) "
        "of one dtype and an int64 output of the values' shape");
  if (values.size() == 0) return;
  const int64_t n = sorted.shape.back(), m = values.shape.back(), rows = values.size() / m;
  KernelCall k(o, sort_prog(o, sorted.dtype), "searchsorted", "searchsorted");
  k.val<cl_long>(rows).val<cl_long>(n).val<cl_long>(m);
  k.mem(mem_of(sorted)).val<cl_long>(sorted.offset).mem(mem_of(values)).val<cl_long>(values.offset);
  k.val<cl_int>(right ? 1 : 0).mem(mem_of(out)).val<cl_long>(out.offset);
  k.run(static_cast<size_t>(rows * m));
}

}  // namespace dp::ocl
