// The host runtime: in-order queues, deferred errors surfacing at sync points,
// event profiling, queue lifetime, the caching allocator and sub-device arenas.
#include <gtest/gtest.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/backend/host/allocator.h"
#include "dparray/backend/host/host_device.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dp {
namespace {

constexpr size_t kBig = size_t(1) << 20;  // work above the inline threshold: runs on the worker

Device host_device() { return Registry::get().devices(BackendKind::Host).at(0); }

std::shared_ptr<host::HostQueue> new_queue(bool profiling = false, Device d = nullptr) {
  if (!d) d = host_device();
  return std::static_pointer_cast<host::HostQueue>(d->backend().make_queue(d, profiling));
}

// Runs f on another thread and fails (rather than hangs) when it does not finish.
template <class F>
bool finishes(F f, std::chrono::seconds limit = std::chrono::seconds(20)) {
  auto fut = std::async(std::launch::async, f);
  if (fut.wait_for(limit) != std::future_status::ready) {
    ADD_FAILURE() << "did not finish within " << limit.count() << " s (deadlock?)";
    std::abort();  // a hung worker cannot be recovered
  }
  fut.get();
  return true;
}

TEST(HostQueue, RunsCommandsInSubmissionOrder) {
  auto q = new_queue();
  std::vector<int> order;
  std::mutex m;
  for (int i = 0; i < 50; ++i) {
    size_t work = i % 3 == 0 ? 1 : kBig;  // mix inline-eligible and worker commands
    q->submit("append", work, [&, i] {
      if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      std::lock_guard<std::mutex> lock(m);
      order.push_back(i);
    });
  }
  q->wait();
  ASSERT_EQ(order.size(), 50u);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(order[i], i);
}

TEST(HostQueue, SubmitReturnsBeforeTheCommandRuns) {
  auto q = new_queue();
  std::promise<void> go;
  auto gate = go.get_future().share();
  std::atomic<bool> ran{false};
  q->submit("blocker", kBig, [gate] { gate.wait(); });
  Event e = q->submit("flag", kBig, [&] { ran = true; });
  EXPECT_FALSE(ran.load());
  EXPECT_FALSE(e->is_complete());
  EXPECT_FALSE(q->idle());
  go.set_value();
  e->wait();
  EXPECT_TRUE(ran.load());
  q->wait();
  EXPECT_TRUE(q->idle());
  EXPECT_TRUE(q->last_event()->is_complete());
}

TEST(HostQueue, ConcurrentSubmittersDoNotStallTheWorker) {
  // Inline and queued submissions from several threads; every wait must return.
  auto q = new_queue();
  std::atomic<int> count{0};
  finishes([&] {
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&, t] {
        for (int i = 0; i < 300; ++i) q->submit("count", (i + t) % 2 ? 1 : kBig, [&] { ++count; });
      });
    for (auto& th : threads) th.join();
    q->wait();
  });
  EXPECT_EQ(count.load(), 1200);
}

TEST(HostQueue, WorkQueuedDuringAnInlineCommandStillRuns) {
  // Thread A runs a small command inline; B queues one meanwhile. When A's
  // command ends the worker must be woken, or B's command never runs.
  auto q = new_queue();
  std::promise<void> go, started;
  auto gate = go.get_future().share();
  std::thread a([&] {
    q->submit("inline", 1, [&] {
      started.set_value();
      gate.wait();
    });
  });
  started.get_future().wait();
  std::atomic<bool> ran{false};
  q->submit("queued", 1, [&] { ran = true; });
  go.set_value();
  a.join();
  finishes([&] { q->wait(); });
  EXPECT_TRUE(ran.load());
}

