#include "dparray/backend/opencl/program_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "dparray/backend/opencl/context.h"
#include "dparray/runtime/env_bytes.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

constexpr char kMagic[8] = {'D', 'P', 'C', 'L', 'B', 'I', 'N', '1'};
std::atomic<size_t> g_live_programs{0};

// Building and dropping programs (PoCL's LLVM modules and binaries, ~1 MiB each) under
// glibc's dynamic mmap threshold leaves the heap fragmented: RSS grew ~100 KiB per program
// with 256 cached. A fixed threshold (glibc's documented 128 KiB default) keeps such blocks
// mmap'ed and returned on free. Not done when the user chose one (MALLOC_MMAP_THRESHOLD_).
void fix_mmap_threshold() {
  static const bool done = [] {
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_")) mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    return true;
  }();
  (void)done;
}

bool make_dirs(const std::string& path) {
  for (size_t i = 1; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/') continue;
    std::string part = path.substr(0, i);
    if (mkdir(part.c_str(), 0755) != 0 && errno != EEXIST) return false;
  }
  return true;
}

std::string build_log(const Api* api, cl_program p, cl_device_id d) {
  size_t n = 0;
  api->clGetProgramBuildInfo(p, d, CL_PROGRAM_BUILD_LOG, 0, nullptr, &n);
  std::string log(n, '\0');
  if (n) api->clGetProgramBuildInfo(p, d, CL_PROGRAM_BUILD_LOG, n, log.data(), nullptr);
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

std::vector<unsigned char> program_binary(const Api* api, cl_program p) {
  size_t size = 0;
  if (api->clGetProgramInfo(p, CL_PROGRAM_BINARY_SIZES, sizeof(size), &size, nullptr) !=
          CL_SUCCESS ||
      size == 0)
    return {};
  std::vector<unsigned char> bin(size);
  unsigned char* ptr = bin.data();
  if (api->clGetProgramInfo(p, CL_PROGRAM_BINARIES, sizeof(ptr), &ptr, nullptr) != CL_SUCCESS)
    return {};
  return bin;
}

std::vector<unsigned char> read_cache_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return {};
  char magic[8];
  uint64_t size = 0;
  if (!f.read(magic, 8) || std::string(magic, 8) != std::string(kMagic, 8)) return {};
  if (!f.read(reinterpret_cast<char*>(&size), sizeof(size)) || size == 0 || size > (1u << 30))
    return {};
  std::vector<unsigned char> bin(size);
  if (!f.read(reinterpret_cast<char*>(bin.data()), size)) return {};
  return bin;
}

void write_cache_file(const std::string& path, const std::vector<unsigned char>& bin) {
  // Write aside, then rename: concurrent processes never see a partial file.
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f) return;
    uint64_t size = bin.size();
    f.write(kMagic, 8);
    f.write(reinterpret_cast<const char*>(&size), sizeof(size));
    f.write(reinterpret_cast<const char*>(bin.data()), bin.size());
    if (!f) {
      std::remove(tmp.c_str());
      return;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) std::remove(tmp.c_str());
}

}  // namespace

std::string hash_hex(const std::string& data) {
  // Two independent 64-bit hashes (FNV-1a and a multiply-rotate mix).
  uint64_t h1 = 1469598103934665603ull, h2 = 0x9E3779B97F4A7C15ull ^ data.size();
  for (unsigned char c : data) {
    h1 = (h1 ^ c) * 1099511628211ull;
    h2 = (h2 ^ c) * 0xff51afd7ed558ccdull;
    h2 = (h2 << 29) | (h2 >> 35);
  }
  h2 ^= h2 >> 33;
  h2 *= 0xc4ceb9fe1a85ec53ull;
  h2 ^= h2 >> 33;
  char buf[33];
  std::snprintf(buf, sizeof(buf), "%016llx%016llx", static_cast<unsigned long long>(h1),
                static_cast<unsigned long long>(h2));
  return buf;
}

std::string program_cache_dir() {
  std::string dir;
  if (const char* env = std::getenv("DPARRAY_CACHE_DIR"); env && *env) {
    dir = std::string(env) + "/opencl";
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    dir = std::string(xdg) + "/dparray/opencl";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    dir = std::string(home) + "/.cache/dparray/opencl";
  } else {
    return "";
  }
  return make_dirs(dir) ? dir : "";
}

size_t live_programs() { return g_live_programs.load(); }

Program::Program(const Api* api, cl_program program, cl_device_id device)
    : api_(api), program_(program), device_(device) {
  ++g_live_programs;
}

Program::~Program() {
  for (auto& [name, k] : kernels_) api_->clReleaseKernel(k.kernel);
  api_->clReleaseProgram(program_);
  --g_live_programs;
}

