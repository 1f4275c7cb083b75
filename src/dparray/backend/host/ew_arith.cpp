// Host loops: arithmetic, min / max / clip, selection.
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_arith_loops() {
  register_loops<fn::add_fn>();
  register_loops<fn::subtract_fn>();
  register_loops<fn::multiply_fn>();
  register_loops<fn::divide_fn>();
  register_loops<fn::floor_divide_fn>();
  register_loops<fn::remainder_fn>();
  register_loops<fn::pow_fn>();
  register_loops<fn::negative_fn>();
  register_loops<fn::positive_fn>();
  register_loops<fn::abs_fn>();
  register_loops<fn::sign_fn>();
  register_loops<fn::square_fn>();
  register_loops<fn::maximum_fn>();
  register_loops<fn::minimum_fn>();
  register_loops<fn::clip_fn>();
  register_loops<fn::where_fn>();
}
}  // namespace dp::host
