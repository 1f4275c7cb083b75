// Shape arithmetic: broadcasting, axis normalisation, contiguity, and the
// dimension collapsing that turns strided loops into as few loops as possible.
// Every size, stride and offset product goes through the checked helpers below.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

using Shape = std::vector<int64_t>;
using Strides = std::vector<int64_t>;  // in elements, may be negative or zero

// NumPy's NPY_MAXDIMS: the most dimensions of any array or view; every kernel handles them.
constexpr int kMaxDims = 64;

// Overflow-checked int64 arithmetic: true and *r = a op b, or false when it overflows.
inline bool checked_mul(int64_t a, int64_t b, int64_t* r) {
  return !__builtin_mul_overflow(a, b, r);
}
inline bool checked_add(int64_t a, int64_t b, int64_t* r) {
  return !__builtin_add_overflow(a, b, r);
}
// a * b and a + b, throwing std::invalid_argument "[op] array is too big" on overflow.
int64_t mul_or_throw(int64_t a, int64_t b, const char* op);
int64_t add_or_throw(int64_t a, int64_t b, const char* op);

// The element count (0 when any dimension is 0); ValueError "[op] array is too big"
// when the product overflows int64.
int64_t shape_size(const Shape& s, const char* op = "shape");
// C-order strides in elements (a 0 dimension counts as 1, as NumPy); ValueError on overflow.
Strides c_strides(const Shape& s);
std::string shape_str(const Shape& s);

// Throws ValueError "[op] maximum supported dimension for an ndarray is currently 64, found N".
void check_ndim(size_t ndim, const char* op);
// Checks a shape before an array or view of it is made: at most kMaxDims dimensions, none
// negative, and (NumPy's rule) the product of its non-zero dimensions times itemsize fits
// int64; else ValueError "[op] array is too big; shape ...". Returns the element count.
int64_t check_shape(const Shape& s, size_t itemsize, const char* op);

// Broadcasts shapes together; throws std::invalid_argument naming op and shapes.
Shape broadcast_shapes(const std::vector<const Shape*>& shapes, const char* op);
// Strides that view an array of (shape, strides) as `target` (zero on broadcast axes).
Strides broadcast_strides(const Shape& shape, const Strides& strides, const Shape& target);

// Maps a possibly-negative axis into [0, ndim); throws AxisError naming op and the argument
// (`name`: "axis", "axisa", "source", ...).
int normalize_axis(int64_t axis, int ndim, const char* op, const char* name = "axis");

// Collapses adjacent dimensions that are contiguous in every operand, and drops
// size-1 dimensions; `strides` holds one stride vector per operand.
void collapse_dims(Shape& shape, std::vector<Strides*> strides);

}  // namespace dp
