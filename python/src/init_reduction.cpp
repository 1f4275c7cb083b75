// Reductions (sum, prod, mean, var, std, max, min, argmax, argmin, any, all, count_nonzero)
// and cumulative sums and products, as module functions and ndarray methods. Results live on the
// input's queue; a full reduction gives a 0-d array, as dpnp.
#include <nanobind/stl/string.h>

#include <optional>
#include <string>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/reduction.h"
#include "dparray/ops/ufunc.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

std::string py_type(nb::handle h) { return nb::cast<std::string>(nb::type_name(h.type())); }

const Array& array_arg(nb::handle h, const char* op) {
  if (dpy::is_array(h)) return dpy::array_ref(h);
  dpy::operand_arg(h, op);  // raises for NumPy arrays and foreign objects, saying how to move data
  throw dp::TypeError(std::string("[") + op + "] expected a dparray.ndarray, got a Python " +
                      py_type(h) + "; create an array with dparray.asarray(x, device=...)");
}

// axis=None | int | tuple/list of ints.
Axes axes_of(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  const bool index = PyIndex_Check(h.ptr()) && !PyBool_Check(h.ptr());
  if (!index && !PyList_Check(h.ptr()) && !PyTuple_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op +
                        "] axis must be None, an int or a tuple of ints, got " +
                        dpy::type_name_of(h) + " (" + dpy::repr_of(h) + ")");
  return dpy::int_list_arg(h, op, "axis");
}

// axis=None | int (argmax, argmin, cumsum).
std::optional<int64_t> axis_of(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  if (PyBool_Check(h.ptr()) || !PyIndex_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op + "] axis must be None or an int, got " +
                        dpy::type_name_of(h) + " (" + dpy::repr_of(h) + ")");
  return dpy::int_arg(h, op, "axis");
}

// Returns r, or writes it into out (same queue and shape; same-kind cast) and returns out.
nb::object finish(const Array& r, nb::handle out, const char* op) {
  if (out.is_none()) return dpy::wrap(r);
  if (!dpy::is_array(out))
    throw dp::TypeError(std::string("[") + op + "] out must be a dparray.ndarray");
  const Array& o = dpy::array_ref(out);
  common_queue({&r, &o}, op);
  if (o.shape != r.shape)
    throw std::invalid_argument(std::string("[") + op + "] out has shape " + shape_str(o.shape) +
                                ", the result has shape " + shape_str(r.shape));
  if (!can_cast_same_kind(r.dtype, o.dtype))
    throw dp::TypeError(std::string("[") + op + "] cannot cast the result from " +
                        name_of(r.dtype) + " to " + name_of(o.dtype) +
                        " with casting rule 'same_kind'");
  assign(o, r, op);
  return nb::borrow(out);
}

// ddof (NumPy) and correction (Array API) name the same thing; give at most one.
double correction_of(nb::handle ddof, nb::handle correction, const char* op) {
  if (!ddof.is_none() && !correction.is_none())
    throw std::invalid_argument(std::string("[") + op +
                                "] ddof and correction can't be provided simultaneously");
  nb::handle h = ddof.is_none() ? correction : ddof;
  if (h.is_none()) return 0.0;
  dp::Scalar v;
  if (PyBool_Check(h.ptr()) || !dpy::scalar_arg(h, v, nullptr, op) || v.kind == Kind::Complex)
    throw dp::TypeError(std::string("[") + op + "] " + (ddof.is_none() ? "correction" : "ddof") +
                        " must be a real number, not " + dpy::type_name_of(h) + " (" +
                        dpy::repr_of(h) + ")");
  return v.as_double();
}

using SumFn = Array (*)(const Array&, const Axes&, std::optional<DType>, bool);
using KeepFn = Array (*)(const Array&, const Axes&, bool);
using ArgFn = Array (*)(const Array&, std::optional<int64_t>, bool);
using VarFn = Array (*)(const Array&, const Axes&, double, std::optional<DType>, bool);

// initial= and where= (NumPy): absent unless initial is given or where is not True.
bool masked(nb::handle initial, nb::handle where) {
  return !initial.is_none() || !(where.is_none() || where.ptr() == Py_True);
}

