// dparray.dtype objects and the promotion functions.
#include <nanobind/stl/string.h>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;
using dpy::PyDType;

namespace {
const char* kind_char(DType t) {
  switch (kind_of(t)) {
    case Kind::Bool: return "b";
    case Kind::Signed: return "i";
    case Kind::Unsigned: return "u";
    case Kind::Float: return "f";
    default: return "c";
  }
}

// The NumPy dtype of the same name, cached (imports NumPy on first use).
nb::object numpy_dtype(const PyDType& d) {
  static nb::object* cache[kNumDTypes] = {};
  nb::object*& slot = cache[static_cast<int>(d.t)];
  if (!slot) {
    nb::object np = nb::module_::import_("numpy");
    slot = new nb::object(np.attr("dtype")(name_of(d.t)));  // kept for the process lifetime
  }
  return *slot;
}

nb::object call_dtype(const PyDType& d, nb::handle value) {
  if (dpy::is_array(value)) return dpy::wrap(astype(dpy::array_ref(value), d.t, true));
  nb::object type = numpy_dtype(d).attr("type");
  return value.is_none() ? type() : type(value);
}

bool same_dtype(const PyDType& d, nb::handle other) {
  if (other.is_none()) return false;
  try {
    auto t = dpy::dtype_arg(other, "dtype");
    return t && *t == d.t;
  } catch (const std::exception&) {
    PyErr_Clear();
    return false;
  }
}

// An array's dtype or a dtype specifier; None is float64, as numpy.dtype(None).
DType dtype_of_arg(nb::handle h, const char* op) {
  if (dpy::is_array(h)) return dpy::array_ref(h).dtype;
  return dpy::dtype_arg(h, op).value_or(DType::Float64);
}
}  // namespace

void init_dtypes(nb::module_& m) {
  nb::class_<PyDType>(m, "dtype",
                      "A dparray data type (compares equal to NumPy's of the same name).")
      .def(nb::new_([](nb::handle spec) -> nb::object {
             auto t = dpy::dtype_arg(spec, "dtype");
             if (!t) throw dp::TypeError("[dtype] None is not a data type");
             return dpy::dtype_object(*t);  // the one object per dtype: dtype('f4') is float32
           }),
           nb::arg("spec").none())
      .def_prop_ro("name", [](const PyDType& d) { return name_of(d.t); })
      .def_prop_ro("itemsize", [](const PyDType& d) { return itemsize(d.t); })
      .def_prop_ro("kind", [](const PyDType& d) { return kind_char(d.t); })
      .def_prop_ro("char", [](const PyDType& d) { return std::string(1, info(d.t).code); })
      .def_prop_ro("str",
                   [](const PyDType& d) {
                     return std::string(itemsize(d.t) == 1 ? "|" : "<") + kind_char(d.t) +
                            std::to_string(itemsize(d.t));
                   })
      .def_prop_ro("dtype", &numpy_dtype,
                   "The NumPy dtype of the same name (np.dtype(dparray.float32) uses it).")
      .def_prop_ro(
          "type", [](const PyDType& d) { return numpy_dtype(d).attr("type"); },
          "The NumPy scalar type (numpy.float32 for dparray.float32).")
      .def("__call__", &call_dtype, nb::arg("value") = nb::none(),
           "A scalar of this dtype (a NumPy scalar, as dpnp.float32(3.0)); an array argument "
           "is cast with astype.")
      .def("__repr__",
           [](const PyDType& d) { return std::string("dtype('") + name_of(d.t) + "')"; })
      .def("__str__", [](const PyDType& d) { return std::string(name_of(d.t)); })
      .def("__hash__", [](const PyDType& d) { return nb::hash(nb::str(name_of(d.t))); })
      .def(
          "__eq__", [](const PyDType& d, nb::handle other) { return same_dtype(d, other); },
          nb::arg("other").none())
      .def(
          "__ne__", [](const PyDType& d, nb::handle other) { return !same_dtype(d, other); },
          nb::arg("other").none());

  for (int i = 0; i < kNumDTypes; ++i) {
    DType t = static_cast<DType>(i);
    m.attr(name_of(t)) = dpy::dtype_object(t);
  }

  m.def(
      "result_type",
      [](nb::args args) {
        if (args.size() == 0)
          throw std::invalid_argument("[result_type] at least one argument is required");
        bool have = false;
        DType r = DType::Bool;
        std::vector<Kind> scalars;
        for (nb::handle h : args) {
          Scalar s;
          std::optional<DType> typed;  // a NumPy scalar has its dtype (NumPy 2), not weak
          if (!dpy::is_array(h) && !nb::isinstance<PyDType>(h) && !nb::isinstance<nb::str>(h) &&
              !nb::isinstance<nb::type_object>(h) && dpy::scalar_arg(h, s, &typed, "result_type") &&
              !typed) {
            scalars.push_back(s.kind == Kind::Unsigned ? Kind::Signed : s.kind);
            continue;
          }
          DType t = typed ? *typed : dtype_of_arg(h, "result_type");
          r = have ? promote_types(r, t) : t;
          have = true;
        }
        for (Kind k : scalars) {
          if (!have) {
            r = k == Kind::Bool     ? DType::Bool
                : k == Kind::Signed ? DType::Int64
                : k == Kind::Float  ? DType::Float64
                                    : DType::Complex128;
            have = true;
          } else {
            r = promote_with_weak_scalar(r, k);
          }
        }
        return dpy::dtype_object(r);
      },
      "Array API result_type over arrays, dtypes, NumPy scalars and Python scalars.");

  m.def(
      "promote_types",
      [](nb::handle a, nb::handle b) {
        return dpy::dtype_object(
            promote_types(dtype_of_arg(a, "promote_types"), dtype_of_arg(b, "promote_types")));
      },
      nb::arg("type1").none(), nb::arg("type2").none());

  m.def(
      "can_cast",
      [](nb::handle from, nb::handle to, nb::handle casting_h) {
        const std::string casting = dpy::str_arg(casting_h, "can_cast", "casting");
        DType f = dtype_of_arg(from, "can_cast"), t = dtype_of_arg(to, "can_cast");
        if (casting == "no" || casting == "equiv") return f == t;
        if (casting == "safe") return can_cast_safely(f, t);
        if (casting == "same_kind") return can_cast_same_kind(f, t);
        if (casting == "unsafe") return true;
        throw std::invalid_argument(
            "[can_cast] casting must be one of 'no', 'equiv', 'safe', "
            "'same_kind', 'unsafe', not '" +
            casting + "'");
      },
      nb::arg("from_").none(), nb::arg("to").none(), nb::arg("casting") = "safe");
}
