// Helpers named by the elementwise catalogue's bodies (ops/elementwise_catalogue.h),
// the OpenCL C twin of backend/host/scalar_math.h. OpenCL C has no overloading, so
// each program defines its one loop type first (cl_types.cpp, cl_type_macros):
//   DP_T      compute type (float for float16, uchar for bool)
//   DP_BOOL / DP_SIGNED / DP_UNSIGNED / DP_FLOAT / DP_COMPLEX   the kind
//   DP_UT, DP_BITS, DP_TMIN   unsigned twin, width and minimum of an integer type
//   DP_WT, DP_WRAP(x)         unsigned type integer arithmetic wraps in (uint or ulong:
//                             a narrow type promoted to int could overflow) and the
//                             modular conversion of such a value back to DP_T
//   DP_R, DP_C                real type and its 2-vector (complex as (re, im))
//   RC(x)                     a literal of type DP_R
// Every helper is dp_<name>, reached through a #define of its catalogue name, so that
// names such as powr never collide with OpenCL built-ins (some drivers make them macros).

#undef addw
#define addw dp_addw
#undef subw
#define subw dp_subw
#undef mulw
#define mulw dp_mulw
#undef tanhr
#define tanhr dp_tanhr
#undef neg
#define neg dp_neg
#undef absr
#define absr dp_absr
#undef signr
#define signr dp_signr
#undef floordiv
#define floordiv dp_floordiv
#undef fmodpy
#define fmodpy dp_fmodpy
#undef powr
#define powr dp_powr
#undef maxr
#define maxr dp_maxr
#undef minr
#define minr dp_minr
#undef clipr
#define clipr dp_clipr
#undef floorr
#define floorr dp_floorr
#undef ceilr
#define ceilr dp_ceilr
#undef truncr
#define truncr dp_truncr
#undef rintr
#define rintr dp_rintr
#undef invert
#define invert dp_invert
#undef shl
#define shl dp_shl
#undef shr
#define shr dp_shr
#undef isnanr
#define isnanr dp_isnanr
#undef isinfr
#define isinfr dp_isinfr
#undef isfiniter
#define isfiniter dp_isfiniter
#undef hypotr
#define hypotr dp_hypotr
#undef logaddexpr
#define logaddexpr dp_logaddexpr
#undef logaddexp2r
#define logaddexp2r dp_logaddexp2r
#undef nextafterr
#define nextafterr dp_nextafterr
#undef zeror
#define zeror dp_zeror

// float16 loops compute in float (codegen_elementwise.cpp defines DP_HALF for them):
// nextafter steps in float16 ulps there, as the host's nextafterr.
#undef half_loop
#if defined(DP_HALF)
#define half_loop 1
#else
#define half_loop 0
#endif

#if !defined(DP_COMPLEX)

// add / subtract / multiply: integers wrap modulo 2^bits (as the host's
// array/int_semantics.h); bool adds as logical or and multiplies as logical and.
DP_T dp_addw(DP_T a, DP_T b) {
#if defined(DP_BOOL)
  return a | b;
#elif defined(DP_FLOAT)
  return a + b;
#else
  return DP_WRAP((DP_WT)a + (DP_WT)b);
#endif
}
DP_T dp_subw(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return a - b;
#else
  return DP_WRAP((DP_WT)a - (DP_WT)b);
#endif
}
DP_T dp_mulw(DP_T a, DP_T b) {
#if defined(DP_BOOL)
  return a & b;
#elif defined(DP_FLOAT)
  return a * b;
#else
  return DP_WRAP((DP_WT)a * (DP_WT)b);
#endif
}

// -INT_MIN and abs(INT_MIN) wrap to INT_MIN, as NumPy.
DP_T dp_neg(DP_T a) {
#if defined(DP_FLOAT)
  return -a;
#else
  return DP_WRAP((DP_WT)0 - (DP_WT)a);
#endif
}

DP_T dp_absr(DP_T a) {
#if defined(DP_FLOAT)
  return fabs(a);
#elif defined(DP_SIGNED)
  return a < 0 ? DP_WRAP((DP_WT)0 - (DP_WT)a) : a;
#else
  return a;
#endif
}

#if defined(DP_FLOAT)
// tanh is +-1 exactly where NumPy's is: from its saturation points (float32: 10,
// float64: 18.990341103219276) on and never below them, as the host's tanhr
// (PoCL's float tanh never reaches 1 otherwise).
DP_T dp_tanhr(DP_T a) {
  const int dbl = sizeof(DP_T) == 8;
  const DP_T sat = dbl ? RC(18.990341103219276) : RC(10.0);
  const DP_T below = dbl ? RC(0x1.fffffffffffffp-1) : RC(0x1.fffffep-1);
  if (fabs(a) >= sat) return copysign((DP_T)1, a);
  DP_T r = tanh(a);
  return fabs(r) > below ? copysign(below, r) : r;
}
#endif

DP_T dp_signr(DP_T a) {
#if defined(DP_FLOAT)
  return a > 0 ? (DP_T)1 : a < 0 ? (DP_T)-1 : a == 0 ? (DP_T)0 : a;  // NaN stays NaN
#elif defined(DP_SIGNED)
  return a > 0 ? (DP_T)1 : a < 0 ? (DP_T)-1 : (DP_T)0;
#else
  return a > 0 ? (DP_T)1 : (DP_T)0;
#endif
}

