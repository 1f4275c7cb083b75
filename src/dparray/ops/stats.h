// Statistics primitives behind NumPy's histogram / bincount and partition / median: the front
// end checks and lays out the operands and calls the backend's histogram and partition.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

// Counts (int64, no weights) or weight sums (float64) per bin of x (any shape, flattened). Without
// edges x is integral and its value is the bin, in [0, nbins) (others skipped); with edges
// (float64-convertible, nbins + 1, ascending) x is binned by them as numpy.histogram (last edge
// inclusive, outside and NaN skipped); uniform says the edges are equally spaced.
Array histogram_counts(const Array& x, const Array* weights, const Array* edges, bool uniform,
                       int64_t nbins, const char* op);

// numpy.partition / argpartition along axis (nullopt: the flattened array). kth entries may be
// negative; one outside [-n, n) raises ValueError naming op.
Array partition(const Array& x, std::vector<int64_t> kth, std::optional<int64_t> axis, bool arg);

}  // namespace dp
