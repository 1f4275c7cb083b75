// Small tables looked up per lane: in registers (permutes) where the vectors are wide
// enough to hold the table, else by gathers.
#pragma once
#include <hwy/highway.h>

namespace dp::host::hmath {
namespace hn = hwy::HWY_NAMESPACE;

// table[idx] for a table of 16 or 48 entries: on AVX-512, two-register permutes (and blends
// on idx's range), else a gather.
template <int kEntries, class D, class VI>
HWY_INLINE hn::Vec<D> lookup(D d, const double* table, VI idx) {
  static_assert(kEntries == 16 || kEntries == 48, "one or three register pairs");
#if HWY_TARGET <= HWY_AVX3
  if constexpr (hn::MaxLanes(D()) == 8) {
    const __m512i i = idx.raw;
    auto pair = [&](int at) {
      return _mm512_permutex2var_pd(_mm512_load_pd(table + at), i, _mm512_load_pd(table + at + 8));
    };
    if constexpr (kEntries == 16) {
      return hn::Vec<D>{pair(0)};
    } else {
      const __mmask8 ge16 = _mm512_cmpgt_epi64_mask(i, _mm512_set1_epi64(15));
      const __mmask8 ge32 = _mm512_cmpgt_epi64_mask(i, _mm512_set1_epi64(31));
      return hn::Vec<D>{
          _mm512_mask_blend_pd(ge32, _mm512_mask_blend_pd(ge16, pair(0), pair(16)), pair(32))};
    }
  }
#endif
  return hn::GatherIndex(d, table, idx);
}

// table[idx] for a float table of 16 or 32 entries: one AVX-512 permute, AVX2 permutes and
// blends, else a gather.
template <int kEntries, class D, class VI>
HWY_INLINE hn::Vec<D> lookupf(D d, const float* table, VI idx) {
  static_assert(kEntries == 16 || kEntries == 32, "one register or a register pair");
#if HWY_TARGET <= HWY_AVX3
  if constexpr (hn::MaxLanes(D()) == 16) {
    if constexpr (kEntries == 16)
      return hn::Vec<D>{_mm512_permutexvar_ps(idx.raw, _mm512_load_ps(table))};
    else
      return hn::Vec<D>{
          _mm512_permutex2var_ps(_mm512_load_ps(table), idx.raw, _mm512_load_ps(table + 16))};
  }
#endif
#if HWY_TARGET == HWY_AVX2
  if constexpr (hn::MaxLanes(D()) == 8) {
    // Eight-entry permutes, then blends on idx's bits 3 and 4 (moved to the sign bit).
    const __m256i i = idx.raw;
    auto eight = [&](int at) { return _mm256_permutevar8x32_ps(_mm256_load_ps(table + at), i); };
    const __m256 bit3 = _mm256_castsi256_ps(_mm256_slli_epi32(i, 28));
    __m256 v = _mm256_blendv_ps(eight(0), eight(8), bit3);
    if constexpr (kEntries == 32) {
      const __m256 bit4 = _mm256_castsi256_ps(_mm256_slli_epi32(i, 27));
      v = _mm256_blendv_ps(v, _mm256_blendv_ps(eight(16), eight(24), bit3), bit4);
    }
    return hn::Vec<D>{v};
  }
#endif
  return hn::GatherIndex(d, table, idx);
}

}  // namespace dp::host::hmath