// Python / NumPy floor division and remainder: the result has the sign of b.
DP_T dp_floordiv(DP_T a, DP_T b) {
#if defined(DP_BOOL)
  return b ? a : (DP_T)0;
#elif defined(DP_SIGNED)
  if (b == 0) return 0;
  if (a == DP_TMIN && b == -1) return a;
  DP_T q = (DP_T)(a / b);
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
#elif defined(DP_UNSIGNED)
  if (b == 0) return 0;
  return (DP_T)(a / b);
#else
  // The standard's floor(a / b) where an operand is infinite, as the host.
  if (b == 0 || isinf(a) || isinf(b)) return floor(a / b);
  DP_T mod = fmod(a, b);
  DP_T div = (a - mod) / b;
  if (mod != 0 && ((b < 0) != (mod < 0))) div -= (DP_T)1;
  if (div == 0) return copysign((DP_T)0, a / b);
  DP_T fl = floor(div);
  if (div - fl > (DP_T)0.5f) fl += (DP_T)1;
  return fl;
#endif
}

DP_T dp_fmodpy(DP_T a, DP_T b) {
#if defined(DP_BOOL)
  return 0;
#elif defined(DP_SIGNED)
  if (b == 0 || b == -1) return 0;
  DP_T r = (DP_T)(a % b);
  if (r != 0 && ((r < 0) != (b < 0))) r = (DP_T)(r + b);
  return r;
#elif defined(DP_UNSIGNED)
  if (b == 0) return 0;
  return (DP_T)(a % b);
#else
  DP_T mod = fmod(a, b);
  if (b == 0) return mod;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign((DP_T)0, b);
  }
  return mod;
#endif
}

DP_T dp_powr(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return pow(a, b);
#else
#if defined(DP_SIGNED)
  if (b < 0) return a == 1 ? (DP_T)1 : a == -1 ? ((b & 1) ? (DP_T)-1 : (DP_T)1) : (DP_T)0;
#endif
  DP_WT base = (DP_WT)(DP_UT)a, r = 1, e = (DP_WT)(DP_UT)b;
  while (e) {
    if (e & 1) r = r * base;
    base = base * base;
    e >>= 1;
  }
  return DP_WRAP(r);
#endif
}

// NaN-propagating maximum / minimum, as NumPy's maximum / minimum.
DP_T dp_maxr(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return (a >= b || a != a) ? a : b;
#else
  return a >= b ? a : b;
#endif
}
DP_T dp_minr(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return (a <= b || a != a) ? a : b;
#else
  return a <= b ? a : b;
#endif
}
DP_T dp_clipr(DP_T a, DP_T lo, DP_T hi) { return dp_minr(dp_maxr(a, lo), hi); }

#if defined(DP_FLOAT)
DP_T dp_floorr(DP_T a) { return floor(a); }
DP_T dp_ceilr(DP_T a) { return ceil(a); }
DP_T dp_truncr(DP_T a) { return trunc(a); }
DP_T dp_rintr(DP_T a) { return rint(a); }
int dp_isnanr(DP_T a) { return isnan(a); }
int dp_isinfr(DP_T a) { return isinf(a); }
int dp_isfiniter(DP_T a) { return isfinite(a); }
#else
DP_T dp_floorr(DP_T a) { return a; }
DP_T dp_ceilr(DP_T a) { return a; }
DP_T dp_truncr(DP_T a) { return a; }
DP_T dp_rintr(DP_T a) { return a; }
int dp_isnanr(DP_T a) { return 0; }
int dp_isinfr(DP_T a) { return 0; }
int dp_isfiniter(DP_T a) { return 1; }
#endif

DP_T dp_zeror(DP_T a) { return (DP_T)0; }

#if defined(DP_FLOAT)
// hypot(+-inf, NaN) is +inf (C99, the Array API standard); not every driver's is.
DP_T dp_hypotr(DP_T a, DP_T b) {
  if (isinf(a) || isinf(b)) return (DP_T)INFINITY;
  return hypot(a, b);
}

// log(exp(a) + exp(b)) without overflow, NumPy's algorithm (as the host's logaddexpr).
DP_T dp_logaddexpr(DP_T a, DP_T b) {
  if (a == b) return a + RC(0.693147180559945309417232121458176568);
  DP_T d = a - b;
  if (d > 0) return a + log1p(exp(-d));
  if (d <= 0) return b + log1p(exp(d));
  return d;  // NaN
}
DP_T dp_logaddexp2r(DP_T a, DP_T b) {
  const DP_T log2e = RC(1.442695040888963407359924681001892137);
  if (a == b) return a + (DP_T)1;
  DP_T d = a - b;
  if (d > 0) return a + log1p(exp2(-d)) * log2e;
  if (d <= 0) return b + log1p(exp2(d)) * log2e;
  return d;  // NaN
}

#if defined(DP_HALF)
// The float16 neighbour of a (a float holding a float16 value) towards b, with float
// arithmetic only (no half type without cl_khr_fp16).
DP_T dp_nextafterr(DP_T a, DP_T b, int h) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return b;
  if (a == 0) return copysign(0x1p-24f, b);
  if (isinf(a)) return copysign(65504.0f, a);
  const int up = (b > a) == (a > 0);  // away from zero
  const float m = fabs(a);
  const int e = ilogb(m);
  float ulp = e < -14 ? 0x1p-24f : ldexp(1.0f, e - 10);
  if (!up && e > -14 && m == ldexp(1.0f, e)) ulp *= 0.5f;  // below a power of two
  const float r = up ? m + ulp : m - ulp;
  return copysign(r > 65504.0f ? INFINITY : r, a);
}
#elif defined(DP_FBITS)
// Through the bits (codegen_elementwise.cpp: DP_FBITS, DP_AS_BITS, DP_FROM_BITS), so
// that the result is exact whatever the driver's nextafter does with subnormals.
DP_T dp_nextafterr(DP_T a, DP_T b, int h) {
  if (isnan(a) || isnan(b)) return a + b;
  if (a == b) return b;
  if (a == 0) return copysign(DP_FROM_BITS((DP_FBITS)1), b);
  DP_FBITS u = DP_AS_BITS(a);
  u = ((b > a) == (a > 0)) ? u + 1 : u - 1;
  return DP_FROM_BITS(u);
}
#endif
#endif  // DP_FLOAT

