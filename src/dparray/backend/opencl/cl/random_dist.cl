// The distributions of dparray.random, one element at a time, in the common subset of
// C, C++ and OpenCL C (compiled as C++ by the host backend, emitted as OpenCL C).
// Needs philox.cl (dp_philox4x32_10, dp_mulhi64).
//
// Arithmetic is in dp_rd_real: float64, or float32 when DP_RD_F32 is defined (devices
// without float64; the program is then built with -cl-single-precision-constant so that
// every literal is a float). The float32 variant differs where float32 would lose the law:
// 24-bit uniforms, exponentials from a uniform fine near 0, and rejection tests of the
// integer distributions on log-probabilities without cancellation (Loader's bd0 / stirlerr).
//
// Element i of a call with counter offset `offset` owns the sub-stream of Philox blocks
//   counter = (c & 0xffffffff, c >> 32, round, 0x44495354)  with c = offset + i
// for round = 0, 1, 2, ...: a rejection method takes as many rounds as it needs from its
// own sub-stream, so the value of element i depends only on (seed, offset, i, params),
// never on the number of threads or work-items. A call of n elements consumes n counters.
// Rejection loops stop after DP_RD_MAX_TRIES attempts (never reached in practice: every
// method here accepts with probability > 0.3 per attempt) and return the last candidate.

#ifndef DP_RANDOM_DIST_CL
#define DP_RANDOM_DIST_CL

#define DP_RD_MAX_TRIES 4096
#define DP_RD_PI 3.14159265358979323846
#define DP_RD_LN_2PI 1.837877066409345483560659472811

// The includer defines dp_rd_real (float when DP_RD_F32, else the 64-bit float type).
#if defined(DP_RD_F32)
#define DP_RD_ULP_U 5.9604644775390625e-08       // 2^-24: the spacing of uniforms
#define DP_RD_I64_LIMIT 9.223371487098961920e18  // the largest float below 2^63
#else
#define DP_RD_ULP_U 1.1102230246251565404236316680908203125e-16  // 2^-53
#define DP_RD_I64_LIMIT 9.2233720368547748e18  // the largest float64 below 2^63
#endif

// Distribution ids (ops/random_dist.h mirrors them; python/dparray/_random_dists.py too).
#define DP_RD_STANDARD_EXPONENTIAL 0
#define DP_RD_STANDARD_GAMMA 1
#define DP_RD_BETA 2
#define DP_RD_CHISQUARE 3
#define DP_RD_NONCENTRAL_CHISQUARE 4
#define DP_RD_F 5
#define DP_RD_NONCENTRAL_F 6
#define DP_RD_STANDARD_T 7
#define DP_RD_STANDARD_CAUCHY 8
#define DP_RD_GUMBEL 9
#define DP_RD_LAPLACE 10
#define DP_RD_LOGISTIC 11
#define DP_RD_LOGNORMAL 12
#define DP_RD_PARETO 13
#define DP_RD_POWER 14
#define DP_RD_RAYLEIGH 15
#define DP_RD_WEIBULL 16
#define DP_RD_TRIANGULAR 17
#define DP_RD_VONMISES 18
#define DP_RD_WALD 19
#define DP_RD_POISSON 20
#define DP_RD_BINOMIAL 21
#define DP_RD_NEGATIVE_BINOMIAL 22
#define DP_RD_GEOMETRIC 23
#define DP_RD_ZIPF 24
#define DP_RD_LOGSERIES 25
#define DP_RD_HYPERGEOMETRIC 26
#define DP_RD_EXPONENTIAL 27
#define DP_RD_NORMAL 28
#define DP_RD_COUNT 29

// The sub-stream of one element: 4 words per Philox block, used two at a time.
// `next` optionally holds the block of round `round` already made (has_next), so that
// a host can compute the first rounds of many elements together.
typedef struct {
  DP_U32 k0, k1, c0, c1, round, pos;
  dp_u32x4 buf, next;
  int has_next, has_normal;
  dp_rd_real normal;
} dp_rd_stream;

DP_INLINE void dp_rd_init(dp_rd_stream* s, DP_U64 seed, DP_U64 offset, DP_U64 i) {
  DP_U64 c = offset + i;
  s->k0 = (DP_U32)seed;
  s->k1 = (DP_U32)(seed >> 32);
  s->c0 = (DP_U32)c;
  s->c1 = (DP_U32)(c >> 32);
  s->round = 0;
  s->pos = 4;
  s->has_next = 0;
  s->has_normal = 0;
  s->normal = 0.0;
}

