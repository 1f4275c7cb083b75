#include "dparray/backend/host/host_queue.h"

#include <stdexcept>

#include "dparray/backend/host/host_device.h"
#include "dparray/runtime/inflight.h"

namespace dp::host {

namespace {
// Commands submitted to any host queue and not finished yet (for wait_for_all_queues).
struct Outstanding {
  std::mutex m;
  std::condition_variable cv;
  int64_t n = 0;
};
Outstanding& outstanding() {
  static auto* o = new Outstanding();  // used by workers until the process ends
  return *o;
}
void command_added() {
  std::lock_guard<std::mutex> lock(outstanding().m);
  ++outstanding().n;
}
void command_done() {
  Outstanding& o = outstanding();
  {
    std::lock_guard<std::mutex> lock(o.m);
    --o.n;
  }
  o.cv.notify_all();
}
}  // namespace

bool wait_for_all_queues(std::chrono::milliseconds timeout) {
  Outstanding& o = outstanding();
  std::unique_lock<std::mutex> lock(o.m);
  return o.cv.wait_for(lock, timeout, [&] { return o.n == 0; });
}

uint64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void HostEvent::wait() {
  std::unique_lock<std::mutex> lock(m_);
  cv_.wait(lock, [&] { return done_; });
}

bool HostEvent::is_complete() {
  std::lock_guard<std::mutex> lock(m_);
  return done_;
}

void HostEvent::check_profiling() const {
  if (!profiling_)
    throw std::invalid_argument(
        "[Event.profiling_info] the queue was not created with property='enable_profiling'");
}

uint64_t HostEvent::profiling_submit() {
  check_profiling();
  wait();
  return submit_ns;
}
uint64_t HostEvent::profiling_start() {
  check_profiling();
  wait();
  return start_ns;
}
uint64_t HostEvent::profiling_end() {
  check_profiling();
  wait();
  return end_ns;
}

void HostEvent::mark_start() {
  if (profiling_) start_ns = now_ns();
}

void HostEvent::mark_done() {
  if (profiling_) end_ns = now_ns();
  {
    std::lock_guard<std::mutex> lock(m_);
    done_ = true;
  }
  cv_.notify_all();
}

HostQueue::HostQueue(Device device, bool profiling)
    : QueueImpl(std::move(device), profiling),
      arena_(&static_cast<HostDevice*>(device_.get())->arena()),
      last_(completed_event(profiling)) {}

HostQueue::~HostQueue() {
  std::unique_lock<std::mutex> lock(m_);
  stop_ = true;
  if (worker_.joinable() && worker_.get_id() == std::this_thread::get_id()) {
    // The last reference went away with a finished command's captures, on the
    // worker itself: it cannot join itself, so it leaves without touching *this.
    *worker_exit_ = true;
    lock.unlock();
    worker_.detach();
    return;
  }
  lock.unlock();
  cv_work_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void HostQueue::run_task(Task& t) {
  CommandScope in_command;
  try {
    for (const Event& e : t.deps) e->wait();
    t.deps.clear();
    t.event->mark_start();
    run_in_arena([&] { t.fn(); });
  } catch (...) {
    defer_error(t.op, std::current_exception());
  }
  t.fn = nullptr;  // release captured buffers before signalling completion
  t.event->mark_done();
  command_done();
}

Event HostQueue::submit(const char* op, size_t work, std::function<void()> fn,
                        std::vector<Event> deps) {
  auto ev = std::make_shared<HostEvent>(profiling_);
  if (profiling_) ev->submit_ns = now_ns();
  const bool may_inline = deps.empty();
  const size_t charge = take_allocation_charge();
  if (!in_command()) wait_for_space(charge);
  Task t{op, std::move(fn), ev, std::move(deps), charge};
  command_added();
  std::unique_lock<std::mutex> lock(m_);
  if (may_inline && tasks_.empty() && !running_ && work < kInlineWork) {
    running_ = true;
    last_ = ev;
    lock.unlock();
    run_task(t);
    lock.lock();
    running_ = false;
    cv_idle_.notify_all();
    // Another thread may have queued work meanwhile; the worker waits for running_.
    if (!tasks_.empty()) cv_work_.notify_one();
    return ev;
  }
  inflight_bytes_ += charge;
  tasks_.push_back(std::move(t));
  last_ = ev;
  if (!worker_.joinable()) worker_ = std::thread([this] { worker_loop(); });
  cv_work_.notify_one();
  return ev;
}

bool HostQueue::begin_inline() {
  std::lock_guard<std::mutex> lock(m_);
  if (!tasks_.empty() || running_) return false;
  running_ = true;
  // The command is complete when the call returns: the shared completed event stands for it.
  const Event& done = completed_event(profiling());
  if (last_ != done) last_ = done;
  return true;
}

void HostQueue::end_inline() {
  std::lock_guard<std::mutex> lock(m_);
  running_ = false;
  cv_idle_.notify_all();
  // Another thread may have queued work meanwhile; the worker waits for running_.
  if (!tasks_.empty()) cv_work_.notify_one();
}

void HostQueue::worker_loop() {
  bool exit_now = false;  // set by a destructor that runs on this thread
  std::unique_lock<std::mutex> lock(m_);
  worker_exit_ = &exit_now;
  while (true) {
    cv_work_.wait(lock, [&] { return stop_ || (!tasks_.empty() && !running_); });
    if (tasks_.empty() && stop_) return;
    if (tasks_.empty()) continue;
    Task t = std::move(tasks_.front());
    tasks_.pop_front();
    running_ = true;
    lock.unlock();
    run_task(t);
    if (exit_now) return;  // *this is gone
    lock.lock();
    running_ = false;
    inflight_bytes_ -= t.charge;
    if (tasks_.empty()) cv_idle_.notify_all();
    if (space_waiters_ > 0) cv_space_.notify_all();
  }
}

void HostQueue::wait_for_space(size_t charge) {
  const InflightLimits lim = inflight_limits();
  std::unique_lock<std::mutex> lock(m_);
  // An empty queue takes any command, so one larger than the bound still runs.
  auto fits = [&] {
    const size_t n = pending_locked();
    return n == 0 || (n < lim.commands && inflight_bytes_ + charge <= lim.bytes);
  };
  if (fits()) return;
  lock.unlock();
  auto block = [&] {
    std::unique_lock<std::mutex> l(m_);
    ++space_waiters_;
    cv_space_.wait(l, fits);
    --space_waiters_;
  };
  run_blocking(block);
}

size_t HostQueue::inflight_commands() const {
  std::lock_guard<std::mutex> lock(m_);
  return pending_locked();
}

size_t HostQueue::inflight_bytes() const {
  std::lock_guard<std::mutex> lock(m_);
  return inflight_bytes_;
}

void HostQueue::wait() {
  {
    std::unique_lock<std::mutex> lock(m_);
    cv_idle_.wait(lock, [&] { return tasks_.empty() && !running_; });
  }
  rethrow_deferred();
}

bool HostQueue::idle() const {
  std::lock_guard<std::mutex> lock(m_);
  return tasks_.empty() && !running_;
}

Event HostQueue::last_event() {
  std::lock_guard<std::mutex> lock(m_);
  return last_;
}

}  // namespace dp::host
