// Shape manipulation (NumPy / Array API): views wherever NumPy gives one, copies
// through the executor's copy primitive otherwise.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

enum class Order : uint8_t { C, F };

// `shape` may hold one -1 (inferred). copy: nullopt = a view when possible, true = always
// a copy, false = a view or ValueError. Order::F reads and writes in column-major order.
Array reshape(const Array& x, const Shape& shape, std::optional<bool> copy = std::nullopt,
              Order order = Order::C);
// The size-preserving shape for `shape` with its -1 resolved; ValueError names both shapes.
Shape infer_shape(const Shape& from, const Shape& shape, const char* op);

Array permute_dims(const Array& x, const std::vector<int64_t>& axes);
Array transpose(const Array& x);  // all axes reversed
Array swapaxes(const Array& x, int64_t axis1, int64_t axis2);
Array moveaxis(const Array& x, const std::vector<int64_t>& source,
               const std::vector<int64_t>& destination);
// axes nullopt: every length-1 axis.
Array squeeze(const Array& x, const std::optional<std::vector<int64_t>>& axes);
// axes index the result (ndim + axes.size() dimensions).
Array expand_dims(const Array& x, const std::vector<int64_t>& axes);
Array broadcast_to(const Array& x, const Shape& shape);
std::vector<Array> broadcast_arrays(const std::vector<Array>& arrays);

// axis nullopt flattens every input. dtype nullopt promotes the inputs' dtypes.
Array concat(const std::vector<Array>& arrays, std::optional<int64_t> axis,
             std::optional<DType> dtype = std::nullopt);
Array stack(const std::vector<Array>& arrays, int64_t axis);

Array ravel(const Array& x, Order order = Order::C);    // a view when possible
Array flatten(const Array& x, Order order = Order::C);  // always a copy
// axes nullopt: every axis. A view with negative strides.
Array flip(const Array& x, const std::optional<std::vector<int64_t>>& axes);
// shifts broadcast against axes; axes nullopt rolls the flattened array (one shift).
Array roll(const Array& x, const std::vector<int64_t>& shifts,
           const std::optional<std::vector<int64_t>>& axes);
// numpy.atleast_1d / 2d / 3d for n = 1, 2, 3.
Array atleast_nd(const Array& x, int n);

// numpy.repeat / the Array API's repeat with one count for every element (a copy through a
// broadcast view); axis nullopt repeats the flattened x. A negative count is a ValueError.
Array repeat(const Array& x, int64_t repeats, std::optional<int64_t> axis);
// Per-element counts (an integer array of length 1 or x.shape[axis], on x's queue): a
// synchronisation point, as the result's length depends on them; x is gathered on the device.
Array repeat(const Array& x, const Array& repeats, std::optional<int64_t> axis);
// numpy.tile: reps shorter than x.ndim are padded with leading 1s, and x's shape otherwise.
Array tile(const Array& x, const std::vector<int64_t>& reps);
// Views x[..., i, ...] along axis, one per index (Array API unstack).
std::vector<Array> unstack(const Array& x, int64_t axis);
// numpy.meshgrid: inputs flattened; ij indexing, or xy (the first two axes swapped). Copies.
std::vector<Array> meshgrid(const std::vector<Array>& arrays, bool xy);
// Lower / upper triangle of the last two axes (1-D x as numpy: a square of it); elements
// above the k-th diagonal (tril) or below it (triu) are zero.
Array tril(const Array& x, int64_t k);
Array triu(const Array& x, int64_t k);
// The n-th discrete difference along axis (bool: not_equal), after joining prepend / append
// (0-d ones are broadcast to length 1 along axis). n == 0 returns x.
Array diff(const Array& x, int64_t n, int64_t axis, const std::optional<Array>& prepend,
           const std::optional<Array>& append);

}  // namespace dp
