// OpenCL backend: loading, devices, memory, queues, program cache.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/backend/opencl/device.h"
#include "dparray/backend/opencl/launch.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/ops/elementwise.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

TEST(OpenCLLoader, MissingLibraryGivesNoBackend) {
  const char* old = std::getenv("DPARRAY_OPENCL_LIBRARY");
  std::string saved = old ? old : "";
  setenv("DPARRAY_OPENCL_LIBRARY", "/nonexistent/libOpenCL.so.1", 1);
  EXPECT_EQ(make_opencl_backend(), nullptr);
  if (old)
    setenv("DPARRAY_OPENCL_LIBRARY", saved.c_str(), 1);
  else
    unsetenv("DPARRAY_OPENCL_LIBRARY");
}

TEST(OpenCLLoader, PresentLibraryGivesDevices) {
  DP_REQUIRE_OPENCL();
  auto b = make_opencl_backend();
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind(), BackendKind::OpenCL);
  auto plats = b->platforms();
  ASSERT_FALSE(plats.empty());
  EXPECT_FALSE(plats[0].devices.empty());
}

TEST(OpenCLDevice, InfoIsFilled) {
  DP_REQUIRE_OPENCL();
  for (const Device& d : Registry::get().devices(BackendKind::OpenCL)) {
    const DeviceInfo& i = d->info();
    EXPECT_FALSE(i.name.empty());
    EXPECT_FALSE(i.vendor.empty());
    EXPECT_FALSE(i.driver_version.empty());
    EXPECT_NE(i.version.find("OpenCL"), std::string::npos);
    EXPECT_GE(i.max_compute_units, 1u);
    EXPECT_GE(i.max_work_group_size, 1u);
    EXPECT_GT(i.global_mem_size, 0u);
    EXPECT_GT(i.local_mem_size, 0u);
    EXPECT_EQ(d->filter_string().rfind("opencl:", 0), 0u);
  }
}

TEST(OpenCLDevice, SubDevicesByCounts) {
  DP_REQUIRE_OPENCL();
  Device d = test::ocl_device();
  if (d->info().max_sub_devices == 0 || d->info().max_compute_units < 2) {
    EXPECT_THROW(d->create_sub_devices({1, 1}), std::invalid_argument);
    return;
  }
  auto subs = d->create_sub_devices({1, 1});
  ASSERT_EQ(subs.size(), 2u);
  EXPECT_EQ(subs[0]->info().max_compute_units, 1u);
  EXPECT_EQ(subs[0]->parent(), d);
  EXPECT_EQ(subs[1]->filter_string(), d->filter_string() + ".1");
  EXPECT_THROW(d->create_sub_devices({d->info().max_compute_units + 1}), std::invalid_argument);
  // A sub-device runs kernels like any device.
  Queue q = subs[0]->backend().make_queue(subs[0], false);
  std::vector<int32_t> host(100);
  std::iota(host.begin(), host.end(), 0);
  Array a = from_host(host.data(), {100}, DType::Int32, q, UsmType::Device);
  Array b = copy_array(a, DType::Float32, UsmType::Device);
  std::vector<float> back(100);
  to_host(b, back.data());
  EXPECT_EQ(back[99], 99.0f);
}

TEST(OpenCLMemory, RoundTripEveryUsmType) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  for (UsmType u : {UsmType::Device, UsmType::Shared, UsmType::Host}) {
    std::vector<double> host(1000);
    std::iota(host.begin(), host.end(), 0.5);
    Array a = from_host(host.data(), {10, 100}, DType::Float64, q, u);
    EXPECT_EQ(a.usm_type(), u);
    EXPECT_NE(a.buf->native_handle(), nullptr);
    std::vector<double> back(1000);
    to_host(a, back.data());
    EXPECT_EQ(back, host);
    // A strided view reads back through a device-side copy.
    Array col = a;
    col.shape = {10};
    col.strides = {100};
    col.offset = 7;
    std::vector<double> cb(10);
    to_host(col, cb.data());
    for (int i = 0; i < 10; ++i) EXPECT_EQ(cb[i], host[i * 100 + 7]);
  }
}

TEST(OpenCLMemory, PoolReusesFreedBlocks) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  void* first;
  {
    Array a = empty({1000}, DType::Float32, q, UsmType::Device);
    first = a.buf->native_handle();
  }
  Array b = empty({1000}, DType::Float32, q, UsmType::Device);
  EXPECT_EQ(b.buf->native_handle(), first);
}

TEST(OpenCLMemory, HugeAllocationRaisesMemoryError) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  try {
    empty({int64_t(1) << 45}, DType::UInt8, q, UsmType::Device);
    FAIL() << "expected MemoryError";
  } catch (const MemoryError& e) {
    EXPECT_NE(std::string(e.what()).find("35184372088832"), std::string::npos) << e.what();
  }
}

TEST(OpenCLQueue, ProfilingEventsHaveTimes) {
  DP_REQUIRE_OPENCL();
  Device d = test::ocl_device();
  Queue q = d->backend().make_queue(d, true);
  Array a = full({1 << 16}, DType::Float32, Scalar::from_double(2.0), q, UsmType::Device);
  Array b = copy_array(a, DType::Int32, UsmType::Device);
  Event e = q->last_event();
  e->wait();
  EXPECT_TRUE(e->is_complete());
  EXPECT_LE(e->profiling_start(), e->profiling_end());
  EXPECT_GT(e->profiling_end(), 0u);
  Queue plain = test::ocl_queue();
  Array c = full({1 << 16}, DType::Float32, Scalar::from_double(2.0), plain, UsmType::Device);
  EXPECT_THROW(plain->last_event()->profiling_start(), std::invalid_argument);
  q->wait();
}

