// Array creation: asarray, empty / zeros / ones / full (+ _like), arange, linspace, eye.
#include <nanobind/stl/string.h>

#include <algorithm>
#include <cmath>
#include <complex>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/array/astype_layout.h"
#include "dparray/array/int_semantics.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"
#include "gil.h"
#include "init.h"

using namespace dp;

namespace {

using dpy::Placement;

Placement placement(nb::handle device, nb::handle usm_type, nb::handle sycl_queue, nb::handle queue,
                    const char* op) {
  return dpy::placement_arg(device, usm_type, sycl_queue, queue, op);
}

// Placement for *_like: x's queue and usm_type unless overridden.
Placement like_placement(const Array& x, nb::handle device, nb::handle usm_type,
                         nb::handle sycl_queue, nb::handle queue, const char* op) {
  Placement p{x.queue, x.usm_type()};
  if (!device.is_none() || !sycl_queue.is_none() || !queue.is_none())
    p.q = placement(device, nb::none(), sycl_queue, queue, op).q;
  if (!usm_type.is_none()) p.usm = dpy::usm_arg(usm_type);
  return p;
}

DType dtype_or(nb::handle dtype, DType fallback, const char* op) {
  auto t = dpy::dtype_arg(dtype, op);
  return t ? *t : fallback;
}

// Dtype of a fill value: bool, int64, default float or default complex.
DType scalar_dtype(const Scalar& s, const Device& d) {
  switch (s.kind) {
    case Kind::Bool: return DType::Bool;
    case Kind::Signed: return DType::Int64;
    case Kind::Unsigned: return DType::UInt64;
    case Kind::Float: return default_float(d);
    default: return default_complex(d);
  }
}

Scalar fill_value_arg(nb::handle v, const char* op, std::optional<DType>* from_array) {
  Scalar s;
  if (dpy::is_array(v)) {
    const Array& a = dpy::array_ref(v);
    if (from_array) *from_array = a.dtype;
    if (!dpy::scalar_arg(dpy::item(a, op), s))
      throw dp::TypeError(std::string("[") + op + "] bad fill value");
    return s;
  }
  std::optional<DType> typed;
  if (!dpy::scalar_arg(v, s, &typed, op))
    throw dp::TypeError(std::string("[") + op + "] fill_value must be a Python scalar, not " +
                        nb::cast<std::string>(nb::str(nb::type_name(v.type()))));
  if (typed && from_array) *from_array = typed;  // a NumPy scalar keeps its dtype
  return s;
}

Array full_impl(const Shape& shape, nb::handle fill_value, nb::handle dtype, const Placement& p,
                const char* op) {
  std::optional<DType> arr_t;
  Scalar s = fill_value_arg(fill_value, op, &arr_t);
  DType t = dtype_or(dtype, arr_t ? *arr_t : scalar_dtype(s, p.q->device()), op);
  // NEP 50: a Python int must fit the dtype (a float is cast, as numpy.full does).
  if (s.kind == Kind::Signed || s.kind == Kind::Unsigned)
    dpy::check_scalar_fits(s, t, op, dpy::is_array(fill_value) ? nb::handle() : fill_value);
  if (is_integral(t) && (s.kind == Kind::Float || s.kind == Kind::Complex) &&
      !std::isfinite(s.as_double()))
    throw std::invalid_argument(std::string("[") + op + "] cannot convert float " +
                                std::to_string(s.as_double()) + " to " + name_of(t));
  return full(shape, t, s, p.q, p.usm, op);
}

// eye's k: a diagonal beyond the matrix (even one beyond int64, as NumPy) is empty.
int64_t diagonal_arg(nb::handle k, int64_t n_rows, int64_t n_cols) {
  try {
    return dpy::int_arg(k, "eye", "k");
  } catch (const std::overflow_error&) {
    PyErr_Clear();
    return PyObject_RichCompareBool(k.ptr(), nb::int_(0).ptr(), Py_GT) == 1 ? n_cols : -n_rows;
  }
}

// The array at obj[0][0]...[0] when obj is a nested list / tuple that holds arrays.
const Array* first_nested_array(nb::handle obj) {
  PyObject* p = obj.ptr();
  while (true) {
    if (PyList_Check(p) && PyList_GET_SIZE(p) > 0)
      p = PyList_GET_ITEM(p, 0);
    else if (PyTuple_Check(p) && PyTuple_GET_SIZE(p) > 0)
      p = PyTuple_GET_ITEM(p, 0);
    else
      break;
  }
  nb::handle h(p);
  return p != obj.ptr() && dpy::is_array(h) ? &dpy::array_ref(h) : nullptr;
}

// NumPy's like=: a dparray array lends its queue and usm_type to a creation call that names
// no placement; anything else is a TypeError (no other array type is produced here).
Placement placement_like(nb::handle device, nb::handle usm_type, nb::handle sycl_queue,
                         nb::handle queue, nb::handle like, const char* op) {
  if (like.is_none()) return placement(device, usm_type, sycl_queue, queue, op);
  if (!dpy::is_array(like))
    throw dp::TypeError(std::string("[") + op + "] like= must be a dparray.ndarray or None, not " +
                        nb::cast<std::string>(nb::str(nb::type_name(like.type()))));
  return like_placement(dpy::array_ref(like), device, usm_type, sycl_queue, queue, op);
}

// order= of empty / zeros / ones / full: 'C' or 'F' (NumPy rejects 'K' and 'A' there).
MemOrder creation_order(nb::handle order, const char* op) {
  if (order.is_none()) return MemOrder::C;
  const std::string s = dpy::str_arg(order, op, "order");
  if (s != "C" && s != "F" && s != "c" && s != "f")
    throw std::invalid_argument(std::string("[") + op +
                                "] only 'C' or 'F' order is permitted, not '" + s + "'");
  return s == "C" || s == "c" ? MemOrder::C : MemOrder::F;
}

// A new array's strides in column-major order: the fill is uniform, so relabelling the
// dense buffer's strides is the whole of order='F'.
Array in_order(Array r, MemOrder order) {
  if (order != MemOrder::F || r.ndim() < 2) return r;
  int64_t step = 1;
  for (int i = 0; i < r.ndim(); ++i) {
    r.strides[i] = step;
    step *= std::max<int64_t>(r.shape[i], 1);
  }
  return r;
}

// The layout of a *_like result: x's (strides_like) for order K / A / C / F, unless shape=
// changes the shape, when only 'F' is kept (NumPy falls back to C for K and A).
Array like_layout(Array r, const Array& x, nb::handle order, bool shape_given, const char* op) {
  const std::string s = order.is_none() ? "K" : dpy::str_arg(order, op, "order");
  std::string u = s;
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const MemOrder o = mem_order_arg(u, op);
  if (shape_given && r.shape != x.shape)
    return in_order(std::move(r), o == MemOrder::F ? o : MemOrder::C);
  if (r.ndim() >= 2) r.strides = strides_like(x, o);
  return r;
}

// shape= of a *_like call (None keeps x's shape).
Shape like_shape(const Array& x, nb::handle shape, const char* op) {
  return shape.is_none() ? x.shape : dpy::shape_arg(shape, op);
}

#define DP_PLACEMENT_ARGS                                                              \
  nb::kw_only(), nb::arg("dtype") = nb::none(), nb::arg("device") = nb::none(),        \
                 nb::arg("usm_type") = nb::none(), nb::arg("sycl_queue") = nb::none(), \
                 nb::arg("queue") = nb::none()

// NumPy's (dtype, order) positional pair, then the placement keywords and like=.
#define DP_ORDER_PLACEMENT_ARGS                                         \
  nb::arg("dtype") = nb::none(), nb::arg("order") = "C", nb::kw_only(), \
  nb::arg("device") = nb::none(), nb::arg("usm_type") = nb::none(),     \
  nb::arg("sycl_queue") = nb::none(), nb::arg("queue") = nb::none(), nb::arg("like") = nb::none()

// *_like: NumPy's (dtype, order='K', subok, shape) then the placement keywords.
#define DP_LIKE_ARGS                                                              \
  nb::arg("dtype") = nb::none(), nb::arg("order") = "K", nb::arg("subok") = true, \
  nb::arg("shape") = nb::none(), nb::kw_only(), nb::arg("device") = nb::none(),   \
  nb::arg("usm_type") = nb::none(), nb::arg("sycl_queue") = nb::none(),           \
  nb::arg("queue") = nb::none()

}  // namespace

