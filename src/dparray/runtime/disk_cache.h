// Size-capped on-disk caches (OpenCL program binaries, host kernel objects): every
// cache directory holds at most DPARRAY_DISK_CACHE_LIMIT bytes of entries; a hit
// refreshes an entry's mtime and a write evicts the least recently used entries.
#pragma once
#include <cstdint>
#include <string>

namespace dp {

constexpr uint64_t kDefaultDiskCacheLimit = uint64_t(256) << 20;

// The byte cap of one cache directory: DPARRAY_DISK_CACHE_LIMIT, else kDefaultDiskCacheLimit
// (read once; a malformed value throws std::invalid_argument).
uint64_t disk_cache_limit();
// Makes path the most recently used entry (best effort: read-only dirs ignore it).
void touch_cache_file(const std::string& path);
// Removes the least recently used entries of dir (files named *suffix) until at most `limit`
// bytes stay, and temporaries (names containing suffix + ".tmp") older than an hour; `keep`
// is removed last. Errors (a file another process removed, a read-only directory) are ignored.
void evict_disk_cache(const std::string& dir, uint64_t limit, const std::string& keep,
                      const std::string& suffix);

}  // namespace dp
