#include "dparray/runtime/disk_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <vector>

#include "dparray/runtime/env_bytes.h"

namespace dp {

uint64_t disk_cache_limit() {
  static const uint64_t limit =
      env_byte_count("DPARRAY_DISK_CACHE_LIMIT").value_or(kDefaultDiskCacheLimit);
  return limit;
}

void touch_cache_file(const std::string& path) { utimensat(AT_FDCWD, path.c_str(), nullptr, 0); }

void evict_disk_cache(const std::string& dir, uint64_t limit, const std::string& keep,
                      const std::string& suffix) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  struct File {
    std::string path;
    uint64_t size;
    struct timespec mtime;
  };
  std::vector<File> files;
  uint64_t total = 0;
  const time_t stale = time(nullptr) - 3600;  // temporaries of crashed writers
  const std::string tmp_mark = suffix + ".tmp";
  while (dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    const bool entry = name.size() > suffix.size() &&
                       name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    const bool tmp = name.find(tmp_mark) != std::string::npos;
    if (!entry && !tmp) continue;
    const std::string path = dir + "/" + name;
    struct stat st;
    if (stat(path.c_str(), &st) != 0) continue;  // removed by another process meanwhile
    if (tmp) {
      if (st.st_mtime < stale) unlink(path.c_str());
      continue;
    }
    files.push_back({path, static_cast<uint64_t>(st.st_size), st.st_mtim});
    total += static_cast<uint64_t>(st.st_size);
  }
  closedir(d);
  if (total <= limit) return;
  // Oldest first; the file just written goes last.
  std::sort(files.begin(), files.end(), [&](const File& a, const File& b) {
    if ((a.path == keep) != (b.path == keep)) return b.path == keep;
    if (a.mtime.tv_sec != b.mtime.tv_sec) return a.mtime.tv_sec < b.mtime.tv_sec;
    return a.mtime.tv_nsec < b.mtime.tv_nsec;
  });
  for (const File& f : files) {
    if (total <= limit) break;
    if (unlink(f.path.c_str()) == 0 || errno == ENOENT) total -= std::min(total, f.size);
  }
}

}  // namespace dp
