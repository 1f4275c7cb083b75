// ndarray.__getitem__ / __setitem__ (basic and advanced indexing), take, nonzero.
#include <nanobind/stl/string.h>

#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/indexing.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
#include "init.h"

using namespace dp;

namespace {

std::string py_type(nb::handle h) { return nb::borrow<nb::str>(nb::type_name(h.type())).c_str(); }

// True for an object of NumPy's type `name` (numpy.ndarray, numpy.bool).
bool is_numpy(nb::handle h, const char* name) {
  nb::handle t = h.type();
  nb::object mod = nb::getattr(t, "__module__", nb::none());
  return nb::isinstance<nb::str>(mod) && nb::cast<std::string>(mod) == "numpy" &&
         nb::cast<std::string>(t.attr("__name__")) == name;
}

// Host data used as indices (lists, NumPy arrays) goes to x's queue: the user asked for it.
Array upload_indices(nb::handle h, const Array& x) {
  Array a = dpy::array_from_object(h, std::nullopt, x.queue, x.usm_type());
  if (a.size() == 0 && !is_integral(a.dtype) && a.dtype != DType::Bool)
    a = astype(a, DType::Int64, true);  // x[[]] selects nothing, as NumPy
  return a;
}

IndexItem item_of(nb::handle h, const Array& x) {
  PyObject* o = h.ptr();
  if (o == Py_None) return IndexItem::newaxis();
  if (o == Py_Ellipsis) return IndexItem::ellipsis();
  if (PyBool_Check(o)) return IndexItem::of_bool(o == Py_True);
  if (PySlice_Check(o)) {
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(o, &start, &stop, &step) < 0) throw nb::python_error();
    return IndexItem::of_slice({start, stop, step});
  }
  if (dpy::is_array(h)) return IndexItem::of_array(dpy::array_ref(h));
  if (PyList_Check(o) || PyTuple_Check(o) || is_numpy(h, "ndarray"))
    return IndexItem::of_array(upload_indices(h, x));
  if (is_numpy(h, "bool")) return IndexItem::of_bool(PyObject_IsTrue(o) == 1);
  if (PyIndex_Check(o)) {
    Py_ssize_t v = PyNumber_AsSsize_t(o, PyExc_IndexError);
    if (v == -1 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_IndexError)) throw nb::python_error();
      PyErr_Clear();  // NumPy's words, with the op and the value
      throw dp::IndexError("[getitem] index " + dpy::repr_of(h) +
                           " cannot fit into an index-sized integer");
    }
    return IndexItem::of_int(v);
  }
  throw dp::IndexError(
      "[getitem] only integers, slices (`:`), ellipsis (`...`), newaxis (`None`) and integer or "
      "boolean arrays are valid indices, not " +
      py_type(h));
}

Index key_of(nb::handle key, const Array& x) {
  Index idx;
  if (PyTuple_Check(key.ptr())) {
    for (nb::handle h : nb::borrow<nb::tuple>(key)) idx.push_back(item_of(h, x));
  } else {
    idx.push_back(item_of(key, x));
  }
  return idx;
}

void set(const Array& x, nb::handle key, nb::handle value) {
  Index idx = key_of(key, x);
  if (dpy::is_array(value)) {
    const Array& v = dpy::array_ref(value);
    dpy::gil_release release;
    setitem(x, idx, v);
    return;
  }
  Scalar s;
  std::optional<DType> typed;
  if (dpy::scalar_arg(value, s, &typed, "setitem")) {
    // A Python scalar must fit x's dtype (NumPy 2: x_int32[0] = 1e300 is OverflowError).
    if (!typed) dpy::check_scalar_fits(s, x.dtype, "setitem", value);
    dpy::gil_release release;
    setitem(x, idx, s);
    return;
  }
  // Nested lists take x's dtype directly (so out-of-range ints raise); other host arrays
  // keep theirs and are cast on the device.
  bool seq = PyList_Check(value.ptr()) || PyTuple_Check(value.ptr());
  std::optional<DType> t = seq ? std::optional<DType>(x.dtype) : std::nullopt;
  Array v = dpy::array_from_object(value, t, x.queue, x.usm_type());
  dpy::gil_release release;
  setitem(x, idx, v);
}

