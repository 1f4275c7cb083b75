// NumPy indexing: basic indices (ints, slices, ..., newaxis) give views; integer
// arrays and boolean masks (advanced indices) gather and scatter through the
// executor's take / put / nonzero primitives.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "dparray/array/array.h"

namespace dp {

// A Python slice; a missing bound is nullopt. Bounds are clamped as Python does.
struct Slice {
  std::optional<int64_t> start, stop;
  int64_t step = 1;
};

// One entry of an index tuple.
struct IndexItem {
  enum class Kind : uint8_t { Int, Slice, Ellipsis, NewAxis, Bool, Array };
  Kind kind = Kind::Ellipsis;
  int64_t i = 0;    // Int
  bool b = false;   // Bool (a Python bool: a 0-d mask)
  dp::Slice slice;  // Slice
  dp::Array array;  // Array: integer indices or a boolean mask, on the indexed array's queue

  static IndexItem of_int(int64_t v);
  static IndexItem of_slice(const dp::Slice& s);
  static IndexItem ellipsis();
  static IndexItem newaxis();
  static IndexItem of_bool(bool v);
  static IndexItem of_array(const dp::Array& a);
};
using Index = std::vector<IndexItem>;

// x[key]: a view for basic keys, a new array when the key has an array or bool entry.
Array getitem(const Array& x, const Index& key);
// x[key] = value: value broadcasts to x[key].shape and is cast to x.dtype (same queue).
void setitem(const Array& x, const Index& key, const Array& value);
// x[key] = v: integers must fit x.dtype (OverflowError); complex into real is a TypeError.
void setitem(const Array& x, const Index& key, const Scalar& value);

// numpy.take (mode "raise"): axis nullopt indexes the flattened array.
Array take(const Array& x, const Array& indices, std::optional<int64_t> axis);
// numpy.nonzero: one int64 index array per dimension (a sync point: the count is read).
std::vector<Array> nonzero(const Array& x);
// Number of non-zero elements (a sync point).
int64_t count_nonzero(const Array& x);

}  // namespace dp
