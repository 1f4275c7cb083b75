// The one place where bindings read plain values (ints, int sequences, strings, bools)
// from Python objects. Every failure is a Python exception naming the op and the value:
// TypeError for a wrong type, OverflowError for an int beyond the C++ type, ValueError
// for a value out of the allowed range. Never nb::cast<int64_t> & co. in bindings: a
// failed nb::cast is std::bad_cast, which reaches Python as a bare RuntimeError.
#pragma once
#include <nanobind/nanobind.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dparray/array/dtype.h"
#include "dparray/array/scalar.h"

namespace nb = nanobind;

namespace dpy {

// repr(h) for messages (never raises).
std::string repr_of(nb::handle h);
// The type name of h for messages ("float", "numpy.ndarray").
std::string type_name_of(nb::handle h);

// operator.index(h) as int64: TypeError for non-integers (and bool unless allow_bool),
// OverflowError when it does not fit int64. `what` names the argument ("axis").
int64_t int_arg(nb::handle h, const char* op, const char* what, bool allow_bool = false);
// A dimension (shape entry, element count): as int_arg, but a value beyond int64 is
// ValueError "maximum allowed dimension exceeded" as NumPy's, and negative values too.
int64_t dim_arg(nb::handle h, const char* op, const char* what);
// As int_arg, then ValueError unless lo <= value <= hi.
int64_t int_in_range(nb::handle h, const char* op, const char* what, int64_t lo, int64_t hi);
// A non-negative integer as size_t (ValueError when negative, OverflowError above 2**63-1).
size_t size_arg(nb::handle h, const char* op, const char* what);
// An int, or a list / tuple of ints (not a str, not nested): each entry through int_arg.
std::vector<int64_t> int_list_arg(nb::handle h, const char* op, const char* what);
// A new shape for reshape: an int or a list / tuple of ints (-1 allowed); an entry beyond
// int64 is ValueError "maximum allowed dimension exceeded", as NumPy's.
std::vector<int64_t> new_shape_arg(nb::handle h, const char* op);
// A str (TypeError otherwise).
std::string str_arg(nb::handle h, const char* op, const char* what);
// True / False / numpy.bool_ / 0 / 1 (TypeError otherwise).
bool bool_arg(nb::handle h, const char* op, const char* what);
// None -> nullopt, else bool_arg.
std::optional<bool> opt_bool_arg(nb::handle h, const char* op, const char* what);

// A Python scalar given for an explicit dtype t, checked as NumPy 2 does when it stores
// a Python scalar into an array (asarray(v, dtype=t), x[i] = v): an int must fit t
// (OverflowError); a float going to an integer dtype is truncated and must fit
// (NaN: ValueError, inf or out of range: OverflowError).
void check_scalar_fits(const dp::Scalar& s, dp::DType t, const char* op, nb::handle value);

}  // namespace dpy