DP_INLINE DP_U64 dp_rd_next64(dp_rd_stream* s) {
  if (s->pos >= 4 && s->has_next) {
    s->buf = s->next;
    s->has_next = 0;
    s->round += 1;
    s->pos = 0;
  } else if (s->pos >= 4) {
    dp_u32x4 ctr;
    ctr.v[0] = s->c0;
    ctr.v[1] = s->c1;
    ctr.v[2] = s->round;
    ctr.v[3] = 0x44495354u;
    s->buf = dp_philox4x32_10(ctr, s->k0, s->k1);
    s->round += 1;
    s->pos = 0;
  }
  DP_U64 r = ((DP_U64)s->buf.v[s->pos + 1] << 32) | s->buf.v[s->pos];
  s->pos += 2;
  return r;
}

// Uniform in [0, 1) with 53 random bits (24 in float32: more would round up to 1).
DP_INLINE dp_rd_real dp_rd_uniform(dp_rd_stream* s) {
#if defined(DP_RD_F32)
  return (dp_rd_real)(dp_rd_next64(s) >> 40) * DP_RD_ULP_U;
#else
  return (dp_rd_real)(dp_rd_next64(s) >> 11) * 1.1102230246251565404236316680908203125e-16;
#endif
}

// An integer in [0, m] (m < 2^64 - 1), by the 64-bit multiply-high reduction.
DP_INLINE DP_U64 dp_rd_interval(dp_rd_stream* s, DP_U64 m) {
  return dp_mulhi64(dp_rd_next64(s), m + 1);
}

DP_INLINE dp_rd_real dp_rd_std_exponential(dp_rd_stream* s) {
#if defined(DP_RD_F32)
  // -log(u) of a u in (0, 1) with 53 bits' resolution near 0 (tail up to 36.7, not 16.6).
  dp_rd_real u = (dp_rd_real)((dp_rd_next64(s) >> 11) + 1) * 1.1102230246251565e-16;
  return -log(u < 0.99999994 ? u : 0.99999994);
#else
  return -log(1.0 - dp_rd_uniform(s));
#endif
}

// Marsaglia's polar method (no sin / cos); the second value of a pair is kept for the
// next call. Accepts with probability pi / 4 per attempt.
DP_INLINE dp_rd_real dp_rd_std_normal(dp_rd_stream* s) {
  if (s->has_normal) {
    s->has_normal = 0;
    return s->normal;
  }
  dp_rd_real x1 = 0.0, x2 = 0.0, r2 = 0.5;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    x1 = 2.0 * dp_rd_uniform(s) - 1.0;
    x2 = 2.0 * dp_rd_uniform(s) - 1.0;
    r2 = x1 * x1 + x2 * x2;
    if (r2 < 1.0 && r2 != 0.0) break;
  }
  dp_rd_real f = sqrt(-2.0 * log(r2) / r2);
  s->normal = f * x1;
  s->has_normal = 1;
  return f * x2;
}

// log(Gamma(x)) for x > 0 by Stirling's series (shifted up to x >= 7).
DP_INLINE dp_rd_real dp_rd_loggam(dp_rd_real x) {
  const dp_rd_real a[10] = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                        -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                        6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                        -1.39243221690590e+00};
  if (x == 1.0 || x == 2.0) return 0.0;
  long n = 0;
  if (x < 7.0) n = (long)(7.0 - x);
  dp_rd_real x0 = x + (dp_rd_real)n;
  dp_rd_real x2 = 1.0 / (x0 * x0);
  dp_rd_real gl0 = a[9];
  for (int k = 8; k >= 0; --k) gl0 = gl0 * x2 + a[k];
  dp_rd_real gl = gl0 / x0 + 0.5 * log(2.0 * DP_RD_PI) + (x0 - 0.5) * log(x0) - x0;
  for (long k = 1; k <= n; ++k) {
    gl -= log(x0 - 1.0);
    x0 -= 1.0;
  }
  return gl;
}

