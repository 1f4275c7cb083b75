#include "dparray/backend/opencl/loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <map>
#include <mutex>

#include "dparray/runtime/errors.h"

namespace dp::ocl {

namespace {

void* open_library() {
  if (const char* env = std::getenv("DPARRAY_OPENCL_LIBRARY"); env && *env)
    return dlopen(env, RTLD_NOW | RTLD_LOCAL);
  if (void* h = dlopen("libOpenCL.so.1", RTLD_NOW | RTLD_LOCAL)) return h;
  return dlopen("libOpenCL.so", RTLD_NOW | RTLD_LOCAL);
}

}  // namespace

const Api* load_api() {
  void* h = open_library();
  if (!h) return nullptr;
  // One table per loaded library: dlopen of a loaded library returns its handle again,
  // so a second backend (tests, re-initialisation) reuses it instead of leaking another.
  static std::mutex mu;
  static std::map<void*, const Api*> tables;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = tables.find(h); it != tables.end()) {
    dlclose(h);  // drop the reference this call added
    return it->second;
  }
  auto* a = new Api();
  a->handle = h;
  bool ok = true;
#define DP_CL_RESOLVE(name)                                       \
  a->name = reinterpret_cast<decltype(&::name)>(dlsym(h, #name)); \
  if (!a->name) ok = false;
  DP_CL_FUNCTIONS(DP_CL_RESOLVE)
#undef DP_CL_RESOLVE
#define DP_CL_RESOLVE_OPTIONAL(name) a->name = reinterpret_cast<decltype(&::name)>(dlsym(h, #name));
  DP_CL_OPTIONAL_FUNCTIONS(DP_CL_RESOLVE_OPTIONAL)
#undef DP_CL_RESOLVE_OPTIONAL
  if (!ok) {
    delete a;
    dlclose(h);
    return nullptr;
  }
  tables[h] = a;
  return a;
}

std::string error_name(cl_int err) {
  switch (err) {
#define DP_CL_ERR(e) \
  case e: return #e;
    DP_CL_ERR(CL_SUCCESS)
    DP_CL_ERR(CL_DEVICE_NOT_FOUND)
    DP_CL_ERR(CL_DEVICE_NOT_AVAILABLE)
    DP_CL_ERR(CL_COMPILER_NOT_AVAILABLE)
    DP_CL_ERR(CL_MEM_OBJECT_ALLOCATION_FAILURE)
    DP_CL_ERR(CL_OUT_OF_RESOURCES)
    DP_CL_ERR(CL_OUT_OF_HOST_MEMORY)
    DP_CL_ERR(CL_PROFILING_INFO_NOT_AVAILABLE)
    DP_CL_ERR(CL_MEM_COPY_OVERLAP)
    DP_CL_ERR(CL_IMAGE_FORMAT_MISMATCH)
    DP_CL_ERR(CL_IMAGE_FORMAT_NOT_SUPPORTED)
    DP_CL_ERR(CL_BUILD_PROGRAM_FAILURE)
    DP_CL_ERR(CL_MAP_FAILURE)
    DP_CL_ERR(CL_MISALIGNED_SUB_BUFFER_OFFSET)
    DP_CL_ERR(CL_EXEC_STATUS_ERROR_FOR_EVENTS_IN_WAIT_LIST)
    DP_CL_ERR(CL_COMPILE_PROGRAM_FAILURE)
    DP_CL_ERR(CL_LINKER_NOT_AVAILABLE)
    DP_CL_ERR(CL_LINK_PROGRAM_FAILURE)
    DP_CL_ERR(CL_DEVICE_PARTITION_FAILED)
    DP_CL_ERR(CL_KERNEL_ARG_INFO_NOT_AVAILABLE)
    DP_CL_ERR(CL_INVALID_VALUE)
    DP_CL_ERR(CL_INVALID_DEVICE_TYPE)
    DP_CL_ERR(CL_INVALID_PLATFORM)
    DP_CL_ERR(CL_INVALID_DEVICE)
    DP_CL_ERR(CL_INVALID_CONTEXT)
    DP_CL_ERR(CL_INVALID_QUEUE_PROPERTIES)
    DP_CL_ERR(CL_INVALID_COMMAND_QUEUE)
    DP_CL_ERR(CL_INVALID_HOST_PTR)
    DP_CL_ERR(CL_INVALID_MEM_OBJECT)
    DP_CL_ERR(CL_INVALID_IMAGE_FORMAT_DESCRIPTOR)
    DP_CL_ERR(CL_INVALID_IMAGE_SIZE)
    DP_CL_ERR(CL_INVALID_SAMPLER)
    DP_CL_ERR(CL_INVALID_BINARY)
    DP_CL_ERR(CL_INVALID_BUILD_OPTIONS)
    DP_CL_ERR(CL_INVALID_PROGRAM)
    DP_CL_ERR(CL_INVALID_PROGRAM_EXECUTABLE)
    DP_CL_ERR(CL_INVALID_KERNEL_NAME)
    DP_CL_ERR(CL_INVALID_KERNEL_DEFINITION)
    DP_CL_ERR(CL_INVALID_KERNEL)
    DP_CL_ERR(CL_INVALID_ARG_INDEX)
    DP_CL_ERR(CL_INVALID_ARG_VALUE)
    DP_CL_ERR(CL_INVALID_ARG_SIZE)
    DP_CL_ERR(CL_INVALID_KERNEL_ARGS)
    DP_CL_ERR(CL_INVALID_WORK_DIMENSION)
    DP_CL_ERR(CL_INVALID_WORK_GROUP_SIZE)
    DP_CL_ERR(CL_INVALID_WORK_ITEM_SIZE)
    DP_CL_ERR(CL_INVALID_GLOBAL_OFFSET)
    DP_CL_ERR(CL_INVALID_EVENT_WAIT_LIST)
    DP_CL_ERR(CL_INVALID_EVENT)
    DP_CL_ERR(CL_INVALID_OPERATION)
    DP_CL_ERR(CL_INVALID_GL_OBJECT)
    DP_CL_ERR(CL_INVALID_BUFFER_SIZE)
    DP_CL_ERR(CL_INVALID_MIP_LEVEL)
    DP_CL_ERR(CL_INVALID_GLOBAL_WORK_SIZE)
    DP_CL_ERR(CL_INVALID_PROPERTY)
    DP_CL_ERR(CL_INVALID_IMAGE_DESCRIPTOR)
    DP_CL_ERR(CL_INVALID_COMPILER_OPTIONS)
    DP_CL_ERR(CL_INVALID_LINKER_OPTIONS)
    DP_CL_ERR(CL_INVALID_DEVICE_PARTITION_COUNT)
#undef DP_CL_ERR
    case -1001: return "CL_PLATFORM_NOT_FOUND_KHR";
    default: return "CL error " + std::to_string(err);
  }
}

void check(cl_int err, const char* op, const char* what) {
  if (err == CL_SUCCESS) return;
  std::string msg = std::string("[") + op + "] " + what + " failed: " + error_name(err);
  if (err == CL_MEM_OBJECT_ALLOCATION_FAILURE || err == CL_OUT_OF_HOST_MEMORY)
    throw MemoryError(msg);
  throw BackendError(msg);
}

}  // namespace dp::ocl
