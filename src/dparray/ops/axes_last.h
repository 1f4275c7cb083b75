// Moving reduced axes last: the layout every reduction and ufunc.reduce / accumulate hands
// to the executor (reduce over the trailing axes of a view).
#pragma once
#include <vector>

#include "dparray/array/array.h"

namespace dp {

// x viewed with `axes` (sorted) moved last, the other axes in their order; x itself when
// they already are.
Array axes_last(const Array& x, const std::vector<int>& axes);

}  // namespace dp
