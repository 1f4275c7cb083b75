// Factorization-based linalg (cholesky, inv, solve, det, slogdet, eigh, svd, qr, eig) as
// private _core functions that dparray.linalg wraps with the standard's signatures and
// result tuples; diagonal and trace as module functions and ndarray methods; and the
// LinAlgError they raise.
#include <nanobind/stl/string.h>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/linalg.h"
#include "dparray/ops/linalg_factor.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
#include "init.h"

using namespace dp;

namespace {

const Array& matrix_arg(nb::handle h, const char* op) {
  if (!dpy::is_array(h))
    throw dp::TypeError(std::string("[") + op + "] x must be a dparray.ndarray, not " +
                        dpy::type_name_of(h));
  return dpy::array_ref(h);
}

nb::tuple wrap_all(std::vector<Array> rs) {
  nb::list l;
  for (Array& r : rs) l.append(dpy::wrap(std::move(r)));
  return nb::tuple(l);
}

// Runs f (core work, no Python objects) without the GIL.
template <class F>
auto nogil(F&& f) {
  dpy::gil_release release;
  return f();
}

}  // namespace

void init_linalg_factor(nb::module_& m) {
  static nb::object linalg_error = nb::borrow(PyErr_NewExceptionWithDoc(
      "dparray.linalg.LinAlgError",
      "A linear algebra operation failed: singular or not positive definite input, or "
      "LAPACK did not converge (a ValueError, as numpy.linalg.LinAlgError).",
      PyExc_ValueError, nullptr));
  m.attr("LinAlgError") = linalg_error;
  nb::register_exception_translator([](const std::exception_ptr& p, void*) {
    try {
      std::rethrow_exception(p);
    } catch (const dp::LinAlgError& e) {
      PyErr_SetString(linalg_error.ptr(), e.what());
    }
  });

  m.def(
      "_linalg_cholesky",
      [](nb::handle x, bool upper) {
        const Array& a = matrix_arg(x, "cholesky");
        return dpy::wrap(nogil([&] { return cholesky(a, upper); }));
      },
      nb::arg("x"), nb::arg("upper"));
  m.def("_linalg_inv", [](nb::handle x) {
    const Array& a = matrix_arg(x, "inv");
    return dpy::wrap(nogil([&] { return inv(a); }));
  });
  m.def("_linalg_solve", [](nb::handle x1, nb::handle x2) {
    const Array &a = matrix_arg(x1, "solve"), &b = matrix_arg(x2, "solve");
    return dpy::wrap(nogil([&] { return solve(a, b); }));
  });
  m.def("_linalg_det", [](nb::handle x) {
    const Array& a = matrix_arg(x, "det");
    return dpy::wrap(nogil([&] { return det(a); }));
  });
  m.def("_linalg_slogdet", [](nb::handle x) {
    const Array& a = matrix_arg(x, "slogdet");
    return wrap_all(nogil([&] { return slogdet(a); }));
  });
  m.def("_linalg_eigh", [](nb::handle x, bool vectors, nb::handle uplo) {
    const char* op = vectors ? "eigh" : "eigvalsh";
    const Array& a = matrix_arg(x, op);
    const std::string u = dpy::str_arg(uplo, op, "UPLO");
    if (u != "L" && u != "U")
      throw std::invalid_argument(std::string("[") + op + "] UPLO must be 'L' or 'U', got '" + u +
                                  "'");
    return wrap_all(nogil([&] { return eigh(a, vectors, u == "U"); }));
  });
  m.def("_linalg_svd", [](nb::handle x, bool full, bool uv) {
    const Array& a = matrix_arg(x, uv ? "svd" : "svdvals");
    return wrap_all(nogil([&] { return svd(a, full, uv); }));
  });
  m.def("_linalg_qr", [](nb::handle x, nb::handle mode) {
    const Array& a = matrix_arg(x, "qr");
    const std::string md = dpy::str_arg(mode, "qr", "mode");
    return wrap_all(nogil([&] { return qr(a, md); }));
  });
  m.def("_linalg_eig", [](nb::handle x, bool vectors) {
    const Array& a = matrix_arg(x, vectors ? "eig" : "eigvals");
    return wrap_all(nogil([&] { return eig(a, vectors); }));
  });
  m.def("_linalg_conj", [](nb::handle x) { return dpy::wrap(conjugate(matrix_arg(x, "conj"))); });

  auto diagonal_py = [](nb::handle x, nb::handle offset, nb::handle axis1, nb::handle axis2) {
    const char* op = "diagonal";
    return dpy::wrap(diagonal(matrix_arg(x, op), dpy::int_arg(offset, op, "offset"),
                              dpy::int_arg(axis1, op, "axis1"), dpy::int_arg(axis2, op, "axis2")));
  };
  auto trace_py = [](nb::handle x, nb::handle offset, nb::handle axis1, nb::handle axis2,
                     nb::handle dtype) {
    const char* op = "trace";
    return dpy::wrap(trace(matrix_arg(x, op), dpy::int_arg(offset, op, "offset"),
                           dpy::int_arg(axis1, op, "axis1"), dpy::int_arg(axis2, op, "axis2"),
                           dpy::dtype_arg(dtype, op)));
  };
  const char* diag_doc =
      "The diagonal at `offset` of the planes (axis1, axis2), as the last axis (a view, as "
      "numpy.diagonal).";
  const char* trace_doc =
      "Sum along the diagonal at `offset` of the planes (axis1, axis2); dtype rules as sum "
      "(numpy.trace).";
  m.def("diagonal", diagonal_py, nb::arg("a"), nb::arg("offset") = 0, nb::arg("axis1") = 0,
        nb::arg("axis2") = 1, diag_doc);
  m.def("trace", trace_py, nb::arg("a"), nb::arg("offset") = 0, nb::arg("axis1") = 0,
        nb::arg("axis2") = 1, nb::arg("dtype") = nb::none(), trace_doc);
  dpy::add_array_method("diagonal", diagonal_py, nb::arg("offset") = 0, nb::arg("axis1") = 0,
                        nb::arg("axis2") = 1, diag_doc);
  dpy::add_array_method("trace", trace_py, nb::arg("offset") = 0, nb::arg("axis1") = 0,
                        nb::arg("axis2") = 1, nb::arg("dtype") = nb::none(), trace_doc);
}
