// Shape manipulation functions (reshape, transpose, concat, ...) and the ndarray
// methods that spell them (x.reshape(2, 3), x.transpose(), x.flatten(), ...).
#include <nanobind/stl/string.h>

#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/manipulation.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

std::string py_type(nb::handle h) { return nb::borrow<nb::str>(nb::type_name(h.type())).c_str(); }

int64_t int_arg(nb::handle h, const char* op) {
  return dpy::int_arg(h, op, "argument");  // TypeError / OverflowError naming op
}

// An int or a sequence of ints (negative values allowed: axes, shifts, -1 in shapes).
std::vector<int64_t> int_list(nb::handle h, const char* op) {
  std::vector<int64_t> r;
  if (PyIndex_Check(h.ptr()) && !dpy::is_array(h)) {
    r.push_back(int_arg(h, op));
  } else if (nb::isinstance<nb::sequence>(h) && !nb::isinstance<nb::str>(h)) {
    for (nb::handle v : h) r.push_back(int_arg(v, op));
  } else {
    throw dp::TypeError(std::string("[") + op + "] expected an int or a tuple of ints, not " +
                        py_type(h));
  }
  return r;
}

std::optional<std::vector<int64_t>> opt_int_list(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  return int_list(h, op);
}

Order order_arg(nb::handle h, const char* op) {
  if (h.is_none()) return Order::C;
  std::string s = nb::isinstance<nb::str>(h) ? nb::cast<std::string>(h) : "";
  if (s == "C" || s == "c") return Order::C;
  if (s == "F" || s == "f") return Order::F;
  throw std::invalid_argument(std::string("[") + op + "] order must be 'C' or 'F', not " +
                              nb::cast<std::string>(nb::repr(h)));
}

std::optional<bool> copy_arg(nb::handle h) {
  if (h.is_none()) return std::nullopt;
  return dpy::bool_arg(h, "reshape", "copy");
}

std::vector<Array> arrays_arg(nb::handle h, const char* op) {
  if (dpy::is_array(h) || !nb::isinstance<nb::sequence>(h))
    throw dp::TypeError(std::string("[") + op + "] expected a sequence of arrays, not " +
                        py_type(h));
  std::vector<Array> r;
  for (nb::handle a : h) {
    if (!dpy::is_array(a)) dpy::operand_arg(a, op);  // NumPy arrays: says how to move them
    if (!dpy::is_array(a))
      throw dp::TypeError(std::string("[") + op + "] expected dparray.ndarray inputs, not " +
                          py_type(a));
    r.push_back(dpy::array_ref(a));
  }
  return r;
}

nb::tuple array_tuple(std::vector<Array> arrays) {
  nb::list l;
  for (Array& a : arrays) l.append(dpy::wrap(std::move(a)));
  return nb::tuple(l);
}

Array transpose_arg(const Array& x, nb::handle axes) {
  if (axes.is_none()) return dp::transpose(x);
  return permute_dims(x, int_list(axes, "transpose"));
}

// x.reshape(2, 3) and x.reshape((2, 3)), as NumPy.
Array reshape_method(const Array& x, nb::args args, nb::kwargs kwargs) {
  nb::handle order = nb::none(), copy = nb::none(), shape;
  for (auto [k, v] : kwargs) {
    std::string key = nb::cast<std::string>(k);
    if (key == "order")
      order = v;
    else if (key == "copy")
      copy = v;
    else if (key == "shape" && args.size() == 0)
      shape = v;
    else
      throw dp::TypeError("[reshape] unexpected keyword argument '" + key + "'");
  }
  Shape s;
  if (shape.is_valid())
    s = dpy::new_shape_arg(shape, "reshape");
  else if (args.size() == 1)
    s = dpy::new_shape_arg(args[0], "reshape");
  else if (args.size() > 1)
    s = dpy::new_shape_arg(args, "reshape");
  else
    throw dp::TypeError("[reshape] missing the shape argument");
  return reshape(x, s, copy_arg(copy), order_arg(order, "reshape"));
}

Array transpose_method(const Array& x, nb::args args) {
  if (args.size() == 0) return dp::transpose(x);
  if (args.size() == 1) return transpose_arg(x, args[0]);
  return permute_dims(x, int_list(args, "transpose"));
}

nb::object atleast(nb::args arys, int n) {
  std::vector<Array> r;
  for (nb::handle a : arys) {
    if (!dpy::is_array(a)) dpy::operand_arg(a, "atleast_nd");
    if (!dpy::is_array(a)) throw dp::TypeError("[atleast_nd] expected dparray.ndarray inputs");
    r.push_back(atleast_nd(dpy::array_ref(a), n));
  }
  if (r.size() == 1) return dpy::wrap(r[0]);
  return array_tuple(std::move(r));
}

Array concat_impl(nb::handle arrays, nb::handle axis, nb::handle dtype, const char* op) {
  std::optional<int64_t> ax;
  if (!axis.is_none()) ax = int_arg(axis, op);
  return concat(arrays_arg(arrays, op), ax, dpy::dtype_arg(dtype, op));
}

}  // namespace