TEST(DeferredError, SurfacesAtWaitNamingTheOp) {
  for (size_t work : {size_t(1), kBig}) {  // inline and on the worker
    auto q = new_queue();
    std::atomic<bool> later_ran{false};
    q->submit("exploding_op", work, [] { throw std::runtime_error("kernel went wrong"); });
    q->submit("later", work, [&] { later_ran = true; });
    try {
      q->wait();
      FAIL() << "wait() did not rethrow";
    } catch (const BackendError& e) {
      std::string msg = e.what();
      EXPECT_EQ(msg.rfind("[exploding_op]", 0), 0u) << msg;
      EXPECT_NE(msg.find("kernel went wrong"), std::string::npos) << msg;
    }
    EXPECT_TRUE(later_ran.load());  // the queue keeps running after a failure
    EXPECT_NO_THROW(q->wait());     // reported once
  }
}

TEST(DeferredError, FirstErrorWinsAndKeepsItsType) {
  auto q = new_queue();
  q->submit("first", kBig, [] { throw std::invalid_argument("bad value"); });
  q->submit("second", kBig, [] { throw std::runtime_error("other"); });
  try {
    q->wait();
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("[first]"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("bad value"), std::string::npos);
  }
  q->submit("oom", kBig, [] { throw MemoryError("[oom] out of memory"); });
  try {
    q->wait();
    FAIL();
  } catch (const MemoryError& e) {
    EXPECT_EQ(std::string(e.what()), "[oom] out of memory");  // already names the op
  }
}

TEST(DeferredError, KeepsPythonFacingTypes) {
  auto q = new_queue();
  q->submit("typed", kBig, [] { throw TypeError("[typed] bad operand"); });
  EXPECT_THROW(q->wait(), TypeError);
  q->submit("overflowing", kBig, [] { throw std::overflow_error("too big"); });
  EXPECT_THROW(q->wait(), std::overflow_error);
  q->submit("indexing", kBig, [] { throw std::out_of_range("index 9"); });
  EXPECT_THROW(q->wait(), IndexError);
}

TEST(DeferredError, SurfacesWhenReadingAnArray) {
  auto q = new_queue();
  Array a = full({4}, DType::Int32, Scalar::from_int(7), q, UsmType::Device);
  q->submit("poisoned", kBig, [] { throw std::runtime_error("device lost"); });
  std::vector<int32_t> out(4);
  try {
    to_host(a, out.data());
    FAIL() << "to_host did not rethrow";
  } catch (const BackendError& e) {
    EXPECT_NE(std::string(e.what()).find("[poisoned]"), std::string::npos);
  }
  to_host(a, out.data());
  EXPECT_EQ(out, (std::vector<int32_t>{7, 7, 7, 7}));
}

TEST(Profiling, TimesAreOrdered) {
  auto q = new_queue(true);
  Event a =
      q->submit("sleep", kBig, [] { std::this_thread::sleep_for(std::chrono::milliseconds(2)); });
  Event b = q->submit("inline", 1, [] {});
  q->wait();
  for (const Event& e : {a, b}) {
    EXPECT_LE(e->profiling_submit(), e->profiling_start());
    EXPECT_LE(e->profiling_start(), e->profiling_end());
  }
  EXPECT_LE(a->profiling_end(), b->profiling_start());  // in order
}

TEST(Profiling, OffByDefault) {
  auto q = new_queue(false);
  Event e = q->submit("nop", 1, [] {});
  EXPECT_THROW(e->profiling_start(), std::invalid_argument);
}

TEST(HostQueue, LastReferenceDroppedOnItsWorker) {
  // A command's captures (arrays) may hold the last reference to their queue.
  std::promise<void> go;
  auto gate = go.get_future().share();
  Event done;
  {
    auto q = new_queue();
    std::shared_ptr<QueueImpl> self = q;
    done = q->submit("holds_queue", kBig, [gate, self] { gate.wait(); });
  }
  go.set_value();
  finishes([&] { done->wait(); });
  EXPECT_TRUE(done->is_complete());
}

TEST(HostQueue, DestroyWaitsForQueuedWork) {
  std::atomic<int> n{0};
  {
    auto q = new_queue();
    for (int i = 0; i < 5; ++i)
      q->submit("work", kBig, [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++n;
      });
  }
  EXPECT_EQ(n.load(), 5);
}

