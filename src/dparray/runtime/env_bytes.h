// Byte counts from environment variables (DPARRAY_ALLOCATOR_LIMIT, DPARRAY_DISK_CACHE_LIMIT).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace dp {

// "268435456", "256K", "256M", "1G", "512MiB" (powers of 1024); throws
// std::invalid_argument quoting the text when it is not such a count.
uint64_t parse_byte_count(const std::string& text, const char* what);
// The variable parsed by parse_byte_count, or nullopt when unset or empty.
std::optional<uint64_t> env_byte_count(const char* name);
// A non-negative integer variable (DPARRAY_PROGRAM_CACHE_SIZE), or nullopt when unset.
std::optional<uint64_t> env_count(const char* name);

}  // namespace dp
