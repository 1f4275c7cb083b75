#include "dparray/backend/opencl/device.h"

#include <cstdlib>
#include <cstring>
#include <numeric>
#include <stdexcept>

#include "dparray/backend/opencl/queue.h"
#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

std::string device_string(const Api* api, cl_device_id d, cl_device_info what) {
  size_t n = 0;
  if (api->clGetDeviceInfo(d, what, 0, nullptr, &n) != CL_SUCCESS || n == 0) return "";
  std::string s(n, '\0');
  if (api->clGetDeviceInfo(d, what, n, s.data(), nullptr) != CL_SUCCESS) return "";
  while (!s.empty() && (s.back() == '\0' || s.back() == ' ')) s.pop_back();
  return s;
}

template <class T>
T device_value(const Api* api, cl_device_id d, cl_device_info what, T fallback) {
  T v{};
  if (api->clGetDeviceInfo(d, what, sizeof(T), &v, nullptr) != CL_SUCCESS) return fallback;
  return v;
}

bool partitions_by_counts(const Api* api, cl_device_id d) {
  size_t n = 0;
  if (api->clGetDeviceInfo(d, CL_DEVICE_PARTITION_PROPERTIES, 0, nullptr, &n) != CL_SUCCESS)
    return false;
  std::vector<cl_device_partition_property> props(n / sizeof(cl_device_partition_property));
  if (props.empty() || api->clGetDeviceInfo(d, CL_DEVICE_PARTITION_PROPERTIES, n, props.data(),
                                            nullptr) != CL_SUCCESS)
    return false;
  for (auto p : props)
    if (p == CL_DEVICE_PARTITION_BY_COUNTS) return true;
  return false;
}

// DPARRAY_OPENCL_NO_FP64=1 makes every OpenCL device report no float64 support, so that
// the float32-only code paths can be tested on a device (PoCL) that has it.
bool fp64_disabled() {
  const char* e = std::getenv("DPARRAY_OPENCL_NO_FP64");
  return e && *e && std::strcmp(e, "0") != 0;
}

// Fine-grained SVM backs the buffers of a CPU device that shares host memory
// (DPARRAY_OPENCL_SVM=0 keeps plain buffers).
bool wants_host_svm(const Api* api, cl_device_id d, const DeviceInfo& info) {
  const char* e = std::getenv("DPARRAY_OPENCL_SVM");
  if (e && std::strcmp(e, "0") == 0) return false;
  if (info.type != DeviceType::CPU || !api->clSVMAlloc || !api->clSVMFree ||
      !api->clSetMemObjectDestructorCallback)
    return false;
  const auto svm = device_value<cl_device_svm_capabilities>(api, d, CL_DEVICE_SVM_CAPABILITIES, 0);
  return (svm & CL_DEVICE_SVM_FINE_GRAIN_BUFFER) &&
         device_value<cl_bool>(api, d, CL_DEVICE_HOST_UNIFIED_MEMORY, CL_FALSE);
}

}  // namespace

DeviceInfo query_device_info(const Api* api, cl_device_id d) {
  DeviceInfo info;
  info.name = device_string(api, d, CL_DEVICE_NAME);
  info.vendor = device_string(api, d, CL_DEVICE_VENDOR);
  info.driver_version = device_string(api, d, CL_DRIVER_VERSION);
  info.version = device_string(api, d, CL_DEVICE_VERSION);
  auto type = device_value<cl_device_type>(api, d, CL_DEVICE_TYPE, CL_DEVICE_TYPE_CPU);
  info.type = (type & CL_DEVICE_TYPE_GPU)   ? DeviceType::GPU
              : (type & CL_DEVICE_TYPE_CPU) ? DeviceType::CPU
                                            : DeviceType::Accelerator;
  info.max_compute_units = device_value<cl_uint>(api, d, CL_DEVICE_MAX_COMPUTE_UNITS, 1);
  info.max_work_group_size = device_value<size_t>(api, d, CL_DEVICE_MAX_WORK_GROUP_SIZE, 1);
  info.global_mem_size = device_value<cl_ulong>(api, d, CL_DEVICE_GLOBAL_MEM_SIZE, 0);
  info.local_mem_size = device_value<cl_ulong>(api, d, CL_DEVICE_LOCAL_MEM_SIZE, 0);
  info.fp64 = device_value<cl_device_fp_config>(api, d, CL_DEVICE_DOUBLE_FP_CONFIG, 0) != 0 &&
              !fp64_disabled();
  info.fp16 = device_string(api, d, CL_DEVICE_EXTENSIONS).find("cl_khr_fp16") != std::string::npos;
  info.max_sub_devices = partitions_by_counts(api, d)
                             ? device_value<cl_uint>(api, d, CL_DEVICE_PARTITION_MAX_SUB_DEVICES, 0)
                             : 0;
  if (info.max_sub_devices == 1) info.max_sub_devices = 0;
  return info;
}

