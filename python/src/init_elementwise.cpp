// Every op of the elementwise catalogue as a dparray.ufunc (init_ufunc.cpp), plus clip/round
// wrappers.
#include <nanobind/stl/string.h>

#include <cmath>
#include <utility>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/elementwise_args.h"
#include "dparray/runtime/errors.h"
#include "init.h"
#include "ufunc.h"

using namespace dp;

namespace {

nb::object run(OpId id, std::initializer_list<nb::handle> args, nb::handle out) {
  Operand ops[3];
  int n = 0;
  const char* name = op_info(id).name;
  for (nb::handle h : args) ops[n++] = dpy::operand_arg(h, name);
  if (out.is_none()) return dpy::wrap(dp::apply(id, ops, n));
  if (!dpy::is_array(out))
    throw dp::TypeError(std::string("[") + name + "] out must be a dparray.ndarray");
  dp::apply(id, ops, n, &dpy::array_ref(out));
  return nb::borrow(out);
}

}  // namespace

void init_elementwise(nb::module_& m) {
  // Every catalogue op is a dparray.ufunc (init_ufunc.cpp); clip and round are wrapped below.
  dpy::register_ufunc_type(m);
  for (int i = 0; i < kNumElementwiseOps; ++i) {
    OpId id = static_cast<OpId>(i);
    if (id == OpId::clip || id == OpId::round) continue;  // wrapped below
    m.attr(op_info(id).name) = dpy::make_ufunc(id);
  }

  m.def(
      "clip",
      [](nb::handle x, nb::handle lo, nb::handle hi, nb::handle out) -> nb::object {
        if (!dpy::is_array(x)) throw dp::TypeError("[clip] x must be a dparray.ndarray");
        if (lo.is_none() && hi.is_none()) {
          const Array& a = dpy::array_ref(x);
          if (out.is_none()) return dpy::wrap(copy_array(a, a.dtype, a.usm_type()));
          assign(dpy::array_ref(out), a, "clip");
          return nb::borrow(out);
        }
        if (lo.is_none()) return run(OpId::minimum, {x, hi}, out);
        if (hi.is_none()) return run(OpId::maximum, {x, lo}, out);
        return run(OpId::clip, {x, lo, hi}, out);
      },
      nb::arg("x"), nb::arg("min") = nb::none(), nb::arg("max") = nb::none(), nb::kw_only(),
      nb::arg("out") = nb::none(), "Clamp x to [min, max]; NaN propagates.");

  m.def(
      "round",
      [](nb::handle x, nb::handle decimals_h, nb::handle out) -> nb::object {
        const int64_t d64 = dpy::int_arg(decimals_h, "round", "decimals");
        if (d64 < INT32_MIN || d64 > INT32_MAX)  // NumPy: a C int
          throw std::overflow_error("[round] decimals " + std::to_string(d64) +
                                    " does not fit a 32-bit integer");
        const int decimals = static_cast<int>(d64);
        if (!dpy::is_array(x)) throw dp::TypeError("[round] x must be a dparray.ndarray");
        if (!out.is_none() && !dpy::is_array(out))
          throw dp::TypeError("[round] out must be a dparray.ndarray");
        const Array& in = dpy::array_ref(x);
        // NumPy rounds bool through its float16 rint loop.
        Array a = in.dtype == DType::Bool ? astype(in, DType::Float16, true) : in;
        Array r;
        if (decimals == 0) {
          r = a;
        } else if (is_integral(a.dtype) && decimals > 0) {
          r = a;
        } else {
          // As NumPy: scale, round half to even, unscale (integers go through float64).
          Scalar s = Scalar::from_double(std::pow(10.0, std::abs(decimals)));
          OpId scale = decimals > 0 ? OpId::multiply : OpId::divide;
          OpId unscale = decimals > 0 ? OpId::divide : OpId::multiply;
          Array t = dp::apply(scale, {Operand::of(a), Operand::of(s)});
          t = dp::apply(OpId::round, {Operand::of(t)});
          r = dp::apply(unscale, {Operand::of(t), Operand::of(s)});
          if (is_integral(a.dtype)) r = astype(r, a.dtype, false);
          if (out.is_none()) return dpy::wrap(std::move(r));
          dp::apply(OpId::positive, {Operand::of(r)}, &dpy::array_ref(out));
          return nb::borrow(out);
        }
        if (out.is_none()) return dpy::wrap(dp::apply(OpId::round, {Operand::of(r)}));
        dp::apply(OpId::round, {Operand::of(r)}, &dpy::array_ref(out));
        return nb::borrow(out);
      },
      nb::arg("x"), nb::arg("decimals") = 0, nb::kw_only(), nb::arg("out") = nb::none(),
      "Round half to even to the given number of decimals.");

  // The Array API's names for catalogue ops named as NumPy's (acosh is arccosh, ...).
  for (const auto& [alias, name] : {std::pair{"acosh", "arccosh"},
                                    {"asinh", "arcsinh"},
                                    {"atanh", "arctanh"},
                                    {"conjugate", "conj"}})
    m.attr(alias) = m.attr(name);
}
