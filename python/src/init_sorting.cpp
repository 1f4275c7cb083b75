// Sorting, searching and set functions: sort, argsort (functions and ndarray methods),
// searchsorted, take_along_axis, unique_all / unique_counts / unique_inverse / unique_values
// (results as the Array API's named tuples), NumPy's unique, and isin.
#include <nanobind/stl/string.h>

#include <optional>
#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/manipulation.h"
#include "dparray/ops/sets.h"
#include "dparray/ops/sorting.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

const Array& array_arg(nb::handle h, const char* op) {
  if (dpy::is_array(h)) return dpy::array_ref(h);
  dpy::operand_arg(h, op);  // raises for NumPy arrays and foreign objects, saying how to move data
  throw dp::TypeError(std::string("[") + op + "] expected a dparray.ndarray, got a Python " +
                      dpy::type_name_of(h) +
                      "; create an array with dparray.asarray(x, device=...)");
}

// axis=None | int.
std::optional<int64_t> axis_of(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  if (PyBool_Check(h.ptr()) || !PyIndex_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op + "] axis must be None or an int, got " +
                        dpy::type_name_of(h) + " (" + dpy::repr_of(h) + ")");
  return dpy::int_arg(h, op, "axis");
}

// NumPy's kind= (every kind gives the same stable sort here) and order= (no structured dtypes).
void check_kind_order(nb::handle kind, nb::handle order, const char* op) {
  if (!kind.is_none()) {
    const std::string k = dpy::str_arg(kind, op, "kind");
    if (k != "quicksort" && k != "mergesort" && k != "heapsort" && k != "stable")
      throw std::invalid_argument(std::string("[") + op +
                                  "] sort kind must be one of "
                                  "'quicksort', 'heapsort', 'mergesort' or 'stable', got '" +
                                  k + "'");
  }
  if (!order.is_none())
    throw std::invalid_argument(std::string("[") + op +
                                "] order= needs a structured dtype, which dparray has not");
}

bool side_of(nb::handle side) {
  const std::string s = dpy::str_arg(side, "searchsorted", "side");
  if (s != "left" && s != "right")
    throw std::invalid_argument("[searchsorted] side must be 'left' or 'right', got '" + s + "'");
  return s == "right";
}

nb::object sort_py(nb::handle x, nb::handle axis, nb::handle kind, nb::handle order,
                   bool descending, nb::handle /*stable: always stable*/) {
  check_kind_order(kind, order, "sort");
  return dpy::wrap(dp::sort(array_arg(x, "sort"), axis_of(axis, "sort"), descending));
}

nb::object argsort_py(nb::handle x, nb::handle axis, nb::handle kind, nb::handle order,
                      bool descending, nb::handle /*stable*/) {
  check_kind_order(kind, order, "argsort");
  return dpy::wrap(dp::argsort(array_arg(x, "argsort"), axis_of(axis, "argsort"), descending));
}

nb::object searchsorted_py(nb::handle x1, nb::handle x2, nb::handle side, nb::handle sorter) {
  const char* op = "searchsorted";
  const Array& a = array_arg(x1, op);
  const bool right = side_of(side);
  Operand v = dpy::operand_arg(x2, op);
  const Array* s = sorter.is_none() ? nullptr : &array_arg(sorter, op);
  return dpy::wrap(dp::searchsorted(a, v, right, s));  // a scalar x2 gives a 0-d array
}

nb::object take_along_axis_py(nb::handle x, nb::handle indices, nb::handle axis) {
  const char* op = "take_along_axis";
  const Array& a = array_arg(x, op);
  const Array& i = array_arg(indices, op);
  std::optional<int64_t> ax = axis_of(axis, op);
  if (!ax) {  // NumPy: the flattened array and 1-D indices
    if (i.ndim() != 1)
      throw std::invalid_argument("[take_along_axis] with axis=None, indices must be 1-D");
    return dpy::wrap(dp::take_along_axis(ravel(a), i, 0));
  }
  return dpy::wrap(dp::take_along_axis(a, i, *ax));
}

// The Array API's result types (collections.namedtuple), made once at import.
struct ResultTypes {
  nb::object all, counts, inverse;
};
ResultTypes& result_types() {
  static ResultTypes* t = new ResultTypes();  // lives for the process, as the module
  return *t;
}

}  // namespace

