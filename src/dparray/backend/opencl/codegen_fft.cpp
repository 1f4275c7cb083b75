// Device FFT kernels of one complex dtype. A transform of length n = 2^a 3^b 5^c 7^d is a
// sequence of Stockham autosort passes (each reads the whole line and writes it in the order
// the next pass needs, so no bit reversal); other lengths use Bluestein's chirp-z over a
// power-of-two length. Lengths and strides are kernel arguments: one program per dtype serves
// every length.
#include "dparray/backend/opencl/codegen_fft.h"

#include <cmath>
#include <cstdio>

#include "dparray/backend/opencl/cl_types.h"

namespace dp::ocl::gen {

namespace {

const double kPi = 3.14159265358979323846264338327950288;

// A real literal of the program's real type.
std::string lit(double v, bool single) {
  char b[48];
  std::snprintf(b, sizeof b, single ? "%.9ef" : "%.17e", v);
  return b;
}

// Emits the statements of a radix-R butterfly over named complex values.
struct Butterfly {
  std::string code;
  int temps = 0;
  int sign;
  bool single;

  std::string let(const std::string& expr) {
    std::string name = "u" + std::to_string(temps++);
    code += "    const cplx " + name + " = " + expr + ";\n";
    return name;
  }

  // z * exp(sign * 2 pi i m / R).
  std::string rotate(const std::string& z, int m, int R) {
    if (m == 0) return z;
    if (4 * m == R)  // a quarter turn: multiply by sign * i
      return let(sign < 0 ? "(cplx)(" + z + ".y, -" + z + ".x)"
                          : "(cplx)(-" + z + ".y, " + z + ".x)");
    const double c = std::cos(2 * kPi * m / R), s = sign * std::sin(2 * kPi * m / R);
    return let("(cplx)(" + lit(c, single) + " * " + z + ".x - " + lit(s, single) + " * " + z +
               ".y, " + lit(c, single) + " * " + z + ".y + " + lit(s, single) + " * " + z + ".x)");
  }

