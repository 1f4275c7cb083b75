#include "gil.h"

#include <cxxabi.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "dparray/backend/host/host_queue.h"

namespace dpy {

namespace {
std::atomic<bool> parked{false};

// Runs in exit(), before library destructors: see install_exit_settle in gil.h.
void settle_at_exit() {
  if (!parked.load()) return;
  dp::host::wait_for_all_queues(std::chrono::seconds(10));
  // OpenBLAS workers spin about 2**28 cycles (< 0.2 s) after a job before sleeping.
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
}

// Sleeps until the process ends (exit() does not wait for other threads).
[[noreturn]] void park_forever() noexcept {
  parked.store(true);
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, nullptr);  // pause() acts on no cancel
  for (;;) pause();
}
}  // namespace

void install_exit_settle() {
  static const bool once = std::atexit(&settle_at_exit) == 0;
  (void)once;
}

void gil_release::reacquire(PyThreadState* state) noexcept {
  try {
    PyEval_RestoreThread(state);
  } catch (abi::__forced_unwind&) {
    // Never rethrown and never left: see gil.h. The exception stays alive while parked.
    park_forever();
  }
}

}  // namespace dpy
