// Host execution of elementwise ops, casts, fills and ranges.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <cstring>
#include <mutex>
#include <stdexcept>

#include "dparray/backend/host/elementwise_kernels.h"
#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/vector_math.h"
#include "dparray/runtime/errors.h"

namespace dp::host {

LoopTable& loop_table() {
  static LoopTable t{};
  return t;
}

namespace {

const LoopTable& loops() {
  static std::once_flag once;
  std::call_once(once, [] {
    register_arith_loops();
    register_math_loops();
    register_compare_loops();
    register_bitwise_loops();
    register_parts_loops();
    register_numpy_loops();
  });
  return loop_table();
}

template <DType To, DType From>
void cast_inner(char** p, const int64_t* s, int64_t n) {
  using TT = ctype_t<To>;
  using TF = ctype_t<From>;
  if (s[0] == (int64_t)sizeof(TF) && s[1] == (int64_t)sizeof(TT)) {
    const TF* a = reinterpret_cast<const TF*>(p[0]);
    TT* o = reinterpret_cast<TT*>(p[1]);
    for (int64_t i = 0; i < n; ++i) o[i] = convert<TT>(a[i]);
    return;
  }
  for (int64_t i = 0; i < n; ++i)
    *reinterpret_cast<TT*>(p[1] + i * s[1]) =
        convert<TT>(*reinterpret_cast<const TF*>(p[0] + i * s[0]));
}

InnerLoop cast_loop(DType to, DType from) {
  return dispatch_dtype(to, [&]<DType T>() {
    return dispatch_dtype(from, [&]<DType F>() -> InnerLoop { return &cast_inner<T, F>; });
  });
}

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

// ldexp with its integer exponent array read as it is (the ops layer casts it otherwise):
// the same result, as ldexpr clamps the exponent before it converts it.
template <class T, class E>
void ldexp_int_inner(char** p, const int64_t* s, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const T a = *reinterpret_cast<const T*>(p[0] + i * s[0]);
    const E k = *reinterpret_cast<const E*>(p[1] + i * s[1]);
    *reinterpret_cast<T*>(p[2] + i * s[2]) = math::ldexpr(a, static_cast<T>(k));
  }
}

InnerLoop ldexp_int_loop(DType loop, DType exponent) {
  const bool i32 = exponent == DType::Int32;
  if (loop == DType::Float32)
    return i32 ? &ldexp_int_inner<float, int32_t> : &ldexp_int_inner<float, int64_t>;
  return i32 ? &ldexp_int_inner<double, int32_t> : &ldexp_int_inner<double, int64_t>;
}

}  // namespace

bool HostExecutor::takes_int_exponent(DType loop, DType exponent) const {
  return (loop == DType::Float32 || loop == DType::Float64) &&
         (exponent == DType::Int32 || exponent == DType::Int64);
}

InnerLoop elementwise_loop(OpId op, DType loop) {
  return loops()[static_cast<int>(op)][static_cast<int>(loop)];
}

namespace {

// Elements up to which a contiguous command runs as one call of its inner loop; and output
// bytes up to which a command with a SIMD loop runs on the calling thread (that loop still
// splits across cores): handing it to the queue's thread costs ~10 us, which a 10^6-element
// logical op (30 us) would notice.
constexpr int64_t kDirectWork = 4096;
constexpr size_t kDirectVectorBytes = size_t(1) << 20;

// The direct form of a small command: every input C-contiguous with out's shape or a single
// element (stride 0), out C-contiguous. Then one call of the inner loop (or the SIMD loop)
// does the whole work.
bool direct_layout(ArrayRefs in, const Array& out, bool simd) {
  const bool small = out.size() <= kDirectWork || (simd && out.nbytes() <= kDirectVectorBytes);
  if (!small || !out.is_c_contiguous()) return false;
  for (const Array* a : in)
    if (a->size() != 1 && !(a->shape == out.shape && a->is_c_contiguous())) return false;
  return true;
}

// Runs the SIMD math loop when the layout suits it: out C-contiguous and every input
// C-contiguous with out's shape or a single element. Else returns false.
bool run_vector(VectorLoop vfn, ArrayRefs in, const Array& out) {
  if (!vfn || in.size() > 3 || !out.is_c_contiguous()) return false;
  const char* p[3] = {nullptr, nullptr, nullptr};
  int64_t step[3] = {0, 0, 0};
  for (size_t k = 0; k < in.size(); ++k) {
    const Array& a = *in[k];
    if (a.size() == 1)
      step[k] = 0;
    else if (a.shape == out.shape && a.is_c_contiguous())
      step[k] = 1;
    else
      return false;
    p[k] = a.host_data();
  }
  run_vector_loop(vfn, p, step, out.host_data(), out.size(), out.itemsize());
  return true;
}

void run_direct(InnerLoop fn, VectorLoop vfn, ArrayRefs in, const Array& out) {
  // The SIMD math loop where the queued path takes it, so that results never depend on timing.
  if (run_vector(vfn, in, out)) return;
  char* p[kMaxOperands];
  int64_t s[kMaxOperands];
  size_t k = 0;
  for (const Array* a : in) {
    p[k] = a->host_data();
    s[k++] = a->size() == 1 ? 0 : static_cast<int64_t>(a->itemsize());
  }
  p[k] = out.host_data();
  s[k] = static_cast<int64_t>(out.itemsize());
  fn(p, s, out.size());
}

}  // namespace

