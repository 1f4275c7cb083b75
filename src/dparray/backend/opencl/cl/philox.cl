// Counter-based Philox4x32-10 (Salmon et al., SC'11 "Random123") and the per-element
// distributions of dparray.random. Written in the common subset of C, C++ and OpenCL C
// so that every backend computes the same stream from (seed, offset, i).
//
// The includer defines:
//   DP_U32, DP_U64   32- and 64-bit unsigned integer types (uint / ulong in OpenCL C)
//   DP_INLINE        function qualifier (inline in OpenCL C, static inline in C/C++)
//   DP_F64           (optional) 1 when double is available: enables the float64 functions
// C/C++ includers also provide float overloads of log, sqrt, cos and sin (OpenCL C has them).
//
// Stream layout (the same for every device):
//   key     = (seed & 0xffffffff, seed >> 32)
//   counter = (c & 0xffffffff, c >> 32, 0, 0) with c = offset + block
// Each block yields four 32-bit words. Element i of a call uses block i / PER_BLOCK:
//   uniform / normal float32 (and float16): 4 elements per block, one word each
//       (normal: words (0,1) and (2,3) are Box-Muller pairs giving (cos, sin) values)
//   uniform / normal float64: 2 elements per block, two words each (normal: one pair)
//   integers in [low, low + range): 1 element per block, all 128 bits, so the bias of
//       the multiply-shift reduction is at most range / 2^128 for any 64-bit range
// A call of n elements consumes ceil(n / PER_BLOCK) counters.

#ifndef DP_PHILOX_CL
#define DP_PHILOX_CL

#if defined(__OPENCL_VERSION__)
#pragma OPENCL FP_CONTRACT OFF
#endif

#define DP_PHILOX_M0 0xD2511F53u
#define DP_PHILOX_M1 0xCD9E8D57u
#define DP_PHILOX_W0 0x9E3779B9u
#define DP_PHILOX_W1 0xBB67AE85u

#define DP_RAND_PER_BLOCK_F32 4
#define DP_RAND_PER_BLOCK_F64 2
#define DP_RAND_PER_BLOCK_INT 1

typedef struct {
  DP_U32 v[4];
} dp_u32x4;

typedef struct {
  float z0, z1;
} dp_f32x2;

DP_INLINE dp_u32x4 dp_philox_round(dp_u32x4 c, DP_U32 k0, DP_U32 k1) {
  DP_U64 p0 = (DP_U64)DP_PHILOX_M0 * (DP_U64)c.v[0];
  DP_U64 p1 = (DP_U64)DP_PHILOX_M1 * (DP_U64)c.v[2];
  dp_u32x4 r;
  r.v[0] = (DP_U32)(p1 >> 32) ^ c.v[1] ^ k0;
  r.v[1] = (DP_U32)p1;
  r.v[2] = (DP_U32)(p0 >> 32) ^ c.v[3] ^ k1;
  r.v[3] = (DP_U32)p0;
  return r;
}

// The Philox4x32 bijection with 10 rounds, keyed by (k0, k1).
DP_INLINE dp_u32x4 dp_philox4x32_10(dp_u32x4 c, DP_U32 k0, DP_U32 k1) {
  for (int r = 0; r < 9; ++r) {
    c = dp_philox_round(c, k0, k1);
    k0 += DP_PHILOX_W0;
    k1 += DP_PHILOX_W1;
  }
  return dp_philox_round(c, k0, k1);
}

// Block `block` of the stream (seed, offset).
DP_INLINE dp_u32x4 dp_philox_block(DP_U64 seed, DP_U64 offset, DP_U64 block) {
  DP_U64 c = offset + block;
  dp_u32x4 ctr;
  ctr.v[0] = (DP_U32)c;
  ctr.v[1] = (DP_U32)(c >> 32);
  ctr.v[2] = 0;
  ctr.v[3] = 0;
  return dp_philox4x32_10(ctr, (DP_U32)seed, (DP_U32)(seed >> 32));
}

// ---- float32 (also used for float16 outputs) ----

// Uniform in [lo, hi) from the top 24 bits of one word.
DP_INLINE float dp_uniform_f32_word(DP_U32 w, float lo, float hi) {
  float u = (float)(w >> 8) * 5.9604644775390625e-8f;  // 2^-24
  return lo + (hi - lo) * u;
}

// Two independent normals (mean, sd) from two words: u1 in (0, 1] keeps log finite.
DP_INLINE dp_f32x2 dp_normal_f32_words(DP_U32 a, DP_U32 b, float mean, float sd) {
  float u1 = ((float)(a >> 8) + 1.0f) * 5.9604644775390625e-8f;
  float u2 = (float)(b >> 8) * 5.9604644775390625e-8f;
  float rad = sqrt(-2.0f * log(u1));
  float th = 6.28318530717958647692f * u2;
  dp_f32x2 z;
  z.z0 = mean + sd * (rad * cos(th));
  z.z1 = mean + sd * (rad * sin(th));
  return z;
}

DP_INLINE float dp_rand_uniform_f32(DP_U64 seed, DP_U64 offset, DP_U64 i, float lo, float hi) {
  dp_u32x4 b = dp_philox_block(seed, offset, i / DP_RAND_PER_BLOCK_F32);
  return dp_uniform_f32_word(b.v[i % DP_RAND_PER_BLOCK_F32], lo, hi);
}