void init_manipulation(nb::module_& m) {
  m.def(
      "reshape",
      [](const Array& x, nb::handle shape, nb::handle order, nb::handle copy) {
        return reshape(x, dpy::new_shape_arg(shape, "reshape"), copy_arg(copy),
                       order_arg(order, "reshape"));
      },
      nb::arg("x"), nb::arg("shape"), nb::arg("order").none() = "C", nb::kw_only(),
      nb::arg("copy") = nb::none(),
      "x with a new shape (one entry may be -1): a view when the strides allow it, else a "
      "copy; copy=False raises ValueError instead of copying.");
  m.def(
      "permute_dims",
      [](const Array& x, nb::handle axes) {
        return permute_dims(x, int_list(axes, "permute_dims"));
      },
      nb::arg("x"), nb::arg("axes"), "A view with the axes in the given order.");
  m.def("transpose", &transpose_arg, nb::arg("x"), nb::arg("axes") = nb::none(),
        "A view with the axes reversed, or in the given order.");
  m.def("swapaxes", &dp::swapaxes, nb::arg("x"), nb::arg("axis1"), nb::arg("axis2"),
        "A view with two axes interchanged.");
  m.def(
      "moveaxis",
      [](const Array& x, nb::handle src, nb::handle dst) {
        return moveaxis(x, int_list(src, "moveaxis"), int_list(dst, "moveaxis"));
      },
      nb::arg("x"), nb::arg("source"), nb::arg("destination"),
      "A view with axes moved to new positions; the others keep their order.");
  m.def(
      "squeeze",
      [](const Array& x, nb::handle axis) { return squeeze(x, opt_int_list(axis, "squeeze")); },
      nb::arg("x"), nb::arg("axis") = nb::none(), "A view without the given length-1 axes.");
  m.def(
      "expand_dims",
      [](const Array& x, nb::handle axis) { return expand_dims(x, int_list(axis, "expand_dims")); },
      nb::arg("x"), nb::arg("axis") = 0, "A view with length-1 axes inserted at the positions.");
  m.def(
      "broadcast_to",
      [](const Array& x, nb::handle shape) {
        return broadcast_to(x, dpy::shape_arg(shape, "broadcast_to"));
      },
      nb::arg("x"), nb::arg("shape"), "A broadcast view of x (do not write to it).");
  m.def(
      "broadcast_arrays",
      [](nb::args arrays) {
        return array_tuple(broadcast_arrays(arrays_arg(arrays, "broadcast_arrays")));
      },
      "Broadcast views of the arrays against each other.");
  m.def(
      "concat",
      [](nb::handle arrays, nb::handle axis, nb::handle dtype) {
        return concat_impl(arrays, axis, dtype, "concat");
      },
      nb::arg("arrays"), nb::kw_only(), nb::arg("axis").none() = 0, nb::arg("dtype") = nb::none(),
      "Joins arrays along an existing axis (axis=None flattens them first); dtypes promote.");
  m.def(
      "concatenate",
      [](nb::handle arrays, nb::handle axis, nb::handle dtype) {
        return concat_impl(arrays, axis, dtype, "concatenate");
      },
      nb::arg("arrays"), nb::arg("axis").none() = 0, nb::kw_only(), nb::arg("dtype") = nb::none(),
      "Joins arrays along an existing axis (axis=None flattens them first); dtypes promote.");
  m.def(
      "stack",
      [](nb::handle arrays, nb::handle axis) {
        return stack(arrays_arg(arrays, "stack"), int_arg(axis, "stack"));
      },
      nb::arg("arrays"), nb::arg("axis") = 0, "Joins same-shape arrays along a new axis.");
  m.def(
      "ravel", [](const Array& x, nb::handle order) { return ravel(x, order_arg(order, "ravel")); },
      nb::arg("x"), nb::arg("order").none() = "C", "x as 1-D: a view when possible, else a copy.");
  m.def(
      "flip", [](const Array& x, nb::handle axis) { return flip(x, opt_int_list(axis, "flip")); },
      nb::arg("x"), nb::arg("axis") = nb::none(), "A view with the order of elements reversed.");
  m.def(
      "roll",
      [](const Array& x, nb::handle shift, nb::handle axis) {
        return roll(x, int_list(shift, "roll"), opt_int_list(axis, "roll"));
      },
      nb::arg("x"), nb::arg("shift"), nb::arg("axis") = nb::none(),
      "A copy with elements shifted cyclically along the axes (the flattened x when None).");
  m.def(
      "atleast_1d", [](nb::args a) { return atleast(a, 1); }, "Inputs viewed with ndim >= 1.");
  m.def(
      "atleast_2d", [](nb::args a) { return atleast(a, 2); }, "Inputs viewed with ndim >= 2.");
  m.def(
      "atleast_3d", [](nb::args a) { return atleast(a, 3); }, "Inputs viewed with ndim >= 3.");

  dpy::add_array_method("reshape", &reshape_method,
                        "x.reshape(2, 3) or x.reshape((2, 3)); keywords order= and copy=.");
  dpy::add_array_method("transpose", &transpose_method,
                        "x.transpose(), x.transpose(1, 0) or x.transpose((1, 0)).");
  dpy::add_array_method(
      "squeeze",
      [](const Array& x, nb::handle axis) { return squeeze(x, opt_int_list(axis, "squeeze")); },
      nb::arg("axis") = nb::none());
  dpy::add_array_method(
      "flatten",
      [](const Array& x, nb::handle order) { return flatten(x, order_arg(order, "flatten")); },
      nb::arg("order").none() = "C", "A 1-D copy.");
  dpy::add_array_method(
      "ravel", [](const Array& x, nb::handle order) { return ravel(x, order_arg(order, "ravel")); },
      nb::arg("order").none() = "C", "x as 1-D: a view when possible.");
  dpy::add_array_method("swapaxes", &dp::swapaxes, nb::arg("axis1"), nb::arg("axis2"));
}
