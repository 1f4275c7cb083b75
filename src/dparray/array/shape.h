// Shape arithmetic: broadcasting, axis normalisation, contiguity, and the
// dimension collapsing that turns strided loops into as few loops as possible.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

using Shape = std::vector<int64_t>;
using Strides = std::vector<int64_t>;  // in elements, may be negative or zero

int64_t shape_size(const Shape& s);
Strides c_strides(const Shape& s);
std::string shape_str(const Shape& s);

// Broadcasts shapes together; throws std::invalid_argument naming op and shapes.
Shape broadcast_shapes(const std::vector<const Shape*>& shapes, const char* op);
// Strides that view an array of (shape, strides) as `target` (zero on broadcast axes).
Strides broadcast_strides(const Shape& shape, const Strides& strides, const Shape& target);

// Maps a possibly-negative axis into [0, ndim); throws IndexError naming op.
int normalize_axis(int64_t axis, int ndim, const char* op);

// Collapses adjacent dimensions that are contiguous in every operand, and drops
// size-1 dimensions; `strides` holds one stride vector per operand.
void collapse_dims(Shape& shape, std::vector<Strides*> strides);

}  // namespace dp
