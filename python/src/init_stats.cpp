// Statistics bindings: partition / argpartition (functions and ndarray methods) and the
// histogram primitive behind dparray's histogram and bincount (python/dparray/_np_histograms.py).
#include <nanobind/stl/string.h>

#include <optional>
#include <string>
#include <vector>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/stats.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

const Array& array_arg(nb::handle h, const char* op) {
  if (dpy::is_array(h)) return dpy::array_ref(h);
  dpy::operand_arg(h, op);  // raises for NumPy arrays and foreign objects, saying how to move data
  throw dp::TypeError(std::string("[") + op + "] expected a dparray.ndarray, got a Python " +
                      dpy::type_name_of(h));
}

std::optional<int64_t> axis_of(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  if (PyBool_Check(h.ptr()) || !PyIndex_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op + "] axis must be None or an int, got " +
                        dpy::type_name_of(h));
  return dpy::int_arg(h, op, "axis");
}

// kth: an int, a sequence of ints or an integer dparray array (read back: a few indices).
std::vector<int64_t> kth_of(nb::handle h, const char* op) {
  if (dpy::is_array(h)) {
    const Array& a = dpy::array_ref(h);
    if (!is_integral(a.dtype))
      throw dp::TypeError(std::string("[") + op + "] kth must be integers, got dtype " +
                          name_of(a.dtype));
    Array k = astype(a, DType::Int64, false);
    std::vector<int64_t> v(static_cast<size_t>(k.size()));
    if (!v.empty()) to_host(k, v.data());
    return v;
  }
  return dpy::int_list_arg(h, op, "kth");
}

void check_kind_order(nb::handle kind, nb::handle order, const char* op) {
  if (dpy::str_arg(kind, op, "kind") != "introselect")
    throw std::invalid_argument(std::string("[") + op + "] kind must be 'introselect', got '" +
                                dpy::str_arg(kind, op, "kind") + "'");
  if (!order.is_none())
    throw std::invalid_argument(std::string("[") + op +
                                "] order= needs a structured dtype, which dparray has not");
}

nb::object partition_py(nb::handle a, nb::handle kth, nb::handle axis, nb::handle kind,
                        nb::handle order, bool arg) {
  const char* op = arg ? "argpartition" : "partition";
  check_kind_order(kind, order, op);
  return dpy::wrap(dp::partition(array_arg(a, op), kth_of(kth, op), axis_of(axis, op), arg));
}

}  // namespace

void init_stats(nb::module_& m) {
  const char* part_doc =
      "A copy of a with each kth element (int or sequence, negative counts from the end) where "
      "a sort along axis (None: flattened) would put it, none before it greater and none after "
      "it smaller (NaNs sort last). Host: std::nth_element per row in parallel; OpenCL: the "
      "device sort.";
  const char* argpart_doc = "int64 indices that partition a along axis, as partition.";
  m.def(
      "partition",
      [](nb::handle a, nb::handle kth, nb::handle axis, nb::handle kind, nb::handle order) {
        return partition_py(a, kth, axis, kind, order, false);
      },
      nb::arg("a"), nb::arg("kth"), nb::arg("axis").none() = -1, nb::arg("kind") = "introselect",
      nb::arg("order").none() = nb::none(), part_doc);
  m.def(
      "argpartition",
      [](nb::handle a, nb::handle kth, nb::handle axis, nb::handle kind, nb::handle order) {
        return partition_py(a, kth, axis, kind, order, true);
      },
      nb::arg("a"), nb::arg("kth"), nb::arg("axis").none() = -1, nb::arg("kind") = "introselect",
      nb::arg("order").none() = nb::none(), argpart_doc);
  dpy::add_array_method(
      "partition",
      [](nb::handle self, nb::handle kth, int64_t axis, nb::handle kind, nb::handle order) {
        check_kind_order(kind, order, "partition");
        const Array& a = dpy::array_ref(self);
        Array r = dp::partition(a, kth_of(kth, "partition"), axis, false);
        assign(a, r, "partition");
      },
      nb::arg("kth"), nb::arg("axis") = -1, nb::arg("kind") = "introselect",
      nb::arg("order").none() = nb::none(), "Partitions the array in place along axis.");
  dpy::add_array_method(
      "argpartition",
      [](nb::handle self, nb::handle kth, nb::handle axis, nb::handle kind, nb::handle order) {
        return partition_py(self, kth, axis, kind, order, true);
      },
      nb::arg("kth"), nb::arg("axis").none() = -1, nb::arg("kind") = "introselect",
      nb::arg("order").none() = nb::none(), argpart_doc);
  m.def(
      "_histogram_counts",
      [](nb::handle x, nb::handle weights, nb::handle edges, bool uniform, int64_t nbins) {
        const char* op = "histogram";
        const Array* w = weights.is_none() ? nullptr : &array_arg(weights, op);
        const Array* e = edges.is_none() ? nullptr : &array_arg(edges, op);
        return dpy::wrap(dp::histogram_counts(array_arg(x, op), w, e, uniform, nbins, op));
      },
      nb::arg("x"), nb::arg("weights").none(), nb::arg("edges").none(), nb::arg("uniform"),
      nb::arg("nbins"),
      "Counts (int64) or float64 weight sums per bin: x's value is the bin (edges None) or x is "
      "binned by the float64 edges as numpy.histogram.");
}
