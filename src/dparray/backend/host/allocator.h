// A caching allocator for host memory: freed blocks are kept by size class and
// reused, so temporaries of a loop do not page-fault on every iteration. The cache
// is bounded: at most limit() bytes of free blocks are kept (the least recently freed
// go first), blocks idle for kIdleSeconds are returned to the system, and blocks of
// 2 MiB or more are mmap'ed so that releasing them really returns them to the OS.
#pragma once
#include <cstddef>

namespace dp::host {

// The default cap on cached free blocks: min(2 GiB, RAM / 8), enough to keep the
// temporaries of 2^24-element work and of smaller work interleaved with it
// (DPARRAY_ALLOCATOR_LIMIT overrides it).
size_t default_limit();
// Cached blocks unused for this long are released at the next allocator call.
constexpr double kIdleSeconds = 10.0;

// 64-byte aligned; throws MemoryError naming the byte count.
void* allocate(size_t nbytes);
void deallocate(void* p, size_t nbytes);
// Returns cached blocks to the system.
void release_cached();
size_t cached_bytes();
// The cap on cached free bytes: DPARRAY_ALLOCATOR_LIMIT (a byte count such as 268435456
// or 256M) at first use, else default_limit(); set_limit releases the excess now.
size_t limit();
void set_limit(size_t nbytes);

}  // namespace dp::host
