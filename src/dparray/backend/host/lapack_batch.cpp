#include "dparray/backend/host/lapack_batch.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <complex>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "dparray/backend/host/blas_threads.h"
#include "dparray/backend/host/lapack_decls.h"

namespace dp::host {

namespace {

using li = lapack_int;
using c8 = std::complex<float>;
using c16 = std::complex<double>;

template <class T>
struct real_of {
  using type = T;
};
template <class R>
struct real_of<std::complex<R>> {
  using type = R;
};
template <class T>
using Real = typename real_of<T>::type;
template <class T>
constexpr bool kComplex = !std::is_same_v<T, Real<T>>;

// ---- typed wrappers: one overload per value type ----

#define DP_WRAP(p, T)                                                                       \
  inline void getrf(li m, li n, T* a, li lda, li* ip, li& info) {                           \
    p##getrf_(&m, &n, a, &lda, ip, &info);                                                  \
  }                                                                                         \
  inline void getri(li n, T* a, li lda, const li* ip, T* w, li lw, li& info) {              \
    p##getri_(&n, a, &lda, ip, w, &lw, &info);                                              \
  }                                                                                         \
  inline void getrs(char tr, li n, li nrhs, const T* a, li lda, const li* ip, T* b, li ldb, \
                    li& info) {                                                             \
    p##getrs_(&tr, &n, &nrhs, a, &lda, ip, b, &ldb, &info, 1);                              \
  }                                                                                         \
  inline void gesv(li n, li nrhs, T* a, li lda, li* ip, T* b, li ldb, li& info) {           \
    p##gesv_(&n, &nrhs, a, &lda, ip, b, &ldb, &info);                                       \
  }                                                                                         \
  inline void potrf(char uplo, li n, T* a, li lda, li& info) {                              \
    p##potrf_(&uplo, &n, a, &lda, &info, 1);                                                \
  }                                                                                         \
  inline void geqrf(li m, li n, T* a, li lda, T* tau, T* w, li lw, li& info) {              \
    p##geqrf_(&m, &n, a, &lda, tau, w, &lw, &info);                                         \
  }
DP_WRAP(s, float)
DP_WRAP(d, double)
DP_WRAP(c, c8)
DP_WRAP(z, c16)
#undef DP_WRAP

#define DP_WRAP_ORGQR(fn, T)                                                               \
  inline void orgqr(li m, li n, li k, T* a, li lda, const T* tau, T* w, li lw, li& info) { \
    fn(&m, &n, &k, a, &lda, tau, w, &lw, &info);                                           \
  }
DP_WRAP_ORGQR(sorgqr_, float)
DP_WRAP_ORGQR(dorgqr_, double)
DP_WRAP_ORGQR(cungqr_, c8)
DP_WRAP_ORGQR(zungqr_, c16)
#undef DP_WRAP_ORGQR

// syevd / heevd with one signature (rwork unused for real types).
#define DP_WRAP_SYEVD(fn, T)                                                                \
  inline void heevd(char jobz, char u, li n, T* a, li lda, T* w, T* work, li lwork, T*, li, \
                    li* iw, li liw, li& info) {                                             \
    fn(&jobz, &u, &n, a, &lda, w, work, &lwork, iw, &liw, &info, 1, 1);                     \
  }
DP_WRAP_SYEVD(ssyevd_, float)
DP_WRAP_SYEVD(dsyevd_, double)
#undef DP_WRAP_SYEVD
#define DP_WRAP_HEEVD(fn, T, R)                                                                    \
  inline void heevd(char jobz, char u, li n, T* a, li lda, R* w, T* work, li lwork, R* rw, li lrw, \
                    li* iw, li liw, li& info) {                                                    \
    fn(&jobz, &u, &n, a, &lda, w, work, &lwork, rw, &lrw, iw, &liw, &info, 1, 1);                  \
  }
DP_WRAP_HEEVD(cheevd_, c8, float)
DP_WRAP_HEEVD(zheevd_, c16, double)
#undef DP_WRAP_HEEVD

#define DP_WRAP_GESDD(fn, T)                                                                 \
  inline void gesdd(char jobz, li m, li n, T* a, li lda, T* s, T* u, li ldu, T* vt, li ldvt, \
                    T* work, li lwork, T*, li* iw, li& info) {                               \
    fn(&jobz, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, work, &lwork, iw, &info, 1);           \
  }
DP_WRAP_GESDD(sgesdd_, float)
DP_WRAP_GESDD(dgesdd_, double)
#undef DP_WRAP_GESDD
#define DP_WRAP_GESDD_C(fn, T, R)                                                            \
  inline void gesdd(char jobz, li m, li n, T* a, li lda, R* s, T* u, li ldu, T* vt, li ldvt, \
                    T* work, li lwork, R* rw, li* iw, li& info) {                            \
    fn(&jobz, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, work, &lwork, rw, iw, &info, 1);       \
  }
DP_WRAP_GESDD_C(cgesdd_, c8, float)
DP_WRAP_GESDD_C(zgesdd_, c16, double)
#undef DP_WRAP_GESDD_C

#define DP_WRAP_GEEV(fn, T)                                                                   \
  inline void geev(char jobvr, li n, T* a, li lda, T* wr, T* wi, T* vr, li ldvr, T* work,     \
                   li lwork, li& info) {                                                      \
    const char no = 'N';                                                                      \
    li one = 1;                                                                               \
    T dummy{};                                                                                \
    fn(&no, &jobvr, &n, a, &lda, wr, wi, &dummy, &one, vr, &ldvr, work, &lwork, &info, 1, 1); \
  }
DP_WRAP_GEEV(sgeev_, float)
DP_WRAP_GEEV(dgeev_, double)
#undef DP_WRAP_GEEV
#define DP_WRAP_GEEV_C(fn, T, R)                                                                   \
  inline void geev(char jobvr, li n, T* a, li lda, T* w, T* vr, li ldvr, T* work, li lwork, R* rw, \
                   li& info) {                                                                     \
    const char no = 'N';                                                                           \
    li one = 1;                                                                                    \
    T dummy{};                                                                                     \
    fn(&no, &jobvr, &n, a, &lda, w, &dummy, &one, vr, &ldvr, work, &lwork, rw, &info, 1, 1);       \
  }
DP_WRAP_GEEV_C(cgeev_, c8, float)
DP_WRAP_GEEV_C(zgeev_, c16, double)
#undef DP_WRAP_GEEV_C

// ---- batching ----

// Order above which one matrix at a time runs with OpenBLAS's own threads; below it
// the batch is spread over TBB with each LAPACK call on one thread.
constexpr int64_t kLargeOrder = 160;

li to_li(int64_t v, const char* what) {
  if (v > std::numeric_limits<li>::max())
    throw std::invalid_argument(std::string("[linalg] ") + what + " " + std::to_string(v) +
                                " exceeds LAPACK's integer range");
  return static_cast<li>(v);
}

template <class F>
void for_batch(int64_t count, int64_t order, F&& range) {
  std::lock_guard<std::mutex> lock(blas_mutex());
  if (count > 1 && order < kLargeOrder) {
    set_blas_threads(1);
    const int64_t cost = order * order * order + 64;
    const int64_t grain = std::max<int64_t>(1, (int64_t(1) << 14) / cost);
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, count, grain),
                      [&](const tbb::blocked_range<int64_t>& r) { range(r.begin(), r.end()); });
    return;
  }
  set_blas_threads(tbb::this_task_arena::max_concurrency());
  range(0, count);
}