#if defined(DP_RD_F32)
// Log-probabilities of the integer distributions without the cancellation of
// loggam(k + 1) - k log(lam) at large k (Loader 2000): stirlerr(n) = loggam(n + 1) -
// (n + 1/2) log(n) + n - log(2 pi) / 2 for an integer n >= 1, and the deviance
// bd0(x, np) = x log(x / np) + np - x, by its series where x is near np.
DP_INLINE dp_rd_real dp_rd_stirlerr(dp_rd_real n) {
  const dp_rd_real t[16] = {0.0,
                            0.08106146679532733,
                            0.041340695955409013,
                            0.027677925684998606,
                            0.020790672103764507,
                            0.016644691189822591,
                            0.013876128823071543,
                            0.011896709945891981,
                            0.010411265261973224,
                            0.0092554621827090067,
                            0.0083305634333590284,
                            0.0075736754879520696,
                            0.006942840107208692,
                            0.0064089941880047796,
                            0.0059513701127662522,
                            0.005554733551961899};
  if (n <= 15.0) return t[(int)n];
  dp_rd_real n2 = 1.0 / (n * n);
  return (0.083333333333333333 - (0.0027777777777777778 - 0.00079365079365079365 * n2) * n2) / n;
}

DP_INLINE dp_rd_real dp_rd_bd0(dp_rd_real x, dp_rd_real np) {
  if (x == 0.0) return np;
  if (fabs(x - np) < 0.1 * (x + np)) {
    dp_rd_real v = (x - np) / (x + np), v2 = v * v;
    dp_rd_real sum = (x - np) * v, ej = 2.0 * x * v;
    for (int j = 1; j < 64; ++j) {
      ej *= v2;
      dp_rd_real next = sum + ej / (dp_rd_real)(2 * j + 1);
      if (next == sum) break;
      sum = next;
    }
    return sum;
  }
  return x * log(x / np) + np - x;
}

// log P(X = k) for X ~ Poisson(lam), k a non-negative integer.
DP_INLINE dp_rd_real dp_rd_log_poisson(dp_rd_real k, dp_rd_real lam) {
  if (k == 0.0) return -lam;
  return -dp_rd_stirlerr(k) - dp_rd_bd0(k, lam) - 0.5 * (DP_RD_LN_2PI + log(k));
}

// log P(X = k) for X ~ Binomial(n, p), q = 1 - p, 0 <= k <= n integers.
DP_INLINE dp_rd_real dp_rd_log_binomial(dp_rd_real k, dp_rd_real n, dp_rd_real p,
                                        dp_rd_real q) {
  if (k == 0.0) return n * log1p(-p);
  if (k == n) return n * log(p);
  dp_rd_real lc = dp_rd_stirlerr(n) - dp_rd_stirlerr(k) - dp_rd_stirlerr(n - k) -
                  dp_rd_bd0(k, n * p) - dp_rd_bd0(n - k, n * q);
  return lc - 0.5 * (DP_RD_LN_2PI + log(k) + log1p(-k / n));
}
#endif

// Marsaglia and Tsang (2000); shape < 1 by Johnk-style rejection from an exponential.
DP_INLINE dp_rd_real dp_rd_std_gamma(dp_rd_stream* s, dp_rd_real shape) {
  if (shape == 1.0) return dp_rd_std_exponential(s);
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    dp_rd_real x = 0.0;
    for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
      dp_rd_real u = dp_rd_uniform(s);
      dp_rd_real v = dp_rd_std_exponential(s);
      if (u <= 1.0 - shape) {
        x = pow(u, 1.0 / shape);
        if (x <= v) return x;
      } else {
        dp_rd_real y = -log((1.0 - u) / shape);
        x = pow(1.0 - shape + shape * y, 1.0 / shape);
        if (x <= v + y) return x;
      }
    }
    return x;
  }
  dp_rd_real b = shape - 1.0 / 3.0;
  dp_rd_real c = 1.0 / sqrt(9.0 * b);
  dp_rd_real v = 1.0;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real x, u;
    do {
      x = dp_rd_std_normal(s);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    u = dp_rd_uniform(s);
    if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1.0 - v + log(v))) return b * v;
  }
  return b * v;
}