DP_INLINE float dp_rand_normal_f32(DP_U64 seed, DP_U64 offset, DP_U64 i, float mean, float sd) {
  dp_u32x4 b = dp_philox_block(seed, offset, i / DP_RAND_PER_BLOCK_F32);
  int j = (int)(i % DP_RAND_PER_BLOCK_F32) & 2;
  dp_f32x2 z = dp_normal_f32_words(b.v[j], b.v[j + 1], mean, sd);
  return (i & 1) ? z.z1 : z.z0;
}

// ---- integers ----

// The high 64 bits of the 128-bit product a * b.
#if defined(__OPENCL_VERSION__)
#define dp_mulhi64(a, b) mul_hi((DP_U64)(a), (DP_U64)(b))
#elif defined(__SIZEOF_INT128__)
DP_INLINE DP_U64 dp_mulhi64(DP_U64 a, DP_U64 b) {
  return (DP_U64)(((unsigned __int128)a * b) >> 64);
}
#else
DP_INLINE DP_U64 dp_mulhi64(DP_U64 a, DP_U64 b) {
  DP_U64 a0 = (DP_U32)a, a1 = a >> 32, b0 = (DP_U32)b, b1 = b >> 32;
  DP_U64 mid = ((a0 * b0) >> 32) + (DP_U32)(a1 * b0) + (DP_U32)(a0 * b1);
  return a1 * b1 + ((a1 * b0) >> 32) + ((a0 * b1) >> 32) + (mid >> 32);
}
#endif

// low + floor(U * range / 2^128) for the 128-bit uniform U = (v3 v2 v1 v0) of block b,
// modulo 2^64; range == 0 stands for 2^64. With U = uh * 2^64 + ul this is
// uh * range + mulhi(ul, range), shifted down 64 bits. The caller converts the result
// to its integer type.
DP_INLINE DP_U64 dp_integer_block(dp_u32x4 b, DP_U64 low, DP_U64 range) {
  DP_U64 uh = ((DP_U64)b.v[3] << 32) | b.v[2];
  if (range == 0) return low + uh;
  DP_U64 ul = ((DP_U64)b.v[1] << 32) | b.v[0];
  DP_U64 lo = uh * range;
  DP_U64 sum = lo + dp_mulhi64(ul, range);
  return low + dp_mulhi64(uh, range) + (DP_U64)(sum < lo);
}

DP_INLINE DP_U64 dp_rand_integer(DP_U64 seed, DP_U64 offset, DP_U64 i, DP_U64 low, DP_U64 range) {
  return dp_integer_block(dp_philox_block(seed, offset, i), low, range);
}

// ---- float64 ----
#if defined(DP_F64)

// Uniform in [lo, hi) from the top 53 bits of two words (w0 low, w1 high).
DP_INLINE double dp_uniform_f64_words(DP_U32 w0, DP_U32 w1, double lo, double hi) {
  DP_U64 x = ((DP_U64)w1 << 32) | w0;
  double u = (double)(x >> 11) * 1.1102230246251565404236316680908203125e-16;  // 2^-53
  return lo + (hi - lo) * u;
}

typedef struct {
  double z0, z1;
} dp_f64x2;

// The two normals (mean, sd) of one block: (cos, sin) of one Box-Muller pair.
DP_INLINE dp_f64x2 dp_normal_f64_pair(dp_u32x4 b, double mean, double sd) {
  DP_U64 x1 = ((DP_U64)b.v[1] << 32) | b.v[0];
  DP_U64 x2 = ((DP_U64)b.v[3] << 32) | b.v[2];
  double u1 = ((double)(x1 >> 11) + 1.0) * 1.1102230246251565404236316680908203125e-16;
  double u2 = (double)(x2 >> 11) * 1.1102230246251565404236316680908203125e-16;
  double rad = sqrt(-2.0 * log(u1));
  double th = 6.28318530717958647692 * u2;
  dp_f64x2 z;
  z.z0 = mean + sd * (rad * cos(th));
  z.z1 = mean + sd * (rad * sin(th));
  return z;
}

// Element `second` (0: cos, 1: sin) of the pair of block b.
DP_INLINE double dp_normal_f64_block(dp_u32x4 b, int second, double mean, double sd) {
  dp_f64x2 z = dp_normal_f64_pair(b, mean, sd);
  return second ? z.z1 : z.z0;
}

DP_INLINE double dp_rand_uniform_f64(DP_U64 seed, DP_U64 offset, DP_U64 i, double lo, double hi) {
  dp_u32x4 b = dp_philox_block(seed, offset, i / DP_RAND_PER_BLOCK_F64);
  int j = (int)(i % DP_RAND_PER_BLOCK_F64) * 2;
  return dp_uniform_f64_words(b.v[j], b.v[j + 1], lo, hi);
}

DP_INLINE double dp_rand_normal_f64(DP_U64 seed, DP_U64 offset, DP_U64 i, double mean, double sd) {
  dp_u32x4 b = dp_philox_block(seed, offset, i / DP_RAND_PER_BLOCK_F64);
  return dp_normal_f64_block(b, (int)(i & 1), mean, sd);
}

#endif  // DP_F64

#endif  // DP_PHILOX_CL
