// The device selection grammars (filter strings and DPARRAY_DEVICE_SELECTOR),
// checked against a fake device list so every case is reachable on any machine.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/runtime/backend.h"
#include "dparray/runtime/gpu_probe.h"
#include "dparray/runtime/selector.h"

namespace dp {
namespace {

// A backend that only names its kind: selection never touches the rest.
class FakeBackend final : public Backend {
 public:
  explicit FakeBackend(BackendKind k) : kind_(k) {}
  BackendKind kind() const override { return kind_; }
  std::vector<Platform> platforms() override { return {}; }
  Queue make_queue(const Device&, bool) override { throw std::logic_error("fake"); }
  BufferPtr allocate(const Queue&, size_t, UsmType) override { throw std::logic_error("fake"); }
  void write(const Queue&, Buffer&, size_t, const void*, size_t) override {
    throw std::logic_error("fake");
  }
  void read(const Queue&, const Buffer&, size_t, void*, size_t) override {
    throw std::logic_error("fake");
  }
  OpExecutor& ops() override { throw std::logic_error("fake"); }

 private:
  BackendKind kind_;
};

class Selector : public ::testing::Test {
 protected:
  // host cpu; opencl cpu (platform 1); two opencl gpus (platform 2).
  void SetUp() override {
    add(host_, DeviceType::CPU, "host-cpu", 0);
    add(ocl_, DeviceType::CPU, "ocl-cpu", 1);
    add(ocl_, DeviceType::GPU, "ocl-gpu-a", 2);
    add(ocl_, DeviceType::GPU, "ocl-gpu-b", 2);
    assign_filter_strings(all_);
  }
  void add(FakeBackend& b, DeviceType t, const std::string& name, int platform) {
    DeviceInfo info;
    info.name = name;
    info.type = t;
    all_.push_back(std::make_shared<DeviceImpl>(&b, info, platform));
  }
  std::string pick(const std::string& filter) {
    Device d = select_device(parse_filter_string(filter), all_);
    return d ? d->info().name : "none";
  }
  std::vector<std::string> keep(const std::string& env) {
    std::vector<std::string> names;
    for (const Device& d : apply_device_selector_env(env, all_)) names.push_back(d->info().name);
    return names;
  }

  FakeBackend host_{BackendKind::Host}, ocl_{BackendKind::OpenCL};
  std::vector<Device> all_;
};

using Names = std::vector<std::string>;

TEST_F(Selector, ParsesEachPartInOrder) {
  auto t = parse_filter_string("host:cpu:0");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].backend, BackendKind::Host);
  EXPECT_EQ(t[0].type, DeviceType::CPU);
  EXPECT_EQ(t[0].index, 0);
  t = parse_filter_string("gpu");
  EXPECT_FALSE(t[0].backend.has_value());
  EXPECT_EQ(t[0].type, DeviceType::GPU);
  EXPECT_FALSE(t[0].index.has_value());
  t = parse_filter_string("3");
  EXPECT_EQ(t[0].index, 3);
  EXPECT_TRUE(parse_filter_string("level_zero:gpu")[0].unavailable_backend);
  EXPECT_TRUE(parse_filter_string("default")[0].is_default);
}

TEST_F(Selector, IsStrictAboutCaseSpacesAndIndices) {
  // As dpctl: lowercase names, no spaces; indices are canonical decimals.
  for (const char* bad :
       {"HOST", "Host:cpu", "host:CPU:0", " cpu", "cpu ", "host:cpu: 0", "host : cpu", "gpu , cpu",
        "host:cpu:00", "01", "host:cpu:+1", "host:cpu:0x0", "OPENCL"}) {
    try {
      parse_filter_string(bad);
      ADD_FAILURE() << "'" << bad << "' was accepted";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("'" + std::string(bad) + "'"), std::string::npos)
          << e.what();
    }
  }
  EXPECT_EQ(parse_filter_string("host:cpu:10")[0].index, 10);
  EXPECT_EQ(parse_filter_string("opencl:gpu:1,cpu").size(), 2u);
}

TEST_F(Selector, EnvIsStrictAboutCaseSpacesAndIndices) {
  for (const char* bad : {"HOST:*", " host:*", "host:* ", "host: *", "OpenCL:gpu", "opencl:GPU",
                          "opencl:00", "opencl:0, 1", "! opencl:*"}) {
    try {
      apply_device_selector_env(bad, all_);
      ADD_FAILURE() << "'" << bad << "' was accepted";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("'" + std::string(bad) + "'"), std::string::npos)
          << e.what();
    }
  }
}