// On a CPU device with fine-grained SVM, an exact small op on an idle queue runs on the
// calling thread and records no command; a large or an inexact op is a device command.
TEST(OpenCLSmallHost, ExactSmallOpsOnAnIdleQueueRecordNoCommand) {
  DP_REQUIRE_OPENCL();
  Device d = test::ocl_device();
  if (!ocl::ctx_of(d).host_svm) GTEST_SKIP() << "the device's buffers are not SVM";
  Queue q = d->backend().make_queue(d, false);
  Array big = full({1 << 16}, DType::Float64, Scalar::from_double(0.5), q, UsmType::Device);
  Array a = full({16}, DType::Float64, Scalar::from_double(1.5), q, UsmType::Device);
  Array b = full({16}, DType::Float64, Scalar::from_double(2.25), q, UsmType::Device);
  q->wait();
  const Event before = q->last_event();
  Array c = apply(OpId::add, {Operand::of(a), Operand::of(b)});
  Array m = apply(OpId::maximum, {Operand::of(c), Operand::of(a)});
  EXPECT_EQ(q->last_event(), before);
  std::vector<double> back(16);
  to_host(m, back.data());
  for (double v : back) EXPECT_EQ(v, 3.75);
  EXPECT_EQ(q->last_event(), before);  // read straight from the SVM block
  Array s = apply(OpId::sin, {Operand::of(a)});
  EXPECT_NE(q->last_event(), before);
  const Event after_sin = q->last_event();
  Array twice = apply(OpId::add, {Operand::of(big), Operand::of(big)});
  EXPECT_NE(q->last_event(), after_sin);
  std::vector<double> all(1 << 16);
  to_host(twice, all.data());
  for (double v : all) ASSERT_EQ(v, 1.0);
}

TEST(OpenCLProgramCache, BuildErrorCarriesTheLog) {
  DP_REQUIRE_OPENCL();
  ocl::DeviceContext& ctx = ocl::ctx_of(test::ocl_device());
  try {
    ctx.programs.build("__kernel void broken(__global float* p) { p[0] = undeclared_name; }", "");
    FAIL() << "expected BuildError";
  } catch (const BuildError& e) {
    EXPECT_NE(std::string(e.what()).find("undeclared_name"), std::string::npos) << e.what();
  }
}

TEST(OpenCLProgramCache, SecondBuildHitsMemoryThenDisk) {
  DP_REQUIRE_OPENCL();
  ocl::DeviceContext& ctx = ocl::ctx_of(test::ocl_device());
  const char* old = std::getenv("DPARRAY_CACHE_DIR");
  std::string saved = old ? old : "";
  auto dir =
      std::filesystem::temp_directory_path() / ("dparray_cache_test_" + std::to_string(getpid()));
  setenv("DPARRAY_CACHE_DIR", dir.c_str(), 1);
  const std::string src = "__kernel void twice(__global int* p) { p[get_global_id(0)] *= 2; }\n";
  {
    ocl::ProgramCache cache(&ctx);
    auto p1 = cache.build(src, "-DX=1");
    auto p2 = cache.build(src, "-DX=1");
    EXPECT_EQ(p1, p2);
    EXPECT_EQ(cache.stats().compiles, 1u);
    EXPECT_EQ(cache.stats().memory_hits, 1u);
    EXPECT_TRUE(p1->has_kernel("twice"));
    EXPECT_FALSE(p1->has_kernel("thrice"));
  }
  EXPECT_FALSE(std::filesystem::is_empty(dir / "opencl"));
  {
    ocl::ProgramCache fresh(&ctx);  // a new process would start like this
    auto p = fresh.build(src, "-DX=1");
    EXPECT_EQ(fresh.stats().disk_hits, 1u);
    EXPECT_EQ(fresh.stats().compiles, 0u);
    EXPECT_TRUE(p->has_kernel("twice"));
  }
  std::filesystem::remove_all(dir);
  if (old)
    setenv("DPARRAY_CACHE_DIR", saved.c_str(), 1);
  else
    unsetenv("DPARRAY_CACHE_DIR");
}

TEST(OpenCLQueue, FailedLaunchThrowsAtOnceNamingTheOp) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  ocl::DeviceContext& ctx = ocl::ctx_of(test::ocl_device());
  auto p = ctx.programs.build("__kernel void one(__global int* p, int v) { p[0] = v; }", "");
  try {
    // Too few arguments set: the enqueue fails with CL_INVALID_KERNEL_ARGS.
    ocl::KernelCall k(ocl::oq(q), p, "one", "unit_test_op");
    k.mem(nullptr);
    k.run(1, 1);
    FAIL() << "expected BackendError";
  } catch (const BackendError& e) {
    std::string w = e.what();
    EXPECT_NE(w.find("[unit_test_op]"), std::string::npos) << w;
    EXPECT_NE(w.find("CL_INVALID"), std::string::npos) << w;
  }
}

}  // namespace
}  // namespace dp
