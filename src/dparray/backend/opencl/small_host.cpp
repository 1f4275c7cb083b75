#include "dparray/backend/opencl/small_host.h"

#include <cstring>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/runtime/inflight.h"

namespace dp::ocl {

namespace {

// Elements up to which a command may run on the host: its loop then takes at most ~2 us.
constexpr int64_t kHostElements = 4096;

// Ops computed exactly (integer arithmetic, IEEE-exact float results, comparisons, selection):
// the device kernel and the host loop share the catalogue's expression, and nothing rounds
// differently. Division and sqrt are exact in float32 only with the correctly rounded build.
bool exact_on_both(OpId op, DType loop, const DeviceContext& ctx) {
  if (loop == DType::Float16 || is_complex(loop)) return false;
  switch (op) {
    case OpId::add:
    case OpId::subtract:
    case OpId::multiply:
    case OpId::negative:
    case OpId::positive:
    case OpId::abs:
    case OpId::square:
    case OpId::maximum:
    case OpId::minimum:
    case OpId::fmax:
    case OpId::fmin:
    case OpId::clip:
    case OpId::equal:
    case OpId::not_equal:
    case OpId::less:
    case OpId::less_equal:
    case OpId::greater:
    case OpId::greater_equal:
    case OpId::logical_and:
    case OpId::logical_or:
    case OpId::logical_xor:
    case OpId::logical_not:
    case OpId::bitwise_and:
    case OpId::bitwise_or:
    case OpId::bitwise_xor:
    case OpId::bitwise_invert:
    case OpId::isnan:
    case OpId::isinf:
    case OpId::isfinite:
    case OpId::signbit:
    case OpId::copysign:
    case OpId::floor:
    case OpId::ceil:
    case OpId::trunc:
    case OpId::where: return true;
    case OpId::divide:
    case OpId::sqrt: return loop == DType::Float64 || !ctx.gen_options.empty();
    default: return false;
  }
}

bool small_contiguous(const Array& a) { return a.size() <= kHostElements && a.is_c_contiguous(); }

// Done here: the buffers allocated for it are in use by no queued command.
bool done() {
  take_allocation_charge();
  return true;
}

// a with its SVM block as host memory, for the host backend's code.
Array host_view(const Array& a, char* base) {
  Array h = a;
  h.buf = std::make_shared<ExternalHostBuffer>(a.buf->device(), base, a.buf->nbytes(), nullptr);
  return h;
}

}  // namespace

char* svm_address(const Array& a) {
  char* p = svm_ptr_of(*a.buf);
  return p ? p + a.byte_offset() : nullptr;
}

bool elementwise_on_host(OclQueue& q, OpId op, DType loop, ArrayRefs in, const Array& out) {
  if (!q.ctx().host_svm || !small_contiguous(out) ||
      in.size() >= static_cast<size_t>(host::kMaxOperands) || !exact_on_both(op, loop, q.ctx()))
    return false;
  char* p[host::kMaxOperands];
  int64_t s[host::kMaxOperands];
  size_t k = 0;
  for (const Array* a : in) {
    // One element (broadcast) or the output's own layout: one run of the inner loop.
    if (a->size() != 1 && !(a->shape == out.shape && a->is_c_contiguous())) return false;
    if (!(p[k] = svm_address(*a))) return false;
    s[k++] = a->size() == 1 ? 0 : static_cast<int64_t>(a->itemsize());
  }
  if (!(p[k] = svm_address(out))) return false;
  s[k] = static_cast<int64_t>(out.itemsize());
  host::InnerLoop fn = host::elementwise_loop(op, loop);
  if (!fn || !q.idle_for_host()) return false;
  fn(p, s, out.size());
  return done();
}

bool fill_on_host(OclQueue& q, const Array& dst, const Scalar& v) {
  if (!q.ctx().host_svm || !small_contiguous(dst)) return false;
  char* d = svm_address(dst);
  if (!d || !q.idle_for_host()) return false;
  const size_t sz = dst.itemsize();
  v.store(dst.dtype, d);
  for (int64_t i = 1; i < dst.size(); ++i) std::memcpy(d + i * sz, d, sz);
  return done();
}

bool copy_on_host(OclQueue& q, const Array& src, const Array& dst) {
  if (!q.ctx().host_svm || src.dtype != dst.dtype || src.shape != dst.shape ||
      !small_contiguous(dst) || !src.is_c_contiguous())
    return false;
  char* s = svm_address(src);
  char* d = svm_address(dst);
  if (!s || !d || !q.idle_for_host()) return false;
  std::memmove(d, s, dst.nbytes());
  return done();
}

bool reduce_on_host(OclQueue& q, ReduceOp op, const Array& in, int nred, const Array& out) {
  const bool arg = op == ReduceOp::ArgMax || op == ReduceOp::ArgMin;
  if (!q.ctx().host_svm || in.size() > kHostElements || out.size() == 0 || in.ndim() > kMaxDims ||
      (arg && nred != 1))
    return false;
  int64_t rsize = 1;
  for (int d = in.ndim() - nred; d < in.ndim(); ++d) rsize *= in.shape[d];
  char* ib = svm_ptr_of(*in.buf);
  char* ob = svm_ptr_of(*out.buf);
  if (rsize == 0 || !ib || !ob || !q.wait_idle_for_host()) return false;
  host::reduce_here(op, host_view(in, ib), nred, host_view(out, ob));
  return done();
}

}  // namespace dp::ocl