TEST_F(Selector, MalformedStringsRaiseQuotingThem) {
  for (const char* bad : {"cpu:gpu", "foo", "host:cpu:x", "", "   ", "host:cpu:0:1", ":cpu", "cpu,",
                          "host::0", "0:cpu", "gpu:opencl", "default:0", "-1"}) {
    try {
      parse_filter_string(bad);
      ADD_FAILURE() << "'" << bad << "' was accepted";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("'" + std::string(bad) + "'"), std::string::npos)
          << e.what();
    }
  }
}

TEST_F(Selector, SelectsByBackendTypeAndIndex) {
  EXPECT_EQ(pick("cpu"), "host-cpu");
  EXPECT_EQ(pick("host"), "host-cpu");
  EXPECT_EQ(pick("host:cpu:0"), "host-cpu");
  EXPECT_EQ(pick("opencl"), "ocl-cpu");
  EXPECT_EQ(pick("opencl:cpu"), "ocl-cpu");
  EXPECT_EQ(pick("gpu"), "ocl-gpu-a");
  EXPECT_EQ(pick("gpu:1"), "ocl-gpu-b");
  EXPECT_EQ(pick("opencl:gpu:1"), "ocl-gpu-b");
  EXPECT_EQ(pick("opencl:2"), "ocl-gpu-b");  // index among the backend's devices
  EXPECT_EQ(pick("0"), "host-cpu");          // index among all devices
  EXPECT_EQ(pick("3"), "ocl-gpu-b");
}

TEST_F(Selector, NoMatchGivesNull) {
  EXPECT_EQ(pick("gpu:2"), "none");
  EXPECT_EQ(pick("host:gpu"), "none");
  EXPECT_EQ(pick("accelerator"), "none");
  EXPECT_EQ(pick("4"), "none");
  EXPECT_EQ(pick("level_zero:gpu"), "none");
}

TEST_F(Selector, ListTakesTheFirstTermThatMatches) {
  EXPECT_EQ(pick("gpu,cpu"), "ocl-gpu-a");
  EXPECT_EQ(pick("accelerator,cpu"), "host-cpu");
  EXPECT_EQ(pick("level_zero:gpu,opencl:cpu"), "ocl-cpu");
  EXPECT_EQ(pick("gpu:5,gpu:1"), "ocl-gpu-b");
}

TEST_F(Selector, FilterStringsNumberDevicesPerBackendAndType) {
  EXPECT_EQ(all_[0]->filter_string(), "host:cpu:0");
  EXPECT_EQ(all_[1]->filter_string(), "opencl:cpu:0");
  EXPECT_EQ(all_[2]->filter_string(), "opencl:gpu:0");
  EXPECT_EQ(all_[3]->filter_string(), "opencl:gpu:1");
}

