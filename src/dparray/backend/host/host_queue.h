// The host backend's in-order queue: commands run on one worker thread (each
// command itself uses the device's cores through its TBB arena). A small
// command on an idle queue runs at once on the calling thread: no thread hop.
// Submission applies back-pressure (runtime/inflight.h): it waits while the queue
// holds its bound of commands or of memory allocated for them.
#pragma once
#include <oneapi/tbb/task_arena.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "dparray/backend/host/worker_affinity.h"
#include "dparray/runtime/inflight.h"
#include "dparray/runtime/queue.h"

namespace dp::host {

class HostEvent final : public EventImpl {
 public:
  explicit HostEvent(bool profiling) : profiling_(profiling) {}
  void wait() override;
  bool is_complete() override;
  uint64_t profiling_submit() override;
  uint64_t profiling_start() override;
  uint64_t profiling_end() override;

  void mark_start();
  void mark_done();
  uint64_t submit_ns = 0, start_ns = 0, end_ns = 0;

 private:
  void check_profiling() const;
  bool profiling_;
  std::mutex m_;
  std::condition_variable cv_;
  bool done_ = false;
};

uint64_t now_ns();

class HostQueue final : public QueueImpl {
 public:
  HostQueue(Device device, bool profiling);
  ~HostQueue() override;

  // Runs fn in order after earlier commands. `work` is the element count, used
  // to decide whether an idle queue runs it inline. The command first waits for `deps`
  // (events of other queues or devices) on the worker thread, outside the device's TBB
  // arena, so that waiting commands never hold the arena slots their dependencies need.
  Event submit(const char* op, size_t work, std::function<void()> fn, std::vector<Event> deps = {});
  // Runs fn at once on the calling thread when the queue is idle (nothing queued or
  // running) and not profiling; else runs nothing and returns false, and the caller submits.
  // The small-op fast path: no std::function, event, or thread hop; an exception from fn is
  // deferred as a queued command's. With `parallel`, fn runs in the device's TBB arena (it
  // splits across cores); else it is a plain loop and skips the arena's entry.
  template <class F>
  bool run_now_if_idle(const char* op, F&& fn, bool parallel = false) {
    if (profiling_ || !begin_inline()) return false;
    dp::take_allocation_charge();  // done before this returns: its memory is not in flight
    try {
      if (parallel) {
        run_in_arena(fn);
      } else {
        fn();
      }
    } catch (...) {
      defer_error(op, std::current_exception());
    }
    end_inline();
    return true;
  }
  void wait() override;
  Event last_event() override;
  // True when nothing is queued or running.
  bool idle() const;
  // Commands queued or running, and the bytes charged to them (runtime/inflight.h).
  size_t inflight_commands() const;
  size_t inflight_bytes() const;

 private:
  struct Task {
    const char* op;
    std::function<void()> fn;
    std::shared_ptr<HostEvent> event;
    std::vector<Event> deps;
    size_t charge = 0;  // bytes allocated for this command (back-pressure)
  };
  // Runs fn in the device's arena, its workers first moved off this thread's CPU.
  template <class F>
  void run_in_arena(F&& fn) {
    keep_workers_off_this_cpu();
    arena_->execute(fn);
  }
  bool begin_inline();  // claims an idle queue for a command run by the caller
  void end_inline();
  void run_task(Task& t);
  void worker_loop();
  // Waits (the GIL released) until a command charged `charge` bytes fits the bounds.
  void wait_for_space(size_t charge);
  size_t pending_locked() const { return tasks_.size() + (running_ ? 1 : 0); }

  tbb::task_arena* arena_;  // the device's
  mutable std::mutex m_;
  std::condition_variable cv_work_, cv_idle_, cv_space_;
  std::deque<Task> tasks_;
  size_t inflight_bytes_ = 0;  // charges of the queued and running tasks
  int space_waiters_ = 0;
  bool running_ = false;  // a task is executing (worker or inline)
  bool stop_ = false;
  std::thread worker_;
  bool* worker_exit_ = nullptr;  // the worker's flag telling it *this was destroyed
  Event last_;
};

// Waits until no command is queued or running on any host queue, or until timeout;
// false on timeout (a zero timeout asks whether any is busy). Used at process exit,
// before library destructors (OpenBLAS's, TBB's) run.
bool wait_for_all_queues(std::chrono::milliseconds timeout);

// Elements below which an idle queue runs a command inline (in the device's arena, on the
// calling thread): up to here the worker's wake-up and the caller's wake on completion
// cost more than the overlap gains (10^6-element ops ran 0.7x NumPy queued, 1.5-2x inline).
constexpr size_t kInlineWork = size_t(1) << 20;

}  // namespace dp::host
