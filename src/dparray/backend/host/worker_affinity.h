// Keeps the TBB worker threads off the CPU of the thread that starts a parallel command.
// Linux's wake-up placement, once the cores have been busy (SIS_UTIL stops its search for an
// idle CPU), can put a woken worker on the caller's own CPU, where it waits while the caller
// does the whole command alone: 10^6-element ops after large work ran at half speed.
#pragma once
#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_scheduler_observer.h>

#include <memory>

namespace dp::host {

// An observer of `arena` that records the workers joining it (null when the mechanism is off).
// Its owner keeps it alive no longer than the arena.
std::unique_ptr<tbb::task_scheduler_observer> observe_arena_workers(tbb::task_arena& arena);

// Called by a thread about to run a command in a device arena: when its CPU differs from the
// one last avoided, the workers' affinity becomes the process's CPUs less that one. A no-op
// with fewer than two CPUs, on a worker thread, or with DPARRAY_WORKER_AFFINITY=0.
void keep_workers_off_this_cpu();

}  // namespace dp::host
