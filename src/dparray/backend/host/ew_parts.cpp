// Host loops: sign bits, float neighbours and complex parts (exact, no libm).
#include "dparray/backend/host/elementwise_kernels.h"

namespace dp::host {
void register_parts_loops() {
  register_loops<fn::copysign_fn>();
  register_loops<fn::nextafter_fn>();
  register_loops<fn::signbit_fn>();
  register_loops<fn::conj_fn>();
  register_loops<fn::real_fn>();
  register_loops<fn::imag_fn>();
}
}  // namespace dp::host