DeviceContext::DeviceContext(const Api* a, cl_platform_id p, cl_device_id d)
    : api(a), platform(p), device(d), programs(this), pool(this) {
  info = query_device_info(api, device);
  base_align = device_value<cl_uint>(api, device, CL_DEVICE_MEM_BASE_ADDR_ALIGN, 1024) / 8;
  if (base_align == 0) base_align = 1;
  max_alloc = device_value<cl_ulong>(api, device, CL_DEVICE_MAX_MEM_ALLOC_SIZE, 0);
  auto fp32 = device_value<cl_device_fp_config>(api, device, CL_DEVICE_SINGLE_FP_CONFIG, 0);
  if (fp32 & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT)
    gen_options = "-cl-fp32-correctly-rounded-divide-sqrt";
  size_t n = 0;
  if (api->clGetPlatformInfo(platform, CL_PLATFORM_VERSION, 0, nullptr, &n) == CL_SUCCESS && n) {
    platform_version.resize(n);
    api->clGetPlatformInfo(platform, CL_PLATFORM_VERSION, n, platform_version.data(), nullptr);
  }
  cl_context_properties props[] = {CL_CONTEXT_PLATFORM,
                                   reinterpret_cast<cl_context_properties>(platform), 0};
  cl_int err = CL_SUCCESS;
  context = api->clCreateContext(props, 1, &device, nullptr, nullptr, &err);
  if (err != CL_SUCCESS) context = nullptr;
  host_svm = context && wants_host_svm(api, device, info);
}

DeviceContext::~DeviceContext() {
  pool.trim();
  free_dead_svm();
  if (context) api->clReleaseContext(context);
}

void DeviceContext::svm_track(cl_mem m, void* block) {
  std::lock_guard<std::mutex> lock(svm_mutex_);
  svm_blocks_[m] = block;
}

void DeviceContext::svm_dead(cl_mem m) {
  std::lock_guard<std::mutex> lock(svm_mutex_);
  auto it = svm_blocks_.find(m);
  if (it == svm_blocks_.end()) return;
  dead_svm_.push_back(it->second);
  svm_blocks_.erase(it);
}

void DeviceContext::free_dead_svm() {
  std::vector<void*> dead;
  {
    std::lock_guard<std::mutex> lock(svm_mutex_);
    dead.swap(dead_svm_);
  }
  for (void* p : dead) api->clSVMFree(context, p);
}

void DeviceContext::add_queue(OclQueue* q) {
  std::lock_guard<std::mutex> lock(queues_mutex_);
  queues_.push_back(q);
}

void DeviceContext::remove_queue(OclQueue* q) {
  std::lock_guard<std::mutex> lock(queues_mutex_);
  std::erase(queues_, q);
}

std::vector<std::pair<uint64_t, cl_event>> DeviceContext::queue_fences() {
  std::lock_guard<std::mutex> lock(queues_mutex_);
  std::vector<std::pair<uint64_t, cl_event>> out;
  for (OclQueue* q : queues_)
    if (cl_event e = q->retained_last()) out.emplace_back(q->id(), e);
  return out;
}

std::vector<Device> OclDevice::create_sub_devices(const std::vector<uint32_t>& counts) {
  const Api* api = ctx_->api;
  if (info_.max_sub_devices == 0)
    throw std::invalid_argument("[create_sub_devices] device '" + filter_string_ +
                                "' cannot be partitioned by counts");
  uint64_t total = std::accumulate(counts.begin(), counts.end(), uint64_t(0));
  if (counts.empty() || total > info_.max_compute_units || counts.size() > info_.max_sub_devices)
    throw std::invalid_argument("[create_sub_devices] cannot take " + std::to_string(total) +
                                " compute units in " + std::to_string(counts.size()) +
                                " sub-devices from device '" + filter_string_ + "' with " +
                                std::to_string(info_.max_compute_units));
  std::vector<cl_device_partition_property> props{CL_DEVICE_PARTITION_BY_COUNTS};
  for (uint32_t c : counts) {
    if (c == 0)
      throw std::invalid_argument(
          "[create_sub_devices] a sub-device needs at least one compute unit");
    props.push_back(static_cast<cl_device_partition_property>(c));
  }
  props.push_back(CL_DEVICE_PARTITION_BY_COUNTS_LIST_END);
  props.push_back(0);
  std::vector<cl_device_id> ids(counts.size());
  cl_uint got = 0;
  cl_int err = api->clCreateSubDevices(ctx_->device, props.data(), static_cast<cl_uint>(ids.size()),
                                       ids.data(), &got);
  if (err == CL_INVALID_DEVICE_PARTITION_COUNT || err == CL_DEVICE_PARTITION_FAILED ||
      err == CL_INVALID_VALUE)
    throw std::invalid_argument("[create_sub_devices] device '" + filter_string_ +
                                "' refused the partition: " + error_name(err));
  check(err, "create_sub_devices", "clCreateSubDevices");
  std::vector<Device> subs;
  for (cl_uint k = 0; k < got; ++k) {
    auto sub = std::make_shared<DeviceContext>(api, ctx_->platform, ids[k]);
    if (!sub->context) throw BackendError("[create_sub_devices] cannot create a context");
    auto d = std::make_shared<OclDevice>(backend_, sub, platform_index_);
    d->set_parent(shared_from_this());
    d->set_filter_string(filter_string_ + "." + std::to_string(k));
    subs.push_back(d);
  }
  return subs;
}

}  // namespace dp::ocl