DP_INLINE dp_rd_real dp_rd_beta(dp_rd_stream* s, dp_rd_real a, dp_rd_real b) {
  if (a <= 1.0 && b <= 1.0) {
    // Johnk's algorithm, in logs so that tiny a and b do not underflow to 0 / 0.
    for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
      dp_rd_real u = dp_rd_uniform(s), v = dp_rd_uniform(s);
      dp_rd_real x = pow(u, 1.0 / a), y = pow(v, 1.0 / b);
      dp_rd_real xy = x + y;
      if (xy <= 1.0 && u + v > 0.0) {
        if (xy > 0.0) return x / xy;
        dp_rd_real lx = log(u) / a, ly = log(v) / b;
        dp_rd_real lm = lx > ly ? lx : ly;
        lx -= lm;
        ly -= lm;
        return exp(lx - log(exp(lx) + exp(ly)));
      }
    }
    return 0.5;
  }
  dp_rd_real ga = dp_rd_std_gamma(s, a), gb = dp_rd_std_gamma(s, b);
  return ga / (ga + gb);
}

DP_INLINE dp_rd_real dp_rd_chisquare(dp_rd_stream* s, dp_rd_real df) {
  return 2.0 * dp_rd_std_gamma(s, df / 2.0);
}

// The constants of PTRS (Hormann 1993) for one lam >= 10, made once per call where lam is
// the same for every element (the host does; the values are those of the inline code).
typedef struct {
  dp_rd_real lam, loglam, b, a, invalpha, vr;
} dp_rd_ptrs;

DP_INLINE dp_rd_ptrs dp_rd_ptrs_setup(dp_rd_real lam) {
  dp_rd_ptrs c;
  dp_rd_real slam = sqrt(lam);
  c.lam = lam;
  c.loglam = log(lam);
  c.b = 0.931 + 2.53 * slam;
  c.a = -0.059 + 0.02483 * c.b;
  c.invalpha = 1.1239 + 1.1328 / (c.b - 3.4);
  c.vr = 0.9277 - 3.6224 / (c.b - 2.0);
  return c;
}

DP_INLINE dp_rd_real dp_rd_poisson_ptrs(dp_rd_stream* s, dp_rd_ptrs c) {
  dp_rd_real k = 0.0;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real u = dp_rd_uniform(s) - 0.5;
    dp_rd_real v = dp_rd_uniform(s);
    dp_rd_real us = 0.5 - fabs(u);
    k = floor((2.0 * c.a / us + c.b) * u + c.lam + 0.43);
    if (us >= 0.07 && v <= c.vr) return k;
    if (k < 0.0 || (us < 0.013 && v > us)) continue;
#if defined(DP_RD_F32)
    if (log(v) + log(c.invalpha) - log(c.a / (us * us) + c.b) <= dp_rd_log_poisson(k, c.lam))
      return k;
#else
    if (log(v) + log(c.invalpha) - log(c.a / (us * us) + c.b) <=
        -c.lam + k * c.loglam - dp_rd_loggam(k + 1.0))
      return k;
#endif
  }
  return k < 0.0 ? 0.0 : k;
}

// Poisson: multiplication of uniforms for lam < 10, PTRS above.
DP_INLINE dp_rd_real dp_rd_poisson(dp_rd_stream* s, dp_rd_real lam) {
  if (lam == 0.0) return 0.0;
  if (lam >= 10.0) return dp_rd_poisson_ptrs(s, dp_rd_ptrs_setup(lam));
  dp_rd_real enlam = exp(-lam), prod = 1.0, x = 0.0;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    prod *= dp_rd_uniform(s);
    if (prod <= enlam) return x;
    x += 1.0;
  }
  return x;
}

