// Shape manipulation functions (reshape, transpose, concat, ...) and the ndarray
// methods that spell them (x.reshape(2, 3), x.transpose(), x.flatten(), ...).
#include <nanobind/stl/string.h>

#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/manipulation.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
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

nb::list array_list(std::vector<Array> arrays) {
  nb::list l;
  for (Array& a : arrays) l.append(dpy::wrap(std::move(a)));
  return l;
}

nb::tuple array_tuple(std::vector<Array> arrays) {
  return nb::tuple(array_list(std::move(arrays)));
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

// repeats: an int, or per-element counts (a dparray array, a list / tuple or a NumPy array,
// put on x's queue).
Array repeat_impl(const Array& x, nb::handle repeats, nb::handle axis) {
  const char* op = "repeat";
  std::optional<int64_t> ax;
  if (!axis.is_none()) ax = dpy::int_arg(axis, op, "axis");
  if (dpy::is_array(repeats)) {
    const Array& r = dpy::array_ref(repeats);
    dpy::gil_release release;  // the counts are read
    return repeat(x, r, ax);
  }
  if (PyIndex_Check(repeats.ptr()) && !PyBool_Check(repeats.ptr()))
    return repeat(x, dpy::int_arg(repeats, op, "repeats"), ax);
  if (nb::isinstance<nb::str>(repeats) ||
      (!nb::isinstance<nb::sequence>(repeats) && !nb::hasattr(repeats, "__array__")))
    throw dp::TypeError(std::string("[repeat] repeats must be an int or an integer array, not ") +
                        py_type(repeats));
  Array r = dpy::array_from_object(repeats, std::nullopt, x.queue, x.usm_type());
  if (r.size() == 0 && r.dtype != DType::Int64) r = astype(r, DType::Int64, true);
  dpy::gil_release release;
  return repeat(x, r, ax);
}

// prepend / append of diff: arrays as they are; scalars and host data on x's queue.
std::optional<Array> diff_edge(nb::handle h, const Array& x) {
  if (h.is_none()) return std::nullopt;
  if (dpy::is_array(h)) return dpy::array_ref(h);
  return dpy::array_from_object(h, std::nullopt, x.queue, x.usm_type());
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
      "_normalize_axis",
      [](nb::handle axis, int ndim, const std::string& op, const std::string& name) {
        return dp::normalize_axis(dpy::int_arg(axis, op.c_str(), name.c_str()), ndim, op.c_str(),
                                  name.c_str());
      },
      nb::arg("axis"), nb::arg("ndim"), nb::arg("op"), nb::arg("name") = "axis",
      "axis in [-ndim, ndim) made non-negative for the NumPy-namespace functions; AxisError\n"
      "('[op] name A is out of bounds ...') otherwise, TypeError for a non-integer.");
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
        return array_list(broadcast_arrays(arrays_arg(arrays, "broadcast_arrays")));
      },
      "Broadcast views of the arrays against each other (a list, as the standard 2024.12).");
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

  m.def("repeat", &repeat_impl, nb::arg("x"), nb::arg("repeats"), nb::arg("axis") = nb::none(),
        "Each element repeated `repeats` times along axis (None: the flattened x); repeats is "
        "an int or one count per element (read from the device: a synchronisation point).");
  dpy::add_array_method("repeat", &repeat_impl, nb::arg("repeats"), nb::arg("axis") = nb::none(),
                        "x repeated along axis, as dparray.repeat.");
  m.def(
      "tile", [](const Array& x, nb::handle reps) { return tile(x, int_list(reps, "tile")); },
      nb::arg("x"), nb::arg("reps"),
      "x repeated reps[i] times along each axis (numpy.tile: the shorter of x.shape and reps "
      "is padded with leading 1s).");
  m.def(
      "unstack",
      [](const Array& x, nb::handle axis) {
        return array_tuple(unstack(x, dpy::int_arg(axis, "unstack", "axis")));
      },
      nb::arg("x"), nb::kw_only(), nb::arg("axis") = 0,
      "A tuple of views of x, one per index along axis (the axis removed).");
  m.def(
      "meshgrid",
      [](nb::args arrays, nb::handle indexing) {
        const std::string ix = dpy::str_arg(indexing, "meshgrid", "indexing");
        if (ix != "xy" && ix != "ij")
          throw std::invalid_argument("[meshgrid] indexing must be 'xy' or 'ij', not '" + ix + "'");
        return array_list(meshgrid(arrays_arg(arrays, "meshgrid"), ix == "xy"));
      },
      nb::arg("arrays"), nb::arg("indexing") = "xy",
      "A list (as the standard 2024.12) of coordinate arrays from 1-D inputs (others are "
      "flattened): 'xy' (Cartesian, the first two axes swapped) or 'ij' (matrix) indexing; "
      "each result is a new array.");
  m.def(
      "tril", [](const Array& x, nb::handle k) { return tril(x, dpy::int_arg(k, "tril", "k")); },
      nb::arg("x"), nb::arg("k") = 0,
      "Lower triangle of the last two axes: elements above the k-th diagonal are zero.");
  m.def(
      "triu", [](const Array& x, nb::handle k) { return triu(x, dpy::int_arg(k, "triu", "k")); },
      nb::arg("x"), nb::arg("k") = 0,
      "Upper triangle of the last two axes: elements below the k-th diagonal are zero.");
  m.def(
      "diff",
      [](const Array& x, nb::handle n, nb::handle axis, nb::handle prepend, nb::handle append) {
        return diff(x, dpy::int_arg(n, "diff", "n"), dpy::int_arg(axis, "diff", "axis"),
                    diff_edge(prepend, x), diff_edge(append, x));
      },
      nb::arg("x"), nb::arg("n") = 1, nb::arg("axis") = -1, nb::arg("prepend") = nb::none(),
      nb::arg("append") = nb::none(),
      "The n-th discrete difference along axis (not_equal for bool), after joining prepend and "
      "append (scalars are broadcast to length 1 along axis).");
  m.def(
      "broadcast_shapes",
      [](nb::args shapes) {
        std::vector<Shape> in;
        for (nb::handle h : shapes) in.push_back(dpy::shape_arg(h, "broadcast_shapes"));
        std::vector<const Shape*> ptrs;
        for (const Shape& s : in) ptrs.push_back(&s);
        return dpy::shape_tuple(dp::broadcast_shapes(ptrs, "broadcast_shapes"));
      },
      "The shape the given shapes broadcast to (ValueError when they do not).");
}
