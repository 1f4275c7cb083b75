#include "dparray/backend/host/stream_triad.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/partitioner.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace dp::host {

double stream_triad_bandwidth(int64_t n, int repeats) {
  std::vector<double> a(n), b(n, 1.0), c(n, 2.0);
  const double s = 3.0;
  tbb::static_partitioner part;
  // First touch in parallel, as STREAM does, so pages spread over the cores' memory.
  tbb::parallel_for(
      tbb::blocked_range<int64_t>(0, n),
      [&](const tbb::blocked_range<int64_t>& r) {
        for (int64_t i = r.begin(); i < r.end(); ++i) a[i] = 0.0;
      },
      part);
  double best = 0;
  for (int k = 0; k < repeats; ++k) {
    auto t0 = std::chrono::steady_clock::now();
    tbb::parallel_for(
        tbb::blocked_range<int64_t>(0, n),
        [&](const tbb::blocked_range<int64_t>& r) {
          double* pa = a.data();
          const double* pb = b.data();
          const double* pc = c.data();
          for (int64_t i = r.begin(); i < r.end(); ++i) pa[i] = pb[i] + s * pc[i];
        },
        part);
    double dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::max(best, 3.0 * 8.0 * static_cast<double>(n) / dt);
  }
  return best;
}

}  // namespace dp::host
