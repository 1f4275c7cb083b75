#include "dparray/runtime/inflight.h"

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <string>

#include "dparray/runtime/env_bytes.h"

namespace dp {

namespace {
std::mutex limits_mutex;
bool limits_set = false;
InflightLimits limits_value{kDefaultInflightBytes, kDefaultInflightCommands};

thread_local size_t pending_charge = 0;
thread_local bool running_command = false;
std::atomic<BlockingHook> blocking_hook{nullptr};

// `bytes_what` / `commands_what` start the message: "[op] what".
void check_limits(const InflightLimits& l, const char* bytes_what, const char* commands_what) {
  if (l.bytes == 0)
    throw std::invalid_argument(std::string(bytes_what) + " must be at least 1, got 0");
  if (l.commands == 0)
    throw std::invalid_argument(std::string(commands_what) + " must be at least 1, got 0");
}
}  // namespace

InflightLimits inflight_limits() {
  std::lock_guard<std::mutex> lock(limits_mutex);
  if (!limits_set) {
    InflightLimits l{kDefaultInflightBytes, kDefaultInflightCommands};
    if (auto b = env_byte_count("DPARRAY_MAX_INFLIGHT_BYTES")) l.bytes = static_cast<size_t>(*b);
    if (auto c = env_count("DPARRAY_MAX_INFLIGHT_COMMANDS")) l.commands = static_cast<size_t>(*c);
    check_limits(l, "[DPARRAY_MAX_INFLIGHT_BYTES]", "[DPARRAY_MAX_INFLIGHT_COMMANDS]");
    limits_value = l;
    limits_set = true;
  }
  return limits_value;
}

void set_inflight_limits(InflightLimits limits) {
  check_limits(limits, "[set_inflight_limits] nbytes", "[set_inflight_limits] commands");
  std::lock_guard<std::mutex> lock(limits_mutex);
  limits_value = limits;
  limits_set = true;
}

void charge_allocation(size_t nbytes) noexcept { pending_charge += nbytes; }

size_t take_allocation_charge() noexcept {
  const size_t c = pending_charge;
  pending_charge = 0;
  return c;
}

bool in_command() noexcept { return running_command; }
CommandScope::CommandScope() noexcept : prev_(running_command) { running_command = true; }
CommandScope::~CommandScope() { running_command = prev_; }

void set_blocking_hook(BlockingHook hook) noexcept { blocking_hook.store(hook); }

void run_blocking(void (*wait)(void*), void* ctx) {
  if (BlockingHook h = blocking_hook.load())
    h(wait, ctx);
  else
    wait(ctx);
}

}  // namespace dp
