// astype with NumPy's order argument: the copy keeps the source's memory layout
// (order='K', the default, as NumPy's astype) so that a later reshape copies or
// aliases exactly as it does in NumPy.
#pragma once
#include <string>

#include "dparray/array/array.h"

namespace dp {

enum class MemOrder : char { K = 'K', A = 'A', C = 'C', F = 'F' };

// 'K', 'A', 'C' or 'F'; anything else is std::invalid_argument naming op and the value.
MemOrder mem_order_arg(const std::string& order, const char* op);
// Element strides of a new dense array of a's shape in NumPy's empty_like(a, order)
// layout: K sorts the axes by |stride| (stable, largest outermost), A is F for an
// F- and not C-contiguous a, else C.
Strides strides_like(const Array& a, MemOrder order);
// True when a already has the layout `order` asks for (astype(copy=False) returns a).
bool has_layout(const Array& a, MemOrder order);
// a cast to dtype in the layout strides_like(a, order); a itself when !copy and
// both dtype and layout already match.
Array astype(const Array& a, DType dtype, bool copy, MemOrder order);

}  // namespace dp