// The lowest index of a matrix that failed, over the threads of a batch.
struct FirstBad {
  std::atomic<int64_t> v{std::numeric_limits<int64_t>::max()};
  void note(int64_t i) {
    int64_t cur = v.load();
    while (i < cur && !v.compare_exchange_weak(cur, i)) {
    }
  }
  int64_t get() const {
    const int64_t r = v.load();
    return r == std::numeric_limits<int64_t>::max() ? -1 : r;
  }
};

template <class T>
li lwork_of(T w) {
  return std::max<li>(1, static_cast<li>(std::real(w)));
}

template <class F>
void dispatch(DType t, F&& f) {
  switch (t) {
    case DType::Float32: return f(float{});
    case DType::Float64: return f(double{});
    case DType::Complex64: return f(c8{});
    case DType::Complex128: return f(c16{});
    default:
      throw std::invalid_argument(std::string("[linalg] LAPACK does not take dtype ") + name_of(t));
  }
}

// ---- routines ----

template <class T>
void det_t(int64_t count, int64_t n, T* a, T* det, T* sign, Real<T>* logabs) {
  const li N = to_li(n, "order");
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    std::vector<li> ip(n);
    for (int64_t b = b0; b < b1; ++b) {
      T* A = a + b * n * n;
      li info = 0;
      if (n > 0) getrf(N, N, A, N, ip.data(), info);
      T s(1), d(1);
      Real<T> la = 0;
      if (info > 0) {
        s = d = T(0);
        la = -std::numeric_limits<Real<T>>::infinity();
      } else {
        for (int64_t j = 0; j < n; ++j) {
          const T u = A[j + j * n];
          if (ip[j] != j + 1) {
            s = -s;
            d = -d;
          }
          d *= u;
          const Real<T> au = std::abs(u);
          la += std::log(au);
          if constexpr (kComplex<T>)
            s *= u / au;
          else
            s *= u < 0 ? T(-1) : T(1);
        }
      }
      if (det) det[b] = d;
      if (sign) sign[b] = s;
      if (logabs) logabs[b] = la;
    }
  });
}

