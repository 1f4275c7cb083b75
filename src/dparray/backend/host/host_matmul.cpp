// Host matmul: OpenBLAS (gemm / gemv) for float32/64 and complex64/128; a blocked,
// parallel loop for integers, bool and tiny matrices; float16 computes in float32.
#include <cblas.h>
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <complex>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <string>

#include "dparray/backend/host/blas_threads.h"
#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/types.h"
#include "dparray/ops/blas_layout.h"
#include "dparray/runtime/errors.h"

namespace dp::host {

namespace {

// Products M*N*K up to which OpenBLAS runs gemm on one thread (its SMP threshold,
// 65536 * GEMM_MULTITHREAD_THRESHOLD); such batches are spread over our cores instead.
constexpr double kBlasSingleThreadMNK = 262144;
// gemv's threshold on M*N (2304 * GEMM_MULTITHREAD_THRESHOLD).
constexpr double kBlasSingleThreadMN = 9216;
// At most this many multiply-adds per matrix go to the plain loop rather than a BLAS call.
constexpr int64_t kTinyMNK = 64;
// Dot products at least this long use BLAS (vectorised and threaded) even in batches.
constexpr int64_t kLongDot = 4096;

bool is_blas_dtype(DType t) {
  return t == DType::Float32 || t == DType::Float64 || t == DType::Complex64 ||
         t == DType::Complex128;
}

bool fits_blasint(int64_t v) { return v <= std::numeric_limits<blasint>::max(); }

// The shared BLAS layout, usable only when the leading dimension fits blasint.
BlasMat host_blas_layout(int64_t rows, int64_t cols, int64_t sr, int64_t sc) {
  BlasMat m = blas_layout(rows, cols, sr, sc);
  m.ok = m.ok && fits_blasint(m.ld);
  return m;
}

// Walks batch indices in order from `first`, keeping the element offsets of a and b
// (c is C-contiguous: batch t starts at t * M * N).
struct BatchWalker {
  int nd;
  const int64_t *shape, *sa, *sb;
  int64_t idx[kMaxDims] = {};  // arrays have at most kMaxDims dims (check_shapes)
  int64_t oa = 0, ob = 0;

