// Vector loops for unit-stride reductions, written with the GCC / Clang vector
// extension so the compiler emits SIMD for any target without per-ISA code:
// 16-byte vectors are native on baseline x86-64 (SSE2) and AArch64 (NEON).
// Scalar code handles tails.
#pragma once
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

namespace dp::host::simd {

template <class E>
struct VecOf {
  typedef E type __attribute__((vector_size(16)));
};
template <class E>
using Vec = typename VecOf<E>::type;
template <class E>
constexpr int kLanes = 16 / sizeof(E);
// Independent accumulators per loop: enough chains to hide the add latency.
constexpr int kAcc = 8;
template <class E>
constexpr int64_t kRound = kAcc* kLanes<E>;

template <class E>
inline Vec<E> load(const E* p) {
  Vec<E> v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Lane sums of p[0, n) grouped by lane index mod G (G = 2 sums complex numbers
// as interleaved real / imaginary parts), pairwise as NumPy: blocks of at most
// 16 elements per lane, halves (multiples of a round) summed recursively.
template <class E, int G>
struct PairSum {
  E s[G];
};

template <class E, int G>
PairSum<E, G> pairwise_sum(const E* p, int64_t n) {
  constexpr int L = kLanes<E>;
  constexpr int64_t R = kRound<E>, kBlock = 16 * R;
  PairSum<E, G> r{};
  if (n < R) {
    for (int64_t i = 0; i < n; ++i) r.s[i % G] += p[i];
    return r;
  }
  if (n > kBlock) {
    int64_t n2 = n / 2;
    n2 -= n2 % R;
    PairSum<E, G> a = pairwise_sum<E, G>(p, n2), b = pairwise_sum<E, G>(p + n2, n - n2);
    for (int g = 0; g < G; ++g) r.s[g] = a.s[g] + b.s[g];
    return r;
  }
  Vec<E> acc[kAcc];
  for (int k = 0; k < kAcc; ++k) acc[k] = load(p + k * L);
  int64_t i = R;
  for (; i + R <= n; i += R)
    for (int k = 0; k < kAcc; ++k) acc[k] += load(p + i + k * L);
  for (int w = kAcc / 2; w >= 1; w /= 2)
    for (int k = 0; k < w; ++k) acc[k] += acc[k + w];
  const Vec<E> v = acc[0];
  for (int l = 0; l < L; ++l) r.s[l % G] += v[l];
  for (; i < n; ++i) r.s[i % G] += p[i];
  return r;
}

// max (kMax) or min of p[0, n), n >= kRound; for floats, NaN when any element is NaN.
template <class E, bool kMax>
E extreme(const E* p, int64_t n) {
  constexpr int L = kLanes<E>;
  constexpr int64_t R = kRound<E>;
  constexpr bool kFloat = std::is_floating_point_v<E>;
  // The selects skip NaNs; running sums u catch them in one add per vector (a sum
  // can also turn NaN through inf - inf, so a NaN sum is confirmed by a scan).
  Vec<E> m[kAcc], u[kAcc];
  for (int k = 0; k < kAcc; ++k) u[k] = m[k] = load(p + k * L);
  int64_t i = R;
  for (; i + R <= n; i += R)
    for (int k = 0; k < kAcc; ++k) {
      const Vec<E> v = load(p + i + k * L);
      if constexpr (kFloat) u[k] += v;
      m[k] = (kMax ? v > m[k] : v < m[k]) ? v : m[k];
    }
  E r = m[0][0];
  for (int k = 0; k < kAcc; ++k)
    for (int l = 0; l < L; ++l) r = (kMax ? m[k][l] > r : m[k][l] < r) ? m[k][l] : r;
  bool nan = false;
  if constexpr (kFloat) {
    for (int k = 0; k < kAcc; ++k)
      for (int l = 0; l < L; ++l) nan |= u[k][l] != u[k][l];
    if (nan) {
      nan = false;
      for (int64_t j = 0; j < i; ++j) nan |= p[j] != p[j];
    }
  }
  for (; i < n; ++i) {
    nan |= p[i] != p[i];
    r = (kMax ? p[i] > r : p[i] < r) ? p[i] : r;
  }
  if (kFloat && nan) return std::numeric_limits<E>::quiet_NaN();
  return r;
}

// Whether any (kAll = false) / every element of p[0, n) is non-zero, n >= kRound.
template <class E, bool kAll>
bool logical(const E* p, int64_t n) {
  constexpr int L = kLanes<E>;
  constexpr int64_t R = kRound<E>;
  using M = decltype(Vec<E>{} != Vec<E>{});
  M acc = kAll ? ~M{} : M{};
  int64_t i = 0;
  for (; i + R <= n; i += R)
    for (int k = 0; k < kAcc; ++k) {
      const Vec<E> v = load(p + i + k * L);
      if constexpr (kAll)
        acc &= v != E(0);
      else
        acc |= v != E(0);
    }
  bool r = kAll;
  for (int l = 0; l < L; ++l) r = kAll ? (r && acc[l]) : (r || acc[l]);
  for (; i < n; ++i) r = kAll ? (r && p[i] != E(0)) : (r || p[i] != E(0));
  return r;
}

}  // namespace dp::host::simd
