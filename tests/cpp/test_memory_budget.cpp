// Bounded memory: the host allocator's budget (LRU eviction across size classes,
// memory above the budget returned to the OS) and back-pressure on queues (bounds on
// the commands and bytes in flight, no deadlock when one command exceeds them).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <fstream>
#include <future>
#include <thread>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/backend/host/allocator.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/opencl/queue.h"
#include "dparray/runtime/inflight.h"
#include "dparray/runtime/registry.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

constexpr size_t kMiB = size_t(1) << 20;
constexpr size_t kBig = size_t(1) << 20;  // work above the inline threshold: runs on the worker

// Restores the allocator's budget and the in-flight bounds when a test ends.
class MemoryBudget : public ::testing::Test {
 protected:
  void SetUp() override {
    old_limit_ = host::limit();
    old_inflight_ = inflight_limits();
    host::release_cached();
    take_allocation_charge();
  }
  void TearDown() override {
    host::set_limit(old_limit_);
    set_inflight_limits(old_inflight_);
  }
  size_t old_limit_ = 0;
  InflightLimits old_inflight_{};
};

std::shared_ptr<host::HostQueue> new_host_queue() {
  Device d = Registry::get().devices(BackendKind::Host).at(0);
  return std::static_pointer_cast<host::HostQueue>(d->backend().make_queue(d, false));
}

