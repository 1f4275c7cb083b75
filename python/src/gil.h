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

// Registers (once) an exit handler. When dparray is still busy at exit (a daemon thread
// parked or still inside a dparray call, or host queue commands not finished), the
// libraries it uses (OpenBLAS, TBB, PoCL) may be mid-operation in other threads and their
// destructors must not run (OpenBLAS 0.3.21's shutdown, for one, then joins a worker that
// never wakes). The handler ends such a process with _exit(status), keeping the exit
// status, after flushing C stdio (Python flushed its own streams already). An idle
// dparray leaves exit alone.
void install_exit_settle();

// Makes dparray's blocking waits inside calls (back-pressure on a full queue) release
// the GIL when the waiting thread holds it, so other Python threads go on meanwhile.
void install_blocking_hook();

class gil_release {
 public:
  gil_release() noexcept;
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
