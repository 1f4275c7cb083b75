// Bytes the OpenCL backend has copied from device buffers into host memory
// (clEnqueueReadBuffer), process-wide: a test hook that shows an op kept its data on the
// device (tests/python/test_fft_device.py).
#pragma once
#include <cstdint>

namespace dp::ocl {

uint64_t bytes_read_to_host();
void count_read_to_host(uint64_t bytes);

}  // namespace dp::ocl
