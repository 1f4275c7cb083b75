#include "dparray/backend/host/blas_threads.h"

#include <cblas.h>

#include <algorithm>

namespace dp::host {

std::mutex& blas_mutex() {
  static std::mutex m;
  return m;
}

void set_blas_threads(int want) {
  static const int initial = openblas_get_num_threads();
  static int current = initial;
  want = std::max(1, std::min(want, initial));
  if (want != current) {
    openblas_set_num_threads(want);
    current = want;
  }
}

}  // namespace dp::host
