// Linear algebra front end (NumPy 2 / Array API semantics): placement, promotion,
// 1-D promotion and batch broadcasting; the products reduce to the backend's matmul,
// the rest to views and elementwise ops.
#pragma once
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise.h"

namespace dp {

// a @ b: 1-D operands gain (and then lose) a unit dimension, batch dims broadcast.
// 0-d operands and mismatched core dims are ValueErrors naming both shapes.
Array matmul(const Array& a, const Array& b);

// numpy.dot: scalars multiply, 1-D . 1-D is the inner product, N-D . 1-D sums over the
// last axis, N-D . M-D sums over the last axis of a and the second-to-last of b.
Array dot(const Operand& a, const Operand& b);

// Array API vecdot: sum(conj(x1) * x2) over `axis` (taken in each operand), the other
// dims broadcast.
Array vecdot(const Array& x1, const Array& x2, int64_t axis = -1);

// Sums the products over axes_a of a and axes_b of b (pairwise; the sizes must match).
Array tensordot(const Array& a, const Array& b, const std::vector<int64_t>& axes_a,
                const std::vector<int64_t>& axes_b);
// The last n axes of a with the first n of b.
Array tensordot(const Array& a, const Array& b, int64_t n);

// Sum over the last axes of a and b (scalars multiply).
Array inner(const Operand& a, const Operand& b);

// outer(a, b)[i, j] = a.ravel()[i] * b.ravel()[j].
Array outer(const Array& a, const Array& b);

// Swaps the last two axes (a view); x must be at least 2-D.
Array matrix_transpose(const Array& x);

// The complex conjugate (a copy; x itself for real dtypes).
Array conjugate(const Array& x);

// Stores result into out (out=, in-place @=): same shape, same_kind cast; returns out.
Array write_to(const Array& result, const Array& out, const char* op);

}  // namespace dp