#if defined(DP_BOOL)
DP_T dp_invert(DP_T a) { return (DP_T)(a == 0); }
#elif defined(DP_SIGNED) || defined(DP_UNSIGNED)
DP_T dp_invert(DP_T a) { return (DP_T)(~a); }
#endif

#if defined(DP_SIGNED) || defined(DP_UNSIGNED)
// Shifts by at least the bit width give 0 (or -1 for a negative value shifted right);
// OpenCL C would take the count modulo the width instead.
DP_T dp_shl(DP_T a, DP_T b) {
  if ((DP_UT)b >= DP_BITS) return 0;
  return DP_WRAP((DP_WT)(DP_UT)a << (DP_UT)b);
}
DP_T dp_shr(DP_T a, DP_T b) {
  if ((DP_UT)b >= DP_BITS) {
#if defined(DP_SIGNED)
    return a < 0 ? (DP_T)-1 : (DP_T)0;
#else
    return 0;
#endif
  }
  return (DP_T)(a >> (DP_UT)b);
}
#endif

#else  // DP_COMPLEX: values are DP_C = (re, im)

#undef cmul
#define cmul dp_cmul
#undef cdiv
#define cdiv dp_cdiv
#undef cpow
#define cpow dp_cpow
#undef cabs
#define cabs dp_cabs
#undef csign
#define csign dp_csign
#undef cmax
#define cmax dp_cmax
#undef cmin
#define cmin dp_cmin
#undef cround
#define cround dp_cround
#undef ceq
#define ceq dp_ceq
#undef clt
#define clt dp_clt
#undef cle
#define cle dp_cle
#undef cnz
#define cnz dp_cnz
#undef cisnan
#define cisnan dp_cisnan
#undef cisinf
#define cisinf dp_cisinf
#undef cisfinite
#define cisfinite dp_cisfinite
#undef csqrt
#define csqrt dp_csqrt
#undef cexp
#define cexp dp_cexp
#undef cexpm1
#define cexpm1 dp_cexpm1
#undef clog
#define clog dp_clog
#undef clog1p
#define clog1p dp_clog1p
#undef clog2
#define clog2 dp_clog2
#undef clog10
#define clog10 dp_clog10
#undef csin
#define csin dp_csin
#undef ccos
#define ccos dp_ccos
#undef ctan
#define ctan dp_ctan
#undef csinh
#define csinh dp_csinh
#undef ccosh
#define ccosh dp_ccosh
#undef ctanh
#define ctanh dp_ctanh
#undef casin
#define casin dp_casin
#undef cacos
#define cacos dp_cacos
#undef catan
#define catan dp_catan
#undef casinh
#define casinh dp_casinh
#undef cacosh
#define cacosh dp_cacosh
#undef catanh
#define catanh dp_catanh
#undef cconj
#define cconj dp_cconj
#undef cre
#define cre dp_cre
#undef cim
#define cim dp_cim
#undef crecip
#define crecip dp_crecip

#define DP_CPLX(re, im) ((DP_C)((re), (im)))
#define DP_NAN ((DP_R)NAN)
#define DP_INF ((DP_R)INFINITY)
#define DP_PI RC(3.14159265358979323846264338327950288)
#define DP_PI_2 RC(1.57079632679489661923132169163975144)
#define DP_PI_4 RC(0.785398163267948966192313216916397572)
#define DP_LN2 RC(0.693147180559945309417232121458176568)
// Beyond this |part|, z^2 could overflow: the inverse hyperbolic functions switch to
// their asymptotic forms (exact to rounding there).
#define DP_HUGE (sizeof(DP_R) == 8 ? RC(1e30) * RC(1e30) * RC(1e30) * RC(1e30) * RC(1e30) : RC(1e18))

DP_C dp_cconj(DP_C a) { return DP_CPLX(a.x, -a.y); }
DP_R dp_cre(DP_C a) { return a.x; }
DP_R dp_cim(DP_C a) { return a.y; }
// 1 / z, NumPy's reciprocal loop (Smith's scaling by the larger part).
DP_C dp_crecip(DP_C a) {
  DP_R x = a.x, y = a.y;
  if (fabs(y) <= fabs(x)) {
    DP_R r = y / x, d = x + y * r;
    return DP_CPLX((DP_R)1 / d, -r / d);
  }
  DP_R r = x / y, d = x * r + y;
  return DP_CPLX(r / d, (DP_R)-1 / d);
}

DP_C dp_cmul(DP_C a, DP_C b) { return DP_CPLX(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x); }

