// Host loops: comparisons, logical ops, classification.
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_compare_loops() {
  register_loops<fn::equal_fn>();
  register_loops<fn::not_equal_fn>();
  register_loops<fn::less_fn>();
  register_loops<fn::less_equal_fn>();
  register_loops<fn::greater_fn>();
  register_loops<fn::greater_equal_fn>();
  register_loops<fn::logical_and_fn>();
  register_loops<fn::logical_or_fn>();
  register_loops<fn::logical_xor_fn>();
  register_loops<fn::logical_not_fn>();
  register_loops<fn::isnan_fn>();
  register_loops<fn::isinf_fn>();
  register_loops<fn::isfinite_fn>();
}
}  // namespace dp::host
