#include "dparray/kernels/host_launch.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <stdexcept>

#include "dparray/backend/host/host_queue.h"

namespace dp::kernels {

namespace {
// Work-items per task below which splitting costs more than it gains.
constexpr int64_t kItemsPerTask = 1 << 14;
}  // namespace

Event host_launch(const Queue& q, HostEntry entry, std::vector<int64_t> block, int64_t units,
                  int64_t work_items, std::vector<Array> keep, std::vector<Event> deps,
                  bool async) {
  if (q->device()->backend_kind() != BackendKind::Host)
    throw std::invalid_argument("[call_kernel] a host kernel needs a host queue, not '" +
                                q->device()->filter_string() + "'");
  auto& hq = static_cast<host::HostQueue&>(*q);
  const bool empty = units <= 0 || work_items <= 0;
  if (empty && deps.empty()) return hq.last_event();
  const int64_t per_unit = empty ? 1 : std::max<int64_t>(1, work_items / units);
  const int64_t grain = std::max<int64_t>(1, kItemsPerTask / per_unit);
  // An async launch is always queued (the queue waits for deps on its worker thread).
  const size_t items = static_cast<size_t>(std::max<int64_t>(0, work_items));
  const size_t work = async ? std::max(host::kInlineWork, items) : items;
  return hq.submit(
      "call_kernel", work,
      [entry, block = std::move(block), units, grain, keep = std::move(keep)] {
        if (units <= 0) return;
        const int64_t* b = block.data();
        if (units <= grain) {
          entry(b, 0, units);
          return;
        }
        tbb::parallel_for(
            tbb::blocked_range<int64_t>(0, units, grain),
            [&](const tbb::blocked_range<int64_t>& r) { entry(b, r.begin(), r.end()); });
      },
      std::move(deps));
}

}  // namespace dp::kernels
