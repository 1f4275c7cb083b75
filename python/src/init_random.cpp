// dparray.random: the RandomState class (NumPy's legacy API with dpnp's device=,
// usm_type=, sycl_queue= keywords) and the process-wide state behind the module functions.
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <cmath>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/pcg64.h"
#include "dparray/ops/random.h"
#include "dparray/ops/random_dist.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

using dpy::Placement;

Placement placement(nb::handle device, nb::handle usm_type, nb::handle sycl_queue, const char* op) {
  return dpy::placement_arg(device, usm_type, sycl_queue, nb::none(), op);
}

// size=None is a 0-d array (the result stays on the device, as dpnp's).
Shape size_arg(nb::handle size, const char* op) {
  return size.is_none() ? Shape{} : dpy::shape_arg(size, op);
}

DType float_dtype(nb::handle dtype, const Queue& q, const char* op) {
  auto t = dpy::dtype_arg(dtype, op);
  return t ? *t : default_float(q->device());
}

double real_arg(nb::handle h, const char* name, const char* op) {
  Scalar s;
  if (!dpy::scalar_arg(h, s, nullptr, op) || s.kind == Kind::Complex)
    throw dp::TypeError(std::string("[") + op + "] " + name +
                        " must be a real Python scalar, not " +
                        nb::cast<std::string>(nb::str(nb::type_name(h.type()))));
  return s.as_double();
}

// An integer bound as a Python int; floats truncate toward zero, as NumPy's randint.
nb::object int_object(nb::handle h, const char* name) {
  if (PyFloat_Check(h.ptr())) return nb::steal(PyNumber_Long(h.ptr()));  // raises on inf / nan
  if (PyLong_Check(h.ptr()) || nb::hasattr(h, "__index__")) return h.attr("__index__")();
  throw dp::TypeError(std::string("[randint] ") + name + " must be an integer, not " +
                      nb::cast<std::string>(nb::str(nb::type_name(h.type()))));
}

// A Python int as a Scalar; values beyond int64 / uint64 fit no dtype.
Scalar int_scalar(nb::handle v, const char* name, DType t) {
  int overflow = 0;
  long long i = PyLong_AsLongLongAndOverflow(v.ptr(), &overflow);
  if (overflow == 0) return Scalar::from_int(i);
  if (overflow > 0) {
    unsigned long long u = PyLong_AsUnsignedLongLong(v.ptr());
    if (!PyErr_Occurred()) return Scalar::from_uint(u);
    PyErr_Clear();
  }
  throw std::invalid_argument(std::string("[randint] ") + name + " " +
                              nb::cast<std::string>(nb::str(v)) + " is out of bounds for " +
                              name_of(t));
}

Array randint_impl(RandomState& s, nb::handle low, nb::handle high, nb::handle size,
                   nb::handle dtype, const Placement& p) {
  auto t_opt = dpy::dtype_arg(dtype, "randint");
  const DType t = t_opt ? *t_opt : DType::Int64;
  nb::object lo = int_object(low, "low"), hi;
  if (high.is_none()) {
    hi = lo;
    lo = nb::int_(0);
    if (nb::cast<bool>(hi.attr("__le__")(0)))
      throw std::invalid_argument("[randint] high <= 0 (" + nb::cast<std::string>(nb::str(hi)) +
                                  ") with low omitted");
  } else {
    hi = int_object(high, "high");
  }
  if (nb::cast<bool>(lo.attr("__ge__")(hi)))
    throw std::invalid_argument("[randint] low >= high (" + nb::cast<std::string>(nb::str(lo)) +
                                " >= " + nb::cast<std::string>(nb::str(hi)) + ")");
  // The core takes the closed interval [low, high - 1]: it fits the dtype's range.
  nb::object last = hi.attr("__sub__")(1);
  Scalar l = int_scalar(lo, "low", t);
  Scalar h;
  try {
    h = int_scalar(last, "high", t);
  } catch (const std::invalid_argument&) {
    throw std::invalid_argument("[randint] high " + nb::cast<std::string>(nb::str(hi)) +
                                " is out of bounds for " + name_of(t));
  }
  return s.integers(size_arg(size, "randint"), l, h, t, p.q, p.usm, "randint");
}

