#include "dparray/backend/host/worker_affinity.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#ifdef __linux__
#include <sched.h>
#include <unistd.h>
#endif

namespace dp::host {

#ifdef __linux__
namespace {

thread_local bool tls_is_worker = false;

// The TBB workers seen so far, and the CPU they are kept off.
class WorkerAffinity {
 public:
  WorkerAffinity() {
    const char* env = std::getenv("DPARRAY_WORKER_AFFINITY");
    CPU_ZERO(&process_);
    enabled_ = !(env && std::strcmp(env, "0") == 0) &&
               sched_getaffinity(0, sizeof(process_), &process_) == 0 && CPU_COUNT(&process_) >= 2;
  }

  bool enabled() const { return enabled_; }

  // A worker joins an arena: remember it, and give it the current mask if it has not got it.
  void on_worker_entry() {
    thread_local int seen_generation = -1;
    tls_is_worker = true;
    if (seen_generation == generation_.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> lock(m_);
    const pid_t tid = gettid();
    if (std::find(tids_.begin(), tids_.end(), tid) == tids_.end()) tids_.push_back(tid);
    if (avoided_.load(std::memory_order_relaxed) >= 0)
      sched_setaffinity(tid, sizeof(mask_), &mask_);
    seen_generation = generation_.load(std::memory_order_relaxed);
  }

  void keep_off(int cpu) {
    if (!enabled_ || tls_is_worker || cpu < 0 || cpu == avoided_.load(std::memory_order_relaxed))
      return;
    std::lock_guard<std::mutex> lock(m_);
    avoided_.store(cpu, std::memory_order_relaxed);
    mask_ = process_;
    if (cpu < CPU_SETSIZE) CPU_CLR(cpu, &mask_);
    if (CPU_COUNT(&mask_) == 0) mask_ = process_;
    // Threads that have exited (ESRCH) leave the list.
    std::vector<pid_t> alive;
    for (pid_t t : tids_)
      if (sched_setaffinity(t, sizeof(mask_), &mask_) == 0 || errno != ESRCH) alive.push_back(t);
    tids_.swap(alive);
    generation_.fetch_add(1, std::memory_order_release);
  }

 private:
  bool enabled_ = false;
  cpu_set_t process_;  // the process's CPUs when the host backend started
  cpu_set_t mask_;     // process_ less the avoided CPU
  std::mutex m_;
  std::vector<pid_t> tids_;
  std::atomic<int> avoided_{-1};
  std::atomic<int> generation_{0};
};

// Never destroyed: worker threads may enter an arena until the process ends.
WorkerAffinity& registry() {
  static WorkerAffinity* w = new WorkerAffinity();
  return *w;
}

class ArenaObserver final : public tbb::task_scheduler_observer {
 public:
  explicit ArenaObserver(tbb::task_arena& arena) : tbb::task_scheduler_observer(arena) {
    observe(true);
  }
  ~ArenaObserver() override { observe(false); }
  void on_scheduler_entry(bool is_worker) override {
    if (is_worker) registry().on_worker_entry();
  }
};

}  // namespace

std::unique_ptr<tbb::task_scheduler_observer> observe_arena_workers(tbb::task_arena& arena) {
  if (!registry().enabled()) return nullptr;
  return std::make_unique<ArenaObserver>(arena);
}

void keep_workers_off_this_cpu() { registry().keep_off(sched_getcpu()); }

#else

std::unique_ptr<tbb::task_scheduler_observer> observe_arena_workers(tbb::task_arena&) {
  return nullptr;
}
void keep_workers_off_this_cpu() {}

#endif

}  // namespace dp::host
