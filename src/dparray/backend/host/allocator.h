// A caching allocator for host memory: freed blocks are kept by size class and
// reused, so temporaries of a loop do not page-fault on every iteration.
#pragma once
#include <cstddef>

namespace dp::host {

// 64-byte aligned; throws MemoryError naming the byte count.
void* allocate(size_t nbytes);
void deallocate(void* p, size_t nbytes);
// Returns cached blocks to the system.
void release_cached();
size_t cached_bytes();

}  // namespace dp::host