bool Program::has_kernel(const std::string& name) {
  try {
    kernel(name);
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

KernelEntry Program::kernel(const std::string& name) {
  std::lock_guard<std::mutex> lock(kernels_mutex_);
  auto it = kernels_.find(name);
  if (it != kernels_.end()) return it->second;
  cl_int err = CL_SUCCESS;
  cl_kernel k = api_->clCreateKernel(program_, name.c_str(), &err);
  if (err == CL_INVALID_KERNEL_NAME || !k)
    throw std::invalid_argument("[get_kernel] the program has no kernel named '" + name + "'");
  check(err, "get_kernel", "clCreateKernel");
  KernelEntry e{k, 1};
  api_->clGetKernelWorkGroupInfo(k, device_, CL_KERNEL_WORK_GROUP_SIZE, sizeof(size_t),
                                 &e.max_work_group, nullptr);
  if (e.max_work_group == 0) e.max_work_group = 1;
  kernels_.emplace(name, e);
  return e;
}

bool ProgramCache::driver_caches_kernels() const {
  return ctx_->platform_version.find("PoCL") != std::string::npos;
}

ProgramPtr ProgramCache::load_or_compile(const std::string& source, const std::string& options,
                                         bool keep_binary) {
  const Api* api = ctx_->api;
  cl_device_id dev = ctx_->device;
  const std::string dir = keep_binary ? program_cache_dir() : std::string();
  const std::string key = hash_hex(source + '\x01' + options + '\x01' + ctx_->info.name + '\x01' +
                                   ctx_->info.driver_version + '\x01' + ctx_->platform_version);
  const std::string path = dir.empty() ? "" : dir + "/" + key + ".bin";
  if (!path.empty()) {
    std::vector<unsigned char> bin = read_cache_file(path);
    if (!bin.empty()) {
      const unsigned char* ptr = bin.data();
      size_t size = bin.size();
      cl_int status = CL_SUCCESS, err = CL_SUCCESS;
      cl_program p =
          api->clCreateProgramWithBinary(ctx_->context, 1, &dev, &size, &ptr, &status, &err);
      if (p && err == CL_SUCCESS && status == CL_SUCCESS &&
          api->clBuildProgram(p, 1, &dev, options.c_str(), nullptr, nullptr) == CL_SUCCESS) {
        touch_cache_file(path);
        std::lock_guard<std::mutex> lock(mutex_);
        ++stats_.disk_hits;
        return std::make_shared<Program>(api, p, dev);
      }
      if (p) api->clReleaseProgram(p);  // stale or foreign binary: rebuild from source
    }
  }
  const char* src = source.c_str();
  size_t len = source.size();
  cl_int err = CL_SUCCESS;
  cl_program p = api->clCreateProgramWithSource(ctx_->context, 1, &src, &len, &err);
  check(err, "build_program", "clCreateProgramWithSource");
  err = api->clBuildProgram(p, 1, &dev, options.c_str(), nullptr, nullptr);
  if (err != CL_SUCCESS) {
    std::string log = build_log(api, p, dev);
    api->clReleaseProgram(p);
    throw BuildError("[build_program] OpenCL build failed on '" + ctx_->info.name + "' (" +
                     error_name(err) + ")" +
                     (options.empty() ? "" : " with options '" + options + "'") + ":\n" + log);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++stats_.compiles;
  }
  if (!path.empty()) {
    std::vector<unsigned char> bin = program_binary(api, p);
    if (!bin.empty()) {
      write_cache_file(path, bin);
      evict_disk_cache(dir, disk_cache_limit(), path, ".bin");
    }
  }
  return std::make_shared<Program>(api, p, dev);
}

size_t ProgramCache::capacity_locked() {
  if (!capacity_set_) {
    capacity_ = static_cast<size_t>(
        env_count("DPARRAY_PROGRAM_CACHE_SIZE").value_or(kDefaultProgramCacheSize));
    capacity_set_ = true;
  }
  return capacity_;
}

ProgramPtr ProgramCache::remember_locked(std::string key, ProgramPtr p) {
  auto it = by_source_.find(key);
  if (it != by_source_.end()) {  // another thread built it first: keep one
    lru_.splice(lru_.begin(), lru_, it->second.pos);
    return it->second.program;
  }
  const size_t cap = capacity_locked();
  if (cap == 0) return p;
  lru_.push_front(key);
  by_source_.emplace(std::move(key), Entry{p, lru_.begin()});
  while (by_source_.size() > cap) {
    by_source_.erase(lru_.back());  // a program in use lives on through its shared_ptr
    lru_.pop_back();
    ++stats_.evictions;
  }
  return p;
}

ProgramPtr ProgramCache::build(const std::string& source, const std::string& options,
                               bool keep_binary) {
  fix_mmap_threshold();
  std::string mkey = options + '\x01' + source;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    capacity_locked();  // a malformed DPARRAY_PROGRAM_CACHE_SIZE raises before compiling
    auto it = by_source_.find(mkey);
    if (it != by_source_.end()) {
      ++stats_.memory_hits;
      lru_.splice(lru_.begin(), lru_, it->second.pos);
      return it->second.program;
    }
  }
  ProgramPtr p = load_or_compile(source, options, keep_binary);
  std::lock_guard<std::mutex> lock(mutex_);
  return remember_locked(std::move(mkey), std::move(p));
}

ProgramPtr ProgramCache::get(const std::string& key, const std::function<std::string()>& gen,
                             const std::string& options) {
  std::string k = options + '\x01' + key;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = by_key_.find(k);
    if (it != by_key_.end()) return it->second;
  }
  ProgramPtr p = build(gen(), options, !driver_caches_kernels());
  std::lock_guard<std::mutex> lock(mutex_);
  by_key_.emplace(std::move(k), p);
  return p;
}

ProgramCache::Stats ProgramCache::stats() {
  std::lock_guard<std::mutex> lock(mutex_);
  Stats s = stats_;
  s.entries = by_source_.size();
  s.capacity = capacity_locked();
  return s;
}

}  // namespace dp::ocl
