#include "dparray/backend/host/allocator.h"

#include <sys/mman.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "dparray/runtime/errors.h"

namespace dp::host {

namespace {
constexpr size_t kAlign = 64;
constexpr size_t kHugePage = size_t(2) << 20;
constexpr size_t kMaxCached = size_t(2) << 30;  // keep at most 2 GiB of free blocks

// Size classes: powers of two up to 1 MiB, then multiples of 1 MiB, so that a
// reused block wastes little.
size_t size_class(size_t n) {
  if (n <= kAlign) return kAlign;
  if (n <= (size_t(1) << 20)) {
    size_t c = kAlign;
    while (c < n) c <<= 1;
    return c;
  }
  size_t mb = size_t(1) << 20;
  return (n + mb - 1) / mb * mb;
}

struct Cache {
  std::mutex m;
  std::unordered_map<size_t, std::vector<void*>> free;
  size_t bytes = 0;
};
Cache& cache() {
  static Cache* c = new Cache();  // outlives static destruction of arrays
  return *c;
}
// Large blocks are 2 MiB aligned and ask for transparent huge pages: first touch
// then faults 512x fewer pages (THP is often in "madvise" mode).
void* system_alloc(size_t cls) {
  if (cls < kHugePage) return std::aligned_alloc(kAlign, cls);
  void* p = std::aligned_alloc(kHugePage, (cls + kHugePage - 1) / kHugePage * kHugePage);
  if (p) madvise(p, cls, MADV_HUGEPAGE);
  return p;
}
}  // namespace

void* allocate(size_t nbytes) {
  size_t cls = size_class(nbytes);
  Cache& c = cache();
  {
    std::lock_guard<std::mutex> lock(c.m);
    auto it = c.free.find(cls);
    if (it != c.free.end() && !it->second.empty()) {
      void* p = it->second.back();
      it->second.pop_back();
      c.bytes -= cls;
      return p;
    }
  }
  void* p = system_alloc(cls);
  if (!p) {
    release_cached();
    p = system_alloc(cls);
  }
  if (!p) throw MemoryError("[allocate] cannot allocate " + std::to_string(nbytes) + " bytes of host memory");
  return p;
}

void deallocate(void* p, size_t nbytes) {
  if (!p) return;
  size_t cls = size_class(nbytes);
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.m);
  if (c.bytes + cls > kMaxCached) {
    std::free(p);
    return;
  }
  c.free[cls].push_back(p);
  c.bytes += cls;
}

void release_cached() {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.m);
  for (auto& [cls, v] : c.free)
    for (void* p : v) std::free(p);
  c.free.clear();
  c.bytes = 0;
}

size_t cached_bytes() {
  std::lock_guard<std::mutex> lock(cache().m);
  return cache().bytes;
}

}  // namespace dp::host