TEST_F(Selector, EnvKeepsMatchingDevices) {
  EXPECT_EQ(keep("host:*"), (Names{"host-cpu"}));
  EXPECT_EQ(keep("opencl:*"), (Names{"ocl-cpu", "ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_EQ(keep("opencl:gpu"), (Names{"ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_EQ(keep("opencl:cpu,gpu"), (Names{"ocl-cpu", "ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_EQ(keep("opencl:1"), (Names{"ocl-gpu-a"}));
  EXPECT_EQ(keep("opencl:0,2"), (Names{"ocl-cpu", "ocl-gpu-b"}));
  EXPECT_EQ(keep("*:*"), (Names{"host-cpu", "ocl-cpu", "ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_EQ(keep("*:gpu"), (Names{"ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_EQ(keep("host:*;opencl:gpu"), (Names{"host-cpu", "ocl-gpu-a", "ocl-gpu-b"}));
}

TEST_F(Selector, EnvIndexCountsWithinEachBackend) {
  EXPECT_EQ(keep("*:0"), (Names{"host-cpu", "ocl-cpu"}));
  EXPECT_EQ(keep("*:1"), (Names{"ocl-gpu-a"}));
}

TEST_F(Selector, EnvExclusions) {
  EXPECT_EQ(keep("!opencl:*"), (Names{"host-cpu"}));
  EXPECT_EQ(keep("!opencl:gpu"), (Names{"host-cpu", "ocl-cpu"}));
  EXPECT_EQ(keep("opencl:*;!opencl:gpu"), (Names{"ocl-cpu"}));
  EXPECT_EQ(keep("!host:*;!opencl:0"), (Names{"ocl-gpu-a", "ocl-gpu-b"}));
  EXPECT_TRUE(keep("!*:*").empty());
  EXPECT_TRUE(keep("level_zero:*").empty());  // a backend dparray has no driver for
}

TEST_F(Selector, MalformedEnvRaisesQuotingTheValue) {
  for (const char* bad : {"foo:*", "host", "", ";", " ; ", "host:x", "host:*;bad",
                          "opencl:", "opencl:gpu,", "!", "host:0.1"}) {
    try {
      apply_device_selector_env(bad, all_);
      ADD_FAILURE() << "'" << bad << "' was accepted";
    } catch (const std::invalid_argument& e) {
      std::string msg = e.what();
      EXPECT_NE(msg.find("DPARRAY_DEVICE_SELECTOR"), std::string::npos) << msg;
      EXPECT_NE(msg.find("'" + std::string(bad) + "'"), std::string::npos) << msg;
    }
  }
}

TEST_F(Selector, EnvFilteringRenumbersFilterStrings) {
  std::vector<Device> kept = apply_device_selector_env("!opencl:1", all_);
  assign_filter_strings(kept);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[2]->info().name, "ocl-gpu-b");
  EXPECT_EQ(kept[2]->filter_string(), "opencl:gpu:0");
  Device d = select_device(parse_filter_string("opencl:gpu:0"), kept);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->info().name, "ocl-gpu-b");
  EXPECT_EQ(select_device(parse_filter_string("gpu:1"), kept), nullptr);
}

// The registry leaves OpenCL unloaded when the selector keeps none of its devices.
TEST_F(Selector, MayKeepBackendAgreesWithFiltering) {
  for (const char* env :
       {"host:*", "!opencl:*", "*:*", "opencl:gpu", "*:0", "!opencl:gpu", "host:*;opencl:0", "!*:*",
        "level_zero:*", "host:cpu;!opencl:0,*", "!host:*", "host:0"}) {
    bool any_ocl = false;
    for (const Device& d : apply_device_selector_env(env, all_))
      any_ocl = any_ocl || d->backend_kind() == BackendKind::OpenCL;
    if (!selector_may_keep_backend(env, BackendKind::OpenCL)) EXPECT_FALSE(any_ocl) << env;
  }
  EXPECT_FALSE(selector_may_keep_backend("host:*", BackendKind::OpenCL));
  EXPECT_FALSE(selector_may_keep_backend("!opencl:*", BackendKind::OpenCL));
  EXPECT_FALSE(selector_may_keep_backend("!*:*", BackendKind::OpenCL));
  EXPECT_FALSE(selector_may_keep_backend("level_zero:*", BackendKind::OpenCL));
  EXPECT_TRUE(selector_may_keep_backend("!opencl:gpu", BackendKind::OpenCL));
  EXPECT_TRUE(selector_may_keep_backend("*:0", BackendKind::OpenCL));
  EXPECT_TRUE(selector_may_keep_backend("!host:*", BackendKind::OpenCL));
  EXPECT_FALSE(selector_may_keep_backend("opencl:*", BackendKind::Host));
}

// Filtering each backend's devices alone keeps what filtering them together does.
TEST_F(Selector, EnvFiltersEachBackendIndependently) {
  std::vector<Device> host(all_.begin(), all_.begin() + 1), ocl(all_.begin() + 1, all_.end());
  for (const char* env :
       {"host:*", "opencl:1", "*:0", "!opencl:gpu;*:*", "host:*;opencl:gpu", "!host:*", "*:gpu"}) {
    std::vector<Device> together = apply_device_selector_env(env, all_);
    std::vector<Device> apart = apply_device_selector_env(env, host);
    for (const Device& d : apply_device_selector_env(env, ocl)) apart.push_back(d);
    EXPECT_EQ(together, apart) << env;
  }
}

TEST(GpuProbe, SeesOnlyGpuDriverNodes) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dparray-gpu-probe-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "dri");
  std::ofstream(dir / "null").put('x');
  std::ofstream(dir / "tty0").put('x');
  EXPECT_FALSE(gpu_device_nodes_present(dir.string()));
  std::ofstream(dir / "dri" / "renderD128").put('x');
  EXPECT_TRUE(gpu_device_nodes_present(dir.string()));
  fs::remove(dir / "dri" / "renderD128");
  std::ofstream(dir / "nvidia0").put('x');
  EXPECT_TRUE(gpu_device_nodes_present(dir.string()));
  fs::remove_all(dir);
  EXPECT_FALSE(gpu_device_nodes_present(dir.string()));  // a missing directory: no GPU
}

}  // namespace
}  // namespace dp
