// Programs built once per (source, options, device): kept in memory in an LRU of
// DPARRAY_PROGRAM_CACHE_SIZE entries per device (default kDefaultProgramCacheSize; a
// program in use stays alive through its shared_ptr after eviction), and as device
// binaries on disk ($DPARRAY_CACHE_DIR/opencl, else ~/.cache/dparray/opencl) keyed by a
// hash of source, options, device name and driver version. The disk cache holds at most
// DPARRAY_DISK_CACHE_LIMIT bytes (default kDefaultDiskCacheLimit): a hit refreshes the
// file's mtime, a write evicts the least recently used files. Kernel objects are made
// once per program and reused.
#pragma once
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "dparray/backend/opencl/loader.h"
#include "dparray/runtime/disk_cache.h"

namespace dp::ocl {

struct DeviceContext;

constexpr size_t kDefaultProgramCacheSize = 256;

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
  ProgramPtr build(const std::string& source, const std::string& options, bool keep_binary = true);
  // A generated program under a short key; gen() makes the source only on a miss. On drivers
  // that keep their own kernel cache (PoCL) it is not stored as a binary: reading PoCL's
  // binary compiles a generic variant of every kernel, doubling the first use (measured).
  ProgramPtr get(const std::string& key, const std::function<std::string()>& gen,
                 const std::string& options = "");

  struct Stats {
    size_t memory_hits = 0, disk_hits = 0, compiles = 0, evictions = 0;
    size_t entries = 0, capacity = 0;
  };
  Stats stats();

 private:
  ProgramPtr load_or_compile(const std::string& source, const std::string& options,
                             bool keep_binary);
  // Whether the driver caches compiled kernels on disk itself (PoCL, POCL_CACHE_DIR).
  bool driver_caches_kernels() const;
  size_t capacity_locked();
  // Inserts (or refreshes) key as the most recently used and evicts beyond capacity.
  ProgramPtr remember_locked(std::string key, ProgramPtr p);

  DeviceContext* ctx_;
  std::mutex mutex_;
  // LRU of built programs: the list holds keys, most recently used first.
  std::list<std::string> lru_;
  struct Entry {
    ProgramPtr program;
    std::list<std::string>::iterator pos;
  };
  std::unordered_map<std::string, Entry> by_source_;
  // Generated programs by short key: a bounded set (one per kernel variant dparray makes).
  std::unordered_map<std::string, ProgramPtr> by_key_;
  Stats stats_;
  size_t capacity_ = 0;
  bool capacity_set_ = false;
};

// Programs alive in the process (for tests of the cache's bounds).
size_t live_programs();

// The on-disk cache directory (created on first use); empty when unusable.
std::string program_cache_dir();
// The disk cache's cap and eviction are shared with the host kernels' cache (runtime/disk_cache.h).
using dp::disk_cache_limit;
// A 128-bit hash as 32 hex digits.
std::string hash_hex(const std::string& data);

}  // namespace dp::ocl
