// Kernel launches: an argument builder that holds the program's launch lock
// from the first argument to the enqueue, and the strided-loop launcher shared
// by elementwise ops, casts and fills (contiguous / 1-d strided / n-d variants).
#pragma once
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "dparray/array/shape.h"
#include "dparray/backend/opencl/program_cache.h"
#include "dparray/backend/opencl/queue.h"

namespace dp::ocl {

// Dimensions an n-d kernel handles in one launch (shape and strides travel as long8).
// Arrays have up to dp::kMaxDims: each executor loops, collapses or copies past this.
constexpr int kKernelDims = 8;
// Work-items per group of the 1-d kernels.
constexpr size_t kGroupSize = 256;

class KernelCall {
 public:
  KernelCall(OclQueue& q, ProgramPtr program, const std::string& kernel, const char* op);
  KernelCall& mem(cl_mem m) { return arg(&m, sizeof(m)); }
  KernelCall& arg(const void* data, size_t size);
  template <class T>
  KernelCall& val(const T& v) {
    return arg(&v, sizeof(T));
  }
  // A __local buffer of `bytes`.
  KernelCall& local(size_t bytes);
  size_t max_work_group() const { return entry_.max_work_group; }
  // Enqueues `global` work-items in groups of `local` (0: kGroupSize); the global
  // size is rounded up to a whole number of groups. Throws BackendError at once.
  Event run(size_t global, size_t local = 0);
  Event run_nd(cl_uint dims, const size_t* global, const size_t* local);

 private:
  OclQueue& q_;
  ProgramPtr program_;
  KernelEntry entry_;
  const char* op_;
  std::unique_lock<std::mutex> lock_;
  cl_uint index_ = 0;
};

// One operand of a strided kernel: element offset and strides over the loop shape.
struct View {
  cl_mem mem;
  int64_t offset;
  Strides strides;
};

// Runs base_contig / base_flat / base_nd (see codegen.h, strided_kernels) over
// `shape` after collapsing dimensions; `extra` appends trailing arguments.
void launch_strided(OclQueue& q, const ProgramPtr& program, const std::string& base, const char* op,
                    const Shape& shape, std::vector<View> views,
                    const std::function<void(KernelCall&)>& extra = {});

}  // namespace dp::ocl
