// OpenBLAS keeps one global thread count; every host caller of BLAS / LAPACK that
// changes it does so under blas_mutex(), held for the duration of its calls.
#pragma once
#include <mutex>

namespace dp::host {

std::mutex& blas_mutex();
// Sets OpenBLAS's thread count to want, clamped to [1, the count it started with
// (OPENBLAS_NUM_THREADS or the cores)]. Call with blas_mutex() held.
void set_blas_threads(int want);

}  // namespace dp::host
