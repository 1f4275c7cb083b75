// Matrix products on OpenCL: on CPU devices large ones through the host's BLAS on the
// mapped buffers (host_gemm.h); else CLBlast for float32/64 and complex when it is
// installed and the operands have a BLAS layout, else the generated GEMM.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/clblast.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/host_gemm.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/ops/blas_layout.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

bool try_clblast(OclQueue& q, const Array& a, const Array& b, const Array& out, int64_t M,
                 int64_t N, int64_t K, const Shape& bsh, const Strides& bsa, const Strides& bsb) {
  const ClBlast* blas = ClBlast::get();
  if (!blas || !ClBlast::supports(out.dtype) || bsh.size() > 1) return false;
  const int nd = a.ndim();
  BlasMat la = blas_layout(M, K, a.strides[nd - 2], a.strides[nd - 1]);
  BlasMat lb = blas_layout(K, N, b.strides[nd - 2], b.strides[nd - 1]);
  if (!la.ok || !lb.ok) return false;
  const int64_t batch = bsh.empty() ? 1 : bsh[0];
  const int64_t sa = bsh.empty() ? 0 : bsa[0], sb = bsh.empty() ? 0 : bsb[0];
  if (sa < 0 || sb < 0) return false;
  GemmCall g{la.trans,   lb.trans,         size_t(M),     size_t(N),        size_t(K),
             mem_of(a),  mem_of(b),        mem_of(out),   size_t(a.offset), size_t(la.ld),
             size_t(sa), size_t(b.offset), size_t(lb.ld), size_t(sb),       size_t(out.offset),
             size_t(N),  size_t(M * N),    size_t(batch)};
  bool ok = false;
  q.enqueue("matmul", [&] {
    cl_event ev = nullptr;
    ok = blas->gemm(out.dtype, g, q.handle(), &ev);
    return ok ? ev : nullptr;
  });
  return ok;
}

// Rows of C per work-item and 8-wide vectors per row of the CPU kernel, and the work-items
// (row blocks sharing one column strip of B) per group; DPARRAY_OCL_GEMM="rm,nv,lm,kc" overrides
// (kc: the K panel depth, 0 for none).
struct CpuGemmShape {
  int rm = 8, nv = 2, lm = 16, kc = 256;
};

CpuGemmShape cpu_gemm_shape() {
  static const CpuGemmShape shape = [] {
    const char* env = std::getenv("DPARRAY_OCL_GEMM");
    if (!env || !*env) return CpuGemmShape{};
    int rm = 0, nv = 0, lm = 0, kc = -1;
    char extra = 0;
    if (std::sscanf(env, "%d,%d,%d,%d%c", &rm, &nv, &lm, &kc, &extra) != 4 || rm < 1 || rm > 16 ||
        nv < 1 || nv > 4 || lm < 1 || lm > 256 || kc < 0)
      throw std::invalid_argument(std::string("[DPARRAY_OCL_GEMM] '") + env +
                                  "' is not rm,nv,lm,kc with rm in 1..16, nv in 1..4, lm in "
                                  "1..256 and kc >= 0");
    return CpuGemmShape{rm, nv, lm, kc};
  }();
  return shape;
}

// The arguments both GEMM kernels start with: sizes, the batch shape and A's / B's batch
// strides (innermost first, padded to kKernelDims), A with its offset and both matrix
// strides, B with its offset and row stride.
void set_gemm_args(KernelCall& k, const Array& a, const Array& b, int64_t M, int64_t N, int64_t K,
                   const Shape& bsh, const Strides& bsa, const Strides& bsb) {
  cl_int bnd = static_cast<cl_int>(bsh.size());
  cl_long sh8[kKernelDims] = {1, 1, 1, 1, 1, 1, 1, 1}, sa8[kKernelDims] = {}, sb8[kKernelDims] = {};
  for (int k = 0; k < bnd; ++k) {
    sh8[k] = bsh[bnd - 1 - k];
    sa8[k] = bsa[bnd - 1 - k];
    sb8[k] = bsb[bnd - 1 - k];
  }
  const int an = a.ndim(), bn = b.ndim();
  k.val<cl_long>(M).val<cl_long>(N).val<cl_long>(K).val(bnd);
  k.arg(sh8, sizeof(sh8)).arg(sa8, sizeof(sa8)).arg(sb8, sizeof(sb8));
  k.mem(mem_of(a))
      .val<cl_long>(a.offset)
      .val<cl_long>(a.strides[an - 2])
      .val<cl_long>(a.strides[an - 1]);
  k.mem(mem_of(b)).val<cl_long>(b.offset).val<cl_long>(b.strides[bn - 2]);
}

