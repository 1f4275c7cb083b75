#include "dparray/runtime/gpu_probe.h"

#include <dirent.h>

#include <cstring>

namespace dp {

namespace {

bool has_prefix(const char* name, const char* prefix) {
  return std::strncmp(name, prefix, std::strlen(prefix)) == 0;
}

// Names under dev_dir (and dev_dir/dri) that only exist with a GPU driver loaded.
bool any_entry(const std::string& dir, const char* const* prefixes) {
  DIR* d = opendir(dir.c_str());
  if (!d) return false;
  bool found = false;
  while (dirent* e = readdir(d)) {
    for (const char* const* p = prefixes; *p && !found; ++p) found = has_prefix(e->d_name, *p);
    if (found) break;
  }
  closedir(d);
  return found;
}

}  // namespace

bool gpu_device_nodes_present(const std::string& dev_dir) {
  static const char* const dri[] = {"renderD", "card", nullptr};
  static const char* const top[] = {"nvidia", "kfd", "dxg", "mali", "kgsl", "galcore", nullptr};
  return any_entry(dev_dir + "/dri", dri) || any_entry(dev_dir, top);
}

}  // namespace dp