// An integer in [0, 2**64): TypeError for non-integers, ValueError outside (as NumPy's seed).
uint64_t uint64_arg(nb::handle h, const char* op, const char* what) {
  if (PyBool_Check(h.ptr()) || !PyIndex_Check(h.ptr()))
    throw dp::TypeError(std::string("[") + op + "] " + what + " must be an integer, not " +
                        dpy::type_name_of(h) + " (" + dpy::repr_of(h) + ")");
  nb::object v = nb::steal(PyNumber_Index(h.ptr()));
  if (!v.is_valid()) throw nb::python_error();
  unsigned long long r = PyLong_AsUnsignedLongLong(v.ptr());
  if (r == static_cast<unsigned long long>(-1) && PyErr_Occurred()) {
    PyErr_Clear();
    throw std::invalid_argument(std::string("[") + op + "] " + what +
                                " must be between 0 and 2**64 - 1, got " + dpy::repr_of(v));
  }
  return r;
}

uint64_t seed_arg(nb::handle h) { return uint64_arg(h, "seed", "seed"); }

using U64Pair = std::tuple<uint64_t, uint64_t>;

u128 join128(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }
U64Pair split128(u128 v) { return {static_cast<uint64_t>(v >> 64), static_cast<uint64_t>(v)}; }

#define DP_PLACE                                                    \
  nb::arg("device") = nb::none(), nb::arg("usm_type") = nb::none(), \
  nb::arg("sycl_queue") = nb::none()

}  // namespace

