// ndarray methods that need the array descriptor itself: item(*args) with NumPy's flat and
// multi-index forms, whether the array spans its whole allocation (flags.OWNDATA, base), and
// resize in place. The rest of NumPy's methods are Python compositions (dparray/_np_ndarray.py).
#include <nanobind/stl/string.h>

#include <optional>
#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/elementwise.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
#include "init.h"

using namespace dp;

namespace {

int64_t index_of(nb::handle h) {
  if (PyBool_Check(h.ptr()) || !PyIndex_Check(h.ptr()))
    throw dp::TypeError("[item] indices must be integers, not " + dpy::type_name_of(h));
  return dpy::int_arg(h, "item", "index");
}

// x.item(), x.item(flat_index), x.item((i, j)), x.item(i, j), as NumPy (C-order flat index).
nb::object item_args(const Array& a, nb::args args) {
  nb::tuple idx = args;
  if (args.size() == 1 && PyTuple_Check(args[0].ptr())) idx = nb::borrow<nb::tuple>(args[0]);
  if (args.size() == 0) {
    if (a.size() != 1)
      throw std::invalid_argument(
          "[item] can only convert an array of size 1 to a Python "
          "scalar; this one has shape " +
          shape_str(a.shape));
    return dpy::item(a, "item");
  }
  Array e = a;
  e.shape.clear();
  e.strides.clear();
  if (idx.size() == 1 && !(args.size() == 1 && PyTuple_Check(args[0].ptr()) && a.ndim() == 1)) {
    int64_t i = index_of(idx[0]);
    const int64_t n = a.size();
    if (i < -n || i >= n)
      throw dp::IndexError("[item] index " + std::to_string(i) + " is out of bounds for size " +
                           std::to_string(n));
    if (i < 0) i += n;
    for (int d = a.ndim() - 1; d >= 0; --d) {
      e.offset += (i % a.shape[d]) * a.strides[d];
      i /= a.shape[d];
    }
    return dpy::item(e, "item");
  }
  if (static_cast<int>(idx.size()) != a.ndim())
    throw std::invalid_argument("[item] incorrect number of indices for an array of " +
                                std::to_string(a.ndim()) + " dimensions: got " +
                                std::to_string(idx.size()));
  for (int d = 0; d < a.ndim(); ++d) {
    int64_t i = index_of(idx[d]);
    if (i < -a.shape[d] || i >= a.shape[d])
      throw dp::IndexError("[item] index " + std::to_string(i) + " is out of bounds for axis " +
                           std::to_string(d) + " with size " + std::to_string(a.shape[d]));
    if (i < 0) i += a.shape[d];
    e.offset += i * a.strides[d];
  }
  return dpy::item(e, "item");
}

// True when the array is its allocation: offset 0, C order and every byte of the buffer.
bool owns_data(const Array& a) {
  return a.offset == 0 && a.is_c_contiguous() && a.nbytes() == a.buf->nbytes();
}

// ndarray.resize(new_shape, refcheck): new memory of the new size, the old elements in C
// order first and zeros after them, as NumPy; the descriptor then points at it.
void resize_in_place(Array& a, nb::handle shape_h, bool refcheck) {
  const char* op = "resize";
  Shape shape = dpy::shape_arg(shape_h, op);
  for (int64_t s : shape)
    if (s < 0)
      throw std::invalid_argument("[resize] negative dimensions are not allowed: " +
                                  shape_str(shape));
  if (!owns_data(a))
    throw std::invalid_argument(
        "[resize] cannot resize this array: it does not own its data (a view); "
        "use dparray.resize(x, shape) for a resized copy");
  if (refcheck && a.buf.use_count() > 1) {
    dpy::gil_release release;
    a.queue->wait();  // queued commands hold the buffer until they finish
  }
  if (refcheck && a.buf.use_count() > 1)
    throw std::invalid_argument(
        "[resize] cannot resize an array that references or is referenced by another array "
        "(a view shares its memory); use refcheck=False or dparray.resize(x, shape)");
  dpy::gil_release release;
  Array r = full(shape, a.dtype, Scalar::from_bool(false), a.queue, a.usm_type(), op);
  const int64_t n = std::min(a.size(), r.size());
  if (n > 0) {
    Array src = a, dst = r;
    src.shape = {n};
    src.strides = {1};
    dst.shape = {n};
    dst.strides = {1};
    assign(dst, src, op);
  }
  a = std::move(r);
}

// ndarray.fill(value): every element set to the scalar (or 0-d array) value, as NumPy: a
// Python int must fit the dtype, a complex value into a real array is a TypeError.
void fill(const Array& a, nb::handle value) {
  if (dpy::is_array(value)) {
    Array v = dpy::array_ref(value);
    if (v.ndim() != 0)
      throw std::invalid_argument("[fill] value must be a scalar or a 0-d array, got shape " +
                                  shape_str(v.shape));
    dpy::gil_release release;
    assign(a, v, "fill");
    return;
  }
  Scalar s;
  std::optional<DType> typed;
  if (!dpy::scalar_arg(value, s, &typed, "fill"))
    throw dp::TypeError("[fill] value must be a scalar, not " + dpy::type_name_of(value));
  if (s.kind == Kind::Complex && !is_complex(a.dtype))
    throw dp::TypeError(std::string("[fill] cannot cast a complex value to ") + name_of(a.dtype));
  if (!typed) dpy::check_scalar_fits(s, a.dtype, "fill", value);
  dpy::gil_release release;
  assign_scalar(a, s);
}

Array conj(const Array& a) { return dp::apply(OpId::conj, {Operand::of(a)}); }

}  // namespace

void init_array_methods(nb::module_&) {
  dpy::add_array_method("item", &item_args,
                        "The element at a flat (C-order) index, at a tuple of indices, or the "
                        "only element (no arguments), as a Python scalar (a sync point).");
  dpy::add_array_method("fill", &fill, nb::arg("value"),
                        "Sets every element to the scalar value (which must fit the dtype).");
  dpy::add_array_method("conj", &conj, "The complex conjugate (real arrays: a copy).");
  dpy::add_array_method("conjugate", &conj, "The complex conjugate (real arrays: a copy).");
  dpy::add_array_method("_owns_data", &owns_data,
                        "Whether the array spans its whole allocation (NumPy's OWNDATA).");
  dpy::add_array_method(
      "_buffer_nbytes", [](const Array& a) { return a.buf->nbytes(); },
      "Size in bytes of the allocation the array views (for ndarray.base).");
  dpy::add_array_method("_resize_in_place", &resize_in_place, nb::arg("new_shape"),
                        nb::arg("refcheck") = true);
}