void init_creation(nb::module_& m) {
  m.def(
      "asarray",
      [](nb::handle obj, nb::handle dtype, nb::handle order, nb::handle device, nb::handle copy,
         nb::handle usm_type, nb::handle sycl_queue, nb::handle queue,
         nb::handle like) -> nb::object {
        std::optional<DType> t = dpy::dtype_arg(dtype, "asarray");
        // As NumPy's asarray: 'C' / 'F' ask for that layout (a copy when x lacks it), 'K' / 'A'
        // (and None) keep x as it is.
        std::optional<MemOrder> o;
        if (!order.is_none()) {
          std::string s = dpy::str_arg(order, "asarray", "order");
          for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          const MemOrder m = mem_order_arg(s, "asarray");
          if (m == MemOrder::C || m == MemOrder::F) o = m;
        }
        const std::optional<bool> c = dpy::opt_bool_arg(copy, "asarray", "copy");
        const bool force_copy = c && *c;
        const bool no_copy = c && !*c;
        if (dpy::is_array(obj)) {
          const Array& x = dpy::array_ref(obj);
          Placement p = like_placement(x, device, usm_type, sycl_queue, queue, "asarray");
          const bool same_memory = p.q->device() == x.device() && p.usm == x.usm_type();
          const bool same_dtype = !t || *t == x.dtype;
          if (no_copy && !(same_memory && same_dtype))
            throw std::invalid_argument(
                "[asarray] copy=False but a copy is needed (another device, usm_type or dtype)");
          const bool same_layout = !o || has_layout(x, *o);
          if (no_copy && !same_layout)
            throw std::invalid_argument("[asarray] copy=False but order='" +
                                        std::string(1, static_cast<char>(*o)) + "' needs a copy");
          // Nothing to change: the very same object, as NumPy's asarray.
          if (!force_copy && same_dtype && same_layout && p.q == x.queue && p.usm == x.usm_type())
            return nb::borrow(obj);
          Array r;
          {
            dpy::gil_release release;
            r = to_queue(x, p.q, p.usm);
          }
          if (t) r = astype(r, *t, false);
          if (o) {
            r = astype(r, r.dtype, force_copy && r.buf == x.buf, *o);
          } else if (force_copy && r.buf == x.buf) {
            r = copy_array(r, r.dtype, r.usm_type());
          }
          return dpy::wrap(std::move(r));
        }
        if (no_copy)
          throw std::invalid_argument(
              "[asarray] copy=False but the data must be copied to the device");
        Placement p = placement_like(device, usm_type, sycl_queue, queue, like, "asarray");
        if (device.is_none() && sycl_queue.is_none() && queue.is_none() && like.is_none())
          if (const Array* inner = first_nested_array(obj)) {
            // Compute follows data: a list of arrays stays where they are (as dpctl).
            p.q = inner->queue;
            if (usm_type.is_none()) p.usm = inner->usm_type();
          }
        Array r = dpy::array_from_object(obj, t, p.q, p.usm);
        if (o == MemOrder::F) r = astype(r, r.dtype, false, MemOrder::F);
        return dpy::wrap(std::move(r));
      },
      nb::arg("obj").none(), nb::arg("dtype") = nb::none(), nb::arg("order") = nb::none(),
      nb::kw_only(), nb::arg("device") = nb::none(), nb::arg("copy") = nb::none(),
      nb::arg("usm_type") = nb::none(), nb::arg("sycl_queue") = nb::none(),
      nb::arg("queue") = nb::none(), nb::arg("like") = nb::none(),
      "An array from Python data, NumPy / DLPack arrays, or another dparray array (NumPy's "
      "asarray(a, dtype, order, *, device, copy, like) plus usm_type= / sycl_queue=).");

  m.def(
      "empty",
      [](nb::handle shape, nb::handle dtype, nb::handle order, nb::handle device, nb::handle usm,
         nb::handle sq, nb::handle q, nb::handle like) {
        Placement p = placement_like(device, usm, sq, q, like, "empty");
        const MemOrder o = creation_order(order, "empty");
        return in_order(empty(dpy::shape_arg(shape, "empty"),
                              dtype_or(dtype, default_float(p.q->device()), "empty"), p.q, p.usm),
                        o);
      },
      nb::arg("shape"), DP_ORDER_PLACEMENT_ARGS,
      "An uninitialised array (order 'C' row-major or 'F' column-major).");
  m.def(
      "zeros",
      [](nb::handle shape, nb::handle dtype, nb::handle order, nb::handle device, nb::handle usm,
         nb::handle sq, nb::handle q, nb::handle like) {
        Placement p = placement_like(device, usm, sq, q, like, "zeros");
        const MemOrder o = creation_order(order, "zeros");
        return in_order(full(dpy::shape_arg(shape, "zeros"),
                             dtype_or(dtype, default_float(p.q->device()), "zeros"),
                             Scalar::from_int(0), p.q, p.usm, "zeros"),
                        o);
      },
      nb::arg("shape"), DP_ORDER_PLACEMENT_ARGS, "An array of zeros (order 'C' or 'F').");
  m.def(
      "ones",
      [](nb::handle shape, nb::handle dtype, nb::handle order, nb::handle device, nb::handle usm,
         nb::handle sq, nb::handle q, nb::handle like) {
        Placement p = placement_like(device, usm, sq, q, like, "ones");
        const MemOrder o = creation_order(order, "ones");
        return in_order(full(dpy::shape_arg(shape, "ones"),
                             dtype_or(dtype, default_float(p.q->device()), "ones"),
                             Scalar::from_int(1), p.q, p.usm, "ones"),
                        o);
      },
      nb::arg("shape"), DP_ORDER_PLACEMENT_ARGS, "An array of ones (order 'C' or 'F').");
  m.def(
      "full",
      [](nb::handle shape, nb::handle value, nb::handle dtype, nb::handle order, nb::handle device,
         nb::handle usm, nb::handle sq, nb::handle q, nb::handle like) {
        Placement p = placement_like(device, usm, sq, q, like, "full");
        const MemOrder o = creation_order(order, "full");
        return in_order(full_impl(dpy::shape_arg(shape, "full"), value, dtype, p, "full"), o);
      },
      nb::arg("shape"), nb::arg("fill_value"), DP_ORDER_PLACEMENT_ARGS,
      "An array filled with fill_value (order 'C' or 'F').");

  m.def(
      "empty_like",
      [](const Array& x, nb::handle dtype, nb::handle order, nb::handle subok, nb::handle shape,
         nb::handle device, nb::handle usm, nb::handle sq, nb::handle q) {
        (void)subok;  // there are no ndarray subclasses to keep
        Placement p = like_placement(x, device, usm, sq, q, "empty_like");
        Array r = empty(like_shape(x, shape, "empty_like"), dtype_or(dtype, x.dtype, "empty_like"),
                        p.q, p.usm, "empty_like");
        return like_layout(std::move(r), x, order, !shape.is_none(), "empty_like");
      },
      nb::arg("x"), DP_LIKE_ARGS,
      "An uninitialised array like x (order 'K' keeps x's memory layout; shape= replaces the "
      "shape).");
  m.def(
      "zeros_like",
      [](const Array& x, nb::handle dtype, nb::handle order, nb::handle subok, nb::handle shape,
         nb::handle device, nb::handle usm, nb::handle sq, nb::handle q) {
        (void)subok;
        Placement p = like_placement(x, device, usm, sq, q, "zeros_like");
        Array r = full(like_shape(x, shape, "zeros_like"), dtype_or(dtype, x.dtype, "zeros_like"),
                       Scalar::from_int(0), p.q, p.usm, "zeros_like");
        return like_layout(std::move(r), x, order, !shape.is_none(), "zeros_like");
      },
      nb::arg("x"), DP_LIKE_ARGS, "Zeros like x (order= and shape= as numpy.zeros_like).");
  m.def(
      "ones_like",
      [](const Array& x, nb::handle dtype, nb::handle order, nb::handle subok, nb::handle shape,
         nb::handle device, nb::handle usm, nb::handle sq, nb::handle q) {
        (void)subok;
        Placement p = like_placement(x, device, usm, sq, q, "ones_like");
        Array r = full(like_shape(x, shape, "ones_like"), dtype_or(dtype, x.dtype, "ones_like"),
                       Scalar::from_int(1), p.q, p.usm, "ones_like");
        return like_layout(std::move(r), x, order, !shape.is_none(), "ones_like");
      },
      nb::arg("x"), DP_LIKE_ARGS, "Ones like x (order= and shape= as numpy.ones_like).");
  m.def(
      "full_like",
      [](const Array& x, nb::handle value, nb::handle dtype, nb::handle order, nb::handle subok,
         nb::handle shape, nb::handle device, nb::handle usm, nb::handle sq, nb::handle q) {
        (void)subok;
        Placement p = like_placement(x, device, usm, sq, q, "full_like");
        nb::object dt = dtype.is_none() ? dpy::dtype_object(x.dtype) : nb::borrow(dtype);
        Array r = full_impl(like_shape(x, shape, "full_like"), value, dt, p, "full_like");
        return like_layout(std::move(r), x, order, !shape.is_none(), "full_like");
      },
      nb::arg("x"), nb::arg("fill_value"), DP_LIKE_ARGS,
      "fill_value like x (order= and shape= as numpy.full_like).");

  m.def(
      "arange",
      [](nb::handle start, nb::handle stop, nb::handle step, nb::handle dtype, nb::handle device,
         nb::handle usm, nb::handle sq, nb::handle q) {
        Placement p = placement(device, usm, sq, q, "arange");
        Scalar s0 = Scalar::from_int(0), s1, st;
        nb::handle lo = stop.is_none() ? nb::handle() : start;
        nb::handle hi = stop.is_none() ? start : stop;
        if ((lo.is_valid() && !dpy::scalar_arg(lo, s0, nullptr, "arange")) ||
            !dpy::scalar_arg(hi, s1, nullptr, "arange") ||
            !dpy::scalar_arg(step, st, nullptr, "arange"))
          throw dp::TypeError("[arange] start, stop and step must be real numbers");
        for (const Scalar* s : {&s0, &s1, &st})
          if (s->kind == Kind::Complex)
            throw dp::TypeError("[arange] complex arguments are not supported");
        auto as_int = [](const Scalar& s) { return s.kind == Kind::Bool ? int64_t(s.b) : s.i; };
        // Integer arguments that all fit int64 count exactly; others as NumPy, in double.
        const bool all_int = s0.kind != Kind::Float && s1.kind != Kind::Float &&
                             st.kind != Kind::Float && s0.kind != Kind::Unsigned &&
                             s1.kind != Kind::Unsigned && st.kind != Kind::Unsigned;
        if (st.as_double() == 0) throw std::invalid_argument("[arange] step must not be zero");
        int64_t n;
        if (all_int) {
          const __int128 a = as_int(s0), b = as_int(s1), c = as_int(st);
          __int128 len = c > 0 ? (b - a + c - 1) / c : (a - b - c - 1) / (-c);
          if (len > INT64_MAX)
            throw std::invalid_argument(
                "[arange] array is too big; the range has more than "
                "2**63 - 1 elements");
          n = len > 0 ? static_cast<int64_t>(len) : 0;
        } else {
          double len = std::ceil((s1.as_double() - s0.as_double()) / st.as_double());
          if (!std::isfinite(len) || len > 9.0e18)
            throw std::invalid_argument("[arange] the length of the range is not finite");
          n = len > 0 ? static_cast<int64_t>(len) : 0;
        }
        const Device& dev = p.q->device();
        DType t = dtype_or(dtype, all_int ? DType::Int64 : default_float(dev), "arange");
        if (t == DType::Bool && n > 2)
          throw dp::TypeError("[arange] a bool range may have at most 2 elements, not " +
                              std::to_string(n));
        Array r = empty({n}, t, p.q, p.usm, "arange");
        if (n == 0) return r;
        // As NumPy: the first two values in the target dtype fix the increment.
        Scalar first = s0, delta = st;
        if (all_int) {
          first = Scalar::from_int(as_int(s0));
          delta = Scalar::from_int(as_int(st));
        } else if (is_integral(t) || t == DType::Bool) {
          auto trunc_of = [](double v) { return dp::float_to_int<int64_t>(v); };  // no UB
          const double a0 = s0.as_double();
          first = Scalar::from_int(trunc_of(a0));
          delta = Scalar::from_int(dp::wrap_sub(trunc_of(a0 + st.as_double()), first.i));
        } else {
          const double a0 = s0.as_double();
          first = Scalar::from_double(a0);
          delta = Scalar::from_double((a0 + st.as_double()) - a0);
        }
        if (is_integral(t)) {
          // As NumPy: the first two values, as Python ints, must fit the dtype.
          const double a0 = s0.as_double();
          if (!all_int && !(std::fabs(a0) < 9.2e18))
            throw std::overflow_error("[arange] Python integer " + dpy::repr_of(lo) +
                                      " out of bounds for " + name_of(t));
          const __int128 v0 = first.i;
          const __int128 v1 =
              all_int ? v0 + as_int(st) : __int128(dp::float_to_int<int64_t>(a0 + st.as_double()));
          for (__int128 v : {v0, v1}) {
            if (v < INT64_MIN || v > INT64_MAX)
              throw std::overflow_error("[arange] Python integer out of bounds for " +
                                        std::string(name_of(t)));
            const int64_t w = static_cast<int64_t>(v);
            dpy::check_scalar_fits(Scalar::from_int(w), t, "arange", nb::int_(w));
            if (n == 1) break;
          }
        }
        dev->backend().ops().iota(p.q, r, first, delta);
        return r;
      },
      nb::arg("start"), nb::arg("stop") = nb::none(), nb::arg("step") = 1, DP_PLACEMENT_ARGS);

  m.def(
      "linspace",
      [](nb::handle start, nb::handle stop, nb::handle num_h, nb::handle endpoint_h,
         nb::handle retstep_h, nb::handle dtype, nb::handle device, nb::handle usm, nb::handle sq,
         nb::handle q) -> nb::object {
        const int64_t num = dpy::dim_arg(num_h, "linspace", "num");
        const bool endpoint = dpy::bool_arg(endpoint_h, "linspace", "endpoint");
        const bool retstep = dpy::bool_arg(retstep_h, "linspace", "retstep");
        Placement p = placement(device, usm, sq, q, "linspace");
        const Device& dev = p.q->device();
        Scalar a, b;
        if (!dpy::scalar_arg(start, a, nullptr, "linspace") ||
            !dpy::scalar_arg(stop, b, nullptr, "linspace"))
          throw dp::TypeError("[linspace] start and stop must be numbers");
        const bool cplx = a.kind == Kind::Complex || b.kind == Kind::Complex;
        const DType want =
            dtype_or(dtype, cplx ? default_complex(dev) : default_float(dev), "linspace");
        // Values come from start + i * step in floating point (NumPy's formula); integer
        // dtypes take their floor.
        const DType compute = is_inexact(want) ? want
                              : cplx           ? default_complex(dev)
                                               : default_float(dev);
        const int64_t div = endpoint ? num - 1 : num;
        const std::complex<double> za = a.as_complex(), zb = b.as_complex();
        const std::complex<double> zstep =
            div > 0 ? (zb - za) / static_cast<double>(div) : std::complex<double>(NAN, 0);
        auto scalar_of = [&](std::complex<double> z) {
          return is_complex(compute) ? Scalar::from_complex(z) : Scalar::from_double(z.real());
        };
        Array r = empty({num}, compute, p.q, p.usm, "linspace");
        if (num > 0) {
          dev->backend().ops().iota(p.q, r, scalar_of(za),
                                    scalar_of(div > 0 ? zstep : std::complex<double>(0)));
          if (endpoint && num > 1) {
            Array last = r;
            last.offset += num - 1;
            last.shape = {};
            last.strides = {};
            assign_scalar(last, scalar_of(zb));
          }
        }
        if (!is_inexact(want) && want != DType::Bool && num > 0)
          r = dp::apply(OpId::floor, {Operand::of(r)});
        if (compute != want) r = astype(r, want, true);
        if (!retstep) return dpy::wrap(std::move(r));
        nb::object step = is_complex(compute)
                              ? nb::steal(PyComplex_FromDoubles(zstep.real(), zstep.imag()))
                              : nb::object(nb::float_(zstep.real()));
        return nb::make_tuple(dpy::wrap(std::move(r)), step);
      },
      nb::arg("start"), nb::arg("stop"), nb::arg("num") = 50, nb::kw_only(),
      nb::arg("endpoint") = true, nb::arg("retstep") = false, nb::arg("dtype") = nb::none(),
      nb::arg("device") = nb::none(), nb::arg("usm_type") = nb::none(),
      nb::arg("sycl_queue") = nb::none(), nb::arg("queue") = nb::none());

  m.def(
      "eye",
      [](nb::handle n_h, nb::handle m_h, nb::handle k_h, nb::handle dtype, nb::handle order,
         nb::handle device, nb::handle usm, nb::handle sq, nb::handle q, nb::handle like,
         nb::handle n_rows_h, nb::handle n_cols_h) {
        // NumPy spells the sizes N and M, the Array API n_rows and n_cols: either works.
        if (!n_rows_h.is_none() && !n_h.is_none())
          throw dp::TypeError("[eye] got both N and n_rows");
        if (!n_cols_h.is_none() && !m_h.is_none())
          throw dp::TypeError("[eye] got both M and n_cols");
        nb::handle rows = n_h.is_none() ? n_rows_h : n_h;
        nb::handle cols = m_h.is_none() ? n_cols_h : m_h;
        if (rows.is_none()) throw dp::TypeError("[eye] missing the number of rows (N)");
        const int64_t n_rows = dpy::dim_arg(rows, "eye", "N");
        const int64_t n_cols = cols.is_none() ? n_rows : dpy::dim_arg(cols, "eye", "M");
        const int64_t k = diagonal_arg(k_h, n_rows, n_cols);
        const MemOrder o = creation_order(order, "eye");
        Placement p = placement_like(device, usm, sq, q, like, "eye");
        DType t = dtype_or(dtype, default_float(p.q->device()), "eye");
        Array r = full({n_rows, n_cols}, t, Scalar::from_int(0), p.q, p.usm, "eye");
        int64_t len = k >= 0 ? std::min(n_rows, n_cols - k) : std::min(n_rows + k, n_cols);
        if (len > 0) {
          Array diag = r;
          diag.offset = k >= 0 ? k : -k * n_cols;
          diag.shape = {len};
          diag.strides = {n_cols + 1};
          assign_scalar(diag, Scalar::from_int(1));
        }
        if (o == MemOrder::F) r = astype(r, t, true, MemOrder::F);
        return r;
      },
      nb::arg("N") = nb::none(), nb::arg("M") = nb::none(), nb::arg("k") = 0,
      nb::arg("dtype") = nb::none(), nb::arg("order") = "C", nb::kw_only(),
      nb::arg("device") = nb::none(), nb::arg("usm_type") = nb::none(),
      nb::arg("sycl_queue") = nb::none(), nb::arg("queue") = nb::none(),
      nb::arg("like") = nb::none(), nb::arg("n_rows") = nb::none(), nb::arg("n_cols") = nb::none(),
      "An N x M array with ones on the k-th diagonal (NumPy's eye(N, M, k); the Array API's "
      "n_rows / n_cols keywords also work).");

  m.def(
      "copy", [](const Array& x) { return copy_array(x, x.dtype, x.usm_type()); }, nb::arg("x"));
  m.def(
      "astype",
      [](nb::handle x, nb::handle dtype, bool copy, nb::handle device) {
        nb::object r = dpy::astype_arg(x, dtype, copy);
        if (device.is_none()) return r;
        // device=: the standard's astype also moves the result (a copy when it moves)
        Queue q = dpy::queue_arg(device, nb::none(), "astype");
        const Array& a = nb::cast<const Array&>(r);
        if (a.queue->device() == q->device()) return r;
        Array moved;
        {
          dpy::gil_release release;
          moved = to_queue(a, q, a.usm_type());
        }
        return nb::cast(std::move(moved));
      },
      nb::arg("x"), nb::arg("dtype").none(), nb::kw_only(), nb::arg("copy") = true,
      nb::arg("device") = nb::none());
}
