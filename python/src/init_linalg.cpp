// Linear algebra: matmul, dot, vecdot, tensordot, inner, outer, matrix_transpose, and
// the ndarray's @ operators and dot method.
#include <nanobind/stl/string.h>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/linalg.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

// An array argument; Python scalars are a ValueError (as NumPy's matmul), NumPy
// arrays and other objects a TypeError that says how to move data.
const Array& array_operand(nb::handle h, const char* op) {
  Operand o = dpy::operand_arg(h, op);
  if (!o.array)
    throw std::invalid_argument(std::string("[") + op +
                                "] operands must be arrays of at least 1 dimension, not scalars");
  return *o.array;
}

nb::object finish(const Array& r, nb::handle out, const char* op) {
  if (out.is_none()) return dpy::wrap(r);
  if (!dpy::is_array(out))
    throw dp::TypeError(std::string("[") + op + "] out must be a dparray.ndarray");
  write_to(r, dpy::array_ref(out), op);
  return nb::borrow(out);
}

std::vector<int64_t> axis_list(nb::handle h) { return dpy::int_list_arg(h, "tensordot", "axes"); }

Array tensordot_py(const Array& a, const Array& b, nb::handle axes) {
  if (PyIndex_Check(axes.ptr()) && !PySequence_Check(axes.ptr()))
    return tensordot(a, b, dpy::int_arg(axes, "tensordot", "axes"));
  if (!nb::isinstance<nb::sequence>(axes) || nb::len(axes) != 2)
    throw dp::TypeError(
        "[tensordot] axes must be an int or a pair of (sequences of) ints, e.g. ([1, 0], [0, 1])");
  return tensordot(a, b, axis_list(axes[0]), axis_list(axes[1]));
}

// Operand of the @ operator: NotImplemented (false) for foreign types so Python can try
// the other side; NumPy arrays raise the TypeError saying how to move them.
bool matmul_operand(nb::handle h, const Array** out) {
  if (dpy::is_array(h)) {
    *out = &dpy::array_ref(h);
    return true;
  }
  if (nb::hasattr(h, "__array_interface__") || nb::hasattr(h, "__array__"))
    dpy::operand_arg(h, "matmul");  // raises
  Scalar s;
  if (dpy::scalar_arg(h, s, nullptr, "matmul"))
    throw std::invalid_argument(
        "[matmul] operands must be arrays of at least 1 dimension, not scalars");
  return false;
}

}  // namespace

void init_linalg(nb::module_& m) {
  m.def(
      "matmul",
      [](nb::handle x1, nb::handle x2, nb::handle out) {
        return finish(matmul(array_operand(x1, "matmul"), array_operand(x2, "matmul")), out,
                      "matmul");
      },
      nb::arg("x1"), nb::arg("x2"), nb::kw_only(), nb::arg("out") = nb::none(),
      "Matrix product with NumPy semantics: 1-D operands are promoted to matrices and the "
      "added dimension removed; leading (batch) dimensions broadcast.");

  m.def(
      "dot",
      [](nb::handle a, nb::handle b, nb::handle out) {
        return finish(dot(dpy::operand_arg(a, "dot"), dpy::operand_arg(b, "dot")), out, "dot");
      },
      nb::arg("a"), nb::arg("b"), nb::arg("out") = nb::none(),
      "numpy.dot: scalars multiply, 1-D x 1-D is the inner product, N-D x 1-D sums over the "
      "last axis, N-D x M-D over the last axis of a and the second-to-last of b.");

  m.def(
      "vecdot",
      [](nb::handle x1, nb::handle x2, nb::handle axis) {
        return vecdot(array_operand(x1, "vecdot"), array_operand(x2, "vecdot"),
                      dpy::int_arg(axis, "vecdot", "axis"));
      },
      nb::arg("x1"), nb::arg("x2"), nb::kw_only(), nb::arg("axis") = -1,
      "Vector dot product over `axis`: sum(conj(x1) * x2), other dimensions broadcast.");

  m.def(
      "tensordot",
      [](nb::handle a, nb::handle b, nb::handle axes) {
        return tensordot_py(array_operand(a, "tensordot"), array_operand(b, "tensordot"), axes);
      },
      nb::arg("a"), nb::arg("b"), nb::arg("axes") = 2,
      "Sum of products over the last `axes` axes of a and the first of b, or over the pairs "
      "of axes given as (axes_a, axes_b).");

  m.def(
      "inner",
      [](nb::handle a, nb::handle b) {
        return inner(dpy::operand_arg(a, "inner"), dpy::operand_arg(b, "inner"));
      },
      nb::arg("a"), nb::arg("b"), "Sum of products over the last axes of a and b.");

  m.def(
      "outer",
      [](nb::handle a, nb::handle b) {
        return outer(array_operand(a, "outer"), array_operand(b, "outer"));
      },
      nb::arg("a"), nb::arg("b"), "Outer product of the flattened a and b.");

  m.def(
      "matrix_transpose", [](const Array& x) { return matrix_transpose(x); }, nb::arg("x"),
      "Transposes the last two axes (a view).");

  dpy::add_array_method("__matmul__", [](nb::handle self, nb::handle other) -> nb::object {
    const Array* o;
    if (!matmul_operand(other, &o)) return nb::borrow(Py_NotImplemented);
    return dpy::wrap(matmul(dpy::array_ref(self), *o));
  });
  dpy::add_array_method("__rmatmul__", [](nb::handle self, nb::handle other) -> nb::object {
    const Array* o;
    if (!matmul_operand(other, &o)) return nb::borrow(Py_NotImplemented);
    return dpy::wrap(matmul(*o, dpy::array_ref(self)));
  });
  dpy::add_array_method("__imatmul__", [](nb::handle self, nb::handle other) -> nb::object {
    const Array* o;
    if (!matmul_operand(other, &o)) return nb::borrow(Py_NotImplemented);
    const Array& a = dpy::array_ref(self);
    write_to(matmul(a, *o), a, "matmul");
    return nb::borrow(self);
  });
  dpy::add_array_method(
      "dot",
      [](nb::handle self, nb::handle b, nb::handle out) {
        return finish(dot(Operand::of(dpy::array_ref(self)), dpy::operand_arg(b, "dot")), out,
                      "dot");
      },
      nb::arg("b"), nb::arg("out") = nb::none());
}
