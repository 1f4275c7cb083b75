// pocketfft built with -mavx2 -mfma (CMake's *_avx2.cpp rule), called only after
// host_fft.cpp checked the CPU; see host_fft_lines.cpp.
#if defined(__AVX2__) && defined(__FMA__)
#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "dparray/backend/host/host_fft_lines.h"

#define POCKETFFT_NO_MULTITHREADING
#define POCKETFFT_CACHE_SIZE 16

namespace dp::host::fft_avx2 {
#include <pocketfft_hdronly.h>

#include "host_fft_lines.inc"
}  // namespace dp::host::fft_avx2
#endif