// Smith's algorithm: no overflow for large operands.
DP_C dp_cdiv(DP_C a, DP_C b) {
  DP_R ar = a.x, ai = a.y, br = b.x, bi = b.y;
  if (fabs(br) >= fabs(bi)) {
    if (br == 0 && bi == 0) return DP_CPLX(ar / fabs(br), ai / fabs(bi));
    DP_R rat = bi / br, scl = (DP_R)1 / (br + bi * rat);
    return DP_CPLX((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  DP_R rat = br / bi, scl = (DP_R)1 / (bi + br * rat);
  return DP_CPLX((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

int dp_cisnan(DP_C a) { return isnan(a.x) || isnan(a.y); }
int dp_cisinf(DP_C a) { return isinf(a.x) || isinf(a.y); }
int dp_cisfinite(DP_C a) { return isfinite(a.x) && isfinite(a.y); }
int dp_ceq(DP_C a, DP_C b) { return a.x == b.x && a.y == b.y; }
// Lexicographic order, as NumPy compares complex numbers: a NaN part makes the
// real-part test false (NumPy's CLT / CLE), so maximum / minimum propagate NaN.
int dp_clt(DP_C a, DP_C b) {
  return (a.x < b.x && !isnan(a.y) && !isnan(b.y)) || (a.x == b.x && a.y < b.y);
}
int dp_cle(DP_C a, DP_C b) {
  return (a.x < b.x && !isnan(a.y) && !isnan(b.y)) || (a.x == b.x && a.y <= b.y);
}
int dp_cnz(DP_C a) { return a.x != 0 || a.y != 0; }
DP_C dp_cmax(DP_C a, DP_C b) { return (dp_cisnan(a) || dp_cle(b, a)) ? a : b; }
DP_C dp_cmin(DP_C a, DP_C b) { return (dp_cisnan(a) || dp_cle(a, b)) ? a : b; }
DP_C dp_cround(DP_C a) { return DP_CPLX(rint(a.x), rint(a.y)); }
DP_R dp_cabs(DP_C a) { return hypot(a.x, a.y); }
// z / |z|, with NumPy 2's values for infinite parts: (+-inf, y) -> +-1, (x, +-inf) -> +-i.
DP_C dp_csign(DP_C a) {
  DP_R x = a.x, y = a.y;
  if (isnan(x) || isnan(y)) return DP_CPLX((DP_R)NAN, (DP_R)NAN);
  if (isinf(x)) return isinf(y) ? DP_CPLX((DP_R)NAN, (DP_R)NAN) : DP_CPLX(copysign((DP_R)1, x), (DP_R)0);
  if (isinf(y)) return DP_CPLX((DP_R)0, copysign((DP_R)1, y));
  if (x == 0 && y == 0) return DP_CPLX((DP_R)0, (DP_R)0);
  DP_R m = hypot(x, y);
  return DP_CPLX(x / m, y / m);
}

DP_C dp_csqrt(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (x == 0 && y == 0) return DP_CPLX((DP_R)0, y);
  if (isinf(y)) return DP_CPLX((DP_R)INFINITY, y);
  if (isnan(x)) return DP_CPLX(x, x);
  if (isinf(x)) {
    if (x > 0) return DP_CPLX(x, isnan(y) ? y : copysign((DP_R)0, y));
    return DP_CPLX(isnan(y) ? y : (DP_R)0, copysign((DP_R)INFINITY, y));
  }
  if (isnan(y)) return DP_CPLX(y, y);
  DP_R ax = fabs(x), ay = fabs(y), scale = 1;
  // Scale huge operands by 1/4 so that ax + |z| cannot overflow.
  if (ax > RC(1e30) * RC(1e7) || ay > RC(1e30) * RC(1e7)) {
    ax *= RC(0.25);
    ay *= RC(0.25);
    scale = 2;
  }
  DP_R t = sqrt((ax + hypot(ax, ay)) * RC(0.5)) * scale;
  if (x >= 0) return DP_CPLX(t, y / (2 * t));
  return DP_CPLX(fabs(y) / (2 * t), copysign(t, y));
}

DP_C dp_cexp(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isinf(x) && !isfinite(y)) {
    if (x < 0) return DP_CPLX((DP_R)0, (DP_R)0);
    return DP_CPLX(x, y - y);  // (+inf, NaN)
  }
  if (y == 0) return DP_CPLX(exp(x), y);
  DP_R e = exp(x);
  return DP_CPLX(e * cos(y), e * sin(y));
}

// exp(x)(cos y + i sin y) - 1, with expm1 and a half-angle form for accuracy near 0;
// non-finite parts as the Array API standard lists them (the host's cexpm1: the same).
DP_C dp_cexpm1(DP_C a) {
  DP_R x = a.x, y = a.y;
  if (isnan(x)) return y == 0 ? a : DP_CPLX(DP_NAN, DP_NAN);
  if (isinf(x)) {
    if (x < 0)
      return isfinite(y) ? DP_CPLX((DP_R)0 * cos(y) - (DP_R)1, (DP_R)0 * sin(y))
                         : DP_CPLX((DP_R)-1, copysign((DP_R)0, y));
    if (y == 0) return a;
    if (isfinite(y)) return DP_CPLX(x * cos(y), x * sin(y));
    return DP_CPLX(x, DP_NAN);
  }
  if (!isfinite(y)) return DP_CPLX(DP_NAN, DP_NAN);
  if (y == 0) return DP_CPLX(x == 0 ? (DP_R)0 : expm1(x), y);
  DP_R s = sin(y / 2);
  return DP_CPLX(expm1(x) * cos(y) - (DP_R)2 * s * s, exp(x) * sin(y));
}

DP_C dp_clog(DP_C z) {
  DP_R ax = fabs(z.x), ay = fabs(z.y);
  DP_R h = hypot(ax, ay);
  DP_R re;
  // Near |z| = 1, log(|z|) = log1p((x - 1)(x + 1) + y^2) / 2 keeps the small result exact.
  if (h > RC(0.7) && h < RC(1.5)) {
    DP_R big = fmax(ax, ay), small = fmin(ax, ay);
    re = log1p((big - 1) * (big + 1) + small * small) * RC(0.5);
  } else {
    re = log(h);
  }
  return DP_CPLX(re, atan2(z.y, z.x));
}

// log(1 + z): log1p keeps small |z| exact; large |z| uses |1 + z| directly (no overflow).
DP_C dp_clog1p(DP_C a) {
  DP_R x = a.x, y = a.y;
  DP_R re = (fabs(x) < 1 && fabs(y) < 1) ? log1p(x * (x + 2) + y * y) / 2 : log(hypot(x + 1, y));
  return DP_CPLX(re, atan2(y, x + (DP_R)1));
}
DP_C dp_clog2(DP_C a) {
  DP_C l = dp_clog(a);
  DP_R ln2 = RC(0.693147180559945309417232121458176568);
  return DP_CPLX(l.x / ln2, l.y / ln2);
}
DP_C dp_clog10(DP_C a) {
  DP_C l = dp_clog(a);
  DP_R ln10 = RC(2.30258509299404568401799145468436421);
  return DP_CPLX(l.x / ln10, l.y / ln10);
}

// Non-finite parts as glibc's csinh / ccosh (the host's, NumPy's), which follow C99
// Annex G and the Array API standard.
DP_C dp_csinh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isnan(x)) return DP_CPLX(DP_NAN, y == 0 ? y : DP_NAN);
  if (isinf(x)) {
    if (y == 0) return z;
    if (isfinite(y))
      return DP_CPLX(copysign(DP_INF, cos(y)) * copysign((DP_R)1, x), copysign(DP_INF, sin(y)));
    return DP_CPLX(x, DP_NAN);
  }
  if (!isfinite(y)) return x == 0 ? DP_CPLX(x, DP_NAN) : DP_CPLX(DP_NAN, DP_NAN);
  if (y == 0) return DP_CPLX(sinh(x), y);
  return DP_CPLX(sinh(x) * cos(y), cosh(x) * sin(y));
}
DP_C dp_ccosh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isnan(x)) return DP_CPLX(DP_NAN, y == 0 ? y : DP_NAN);
  if (isinf(x)) {
    if (y == 0) return DP_CPLX(DP_INF, y * copysign((DP_R)1, x));
    if (isfinite(y))
      return DP_CPLX(copysign(DP_INF, cos(y)), copysign(DP_INF, sin(y)) * copysign((DP_R)1, x));
    return DP_CPLX(DP_INF, DP_NAN);
  }
  if (!isfinite(y)) return DP_CPLX(DP_NAN, x == 0 ? (DP_R)0 : DP_NAN);
  // Im = sinh(x) sin(y) is a zero with the sign of x * y (no inf * 0 for large x).
  if (y == 0) return DP_CPLX(cosh(x), y * copysign((DP_R)1, x));
  return DP_CPLX(cosh(x) * cos(y), sinh(x) * sin(y));
}
// sin(z) = -i sinh(iz), cos(z) = cosh(iz).
DP_C dp_csin(DP_C z) {
  DP_C w = dp_csinh(DP_CPLX(-z.y, z.x));
  return DP_CPLX(w.y, -w.x);
}
DP_C dp_ccos(DP_C z) { return dp_ccosh(DP_CPLX(-z.y, z.x)); }

// glibc's ctanh (the host's and NumPy's): sinh x cosh x / (sinh^2 x + cos^2 y), and the
// limit (+-1, 4 sin y cos y e^-2|x|) beyond t = (MAX_EXP - 1) ln 2 / 2, where sinh^2
// would overflow; so Re tanh(z) reaches 1 where it does on the host.
DP_C dp_ctanh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isnan(x)) return DP_CPLX(x, y == 0 ? y : x);
  // tanh(+-inf + iy) = +-1 + 0i with the sign of y, as the standard lists it (glibc
  // takes the sign of sin(2y), which a device's sin of a huge y need not reproduce).
  if (isinf(x) && isfinite(y)) return DP_CPLX(copysign((DP_R)1, x), copysign((DP_R)0, y));
  if (!isfinite(y)) {
    if (isinf(x)) return DP_CPLX(copysign((DP_R)1, x), copysign((DP_R)0, y));
    return DP_CPLX(x == 0 ? x : y - y, y - y);
  }
  const DP_R t = sizeof(DP_R) == 8 ? RC(354.5894492783832) : RC(44.014845835488344);
  DP_R siny = sin(y), cosy = cos(y);
  if (fabs(x) > t) {
    DP_R im = 4 * siny * cosy;
    DP_R ax = fabs(x) - t;
    im /= exp(2 * t);
    im = ax > t ? im / exp(2 * t) : im / exp(2 * ax);
    return DP_CPLX(copysign((DP_R)1, x), im);
  }
  DP_R sh = sinh(x), ch = cosh(x);
  DP_R den = fabs(sh) > fabs(cosy) * (sizeof(DP_R) == 8 ? RC(2.220446049250313e-16) : RC(1.1920929e-7))
                 ? sh * sh + cosy * cosy
                 : cosy * cosy;
  return DP_CPLX(sh * ch / den, siny * cosy / den);
}
// tan(z) = -i tanh(iz).
DP_C dp_ctan(DP_C z) {
  DP_C w = dp_ctanh(DP_CPLX(-z.y, z.x));
  return DP_CPLX(w.y, -w.x);
}