template <class T>
int64_t inv_t(int64_t count, int64_t n, T* a) {
  const li N = to_li(n, "order");
  FirstBad bad;
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    std::vector<li> ip(n);
    T q{};
    li info = 0;
    getri(N, a + b0 * n * n, N, ip.data(), &q, -1, info);
    std::vector<T> work(lwork_of(q));
    for (int64_t b = b0; b < b1; ++b) {
      T* A = a + b * n * n;
      getrf(N, N, A, N, ip.data(), info);
      if (info > 0) {
        bad.note(b);
        continue;
      }
      getri(N, A, N, ip.data(), work.data(), static_cast<li>(work.size()), info);
      if (info != 0) bad.note(b);
    }
  });
  return bad.get();
}

template <class T>
int64_t solve_t(int64_t count, int64_t n, int64_t nrhs, T* a, T* bm) {
  const li N = to_li(n, "order"), R = to_li(nrhs, "number of right-hand sides");
  FirstBad bad;
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    std::vector<li> ip(n);
    for (int64_t b = b0; b < b1; ++b) {
      li info = 0;
      T* A = a + b * n * n;
      getrf(N, N, A, N, ip.data(), info);  // the LU of A^T: a holds A row-major
      if (info != 0) {
        bad.note(b);
        continue;
      }
      getrs('T', N, R, A, N, ip.data(), bm + b * n * nrhs, N, info);
      if (info != 0) bad.note(b);
    }
  });
  return bad.get();
}

template <class T>
int64_t cholesky_t(int64_t count, int64_t n, T* a, bool upper) {
  const li N = to_li(n, "order");
  FirstBad bad;
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      T* A = a + b * n * n;
      li info = 0;
      potrf(upper ? 'U' : 'L', N, A, N, info);
      if (info != 0) bad.note(b);
      // LAPACK leaves the other triangle as it was: clear it.
      for (int64_t j = 0; j < n; ++j)
        for (int64_t i = upper ? j + 1 : 0; i < (upper ? n : j); ++i) A[i + j * n] = T(0);
    }
  });
  return bad.get();
}

template <class T>
int64_t eigh_t(int64_t count, int64_t n, T* a, Real<T>* w, bool vectors, bool upper) {
  const li N = to_li(n, "order");
  const char jobz = vectors ? 'V' : 'N', uplo = upper ? 'U' : 'L';
  FirstBad bad;
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    T q{};
    Real<T> rq{};
    li iq = 0, info = 0;
    heevd(jobz, uplo, N, a + b0 * n * n, N, w + b0 * n, &q, -1, &rq, -1, &iq, -1, info);
    std::vector<T> work(lwork_of(q));
    std::vector<Real<T>> rwork(lwork_of(rq));
    std::vector<li> iwork(std::max<li>(1, iq));
    for (int64_t b = b0; b < b1; ++b) {
      heevd(jobz, uplo, N, a + b * n * n, N, w + b * n, work.data(), static_cast<li>(work.size()),
            rwork.data(), static_cast<li>(rwork.size()), iwork.data(),
            static_cast<li>(iwork.size()), info);
      if (info != 0) bad.note(b);
    }
  });
  return bad.get();
}

