// Set functions built on sort: unique (the Array API's four unique_* and NumPy's unique) and
// isin. Each reads one count from the device (the number of unique values).
#pragma once
#include "dparray/array/array.h"
#include "dparray/ops/elementwise.h"

namespace dp {

struct UniqueResult {
  Array values;   // sorted unique values of x (flattened)
  Array indices;  // int64: first index of each value in the flattened x (with want_index)
  Array inverse;  // int64 of x's shape: the position of each element in values (want_inverse)
  Array counts;   // int64: how often each value occurs (want_counts)
};

// Unique values of x. Signed zeros are one value; with equal_nan NaNs are one value (NumPy's
// unique), without it every NaN is distinct (the Array API's unique_*).
UniqueResult unique(const Array& x, bool want_index, bool want_inverse, bool want_counts,
                    bool equal_nan);

// Whether each element of x1 equals some element of x2 (NaN never does); bool of x1's shape,
// negated with invert. At least one of x1, x2 is an array.
Array isin(const Operand& x1, const Operand& x2, bool invert = false);

}  // namespace dp