nb::tuple nonzero_tuple(const Array& x) {
  std::vector<Array> rows;
  {
    dpy::gil_release release;
    rows = dp::nonzero(x);
  }
  nb::list l;
  for (Array& r : rows) l.append(dpy::wrap(std::move(r)));
  return nb::tuple(l);
}

// numpy.take: mode 'wrap' / 'clip' bring the indices into range on the device first.
nb::object take_py(const Array& x, nb::handle indices, nb::handle axis, nb::handle out,
                   nb::handle mode_h) {
  const char* op = "take";
  const std::string mode = dpy::str_arg(mode_h, op, "mode");
  if (mode != "raise" && mode != "wrap" && mode != "clip")
    throw std::invalid_argument("[take] mode must be one of 'raise', 'wrap' or 'clip', got '" +
                                mode + "'");
  if (!out.is_none() && !dpy::is_array(out))
    throw dp::TypeError("[take] out must be a dparray.ndarray, not " + dpy::type_name_of(out));
  Array ix = dpy::is_array(indices) ? dpy::array_ref(indices) : upload_indices(indices, x);
  std::optional<int64_t> ax;
  if (!axis.is_none()) ax = dpy::int_arg(axis, op, "axis");
  if (mode != "raise") {
    int64_t n = x.size();
    if (ax) n = x.shape[dp::normalize_axis(*ax, x.ndim(), "take")];
    if (n == 0 && ix.size() > 0)
      throw dp::IndexError("[take] cannot do a non-empty take from an empty axis");
    if (!is_integral(ix.dtype))
      throw dp::TypeError(std::string("[take] indices must be integers, got ") + name_of(ix.dtype));
    if (n > 0) {
      const Operand nn = Operand::of(Scalar::from_int(n));
      ix = mode == "wrap"
               ? dp::apply(OpId::remainder, {Operand::of(ix), nn})
               : dp::apply(OpId::clip, {Operand::of(ix), Operand::of(Scalar::from_int(0)),
                                        Operand::of(Scalar::from_int(n - 1))});
    }
  }
  Array r = dp::take(x, ix, ax);
  if (out.is_none()) return dpy::wrap(std::move(r));
  const Array& o = dpy::array_ref(out);
  if (o.shape != r.shape)
    throw std::invalid_argument("[take] out has shape " + shape_str(o.shape) + ", the result has " +
                                shape_str(r.shape));
  assign(o, r, op);
  return nb::borrow(out);
}

}  // namespace

void init_indexing(nb::module_& m) {
  dpy::add_array_method(
      "__getitem__",
      [](const Array& x, nb::handle key) {
        Index idx = key_of(key, x);
        dpy::gil_release release;  // a boolean mask waits for its count
        return dp::getitem(x, idx);
      },
      nb::arg("key").none(),
      "x[key]: basic indices give a view; integer arrays and boolean masks give a new array.");
  dpy::add_array_method("__setitem__", &set, nb::arg("key").none(), nb::arg("value"),
                        "x[key] = value: writes through to x (value broadcast and cast).");
  dpy::add_array_method("nonzero", &nonzero_tuple,
                        "Indices of the non-zero elements, one int64 array per dimension.");

  m.def("take", &take_py, nb::arg("x"), nb::arg("indices"), nb::arg("axis") = nb::none(),
        nb::arg("out") = nb::none(), nb::arg("mode") = "raise",
        "Elements of x at integer indices along axis (the flattened x when axis is None). "
        "mode='raise': an out-of-range index raises IndexError at the next synchronisation "
        "point; 'wrap' takes indices modulo the axis length, 'clip' clips them into it "
        "(negative ones to 0), as NumPy. out= receives the result.");
  m.def("nonzero", &nonzero_tuple, nb::arg("x"),
        "Indices of the non-zero elements of x, one int64 array per dimension (reads the "
        "count: a synchronisation point).");
}