template <class T>
int64_t svd_t(int64_t count, int64_t m, int64_t n, T* a, Real<T>* s, T* u, T* vt, bool full) {
  const li M = to_li(m, "rows"), N = to_li(n, "columns");
  const int64_t k = std::min(m, n), mx = std::max(m, n);
  const bool uv = u != nullptr;
  const char jobz = !uv ? 'N' : full ? 'A' : 'S';
  const int64_t ucols = full ? m : k, vtrows = full ? n : k;
  const li ldu = uv ? M : 1, ldvt = uv ? to_li(vtrows, "rows") : 1;
  const int64_t lrwork = !kComplex<T> ? 1
                         : uv         ? std::max(5 * k * k + 7 * k, 2 * mx * k + 2 * k * k + k)
                                      : 7 * k;
  FirstBad bad;
  for_batch(count, std::max(m, n), [&](int64_t b0, int64_t b1) {
    T q{}, du{}, dv{};
    li info = 0;
    std::vector<Real<T>> rwork(std::max<int64_t>(1, lrwork));
    std::vector<li> iwork(8 * std::max<int64_t>(1, k));
    gesdd(jobz, M, N, a + b0 * m * n, M, s + b0 * k, uv ? u + b0 * m * ucols : &du, ldu,
          uv ? vt + b0 * vtrows * n : &dv, ldvt, &q, -1, rwork.data(), iwork.data(), info);
    std::vector<T> work(lwork_of(q));
    for (int64_t b = b0; b < b1; ++b) {
      gesdd(jobz, M, N, a + b * m * n, M, s + b * k, uv ? u + b * m * ucols : &du, ldu,
            uv ? vt + b * vtrows * n : &dv, ldvt, work.data(), static_cast<li>(work.size()),
            rwork.data(), iwork.data(), info);
      if (info != 0) bad.note(b);
    }
  });
  return bad.get();
}

template <class T>
void qr_t(int64_t count, int64_t m, int64_t n, T* a, T* q, T* r, bool complete) {
  const int64_t k = std::min(m, n), rr = complete ? m : k, qc = complete ? m : k;
  const li M = to_li(m, "rows"), N = to_li(n, "columns"), K = static_cast<li>(k);
  const li QC = static_cast<li>(qc);
  for_batch(count, std::max(m, n), [&](int64_t b0, int64_t b1) {
    std::vector<T> tau(std::max<int64_t>(1, k));
    li info = 0;
    li lw = 1;
    if (k > 0) {
      T w1{}, w2{};
      geqrf(M, N, a + b0 * m * n, M, tau.data(), &w1, -1, info);
      lw = lwork_of(w1);
      if (q) {
        orgqr(M, QC, K, q + b0 * m * qc, M, tau.data(), &w2, -1, info);
        lw = std::max(lw, lwork_of(w2));
      }
    }
    std::vector<T> work(lw);
    for (int64_t b = b0; b < b1; ++b) {
      T* A = a + b * m * n;
      if (k > 0) geqrf(M, N, A, M, tau.data(), work.data(), lw, info);
      T* R = r + b * rr * n;
      for (int64_t j = 0; j < n; ++j)
        for (int64_t i = 0; i < rr; ++i) R[i + j * rr] = i <= j && i < k ? A[i + j * m] : T(0);
      if (!q) continue;
      T* Q = q + b * m * qc;
      if (k == 0) {  // no reflectors: Q is the identity (m x m) or has no columns
        for (int64_t j = 0; j < qc; ++j)
          for (int64_t i = 0; i < m; ++i) Q[i + j * m] = T(i == j ? 1 : 0);
        continue;
      }
      for (int64_t j = 0; j < qc; ++j)
        for (int64_t i = 0; i < m; ++i) Q[i + j * m] = j < n ? A[i + j * m] : T(0);
      orgqr(M, QC, K, Q, M, tau.data(), work.data(), lw, info);
    }
  });
}

