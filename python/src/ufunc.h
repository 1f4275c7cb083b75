// dparray.ufunc: the Python object of one elementwise catalogue op (init_ufunc.cpp).
#pragma once
#include <nanobind/nanobind.h>

#include "dparray/ops/elementwise_catalogue.h"

namespace nb = nanobind;

namespace dpy {
// Registers dparray.ufunc and ndarray.__array_ufunc__; before any make_ufunc.
void register_ufunc_type(nb::module_& m);
// A new ufunc object for op id.
nb::object make_ufunc(dp::OpId id);
// For raw type slots, inside catch (...): sets the Python exception that nanobind raises for
// the C++ exception being handled (dp::TypeError -> TypeError, ...); returns nullptr.
PyObject* raise_current_exception();
}  // namespace dpy
