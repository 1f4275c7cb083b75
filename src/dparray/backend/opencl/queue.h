// In-order OpenCL command queues and their events. Every command records its
// cl_event as the queue's last event; wait() is clFinish plus the deferred error.
// record() applies back-pressure (runtime/inflight.h): the submitting thread waits for
// the oldest commands while the queue holds more than its bounds.
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dparray/backend/opencl/context.h"
#include "dparray/runtime/inflight.h"
#include "dparray/runtime/queue.h"

namespace dp::ocl {

class OclEvent final : public EventImpl {
 public:
  OclEvent(const Api* api, cl_event ev, bool profiling, const char* op)
      : api_(api), ev_(ev), profiling_(profiling), op_(op) {}
  ~OclEvent() override;
  void wait() override;
  bool is_complete() override;
  uint64_t profiling_submit() override;
  uint64_t profiling_start() override;
  uint64_t profiling_end() override;

  cl_event handle() const { return ev_; }
  const char* op() const { return op_; }
  // CL_COMPLETE (0), a positive state, or the negative error of a failed command.
  cl_int status();

 private:
  uint64_t profile(cl_profiling_info what);
  const Api* api_;
  cl_event ev_;
  bool profiling_;
  const char* op_;
};

class OclQueue final : public QueueImpl {
 public:
  OclQueue(Device device, bool profiling, ContextPtr ctx);
  ~OclQueue() override;

  void wait() override;
  Event last_event() override;

  cl_command_queue handle() const { return queue_; }
  DeviceContext& ctx() const { return *ctx_; }
  const ContextPtr& ctx_ptr() const { return ctx_; }
  const Api* api() const { return ctx_->api; }
  // Runs `submit`, which enqueues commands on handle() and returns the last one's event
  // (null when it enqueued nothing), and records that event as the last one (taking
  // ownership), both under one lock: the recorded order is then the queue's order, which
  // idle_for_host and the memory pool's fences rely on. Every command goes through here.
  // Then applies back-pressure (throttle()).
  template <class F>
  Event enqueue(const char* op, F&& submit) {
    Event e = enqueue_unthrottled(op, std::forward<F>(submit));
    throttle();
    return e;
  }
  // The same without back-pressure, for a caller holding a lock that a waiting thread may
  // need (a program's mutex): it calls throttle() once it has released that lock.
  template <class F>
  Event enqueue_unthrottled(const char* op, F&& submit) {
    std::lock_guard<std::mutex> order(order_mutex_);
    cl_event ev = submit();
    if (!ev) return nullptr;
    return push(ev, op);
  }
  // Waits for the oldest commands while the queue holds more than its bounds (not inside a
  // command). Waiting releases the GIL, so no lock another Python thread may need is held.
  void throttle() {
    if (!in_command()) apply_back_pressure();
  }
  // The last event, retained for the caller (null when nothing was submitted).
  cl_event retained_last();
  // Runs `check` at the next wait(), after every command finished: commands that
  // detect errors on the device (bad indices) report them through it.
  void add_check(std::function<void()> check);
  // True when every command recorded here has finished (the last one without error) and
  // the queue does not profile: the host may then work on the queue's SVM buffers itself
  // (small_host.h).
  bool idle_for_host();
  // Waits until it is (false when the queue profiles or its last command failed): a
  // blocking transfer then copies itself instead of queuing a command that does.
  bool wait_idle_for_host();
  // Commands recorded and not known to be finished, and the bytes charged to them.
  size_t inflight_commands();
  size_t inflight_bytes();

 private:
  // Records ev as the last event (order_mutex_ held).
  std::shared_ptr<OclEvent> push(cl_event ev, const char* op);
  // Forgets finished commands at the front of inflight_ (mutex_ held).
  void drop_finished_locked();
  // Whether every recorded command has finished (mutex_ held).
  bool idle_locked();
  // Waits for the oldest commands while the bounds are exceeded.
  void apply_back_pressure();
  ContextPtr ctx_;
  cl_command_queue queue_ = nullptr;
  std::mutex order_mutex_;  // held from a command's enqueue to its record
  std::mutex mutex_;
  std::shared_ptr<OclEvent> last_;
  std::vector<std::function<void()>> checks_;
  std::deque<std::pair<std::shared_ptr<OclEvent>, size_t>> inflight_;  // (event, charge)
  size_t inflight_bytes_ = 0;
};

inline OclQueue& oq(const Queue& q) { return static_cast<OclQueue&>(*q); }

}  // namespace dp::ocl
