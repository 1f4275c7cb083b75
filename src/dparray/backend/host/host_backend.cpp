// The host backend: the machine's CPU as one device, memory from the caching
// allocator, commands on HostQueue.
#include <sched.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <thread>

#include "dparray/backend/host/allocator.h"
#include "dparray/backend/host/host_device.h"
#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/runtime/registry.h"

namespace dp::host {

namespace {

class HostBuffer final : public Buffer {
 public:
  HostBuffer(Device d, UsmType usm, size_t n)
      : Buffer(std::move(d), usm, n), ptr_(host::allocate(n ? n : 1)) {}
  ~HostBuffer() override { host::deallocate(ptr_, nbytes_ ? nbytes_ : 1); }
  void* host_ptr() const override { return ptr_; }

 private:
  void* ptr_;
};

std::string cpu_model_name() {
  std::ifstream f("/proc/cpuinfo");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("model name", 0) == 0) {
      auto p = line.find(':');
      if (p != std::string::npos) return line.substr(p + 2);
    }
  return "Host CPU";
}

std::string cpu_vendor() {
  std::ifstream f("/proc/cpuinfo");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("vendor_id", 0) == 0) {
      auto p = line.find(':');
      if (p != std::string::npos) return line.substr(p + 2);
    }
  return "unknown";
}

class HostBackend final : public Backend {
 public:
  BackendKind kind() const override { return BackendKind::Host; }

  std::vector<Platform> platforms() override {
    DeviceInfo info;
    info.name = cpu_model_name();
    info.vendor = cpu_vendor();
    info.driver_version = "dparray host 0.1.0";
    info.version = "dparray host (oneTBB + SLEEF + OpenBLAS)";
    info.type = DeviceType::CPU;
    unsigned n = std::thread::hardware_concurrency();
    // The CPUs this process may run on (taskset, cgroups, mpirun's binding), as oneTBB counts.
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0 && CPU_COUNT(&allowed) > 0)
      n = static_cast<unsigned>(CPU_COUNT(&allowed));
    info.max_compute_units = n ? n : 1;
    info.max_work_group_size = 8192;
    struct sysinfo si;
    info.global_mem_size = sysinfo(&si) == 0 ? uint64_t(si.totalram) * si.mem_unit : 0;
    info.local_mem_size = 256 * 1024;
    info.fp64 = true;
    info.fp16 = true;
    info.max_sub_devices = info.max_compute_units;
    Platform p{BackendKind::Host, "dparray host", "dparray", "0.1.0", {}};
    p.devices.push_back(std::make_shared<HostDevice>(this, info, 0));
    return {p};
  }

  Queue make_queue(const Device& device, bool profiling) override {
    return std::make_shared<HostQueue>(device, profiling);
  }

  BufferPtr allocate(const Queue& q, size_t nbytes, UsmType usm) override {
    return std::make_shared<HostBuffer>(q->device(), usm, nbytes);
  }

  void write(const Queue& q, Buffer& dst, size_t off, const void* src, size_t n) override {
    q->wait();
    std::memcpy(static_cast<char*>(dst.host_ptr()) + off, src, n);
  }

  void read(const Queue& q, const Buffer& src, size_t off, void* dst, size_t n) override {
    q->wait();
    std::memcpy(dst, static_cast<const char*>(src.host_ptr()) + off, n);
  }

  OpExecutor& ops() override { return executor_; }

 private:
  HostExecutor executor_;
};

}  // namespace
}  // namespace dp::host

namespace dp {
std::unique_ptr<Backend> make_host_backend() { return std::make_unique<host::HostBackend>(); }
}  // namespace dp
