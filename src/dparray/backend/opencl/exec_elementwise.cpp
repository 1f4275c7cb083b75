// Elementwise ops, casts, fills and ranges on OpenCL.
#include <cstring>

#include "dparray/array/int_semantics.h"
#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/memory.h"
#include "dparray/backend/opencl/small_host.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

ProgramPtr generated_program(OclQueue& q, const std::string& key,
                             const std::function<std::string()>& gen) {
  return q.ctx().programs.get(key, gen, q.ctx().gen_options);
}

void require_dtype(OclQueue& q, DType t, const char* op) {
  if (needs_fp64(t) && !q.ctx().info.fp64)
    throw TypeError(std::string("[") + op + "] device '" + q.device()->filter_string() +
                    "' does not support " + name_of(t) + " (no double precision)");
}

Array temp_array(const Queue& q, const Shape& shape, DType t) {
  return empty(shape, t, q, UsmType::Device);
}

cl_mem mem_of(const Array& a) { return mem_of(*a.buf); }

namespace {

View view_of(const Array& a, const Shape& shape) {
  Strides st = a.shape == shape ? a.strides : broadcast_strides(a.shape, a.strides, shape);
  return View{mem_of(a), a.offset, std::move(st)};
}

int64_t scalar_as_int(const Scalar& s) {
  switch (s.kind) {
    case Kind::Bool: return s.b;
    case Kind::Signed: return s.i;
    case Kind::Unsigned: return static_cast<int64_t>(s.u);
    case Kind::Float: return float_to_int<int64_t>(s.d);
    default: return float_to_int<int64_t>(s.c.real());
  }
}

}  // namespace

void OclExecutor::elementwise(const Queue& q, OpId id, DType loop, ArrayRefs in, const Array& out) {
  const ElementwiseOp& op = op_info(id);
  OclQueue& oqq = oq(q);
  if (!(op.types & tbit(loop)))
    throw TypeError(std::string("[") + op.name + "] no OpenCL loop for dtype " + name_of(loop));
  require_dtype(oqq, loop, op.name);
  if (out.size() == 0 || elementwise_on_host(oqq, id, loop, in, out)) return;
  std::string key = std::string("ew:") + op.name + ":" + name_of(loop);
  ProgramPtr p = generated_program(oqq, key, [&] { return gen::elementwise_program(id, loop); });
  std::vector<View> views;
  for (const Array* a : in) views.push_back(view_of(*a, out.shape));
  views.push_back(view_of(out, out.shape));
  launch_strided(oqq, p, "ew", op.name, out.shape, std::move(views));
}

void OclExecutor::copy(const Queue& q, const Array& src, const Array& dst) {
  OclQueue& oqq = oq(q);
  require_dtype(oqq, src.dtype, "copy");
  require_dtype(oqq, dst.dtype, "copy");
  if (dst.size() == 0 || copy_on_host(oqq, src, dst)) return;
  if (src.dtype == dst.dtype && src.shape == dst.shape && src.is_c_contiguous() &&
      dst.is_c_contiguous()) {
    if (mem_of(src) == mem_of(dst) && src.offset == dst.offset) return;
    oqq.enqueue("copy", [&] {
      cl_event ev = nullptr;
      check(
          oqq.api()->clEnqueueCopyBuffer(oqq.handle(), mem_of(src), mem_of(dst), src.byte_offset(),
                                         dst.byte_offset(), dst.nbytes(), 0, nullptr, &ev),
          "copy", "clEnqueueCopyBuffer");
      return ev;
    });
    return;
  }
  ProgramPtr p;
  std::string base;
  if (src.dtype == dst.dtype) {
    size_t sz = dst.itemsize();
    p = generated_program(oqq, "raw:" + std::to_string(sz), [&] { return gen::raw_program(sz); });
    base = "copy";
  } else {
    std::string key = std::string("cast:") + name_of(src.dtype) + ":" + name_of(dst.dtype);
    p = generated_program(oqq, key, [&] { return gen::cast_program(src.dtype, dst.dtype); });
    base = "cast";
  }
  launch_strided(oqq, p, base, "copy", dst.shape,
                 {view_of(src, dst.shape), view_of(dst, dst.shape)});
}

void OclExecutor::fill(const Queue& q, const Array& dst, const Scalar& v) {
  OclQueue& oqq = oq(q);
  require_dtype(oqq, dst.dtype, "fill");
  if (dst.size() == 0 || fill_on_host(oqq, dst, v)) return;
  alignas(16) unsigned char bytes[16] = {};
  v.store(dst.dtype, bytes);
  const size_t sz = dst.itemsize();
  if (dst.is_c_contiguous()) {
    oqq.enqueue("fill", [&] {
      cl_event ev = nullptr;
      check(oqq.api()->clEnqueueFillBuffer(oqq.handle(), mem_of(dst), bytes, sz, dst.byte_offset(),
                                           dst.nbytes(), 0, nullptr, &ev),
            "fill", "clEnqueueFillBuffer");
      return ev;
    });
    return;
  }
  ProgramPtr p =
      generated_program(oqq, "raw:" + std::to_string(sz), [&] { return gen::raw_program(sz); });
  launch_strided(oqq, p, "fill", "fill", dst.shape, {view_of(dst, dst.shape)},
                 [&](KernelCall& k) { k.arg(bytes, sz); });
}

void OclExecutor::iota(const Queue& q, const Array& dst, const Scalar& start, const Scalar& step) {
  OclQueue& oqq = oq(q);
  const DType t = dst.dtype;
  require_dtype(oqq, t, "arange");
  const int64_t n = dst.size();
  if (n == 0) return;
  const bool fp64 = oqq.ctx().info.fp64;
  std::string key = std::string("iota:") + name_of(t);
  ProgramPtr p = generated_program(oqq, key, [&] { return gen::iota_program(t, fp64); });
  KernelCall k(oqq, p, "iota", "arange");
  k.val<cl_long>(n).mem(mem_of(dst)).val<cl_long>(dst.offset);
  auto real = [&](double x) {
    if (fp64)
      k.val<double>(x);
    else
      k.val<float>(static_cast<float>(x));
  };
  if (is_integral(t) || t == DType::Bool) {
    k.val<cl_long>(scalar_as_int(start)).val<cl_long>(scalar_as_int(step));
  } else if (is_complex(t)) {
    auto s = start.as_complex(), d = step.as_complex();
    real(s.real());
    real(s.imag());
    real(d.real());
    real(d.imag());
  } else {
    real(start.as_double());
    real(step.as_double());
  }
  k.run(static_cast<size_t>(n));
}

}  // namespace dp::ocl