// Binomial for p <= 0.5: inversion for n p < 30, BTRS (Hormann 1993) above.
DP_INLINE dp_rd_real dp_rd_binomial_low(dp_rd_stream* s, dp_rd_real n, dp_rd_real p) {
  dp_rd_real q = 1.0 - p;
  if (n * p < 30.0) {
    dp_rd_real qn = exp(n * log1p(-p)), np = n * p;
    dp_rd_real bound = np + 10.0 * sqrt(np * q + 1.0);
    if (bound > n) bound = n;
    dp_rd_real x = 0.0, px = qn, u = dp_rd_uniform(s);
    for (int t = 0; t < 64 * DP_RD_MAX_TRIES; ++t) {
      if (u <= px) return x;
      x += 1.0;
      if (x > bound) {
        x = 0.0;
        px = qn;
        u = dp_rd_uniform(s);
      } else {
        u -= px;
        px = ((n - x + 1.0) * p * px) / (x * q);
      }
    }
    return x;
  }
  dp_rd_real spq = sqrt(n * p * q);
  dp_rd_real b = 1.15 + 2.53 * spq;
  dp_rd_real a = -0.0873 + 0.0248 * b + 0.01 * p;
  dp_rd_real c = n * p + 0.5;
  dp_rd_real vr = 0.92 - 4.2 / b;
  dp_rd_real alpha = (2.83 + 5.1 / b) * spq;
#if !defined(DP_RD_F32)
  dp_rd_real lpq = log(p / q);
#endif
  dp_rd_real m = floor((n + 1.0) * p);
#if defined(DP_RD_F32)
  dp_rd_real lfm = dp_rd_log_binomial(m, n, p, q);
#else
  dp_rd_real h = dp_rd_loggam(m + 1.0) + dp_rd_loggam(n - m + 1.0);
#endif
  dp_rd_real k = m;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real u = dp_rd_uniform(s) - 0.5;
    dp_rd_real v = dp_rd_uniform(s);
    dp_rd_real us = 0.5 - fabs(u);
    dp_rd_real kk = floor((2.0 * a / us + b) * u + c);
    if (kk < 0.0 || kk > n) continue;
    k = kk;
    if (us >= 0.07 && v <= vr) return k;
    dp_rd_real lv = log(v * alpha / (a / (us * us) + b));
#if defined(DP_RD_F32)
    if (lv <= dp_rd_log_binomial(k, n, p, q) - lfm) return k;
#else
    if (lv <= h - dp_rd_loggam(k + 1.0) - dp_rd_loggam(n - k + 1.0) + (k - m) * lpq) return k;
#endif
  }
  return k;
}

DP_INLINE dp_rd_real dp_rd_binomial(dp_rd_stream* s, dp_rd_real n, dp_rd_real p) {
  if (n == 0.0 || p == 0.0) return 0.0;
  if (p == 1.0) return n;
  if (p <= 0.5) return dp_rd_binomial_low(s, n, p);
  return n - dp_rd_binomial_low(s, n, 1.0 - p);
}

DP_INLINE dp_rd_real dp_rd_vonmises(dp_rd_stream* s, dp_rd_real mu, dp_rd_real kappa) {
  if (kappa < 1e-8) return DP_RD_PI * (2.0 * dp_rd_uniform(s) - 1.0);
  dp_rd_real r;
  if (kappa > 1e6) {
    // Wrapped normal: the von Mises density is within rounding of it.
    r = mu + sqrt(1.0 / kappa) * dp_rd_std_normal(s);
  } else {
#if defined(DP_RD_F32)
    // s - 1, s + z and 1 - w in forms without cancellation: s -> 1 as kappa grows, and
    // w -> 1 for the likely draws, so the float64 expressions lose every digit in float32.
    // rho = (r - sqrt(2 r)) / (2 kappa) with r = 1 + sqrt(1 + 4 kappa^2) is 2 kappa / d,
    // d = r + sqrt(2 r), and 1 - rho = (r - 2 kappa + sqrt(2 r)) / d: sums of positive terms.
    dp_rd_real sm1;
    if (kappa < 1e-5) {
      sm1 = 1.0 / kappa + kappa - 1.0;
    } else {
      dp_rd_real tq = sqrt(1.0 + 4.0 * kappa * kappa), rr = 1.0 + tq;
      dp_rd_real d = rr + sqrt(2.0 * rr);
      dp_rd_real rho = 2.0 * kappa / d;
      dp_rd_real omr = (1.0 + 1.0 / (tq + 2.0 * kappa) + sqrt(2.0 * rr)) / d;  // 1 - rho
      sm1 = omr * omr / (2.0 * rho);
    }
    dp_rd_real omw = 0.0;
    for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
      dp_rd_real h = 0.5 * DP_RD_PI * dp_rd_uniform(s);
      dp_rd_real sh = sin(h), ch = cos(h);
      dp_rd_real spz = sm1 + 2.0 * ch * ch;  // s + z, z = cos(2h)
      dp_rd_real y = kappa * sm1 * (sm1 + 2.0) / spz;
      omw = sm1 * 2.0 * sh * sh / spz;
      dp_rd_real v = dp_rd_uniform(s);
      if (y * (2.0 - y) - v >= 0.0 || log(y / v) + 1.0 - y >= 0.0) break;
    }
    dp_rd_real hw = sqrt(0.5 * omw);
    r = 2.0 * asin(hw < 1.0 ? hw : 1.0);  // acos(w)
    if (dp_rd_uniform(s) < 0.5) r = -r;
    r += mu;
#else
    dp_rd_real sv, w = 0.0;
    if (kappa < 1e-5) {
      sv = 1.0 / kappa + kappa;
    } else {
      dp_rd_real rr = 1.0 + sqrt(1.0 + 4.0 * kappa * kappa);
      dp_rd_real rho = (rr - sqrt(2.0 * rr)) / (2.0 * kappa);
      sv = (1.0 + rho * rho) / (2.0 * rho);
    }
    for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
      dp_rd_real u = dp_rd_uniform(s);
      dp_rd_real z = cos(DP_RD_PI * u);
      w = (1.0 + sv * z) / (sv + z);
      dp_rd_real y = kappa * (sv - w);
      dp_rd_real v = dp_rd_uniform(s);
      if (y * (2.0 - y) - v >= 0.0 || log(y / v) + 1.0 - y >= 0.0) break;
    }
    r = acos(w);
    if (dp_rd_uniform(s) < 0.5) r = -r;
    r += mu;