  BatchWalker(const Shape& bs, const Strides& a, const Strides& b, int64_t first)
      : nd(static_cast<int>(bs.size())), shape(bs.data()), sa(a.data()), sb(b.data()) {
    for (int d = nd - 1; d >= 0; --d) {
      idx[d] = first % shape[d];
      first /= shape[d];
      oa += idx[d] * sa[d];
      ob += idx[d] * sb[d];
    }
  }
  void next() {
    for (int d = nd - 1; d >= 0; --d) {
      oa += sa[d];
      ob += sb[d];
      if (++idx[d] < shape[d]) return;
      oa -= sa[d] * shape[d];
      ob -= sb[d] * shape[d];
      idx[d] = 0;
    }
  }
};

// One product c = a @ b of the batch: base pointers, sizes and element strides.
struct Job {
  char *a, *b, *c;
  Shape batch;
  Strides a_strides, b_strides;  // full strides of the broadcast operands
  int64_t M, N, K;
  size_t itemsize;
  int64_t as0() const { return a_strides[a_strides.size() - 2]; }
  int64_t as1() const { return a_strides.back(); }
  int64_t bs0() const { return b_strides[b_strides.size() - 2]; }
  int64_t bs1() const { return b_strides.back(); }
  int64_t count() const { return shape_size(batch); }
};

// Accumulator of the plain loop: unsigned wrap-around for integers (NumPy's
// modular results), at least 32 bits so the inner loop vectorises.
template <class T>
struct acc_of {
  using type = T;
};
template <>
struct acc_of<bool> {
  using type = uint32_t;
};
template <>
struct acc_of<int8_t> {
  using type = uint32_t;
};
template <>
struct acc_of<uint8_t> {
  using type = uint32_t;
};
template <>
struct acc_of<int16_t> {
  using type = uint32_t;
};
template <>
struct acc_of<uint16_t> {
  using type = uint32_t;
};
template <>
struct acc_of<int32_t> {
  using type = uint32_t;
};
template <>
struct acc_of<uint32_t> {
  using type = uint32_t;
};
template <>
struct acc_of<int64_t> {
  using type = uint64_t;
};
template <>
struct acc_of<uint64_t> {
  using type = uint64_t;
};

// acc += a * b; complex products by the plain formula (as BLAS), without the C99
// infinity recovery of std::complex's operator*, which costs a library call each.
template <class Acc>
inline void madd(Acc& acc, Acc a, Acc b) {
  if constexpr (is_complex_v<Acc>)
    acc = Acc(acc.real() + (a.real() * b.real() - a.imag() * b.imag()),
              acc.imag() + (a.real() * b.imag() + a.imag() * b.real()));
  else
    acc += a * b;
}

template <class T, class Acc>
T from_acc(Acc v) {
  if constexpr (std::is_same_v<T, bool>)
    return v != 0;
  else
    return static_cast<T>(v);  // modular for integers (C++20)
}

constexpr int64_t kMt = 8, kNt = 128, kKt = 256;

// Rows [i0, i1) x columns [j0, j1) of one matrix, blocked so that a (kKt x kNt) panel
// of b serves kMt rows from cache.
template <class T>
void plain_tile(const T* a, const T* b, T* c, const Job& job, int64_t i0, int64_t i1, int64_t j0,
                int64_t j1) {
  using Acc = typename acc_of<T>::type;
  const int64_t as0 = job.as0(), as1 = job.as1(), bs0 = job.bs0(), bs1 = job.bs1();
  Acc acc[kMt][kNt];
  const int64_t ni = i1 - i0, nj = j1 - j0;
  for (int64_t i = 0; i < ni; ++i)
    for (int64_t j = 0; j < nj; ++j) acc[i][j] = Acc(0);
  for (int64_t k0 = 0; k0 < job.K; k0 += kKt) {
    const int64_t k1 = std::min(job.K, k0 + kKt);
    for (int64_t i = 0; i < ni; ++i) {
      Acc* __restrict row = acc[i];
      const T* __restrict ar = a + (i0 + i) * as0;
      for (int64_t k = k0; k < k1; ++k) {
        const Acc aik = static_cast<Acc>(ar[k * as1]);
        const T* __restrict br = b + k * bs0 + j0 * bs1;
        if (bs1 == 1) {
          for (int64_t j = 0; j < nj; ++j) madd(row[j], aik, static_cast<Acc>(br[j]));
        } else {
          for (int64_t j = 0; j < nj; ++j) madd(row[j], aik, static_cast<Acc>(br[j * bs1]));
        }
      }
    }
  }
  for (int64_t i = 0; i < ni; ++i)
    for (int64_t j = 0; j < nj; ++j) c[(i0 + i) * job.N + j0 + j] = from_acc<T>(acc[i][j]);
}

// M == N == 1: one dot product. Eight independent partial sums let the contiguous loop
// vectorise without reassociating one long chain.
template <class T>
void plain_dot(const T* __restrict a, const T* __restrict b, T* __restrict c, int64_t K, int64_t as,
               int64_t bs) {
  using Acc = typename acc_of<T>::type;
  Acc acc(0);
  int64_t k = 0;
  if (as == 1 && bs == 1 && K >= 16) {
    Acc part[8] = {};
    for (; k + 8 <= K; k += 8)
      for (int j = 0; j < 8; ++j)
        madd(part[j], static_cast<Acc>(a[k + j]), static_cast<Acc>(b[k + j]));
    for (int j = 0; j < 8; ++j) acc += part[j];
  }
  for (; k < K; ++k) madd(acc, static_cast<Acc>(a[k * as]), static_cast<Acc>(b[k * bs]));
  *c = from_acc<T>(acc);
}

// The plain loop over every (batch, tile) pair, spread over the cores.
template <class T>
void plain_batched(const Job& job) {
  const int64_t ti = (job.M + kMt - 1) / kMt, tj = (job.N + kNt - 1) / kNt, per = ti * tj;
  const int64_t tiles = job.count() * per;
  const int64_t tile_work =
      std::min(job.M, kMt) * std::min(job.N, kNt) * std::max<int64_t>(1, job.K) + 16;
  const int64_t grain = std::max<int64_t>(1, (int64_t(1) << 16) / tile_work);
  const int64_t isz = static_cast<int64_t>(job.itemsize), mn = job.M * job.N;
  auto body = [&](int64_t t0, int64_t t1) {
    if (per == 1) {
      // One tile per matrix (small matrices): no index arithmetic per tile.
      BatchWalker w(job.batch, job.a_strides, job.b_strides, t0);
      if (job.M == 1 && job.N == 1) {
        T* c = reinterpret_cast<T*>(job.c);
        for (int64_t t = t0; t < t1; ++t, w.next())
          plain_dot<T>(reinterpret_cast<const T*>(job.a + w.oa * isz),
                       reinterpret_cast<const T*>(job.b + w.ob * isz), c + t, job.K, job.as1(),
                       job.bs0());
        return;
      }
      for (int64_t t = t0; t < t1; ++t, w.next())
        plain_tile<T>(reinterpret_cast<const T*>(job.a + w.oa * isz),
                      reinterpret_cast<const T*>(job.b + w.ob * isz),
                      reinterpret_cast<T*>(job.c + t * mn * isz), job, 0, job.M, 0, job.N);
      return;
    }
    int64_t batch = t0 / per;
    BatchWalker w(job.batch, job.a_strides, job.b_strides, batch);
    for (int64_t t = t0; t < t1; ++t) {
      for (; batch < t / per; ++batch) w.next();
      const int64_t r = t % per, i = (r / tj) * kMt, j = (r % tj) * kNt;
      plain_tile<T>(reinterpret_cast<const T*>(job.a + w.oa * isz),
                    reinterpret_cast<const T*>(job.b + w.ob * isz),
                    reinterpret_cast<T*>(job.c + batch * mn * isz), job, i,
                    std::min(job.M, i + kMt), j, std::min(job.N, j + kNt));
    }
  };
  if (tiles <= grain) return body(0, tiles);
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, tiles, grain),
                    [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
}

// ---- BLAS ----

struct BlasPlan {
  DType t;
  int64_t M, N, K;
  BlasMat A, B;          // layouts of the (M x K) and (K x N) operands
  int64_t a_inc, b_inc;  // vector strides for the gemv forms
};

CBLAS_TRANSPOSE tr(bool t) { return t ? CblasTrans : CblasNoTrans; }

// One product with the value type V (float, double, complex<float>, complex<double>).
template <class V>
void gemm_one(const BlasPlan& p, const char* ca, const char* cb, char* cc) {
  struct {
    const char *a, *b;
    char* c;
  } c{ca, cb, cc};
  const blasint M = p.M, N = p.N, K = p.K;
  if constexpr (std::is_same_v<V, float>) {
    if (N == 1)
      cblas_sgemv(CblasRowMajor, tr(p.A.trans), p.A.trans ? K : M, p.A.trans ? M : K, 1.0f,
                  (const float*)c.a, p.A.ld, (const float*)c.b, p.b_inc, 0.0f, (float*)c.c, 1);
    else if (M == 1)
      cblas_sgemv(CblasRowMajor, tr(!p.B.trans), p.B.trans ? N : K, p.B.trans ? K : N, 1.0f,
                  (const float*)c.b, p.B.ld, (const float*)c.a, p.a_inc, 0.0f, (float*)c.c, 1);
    else
      cblas_sgemm(CblasRowMajor, tr(p.A.trans), tr(p.B.trans), M, N, K, 1.0f, (const float*)c.a,
                  p.A.ld, (const float*)c.b, p.B.ld, 0.0f, (float*)c.c, N);
  } else if constexpr (std::is_same_v<V, double>) {
    if (N == 1)
      cblas_dgemv(CblasRowMajor, tr(p.A.trans), p.A.trans ? K : M, p.A.trans ? M : K, 1.0,
                  (const double*)c.a, p.A.ld, (const double*)c.b, p.b_inc, 0.0, (double*)c.c, 1);
    else if (M == 1)
      cblas_dgemv(CblasRowMajor, tr(!p.B.trans), p.B.trans ? N : K, p.B.trans ? K : N, 1.0,
                  (const double*)c.b, p.B.ld, (const double*)c.a, p.a_inc, 0.0, (double*)c.c, 1);
    else
      cblas_dgemm(CblasRowMajor, tr(p.A.trans), tr(p.B.trans), M, N, K, 1.0, (const double*)c.a,
                  p.A.ld, (const double*)c.b, p.B.ld, 0.0, (double*)c.c, N);
  } else {
    const V one(1), zero(0);
    constexpr bool single = std::is_same_v<V, std::complex<float>>;
    auto gemv = single ? &cblas_cgemv : &cblas_zgemv;
    if (N == 1)
      gemv(CblasRowMajor, tr(p.A.trans), p.A.trans ? K : M, p.A.trans ? M : K, &one, c.a, p.A.ld,
           c.b, p.b_inc, &zero, c.c, 1);
    else if (M == 1)
      gemv(CblasRowMajor, tr(!p.B.trans), p.B.trans ? N : K, p.B.trans ? K : N, &one, c.b, p.B.ld,
           c.a, p.a_inc, &zero, c.c, 1);
    else
      (single ? &cblas_cgemm : &cblas_zgemm)(CblasRowMajor, tr(p.A.trans), tr(p.B.trans), M, N, K,
                                             &one, c.a, p.A.ld, c.b, p.B.ld, &zero, c.c, N);
  }
}

template <class V>
void blas_batched(const BlasPlan& p, const Job& job) {
  const double mnk = double(p.M) * double(p.N) * double(p.K);
  const bool vec = p.M == 1 || p.N == 1;
  const bool single_thread = vec ? mnk <= kBlasSingleThreadMN : mnk <= kBlasSingleThreadMNK;
  const int64_t isz = static_cast<int64_t>(job.itemsize), mn = job.M * job.N;
  auto run = [&](int64_t t0, int64_t t1) {
    BatchWalker w(job.batch, job.a_strides, job.b_strides, t0);
    for (int64_t t = t0; t < t1; ++t, w.next())
      gemm_one<V>(p, job.a + w.oa * isz, job.b + w.ob * isz, job.c + t * mn * isz);
  };
  if (job.count() > 1 && single_thread) {
    // Each call stays on one OpenBLAS thread: spread the batch over the arena's cores.
    const int64_t grain = std::max<int64_t>(1, int64_t(kBlasSingleThreadMNK / (mnk + 64)));
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, job.count(), grain),
                      [&](const tbb::blocked_range<int64_t>& r) { run(r.begin(), r.end()); });
    return;
  }
  // Large products: one call at a time, OpenBLAS's threads on this arena's share of cores.
  std::lock_guard<std::mutex> lock(blas_mutex());
  set_blas_threads(tbb::this_task_arena::max_concurrency());
  run(0, job.count());
}

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

