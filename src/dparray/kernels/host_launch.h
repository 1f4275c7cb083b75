// Launch of a compiled host kernel (dparray.kernels): the JIT-compiled entry runs
// work units (Range rows or NdRange work-groups) [lo, hi) with a packed argument
// block; units are spread over the device's cores by oneTBB, in queue order.
#pragma once
#include <cstdint>
#include <vector>

#include "dparray/array/array.h"

namespace dp::kernels {

using HostEntry = void (*)(const int64_t* block, int64_t lo, int64_t hi);

// Enqueues entry over units [0, units) on host queue q after its earlier commands;
// work_items sizes the split (and lets a small synchronous launch on an idle queue run
// inline; an async one is always queued, so that the call returns at once). The command
// first waits for deps (events of any queue or device: those of q itself are already
// complete by then) and holds `keep`, the argument arrays, until the kernel has run.
Event host_launch(const Queue& q, HostEntry entry, std::vector<int64_t> block, int64_t units,
                  int64_t work_items, std::vector<Array> keep, std::vector<Event> deps = {},
                  bool async = false);

}  // namespace dp::kernels
