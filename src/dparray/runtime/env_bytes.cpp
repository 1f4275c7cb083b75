#include "dparray/runtime/env_bytes.h"

#include <cstdlib>
#include <stdexcept>

namespace dp {

uint64_t parse_byte_count(const std::string& text, const char* what) {
  auto bad = [&]() -> uint64_t {
    throw std::invalid_argument(std::string("[") + what + "] '" + text +
                                "' is not a byte count (e.g. 268435456, 256M, 1G)");
  };
  size_t i = 0;
  uint64_t v = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    const uint64_t d = static_cast<uint64_t>(text[i] - '0');
    if (v > (UINT64_MAX - d) / 10) return bad();
    v = v * 10 + d;
    ++i;
  }
  if (i == 0) return bad();
  std::string unit = text.substr(i);
  if (unit.size() == 3 && (unit[1] == 'i' || unit[1] == 'I') && (unit[2] == 'B' || unit[2] == 'b'))
    unit = unit.substr(0, 1);
  int shift = 0;
  if (unit.empty() || unit == "B" || unit == "b")
    shift = 0;
  else if (unit == "K" || unit == "k")
    shift = 10;
  else if (unit == "M" || unit == "m")
    shift = 20;
  else if (unit == "G" || unit == "g")
    shift = 30;
  else if (unit == "T" || unit == "t")
    shift = 40;
  else
    return bad();
  if (shift && v > (UINT64_MAX >> shift)) return bad();
  return v << shift;
}

std::optional<uint64_t> env_byte_count(const char* name) {
  const char* env = std::getenv(name);
  if (!env || !*env) return std::nullopt;
  return parse_byte_count(env, name);
}

std::optional<uint64_t> env_count(const char* name) {
  const char* env = std::getenv(name);
  if (!env || !*env) return std::nullopt;
  const std::string s = env;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > (UINT64_MAX - 9) / 10)
      throw std::invalid_argument(std::string("[") + name + "] '" + s +
                                  "' is not a non-negative integer");
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

}  // namespace dp
