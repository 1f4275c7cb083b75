#include "convert_scalars.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "dparray/runtime/errors.h"

namespace dpy {

namespace {

std::string where(const char* op, const char* what) { return std::string("[") + op + "] " + what; }

// numpy.bool (numpy.bool_ before NumPy 2), by its type name: no NumPy import.
bool is_numpy_bool(nb::handle h) {
  const std::string name = Py_TYPE(h.ptr())->tp_name;
  return name == "numpy.bool" || name == "numpy.bool_";
}

}  // namespace

std::string repr_of(nb::handle h) {
  PyObject* r = PyObject_Repr(h.ptr());
  if (!r) {
    PyErr_Clear();
    return "<" + type_name_of(h) + " object>";
  }
  nb::object o = nb::steal(r);
  const char* s = PyUnicode_AsUTF8(r);
  if (!s) {
    PyErr_Clear();
    return "<" + type_name_of(h) + " object>";
  }
  std::string out(s);
  if (out.size() > 80) out = out.substr(0, 77) + "...";
  return out;
}

std::string type_name_of(nb::handle h) {
  PyTypeObject* t = Py_TYPE(h.ptr());
  return t->tp_name ? t->tp_name : "object";
}

int64_t int_arg(nb::handle h, const char* op, const char* what, bool allow_bool) {
  PyObject* o = h.ptr();
  if ((PyBool_Check(o) && !allow_bool) || !PyIndex_Check(o))
    throw dp::TypeError(where(op, what) + " must be an integer, not " + type_name_of(h) + " (" +
                        repr_of(h) + ")");
  PyObject* idx = PyNumber_Index(o);
  if (!idx) throw nb::python_error();
  nb::object v = nb::steal(idx);
  int overflow = 0;
  long long r = PyLong_AsLongLongAndOverflow(idx, &overflow);
  if (r == -1 && PyErr_Occurred()) throw nb::python_error();
  if (overflow)
    throw std::overflow_error(where(op, what) + " " + repr_of(v) +
                              " does not fit a signed 64-bit integer");
  return r;
}

int64_t dim_arg(nb::handle h, const char* op, const char* what) {
  int64_t v;
  try {
    v = int_arg(h, op, what);
  } catch (const std::overflow_error&) {
    throw std::invalid_argument(where(op, what) + " " + repr_of(h) +
                                ": maximum allowed dimension exceeded");
  }
  if (v < 0)
    throw std::invalid_argument(where(op, what) + " " + std::to_string(v) +
                                ": negative dimensions are not allowed");
  return v;
}

int64_t int_in_range(nb::handle h, const char* op, const char* what, int64_t lo, int64_t hi) {
  int64_t v = int_arg(h, op, what);
  if (v < lo || v > hi)
    throw std::invalid_argument(where(op, what) + " " + std::to_string(v) + " is not in [" +
                                std::to_string(lo) + ", " + std::to_string(hi) + "]");
  return v;
}

size_t size_arg(nb::handle h, const char* op, const char* what) {
  int64_t v = int_arg(h, op, what);
  if (v < 0)
    throw std::invalid_argument(where(op, what) + " must be non-negative, got " +
                                std::to_string(v));
  return static_cast<size_t>(v);
}

std::vector<int64_t> int_list_arg(nb::handle h, const char* op, const char* what) {
  std::vector<int64_t> r;
  PyObject* o = h.ptr();
  if (PyIndex_Check(o) && !PyBool_Check(o)) {
    r.push_back(int_arg(h, op, what));
    return r;
  }
  if (!PyList_Check(o) && !PyTuple_Check(o))
    throw dp::TypeError(where(op, what) + " must be an int or a sequence of ints, not " +
                        type_name_of(h) + " (" + repr_of(h) + ")");
  // The size is re-read and each item held: an __index__ may mutate the list.
  for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(o); ++i) {
    nb::object item = nb::borrow(PySequence_Fast_GET_ITEM(o, i));
    r.push_back(int_arg(item, op, what));
  }
  return r;
}

std::vector<int64_t> new_shape_arg(nb::handle h, const char* op) {
  try {
    return int_list_arg(h, op, "shape");
  } catch (const std::overflow_error& e) {
    throw std::invalid_argument(std::string(e.what()) + ": maximum allowed dimension exceeded");
  }
}

std::string str_arg(nb::handle h, const char* op, const char* what) {
  if (!PyUnicode_Check(h.ptr()))
    throw dp::TypeError(where(op, what) + " must be a str, not " + type_name_of(h) + " (" +
                        repr_of(h) + ")");
  Py_ssize_t n = 0;
  const char* s = PyUnicode_AsUTF8AndSize(h.ptr(), &n);
  if (!s) throw nb::python_error();
  return std::string(s, static_cast<size_t>(n));
}

bool bool_arg(nb::handle h, const char* op, const char* what) {
  PyObject* o = h.ptr();
  if (PyBool_Check(o)) return o == Py_True;
  if (PyLong_CheckExact(o)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (!overflow && (v == 0 || v == 1)) return v == 1;
  }
  if (is_numpy_bool(h)) {
    int t = PyObject_IsTrue(o);
    if (t < 0) throw nb::python_error();
    return t == 1;
  }
  throw dp::TypeError(where(op, what) + " must be True or False, not " + type_name_of(h) + " (" +
                      repr_of(h) + ")");
}

std::optional<bool> opt_bool_arg(nb::handle h, const char* op, const char* what) {
  if (h.is_none()) return std::nullopt;
  return bool_arg(h, op, what);
}

void check_scalar_fits(const dp::Scalar& s, dp::DType t, const char* op, nb::handle value_h) {
  using dp::Kind;
  // The value as the user wrote it; from the Scalar when there is no Python object.
  auto text = [&] {
    if (value_h.is_valid()) return repr_of(value_h);
    if (s.kind == Kind::Signed) return std::to_string(s.i);
    if (s.kind == Kind::Unsigned) return std::to_string(s.u);
    return std::to_string(s.as_double());
  };
  if (!dp::is_integral(t)) return;
  if (s.kind == Kind::Signed || s.kind == Kind::Unsigned) {
    if (!s.fits(t))
      throw std::overflow_error(std::string("[") + op + "] Python integer " + text() +
                                " out of bounds for " + dp::name_of(t));
    return;
  }
  if (s.kind != Kind::Float) return;
  const double v = s.d;
  if (std::isnan(v))
    throw std::invalid_argument(std::string("[") + op + "] cannot convert float " + text() +
                                " to " + dp::name_of(t) + " (NaN has no integer value)");
  if (std::isinf(v))
    throw std::overflow_error(std::string("[") + op + "] cannot convert float " + text() + " to " +
                              dp::name_of(t) + " (infinity has no integer value)");
  // NumPy goes through int(v): truncation, then a range check.
  const double tv = std::trunc(v);
  dp::Scalar as_int;
  if (tv >= -9223372036854775808.0 && tv < 9223372036854775808.0)
    as_int = dp::Scalar::from_int(static_cast<int64_t>(tv));
  else if (tv >= 0 && tv < 18446744073709551616.0)
    as_int = dp::Scalar::from_uint(static_cast<uint64_t>(tv));
  else
    throw std::overflow_error(std::string("[") + op + "] Python float " + text() +
                              " out of bounds for " + dp::name_of(t));
  if (!as_int.fits(t))
    throw std::overflow_error(std::string("[") + op + "] Python float " + text() +
                              " out of bounds for " + dp::name_of(t));
}

}  // namespace dpy
