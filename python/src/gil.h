// Releasing the GIL around blocking or long C++ work, safely at interpreter shutdown.
//
// Why not nb::gil_scoped_release: its destructor re-acquires the GIL with
// PyEval_RestoreThread. When the interpreter is finalizing, CPython (3.8 to 3.13) ends
// any other thread that asks for the GIL with pthread_exit, which unwinds the thread's
// stack with a "forced unwind" exception. A daemon thread still inside a dparray call at
// exit meets it in that (implicitly noexcept) destructor, and std::terminate aborts the
// whole process ("terminate called without an active exception").
//
// gil_release re-acquires inside a try block that catches abi::__forced_unwind and then
// parks the thread for good instead of letting the unwind go on. Unwinding further is not
// an option: nanobind's dispatcher catches every exception (catch (...)) without
// rethrowing, and glibc aborts when a forced unwind is swallowed. A parked daemon thread
// holds no GIL and no dparray lock (its C++ work is done) and ends with the process,
// which is what CPython 3.14 does itself for such threads. The thread that finalizes
// (the main thread) never gets a forced unwind, so it re-acquires normally.
#pragma once
#include <Python.h>

namespace dpy {

// Registers (once) the exit handler below. At exit, after a daemon thread was parked in a
// dparray call, it waits for the host queues to drain (bounded) and for OpenBLAS's
// worker threads to fall asleep: OpenBLAS 0.3.21's shutdown loses the wake-up of a worker
// that is just going to sleep and then joins it forever.
void install_exit_settle();

class gil_release {
 public:
  gil_release() noexcept : state_(PyEval_SaveThread()) {}
  ~gil_release() { reacquire(state_); }
  gil_release(const gil_release&) = delete;
  gil_release& operator=(const gil_release&) = delete;

  // PyEval_RestoreThread(state), or never returns when the interpreter is finalizing
  // and this is not the finalizing thread.
  static void reacquire(PyThreadState* state) noexcept;

 private:
  PyThreadState* state_;
};

}  // namespace dpy
