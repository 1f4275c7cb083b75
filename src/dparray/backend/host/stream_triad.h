// A STREAM-style triad (a = b + s * c) over all cores: the machine's sustainable
// memory bandwidth, which elementwise ops and reductions are measured against.
#pragma once
#include <cstdint>

namespace dp::host {

// Best-of-`repeats` bandwidth in bytes per second for arrays of n doubles
// (counting 3 * 8 bytes per element, as STREAM does).
double stream_triad_bandwidth(int64_t n, int repeats);

}  // namespace dp::host
