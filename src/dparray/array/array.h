// The array: a small descriptor (buffer + shape + strides + offset + dtype +
// queue) that is cheap to copy; views share the buffer.
#pragma once
#include <initializer_list>
#include <string>

#include "dparray/array/dtype.h"
#include "dparray/array/scalar.h"
#include "dparray/array/shape.h"
#include "dparray/runtime/buffer.h"
#include "dparray/runtime/queue.h"

namespace dp {

struct Array {
  BufferPtr buf;
  Shape shape;
  Strides strides;     // in elements
  int64_t offset = 0;  // in elements from the start of buf
  DType dtype = DType::Float64;
  Queue queue;

  int ndim() const { return static_cast<int>(shape.size()); }
  int64_t size() const { return shape_size(shape); }
  size_t itemsize() const { return dp::itemsize(dtype); }
  size_t nbytes() const { return static_cast<size_t>(size()) * itemsize(); }
  UsmType usm_type() const { return buf->usm_type(); }
  const Device& device() const { return queue->device(); }
  bool is_c_contiguous() const;
  bool is_f_contiguous() const;
  // Host pointer to element 0 (null for device-only memory). Valid after the queue syncs.
  char* host_data() const;
  size_t byte_offset() const { return static_cast<size_t>(offset) * itemsize(); }
};

// Allocates an uninitialised C-contiguous array; throws ValueError for a shape that
// check_shape rejects ("[op] array is too big", more than kMaxDims dimensions) or float64
// on a device without it, and MemoryError when the device is full. `op` names the caller.
Array empty(const Shape& shape, DType dtype, const Queue& q, UsmType usm, const char* op = "empty");
Array full(const Shape& shape, DType dtype, const Scalar& value, const Queue& q, UsmType usm,
           const char* op = "full");

// The queue every operand shares; throws ExecutionPlacementError naming two
// different queues. `op` names the operation in messages.
const Queue& common_queue(std::initializer_list<const Array*> arrays, const char* op);
UsmType common_usm(std::initializer_list<const Array*> arrays);

// Raises ValueError when dtype needs a capability the device lacks.
void check_dtype_supported(DType dtype, const Device& d, const char* op);
// float64 where supported, else float32 (the default floating type of the device).
DType default_float(const Device& d);
DType default_complex(const Device& d);

std::string queue_str(const Queue& q);

// Views (no data copied).
Array reshape_view(const Array& a, const Shape& shape, bool* ok);  // ok=false when a copy is needed
Array permute_view(const Array& a, const std::vector<int>& axes);
Array broadcast_view(const Array& a, const Shape& shape, const char* op);

// Copies (asynchronous on the array's queue).
Array copy_array(const Array& a, DType dtype, UsmType usm);  // C-contiguous copy with cast
Array ascontiguous(const Array& a);                          // a itself when already C-contiguous
Array astype(const Array& a, DType dtype, bool copy);
// Copies src into dst (same queue; broadcast src to dst.shape; casts).
void assign(const Array& dst, const Array& src, const char* op);
void assign_scalar(const Array& dst, const Scalar& v);

// Moves data between queues / devices (the only implicit-free transfer path).
Array to_queue(const Array& a, const Queue& q, UsmType usm);
// Uploads host bytes of a C-contiguous array of `shape` and `dtype`.
Array from_host(const void* data, const Shape& shape, DType dtype, const Queue& q, UsmType usm);
// Waits for the queue, then copies the array (C order) into dst.
void to_host(const Array& a, void* dst);

}  // namespace dp
