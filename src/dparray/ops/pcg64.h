// PCG64 (O'Neill's 128-bit LCG with the XSL-RR output), NumPy's default bit generator:
// the same state gives the same 64-bit words and doubles as numpy.random.PCG64. Long
// fills split into chunks whose states come from jump-ahead, so they run in parallel.
#pragma once
#include <cstdint>

#include "dparray/array/array.h"

namespace dp {

using u128 = unsigned __int128;

struct Pcg64 {
  u128 state = 0;
  u128 inc = 1;  // always odd
};

// NumPy's pcg64_set_seed: (initstate, initseq) as SeedSequence gives them.
Pcg64 pcg64_seeded(u128 initstate, u128 initseq);
// Moves the state `delta` steps forward in O(log delta) (Brown's LCG jump-ahead).
void pcg64_advance(Pcg64& g, u128 delta);
// The next word (NumPy's random_raw): one LCG step, then XSL-RR of the new state.
uint64_t pcg64_next(Pcg64& g);

// Fills C-contiguous `out` (uint64: raw words; float64: NumPy's next_double, the top 53
// bits times 2^-53) with the next out.size() draws and advances g past them.
void pcg64_fill(Pcg64& g, const Array& out);

}  // namespace dp
