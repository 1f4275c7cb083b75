// Read-only 0-d buffers that hold the scalar operands of elementwise ops, one set per
// queue: `a * 2.0` in a loop fills its buffer once, not once per call (a command and an
// allocation each on OpenCL).
#pragma once
#include <cstdint>
#include <cstring>
#include <mutex>

#include "dparray/runtime/buffer.h"

namespace dp {

class ConstantCache {
 public:
  static constexpr int kSlots = 16;
  struct Key {
    uint8_t type = 0;  // the dtype's code
    UsmType usm = UsmType::Device;
    alignas(16) unsigned char bytes[16] = {};
    bool operator==(const Key& o) const {
      return type == o.type && usm == o.usm && std::memcmp(bytes, o.bytes, sizeof bytes) == 0;
    }
  };

  BufferPtr find(const Key& k) {
    std::lock_guard<std::mutex> lock(m_);
    for (int i = 0; i < used_; ++i)
      if (keys_[i] == k) return bufs_[i];
    return nullptr;
  }
  // Keeps b for k; when full, replaces the slots in turn (oldest first).
  void insert(const Key& k, BufferPtr b) {
    std::lock_guard<std::mutex> lock(m_);
    const int i = used_ < kSlots ? used_++ : (next_++ % kSlots);
    keys_[i] = k;
    bufs_[i] = std::move(b);
  }

 private:
  std::mutex m_;
  Key keys_[kSlots];
  BufferPtr bufs_[kSlots];
  int used_ = 0;
  unsigned next_ = 0;
};

}  // namespace dp
