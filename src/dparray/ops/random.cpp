#include "dparray/ops/random.h"

#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

#include "dparray/ops/elementwise.h"
#include "dparray/ops/philox.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

using i128 = __int128;

std::string int_str(i128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
  std::string s;
  while (u) {
    s.insert(s.begin(), char('0' + int(u % 10)));
    u /= 10;
  }
  return neg ? "-" + s : s;
}

i128 scalar_int(const Scalar& s) {
  if (s.kind == Kind::Unsigned) return s.u;
  if (s.kind == Kind::Bool) return s.b ? 1 : 0;
  return s.i;
}

// The values an integer (or bool) dtype holds.
void int_limits(DType t, i128* lo, i128* hi) {
  if (t == DType::Bool) {
    *lo = 0;
    *hi = 1;
    return;
  }
  int bits = static_cast<int>(itemsize(t)) * 8;
  if (kind_of(t) == Kind::Unsigned) {
    *lo = 0;
    *hi = (i128(1) << bits) - 1;
  } else {
    *lo = -(i128(1) << (bits - 1));
    *hi = (i128(1) << (bits - 1)) - 1;
  }
}

bool exact_double(i128 v) { return static_cast<i128>(static_cast<double>(v)) == v; }

uint64_t u64_mod(double v) {
  if (v >= 18446744073709551616.0) return 0;                        // 2^64
  if (v >= 9223372036854775808.0) return static_cast<uint64_t>(v);  // [2^63, 2^64)
  return static_cast<uint64_t>(static_cast<int64_t>(v));            // [-2^63, 2^63)
}

std::string op_prefix(const char* op) { return std::string("[") + op + "] "; }

}  // namespace

uint64_t random_counters(RandomDist dist, DType dtype, int64_t n) {
  uint64_t per = dist == RandomDist::Integer ? DP_RAND_PER_BLOCK_INT
                 : dtype == DType::Float64   ? DP_RAND_PER_BLOCK_F64
                                             : DP_RAND_PER_BLOCK_F32;
  return (static_cast<uint64_t>(n) + per - 1) / per;
}

void integer_bounds(double p1, double p2, uint64_t* low, uint64_t* range) {
  *low = u64_mod(p1);
  *range = u64_mod(p2) - *low;
}

RandomState::RandomState() { reseed_from_entropy(); }
RandomState::RandomState(uint64_t seed) : seed_(seed) {}

void RandomState::seed(uint64_t seed) { set_state(seed, 0); }

void RandomState::reseed_from_entropy() {
  std::random_device rd;
  uint64_t s = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  set_state(s, 0);
}

uint64_t RandomState::seed_value() const {
  std::lock_guard<std::mutex> lock(m_);
  return seed_;
}

uint64_t RandomState::counter() const {
  std::lock_guard<std::mutex> lock(m_);
  return counter_;
}

void RandomState::set_state(uint64_t seed, uint64_t counter) {
  std::lock_guard<std::mutex> lock(m_);
  seed_ = seed;
  counter_ = counter;
}

uint64_t RandomState::reserve(uint64_t count, uint64_t* seed) {
  std::lock_guard<std::mutex> lock(m_);
  *seed = seed_;
  const uint64_t first = counter_;
  counter_ += count;
  return first;
}

Array RandomState::draw(RandomDist dist, const Shape& shape, double p1, double p2, DType dtype,
                        const Queue& q, UsmType usm) {
  Array out = empty(shape, dtype, q, usm, "random");
  if (out.size() == 0) return out;
  uint64_t seed, first;
  {
    // Reserving the counters under the lock gives concurrent callers disjoint numbers.
    std::lock_guard<std::mutex> lock(m_);
    seed = seed_;
    first = counter_;
    counter_ += random_counters(dist, dtype, out.size());
  }
  q->device()->backend().ops().random(q, dist, seed, first, p1, p2, out);
  return out;
}

Array RandomState::uniform(const Shape& shape, double low, double high, DType dtype, const Queue& q,
                           UsmType usm, const char* op) {
  if (!is_floating(dtype))
    throw TypeError(op_prefix(op) + "unsupported dtype " + name_of(dtype) +
                    ": use a floating dtype (float16, float32, float64)");
  if (!std::isfinite(low) || !std::isfinite(high) || !std::isfinite(high - low))
    throw std::overflow_error(op_prefix(op) + "range [" + std::to_string(low) + ", " +
                              std::to_string(high) + ") exceeds the valid bounds");
  return draw(RandomDist::Uniform, shape, low, high, dtype, q, usm);
}

Array RandomState::normal(const Shape& shape, double loc, double scale, DType dtype, const Queue& q,
                          UsmType usm, const char* op) {
  if (!is_floating(dtype))
    throw TypeError(op_prefix(op) + "unsupported dtype " + name_of(dtype) +
                    ": use a floating dtype (float16, float32, float64)");
  if (!(scale >= 0))
    throw std::invalid_argument(op_prefix(op) + "scale < 0: scale must be non-negative, got " +
                                std::to_string(scale));
  return draw(RandomDist::Normal, shape, loc, scale, dtype, q, usm);
}

Array RandomState::integers(const Shape& shape, const Scalar& low, const Scalar& last, DType dtype,
                            const Queue& q, UsmType usm, const char* op) {
  if (!is_integral(dtype) && dtype != DType::Bool)
    throw TypeError(op_prefix(op) + "unsupported dtype " + name_of(dtype) +
                    ": use an integer or bool dtype");
  const i128 lo = scalar_int(low), hi = scalar_int(last) + 1;
  if (lo >= hi)
    throw std::invalid_argument(op_prefix(op) + "low >= high (" + int_str(lo) +
                                " >= " + int_str(hi) + ")");
  i128 tmin, tmax;
  int_limits(dtype, &tmin, &tmax);
  if (lo < tmin || lo > tmax)
    throw std::invalid_argument(op_prefix(op) + "low " + int_str(lo) + " is out of bounds for " +
                                name_of(dtype));
  if (hi - 1 > tmax || hi - 1 < tmin)
    throw std::invalid_argument(op_prefix(op) + "high " + int_str(hi) + " is out of bounds for " +
                                name_of(dtype));
  if (exact_double(lo) && exact_double(hi))
    return draw(RandomDist::Integer, shape, double(lo), double(hi), dtype, q, usm);
  // Bounds a double cannot hold: draw [0, high - low), then shift by low exactly.
  const i128 range = hi - lo;
  if (!exact_double(range))
    throw std::invalid_argument(op_prefix(op) + "the range high - low = " + int_str(range) +
                                " is not supported: it must be at most 2**53 or a float64 "
                                "integer");
  Array r = draw(RandomDist::Integer, shape, 0.0, double(range), dtype, q, usm);
  Scalar shift = lo > INT64_MAX ? Scalar::from_uint(static_cast<uint64_t>(lo))
                                : Scalar::from_int(static_cast<int64_t>(lo));
  return apply(OpId::add, {Operand::of(r), Operand::of(shift)}, &r);
}

RandomState& global_random_state() {
  static RandomState state;
  return state;
}

}  // namespace dp
