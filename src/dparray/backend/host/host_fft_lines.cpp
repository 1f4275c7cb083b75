// pocketfft for the baseline ISA; see host_fft_lines.h.
// Every standard header pocketfft includes comes first, at global scope, so that including
// it inside our namespace below declares only pocketfft itself there.
#include "dparray/backend/host/host_fft_lines.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#define POCKETFFT_NO_MULTITHREADING
#define POCKETFFT_CACHE_SIZE 16  // plans (twiddles) of recent lengths, shared by the tasks

namespace dp::host::fft_base {
#include <pocketfft_hdronly.h>

#include "host_fft_lines.inc"
}  // namespace dp::host::fft_base