// CPU devices, float32 / float64: the register-blocked kernel (B with contiguous rows).
void matmul_cpu(OclQueue& o, const Array& a, const Array& b, const Array& out, int64_t M, int64_t N,
                int64_t K, const Shape& bsh, const Strides& bsa, const Strides& bsb) {
  const DType t = out.dtype;
  const CpuGemmShape g = cpu_gemm_shape();
  const std::string key = std::string("matmul_cpu:") + name_of(t) + ":" + std::to_string(g.rm) +
                          ":" + std::to_string(g.nv) + ":" + std::to_string(g.kc);
  ProgramPtr p =
      generated_program(o, key, [&] { return gen::matmul_cpu_program(t, g.rm, g.nv, g.kc); });
  KernelCall k(o, p, "gemm_cpu", "matmul");
  set_gemm_args(k, a, b, M, N, K, bsh, bsa, bsb);
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  const size_t nb = static_cast<size_t>((N + 8 * g.nv - 1) / (8 * g.nv));
  size_t mb = static_cast<size_t>((M + g.rm - 1) / g.rm);
  const size_t lm = std::min<size_t>(static_cast<size_t>(g.lm), mb);
  mb = (mb + lm - 1) / lm * lm;
  const size_t global[3] = {nb, mb, static_cast<size_t>(shape_size(bsh))};
  const size_t local[3] = {1, lm, 1};
  k.run_nd(3, global, local);
}

}  // namespace

void OclExecutor::matmul(const Queue& q, const Array& a, const Array& b, const Array& out) {
  OclQueue& o = oq(q);
  const DType t = out.dtype;
  require_dtype(o, t, "matmul");
  const int nd = out.ndim();
  if (nd < 2 || a.ndim() < 2 || b.ndim() < 2)
    throw std::invalid_argument("[matmul] operands need at least two dimensions");
  const int64_t M = out.shape[nd - 2], N = out.shape[nd - 1], K = a.shape[a.ndim() - 1];
  if (out.size() == 0) return;
  if (K == 0) {
    fill(q, out, Scalar::from_int(0));
    return;
  }
  if (host_gemm(o, a, b, out, M, N, K)) return;
  // Batch dims of a and b seen over out's batch shape (broadcast strides allowed).
  Shape bsh(out.shape.begin(), out.shape.end() - 2);
  auto batch_strides = [&](const Array& x) {
    Shape xs(x.shape.begin(), x.shape.end() - 2);
    Strides st(x.strides.begin(), x.strides.end() - 2);
    return broadcast_strides(xs, st, bsh);
  };
  Strides bsa = batch_strides(a), bsb = batch_strides(b), bsc = c_strides(bsh);
  for (auto& s : bsc) s *= M * N;
  collapse_dims(bsh, {&bsa, &bsb, &bsc});
  const bool cpu = o.ctx().info.type == DeviceType::CPU;
  // CPU devices: CLBlast's kernels compile for a minute and run slower than the generated one.
  if (!cpu && try_clblast(o, a, b, out, M, N, K, bsh, bsa, bsb)) return;
  if (bsh.size() > kKernelDims) {
    matmul(q, copy_array(a, t, UsmType::Device), copy_array(b, t, UsmType::Device), out);
    return;
  }
  if (cpu && (t == DType::Float32 || t == DType::Float64)) {
    if (b.strides[b.ndim() - 1] != 1) {  // the kernel reads B's rows as vectors
      matmul(q, a, copy_array(b, t, UsmType::Device), out);
      return;
    }
    matmul_cpu(o, a, b, out, M, N, K, bsh, bsa, bsb);
    return;
  }
  const int tile = o.ctx().info.max_work_group_size >= 256 ? 16 : 8;
  const std::string key = std::string("matmul:") + name_of(t) + ":" + std::to_string(tile);
  ProgramPtr p = generated_program(o, key, [&] { return gen::matmul_program(t, tile); });
  KernelCall k(o, p, "gemm", "matmul");
  set_gemm_args(k, a, b, M, N, K, bsh, bsa, bsb);
  k.val<cl_long>(b.strides[b.ndim() - 1]);
  k.mem(mem_of(out)).val<cl_long>(out.offset);
  const size_t ts = static_cast<size_t>(tile);
  const size_t global[3] = {(size_t(N) + ts - 1) / ts * ts, (size_t(M) + ts - 1) / ts * ts,
                            static_cast<size_t>(shape_size(bsh))};
  const size_t local[3] = {ts, ts, 1};
  k.run_nd(3, global, local);
}

}  // namespace dp::ocl
