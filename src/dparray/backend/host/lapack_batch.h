// Batched LAPACK on host memory: each routine works on `count` column-major matrices
// laid end to end, spread over the cores with oneTBB when the matrices are small
// (OpenBLAS on one thread per call) and one at a time with OpenBLAS's threads when large.
// The dtype is float32, float64, complex64 or complex128; real outputs (eigenvalues,
// singular values, log|det|) have its real dtype. Routines that can fail return the index
// of the first matrix that failed (LAPACK info != 0), or -1.
#pragma once
#include <cstdint>

#include "dparray/array/dtype.h"

namespace dp::host {

// LU: det (type T) and / or sign (T) with log|det| (real); either pair of pointers may be
// null. A singular matrix gives det 0, sign 0 and log|det| -inf.
void lapack_det(DType t, int64_t count, int64_t n, void* a, void* det, void* sign, void* logabs);
// In-place inverse (getrf + getri).
int64_t lapack_inv(DType t, int64_t count, int64_t n, void* a);
// Solves A X = B in place in b (n x nrhs per matrix, column-major); a holds each A
// row-major (A^T column-major, so no transposed copy is needed) and is overwritten.
int64_t lapack_solve(DType t, int64_t count, int64_t n, int64_t nrhs, void* a, void* b);
// In-place Cholesky factor (lower, or upper when upper), the other triangle zeroed.
int64_t lapack_cholesky(DType t, int64_t count, int64_t n, void* a, bool upper);
// Eigenvalues (ascending, into w: n reals per matrix) of the Hermitian matrices (the lower
// triangle read, or the upper when upper); a is overwritten by the eigenvectors when vectors.
int64_t lapack_eigh(DType t, int64_t count, int64_t n, void* a, void* w, bool vectors, bool upper);
// Singular values (k = min(m, n) reals per matrix, descending) into s; with u / vt
// non-null also U (m x ucols) and V^H (vtrows x n), where ucols = vtrows = k when
// !full, else m and n. a is destroyed.
int64_t lapack_svd(DType t, int64_t count, int64_t m, int64_t n, void* a, void* s, void* u,
                   void* vt, bool full);
// QR of m x n matrices (a is destroyed): r gets rrows x n (upper triangular), q (when
// non-null) m x qcols with orthonormal columns, qcols = rrows = min(m, n), or m (complete).
void lapack_qr(DType t, int64_t count, int64_t m, int64_t n, void* a, void* q, void* r,
               bool complete);
// General eigenvalues into w (n complex values of the complex dtype of t per matrix) and,
// when v is non-null, the right eigenvectors (n x n complex, unit 2-norm columns).
int64_t lapack_eig(DType t, int64_t count, int64_t n, void* a, void* w, void* v);

}  // namespace dp::host