void init_sorting(nb::module_& m) {
  auto none = [](const char* n) { return nb::arg(n) = nb::none(); };
  const char* sort_doc =
      "Stable sort along axis (None: the flattened array). NaNs sort last, -0.0 equals +0.0, "
      "complex lexicographic (NumPy's order); descending reverses the order of distinct values "
      "while ties keep their input order. kind= is accepted and gives the same stable sort.";
  const char* argsort_doc = "int64 indices that sort x along axis, in sort's order.";
  m.def("sort", &sort_py, nb::arg("x"), nb::arg("axis").none() = -1, none("kind"), none("order"),
        nb::kw_only(), nb::arg("descending") = false, none("stable"), sort_doc);
  m.def("argsort", &argsort_py, nb::arg("x"), nb::arg("axis").none() = -1, none("kind"),
        none("order"), nb::kw_only(), nb::arg("descending") = false, none("stable"), argsort_doc);
  dpy::add_array_method(
      "sort",
      [](nb::handle self, nb::handle axis, nb::handle kind, nb::handle order, bool descending,
         nb::handle) {
        check_kind_order(kind, order, "sort");
        const Array& a = dpy::array_ref(self);
        Array r = dp::sort(a, axis_of(axis, "sort"), descending);
        assign(a, r, "sort");
      },
      nb::arg("axis").none() = -1, none("kind"), none("order"), nb::kw_only(),
      nb::arg("descending") = false, none("stable"), "Sorts the array in place along axis.");
  dpy::add_array_method("argsort", &argsort_py, nb::arg("axis").none() = -1, none("kind"),
                        none("order"), nb::kw_only(), nb::arg("descending") = false, none("stable"),
                        argsort_doc);

  const char* ss_doc =
      "Indices (int64) where x2's elements would be inserted into the ascending 1-D x1 (or "
      "x1[sorter]) to keep it sorted; side='left' gives the first such place, 'right' the last. "
      "NaNs sort last, as in sort.";
  m.def("searchsorted", &searchsorted_py, nb::arg("x1"), nb::arg("x2"), nb::arg("side") = "left",
        none("sorter"), ss_doc);
  dpy::add_array_method("searchsorted", &searchsorted_py, nb::arg("v"), nb::arg("side") = "left",
                        none("sorter"), ss_doc);
  m.def("take_along_axis", &take_along_axis_py, nb::arg("x"), nb::arg("indices"),
        nb::arg("axis").none() = -1,
        "x[..., indices[..., j, ...], ...] along axis: x and indices have one ndim and broadcast "
        "except along axis; negative indices count from the end.");

  nb::object namedtuple = nb::module_::import_("collections").attr("namedtuple");
  ResultTypes& rt = result_types();
  rt.all = namedtuple("UniqueAllResult",
                      nb::make_tuple("values", "indices", "inverse_indices", "counts"));
  rt.counts = namedtuple("UniqueCountsResult", nb::make_tuple("values", "counts"));
  rt.inverse = namedtuple("UniqueInverseResult", nb::make_tuple("values", "inverse_indices"));
  for (nb::handle t : {rt.all, rt.counts, rt.inverse}) t.attr("__module__") = "dparray";
  m.attr("UniqueAllResult") = rt.all;
  m.attr("UniqueCountsResult") = rt.counts;
  m.attr("UniqueInverseResult") = rt.inverse;

#define DP_NAN_RULE \
  " Signed zeros are one value; every NaN is a distinct value (the Array API's rule)."
  m.def(
      "unique_all",
      [](nb::handle x) {
        UniqueResult r = dp::unique(array_arg(x, "unique_all"), true, true, true, false);
        return result_types().all(dpy::wrap(r.values), dpy::wrap(r.indices), dpy::wrap(r.inverse),
                                  dpy::wrap(r.counts));
      },
      nb::arg("x"),
      "Unique values of x with the first index of each, the inverse indices (x's shape) and the "
      "counts." DP_NAN_RULE);
  m.def(
      "unique_counts",
      [](nb::handle x) {
        UniqueResult r = dp::unique(array_arg(x, "unique_counts"), false, false, true, false);
        return result_types().counts(dpy::wrap(r.values), dpy::wrap(r.counts));
      },
      nb::arg("x"), "Unique values of x and their counts." DP_NAN_RULE);
  m.def(
      "unique_inverse",
      [](nb::handle x) {
        UniqueResult r = dp::unique(array_arg(x, "unique_inverse"), false, true, false, false);
        return result_types().inverse(dpy::wrap(r.values), dpy::wrap(r.inverse));
      },
      nb::arg("x"), "Unique values of x and the inverse indices (x's shape)." DP_NAN_RULE);
  m.def(
      "unique_values",
      [](nb::handle x) {
        return dpy::wrap(
            dp::unique(array_arg(x, "unique_values"), false, false, false, false).values);
      },
      nb::arg("x"), "Sorted unique values of x." DP_NAN_RULE);
  m.def(
      "unique",
      [](nb::handle x, bool return_index, bool return_inverse, bool return_counts, nb::handle axis,
         bool equal_nan, bool /*sorted: always sorted*/) -> nb::object {
        const char* op = "unique";
        const Array& a = array_arg(x, op);
        if (!axis.is_none())
          throw std::invalid_argument(
              "[unique] axis= (unique sub-arrays) is not supported; use axis=None");
        UniqueResult r = dp::unique(a, return_index, return_inverse, return_counts, equal_nan);
        if (!return_index && !return_inverse && !return_counts) return dpy::wrap(r.values);
        nb::list out;
        out.append(dpy::wrap(r.values));
        if (return_index) out.append(dpy::wrap(r.indices));
        if (return_inverse) out.append(dpy::wrap(r.inverse));
        if (return_counts) out.append(dpy::wrap(r.counts));
        return nb::tuple(out);
      },
      nb::arg("ar"), nb::arg("return_index") = false, nb::arg("return_inverse") = false,
      nb::arg("return_counts") = false, none("axis"), nb::kw_only(), nb::arg("equal_nan") = true,
      nb::arg("sorted") = true,
      "NumPy's unique over the flattened array: sorted values and, on request, first indices, "
      "inverse indices (ar's shape) and counts; equal_nan=True makes all NaNs one value.");
  m.def(
      "isin",
      [](nb::handle x1, nb::handle x2, bool /*assume_unique*/, bool invert, nb::handle) {
        const char* op = "isin";
        return dpy::wrap(dp::isin(dpy::operand_arg(x1, op), dpy::operand_arg(x2, op), invert));
      },
      nb::arg("x1"), nb::arg("x2"), nb::arg("assume_unique") = false, nb::arg("invert") = false,
      nb::kw_only(), none("kind"),
      "Whether each element of x1 is in x2 (bool, x1's shape; NaN never is); invert negates.");
}