// The options of a reduction with initial= / where= (ops/ufunc.h); `mask` keeps the where array.
ReduceOptions options(const char* op, const Array& a, nb::handle axis, std::optional<DType> dtype,
                      bool keepdims, nb::handle initial, nb::handle where,
                      std::optional<Array>& mask) {
  ReduceOptions o;
  o.axis = axes_of(axis, op);
  o.dtype = dtype;
  o.keepdims = keepdims;
  if (!initial.is_none()) {
    dp::Scalar v;
    if (PyBool_Check(initial.ptr()) ? false : !dpy::scalar_arg(initial, v, nullptr, op))
      throw dp::TypeError(std::string("[") + op + "] initial must be a number, not " +
                          dpy::type_name_of(initial));
    if (PyBool_Check(initial.ptr())) v = dp::Scalar::from_bool(initial.ptr() == Py_True);
    o.initial = v;
  }
  if (!(where.is_none() || where.ptr() == Py_True)) {
    if (where.ptr() == Py_False) {
      mask = full(a.shape, DType::Bool, dp::Scalar::from_bool(false), a.queue, a.usm_type());
    } else {
      const Array& w = array_arg(where, op);
      if (w.dtype != DType::Bool)
        throw dp::TypeError(std::string("[") + op + "] where must be a boolean array, not " +
                            name_of(w.dtype));
      mask = w;
    }
    o.where = &*mask;
  }
  return o;
}

template <SumFn F>
nb::object with_dtype(const char* op, nb::handle x, nb::handle axis, nb::handle dtype,
                      bool keepdims, nb::handle out, ReduceOp r = ReduceOp::Sum,
                      nb::handle initial = nb::none(), nb::handle where = nb::none()) {
  const Array& a = array_arg(x, op);
  if (masked(initial, where)) {
    std::optional<Array> mask;
    ReduceOptions o =
        options(op, a, axis, dpy::dtype_arg(dtype, op), keepdims, initial, where, mask);
    return finish(reduce_with(r, a, o), out, op);
  }
  return finish(F(a, axes_of(axis, op), dpy::dtype_arg(dtype, op), keepdims), out, op);
}

template <KeepFn F>
nb::object plain(const char* op, nb::handle x, nb::handle axis, bool keepdims, nb::handle out,
                 ReduceOp r = ReduceOp::Max, nb::handle initial = nb::none(),
                 nb::handle where = nb::none()) {
  const Array& a = array_arg(x, op);
  if (masked(initial, where)) {
    std::optional<Array> mask;
    ReduceOptions o = options(op, a, axis, std::nullopt, keepdims, initial, where, mask);
    return finish(reduce_with(r, a, o), out, op);
  }
  return finish(F(a, axes_of(axis, op), keepdims), out, op);
}

template <ArgFn F>
nb::object arg(const char* op, nb::handle x, nb::handle axis, bool keepdims, nb::handle out) {
  const Array& a = array_arg(x, op);
  return finish(F(a, axis_of(axis, op), keepdims), out, op);
}

template <VarFn F>
nb::object spread(const char* op, nb::handle x, nb::handle axis, nb::handle dtype, nb::handle ddof,
                  nb::handle correction, bool keepdims, nb::handle out) {
  const Array& a = array_arg(x, op);
  const double c = correction_of(ddof, correction, op);
  return finish(F(a, axes_of(axis, op), c, dpy::dtype_arg(dtype, op), keepdims), out, op);
}

nb::object cumsum_py(nb::handle x, nb::handle axis, nb::handle dtype, nb::handle out) {
  const Array& a = array_arg(x, "cumsum");
  return finish(cumsum(a, axis_of(axis, "cumsum"), dpy::dtype_arg(dtype, "cumsum")), out, "cumsum");
}

nb::object cumprod_py(nb::handle x, nb::handle axis, nb::handle dtype, nb::handle out) {
  const Array& a = array_arg(x, "cumprod");
  return finish(cumprod(a, axis_of(axis, "cumprod"), dpy::dtype_arg(dtype, "cumprod")), out,
                "cumprod");
}

// Registers name as a module function (x first) and, with `method`, as an ndarray method.
template <class F, class... Extra>
void def_both(nb::module_& m, const char* name, F f, const char* doc, const Extra&... extra) {
  m.def(name, f, nb::arg("x"), extra..., doc);
  dpy::add_array_method(name, f, extra..., doc);
}

}  // namespace

