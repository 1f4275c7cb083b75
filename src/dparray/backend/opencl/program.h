// dparray.program (the role of dpctl.program): OpenCL C programs built from source
// on a queue's device (cached like the generated ones), their kernels, and launches
// over a global (and optional local) range with array and typed scalar arguments.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/backend/opencl/program_cache.h"

namespace dp::ocl {

class UserKernel;

class UserProgram : public std::enable_shared_from_this<UserProgram> {
 public:
  // Builds src with options on q's device (an OpenCL device); throws dp::BuildError
  // carrying the build log, std::invalid_argument for a non-OpenCL queue.
  static std::shared_ptr<UserProgram> from_source(const Queue& q, const std::string& src,
                                                  const std::string& options);
  bool has_kernel(const std::string& name) const;
  // Throws std::invalid_argument naming the kernel when there is none.
  std::shared_ptr<UserKernel> get_kernel(const std::string& name);
  const Device& device() const { return device_; }
  const ProgramPtr& program() const { return program_; }

 private:
  UserProgram(Device d, ProgramPtr p) : device_(std::move(d)), program_(std::move(p)) {}
  Device device_;
  ProgramPtr program_;
};

class UserKernel {
 public:
  UserKernel(std::shared_ptr<UserProgram> p, std::string name, uint32_t num_args)
      : program_(std::move(p)), name_(std::move(name)), num_args_(num_args) {}
  const std::string& name() const { return name_; }
  uint32_t num_args() const { return num_args_; }
  const std::shared_ptr<UserProgram>& program() const { return program_; }

 private:
  std::shared_ptr<UserProgram> program_;
  std::string name_;
  uint32_t num_args_;
};

// One kernel argument: an array (passed as its cl_mem, or a sub-buffer when its
// offset is not zero), a scalar of an explicit dtype, or __local memory of n bytes.
struct KernelArg {
  enum class Kind { Array, Scalar, Local } kind = Kind::Scalar;
  Array array;
  Scalar value;
  DType dtype = DType::Int32;
  size_t local_bytes = 0;

  static KernelArg of(const Array& a) {
    KernelArg k;
    k.kind = Kind::Array;
    k.array = a;
    return k;
  }
  static KernelArg of(const Scalar& v, DType t) {
    KernelArg k;
    k.kind = Kind::Scalar;
    k.value = v;
    k.dtype = t;
    return k;
  }
  static KernelArg local(size_t bytes) {
    KernelArg k;
    k.kind = Kind::Local;
    k.local_bytes = bytes;
    return k;
  }
};

// Enqueues kernel over global (1 to 3 dims; local empty or of the same rank) on q
// and returns its event. Arrays may live on other queues of the same device: those
// queues are waited for first.
Event submit(const Queue& q, UserKernel& kernel, const std::vector<KernelArg>& args,
             const std::vector<size_t>& global, const std::vector<size_t>& local);

}  // namespace dp::ocl