// The inverse functions: Kahan's branch-cut-exact forms through complex square roots
// for finite z, log(2z) (or 1/z) where |z| is huge, and glibc's (C99 Annex G, the Array
// API standard's) values for non-finite parts.
DP_C dp_casinh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isinf(y))
    return DP_CPLX(copysign(DP_INF, x), isnan(x) ? DP_NAN : copysign(isinf(x) ? DP_PI_4 : DP_PI_2, y));
  if (!isfinite(x)) {
    const int zero_im = (isinf(x) && !isnan(y)) || (isnan(x) && y == 0);
    return DP_CPLX(x, zero_im ? copysign((DP_R)0, y) : DP_NAN);
  }
  if (isnan(y)) return DP_CPLX(DP_NAN, DP_NAN);
  // Odd and conjugate-symmetric: work on |x| + i|y|.
  DP_R ax = fabs(x), ay = fabs(y), re, im;
  if (ax > DP_HUGE || ay > DP_HUGE) {
    DP_R m = fmax(ax, ay), s = fmin(ax, ay) / m;
    re = log(m) + log1p(s * s) * RC(0.5) + DP_LN2;
    im = atan2(ay, ax);
  } else {
    // asinh(z) = -i asin(iz), asin through sqrt(1 - iz) and sqrt(1 + iz).
    DP_C s1 = dp_csqrt(DP_CPLX(1 + ay, -ax));
    DP_C s2 = dp_csqrt(DP_CPLX(1 - ay, ax));
    re = asinh(s1.x * s2.y - s1.y * s2.x);
    im = atan2(ay, s1.x * s2.x - s1.y * s2.y);
  }
  return DP_CPLX(copysign(re, x), copysign(im, y));
}
DP_C dp_cacosh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isinf(y))
    return DP_CPLX(DP_INF, isnan(x) ? DP_NAN
                                    : copysign(isinf(x) ? (x < 0 ? 3 * DP_PI_4 : DP_PI_4) : DP_PI_2, y));
  if (isinf(x)) return DP_CPLX(DP_INF, isnan(y) ? DP_NAN : copysign(x < 0 ? DP_PI : (DP_R)0, y));
  if (isnan(x)) return DP_CPLX(DP_NAN, DP_NAN);
  if (isnan(y)) return DP_CPLX(DP_NAN, x == 0 ? DP_PI_2 : DP_NAN);
  // Conjugate-symmetric: work on x + i|y|.
  DP_R ay = fabs(y), re, im;
  if (fabs(x) > DP_HUGE || ay > DP_HUGE) {
    DP_R ax = fabs(x), m = fmax(ax, ay), s = fmin(ax, ay) / m;
    re = log(m) + log1p(s * s) * RC(0.5) + DP_LN2;
    im = atan2(ay, x);
  } else {
    DP_C t1 = dp_csqrt(DP_CPLX(x - 1, ay));
    DP_C t2 = dp_csqrt(DP_CPLX(x + 1, ay));
    re = asinh(t1.x * t2.x + t1.y * t2.y);
    im = 2 * atan2(t1.y, t2.x);
  }
  return DP_CPLX(re, copysign(im, y));
}
DP_C dp_catanh(DP_C z) {
  DP_R x = z.x, y = z.y;
  if (isinf(y)) return DP_CPLX(copysign((DP_R)0, x), copysign(DP_PI_2, y));
  if (isinf(x) || (x == 0 && isnan(y)))
    return DP_CPLX(copysign((DP_R)0, x), isnan(y) ? DP_NAN : copysign(DP_PI_2, y));
  if (isnan(x) || isnan(y)) return DP_CPLX(DP_NAN, DP_NAN);
  // Odd and conjugate-symmetric: work on |x| + i|y|.
  DP_R ax = fabs(x), ay = fabs(y), re, im;
  if (ax == 1 && ay == 0) return DP_CPLX(copysign(DP_INF, x), y);
  if (ax > DP_HUGE || ay > DP_HUGE) {
    // atanh(z) = 1/z + i pi/2 to rounding: Re(1/z) scaled by the larger part.
    DP_R m = fmax(ax, ay), s = fmin(ax, ay) / m;
    re = ax / m / m / (1 + s * s);
    im = DP_PI_2;
  } else {
    DP_R one_m = 1 - ax;
    re = log1p(4 * ax / (one_m * one_m + ay * ay)) * RC(0.25);
    im = atan2(2 * ay, one_m * (1 + ax) - ay * ay) * RC(0.5);
  }
  return DP_CPLX(copysign(re, x), copysign(im, y));
}
// asin(z) = -i asinh(iz), acos(z) = pi/2 - asin(z) for non-finite parts (as glibc).
DP_C dp_casin(DP_C z) {
  if (!isfinite(z.x) || !isfinite(z.y)) {
    DP_C w = dp_casinh(DP_CPLX(-z.y, z.x));
    return DP_CPLX(w.y, -w.x);
  }
  DP_C s1 = dp_csqrt(DP_CPLX(1 - z.x, -z.y));
  DP_C s2 = dp_csqrt(DP_CPLX(1 + z.x, z.y));
  return DP_CPLX(atan2(z.x, s1.x * s2.x - s1.y * s2.y), asinh(s1.x * s2.y - s1.y * s2.x));
}
DP_C dp_cacos(DP_C z) {
  if (!isfinite(z.x) || !isfinite(z.y)) {
    DP_C w = dp_casin(z);
    DP_R re = DP_PI_2 - w.x;
    return DP_CPLX(re == 0 ? (DP_R)0 : re, -w.y);
  }
  DP_C s1 = dp_csqrt(DP_CPLX(1 - z.x, -z.y));
  DP_C s2 = dp_csqrt(DP_CPLX(1 + z.x, z.y));
  return DP_CPLX(2 * atan2(s1.x, s2.x), asinh(s2.x * s1.y - s2.y * s1.x));
}
// atan(z) = -i atanh(iz).
DP_C dp_catan(DP_C z) {
  DP_C w = dp_catanh(DP_CPLX(-z.y, z.x));
  return DP_CPLX(w.y, -w.x);
}

