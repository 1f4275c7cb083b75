// dparray.program's C++ side: user programs built from source and launched.
#include <gtest/gtest.h>

#include <numeric>
#include <vector>

#include "dparray/backend/opencl/device.h"
#include "dparray/backend/opencl/program.h"
#include "dparray/runtime/errors.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

const char* kSource = R"(
__kernel void axpy(__global float* y, __global const float* x, float a) {
  size_t i = get_global_id(0);
  y[i] = a * x[i] + y[i];
}
__kernel void group_sum(__global const int* x, __global int* out, __local int* tmp) {
  int l = get_local_id(0);
  tmp[l] = x[get_global_id(0)];
  barrier(CLK_LOCAL_MEM_FENCE);
  if (l == 0) {
    int s = 0;
    for (int k = 0; k < get_local_size(0); ++k) s += tmp[k];
    out[get_group_id(0)] = s;
  }
}
)";

TEST(OpenCLProgram, BuildLaunchAndRead) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  auto prog = ocl::UserProgram::from_source(q, kSource, "");
  EXPECT_TRUE(prog->has_kernel("axpy"));
  EXPECT_FALSE(prog->has_kernel("nope"));
  EXPECT_THROW(prog->get_kernel("nope"), std::invalid_argument);
  auto k = prog->get_kernel("axpy");
  EXPECT_EQ(k->num_args(), 3u);
  std::vector<float> x(64), y(64, 1.0f);
  std::iota(x.begin(), x.end(), 0.0f);
  Array dx = from_host(x.data(), {64}, DType::Float32, q, UsmType::Device);
  Array dy = from_host(y.data(), {64}, DType::Float32, q, UsmType::Device);
  Event e = ocl::submit(q, *k,
                        {ocl::KernelArg::of(dy), ocl::KernelArg::of(dx),
                         ocl::KernelArg::of(Scalar::from_double(2.0), DType::Float32)},
                        {64}, {});
  e->wait();
  to_host(dy, y.data());
  for (int i = 0; i < 64; ++i) EXPECT_EQ(y[i], 2.0f * i + 1.0f);
  // Wrong argument count, bad local range.
  EXPECT_THROW(ocl::submit(q, *k, {ocl::KernelArg::of(dy)}, {64}, {}), std::invalid_argument);
  EXPECT_THROW(ocl::submit(q, *k,
                           {ocl::KernelArg::of(dy), ocl::KernelArg::of(dx),
                            ocl::KernelArg::of(Scalar::from_double(2.0), DType::Float32)},
                           {64}, {5}),
               std::invalid_argument);
}

TEST(OpenCLProgram, LocalMemoryAndOffsets) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  auto k = ocl::UserProgram::from_source(q, kSource, "-DUNUSED=1")->get_kernel("group_sum");
  const size_t align = ocl::ctx_of(q->device()).base_align;  // bytes
  const int64_t skip = static_cast<int64_t>(align / 4);      // ints in one alignment unit
  std::vector<int32_t> x(skip + 256);
  std::iota(x.begin(), x.end(), 0);
  Array dx = from_host(x.data(), {int64_t(x.size())}, DType::Int32, q, UsmType::Device);
  Array view = dx;  // starts exactly one alignment unit in: passed as a sub-buffer
  view.shape = {256};
  view.offset = skip;
  Array out = empty({4}, DType::Int32, q, UsmType::Device);
  ocl::submit(q, *k,
              {ocl::KernelArg::of(view), ocl::KernelArg::of(out), ocl::KernelArg::local(64 * 4)},
              {256}, {64});
  std::vector<int32_t> got(4);
  to_host(out, got.data());
  for (int g = 0; g < 4; ++g) {
    int want = 0;
    for (int i = 0; i < 64; ++i) want += x[skip + g * 64 + i];
    EXPECT_EQ(got[g], want);
  }
  Array odd = dx;
  odd.shape = {256};
  odd.offset = 1;  // 4 bytes: not aligned
  try {
    ocl::submit(q, *k,
                {ocl::KernelArg::of(odd), ocl::KernelArg::of(out), ocl::KernelArg::local(256)},
                {256}, {64});
    FAIL() << "expected invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("alignment"), std::string::npos) << e.what();
  }
}

TEST(OpenCLProgram, HostQueueIsRejected) {
  DP_REQUIRE_OPENCL();
  EXPECT_THROW(ocl::UserProgram::from_source(test::host_queue(), kSource, ""),
               std::invalid_argument);
}

}  // namespace
}  // namespace dp
