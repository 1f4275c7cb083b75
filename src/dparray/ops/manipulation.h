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

}  // namespace dp
