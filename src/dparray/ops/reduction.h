// Reductions and the cumulative sum. The front end normalises axes, applies
// NumPy 2's result dtypes, handles empty reductions, moves the reduced axes
// last (a view) and calls the backend's reduce / cumsum primitive; mean, var
// and std are composed from sums and elementwise ops. Results live on x's queue.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

// Axes to reduce: nullopt means all of them; entries may be negative.
using Axes = std::optional<std::vector<int64_t>>;

// The dtype sum / prod / cumulative_sum use without dtype=: bool and signed
// ints below 64 bits -> int64, unsigned ones -> uint64, others unchanged.
DType sum_dtype(DType t);

Array sum(const Array& x, const Axes& axis = std::nullopt,
          std::optional<DType> dtype = std::nullopt, bool keepdims = false);
Array prod(const Array& x, const Axes& axis = std::nullopt,
           std::optional<DType> dtype = std::nullopt, bool keepdims = false);
// Integers and bool average in the device's default float; float16 in float32.
Array mean(const Array& x, const Axes& axis = std::nullopt,
           std::optional<DType> dtype = std::nullopt, bool keepdims = false);
// Divides by max(N - correction, 0) (NumPy's ddof); complex input gives a real result.
Array var(const Array& x, const Axes& axis = std::nullopt, double correction = 0,
          std::optional<DType> dtype = std::nullopt, bool keepdims = false);
Array std_dev(const Array& x, const Axes& axis = std::nullopt, double correction = 0,
              std::optional<DType> dtype = std::nullopt, bool keepdims = false);

// Max / min propagate NaN; an empty reduced axis raises ValueError.
Array max(const Array& x, const Axes& axis = std::nullopt, bool keepdims = false);
Array min(const Array& x, const Axes& axis = std::nullopt, bool keepdims = false);
Array any(const Array& x, const Axes& axis = std::nullopt, bool keepdims = false);
Array all(const Array& x, const Axes& axis = std::nullopt, bool keepdims = false);

// int64 index of the first maximum / minimum (or first NaN); axis nullopt
// looks at the flattened array.
Array argmax(const Array& x, std::optional<int64_t> axis = std::nullopt, bool keepdims = false);
Array argmin(const Array& x, std::optional<int64_t> axis = std::nullopt, bool keepdims = false);

// The Array API's cumulative_sum: axis may be omitted for 0-d and 1-d input;
// include_initial prepends a zero along the axis.
Array cumulative_sum(const Array& x, std::optional<int64_t> axis = std::nullopt,
                     std::optional<DType> dtype = std::nullopt, bool include_initial = false);
// NumPy's cumsum: axis nullopt sums over the flattened array (C order).
Array cumsum(const Array& x, std::optional<int64_t> axis = std::nullopt,
             std::optional<DType> dtype = std::nullopt);
// The same for products (the Array API's cumulative_prod, NumPy's cumprod); dtype rules as
// prod, include_initial prepends ones.
Array cumulative_prod(const Array& x, std::optional<int64_t> axis = std::nullopt,
                      std::optional<DType> dtype = std::nullopt, bool include_initial = false);
Array cumprod(const Array& x, std::optional<int64_t> axis = std::nullopt,
              std::optional<DType> dtype = std::nullopt);

// The Array API's count_nonzero: int64 counts over axis (nullopt: all), on the device.
Array count_nonzero(const Array& x, const Axes& axis, bool keepdims);

}  // namespace dp
