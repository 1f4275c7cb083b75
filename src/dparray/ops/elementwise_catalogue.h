// The elementwise op catalogue: every elementwise op is defined here once.
//
// X(name, nin, types, out_rule, flags, real_body, complex_body)
//   types      bit mask of the computation dtypes with a loop (resolution picks
//              the first, in NumPy's order, that every input casts to safely)
//   out_rule   Same: output dtype = loop dtype; Bool; Real: complex -> its real type;
//              UInt8 / Int32: that dtype (bitwise_count, frexp's exponent)
//   flags      kTrueDivide: integer inputs compute in the default float;
//              kCondFirst: input 0 is a bool condition (where);
//              kNoBool: all-bool inputs are a TypeError (NumPy: subtract, negative, ...)
//   bodies     one C expression over a, b, c of the loop dtype. It is compiled
//              as C++ by the host backend (scalar_math.h) and emitted as OpenCL C
//              by the OpenCL backend (cl/dp_math.cl), so both must define every
//              helper it names. complex_body is used for complex loops.
//              Integer arithmetic goes through helpers (addw, neg, powr, ...) that
//              wrap modulo 2^bits on both backends (array/int_semantics.h).
#pragma once
#include <cstdint>

#include "dparray/array/dtype.h"

namespace dp {

constexpr uint32_t tbit(DType t) { return 1u << static_cast<int>(t); }
constexpr uint32_t kTBool = tbit(DType::Bool);
constexpr uint32_t kTSigned =
    tbit(DType::Int8) | tbit(DType::Int16) | tbit(DType::Int32) | tbit(DType::Int64);
constexpr uint32_t kTUnsigned =
    tbit(DType::UInt8) | tbit(DType::UInt16) | tbit(DType::UInt32) | tbit(DType::UInt64);
constexpr uint32_t kTInt = kTSigned | kTUnsigned;
constexpr uint32_t kTFloat = tbit(DType::Float16) | tbit(DType::Float32) | tbit(DType::Float64);
constexpr uint32_t kTComplex = tbit(DType::Complex64) | tbit(DType::Complex128);
constexpr uint32_t kTReal = kTInt | kTFloat;
constexpr uint32_t kTNumeric = kTReal | kTComplex;
constexpr uint32_t kTAll = kTBool | kTNumeric;
constexpr uint32_t kTInexact = kTFloat | kTComplex;
constexpr uint32_t kTBoolInt = kTBool | kTInt;
constexpr uint32_t kTBoolReal = kTBool | kTReal;
// float_power: NumPy computes in float64 / complex128 only.
constexpr uint32_t kTF64C128 = tbit(DType::Float64) | tbit(DType::Complex128);

enum class OutRule : uint8_t { Same, Bool, Real, UInt8, Int32 };
constexpr uint32_t kTrueDivide = 1;
constexpr uint32_t kCondFirst = 2;
constexpr uint32_t kNoBool = 4;
// kIntSecond: input 1 is an integer (ldexp's exponent); input 0 alone picks the loop,
// and input 1 is converted to the loop dtype (exact for every exponent that matters).
constexpr uint32_t kIntSecond = 8;

// clang-format off
#define DP_ELEMENTWISE_OPS(X)                                                                    \
  /* arithmetic */                                                                               \
  X(add,           2, kTAll,      Same, 0,           addw(a, b),            a + b)               \
  X(subtract,      2, kTNumeric,  Same, kNoBool,     subw(a, b),            a - b)               \
  X(multiply,      2, kTAll,      Same, 0,           mulw(a, b),            cmul(a, b))          \
  X(divide,        2, kTInexact,  Same, kTrueDivide, a / b,                 cdiv(a, b))          \
  X(floor_divide,  2, kTReal,     Same, 0,           floordiv(a, b),        a)                   \
  X(remainder,     2, kTReal,     Same, 0,           fmodpy(a, b),          a)                   \
  X(pow,           2, kTNumeric,  Same, 0,           powr(a, b),            cpow(a, b))          \
  X(negative,      1, kTNumeric,  Same, kNoBool,     neg(a),                -a)                  \
  X(positive,      1, kTNumeric,  Same, kNoBool,     a,                     a)                   \
  X(abs,           1, kTAll,      Real, 0,           absr(a),               cabs(a))             \
  X(sign,          1, kTNumeric,  Same, kNoBool,     signr(a),              csign(a))            \
  X(square,        1, kTNumeric,  Same, 0,           mulw(a, a),            cmul(a, a))          \
  X(maximum,       2, kTAll,      Same, 0,           maxr(a, b),            cmax(a, b))          \
  X(minimum,       2, kTAll,      Same, 0,           minr(a, b),            cmin(a, b))          \
  X(clip,          3, kTAll,      Same, 0,           clipr(a, b, c),        cmin(cmax(a, b), c)) \
  /* transcendental */                                                                           \
  X(sqrt,          1, kTInexact,  Same, 0,           sqrt(a),               csqrt(a))            \
  X(exp,           1, kTInexact,  Same, 0,           exp(a),                cexp(a))             \
  X(expm1,         1, kTInexact,  Same, 0,           expm1(a),              cexpm1(a))           \
  X(log,           1, kTInexact,  Same, 0,           log(a),                clog(a))             \
  X(log1p,         1, kTInexact,  Same, 0,           log1p(a),              clog1p(a))           \
  X(log2,          1, kTInexact,  Same, 0,           log2(a),               clog2(a))            \
  X(log10,         1, kTInexact,  Same, 0,           log10(a),              clog10(a))           \
  X(sin,           1, kTInexact,  Same, 0,           sin(a),                csin(a))             \
  X(cos,           1, kTInexact,  Same, 0,           cos(a),                ccos(a))             \
  X(tan,           1, kTInexact,  Same, 0,           tan(a),                ctan(a))             \
  X(arcsin,        1, kTInexact,  Same, 0,           asin(a),               casin(a))            \
  X(arccos,        1, kTInexact,  Same, 0,           acos(a),               cacos(a))            \
  X(arctan,        1, kTInexact,  Same, 0,           atan(a),               catan(a))            \
  X(sinh,          1, kTInexact,  Same, 0,           sinh(a),               csinh(a))            \
  X(cosh,          1, kTInexact,  Same, 0,           cosh(a),               ccosh(a))            \
  X(tanh,          1, kTInexact,  Same, 0,           tanhr(a),              ctanh(a))            \
  X(arctan2,       2, kTFloat,    Same, 0,           atan2(a, b),           a)                   \
  X(arccosh,       1, kTInexact,  Same, 0,           acosh(a),              cacosh(a))           \
  X(arcsinh,       1, kTInexact,  Same, 0,           asinh(a),              casinh(a))           \
  X(arctanh,       1, kTInexact,  Same, 0,           atanh(a),              catanh(a))           \
  X(reciprocal,    1, kTInexact,  Same, 0,           1 / a,                 crecip(a))           \
  X(logaddexp,     2, kTFloat,    Same, 0,           logaddexpr(a, b),      a)                   \
  X(logaddexp2,    2, kTFloat,    Same, 0,           logaddexp2r(a, b),     a)                   \
  X(hypot,         2, kTFloat,    Same, 0,           hypotr(a, b),          a)                   \
  /* sign bits, neighbours and complex parts: exact, no libm */                                  \
  X(copysign,      2, kTFloat,    Same, 0,           copysign(a, b),        a)                   \
  X(nextafter,     2, kTFloat,    Same, 0,           nextafterr(a, b, half_loop), a)             \
  X(signbit,       1, kTFloat,    Bool, 0,           signbit(a),            a)                   \
  X(conj,          1, kTNumeric,  Same, 0,           a,                     cconj(a))            \
  X(real,          1, kTAll,      Real, 0,           a,                     cre(a))              \
  X(imag,          1, kTAll,      Real, 0,           zeror(a),              cim(a))              \
  /* rounding: bool and integers are returned unchanged, as NumPy 2 does */                      \
  X(floor,         1, kTBoolReal, Same, 0,           floorr(a),             a)                   \
  X(ceil,          1, kTBoolReal, Same, 0,           ceilr(a),              a)                   \
  X(trunc,         1, kTBoolReal, Same, 0,           truncr(a),             a)                   \
  X(round,         1, kTNumeric,  Same, 0,           rintr(a),              cround(a))           \
  /* comparisons */                                                                              \
  X(equal,         2, kTAll,      Bool, 0,           a == b,                ceq(a, b))           \
  X(not_equal,     2, kTAll,      Bool, 0,           a != b,                !ceq(a, b))          \
  X(less,          2, kTAll,      Bool, 0,           a < b,                 clt(a, b))           \
  X(less_equal,    2, kTAll,      Bool, 0,           a <= b,                cle(a, b))           \
  X(greater,       2, kTAll,      Bool, 0,           a > b,                 clt(b, a))           \
  X(greater_equal, 2, kTAll,      Bool, 0,           a >= b,                cle(b, a))           \
  /* logical */                                                                                  \
  X(logical_and,   2, kTAll,      Bool, 0,           (a != 0) & (b != 0),   cnz(a) & cnz(b))     \
  X(logical_or,    2, kTAll,      Bool, 0,           (a != 0) | (b != 0),   cnz(a) | cnz(b))     \
  X(logical_xor,   2, kTAll,      Bool, 0,           (a != 0) != (b != 0),  cnz(a) != cnz(b))    \
  X(logical_not,   1, kTAll,      Bool, 0,           !(a != 0),             !cnz(a))             \
  /* bitwise */                                                                                  \
  X(bitwise_and,   2, kTBoolInt,  Same, 0,           a & b,                 a)                   \
  X(bitwise_or,    2, kTBoolInt,  Same, 0,           a | b,                 a)                   \
  X(bitwise_xor,   2, kTBoolInt,  Same, 0,           a ^ b,                 a)                   \
  X(bitwise_invert,1, kTBoolInt,  Same, 0,           invert(a),             a)                   \
  X(left_shift,    2, kTInt,      Same, 0,           shl(a, b),             a)                   \
  X(right_shift,   2, kTInt,      Same, 0,           shr(a, b),             a)                   \
  /* classification */                                                                           \
  X(isnan,         1, kTAll,      Bool, 0,           isnanr(a),             cisnan(a))           \
  X(isinf,         1, kTAll,      Bool, 0,           isinfr(a),             cisinf(a))           \
  X(isfinite,      1, kTAll,      Bool, 0,           isfiniter(a),          cisfinite(a))        \
  /* NumPy's further ufuncs; _modf_* / _frexp_* / _divmod_* are parts of modf / frexp / divmod */ \
  X(fabs,          1, kTFloat,    Same, 0,           fabs(a),               a)                   \
  X(float_power,   2, kTF64C128,  Same, 0,           pow(a, b),             cpow(a, b))          \
  X(fmod,          2, kTReal,     Same, 0,           fmodc(a, b),           a)                   \
  X(gcd,           2, kTInt,      Same, kNoBool,     gcdr(a, b),            a)                   \
  X(lcm,           2, kTInt,      Same, kNoBool,     lcmr(a, b),            a)                   \
  X(heaviside,     2, kTFloat,    Same, 0,           heavisider(a, b),      a)                   \
  X(cbrt,          1, kTFloat,    Same, 0,           cbrt(a),               a)                   \
  X(exp2,          1, kTInexact,  Same, 0,           exp2(a),               cexp2(a))            \
  X(deg2rad,       1, kTFloat,    Same, 0,           deg2radr(a),           a)                   \
  X(radians,       1, kTFloat,    Same, 0,           deg2radr(a),           a)                   \
  X(rad2deg,       1, kTFloat,    Same, 0,           rad2degr(a),           a)                   \
  X(degrees,       1, kTFloat,    Same, 0,           rad2degr(a),           a)                   \
  X(sinc,          1, kTInexact,  Same, kTrueDivide, sincr(a),              csinc(a))            \
  X(rint,          1, kTInexact,  Same, 0,           rintr(a),              cround(a))           \
  X(ldexp,         2, kTFloat,    Same, kIntSecond,  ldexpr(a, b),          a)                   \
  X(spacing,       1, kTFloat,    Same, 0,           spacingr(a, half_loop), a)                  \
  X(fmax,          2, kTAll,      Same, 0,           fmaxr(a, b),           cfmax(a, b))         \
  X(fmin,          2, kTAll,      Same, 0,           fminr(a, b),           cfmin(a, b))         \
  X(bitwise_count, 1, kTInt,      UInt8, 0,          popcountr(a),          a)                   \
  X(i0,            1, kTFloat,    Same, kTrueDivide, i0r(a),                a)                   \
  X(isposinf,      1, kTBoolReal, Bool, 0,           isposinfr(a),          a)                   \
  X(isneginf,      1, kTBoolReal, Bool, 0,           isneginfr(a),          a)                   \
  X(_modf_frac,    1, kTFloat,    Same, 0,           modffrac(a),           a)                   \
  X(_modf_whole,   1, kTFloat,    Same, 0,           truncr(a),             a)                   \
  X(_frexp_mant,   1, kTFloat,    Same, 0,           frexpmant(a),          a)                   \
  X(_frexp_exp,    1, kTFloat,    Int32, 0,          frexpexp(a),           a)                   \
  X(_divmod_quot,  2, kTReal,     Same, 0,           floordivnp(a, b),      a)                   \
  /* selection */                                                                                \
  X(where,         3, kTAll,      Same, kCondFirst,  a ? b : c,             a ? b : c)
// clang-format on

enum class OpId : uint16_t {
#define DP_ENUM(name, ...) name,
  DP_ELEMENTWISE_OPS(DP_ENUM)
#undef DP_ENUM
      kCount
};
constexpr int kNumElementwiseOps = static_cast<int>(OpId::kCount);

struct ElementwiseOp {
  const char* name;
  int nin;
  uint32_t types;
  OutRule out_rule;
  uint32_t flags;
  const char* real_body;
  const char* complex_body;
};

const ElementwiseOp& op_info(OpId id);
// Looks an op up by name; null when there is none.
const ElementwiseOp* find_op(const char* name, OpId* id);

// The output dtype of `op` computing in loop dtype t.
DType out_dtype(const ElementwiseOp& op, DType loop);

}  // namespace dp
