#include "gil.h"

#include <cxxabi.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "dparray/backend/host/host_queue.h"
#include "dparray/runtime/inflight.h"

namespace dpy {

namespace {
std::atomic<bool> parked{false};
std::atomic<int> in_flight{0};  // threads between releasing and re-acquiring the GIL

// Runs in exit(status), before library destructors: see install_exit_settle in gil.h.
void settle_at_exit(int status, void*) {
  const bool busy = parked.load() || in_flight.load() > 0 ||
                    !dp::host::wait_for_all_queues(std::chrono::milliseconds(0));
  if (!busy) return;
  std::fflush(nullptr);  // Python flushed its streams in Py_FinalizeEx; C stdio here
  _exit(status);
}

// Sleeps until the process ends (exit() does not wait for other threads).
[[noreturn]] void park_forever() noexcept {
  parked.store(true);
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, nullptr);  // pause() acts on no cancel
  for (;;) pause();
}
}  // namespace

void install_exit_settle() {
  static const bool once = on_exit(&settle_at_exit, nullptr) == 0;
  (void)once;
}

void install_blocking_hook() {
  dp::set_blocking_hook([](void (*wait)(void*), void* ctx) {
    if (!PyGILState_Check()) {
      wait(ctx);
      return;
    }
    gil_release release;
    wait(ctx);
  });
}

gil_release::gil_release() noexcept {
  ++in_flight;
  state_ = PyEval_SaveThread();
}

void gil_release::reacquire(PyThreadState* state) noexcept {
  try {
    PyEval_RestoreThread(state);
    --in_flight;
  } catch (abi::__forced_unwind&) {
    // Never rethrown and never left: see gil.h. The exception stays alive while parked.
    park_forever();
  }
}

}  // namespace dpy
