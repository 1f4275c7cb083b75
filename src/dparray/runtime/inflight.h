// Back-pressure: each queue bounds the memory and the commands it holds in flight
// (submitted, not finished). A submitting thread that would exceed a bound waits until
// earlier commands of that queue finish, so a Python loop cannot run arbitrarily far
// ahead of the device and pile up temporaries. A queue with nothing in flight always
// accepts a command, so one command larger than the bound still runs (no deadlock).
#pragma once
#include <cstddef>

namespace dp {

struct InflightLimits {
  size_t bytes;     // memory allocated for the commands in flight
  size_t commands;  // commands in flight
};

// Defaults; DPARRAY_MAX_INFLIGHT_BYTES (a byte count: 268435456, 256M, 1G) and
// DPARRAY_MAX_INFLIGHT_COMMANDS (an integer) override them at first use.
constexpr size_t kDefaultInflightBytes = size_t(32) << 20;
constexpr size_t kDefaultInflightCommands = 32;

InflightLimits inflight_limits();
// Both bounds must be at least 1 (throws std::invalid_argument naming the bad one).
void set_inflight_limits(InflightLimits limits);

// Memory a command holds is charged to it this way: the backends' allocators report
// every buffer they hand out on this thread, and the next command submitted from this
// thread takes the sum (its outputs and temporaries were allocated just before it).
void charge_allocation(size_t nbytes) noexcept;
size_t take_allocation_charge() noexcept;

// True while this thread runs a queued command (or inside one of its helpers): such
// a thread never waits for queue space, since the command it runs may be what frees it.
bool in_command() noexcept;
class CommandScope {
 public:
  CommandScope() noexcept;
  ~CommandScope();
  CommandScope(const CommandScope&) = delete;
  CommandScope& operator=(const CommandScope&) = delete;

 private:
  bool prev_;
};

// Runs a blocking wait. The Python bindings install a hook that releases the GIL
// around it (other Python threads go on meanwhile); without one it just runs.
using BlockingHook = void (*)(void (*wait)(void*), void* ctx);
void set_blocking_hook(BlockingHook hook) noexcept;
void run_blocking(void (*wait)(void*), void* ctx);
template <class F>
void run_blocking(F& f) {
  run_blocking([](void* p) { (*static_cast<F*>(p))(); }, &f);
}

}  // namespace dp
