// Whether this machine can have a GPU at all, judged from device nodes alone, so
// that the default device is known without loading any OpenCL driver.
#pragma once
#include <string>

namespace dp {

// True when `dev_dir` (normally /dev) holds a node that GPU drivers open: DRM render
// or card nodes, NVIDIA's, AMD's KFD, WSL's dxg, Arm Mali, Qualcomm KGSL, Vivante.
bool gpu_device_nodes_present(const std::string& dev_dir = "/dev");

}  // namespace dp