#endif
  }
  int neg = r < 0.0;
  dp_rd_real m = fmod(fabs(r) + DP_RD_PI, 2.0 * DP_RD_PI) - DP_RD_PI;
  return neg ? -m : m;
}

DP_INLINE dp_rd_real dp_rd_zipf(dp_rd_stream* s, dp_rd_real a) {
  dp_rd_real am1 = a - 1.0, b = pow(2.0, am1), x = 1.0;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real u = 1.0 - dp_rd_uniform(s);
    dp_rd_real v = dp_rd_uniform(s);
    x = floor(pow(u, -1.0 / am1));
    // Values beyond int64 (heavy tails for a near 1) are rejected, as NumPy does.
    if (x > DP_RD_I64_LIMIT || x < 1.0) continue;
    dp_rd_real tt = pow(1.0 + 1.0 / x, am1);
    if (v * x * (tt - 1.0) / (b - 1.0) <= tt / b) return x;
  }
  return x < 1.0 || x > DP_RD_I64_LIMIT ? 1.0 : x;
}

DP_INLINE dp_rd_real dp_rd_logseries(dp_rd_stream* s, dp_rd_real p) {
  dp_rd_real r = log1p(-p);
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real v = dp_rd_uniform(s);
    if (v >= p) return 1.0;
    dp_rd_real u = dp_rd_uniform(s);
    dp_rd_real q = -expm1(r * u);
    if (v <= q * q) {
      dp_rd_real res = floor(1.0 + log(v) / log(q));
      if (res < 1.0 || v == 0.0) continue;
      return res;
    }
    return v >= q ? 1.0 : 2.0;
  }
  return 1.0;
}

DP_INLINE dp_rd_real dp_rd_logfact(dp_rd_real k) { return dp_rd_loggam(k + 1.0); }