template <class T>
int64_t eig_t(int64_t count, int64_t n, T* a, std::complex<Real<T>>* w, std::complex<Real<T>>* v) {
  using C = std::complex<Real<T>>;
  const li N = to_li(n, "order");
  const char jobvr = v ? 'V' : 'N';
  FirstBad bad;
  for_batch(count, n, [&](int64_t b0, int64_t b1) {
    li info = 0;
    T q{};
    std::vector<T> vr(v ? n * n : 1);
    std::vector<Real<T>> rw(2 * std::max<int64_t>(1, n));
    std::vector<T> wr(n), wi(n);
    if constexpr (kComplex<T>)
      geev(jobvr, N, a + b0 * n * n, N, w, v ? v : vr.data(), N, &q, -1, rw.data(), info);
    else
      geev(jobvr, N, a + b0 * n * n, N, wr.data(), wi.data(), vr.data(), N, &q, -1, info);
    std::vector<T> work(lwork_of(q));
    const li lw = static_cast<li>(work.size());
    for (int64_t b = b0; b < b1; ++b) {
      T* A = a + b * n * n;
      C* W = w + b * n;
      C* V = v ? v + b * n * n : nullptr;
      if constexpr (kComplex<T>) {
        geev(jobvr, N, A, N, W, V ? V : vr.data(), N, work.data(), lw, rw.data(), info);
        if (info != 0) bad.note(b);
      } else {
        geev(jobvr, N, A, N, wr.data(), wi.data(), vr.data(), N, work.data(), lw, info);
        if (info != 0) bad.note(b);
        for (int64_t j = 0; j < n; ++j) W[j] = C(wr[j], wi[j]);
        if (!V) continue;
        // Real geev packs a conjugate pair's vectors as re, im in two columns.
        for (int64_t j = 0; j < n; ++j) {
          if (wi[j] == 0) {
            for (int64_t i = 0; i < n; ++i) V[i + j * n] = C(vr[i + j * n], 0);
          } else if (j + 1 < n) {
            for (int64_t i = 0; i < n; ++i) {
              V[i + j * n] = C(vr[i + j * n], vr[i + (j + 1) * n]);
              V[i + (j + 1) * n] = C(vr[i + j * n], -vr[i + (j + 1) * n]);
            }
            ++j;
          }
        }
      }
    }
  });
  return bad.get();
}

}  // namespace

void lapack_det(DType t, int64_t count, int64_t n, void* a, void* det, void* sign, void* logabs) {
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    det_t<T>(count, n, static_cast<T*>(a), static_cast<T*>(det), static_cast<T*>(sign),
             static_cast<Real<T>*>(logabs));
  });
}

int64_t lapack_inv(DType t, int64_t count, int64_t n, void* a) {
  int64_t r = -1;
  dispatch(t, [&](auto z) { r = inv_t(count, n, static_cast<decltype(z)*>(a)); });
  return r;
}

int64_t lapack_solve(DType t, int64_t count, int64_t n, int64_t nrhs, void* a, void* b) {
  int64_t r = -1;
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    r = solve_t(count, n, nrhs, static_cast<T*>(a), static_cast<T*>(b));
  });
  return r;
}

int64_t lapack_cholesky(DType t, int64_t count, int64_t n, void* a, bool upper) {
  int64_t r = -1;
  dispatch(t, [&](auto z) { r = cholesky_t(count, n, static_cast<decltype(z)*>(a), upper); });
  return r;
}

int64_t lapack_eigh(DType t, int64_t count, int64_t n, void* a, void* w, bool vectors, bool upper) {
  int64_t r = -1;
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    r = eigh_t(count, n, static_cast<T*>(a), static_cast<Real<T>*>(w), vectors, upper);
  });
  return r;
}

int64_t lapack_svd(DType t, int64_t count, int64_t m, int64_t n, void* a, void* s, void* u,
                   void* vt, bool full) {
  int64_t r = -1;
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    r = svd_t(count, m, n, static_cast<T*>(a), static_cast<Real<T>*>(s), static_cast<T*>(u),
              static_cast<T*>(vt), full);
  });
  return r;
}

void lapack_qr(DType t, int64_t count, int64_t m, int64_t n, void* a, void* q, void* r,
               bool complete) {
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    qr_t(count, m, n, static_cast<T*>(a), static_cast<T*>(q), static_cast<T*>(r), complete);
  });
}

int64_t lapack_eig(DType t, int64_t count, int64_t n, void* a, void* w, void* v) {
  int64_t r = -1;
  dispatch(t, [&](auto z) {
    using T = decltype(z);
    using C = std::complex<Real<T>>;
    r = eig_t(count, n, static_cast<T*>(a), static_cast<C*>(w), static_cast<C*>(v));
  });
  return r;
}

}  // namespace dp::host
