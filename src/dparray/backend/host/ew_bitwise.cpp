// Host loops: bitwise ops and shifts.
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_bitwise_loops() {
  register_loops<fn::bitwise_and_fn>();
  register_loops<fn::bitwise_or_fn>();
  register_loops<fn::bitwise_xor_fn>();
  register_loops<fn::bitwise_invert_fn>();
  register_loops<fn::left_shift_fn>();
  register_loops<fn::right_shift_fn>();
}
}  // namespace dp::host