// HRUA ratio-of-uniforms rejection (Stadlober 1989) for 10 <= sample <= total - 10.
DP_INLINE dp_rd_real dp_rd_hypergeometric_hrua(dp_rd_stream* s, dp_rd_real good, dp_rd_real bad,
                                           dp_rd_real sample) {
  const dp_rd_real d1 = 1.7155277699214135, d2 = 0.8989161620588988;
  dp_rd_real popsize = good + bad;
  dp_rd_real cs = sample < popsize - sample ? sample : popsize - sample;
  dp_rd_real mingb = good < bad ? good : bad, maxgb = good < bad ? bad : good;
  dp_rd_real p = mingb / popsize, q = maxgb / popsize;
  dp_rd_real a = cs * p + 0.5;
  dp_rd_real var = (popsize - cs) * cs * p * q / (popsize - 1.0);
  dp_rd_real c = sqrt(var + 0.5);
  dp_rd_real h = d1 * c + d2;
  dp_rd_real m = floor((cs + 1.0) * (mingb + 1.0) / (popsize + 2.0));
#if defined(DP_RD_F32)
  // f(k) / f(m) as a ratio of binomial pmfs at the sampling fraction (no cancellation).
  dp_rd_real pf = cs / popsize, qf = 1.0 - pf;
  dp_rd_real g = dp_rd_log_binomial(m, mingb, pf, qf) + dp_rd_log_binomial(cs - m, maxgb, pf, qf);
#else
  dp_rd_real g = dp_rd_logfact(m) + dp_rd_logfact(mingb - m) + dp_rd_logfact(cs - m) +
                 dp_rd_logfact(maxgb - cs + m);
#endif
  dp_rd_real b = (cs < mingb ? cs : mingb) + 1.0;
  dp_rd_real bb = floor(a + 16.0 * c);
  if (bb < b) b = bb;
  dp_rd_real k = m;
  for (int t = 0; t < DP_RD_MAX_TRIES; ++t) {
    dp_rd_real u = dp_rd_uniform(s), v = dp_rd_uniform(s);
    dp_rd_real x = a + h * (v - 0.5) / u;
    if (x < 0.0 || x >= b) continue;
    dp_rd_real kk = floor(x);
#if defined(DP_RD_F32)
    dp_rd_real tt =
        dp_rd_log_binomial(kk, mingb, pf, qf) + dp_rd_log_binomial(cs - kk, maxgb, pf, qf) - g;
#else
    dp_rd_real gp = dp_rd_logfact(kk) + dp_rd_logfact(mingb - kk) + dp_rd_logfact(cs - kk) +
                    dp_rd_logfact(maxgb - cs + kk);
    dp_rd_real tt = g - gp;
#endif
    k = kk;
    if (u * (4.0 - u) - 3.0 <= tt) break;
    if (u * (u - tt) >= 1.0) continue;
    if (2.0 * log(u) <= tt) break;
  }
  if (good > bad) k = cs - k;
  if (cs < sample) k = good - k;
  return k;
}

// Draws without replacement from the urn, over the smaller of sample and total - sample;
// HRUA when both are at least 10.
DP_INLINE dp_rd_real dp_rd_hypergeometric(dp_rd_stream* s, dp_rd_real good, dp_rd_real bad, dp_rd_real sample) {
  if (sample >= 10.0 && sample <= good + bad - 10.0)
    return dp_rd_hypergeometric_hrua(s, good, bad, sample);
  DP_U64 g = (DP_U64)good, total = (DP_U64)good + (DP_U64)bad, n = (DP_U64)sample;
  DP_U64 m = n < total - n ? n : total - n;
  DP_U64 rem_total = total, rem_good = g;
  while (m > 0 && rem_good > 0 && rem_total > rem_good) {
    rem_total -= 1;
    if (dp_rd_interval(s, rem_total) < rem_good) rem_good -= 1;
    m -= 1;
  }
  if (rem_total == rem_good) rem_good -= m;
  return n > total / 2 ? (dp_rd_real)rem_good : (dp_rd_real)(g - rem_good);
}