void HostExecutor::elementwise(const Queue& q, OpId op, DType loop, ArrayRefs in,
                               const Array& out) {
  InnerLoop fn = loops()[static_cast<int>(op)][static_cast<int>(loop)];
  const ElementwiseOp& info = op_info(op);
  if (!fn)
    throw TypeError(std::string("[") + info.name + "] no host loop for dtype " + name_of(loop));
  VectorLoop vfn = vector_loop(op, loop);
  if ((info.flags & kIntSecond) && in[1]->dtype != loop) {
    fn = ldexp_int_loop(loop, in[1]->dtype);
    vfn = vector_ldexp_loop(loop, in[1]->dtype);
  }
  // A small op on an idle queue: run here, now (in order, as nothing is pending).
  if (direct_layout(in, out, vfn != nullptr) &&
      hq(q).run_now_if_idle(
          info.name, [&] { run_direct(fn, vfn, in, out); },
          vfn && vector_loop_splits(out.size(), out.itemsize())))
    return;
  std::vector<Array> args;  // the command owns its operands until it has run
  args.reserve(in.size() + 1);
  for (const Array* a : in) args.push_back(*a);
  args.push_back(out);
  hq(q).submit(info.name, out.size(), [args = std::move(args), fn, vfn]() {
    const Array& o = args.back();
    const Array* ins[kMaxOperands];
    for (size_t k = 0; k + 1 < args.size(); ++k) ins[k] = &args[k];
    if (run_vector(vfn, ArrayRefs(ins, args.size() - 1), o)) return;
    std::vector<Operand> ops;
    for (const Array& a : args) ops.push_back(operand_of(a, o.shape));
    for_each_strided(fn, std::move(ops), o.shape);
  });
}

void HostExecutor::copy(const Queue& q, const Array& src, const Array& dst) {
  InnerLoop fn = cast_loop(dst.dtype, src.dtype);
  hq(q).submit("copy", dst.size(), [src, dst, fn]() {
    if (src.dtype == dst.dtype && src.is_c_contiguous() && dst.is_c_contiguous() &&
        src.shape == dst.shape) {
      char* s = src.host_data();
      char* d = dst.host_data();
      size_t n = dst.nbytes();
      if (n < (1u << 20)) {
        std::memmove(d, s, n);
        return;
      }
      tbb::parallel_for(tbb::blocked_range<size_t>(0, n, 1 << 18),
                        [&](const tbb::blocked_range<size_t>& r) {
                          std::memmove(d + r.begin(), s + r.begin(), r.size());
                        });
      return;
    }
    for_each_strided(fn, {operand_of(src, dst.shape), operand_of(dst, dst.shape)}, dst.shape);
  });
}

void HostExecutor::fill(const Queue& q, const Array& dst, const Scalar& v) {
  size_t isz = dst.itemsize();
  // One element (an op's scalar operand) on an idle queue: stored here, now.
  if (dst.size() == 1 &&
      hq(q).run_now_if_idle("fill", [&] { v.store(dst.dtype, dst.host_data()); }))
    return;
  hq(q).submit("fill", dst.size(), [dst, isz, v]() {
    alignas(16) char val[16];
    v.store(dst.dtype, val);
    // A strided loop whose single operand is the destination.
    std::vector<Operand> ops{operand_of(dst, dst.shape)};
    Shape shape = dst.shape;
    std::vector<Strides*> sp{&ops[0].strides};
    collapse_dims(shape, sp);
    int64_t total = dst.size();
    if (shape.size() <= 1) {
      char* base = dst.host_data();
      int64_t st = shape.empty() ? 0 : ops[0].strides[0] * (int64_t)isz;
      tbb::parallel_for(tbb::blocked_range<int64_t>(0, total, kGrain),
                        [&](const tbb::blocked_range<int64_t>& r) {
                          for (int64_t i = r.begin(); i < r.end(); ++i)
                            std::memcpy(base + i * st, val, isz);
                        });
      return;
    }
    // General case: fill via a broadcast copy from a one-element source.
    Strides zero(dst.ndim(), 0);
    std::vector<Operand> two{Operand{val, zero, isz}, operand_of(dst, dst.shape)};
    for_each_strided(cast_loop(dst.dtype, dst.dtype), std::move(two), dst.shape);
  });
}

void HostExecutor::iota(const Queue& q, const Array& dst, const Scalar& start, const Scalar& step) {
  hq(q).submit("arange", dst.size(), [dst, start, step]() {
    dispatch_dtype(dst.dtype, [&]<DType T>() {
      using V = ctype_t<T>;
      V* out = reinterpret_cast<V*>(dst.host_data());
      int64_t n = dst.size();
      tbb::parallel_for(
          tbb::blocked_range<int64_t>(0, n, kGrain), [&](const tbb::blocked_range<int64_t>& r) {
            for (int64_t i = r.begin(); i < r.end(); ++i) {
              if constexpr (is_complex_v<V>) {
                auto v = start.as_complex() + std::complex<double>(double(i)) * step.as_complex();
                out[i] = convert<V>(v);
              } else if constexpr (std::is_integral_v<V>) {
                // Wraps (as the OpenCL iota); floats as NumPy's float -> int64.
                int64_t s0 = start.kind == Kind::Float ? float_to_int<int64_t>(start.d) : start.i;
                int64_t st = step.kind == Kind::Float ? float_to_int<int64_t>(step.d) : step.i;
                out[i] = static_cast<V>(wrap_add(s0, wrap_mul(i, st)));
              } else {
                out[i] = convert<V>(start.as_double() + double(i) * step.as_double());
              }
            }
          });
    });
  });
}

}  // namespace dp::host
