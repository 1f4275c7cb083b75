#include "dparray/ops/pcg64.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <stdexcept>
#include <vector>

#include "dparray/runtime/backend.h"
#include "dparray/runtime/device.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

constexpr u128 kMult = (static_cast<u128>(2549297995355413924ULL) << 64) | 4865540595714422341ULL;
constexpr int64_t kChunk = 1 << 16;

inline uint64_t xsl_rr(u128 s) {
  const uint64_t x = static_cast<uint64_t>(s >> 64) ^ static_cast<uint64_t>(s);
  const unsigned rot = static_cast<unsigned>(s >> 122);
  return (x >> rot) | (x << ((64 - rot) & 63));
}

template <class V>
void fill_words(Pcg64 g, V* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const uint64_t w = pcg64_next(g);
    if constexpr (std::is_same_v<V, double>)
      out[i] = static_cast<double>(w >> 11) * (1.0 / 9007199254740992.0);
    else
      out[i] = w;
  }
}

template <class V>
void fill_parallel(const Pcg64& g, V* out, int64_t n) {
  const int64_t chunks = (n + kChunk - 1) / kChunk;
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, chunks, 1),
                    [&](const tbb::blocked_range<int64_t>& r) {
                      for (int64_t c = r.begin(); c < r.end(); ++c) {
                        Pcg64 local = g;
                        pcg64_advance(local, static_cast<u128>(c * kChunk));
                        const int64_t i0 = c * kChunk;
                        fill_words(local, out + i0, std::min(kChunk, n - i0));
                      }
                    });
}

}  // namespace

uint64_t pcg64_next(Pcg64& g) {
  g.state = g.state * kMult + g.inc;
  return xsl_rr(g.state);
}

Pcg64 pcg64_seeded(u128 initstate, u128 initseq) {
  Pcg64 g;
  g.state = 0;
  g.inc = (initseq << 1) | 1u;
  g.state = g.state * kMult + g.inc;
  g.state += initstate;
  g.state = g.state * kMult + g.inc;
  return g;
}

void pcg64_advance(Pcg64& g, u128 delta) {
  u128 acc_mult = 1, acc_plus = 0, cur_mult = kMult, cur_plus = g.inc;
  while (delta > 0) {
    if (delta & 1) {
      acc_mult *= cur_mult;
      acc_plus = acc_plus * cur_mult + cur_plus;
    }
    cur_plus = (cur_mult + 1) * cur_plus;
    cur_mult *= cur_mult;
    delta >>= 1;
  }
  g.state = acc_mult * g.state + acc_plus;
}

void pcg64_fill(Pcg64& g, const Array& out) {
  if (out.dtype != DType::UInt64 && out.dtype != DType::Float64)
    throw TypeError(std::string("[PCG64] no output of dtype ") + name_of(out.dtype));
  if (!out.is_c_contiguous())
    throw std::invalid_argument("[PCG64] the output must be C-contiguous");
  const int64_t n = out.size();
  if (n == 0) return;
  // Generated on the host (PCG64 is sequential per chunk), then copied once to the device.
  std::vector<uint64_t> buf(static_cast<size_t>(n));
  if (out.dtype == DType::Float64)
    fill_parallel(g, reinterpret_cast<double*>(buf.data()), n);
  else
    fill_parallel(g, buf.data(), n);
  out.queue->device()->backend().write(out.queue, *out.buf, out.byte_offset(), buf.data(),
                                       static_cast<size_t>(n) * 8);
  pcg64_advance(g, static_cast<u128>(n));
}

}  // namespace dp
