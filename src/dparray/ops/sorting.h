// Sorting and searching: sort / argsort along an axis, searchsorted and take_along_axis.
// The front end moves the axis last (a C-contiguous copy when needed) and calls the
// backend's sort / argsort / searchsorted primitives on rows; results live on x's queue.
#pragma once
#include <cstdint>
#include <optional>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise.h"

namespace dp {

// Stable sort along axis (nullopt: the flattened array), NumPy's order: NaNs last, -0.0 equal
// to +0.0, complex lexicographic; descending reverses the order of distinct values, ties keep
// their input order (NaNs come first). A 0-d x with an axis raises IndexError (AxisError).
Array sort(const Array& x, std::optional<int64_t> axis = -1, bool descending = false);
// int64 indices that sort x along axis, with sort's order.
Array argsort(const Array& x, std::optional<int64_t> axis = -1, bool descending = false);

// Insertion points (int64, x2's shape) of x2 into the ascending 1-D x1 (or x1[sorter]), in
// sort's order (NaNs last). Both promote to their common dtype.
Array searchsorted(const Array& x1, const Operand& x2, bool right = false,
                   const Array* sorter = nullptr);

// out[..., j, ...] = x[..., indices[..., j, ...], ...] along axis; x and indices have one
// ndim and broadcast against each other except along axis. Indices may be negative; one
// outside [-n, n) raises IndexError (a sync point).
Array take_along_axis(const Array& x, const Array& indices, int64_t axis = -1);

}  // namespace dp