void init_random(nb::module_& m) {
  nb::class_<RandomState> cls(m, "RandomState",
                              "A stream of Philox4x32-10 random numbers: the same seed gives the "
                              "same numbers on every device.");
  cls.def(
         "__init__",
         [](RandomState* self, nb::handle seed) {
           if (seed.is_none())
             new (self) RandomState();
           else
             new (self) RandomState(seed_arg(seed));
         },
         nb::arg("seed") = nb::none())
      .def(
          "seed",
          [](RandomState& s, nb::handle seed) {
            if (seed.is_none())
              s.reseed_from_entropy();
            else
              s.seed(seed_arg(seed));
          },
          nb::arg("seed") = nb::none(), "Restarts the stream of `seed` (None: fresh entropy).")
      .def(
          "get_state",
          [](const RandomState& s) { return std::make_tuple(s.seed_value(), s.counter()); },
          "The state as (seed, counter).")
      .def(
          "set_state",
          [](RandomState& s, nb::handle st) {
            if (!PyTuple_Check(st.ptr()) || PyTuple_GET_SIZE(st.ptr()) != 2)
              throw dp::TypeError("[set_state] state must be a (seed, counter) tuple, not " +
                                  dpy::repr_of(st));
            s.set_state(uint64_arg(PyTuple_GET_ITEM(st.ptr(), 0), "set_state", "seed"),
                        uint64_arg(PyTuple_GET_ITEM(st.ptr(), 1), "set_state", "counter"));
          },
          nb::arg("state"), "Restores a state from get_state().")
      .def(
          "rand",
          [](RandomState& s, nb::args shape, nb::handle device, nb::handle usm, nb::handle sq) {
            Placement p = placement(device, usm, sq, "rand");
            return s.uniform(dpy::shape_arg(shape, "rand"), 0.0, 1.0, default_float(p.q->device()),
                             p.q, p.usm, "rand");
          },
          nb::arg("shape"), DP_PLACE, "Uniform floats in [0, 1) of the given dimensions.")
      .def(
          "randn",
          [](RandomState& s, nb::args shape, nb::handle device, nb::handle usm, nb::handle sq) {
            Placement p = placement(device, usm, sq, "randn");
            return s.normal(dpy::shape_arg(shape, "randn"), 0.0, 1.0, default_float(p.q->device()),
                            p.q, p.usm, "randn");
          },
          nb::arg("shape"), DP_PLACE, "Standard normal floats of the given dimensions.")
      .def(
          "random_sample",
          [](RandomState& s, nb::handle size, nb::handle dtype, nb::handle device, nb::handle usm,
             nb::handle sq) {
            Placement p = placement(device, usm, sq, "random_sample");
            return s.uniform(size_arg(size, "random_sample"), 0.0, 1.0,
                             float_dtype(dtype, p.q, "random_sample"), p.q, p.usm, "random_sample");
          },
          nb::arg("size") = nb::none(), nb::kw_only(), nb::arg("dtype") = nb::none(), DP_PLACE,
          "Uniform floats in [0, 1).")
      .def(
          "uniform",
          [](RandomState& s, nb::handle low, nb::handle high, nb::handle size, nb::handle dtype,
             nb::handle device, nb::handle usm, nb::handle sq) {
            Placement p = placement(device, usm, sq, "uniform");
            return s.uniform(size_arg(size, "uniform"), real_arg(low, "low", "uniform"),
                             real_arg(high, "high", "uniform"), float_dtype(dtype, p.q, "uniform"),
                             p.q, p.usm, "uniform");
          },
          nb::arg("low") = 0.0, nb::arg("high") = 1.0, nb::arg("size") = nb::none(), nb::kw_only(),
          nb::arg("dtype") = nb::none(), DP_PLACE, "Uniform floats in [low, high).")
      .def(
          "normal",
          [](RandomState& s, nb::handle loc, nb::handle scale, nb::handle size, nb::handle dtype,
             nb::handle device, nb::handle usm, nb::handle sq) {
            Placement p = placement(device, usm, sq, "normal");
            return s.normal(size_arg(size, "normal"), real_arg(loc, "loc", "normal"),
                            real_arg(scale, "scale", "normal"), float_dtype(dtype, p.q, "normal"),
                            p.q, p.usm, "normal");
          },
          nb::arg("loc") = 0.0, nb::arg("scale") = 1.0, nb::arg("size") = nb::none(), nb::kw_only(),
          nb::arg("dtype") = nb::none(), DP_PLACE,
          "Normal floats of mean loc and standard deviation scale.")
      .def(
          "standard_normal",
          [](RandomState& s, nb::handle size, nb::handle dtype, nb::handle device, nb::handle usm,
             nb::handle sq) {
            Placement p = placement(device, usm, sq, "standard_normal");
            return s.normal(size_arg(size, "standard_normal"), 0.0, 1.0,
                            float_dtype(dtype, p.q, "standard_normal"), p.q, p.usm,
                            "standard_normal");
          },
          nb::arg("size") = nb::none(), nb::kw_only(), nb::arg("dtype") = nb::none(), DP_PLACE,
          "Standard normal floats.")
      .def(
          "randint",
          [](RandomState& s, nb::handle low, nb::handle high, nb::handle size, nb::handle dtype,
             nb::handle device, nb::handle usm, nb::handle sq) {
            return randint_impl(s, low, high, size, dtype, placement(device, usm, sq, "randint"));
          },
          nb::arg("low"), nb::arg("high") = nb::none(), nb::arg("size") = nb::none(),
          nb::arg("dtype") = nb::none(), nb::kw_only(), DP_PLACE,
          "Integers in [low, high) (or [0, low) without high); dtype defaults to int64.");

  m.def(
      "_random_dist",
      [](RandomState& s, int dist, const std::vector<Array>& params, const Array& out) {
        nb::gil_scoped_release release;
        random_dist(s, dist, params, out);
      },
      nb::arg("state"), nb::arg("dist"), nb::arg("params"), nb::arg("out"),
      "Fills `out` with draws of distribution `dist` (random_dist.cl ids) from `state`.");
  m.def("_random_dist_params", &random_dist_params, nb::arg("dist"));
  // PCG64: 128-bit values travel as (high, low) 64-bit halves.
  m.def(
      "_pcg64_seeded",
      [](uint64_t s_hi, uint64_t s_lo, uint64_t q_hi, uint64_t q_lo) {
        Pcg64 g = pcg64_seeded(join128(s_hi, s_lo), join128(q_hi, q_lo));
        return std::tuple_cat(split128(g.state), split128(g.inc));
      },
      "(state_hi, state_lo, inc_hi, inc_lo) of NumPy's pcg64_set_seed(initstate, initseq).");
  m.def(
      "_pcg64_advance",
      [](uint64_t s_hi, uint64_t s_lo, uint64_t i_hi, uint64_t i_lo, uint64_t d_hi, uint64_t d_lo) {
        Pcg64 g{join128(s_hi, s_lo), join128(i_hi, i_lo)};
        pcg64_advance(g, join128(d_hi, d_lo));
        return split128(g.state);
      },
      "The state (hi, lo) `delta` steps ahead.");
  m.def(
      "_pcg64_fill",
      [](uint64_t s_hi, uint64_t s_lo, uint64_t i_hi, uint64_t i_lo, const Array& out) {
        Pcg64 g{join128(s_hi, s_lo), join128(i_hi, i_lo)};
        {
          nb::gil_scoped_release release;
          pcg64_fill(g, out);
        }
        return split128(g.state);
      },
      "Fills uint64 (raw) or float64 `out` with the next draws; returns the new state.");

  m.def(
      "_global_random_state", []() { return &global_random_state(); }, nb::rv_policy::reference,
      "The RandomState behind the functions of dparray.random.");
}
