// Host loops: transcendental functions and rounding.
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_math_loops() {
  register_loops<fn::sqrt_fn>();
  register_loops<fn::exp_fn>();
  register_loops<fn::expm1_fn>();
  register_loops<fn::log_fn>();
  register_loops<fn::log1p_fn>();
  register_loops<fn::log2_fn>();
  register_loops<fn::log10_fn>();
  register_loops<fn::sin_fn>();
  register_loops<fn::cos_fn>();
  register_loops<fn::tan_fn>();
  register_loops<fn::arcsin_fn>();
  register_loops<fn::arccos_fn>();
  register_loops<fn::arctan_fn>();
  register_loops<fn::sinh_fn>();
  register_loops<fn::cosh_fn>();
  register_loops<fn::tanh_fn>();
  register_loops<fn::arctan2_fn>();
  register_loops<fn::arccosh_fn>();
  register_loops<fn::arcsinh_fn>();
  register_loops<fn::arctanh_fn>();
  register_loops<fn::reciprocal_fn>();
  register_loops<fn::logaddexp_fn>();
  register_loops<fn::logaddexp2_fn>();
  register_loops<fn::hypot_fn>();
  register_loops<fn::floor_fn>();
  register_loops<fn::ceil_fn>();
  register_loops<fn::trunc_fn>();
  register_loops<fn::round_fn>();
}
}  // namespace dp::host
