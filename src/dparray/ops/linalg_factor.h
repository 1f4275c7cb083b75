// Matrix factorizations and what builds on them (NumPy / Array API linalg): checks,
// dtype promotion and batching here; the arithmetic is LAPACK (OpenBLAS) on host memory.
// On the host backend LAPACK works in the result's own memory; on other devices the
// input is cast and laid out column-major by a device copy, read to the host, factored
// there, and the results written back to the input's queue (docs/linalg.md: the cost).
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

// Singular or non-positive-definite input, or LAPACK did not converge (Python
// dparray.linalg.LinAlgError, a ValueError).
struct LinAlgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The dtype LAPACK computes in: float32 / float64 / complex64 / complex128 as given,
// float16 -> float32, bool and integers -> the device's default float.
DType linalg_dtype(DType t, const Device& d);

Array cholesky(const Array& x, bool upper);
Array inv(const Array& x);
// x2 is a stack of vectors only when 1-D (Array API 2024.12 / NumPy 2); batch dims broadcast.
Array solve(const Array& x1, const Array& x2);
Array det(const Array& x);
// sign (the dtype of x) and log|det| (its real dtype).
std::vector<Array> slogdet(const Array& x);
// Eigenvalues (ascending) and, when vectors, eigenvectors of Hermitian matrices, read from
// the lower triangle (the upper when upper: NumPy's UPLO='U').
std::vector<Array> eigh(const Array& x, bool vectors, bool upper = false);
// U, S, Vh (compute_uv) or S alone.
std::vector<Array> svd(const Array& x, bool full_matrices, bool compute_uv);
// mode "reduced" / "complete": Q, R; "r": R alone.
std::vector<Array> qr(const Array& x, const std::string& mode);
// Eigenvalues and (when vectors) right eigenvectors of general matrices, always complex
// (Array API 2025.12; NumPy gives real arrays when every eigenvalue is real).
std::vector<Array> eig(const Array& x, bool vectors);

// The diagonal at `offset` of the planes (axis1, axis2), as the last axis (a view).
Array diagonal(const Array& x, int64_t offset, int64_t axis1, int64_t axis2);
// Sum of that diagonal; dtype as sum's.
Array trace(const Array& x, int64_t offset, int64_t axis1, int64_t axis2,
            std::optional<DType> dtype);

}  // namespace dp