// One element of distribution `dist` with parameters (a, b, c) (unused ones ignored).
DP_INLINE dp_rd_real dp_rd_sample(int dist, dp_rd_stream* s, dp_rd_real a, dp_rd_real b, dp_rd_real c) {
  switch (dist) {
    case DP_RD_STANDARD_EXPONENTIAL: return dp_rd_std_exponential(s);
    case DP_RD_EXPONENTIAL: return a * dp_rd_std_exponential(s);
    case DP_RD_NORMAL: return a + b * dp_rd_std_normal(s);
    case DP_RD_STANDARD_GAMMA: return b * dp_rd_std_gamma(s, a);
    case DP_RD_BETA: return dp_rd_beta(s, a, b);
    case DP_RD_CHISQUARE: return dp_rd_chisquare(s, a);
    case DP_RD_NONCENTRAL_CHISQUARE: {
      if (b == 0.0) return dp_rd_chisquare(s, a);
      if (a > 1.0) {
        dp_rd_real z = dp_rd_std_normal(s) + sqrt(b);
        return dp_rd_chisquare(s, a - 1.0) + z * z;
      }
      dp_rd_real i = dp_rd_poisson(s, b / 2.0);
      return dp_rd_chisquare(s, a + 2.0 * i);
    }
    case DP_RD_F: {
      dp_rd_real num = dp_rd_chisquare(s, a) * b;
      return num / (dp_rd_chisquare(s, b) * a);
    }
    case DP_RD_NONCENTRAL_F: {
      dp_rd_real t;
      if (c == 0.0) {
        t = dp_rd_chisquare(s, a);
      } else if (a > 1.0) {
        dp_rd_real z = dp_rd_std_normal(s) + sqrt(c);
        t = dp_rd_chisquare(s, a - 1.0) + z * z;
      } else {
        t = dp_rd_chisquare(s, a + 2.0 * dp_rd_poisson(s, c / 2.0));
      }
      return (t * b) / (dp_rd_chisquare(s, b) * a);
    }
    case DP_RD_STANDARD_T: {
      dp_rd_real n = dp_rd_std_normal(s);
      dp_rd_real g = dp_rd_std_gamma(s, a / 2.0);
      return sqrt(a / 2.0) * n / sqrt(g);
    }
    case DP_RD_STANDARD_CAUCHY: {
      dp_rd_real n = dp_rd_std_normal(s);
      return n / dp_rd_std_normal(s);
    }
    case DP_RD_GUMBEL: {
#if defined(DP_RD_F32)
      return a - b * log(dp_rd_std_exponential(s));  // never 0 nor inf
#else
      dp_rd_real u = 1.0 - dp_rd_uniform(s);  // (0, 1]
      return a - b * log(-log(u));
#endif
    }
    case DP_RD_LAPLACE: {
      dp_rd_real u = dp_rd_uniform(s);
      if (u >= 0.5) return a - b * log(2.0 - u - u);
      if (u > 0.0) return a + b * log(u + u);
      return a;  // u == 0 has probability 2^-53 (2^-24); NumPy redraws, the median is as good
    }
    case DP_RD_LOGISTIC: {
      dp_rd_real u = dp_rd_uniform(s);
      if (u == 0.0) u = DP_RD_ULP_U;
      return a + b * log(u / (1.0 - u));
    }
    case DP_RD_LOGNORMAL: return exp(a + b * dp_rd_std_normal(s));
    case DP_RD_PARETO: return expm1(dp_rd_std_exponential(s) / a);
    case DP_RD_POWER: return pow(-expm1(-dp_rd_std_exponential(s)), 1.0 / a);
    case DP_RD_RAYLEIGH: return a * sqrt(2.0 * dp_rd_std_exponential(s));
    case DP_RD_WEIBULL: return a == 0.0 ? 0.0 : pow(dp_rd_std_exponential(s), 1.0 / a);
    case DP_RD_TRIANGULAR: {
      dp_rd_real base = c - a, leftbase = b - a;
      dp_rd_real u = dp_rd_uniform(s);
      if (u <= leftbase / base) return a + sqrt(u * leftbase * base);
      return c - sqrt((1.0 - u) * (c - b) * base);
    }
    case DP_RD_VONMISES: return dp_rd_vonmises(s, a, b);
    case DP_RD_WALD: {
      // x = a + a / (2 b) * (y - sqrt(4 b y + y^2)) without its cancellation for y >> b
      // (which made tiny negative draws): the same value as a * 4 b y / (y + sqrt(...))^2.
      dp_rd_real y = dp_rd_std_normal(s);
      y = a * y * y;
      dp_rd_real sq = y + sqrt(4.0 * b * y + y * y);
      dp_rd_real x = a * ((4.0 * b * y) / sq) / sq;
      if (dp_rd_uniform(s) <= a / (a + x)) return x;
      return (a / x) * a;
    }
    case DP_RD_POISSON: return dp_rd_poisson(s, a);
    case DP_RD_BINOMIAL: return dp_rd_binomial(s, a, b);
    case DP_RD_NEGATIVE_BINOMIAL: {
      if (b == 1.0) return 0.0;
      return dp_rd_poisson(s, dp_rd_std_gamma(s, a) * (1.0 - b) / b);
    }
    case DP_RD_GEOMETRIC: {
      if (a >= 1.0) return 1.0;
      dp_rd_real k = ceil(-dp_rd_std_exponential(s) / log1p(-a));
      return k < 1.0 ? 1.0 : k;
    }
    case DP_RD_ZIPF: return dp_rd_zipf(s, a);
    case DP_RD_LOGSERIES: return dp_rd_logseries(s, a);
    case DP_RD_HYPERGEOMETRIC: return dp_rd_hypergeometric(s, a, b, c);
    default: return 0.0;
  }
}

#endif  // DP_RANDOM_DIST_CL