  // The DFT of x (R = x.size() of 1, 2, 4, 8 by halving; 3, 5, 7 directly).
  std::vector<std::string> dft(const std::vector<std::string>& x) {
    const int R = static_cast<int>(x.size());
    if (R == 1) return x;
    std::vector<std::string> y(R);
    if (R % 2 == 0) {
      std::vector<std::string> ev, od;
      for (int t = 0; t < R; ++t) (t % 2 ? od : ev).push_back(x[t]);
      const std::vector<std::string> E = dft(ev), O = dft(od);
      for (int m = 0; m < R / 2; ++m) {
        const std::string t = rotate(O[m], m, R);
        y[m] = let(E[m] + " + " + t);
        y[m + R / 2] = let(E[m] + " - " + t);
      }
      return y;
    }
    // Odd R: pairs t, R - t share cosines (sum a_t) and sines (difference b_t).
    const int h = R / 2;
    std::vector<std::string> a(h + 1), b(h + 1);
    std::string y0 = x[0];
    for (int t = 1; t <= h; ++t) {
      a[t] = let(x[t] + " + " + x[R - t]);
      b[t] = let(x[t] + " - " + x[R - t]);
      y0 += " + " + a[t];
    }
    y[0] = let(y0);
    for (int m = 1; m <= h; ++m) {
      std::string re = x[0], im = "(cplx)(0)";
      for (int t = 1; t <= h; ++t) {
        re += " + " + lit(std::cos(2 * kPi * t * m / R), single) + " * " + a[t];
        im += " + " + lit(sign * std::sin(2 * kPi * t * m / R), single) + " * " + b[t];
      }
      const std::string r = let(re), s = let(im);
      // y_m = r + i s, y_{R-m} = r - i s.
      y[m] = let("(cplx)(" + r + ".x - " + s + ".y, " + r + ".y + " + s + ".x)");
      y[R - m] = let("(cplx)(" + r + ".x + " + s + ".y, " + r + ".y - " + s + ".x)");
    }
    return y;
  }
};

// One Stockham pass: work-item j of a line takes the R points j + t * n / R, applies the
// twiddles of its position k = j mod Ns within the sub-transforms already done (Ns points
// each), transforms them and writes them Ns apart from (j - k) * R + k. Its twiddles
// exp(-+2 pi i t k / (Ns R)) are read from the pass's table (fft_pass_twiddles).
std::string pass_kernel(int R, int sign, bool single) {
  const std::string r = std::to_string(R);
  std::string s = "__kernel void fft_r" + r + (sign < 0 ? "_f" : "_b") +
                  "(long nlines, long n, long Ns, real scale, IN_ARGS(cplx), OUT_ARGS(cplx),\n"
                  "    __global const cplx* tw) {\n"
                  "  const long m = n / " +
                  r +
                  ";\n"
                  "  POINT(m, j)\n";
  std::vector<std::string> v(R);
  for (int t = 0; t < R; ++t) {
    v[t] = "v" + std::to_string(t);
    s += "  cplx " + v[t] + " = IN(j + " + std::to_string(t) + " * m);\n";
  }
  s += "  const long k = MOD(j, Ns);\n"
       "  if (k > 0) {\n";
  for (int t = 1; t < R; ++t)
    s += "    " + v[t] + " = cmul(" + v[t] + ", tw[" + std::to_string(t - 1) + " * Ns + k]);\n";
  s += "  }\n  {\n";
  Butterfly b{"", 0, sign, single};
  const std::vector<std::string> y = b.dft(v);
  s += b.code;
  s += "    const long base = (j - k) * " + r + " + k;\n";
  for (int t = 0; t < R; ++t)
    s += "    OUT(base + " + std::to_string(t) + " * Ns) = " + y[t] + " * scale;\n";
  return s + "  }\n}\n";
}

const char* kCommon = R"CL(
#define IN_ARGS(T) __global const T* in, long in_off, long in_row, long in_el
#define OUT_ARGS(T) __global T* out, long out_off, long out_row, long out_el
#define IN(j) in[in_off + line * in_row + (j) * in_el]
#define OUT(j) out[out_off + line * out_row + (j) * out_el]
// log2 of a power of two b from its float exponent (exact up to 2^127), as a shift amount
// that needs no clz call.
#define LOG2(b) ((long)(as_uint((float)(b)) >> 23) - 127)
// a / b and a % b (a >= 0, b >= 1): a shift and a mask for powers of two (most lengths and
// batches), whose test depends on kernel arguments only.
#define DIV(a, b) ((((b) & ((b) - 1)) == 0) ? (a) >> LOG2(b) : (a) / (b))
#define MOD(a, b) ((((b) & ((b) - 1)) == 0) ? (a) & ((b) - 1) : (a) % (b))

// Work-item -> (line, point J of M per line). A 2-d range is (point, line), or (line, point)
// when nlines < 0 (-nlines lines side by side in memory, as the columns of a C-order matrix,
// walked line index first); a 1-d range is flat over all lines in the same order, for short
// lines. Groups have one shape whatever the length, so PoCL builds each kernel once.
#define POINT(M, J)                                                                 \
  const long nl_ = nlines < 0 ? -nlines : nlines;                                   \
  long line, J;                                                                     \
  if (get_global_size(1) > 1) {                                                     \
    const long g0_ = get_global_id(0), g1_ = get_global_id(1);                      \
    line = nlines < 0 ? g0_ : g1_;                                                  \
    J = nlines < 0 ? g1_ : g0_;                                                     \
    if (J >= (M) || line >= nl_) return;                                            \
  } else {                                                                          \
    const long gid_ = get_global_id(0);                                             \
    if (gid_ >= (M) * nl_) return;                                                  \
    line = nlines < 0 ? MOD(gid_, nl_) : DIV(gid_, (M));                            \
    J = nlines < 0 ? DIV(gid_, nl_) : gid_ - line * (M);                            \
  }
#define TOC(w) ((cplx)((real)(w).x, (real)(w).y))

inline cplx cmul(cplx a, cplx b) { return (cplx)(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }
inline wcplx wmul(wcplx a, wcplx b) {
  return (wcplx)(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}
inline cplx conj_c(cplx a) { return (cplx)(a.x, -a.y); }

// exp(sign * 2 pi i p / N) for 0 <= p <= N: the argument is reduced exactly in integers to
// q / N turns-of-pi in (-1, 1], then cospi / sinpi.
inline wcplx twiddle(long p, long N, int sign) {
  long q = 2 * p;
  if (q > N) q -= 2 * N;
  const wreal x = (wreal)q / (wreal)N;
  return (wcplx)(cospi(x), (wreal)sign * sinpi(x));
}
// exp(2 pi i p / n) = lo[p mod 2^bits] * hi[p >> bits]: two tables of about sqrt(n) entries
// (fft_twiddles) instead of a sine and cosine per point.
#define TW_ARGS __global const wcplx* tw_lo, __global const wcplx* tw_hi, int tw_bits
#define TW(p) wmul(tw_lo[(p) & ((1L << tw_bits) - 1)], tw_hi[(p) >> tw_bits])

__kernel void fft_twiddles(long nlines, long n, int bits, long count, __global wcplx* lo,
                           __global wcplx* hi) {
  POINT(count, i)
  const long B = 1L << bits;
  if (i < B)
    lo[i] = twiddle(i, n, 1);
  else
    hi[i - B] = twiddle((i - B) << bits, n, 1);
}

// The twiddles of one Stockham pass, tw[(t - 1) * Ns + k] = exp(sign 2 pi i t k / (Ns R)) for
// 0 < t < R, 0 <= k < Ns: computed in wreal from the fft_twiddles tables, rounded once.
__kernel void fft_pass_twiddles(long nlines, long n, long Ns, long R, int sign, TW_ARGS,
                                __global cplx* tw) {
  POINT(Ns * (R - 1), i)
  const long t = i / Ns + 1, k = i - (t - 1) * Ns;
  wcplx w = TW(t * k * (n / (Ns * R)));
  if (sign < 0) w.y = -w.y;
  tw[i] = TOC(w);
}

// exp(sign * pi i k^2 / n), k^2 reduced modulo 2n in integers.
inline wcplx chirp(long k, long n, int sign) {
  const long kk = k % (2 * n);
  long q = (kk * kk) % (2 * n);
  if (q > n) q -= 2 * n;
  const wreal x = (wreal)q / (wreal)n;
  return (wcplx)(cospi(x), (wreal)sign * sinpi(x));
}

// The first m points of each line, scaled and optionally conjugated.
__kernel void fft_copy(long nlines, long m, real scale, int conj, IN_ARGS(cplx), OUT_ARGS(cplx)) {
  POINT(m, j)
  cplx v = IN(j);
  if (conj) v.y = -v.y;
  OUT(j) = v * scale;
}

// exp(sign 2 pi i k / n) for k <= n / 2: the twiddles of the real transforms' packing step,
// computed in wreal once per call and shared by every line.
__kernel void half_twiddles(long nlines, long n, int sign, __global cplx* tw) {
  POINT(n / 2 + 1, k)
  tw[k] = TOC(twiddle(k, n, sign));
}

// Real n = 2h points as h complex ones: z_k = x_2k + i x_2k+1.
__kernel void r2c_pack(long nlines, long h, IN_ARGS(real), __global cplx* z) {
  POINT(h, k)
  z[line * h + k] = (cplx)(IN(2 * k), IN(2 * k + 1));
}

// X_k = (Z_k + conj Z_h-k) / 2 - i w^k (Z_k - conj Z_h-k) / 2, w = exp(-2 pi i / n), k <= h;
// conjugated for the backward sign (ihfft of real data), then scaled.
__kernel void r2c_post(long nlines, long n, real scale, int conj, __global const cplx* z,
                       __global const cplx* tw, OUT_ARGS(cplx)) {
  const long h = n / 2;
  POINT(h + 1, k)
  const __global cplx* Z = z + line * h;
  const cplx a = Z[k % h], b = conj_c(Z[(h - k) % h]), d = a - b;
  const cplx w = tw[k];
  cplx x = ((a + b) + cmul(w, (cplx)(d.y, -d.x))) * (real)0.5;
  if (conj) x.y = -x.y;
  OUT(k) = x * scale;
}

// Real points as complex ones (odd n).
__kernel void r2c_widen(long nlines, long n, IN_ARGS(real), __global cplx* z) {
  POINT(n, j)
  z[line * n + j] = (cplx)(IN(j), (real)0);
}

// The Hermitian half X_0..X_h of n = 2h real points (conjugated first for the forward sign)
// packed into h points Z_k = (X_k + conj X_h-k) + i w^k (X_k - conj X_h-k), w = exp(2 pi i / n),
// whose backward transform is x_2k + i x_2k+1. Imaginary parts of X_0 and X_h are ignored.
__kernel void c2r_pre(long nlines, long n, int conj, IN_ARGS(cplx), __global const cplx* tw,
                      __global cplx* z) {
  const long h = n / 2;
  POINT(h, k)
  cplx a = IN(k), b = IN(h - k);
  if (conj) { a.y = -a.y; b.y = -b.y; }
  if (k == 0) { a.y = (real)0; b.y = (real)0; }
  b.y = -b.y;
  const cplx w = tw[k], d = a - b;
  z[line * h + k] = (a + b) + cmul(w, (cplx)(-d.y, d.x));
}

__kernel void c2r_unpack(long nlines, long h, __global const cplx* y, OUT_ARGS(real)) {
  POINT(h, k)
  const cplx v = y[line * h + k];
  OUT(2 * k) = v.x;
  OUT(2 * k + 1) = v.y;
}

// The full Hermitian line of n points from its first n / 2 + 1 (odd n), conjugated first
// for the forward sign; imaginary parts of the terms without a partner are ignored.
__kernel void c2r_full(long nlines, long n, int conj, IN_ARGS(cplx), __global cplx* z) {
  POINT(n, j)
  cplx v = 2 * j <= n ? IN(j) : conj_c(IN(n - j));
  if (conj) v.y = -v.y;
  if (j == 0 || 2 * j == n) v.y = (real)0;
  z[line * n + j] = v;
}

__kernel void c2r_real(long nlines, long n, __global const cplx* y, OUT_ARGS(real)) {
  POINT(n, j)
  OUT(j) = y[line * n + j].x;
}

// Bluestein: X_j = c_j sum_k (x_k c_k) conj(c_j-k), c_k = exp(sign pi i k^2 / n), the sum a
// cyclic convolution of length M >= 2n - 1 done by power-of-two transforms.
// The chirp c_k for k < n, computed in wreal and rounded once; every line shares it.
__kernel void blue_chirp(long nlines, long n, int sign, __global cplx* c) {
  POINT(n, k)
  c[k] = TOC(chirp(k, n, sign));
}

__kernel void blue_a(long nlines, long n, long M, IN_ARGS(cplx), __global const cplx* c,
                     __global cplx* a) {
  POINT(M, k)
  a[line * M + k] = k < n ? cmul(IN(k), c[k]) : (cplx)(0);
}

// conj(c) wrapped around: the kernel of the cyclic convolution.
__kernel void blue_b(long nlines, long n, long M, __global const cplx* c, __global cplx* b) {
  POINT(M, k)
  b[k] = k < n ? conj_c(c[k]) : k > M - n ? conj_c(c[M - k]) : (cplx)(0);
}

__kernel void blue_mul(long nlines, long M, __global cplx* a, __global const cplx* b) {
  POINT(M, k)
  a[line * M + k] = cmul(a[line * M + k], b[k]);
}

__kernel void blue_post(long nlines, long n, long M, real scale, __global const cplx* y,
                        __global const cplx* c, OUT_ARGS(cplx)) {
  POINT(n, j)
  OUT(j) = cmul(y[line * M + j], c[j]) * scale;
}
)CL";

}  // namespace

const std::vector<int>& fft_radices() {
  static const std::vector<int> r = {8, 4, 2, 3, 5, 7};
  return r;
}

std::string fft_program(DType complex_t, bool fp64_twiddles) {
  const bool single = complex_t == DType::Complex64;
  std::string s = cl_prelude(!single || fp64_twiddles);
  s += single ? "typedef float real;\ntypedef float2 cplx;\n"
              : "typedef double real;\ntypedef double2 cplx;\n";
  s += fp64_twiddles ? "typedef double wreal;\ntypedef double2 wcplx;\n"
                     : "typedef float wreal;\ntypedef float2 wcplx;\n";
  s += kCommon;
  for (int R : fft_radices())
    for (int sign : {-1, 1}) s += pass_kernel(R, sign, single);
  return s;
}

}  // namespace dp::ocl::gen
