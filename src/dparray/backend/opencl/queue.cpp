#include "dparray/backend/opencl/queue.h"

#include <stdexcept>

#include "dparray/runtime/errors.h"
#include "dparray/runtime/inflight.h"

namespace dp::ocl {

OclEvent::~OclEvent() {
  if (ev_) api_->clReleaseEvent(ev_);
}

void OclEvent::wait() {
  cl_int err = api_->clWaitForEvents(1, &ev_);
  if (err != CL_SUCCESS)
    throw BackendError(std::string("[") + op_ + "] failed while running: " + error_name(status()));
}

cl_int OclEvent::status() {
  cl_int st = CL_COMPLETE;
  if (api_->clGetEventInfo(ev_, CL_EVENT_COMMAND_EXECUTION_STATUS, sizeof(st), &st, nullptr) !=
      CL_SUCCESS)
    return CL_COMPLETE;
  return st;
}

bool OclEvent::is_complete() { return status() <= CL_COMPLETE; }

uint64_t OclEvent::profile(cl_profiling_info what) {
  if (!profiling_)
    throw std::invalid_argument("[event] profiling information needs a queue made with profiling");
  wait();
  cl_ulong t = 0;
  check(api_->clGetEventProfilingInfo(ev_, what, sizeof(t), &t, nullptr), op_,
        "clGetEventProfilingInfo");
  return t;
}

uint64_t OclEvent::profiling_submit() { return profile(CL_PROFILING_COMMAND_SUBMIT); }
uint64_t OclEvent::profiling_start() { return profile(CL_PROFILING_COMMAND_START); }
uint64_t OclEvent::profiling_end() { return profile(CL_PROFILING_COMMAND_END); }

OclQueue::OclQueue(Device device, bool profiling, ContextPtr ctx)
    : QueueImpl(std::move(device), profiling), ctx_(std::move(ctx)) {
  cl_int err = CL_SUCCESS;
  queue_ = ctx_->api->clCreateCommandQueue(ctx_->context, ctx_->device,
                                           profiling ? CL_QUEUE_PROFILING_ENABLE : 0, &err);
  check(err, "queue", "clCreateCommandQueue");
  ctx_->add_queue(this);
}

OclQueue::~OclQueue() {
  ctx_->remove_queue(this);
  ctx_->api->clFinish(queue_);
  inflight_.clear();
  last_.reset();
  ctx_->api->clReleaseCommandQueue(queue_);
}

std::shared_ptr<OclEvent> OclQueue::push(cl_event ev, const char* op) {
  auto e = std::make_shared<OclEvent>(ctx_->api, ev, profiling_, op);
  const size_t charge = take_allocation_charge();
  std::lock_guard<std::mutex> lock(mutex_);
  last_ = e;
  inflight_.emplace_back(e, charge);
  inflight_bytes_ += charge;
  return e;
}

void OclQueue::drop_finished_locked() {
  while (!inflight_.empty() && inflight_.front().first->status() <= CL_COMPLETE) {
    inflight_bytes_ -= inflight_.front().second;
    inflight_.pop_front();
  }
}

void OclQueue::apply_back_pressure() {
  const InflightLimits lim = inflight_limits();
  for (;;) {
    std::shared_ptr<OclEvent> oldest;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      drop_finished_locked();
      const size_t n = inflight_.size();
      // The command just recorded always stays queued, however large.
      if (n <= 1 || (n <= lim.commands && inflight_bytes_ <= lim.bytes)) return;
      oldest = inflight_.front().first;
    }
    // A failed command is reported by wait(); here it only counts as finished.
    cl_event h = oldest->handle();
    auto block = [&] { ctx_->api->clWaitForEvents(1, &h); };
    run_blocking(block);
    std::lock_guard<std::mutex> lock(mutex_);
    if (!inflight_.empty() && inflight_.front().first == oldest) {
      inflight_bytes_ -= inflight_.front().second;
      inflight_.pop_front();
    }
  }
}

size_t OclQueue::inflight_commands() {
  std::lock_guard<std::mutex> lock(mutex_);
  drop_finished_locked();
  return inflight_.size();
}

size_t OclQueue::inflight_bytes() {
  std::lock_guard<std::mutex> lock(mutex_);
  drop_finished_locked();
  return inflight_bytes_;
}

cl_event OclQueue::retained_last() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!last_) return nullptr;
  ctx_->api->clRetainEvent(last_->handle());
  return last_->handle();
}

Event OclQueue::last_event() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!last_) return completed_event(profiling());
  return last_;
}

bool OclQueue::idle_for_host() {
  if (profiling()) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  return idle_locked();
}

bool OclQueue::idle_locked() {
  drop_finished_locked();
  return inflight_.empty() && (!last_ || last_->status() == CL_COMPLETE);
}

bool OclQueue::wait_idle_for_host() {
  if (profiling()) return false;
  for (int round = 0; round < 4; ++round) {
    std::shared_ptr<OclEvent> newest;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // An empty inflight_ with the last command still running is not waited for here.
      if (const bool idle = idle_locked(); idle || inflight_.empty()) return idle;
      newest = inflight_.back().first;
    }
    cl_event h = newest->handle();
    auto block = [&] { ctx_->api->clWaitForEvents(1, &h); };
    run_blocking(block);
  }
  return false;  // other threads keep the queue busy: leave the work to the queue
}

void OclQueue::add_check(std::function<void()> check) {
  std::lock_guard<std::mutex> lock(mutex_);
  checks_.push_back(std::move(check));
}

void OclQueue::wait() {
  // Checks taken before clFinish belong to commands that clFinish waits for.
  std::vector<std::function<void()>> checks;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    checks.swap(checks_);
  }
  cl_int err = ctx_->api->clFinish(queue_);
  std::shared_ptr<OclEvent> last;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    last = last_;
    drop_finished_locked();
  }
  for (auto& c : checks) c();
  // A command that failed while running reports a negative status on its event.
  cl_int st = last ? last->status() : CL_COMPLETE;
  if (st < 0 || err != CL_SUCCESS) {
    const char* op = last ? last->op() : "queue";
    {
      std::lock_guard<std::mutex> lock(mutex_);  // report a failed command once
      if (last_ == last) last_.reset();
    }
    try {
      throw BackendError(std::string("[") + op +
                         "] failed while running: " + error_name(st < 0 ? st : err));
    } catch (...) {
      defer_error(op, std::current_exception());
    }
  }
  rethrow_deferred();
}

}  // namespace dp::ocl
