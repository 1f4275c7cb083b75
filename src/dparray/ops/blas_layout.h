// How a strided matrix looks to a row-major BLAS (OpenBLAS on the host, CLBlast
// on OpenCL): shared by the backends' matmul.
#pragma once
#include <algorithm>
#include <cstdint>

namespace dp {

// A matrix (rows x cols, element strides sr, sc) as row-major BLAS sees it:
// leading dimension ld, transposed when its columns are the contiguous axis.
struct BlasMat {
  bool ok = false, trans = false;
  int64_t ld = 1;
};

inline BlasMat blas_layout(int64_t rows, int64_t cols, int64_t sr, int64_t sc) {
  BlasMat m;
  if ((sc == 1 || cols == 1) && (rows == 1 || sr >= std::max<int64_t>(1, cols))) {
    m.ok = true;
    m.ld = rows == 1 ? std::max<int64_t>(1, cols) : sr;
  } else if ((sr == 1 || rows == 1) && (cols == 1 || sc >= std::max<int64_t>(1, rows))) {
    m.ok = m.trans = true;
    m.ld = cols == 1 ? std::max<int64_t>(1, rows) : sc;
  }
  return m;
}

}  // namespace dp
