#include "dparray/backend/host/allocator.h"

#include <malloc.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

#include "dparray/runtime/env_bytes.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/inflight.h"

namespace dp::host {

namespace {
constexpr size_t kAlign = 64;
constexpr size_t kHugePage = size_t(2) << 20;
// Blocks of this size class and below bypass the cache: glibc's per-thread caches serve
// them without a lock, a map lookup, a list node and two clock reads (small-op latency).
constexpr size_t kSmallBlock = size_t(16) << 10;

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

double now_s() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Block {
  void* p;
  size_t cls;
  double freed_at;
};

// Free blocks in the order they were freed (front: oldest), and per size class the
// same blocks as iterators (front: oldest of the class).
struct Cache {
  std::mutex m;
  std::list<Block> lru;
  std::unordered_map<size_t, std::deque<std::list<Block>::iterator>> free;
  size_t bytes = 0;
  size_t limit = 0;
  bool limit_set = false;
};
Cache& cache() {
  static Cache* c = new Cache();  // outlives static destruction of arrays
  return *c;
}

// Large blocks are mmap'ed, 2 MiB aligned, and ask for transparent huge pages: first
// touch then faults 512x fewer pages (THP is often in "madvise" mode); munmap returns
// them to the OS at once (free() may keep heap memory).
size_t mapped_size(size_t cls) { return (cls + kHugePage - 1) / kHugePage * kHugePage; }

void* system_alloc(size_t cls) {
  if (cls < kHugePage) return std::aligned_alloc(kAlign, cls);
  const size_t len = mapped_size(cls);
  void* raw =
      mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  // Trim to a 2 MiB aligned range of len bytes.
  const uintptr_t a = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (a + kHugePage - 1) / kHugePage * kHugePage;
  if (aligned > a) munmap(raw, aligned - a);
  const uintptr_t end = a + len + kHugePage, used_end = aligned + len;
  if (end > used_end) munmap(reinterpret_cast<void*>(used_end), end - used_end);
  void* p = reinterpret_cast<void*>(aligned);
  madvise(p, len, MADV_HUGEPAGE);
  return p;
}

void system_free(void* p, size_t cls) {
  if (cls < kHugePage)
    std::free(p);
  else
    munmap(p, mapped_size(cls));
}

// Small blocks: a stack per size class (64 B .. 16 KiB) per thread. glibc serves a 64-byte
// aligned request through memalign, which skips its per-thread caches and splits and merges
// chunks on every call; a size-1 op's result would pay that each time. Off under ASan, which
// must see every free.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSmallCache = false;
#else
constexpr bool kSmallCache = true;
#endif
constexpr int kSmallClasses = 9;                        // 64 << 0 .. 64 << 8
constexpr int kSmallSlots = 64;                         // blocks kept per class
constexpr size_t kSmallCacheBytes = size_t(256) << 10;  // kept per thread at most

struct SmallCache {
  void* stack[kSmallClasses][kSmallSlots];
  int count[kSmallClasses] = {};
  size_t bytes = 0;
};

// The thread's cache: a plain pointer (valid to read after thread-exit destructors ran),
// freed by a guard at thread exit, after which the thread stops caching.
thread_local SmallCache* small_cache = nullptr;
thread_local bool small_cache_gone = false;

struct SmallCacheGuard {
  ~SmallCacheGuard() {
    if (SmallCache* c = small_cache) {
      for (int k = 0; k < kSmallClasses; ++k)
        for (int i = 0; i < c->count[k]; ++i) std::free(c->stack[k][i]);
      delete c;
    }
    small_cache = nullptr;
    small_cache_gone = true;
  }
};

// This thread's cache, or null (ASan builds; a thread past its exit destructors).
SmallCache* thread_small_cache() {
  if (!kSmallCache || small_cache || small_cache_gone) return small_cache;
  static thread_local SmallCacheGuard guard;
  (void)guard;
  small_cache = new SmallCache();
  return small_cache;
}

int small_index(size_t cls) { return __builtin_ctzll(cls) - 6; }  // cls: 64 << k

void* small_pop(size_t cls) {
  SmallCache* c = thread_small_cache();
  if (!c) return nullptr;
  const int k = small_index(cls);
  if (c->count[k] == 0) return nullptr;
  c->bytes -= cls;
  return c->stack[k][--c->count[k]];
}

bool small_push(void* p, size_t cls) {
  SmallCache* c = thread_small_cache();
  if (!c) return false;
  const int k = small_index(cls);
  if (c->count[k] == kSmallSlots || c->bytes + cls > kSmallCacheBytes) return false;
  c->stack[k][c->count[k]++] = p;
  c->bytes += cls;
  return true;
}

size_t limit_locked(Cache& c) {
  if (!c.limit_set) {
    c.limit =
        static_cast<size_t>(env_byte_count("DPARRAY_ALLOCATOR_LIMIT").value_or(default_limit()));
    c.limit_set = true;
  }
  return c.limit;
}

// Releases the oldest free block (the cache's mutex is held).
void evict_oldest(Cache& c) {
  Block b = c.lru.front();
  auto& q = c.free[b.cls];
  q.pop_front();  // the oldest of its class is the oldest overall among them
  if (q.empty()) c.free.erase(b.cls);
  c.lru.pop_front();
  c.bytes -= b.cls;
  system_free(b.p, b.cls);
}

// Evicts until at most `cap` bytes stay cached, and every block idle too long.
void trim(Cache& c, size_t cap) {
  const double old = now_s() - kIdleSeconds;
  while (!c.lru.empty() && (c.bytes > cap || c.lru.front().freed_at < old)) evict_oldest(c);
}
}  // namespace

size_t default_limit() {
  const size_t cap = size_t(2) << 30;
  struct sysinfo si;
  if (sysinfo(&si) != 0) return cap;
  return std::min(cap, size_t(si.totalram) * si.mem_unit / 8);
}

void* allocate(size_t nbytes) {
  size_t cls = size_class(nbytes);
  charge_allocation(cls);
  Cache& c = cache();
  if (cls <= kSmallBlock) {
    if (void* p = small_pop(cls)) return p;
  } else {
    std::lock_guard<std::mutex> lock(c.m);
    trim(c, limit_locked(c));
    auto it = c.free.find(cls);
    if (it != c.free.end() && !it->second.empty()) {
      auto li = it->second.back();  // the most recently freed block of the class
      it->second.pop_back();
      if (it->second.empty()) c.free.erase(it);
      void* p = li->p;
      c.lru.erase(li);
      c.bytes -= cls;
      return p;
    }
  }
  void* p = system_alloc(cls);
  if (!p) {
    release_cached();
    p = system_alloc(cls);
  }
  if (!p)
    throw MemoryError("[allocate] cannot allocate " + std::to_string(nbytes) +
                      " bytes of host memory");
  return p;
}

void deallocate(void* p, size_t nbytes) {
  if (!p) return;
  size_t cls = size_class(nbytes);
  if (cls <= kSmallBlock) {
    if (!small_push(p, cls)) system_free(p, cls);
    return;
  }
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.m);
  const size_t cap = limit_locked(c);
  if (cls > cap) {
    system_free(p, cls);
    trim(c, cap);
    return;
  }
  c.lru.push_back(Block{p, cls, now_s()});
  c.free[cls].push_back(std::prev(c.lru.end()));
  c.bytes += cls;
  trim(c, cap);
}

void release_cached() {
  Cache& c = cache();
  {
    std::lock_guard<std::mutex> lock(c.m);
    while (!c.lru.empty()) evict_oldest(c);
  }
  malloc_trim(0);  // small blocks went back to the heap: give its free pages to the OS
}

size_t cached_bytes() {
  std::lock_guard<std::mutex> lock(cache().m);
  return cache().bytes;
}

size_t limit() {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.m);
  return limit_locked(c);
}

void set_limit(size_t nbytes) {
  Cache& c = cache();
  std::lock_guard<std::mutex> lock(c.m);
  c.limit = nbytes;
  c.limit_set = true;
  trim(c, nbytes);
}

}  // namespace dp::host
