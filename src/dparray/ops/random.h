// The random front end: a stream state (seed, next counter) and the distributions of
// dparray.random. Numbers come from the backend's counter-based Philox primitive, so a
// seed gives the same numbers on every device.
#pragma once
#include <cstdint>
#include <mutex>

#include "dparray/array/array.h"
#include "dparray/ops/executor.h"

namespace dp {

class RandomState {
 public:
  RandomState();  // seeded from the operating system's entropy
  explicit RandomState(uint64_t seed);

  // Restarts the stream of `seed` at counter 0.
  void seed(uint64_t seed);
  void reseed_from_entropy();
  // (seed, next counter): the whole state, for get_state / set_state.
  uint64_t seed_value() const;
  uint64_t counter() const;
  void set_state(uint64_t seed, uint64_t counter);
  // Reserves `count` counters for one call: returns the first and stores the seed.
  uint64_t reserve(uint64_t count, uint64_t* seed);

  // Uniform floats in [low, high); dtype float16/32/64. `op` names the call in errors.
  Array uniform(const Shape& shape, double low, double high, DType dtype, const Queue& q,
                UsmType usm, const char* op);
  // Normal floats of mean `loc` and standard deviation `scale` (>= 0).
  Array normal(const Shape& shape, double loc, double scale, DType dtype, const Queue& q,
               UsmType usm, const char* op);
  // Integers in the closed interval [low, last] (NumPy's [low, high) with last = high - 1,
  // which always fits a Scalar) of an integer or bool dtype; both bounds in its range.
  Array integers(const Shape& shape, const Scalar& low, const Scalar& last, DType dtype,
                 const Queue& q, UsmType usm, const char* op);

 private:
  // Reserves the counters of one call and returns the first.
  uint64_t take(RandomDist dist, DType dtype, int64_t n);
  Array draw(RandomDist dist, const Shape& shape, double p1, double p2, DType dtype, const Queue& q,
             UsmType usm);

  mutable std::mutex m_;
  uint64_t seed_ = 0;
  uint64_t counter_ = 0;
};

// The process-wide state behind the module-level functions of dparray.random.
RandomState& global_random_state();

// Counters a call of n elements consumes (philox.cl: ceil(n / elements per block)).
uint64_t random_counters(RandomDist dist, DType dtype, int64_t n);

// The exact (low, range) of an Integer draw from its executor bounds [p1, p2): both are
// integral doubles in [-2^63, 2^64]; low is modulo 2^64 and range 0 stands for 2^64.
void integer_bounds(double p1, double p2, uint64_t* low, uint64_t* range);

}  // namespace dp
