// The OpenCL ICD loader, opened with dlopen at run time so that dparray imports
// and runs on machines without OpenCL. Every entry point the backend uses is
// resolved once into one table; the Khronos headers provide only the types.
#pragma once
#ifndef CL_USE_DEPRECATED_OPENCL_1_2_APIS
#define CL_USE_DEPRECATED_OPENCL_1_2_APIS
#endif
#include <CL/cl.h>

#include <string>

namespace dp::ocl {

#define DP_CL_FUNCTIONS(X)       \
  X(clGetPlatformIDs)            \
  X(clGetPlatformInfo)           \
  X(clGetDeviceIDs)              \
  X(clGetDeviceInfo)             \
  X(clCreateSubDevices)          \
  X(clReleaseDevice)             \
  X(clCreateContext)             \
  X(clReleaseContext)            \
  X(clCreateCommandQueue)        \
  X(clReleaseCommandQueue)       \
  X(clFinish)                    \
  X(clFlush)                     \
  X(clCreateBuffer)              \
  X(clCreateSubBuffer)           \
  X(clRetainMemObject)           \
  X(clReleaseMemObject)          \
  X(clGetMemObjectInfo)          \
  X(clEnqueueReadBuffer)         \
  X(clEnqueueWriteBuffer)        \
  X(clEnqueueCopyBuffer)         \
  X(clEnqueueFillBuffer)         \
  X(clEnqueueMapBuffer)          \
  X(clEnqueueUnmapMemObject)     \
  X(clCreateProgramWithSource)   \
  X(clCreateProgramWithBinary)   \
  X(clBuildProgram)              \
  X(clGetProgramInfo)            \
  X(clGetProgramBuildInfo)       \
  X(clReleaseProgram)            \
  X(clCreateKernel)              \
  X(clGetKernelInfo)             \
  X(clGetKernelWorkGroupInfo)    \
  X(clReleaseKernel)             \
  X(clSetKernelArg)              \
  X(clEnqueueNDRangeKernel)      \
  X(clEnqueueMarkerWithWaitList) \
  X(clWaitForEvents)             \
  X(clGetEventInfo)              \
  X(clGetEventProfilingInfo)     \
  X(clRetainEvent)               \
  X(clReleaseEvent)

// OpenCL 2.0 entry points used where a device offers them (null when the loader lacks them):
// fine-grained SVM, behind the buffers of CPU devices (memory.h).
#define DP_CL_OPTIONAL_FUNCTIONS(X) \
  X(clSVMAlloc)                     \
  X(clSVMFree)                      \
  X(clSetMemObjectDestructorCallback)

struct Api {
#define DP_CL_MEMBER(name) decltype(&::name) name = nullptr;
  DP_CL_FUNCTIONS(DP_CL_MEMBER)
  DP_CL_OPTIONAL_FUNCTIONS(DP_CL_MEMBER)
#undef DP_CL_MEMBER
  void* handle = nullptr;
};

// Opens the loader (DPARRAY_OPENCL_LIBRARY, else libOpenCL.so.1, else libOpenCL.so)
// and resolves every entry point; null when any is missing. The table is never
// freed: kernels and queues may outlive static destruction.
const Api* load_api();

// "CL_OUT_OF_RESOURCES" for -5, "CL error -9999" for unknown codes.
std::string error_name(cl_int err);

// Throws dp::BackendError "[op] what failed: CL_..." when err is not CL_SUCCESS.
void check(cl_int err, const char* op, const char* what);

}  // namespace dp::ocl