// NumPy's algorithm: 0 ** b is 0 for Re b > 0 (else NaN); small integer exponents by
// repeated squaring, negative ones as 1 / a ** |n|; everything else through exp(b log a).
DP_C dp_cpow(DP_C a, DP_C b) {
  DP_R br = b.x, bi = b.y;
  DP_C one = DP_CPLX((DP_R)1, (DP_R)0);
  if (br == 0 && bi == 0) return one;
  if (a.x == 0 && a.y == 0) {
    if (br > 0) return DP_CPLX((DP_R)0, (DP_R)0);
    return DP_CPLX((DP_R)NAN, (DP_R)NAN);
  }
  if (bi == 0 && br == trunc(br) && fabs(br) < 100) {
    int n = (int)br;
    if (n == 1) return a;
    if (n == 2) return dp_cmul(a, a);
    if (n == 3) return dp_cmul(a, dp_cmul(a, a));
    DP_C r = one, p = a;
    for (int e = n < 0 ? -n : n;;) {
      if (e & 1) r = dp_cmul(r, p);
      e >>= 1;
      if (!e) break;
      p = dp_cmul(p, p);
    }
    return n < 0 ? dp_cdiv(one, r) : r;
  }
  return dp_cexp(dp_cmul(b, dp_clog(a)));
}

#endif  // DP_COMPLEX

