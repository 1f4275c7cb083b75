// Programs built once per (source, options, device): kept in memory for the
// process, and as device binaries on disk ($DPARRAY_CACHE_DIR/opencl, else
// ~/.cache/dparray/opencl) keyed by a hash of source, options, device name and
// driver version. Kernel objects are made once per program and reused.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "dparray/backend/opencl/loader.h"

namespace dp::ocl {

struct DeviceContext;

struct KernelEntry {
  cl_kernel kernel = nullptr;
  size_t max_work_group = 1;  // CL_KERNEL_WORK_GROUP_SIZE
};

class Program {
 public:
  Program(const Api* api, cl_program program, cl_device_id device);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  cl_program handle() const { return program_; }
  bool has_kernel(const std::string& name);
  // The kernel named `name`, made once; throws std::invalid_argument when the
  // program has none. Hold mutex() while setting its arguments and enqueueing.
  KernelEntry kernel(const std::string& name);
  std::mutex& mutex() { return launch_mutex_; }

 private:
  const Api* api_;
  cl_program program_;
  cl_device_id device_;
  std::mutex kernels_mutex_, launch_mutex_;
  std::unordered_map<std::string, KernelEntry> kernels_;
};
using ProgramPtr = std::shared_ptr<Program>;

class ProgramCache {
 public:
  explicit ProgramCache(DeviceContext* ctx) : ctx_(ctx) {}

  // The program for source + options (memory, then disk, then the compiler);
  // throws dp::BuildError carrying the compiler's build log.
  ProgramPtr build(const std::string& source, const std::string& options);
  // A generated program under a short key; gen() makes the source only on a miss.
  ProgramPtr get(const std::string& key, const std::function<std::string()>& gen,
                 const std::string& options = "");

  struct Stats {
    size_t memory_hits = 0, disk_hits = 0, compiles = 0;
  };
  Stats stats();

 private:
  ProgramPtr load_or_compile(const std::string& source, const std::string& options);

  DeviceContext* ctx_;
  std::mutex mutex_;
  std::unordered_map<std::string, ProgramPtr> by_source_;
  std::unordered_map<std::string, ProgramPtr> by_key_;
  Stats stats_;
};

// The on-disk cache directory (created on first use); empty when unusable.
std::string program_cache_dir();
// A 128-bit hash as 32 hex digits.
std::string hash_hex(const std::string& data);

}  // namespace dp::ocl
