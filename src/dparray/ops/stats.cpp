#include "dparray/ops/stats.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "dparray/ops/executor.h"
#include "dparray/ops/manipulation.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {
namespace {

std::string msg(const char* op, const std::string& what) {
  return std::string("[") + op + "] " + what;
}

OpExecutor& executor(const Array& x) { return x.device()->backend().ops(); }

// A C-contiguous 1-D copy (or view) of x in dtype t.
Array flat_as(const Array& x, DType t) { return ascontiguous(ravel(astype(x, t, false))); }

}  // namespace

Array histogram_counts(const Array& x, const Array* weights, const Array* edges, bool uniform,
                       int64_t nbins, const char* op) {
  if (weights) common_queue({&x, weights}, op);
  if (edges) common_queue({&x, edges}, op);
  if (nbins < 0) throw std::invalid_argument(msg(op, "the number of bins must be >= 0"));
  if (edges && (edges->ndim() != 1 || edges->shape[0] != nbins + 1 || nbins < 1))
    throw std::invalid_argument(msg(op, "bin edges must be 1-D with nbins + 1 >= 2 entries"));
  if (weights && weights->size() != x.size())
    throw std::invalid_argument(msg(op, "weights should have the same shape as a"));
  if (!edges && !is_integral(x.dtype) && x.dtype != DType::Bool)
    throw TypeError(
        msg(op, std::string("cannot cast array of dtype ") + name_of(x.dtype) + " to int64 bins"));
  if (is_complex(x.dtype) || (weights && is_complex(weights->dtype)))
    throw TypeError(msg(op, "complex values or weights are not supported"));
  Array v = flat_as(x, edges ? DType::Float64 : DType::Int64);
  Array w, e;
  if (weights) w = flat_as(*weights, DType::Float64);
  if (edges) e = flat_as(*edges, DType::Float64);
  Array out = empty({nbins}, weights ? DType::Float64 : DType::Int64, x.queue, x.usm_type(), op);
  executor(x).histogram(x.queue, v, weights ? &w : nullptr, edges ? &e : nullptr, uniform, out);
  return out;
}

Array partition(const Array& x, std::vector<int64_t> kth, std::optional<int64_t> axis, bool arg) {
  const char* op = arg ? "argpartition" : "partition";
  Array src = axis ? x : ravel(x);
  const int ax = normalize_axis(axis ? *axis : 0, src.ndim(), op);
  check_dtype_supported(x.dtype, x.device(), op);
  const int64_t n = src.shape[ax];
  for (int64_t& k : kth) {
    const int64_t orig = k;
    if (k < 0) k += n;
    if (k < 0 || k >= n)
      throw std::invalid_argument(
          msg(op, "kth(=" + std::to_string(orig) + ") out of bounds (" + std::to_string(n) + ")"));
  }
  std::sort(kth.begin(), kth.end());
  kth.erase(std::unique(kth.begin(), kth.end()), kth.end());
  // The axis last, C-contiguous.
  std::vector<int> perm, inv(src.ndim());
  for (int d = 0; d < src.ndim(); ++d)
    if (d != ax) perm.push_back(d);
  perm.push_back(ax);
  for (int d = 0; d < src.ndim(); ++d) inv[perm[d]] = d;
  Array v = ascontiguous(permute_view(src, perm));
  Array out = empty(v.shape, arg ? DType::Int64 : x.dtype, x.queue, x.usm_type(), op);
  if (out.size() > 0 && !kth.empty())
    executor(x).partition(x.queue, v, kth, arg, out);
  else if (out.size() > 0 && !arg)
    assign(out, v, op);
  else if (out.size() > 0)
    return partition(x, {0}, axis, arg);  // any order is a partition
  if (ax == src.ndim() - 1) return out;
  return ascontiguous(permute_view(out, inv));
}

}  // namespace dp
