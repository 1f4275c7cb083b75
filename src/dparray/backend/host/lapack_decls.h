// The LAPACK routines dparray calls, as OpenBLAS exports them (Fortran symbols, column-major,
// every argument by pointer, string lengths last). Declared here so that no LAPACKE package
// is needed; lapack_int is OpenBLAS's blasint.
#pragma once
#include <cblas.h>

#include <complex>
#include <cstddef>

namespace dp::host {
using lapack_int = blasint;
}

extern "C" {
using dp_li = blasint;
using dp_c8 = std::complex<float>;
using dp_c16 = std::complex<double>;

// LU (getrf), inverse from LU (getri), solves with it (getrs), LU solve (gesv), Cholesky (potrf),
// QR (geqrf) in all four types, declared by one macro per type prefix.
#define DP_LAPACK_ALL_TYPES(p, T)                                                             \
  void p##getrf_(const dp_li* m, const dp_li* n, T* a, const dp_li* lda, dp_li* ipiv,         \
                 dp_li* info);                                                                \
  void p##getri_(const dp_li* n, T* a, const dp_li* lda, const dp_li* ipiv, T* work,          \
                 const dp_li* lwork, dp_li* info);                                            \
  void p##getrs_(const char* trans, const dp_li* n, const dp_li* nrhs, const T* a,            \
                 const dp_li* lda, const dp_li* ipiv, T* b, const dp_li* ldb, dp_li* info,    \
                 size_t trans_len);                                                           \
  void p##gesv_(const dp_li* n, const dp_li* nrhs, T* a, const dp_li* lda, dp_li* ipiv, T* b, \
                const dp_li* ldb, dp_li* info);                                               \
  void p##potrf_(const char* uplo, const dp_li* n, T* a, const dp_li* lda, dp_li* info,       \
                 size_t uplo_len);                                                            \
  void p##geqrf_(const dp_li* m, const dp_li* n, T* a, const dp_li* lda, T* tau, T* work,     \
                 const dp_li* lwork, dp_li* info);
DP_LAPACK_ALL_TYPES(s, float)
DP_LAPACK_ALL_TYPES(d, double)
DP_LAPACK_ALL_TYPES(c, dp_c8)
DP_LAPACK_ALL_TYPES(z, dp_c16)
#undef DP_LAPACK_ALL_TYPES

// Q from geqrf's reflectors: orgqr (real), ungqr (complex).
#define DP_LAPACK_ORGQR(name, T)                                                                  \
  void name(const dp_li* m, const dp_li* n, const dp_li* k, T* a, const dp_li* lda, const T* tau, \
            T* work, const dp_li* lwork, dp_li* info);
DP_LAPACK_ORGQR(sorgqr_, float)
DP_LAPACK_ORGQR(dorgqr_, double)
DP_LAPACK_ORGQR(cungqr_, dp_c8)
DP_LAPACK_ORGQR(zungqr_, dp_c16)
#undef DP_LAPACK_ORGQR

// Symmetric / Hermitian eigen-decomposition, divide and conquer.
#define DP_LAPACK_SYEVD(name, T)                                                                 \
  void name(const char* jobz, const char* uplo, const dp_li* n, T* a, const dp_li* lda, T* w,    \
            T* work, const dp_li* lwork, dp_li* iwork, const dp_li* liwork, dp_li* info, size_t, \
            size_t);
DP_LAPACK_SYEVD(ssyevd_, float)
DP_LAPACK_SYEVD(dsyevd_, double)
#undef DP_LAPACK_SYEVD
#define DP_LAPACK_HEEVD(name, T, R)                                                           \
  void name(const char* jobz, const char* uplo, const dp_li* n, T* a, const dp_li* lda, R* w, \
            T* work, const dp_li* lwork, R* rwork, const dp_li* lrwork, dp_li* iwork,         \
            const dp_li* liwork, dp_li* info, size_t, size_t);
DP_LAPACK_HEEVD(cheevd_, dp_c8, float)
DP_LAPACK_HEEVD(zheevd_, dp_c16, double)
#undef DP_LAPACK_HEEVD

// Singular value decomposition, divide and conquer.
#define DP_LAPACK_GESDD(name, T)                                                                   \
  void name(const char* jobz, const dp_li* m, const dp_li* n, T* a, const dp_li* lda, T* s, T* u,  \
            const dp_li* ldu, T* vt, const dp_li* ldvt, T* work, const dp_li* lwork, dp_li* iwork, \
            dp_li* info, size_t);
DP_LAPACK_GESDD(sgesdd_, float)
DP_LAPACK_GESDD(dgesdd_, double)
#undef DP_LAPACK_GESDD
#define DP_LAPACK_GESDD_C(name, T, R)                                                             \
  void name(const char* jobz, const dp_li* m, const dp_li* n, T* a, const dp_li* lda, R* s, T* u, \
            const dp_li* ldu, T* vt, const dp_li* ldvt, T* work, const dp_li* lwork, R* rwork,    \
            dp_li* iwork, dp_li* info, size_t);
DP_LAPACK_GESDD_C(cgesdd_, dp_c8, float)
DP_LAPACK_GESDD_C(zgesdd_, dp_c16, double)
#undef DP_LAPACK_GESDD_C

// General (non-symmetric) eigen-decomposition.
#define DP_LAPACK_GEEV(name, T)                                                                  \
  void name(const char* jobvl, const char* jobvr, const dp_li* n, T* a, const dp_li* lda, T* wr, \
            T* wi, T* vl, const dp_li* ldvl, T* vr, const dp_li* ldvr, T* work,                  \
            const dp_li* lwork, dp_li* info, size_t, size_t);
DP_LAPACK_GEEV(sgeev_, float)
DP_LAPACK_GEEV(dgeev_, double)
#undef DP_LAPACK_GEEV
#define DP_LAPACK_GEEV_C(name, T, R)                                                            \
  void name(const char* jobvl, const char* jobvr, const dp_li* n, T* a, const dp_li* lda, T* w, \
            T* vl, const dp_li* ldvl, T* vr, const dp_li* ldvr, T* work, const dp_li* lwork,    \
            R* rwork, dp_li* info, size_t, size_t);
DP_LAPACK_GEEV_C(cgeev_, dp_c8, float)
DP_LAPACK_GEEV_C(zgeev_, dp_c16, double)
#undef DP_LAPACK_GEEV_C
}
