// The fft extension: dparray._core._fft, called by the thin python/dparray/fft.py (which
// gives each function its standard signature). Arguments are read and checked here.
#include <nanobind/stl/string.h>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/backend/opencl/transfer_count.h"
#include "dparray/ops/fft.h"
#include "dparray/runtime/errors.h"
#include "init.h"

using namespace dp;

namespace {

const Array& fft_input(nb::handle x, const char* op) {
  if (!dpy::is_array(x))
    throw dp::TypeError(std::string("[") + op + "] expected a dparray.ndarray, not " +
                        dpy::type_name_of(x));
  return dpy::array_ref(x);
}

// None is NumPy's default, "backward".
FftNorm norm_arg(nb::handle h, const char* op) {
  if (h.is_none()) return FftNorm::Backward;
  if (!nb::isinstance<nb::str>(h))
    throw std::invalid_argument(std::string("[") + op + "] invalid norm value " + dpy::repr_of(h) +
                                "; should be 'backward', 'ortho' or 'forward'");
  return fft_norm(nb::cast<std::string>(h), op);
}

std::optional<int64_t> n_arg(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  return dpy::int_arg(h, op, "n");
}

FftSizes sizes_arg(nb::handle h, const char* op, const char* what) {
  if (h.is_none()) return std::nullopt;
  return dpy::int_list_arg(h, op, what);
}

using OneAxis = Array (*)(const Array&, std::optional<int64_t>, int64_t, FftNorm);
using NAxes = Array (*)(const Array&, const FftSizes&, const FftSizes&, FftNorm, const char*);
using Freq = Array (*)(int64_t, double, std::optional<DType>, const Queue&, UsmType);

template <OneAxis F>
void def_one(nb::module_& f, const char* name) {
  f.def(
      name,
      [name](nb::handle x, nb::handle n, nb::handle axis, nb::handle norm) {
        return dpy::wrap(F(fft_input(x, name), n_arg(n, name), dpy::int_arg(axis, name, "axis"),
                           norm_arg(norm, name)));
      },
      nb::arg("x"), nb::arg("n").none(), nb::arg("axis").none(), nb::arg("norm").none());
}

// `name` is the Python function (fft2 calls fftn with its default axes).
template <NAxes F>
void def_n(nb::module_& f, const char* name) {
  f.def(
      name,
      [name](nb::handle x, nb::handle s, nb::handle axes, nb::handle norm) {
        return dpy::wrap(F(fft_input(x, name), sizes_arg(s, name, "s"),
                           sizes_arg(axes, name, "axes"), norm_arg(norm, name), name));
      },
      nb::arg("x"), nb::arg("s").none(), nb::arg("axes").none(), nb::arg("norm").none());
}

template <Freq F>
void def_freq(nb::module_& f, const char* name) {
  f.def(
      name,
      [name](nb::handle n, nb::handle d, nb::handle dtype, nb::handle device) {
        const double dv = d.is_none() ? 1.0 : PyFloat_AsDouble(d.ptr());
        if (dv == -1.0 && PyErr_Occurred()) {
          PyErr_Clear();
          throw dp::TypeError(std::string("[") + name + "] d must be a real number, not " +
                              dpy::type_name_of(d));
        }
        if (dv == 0.0)
          throw std::invalid_argument(std::string("[") + name + "] d must not be zero");
        dpy::Placement p = dpy::placement_arg(device, nb::none(), nb::none(), nb::none(), name);
        return dpy::wrap(
            F(dpy::int_arg(n, name, "n"), dv, dpy::dtype_arg(dtype, name), p.q, p.usm));
      },
      nb::arg("n"), nb::arg("d").none(), nb::arg("dtype").none(), nb::arg("device").none());
}

}  // namespace

void init_fft(nb::module_& m) {
  nb::module_ f = m.def_submodule("_fft", "The fft extension's C++ functions (see dparray.fft)");
  f.attr("AxisError") = m.attr("AxisError");  // dparray.fft.AxisError, as numpy.fft has none

  def_one<fft>(f, "fft");
  def_one<ifft>(f, "ifft");
  def_one<rfft>(f, "rfft");
  def_one<irfft>(f, "irfft");
  def_one<hfft>(f, "hfft");
  def_one<ihfft>(f, "ihfft");
  def_n<fftn>(f, "fftn");
  def_n<ifftn>(f, "ifftn");
  def_n<rfftn>(f, "rfftn");
  def_n<irfftn>(f, "irfftn");
  def_n<fftn>(f, "fft2");
  def_n<ifftn>(f, "ifft2");
  def_n<rfftn>(f, "rfft2");
  def_n<irfftn>(f, "irfft2");
  def_freq<fftfreq>(f, "fftfreq");
  def_freq<rfftfreq>(f, "rfftfreq");
  f.def(
      "fftshift",
      [](nb::handle x, nb::handle axes) {
        return dpy::wrap(fftshift(fft_input(x, "fftshift"), sizes_arg(axes, "fftshift", "axes")));
      },
      nb::arg("x"), nb::arg("axes").none());
  f.def(
      "ifftshift",
      [](nb::handle x, nb::handle axes) {
        return dpy::wrap(
            ifftshift(fft_input(x, "ifftshift"), sizes_arg(axes, "ifftshift", "axes")));
      },
      nb::arg("x"), nb::arg("axes").none());
  // Test hook: device-to-host bytes read by the OpenCL backend so far (test_fft_device.py).
  f.def("_opencl_bytes_read", [] { return ocl::bytes_read_to_host(); });
}
