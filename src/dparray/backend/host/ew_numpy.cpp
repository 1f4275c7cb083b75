// Host loops: NumPy's further ufuncs (fabs ... bitwise_count, i0, the parts of modf / frexp).
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_numpy_loops() {
  register_loops<fn::fabs_fn>();
  register_loops<fn::float_power_fn>();
  register_loops<fn::fmod_fn>();
  register_loops<fn::gcd_fn>();
  register_loops<fn::lcm_fn>();
  register_loops<fn::heaviside_fn>();
  register_loops<fn::cbrt_fn>();
  register_loops<fn::exp2_fn>();
  register_loops<fn::deg2rad_fn>();
  register_loops<fn::radians_fn>();
  register_loops<fn::rad2deg_fn>();
  register_loops<fn::degrees_fn>();
  register_loops<fn::sinc_fn>();
  register_loops<fn::rint_fn>();
  register_loops<fn::ldexp_fn>();
  register_loops<fn::spacing_fn>();
  register_loops<fn::fmax_fn>();
  register_loops<fn::fmin_fn>();
  register_loops<fn::bitwise_count_fn>();
  register_loops<fn::i0_fn>();
  register_loops<fn::isposinf_fn>();
  register_loops<fn::isneginf_fn>();
  register_loops<fn::_modf_frac_fn>();
  register_loops<fn::_modf_whole_fn>();
  register_loops<fn::_frexp_mant_fn>();
  register_loops<fn::_frexp_exp_fn>();
  register_loops<fn::_divmod_quot_fn>();
}
}  // namespace dp::host