TEST(Allocator, ReusesFreedBlocks) {
  host::release_cached();
  void* small = host::allocate(1000);  // the C heap's: small blocks are not cached
  ASSERT_NE(small, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small) % 64, 0u);
  host::deallocate(small, 1000);
  EXPECT_EQ(host::cached_bytes(), 0u);
  void* p = host::allocate(100000);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 64, 0u);
  host::deallocate(p, 100000);
  EXPECT_GE(host::cached_bytes(), 100000u);
  void* r = host::allocate(100000);  // same size class
  EXPECT_EQ(r, p);
  host::deallocate(r, 100000);
  void* big = host::allocate(3 << 20);
  host::deallocate(big, 3 << 20);
  EXPECT_EQ(host::allocate((3 << 20) - 100), big);  // within the same 1 MiB class
  host::deallocate(big, 3 << 20);
  host::release_cached();
  EXPECT_EQ(host::cached_bytes(), 0u);
}

TEST(Allocator, ArraysRecycleTheirMemory) {
  host::release_cached();
  Queue q = Registry::get().default_queue(host_device());
  const void* first;
  {
    Array a = empty({1 << 16}, DType::Float64, q, UsmType::Device);
    first = a.host_data();
  }
  Array b = empty({1 << 16}, DType::Float64, q, UsmType::Device);
  EXPECT_EQ(b.host_data(), first);
}

TEST(Allocator, HugeRequestIsAMemoryErrorNamingTheSize) {
  Queue q = Registry::get().default_queue(host_device());
  try {
    empty({int64_t(1) << 50}, DType::Float64, q, UsmType::Device);
    FAIL();
  } catch (const MemoryError& e) {
    EXPECT_NE(std::string(e.what()).find("[empty]"), std::string::npos);
  }
}

TEST(SubDevices, EachOwnsAnArenaOfItsComputeUnits) {
  Device d = host_device();
  const uint32_t cu = d->info().max_compute_units;
  std::vector<uint32_t> counts(cu, 1);
  auto subs = d->create_sub_devices(counts);
  ASSERT_EQ(subs.size(), cu);
  for (size_t k = 0; k < subs.size(); ++k) {
    EXPECT_EQ(subs[k]->parent(), d);
    EXPECT_EQ(subs[k]->info().max_compute_units, 1u);
    EXPECT_EQ(subs[k]->filter_string(), d->filter_string() + "." + std::to_string(k));
    auto* hd = static_cast<host::HostDevice*>(subs[k].get());
    EXPECT_EQ(hd->arena().max_concurrency(), 1);
    // Commands on its queue run inside that arena.
    auto q = new_queue(false, subs[k]);
    std::atomic<int> seen{0};
    q->submit("probe", kBig, [&] { seen = tbb::this_task_arena::max_concurrency(); });
    q->wait();
    EXPECT_EQ(seen.load(), 1);
  }
  auto* root = static_cast<host::HostDevice*>(d.get());
  EXPECT_EQ(root->arena().max_concurrency(), static_cast<int>(cu));
}

TEST(SubDevices, ComputeOnASubDeviceQueue) {
  Device d = host_device();
  auto subs = d->create_sub_devices({1});
  Queue q = new_queue(false, subs[0]);
  Array x = empty({100000}, DType::Int64, q, UsmType::Device);
  q->device()->backend().ops().iota(q, x, Scalar::from_int(0), Scalar::from_int(1));
  Array y = apply(OpId::add, {Operand::of(x), Operand::of(Scalar::from_int(5))});
  EXPECT_EQ(y.queue, q);
  std::vector<int64_t> out(100000);
  to_host(y, out.data());
  for (int64_t i = 0; i < 100000; i += 997) EXPECT_EQ(out[i], i + 5);
}