// ---- NumPy's further ufuncs: the OpenCL C twins of scalar_math.h's helpers ----
#undef fmodc
#define fmodc dp_fmodc
#undef floordivnp
#define floordivnp dp_floordivnp
#undef gcdr
#define gcdr dp_gcdr
#undef lcmr
#define lcmr dp_lcmr
#undef heavisider
#define heavisider dp_heavisider
#undef deg2radr
#define deg2radr dp_deg2radr
#undef rad2degr
#define rad2degr dp_rad2degr
#undef sincr
#define sincr dp_sincr
#undef ldexpr
#define ldexpr dp_ldexpr
#undef spacingr
#define spacingr dp_spacingr
#undef fmaxr
#define fmaxr dp_fmaxr
#undef fminr
#define fminr dp_fminr
#undef popcountr
#define popcountr dp_popcountr
#undef isposinfr
#define isposinfr dp_isposinfr
#undef isneginfr
#define isneginfr dp_isneginfr
#undef i0r
#define i0r dp_i0r
#undef modffrac
#define modffrac dp_modffrac
#undef frexpmant
#define frexpmant dp_frexpmant
#undef frexpexp
#define frexpexp dp_frexpexp
#undef cexp2
#define cexp2 dp_cexp2
#undef csinc
#define csinc dp_csinc
#undef cfmax
#define cfmax dp_cfmax
#undef cfmin
#define cfmin dp_cfmin

#if !defined(DP_COMPLEX)

// NaN-ignoring maximum / minimum (NumPy's fmax / fmin: a NaN in b gives a).
DP_T dp_fmaxr(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return (a >= b || isnan(b)) ? a : b;
#else
  return a >= b ? a : b;
#endif
}
DP_T dp_fminr(DP_T a, DP_T b) {
#if defined(DP_FLOAT)
  return (a <= b || isnan(b)) ? a : b;
#else
  return a <= b ? a : b;
#endif
}

#if defined(DP_FLOAT)
int dp_isposinfr(DP_T a) { return isinf(a) && a > 0; }
int dp_isneginfr(DP_T a) { return isinf(a) && a < 0; }
#else
int dp_isposinfr(DP_T a) { return 0; }
int dp_isneginfr(DP_T a) { return 0; }
#endif

#if defined(DP_SIGNED) || defined(DP_UNSIGNED)
// C's fmod on integers: a zero divisor (and MIN % -1) give 0.
DP_T dp_fmodc(DP_T a, DP_T b) {
#if defined(DP_SIGNED)
  if (b == -1) return 0;
#endif
  if (b == 0) return 0;
  return (DP_T)(a % b);
}
// |a| in the unsigned twin (|MIN| is representable there).
DP_UT dp_uabs(DP_T a) {
  DP_UT u = (DP_UT)a;
#if defined(DP_SIGNED)
  if (a < 0) u = (DP_UT)((DP_UT)0 - u);
#endif
  return u;
}
DP_T dp_gcdr(DP_T a, DP_T b) {
  DP_UT x = dp_uabs(a), y = dp_uabs(b);
  while (y != 0) {
    DP_UT t = (DP_UT)(x % y);
    x = y;
    y = t;
  }
  return (DP_T)x;
}
DP_T dp_lcmr(DP_T a, DP_T b) {
  DP_UT g = (DP_UT)dp_gcdr(a, b);
  if (g == 0) return 0;
  return DP_WRAP((DP_WT)(dp_uabs(a) / g) * (DP_WT)dp_uabs(b));
}
// Set bits of |a| (NumPy's bitwise_count).
int dp_popcountr(DP_T a) { return (int)popcount(dp_uabs(a)); }
#endif

#if defined(DP_FLOAT)
DP_T dp_fmodc(DP_T a, DP_T b) { return fmod(a, b); }
// NumPy's divmod quotient (the host's floordivnp): no special case for infinities.
DP_T dp_floordivnp(DP_T a, DP_T b) {
  if (b == 0) return a / b;
  DP_T mod = fmod(a, b);
  DP_T div = (a - mod) / b;
  if (mod != 0 && ((b < 0) != (mod < 0))) div -= (DP_T)1;
  if (div == 0) return copysign((DP_T)0, a / b);
  DP_T fl = floor(div);
  if (div - fl > (DP_T)0.5f) fl += (DP_T)1;
  return fl;
}
#elif !defined(DP_BOOL)
DP_T dp_floordivnp(DP_T a, DP_T b) { return dp_floordiv(a, b); }
#endif
#if defined(DP_FLOAT)
DP_T dp_heavisider(DP_T a, DP_T h0) {
  if (isnan(a)) return a;
  return a == 0 ? h0 : a < 0 ? (DP_T)0 : (DP_T)1;
}
// pi / 180 and 180 / pi rounded in the loop's type, as NumPy.
DP_T dp_deg2radr(DP_T a) { return a * (RC(3.141592653589793238462643383279502884) / RC(180.0)); }
DP_T dp_rad2degr(DP_T a) { return a * (RC(180.0) / RC(3.141592653589793238462643383279502884)); }
DP_T dp_sincr(DP_T a) {
  if (a == 0) return (DP_T)1;
  DP_T y = RC(3.141592653589793238462643383279502884) * a;
  return sin(y) / y;
}
// a * 2^n, n an integer held in the loop's float type (clamped, as the host).
DP_T dp_ldexpr(DP_T a, DP_T n) {
  if (isnan(n)) return a + n;
  DP_T c = n > RC(4096.0) ? RC(4096.0) : n < RC(-4096.0) ? RC(-4096.0) : n;
  return ldexp(a, (int)c);
}
// NumPy's spacing (as the host's spacingr): away from zero, +tiny at +-0; float16
// steps towards +inf; inf and NaN give NaN.
// Defined where nextafter is (programs of other families embed this file without the bits).
#if defined(DP_HALF) || defined(DP_FBITS)
DP_T dp_spacingr(DP_T a, int h) {
  if (!isfinite(a)) return a - a;
#if defined(DP_HALF)
  return dp_nextafterr(a, (DP_T)INFINITY, h) - a;
#else
  if (a == 0) return DP_FROM_BITS((DP_FBITS)1);
  return dp_nextafterr(a, copysign((DP_T)INFINITY, a), h) - a;
#endif
}
#endif
// I0 from two Chebyshev series (the host's i0r has the derivation; same coefficients).
__constant DP_R dp_i0_small[30] = {
    RC(6.76795274409476084995e-1), RC(-3.04682672343198398683e-1), RC(1.71620901522208775349e-1),
    RC(-9.4901097048047644421e-2), RC(4.93052842396707084878e-2), RC(-2.37374148058994688156e-2),
    RC(1.05464603945949983183e-2), RC(-4.3243099950505759443e-3), RC(1.63947561694133579842e-3),
    RC(-5.76375574538582365885e-4), RC(1.88502885095841655729e-4),
    RC(-5.75419501008210370398e-5), RC(1.64484480707288970893e-5),
    RC(-4.41673835845875056359e-6), RC(1.11738753912010371815e-6),
    RC(-2.67079385394061173391e-7), RC(6.04699502254191894932e-8),
    RC(-1.30002500998624804212e-8), RC(2.65982372468238665035e-9),
    RC(-5.18979560163526290666e-10), RC(9.67580903537323691224e-11),
    RC(-1.72682629144155570723e-11), RC(2.95505266312963983461e-12),
    RC(-4.8564467831119294609e-13), RC(7.67618549860493561688e-14),
    RC(-1.16853328779934516808e-14), RC(1.71539128555513303061e-15),
    RC(-2.43127984654795469359e-16), RC(3.33079451882223809783e-17),
    RC(-4.4153416464793393795e-18)};
