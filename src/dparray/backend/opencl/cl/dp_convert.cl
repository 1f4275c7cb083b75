// NumPy's float -> integer conversion on x86-64, the OpenCL C twin of float_to_int in
// array/int_semantics.h: explicit range checks, since an out-of-range conversion is
// undefined (PoCL gives 0 for -1.0 -> ushort where NumPy gives 65535).
// DP_F2I_FUNCS(F, S, L) defines dp_f2i32_S, dp_f2i64_S and dp_f2u64_S for the real
// type F (float or double); L is its literal suffix. cl_convert() names them.
#define DP_F2I_FUNCS(F, S, L)                                                      \
  /* cvttss2si / cvttsd2si: NaN and out-of-range give the minimum */               \
  int dp_f2i32_##S(F x) {                                                          \
    return (x >= -2147483648.0##L && x < 2147483648.0##L) ? (int)x : INT_MIN;      \
  }                                                                                \
  long dp_f2i64_##S(F x) {                                                         \
    return (x >= -9223372036854775808.0##L && x < 9223372036854775808.0##L)        \
               ? (long)x                                                           \
               : LONG_MIN;                                                         \
  }                                                                                \
  /* x < 2^63 (or NaN) ? cvt64(x) : cvt64(x - 2^63) ^ 2^63 */                      \
  ulong dp_f2u64_##S(F x) {                                                        \
    if (x >= 9223372036854775808.0##L)                                             \
      return (ulong)dp_f2i64_##S(x - 9223372036854775808.0##L) ^ 0x8000000000000000ul; \
    return (ulong)dp_f2i64_##S(x);                                                 \
  }