void check_shapes(const Array& a, const Array& b, const Array& out) {
  const int nd = out.ndim();
  bool ok = nd >= 2 && nd <= kMaxDims && a.ndim() == nd && b.ndim() == nd && a.dtype == out.dtype &&
            b.dtype == out.dtype && out.is_c_contiguous();
  if (ok) {
    for (int d = 0; d < nd - 2; ++d) ok &= a.shape[d] == out.shape[d] && b.shape[d] == out.shape[d];
    ok &= a.shape[nd - 2] == out.shape[nd - 2] && b.shape[nd - 1] == out.shape[nd - 1] &&
          a.shape[nd - 1] == b.shape[nd - 2];
  }
  if (!ok)
    throw std::invalid_argument("[matmul] backend operands do not match: " + shape_str(a.shape) +
                                " @ " + shape_str(b.shape) + " -> " + shape_str(out.shape));
}

}  // namespace

void HostExecutor::matmul(const Queue& q, const Array& a_in, const Array& b_in, const Array& out) {
  check_shapes(a_in, b_in, out);
  if (out.size() == 0) return;
  const int nd = out.ndim();
  const int64_t M = out.shape[nd - 2], N = out.shape[nd - 1], K = a_in.shape[nd - 1];
  const DType t = out.dtype;

  if (t == DType::Float16) {
    // As NumPy, float16 products accumulate in float32.
    Array a32 = astype(a_in, DType::Float32, true), b32 = astype(b_in, DType::Float32, true);
    Array o32 = empty(out.shape, DType::Float32, q, out.usm_type(), "matmul");
    matmul(q, a32, b32, o32);
    copy(q, o32, out);
    return;
  }

  Array a = a_in, b = b_in;
  // Batches of short dot products (vecdot) run as parallel plain loops: one BLAS call per
  // dot would cost more than the dot itself. Long ones go to BLAS one at a time.
  const int64_t batches = out.size() / (M * N);
  const bool dots = M == 1 && N == 1 && batches > 1 && K < kLongDot;
  // M * N fits (out exists); K may be a huge broadcast length, so the product is in double.
  const bool blas = is_blas_dtype(t) && K > 0 && double(M) * double(N) * double(K) > kTinyMNK &&
                    !dots && fits_blasint(M) && fits_blasint(N) && fits_blasint(K);
  BlasPlan plan{t, M, N, K, {}, {}, 1, 1};
  if (blas) {
    // BLAS needs one unit-stride axis per matrix: copy (in queue order) when neither is.
    plan.A = host_blas_layout(M, K, a.strides[nd - 2], a.strides[nd - 1]);
    if (!plan.A.ok) {
      a = copy_array(a, t, a.usm_type());
      plan.A = host_blas_layout(M, K, a.strides[nd - 2], a.strides[nd - 1]);
    }
    plan.B = host_blas_layout(K, N, b.strides[nd - 2], b.strides[nd - 1]);
    if (!plan.B.ok) {
      b = copy_array(b, t, b.usm_type());
      plan.B = host_blas_layout(K, N, b.strides[nd - 2], b.strides[nd - 1]);
    }
    // gemv forms read the vector operand with a positive stride.
    auto inc_ok = [](int64_t s) { return s >= 1 && fits_blasint(s); };
    if (M == 1 && N != 1 && !inc_ok(K == 1 ? 1 : a.strides[nd - 1]))
      a = copy_array(a, t, a.usm_type());
    if (N == 1 && !inc_ok(K == 1 ? 1 : b.strides[nd - 2])) b = copy_array(b, t, b.usm_type());
    plan.a_inc = K == 1 ? 1 : a.strides[nd - 1];
    plan.b_inc = K == 1 ? 1 : b.strides[nd - 2];
  }

  const double work = double(out.size()) * double(std::max<int64_t>(K, 1));
  const size_t work_hint = work > 1e18 ? size_t(1) << 62 : static_cast<size_t>(work);
  Job job{nullptr,   nullptr,       nullptr, Shape(out.shape.begin(), out.shape.end() - 2),
          a.strides, b.strides,     M,       N,
          K,         out.itemsize()};
  // Keep the operands alive until the command ran; host pointers are valid by then.
  hq(q).submit("matmul", work_hint, [a, b, out, job, plan, blas]() {
    Job j = job;
    j.a = a.host_data();
    j.b = b.host_data();
    j.c = out.host_data();
    if (blas) {
      switch (plan.t) {
        case DType::Float32: return blas_batched<float>(plan, j);
        case DType::Float64: return blas_batched<double>(plan, j);
        case DType::Complex64: return blas_batched<std::complex<float>>(plan, j);
        default: return blas_batched<std::complex<double>>(plan, j);
      }
    }
    dispatch_dtype(out.dtype, [&]<DType T>() {
      if constexpr (T != DType::Float16) plain_batched<ctype_t<T>>(j);
    });
  });
}

}  // namespace dp::host