__constant DP_R dp_i0_large[27] = {
    RC(8.04490411014108831608e-1), RC(3.3691164782556940899e-3), RC(6.88975834691682398426e-5),
    RC(2.89137052083475648297e-6), RC(2.04891858946906374183e-7), RC(2.26666899049817806459e-8),
    RC(3.39623202570838634515e-9), RC(4.9406023882249695891e-10), RC(1.18891471078464383424e-11),
    RC(-3.14991652796324136454e-11), RC(-1.32158118404477131188e-11),
    RC(-1.79417853150680611778e-12), RC(7.18012445138366623367e-13),
    RC(3.85277838274214270114e-13), RC(1.54008621752140982691e-14),
    RC(-4.15056934728722208663e-14), RC(-9.5548466988283076487e-15),
    RC(3.81168066935262242075e-15), RC(1.7725601330565263836e-15),
    RC(-3.42548561967721913462e-16), RC(-2.82762398051658348494e-16),
    RC(3.4612228676974610931e-17), RC(4.46562142029675999901e-17),
    RC(-4.83050448594418207125e-18), RC(-7.23318048787475395456e-18),
    RC(9.92147541217369859878e-19), RC(1.19365089084598208552e-18)};
DP_T dp_i0_cheb(__constant DP_R* c, int n, DP_T t) {
  DP_T b1 = 0, b2 = 0;
  for (int j = n - 1; j > 0; --j) {
    DP_T b = (DP_T)2 * t * b1 - b2 + c[j];
    b2 = b1;
    b1 = b;
  }
  return t * b1 - b2 + c[0] / (DP_T)2;
}
DP_T dp_i0r(DP_T a) {
  DP_T x = fabs(a);
  if (!(x < (DP_T)INFINITY)) return x - x;
  if (x <= (DP_T)2) {
    const DP_T eps = sizeof(DP_T) == 8 ? RC(2.220446049250313e-16) : RC(1.1920929e-07);
    DP_T q = x * x / (DP_T)4, term = 1, sum = 1;
    for (int k = 1; k < 24 && term > sum * eps; ++k) {
      term *= q / (DP_T)(k * k);
      sum += term;
    }
    return sum;
  }
  if (x <= (DP_T)8) return exp(x) * dp_i0_cheb(dp_i0_small, 30, x / (DP_T)4 - (DP_T)1);
  DP_T g = dp_i0_cheb(dp_i0_large, 27, (DP_T)16 / x - (DP_T)1) / sqrt(x);
  if (x < (sizeof(DP_T) == 8 ? RC(700.0) : RC(85.0))) return exp(x) * g;
  DP_T e = exp(x / 2);
  return e * (e * g);
}
DP_T dp_modffrac(DP_T a) {
  if (isinf(a)) return copysign((DP_T)0, a);
  return copysign(a - trunc(a), a);
}
DP_T dp_frexpmant(DP_T a) {
  int e = 0;
  return frexp(a, &e);
}
int dp_frexpexp(DP_T a) {
  int e = 0;
  if (!isfinite(a)) return 0;
  frexp(a, &e);
  return e;
}
#endif  // DP_FLOAT

#else  // DP_COMPLEX

// 2^z = exp(z ln 2), scaling the parts (no complex multiply: inf * 0 stays out).
DP_C dp_cexp2(DP_C a) { return dp_cexp(DP_CPLX(a.x * DP_LN2, a.y * DP_LN2)); }
DP_C dp_csinc(DP_C a) {
  if (a.x == 0 && a.y == 0) return DP_CPLX((DP_R)1, (DP_R)0);
  DP_C y = DP_CPLX(a.x * DP_PI, a.y * DP_PI);
  return dp_cdiv(dp_csin(y), y);
}
DP_C dp_cfmax(DP_C a, DP_C b) { return (dp_cle(b, a) || dp_cisnan(b)) ? a : b; }
DP_C dp_cfmin(DP_C a, DP_C b) { return (dp_cle(a, b) || dp_cisnan(b)) ? a : b; }

#endif  // DP_COMPLEX