TEST(SubDevices, OverPartitioningIsRejected) {
  Device d = host_device();
  const uint32_t cu = d->info().max_compute_units;
  EXPECT_THROW(d->create_sub_devices({cu + 1}), std::invalid_argument);
  EXPECT_THROW(d->create_sub_devices(std::vector<uint32_t>(cu + 1, 1)), std::invalid_argument);
  EXPECT_THROW(d->create_sub_devices({}), std::invalid_argument);
  EXPECT_THROW(d->create_sub_devices({0}), std::invalid_argument);
  auto sub = d->create_sub_devices({1})[0];
  EXPECT_THROW(sub->create_sub_devices({2}), std::invalid_argument);
}

TEST(SubDevices, NumaDomainsCoverTheDevice) {
  Device d = host_device();
  uint32_t total = 0;
  for (uint32_t n : d->numa_domains()) total += n;
  EXPECT_EQ(total, d->info().max_compute_units);
  auto sub = d->create_sub_devices({1})[0];
  EXPECT_EQ(sub->numa_domains(), std::vector<uint32_t>{1});
}

TEST(Registry, DefaultQueueIsSharedPerDevice) {
  Registry& r = Registry::get();
  Device d = host_device();
  EXPECT_EQ(r.default_queue(d), r.default_queue(d));
  EXPECT_EQ(r.select("host:cpu:0"), d);
  EXPECT_EQ(r.select("gpu,host"), r.devices(std::nullopt, DeviceType::GPU).empty()
                                      ? d
                                      : r.devices(std::nullopt, DeviceType::GPU)[0]);
  EXPECT_THROW(r.select("host:cpu:7"), std::invalid_argument);
  EXPECT_THROW(r.select("cpu:host"), std::invalid_argument);
}

TEST(Registry, SubDeviceDefaultQueueLivesWhileUsed) {
  Registry& r = Registry::get();
  auto sub = host_device()->create_sub_devices({1})[0];
  Queue q = r.default_queue(sub);
  EXPECT_EQ(r.default_queue(sub), q);
  std::weak_ptr<QueueImpl> w = q;
  Array a = full({2}, DType::Int8, Scalar::from_int(1), q, UsmType::Device);
  q.reset();
  EXPECT_EQ(r.default_queue(sub), a.queue);  // still used by `a`
  a = Array();
  EXPECT_TRUE(w.expired());  // the registry does not keep it
  Queue again = r.default_queue(sub);
  EXPECT_EQ(again->device(), sub);
}

TEST(Placement, MixedQueuesRaiseNamingBoth) {
  auto q1 = new_queue(), q2 = new_queue();
  Array a = full({3}, DType::Float32, Scalar::from_double(1), q1, UsmType::Device);
  Array b = full({3}, DType::Float32, Scalar::from_double(1), q2, UsmType::Device);
  try {
    apply(OpId::add, {Operand::of(a), Operand::of(b)});
    FAIL();
  } catch (const ExecutionPlacementError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("[add]"), std::string::npos);
    EXPECT_NE(msg.find("id " + std::to_string(q1->id())), std::string::npos) << msg;
    EXPECT_NE(msg.find("id " + std::to_string(q2->id())), std::string::npos) << msg;
  }
}

TEST(Placement, ResultUsmTypeIsTheFirstOfDeviceSharedHost) {
  Queue q = Registry::get().default_queue(host_device());
  auto make = [&](UsmType u) { return full({2}, DType::Int32, Scalar::from_int(1), q, u); };
  const UsmType D = UsmType::Device, S = UsmType::Shared, H = UsmType::Host;
  struct Case {
    UsmType a, b, want;
  };
  for (Case c : {Case{H, H, H}, Case{H, S, S}, Case{S, H, S}, Case{S, S, S}, Case{D, H, D},
                 Case{H, D, D}, Case{S, D, D}, Case{D, D, D}}) {
    Array x = make(c.a), y = make(c.b);
    EXPECT_EQ(apply(OpId::add, {Operand::of(x), Operand::of(y)}).usm_type(), c.want);
  }
  EXPECT_EQ(apply(OpId::negative, {Operand::of(make(S))}).usm_type(), S);
}

}  // namespace
}  // namespace dp
