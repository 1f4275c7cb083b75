// Exception types of the core; the bindings map each to the Python type a user expects.
#pragma once
#include <stdexcept>
#include <string>

namespace dp {

// Operands live on different queues (compute follows data).
struct ExecutionPlacementError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Bad argument type (Python TypeError).
struct TypeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Index out of range (Python IndexError).
struct IndexError : std::out_of_range {
  using std::out_of_range::out_of_range;
};
// An axis argument out of range (Python dparray.AxisError: a ValueError and an IndexError, as
// NumPy's AxisError).
struct AxisError : IndexError {
  using IndexError::IndexError;
};
// An allocation failed (Python MemoryError).
struct MemoryError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// A backend or driver failure (Python RuntimeError).
struct BackendError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Build log of a failed kernel compilation.
struct BuildError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dp