size_t rss_bytes() {
  std::ifstream f("/proc/self/statm");
  size_t pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Polls cond for up to 5 s.
template <class F>
bool eventually(F cond) {
  for (int i = 0; i < 500; ++i) {
    if (cond()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return cond();
}

TEST_F(MemoryBudget, DefaultBudgetIsAnEighthOfRamAtMostTwoGiB) {
  const size_t ram = size_t(sysconf(_SC_PHYS_PAGES)) * size_t(sysconf(_SC_PAGESIZE));
  EXPECT_EQ(host::default_limit(), std::min(size_t(2) << 30, ram / 8));
}

TEST_F(MemoryBudget, CacheStaysWithinTheBudget) {
  host::set_limit(10 * kMiB);
  std::vector<void*> blocks;
  for (int i = 0; i < 6; ++i) blocks.push_back(host::allocate(3 * kMiB));
  for (void* p : blocks) host::deallocate(p, 3 * kMiB);
  EXPECT_EQ(host::cached_bytes(), 9 * kMiB);  // three of the six fit
  host::set_limit(4 * kMiB);                  // lowering the budget evicts at once
  EXPECT_EQ(host::cached_bytes(), 3 * kMiB);
}

TEST_F(MemoryBudget, EvictsTheLeastRecentlyFreedBlockAcrossClasses) {
  host::set_limit(10 * kMiB);
  void* a = host::allocate(4 * kMiB);
  void* b = host::allocate(4 * kMiB);
  void* c = host::allocate(4 * kMiB);
  void* e = host::allocate(4 * kMiB);
  void* d = host::allocate(64 * 1024);  // small blocks (<= 16 KiB) are not cached
  host::deallocate(a, 4 * kMiB);
  host::deallocate(b, 4 * kMiB);
  host::deallocate(d, 64 * 1024);  // smaller and older than c and e
  host::deallocate(c, 4 * kMiB);   // evicts a, the oldest
  host::deallocate(e, 4 * kMiB);   // evicts b; d, newer than b, stays
  EXPECT_EQ(host::cached_bytes(), 8 * kMiB + 64 * 1024);
  EXPECT_EQ(host::allocate(64 * 1024), d);
  EXPECT_EQ(host::allocate(4 * kMiB), e);  // the most recently freed of its class first
  EXPECT_EQ(host::allocate(4 * kMiB), c);
  EXPECT_EQ(host::cached_bytes(), 0u);
  host::deallocate(d, 64 * 1024);
  host::deallocate(c, 4 * kMiB);
  host::deallocate(e, 4 * kMiB);
}

TEST_F(MemoryBudget, MemoryAboveTheBudgetGoesBackToTheOs) {
  host::set_limit(0);
  const size_t n = 64 * kMiB;
  auto* p = static_cast<char*>(host::allocate(n));
  std::memset(p, 1, n);  // fault every page in
  const size_t touched = rss_bytes();
  host::deallocate(p, n);
  EXPECT_EQ(host::cached_bytes(), 0u);
  EXPECT_LE(rss_bytes() + 48 * kMiB, touched);  // munmap'ed, not kept by the C heap
}

// Blocks up to 16 KiB are reused per thread (64-byte aligned), also after a free on
// another thread, and the per-thread stacks stay bounded.
TEST_F(MemoryBudget, SmallBlocksAreAlignedAndReusedPerThread) {
  for (size_t n :
       {size_t(1), size_t(8), size_t(64), size_t(100), size_t(4096), 16 * size_t(1024)}) {
    void* p = host::allocate(n);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 64, 0u) << n;
    std::memset(p, 0xab, n);
    host::deallocate(p, n);
    void* q = host::allocate(n);
#if !defined(__SANITIZE_ADDRESS__)
    EXPECT_EQ(q, p) << "a freed small block is the next one of its class on this thread";
#endif
    host::deallocate(q, n);
  }
  // Freed on another thread: that thread keeps (or frees) it; both stay usable.
  void* a = host::allocate(256);
  std::thread([a] {
    host::deallocate(a, 256);
    void* b = host::allocate(256);
    std::memset(b, 1, 256);
    host::deallocate(b, 256);
  }).join();
  // Many more blocks than a thread keeps: the rest go back to the C heap.
  std::vector<void*> many;
  for (int i = 0; i < 2000; ++i) many.push_back(host::allocate(8 * 1024));
  for (void* p : many) host::deallocate(p, 8 * 1024);
  EXPECT_EQ(host::cached_bytes(), 0u);  // the budgeted cache holds large blocks only
}

TEST_F(MemoryBudget, AllocationsAreChargedToTheNextCommand) {
  void* p = host::allocate(3 * kMiB);
  void* s = host::allocate(100);
  EXPECT_EQ(take_allocation_charge(), 3 * kMiB + 128);  // size classes are charged
  EXPECT_EQ(take_allocation_charge(), 0u);
  host::deallocate(p, 3 * kMiB);
  host::deallocate(s, 100);
}

TEST_F(MemoryBudget, QueueBoundsTheCommandsInFlight) {
  set_inflight_limits({size_t(1) << 40, 4});
  auto q = new_host_queue();
  std::promise<void> go;
  auto gate = go.get_future().share();
  q->submit("blocker", kBig, [gate] { gate.wait(); });
  std::atomic<int> submitted{0}, ran{0};
  std::thread producer([&] {
    for (int i = 0; i < 10; ++i) {
      q->submit("count", kBig, [&] { ++ran; });
      ++submitted;
    }
  });
  // The blocker and three more fill the bound; the fourth submission waits.
  ASSERT_TRUE(eventually([&] { return submitted.load() == 3; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(submitted.load(), 3);
  EXPECT_EQ(q->inflight_commands(), 4u);
  go.set_value();
  producer.join();
  q->wait();
  EXPECT_EQ(ran.load(), 10);
  EXPECT_EQ(q->inflight_commands(), 0u);
}

TEST_F(MemoryBudget, QueueBoundsTheBytesInFlight) {
  set_inflight_limits({10 * kMiB, 1000});
  auto q = new_host_queue();
  std::promise<void> go;
  auto gate = go.get_future().share();
  q->submit("blocker", kBig, [gate] { gate.wait(); });
  std::atomic<int> submitted{0};
  std::thread producer([&] {
    take_allocation_charge();
    for (int i = 0; i < 6; ++i) {
      void* p = host::allocate(4 * kMiB);  // charged to the command submitted next
      q->submit("hold", kBig, [p] { host::deallocate(p, 4 * kMiB); });
      ++submitted;
    }
  });
  // 4 + 4 MiB fit under 10 MiB; the third block would not.
  ASSERT_TRUE(eventually([&] { return submitted.load() == 2; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(submitted.load(), 2);
  EXPECT_EQ(q->inflight_bytes(), 8 * kMiB);
  go.set_value();
  producer.join();
  q->wait();
  EXPECT_EQ(q->inflight_bytes(), 0u);
}

TEST_F(MemoryBudget, CommandLargerThanTheBoundStillRuns) {
  set_inflight_limits({1 * kMiB, 1});
  auto q = new_host_queue();
  auto run = std::async(std::launch::async, [&] {
    take_allocation_charge();
    int ran = 0;
    for (int i = 0; i < 3; ++i) {
      void* p = host::allocate(8 * kMiB);
      q->submit("big", kBig, [p, &ran] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        host::deallocate(p, 8 * kMiB);
        ++ran;
      });
      EXPECT_LE(q->inflight_commands(), 1u);
    }
    q->wait();
    return ran;
  });
  ASSERT_EQ(run.wait_for(std::chrono::seconds(20)), std::future_status::ready) << "deadlock";
  EXPECT_EQ(run.get(), 3);
}

TEST_F(MemoryBudget, CommandsMaySubmitBeyondTheBoundWithoutWaiting) {
  // A running command waiting for its own queue to drain would wait for itself.
  set_inflight_limits({size_t(1) << 40, 2});
  auto q = new_host_queue();
  std::atomic<int> inner{0};
  auto run = std::async(std::launch::async, [&] {
    q->submit("outer", kBig, [&] {
      for (int i = 0; i < 5; ++i) q->submit("inner", kBig, [&] { ++inner; });
    });
    q->wait();
  });
  ASSERT_EQ(run.wait_for(std::chrono::seconds(20)), std::future_status::ready) << "deadlock";
  run.get();
  EXPECT_EQ(inner.load(), 5);
}

TEST_F(MemoryBudget, LimitsRejectZero) {
  EXPECT_THROW(set_inflight_limits({0, 4}), std::invalid_argument);
  EXPECT_THROW(set_inflight_limits({kMiB, 0}), std::invalid_argument);
}

TEST_F(MemoryBudget, OpenCLQueueBoundsCommandsAndBytes) {
  DP_REQUIRE_OPENCL();
  Device d = test::ocl_device();
  Queue q = d->backend().make_queue(d, false);
  auto& oq = static_cast<ocl::OclQueue&>(*q);
  const int64_t n = int64_t(1) << 22;  // 16 MiB of float32
  std::vector<Array> keep;
  set_inflight_limits({size_t(1) << 40, 2});
  for (int i = 0; i < 8; ++i) {
    keep.push_back(full({n}, DType::Float32, Scalar::from_double(1.0), q, UsmType::Device));
    EXPECT_LE(oq.inflight_commands(), 2u);
  }
  q->wait();
  set_inflight_limits({40 * kMiB, 1000});
  for (int i = 0; i < 8; ++i) {
    keep.push_back(full({n}, DType::Float32, Scalar::from_double(2.0), q, UsmType::Device));
    EXPECT_TRUE(oq.inflight_bytes() <= 40 * kMiB || oq.inflight_commands() == 1);
  }
  q->wait();
  EXPECT_EQ(oq.inflight_commands(), 0u);
  EXPECT_EQ(oq.inflight_bytes(), 0u);
}

}  // namespace
}  // namespace dp