void init_reduction(nb::module_& m) {
  auto none = [](const char* n) { return nb::arg(n) = nb::none(); };

  auto sum_py = [](nb::handle x, nb::handle axis, nb::handle dtype, bool keepdims, nb::handle out,
                   nb::handle initial, nb::handle where) {
    return with_dtype<dp::sum>("sum", x, axis, dtype, keepdims, out, ReduceOp::Sum, initial, where);
  };
  auto prod_py = [](nb::handle x, nb::handle axis, nb::handle dtype, bool keepdims, nb::handle out,
                    nb::handle initial, nb::handle where) {
    return with_dtype<dp::prod>("prod", x, axis, dtype, keepdims, out, ReduceOp::Prod, initial,
                                where);
  };
  auto mean_py = [](nb::handle x, nb::handle axis, nb::handle dtype, bool keepdims, nb::handle out,
                    nb::handle where) {
    if (!masked(nb::none(), where))
      return with_dtype<dp::mean>("mean", x, axis, dtype, keepdims, out);
    const Array& a = array_arg(x, "mean");
    std::optional<Array> mask;
    ReduceOptions o = options("mean", a, axis, std::nullopt, keepdims, nb::none(), where, mask);
    return finish(mean_where(a, o.axis, dpy::dtype_arg(dtype, "mean"), keepdims, *o.where), out,
                  "mean");
  };
  def_both(m, "sum", sum_py,
           "Sum over axis (None: all; int or tuple). Bool and small ints accumulate in "
           "int64 / uint64 unless dtype is given; floats sum pairwise. initial is added once; "
           "elements where `where` is False are left out (NumPy).",
           none("axis"), none("dtype"), nb::kw_only(), nb::arg("keepdims") = false, none("out"),
           none("initial"), nb::arg("where").none() = true);
  def_both(m, "prod", prod_py, "Product over axis; dtype, initial and where as sum.", none("axis"),
           none("dtype"), nb::kw_only(), nb::arg("keepdims") = false, none("out"), none("initial"),
           nb::arg("where").none() = true);
  def_both(m, "mean", mean_py,
           "Arithmetic mean over axis; integers average in the default float type; where= "
           "averages the selected elements only.",
           none("axis"), none("dtype"), nb::kw_only(), nb::arg("keepdims") = false, none("out"),
           nb::arg("where").none() = true);

  auto var_py = [](nb::handle x, nb::handle axis, nb::handle dtype, nb::handle ddof,
                   nb::handle correction, bool keepdims, nb::handle out) {
    return spread<dp::var>("var", x, axis, dtype, ddof, correction, keepdims, out);
  };
  auto std_py = [](nb::handle x, nb::handle axis, nb::handle dtype, nb::handle ddof,
                   nb::handle correction, bool keepdims, nb::handle out) {
    return spread<dp::std_dev>("std", x, axis, dtype, ddof, correction, keepdims, out);
  };
  def_both(m, "var", var_py,
           "Variance over axis, dividing by N - correction (ddof); complex input gives a real "
           "result.",
           none("axis"), none("dtype"), nb::kw_only(), none("ddof"), none("correction"),
           nb::arg("keepdims") = false, none("out"));
  def_both(m, "std", std_py, "Standard deviation: the square root of var.", none("axis"),
           none("dtype"), nb::kw_only(), none("ddof"), none("correction"),
           nb::arg("keepdims") = false, none("out"));

  auto max_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out, nb::handle initial,
                   nb::handle where) {
    return plain<dp::max>("max", x, axis, keepdims, out, ReduceOp::Max, initial, where);
  };
  auto min_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out, nb::handle initial,
                   nb::handle where) {
    return plain<dp::min>("min", x, axis, keepdims, out, ReduceOp::Min, initial, where);
  };
  auto any_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out, nb::handle where) {
    return plain<dp::any>("any", x, axis, keepdims, out, ReduceOp::Any, nb::none(), where);
  };
  auto all_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out, nb::handle where) {
    return plain<dp::all>("all", x, axis, keepdims, out, ReduceOp::All, nb::none(), where);
  };
  const char* max_doc =
      "Maximum over axis; NaN propagates; an empty axis raises ValueError unless initial is "
      "given; where= needs initial (NumPy).";
  const char* min_doc =
      "Minimum over axis; NaN propagates; an empty axis raises ValueError unless initial is "
      "given; where= needs initial (NumPy).";
  def_both(m, "max", max_py, max_doc, none("axis"), nb::kw_only(), nb::arg("keepdims") = false,
           none("out"), none("initial"), nb::arg("where").none() = true);
  def_both(m, "min", min_py, min_doc, none("axis"), nb::kw_only(), nb::arg("keepdims") = false,
           none("out"), none("initial"), nb::arg("where").none() = true);
  m.def("amax", max_py, nb::arg("x"), none("axis"), nb::kw_only(), nb::arg("keepdims") = false,
        none("out"), none("initial"), nb::arg("where").none() = true, max_doc);
  m.def("amin", min_py, nb::arg("x"), none("axis"), nb::kw_only(), nb::arg("keepdims") = false,
        none("out"), none("initial"), nb::arg("where").none() = true, min_doc);
  def_both(m, "any", any_py, "True where any element along axis is non-zero.", none("axis"),
           nb::kw_only(), nb::arg("keepdims") = false, none("out"), nb::arg("where").none() = true);
  def_both(m, "all", all_py, "True where every element along axis is non-zero.", none("axis"),
           nb::kw_only(), nb::arg("keepdims") = false, none("out"), nb::arg("where").none() = true);

  auto argmax_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out) {
    return arg<dp::argmax>("argmax", x, axis, keepdims, out);
  };
  auto argmin_py = [](nb::handle x, nb::handle axis, bool keepdims, nb::handle out) {
    return arg<dp::argmin>("argmin", x, axis, keepdims, out);
  };
  def_both(m, "argmax", argmax_py,
           "Index (int64) of the first maximum along axis, or of the flattened array; the "
           "first NaN wins.",
           none("axis"), nb::kw_only(), nb::arg("keepdims") = false, none("out"));
  def_both(m, "argmin", argmin_py,
           "Index (int64) of the first minimum along axis, or of the flattened array; the "
           "first NaN wins.",
           none("axis"), nb::kw_only(), nb::arg("keepdims") = false, none("out"));

  def_both(m, "cumsum", &cumsum_py,
           "Inclusive cumulative sum along axis (None: over the flattened array); dtype rules "
           "as sum.",
           none("axis"), none("dtype"), nb::kw_only(), none("out"));
  m.def(
      "cumulative_sum",
      [](nb::handle x, nb::handle axis, nb::handle dtype, bool include_initial) {
        const char* op = "cumulative_sum";
        return dpy::wrap(cumulative_sum(array_arg(x, op), axis_of(axis, op),
                                        dpy::dtype_arg(dtype, op), include_initial));
      },
      nb::arg("x"), nb::kw_only(), none("axis"), none("dtype"), nb::arg("include_initial") = false,
      "Array API cumulative sum: axis may be omitted for 1-D input; include_initial prepends "
      "zeros along the axis.");

  def_both(m, "cumprod", &cumprod_py,
           "Inclusive cumulative product along axis (None: over the flattened array); dtype "
           "rules as prod.",
           none("axis"), none("dtype"), nb::kw_only(), none("out"));
  m.def(
      "cumulative_prod",
      [](nb::handle x, nb::handle axis, nb::handle dtype, bool include_initial) {
        const char* op = "cumulative_prod";
        return dpy::wrap(cumulative_prod(array_arg(x, op), axis_of(axis, op),
                                         dpy::dtype_arg(dtype, op), include_initial));
      },
      nb::arg("x"), nb::kw_only(), none("axis"), none("dtype"), nb::arg("include_initial") = false,
      "Array API cumulative product: axis may be omitted for 1-D input; include_initial "
      "prepends ones along the axis.");
  m.def(
      "count_nonzero",
      [](nb::handle x, nb::handle axis, bool keepdims) {
        const char* op = "count_nonzero";
        return dpy::wrap(count_nonzero(array_arg(x, op), axes_of(axis, op), keepdims));
      },
      nb::arg("x"), nb::kw_only(), none("axis"), nb::arg("keepdims") = false,
      "Number (int64) of non-zero elements over axis (None: all), counted on the device; NaN "
      "and complex values with a non-zero part count.");
}
