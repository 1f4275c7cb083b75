// The dtype -> OpenCL C type registry and the small code fragments every
// generator shares: loads, stores and conversions with NumPy semantics.
// bool is stored as uchar (0/1); float16 as half, read and written with
// vload_half / vstore_half_rte and computed in float; complex as float2 / double2.
#pragma once
#include <string>

#include "dparray/array/dtype.h"

namespace dp::ocl {

struct ClType {
  const char* storage;  // element type of a __global pointer
  const char* compute;  // type values are computed in
  const char* real;     // real part type of a complex, else the compute type
  int bits;             // integer width (0 for floats)
};

const ClType& cl_type(DType t);
// True when a program touching t needs cl_khr_fp64.
inline bool needs_fp64(DType t) { return t == DType::Float64 || t == DType::Complex128; }

// Expression: element idx of ptr, as the compute type.
std::string cl_load(DType t, const std::string& ptr, const std::string& idx);
// Statement: stores v (a compute-type expression of t, or an int for bool) into ptr[idx].
std::string cl_store(DType t, const std::string& ptr, const std::string& idx, const std::string& v);
// Expression: v of compute(from) converted to compute(to) (complex -> real takes the
// real part; anything -> bool tests non-zero).
// Integer results wrap modulo 2^bits; float -> integer follows NumPy's x86-64 rule
// through helpers that the program must define first (cl_float_to_int_helpers).
std::string cl_convert(DType from, DType to, const std::string& v);
// Definitions of the helpers cl_convert(from, to) calls; empty when it calls none.
std::string cl_float_to_int_helpers(DType from, DType to);
// The first lines of every generated program: FP_CONTRACT off (results match the
// host bit for bit), and the fp64 pragma only when the program uses double.
std::string cl_prelude(bool fp64);
// #defines describing t for dp_math.cl (DP_T, the kind, DP_UT, DP_BITS, DP_R, RC).
std::string cl_type_macros(DType t);
// The lowest / highest value of t as a compute-type expression (-inf / inf for floats).
std::string cl_lowest(DType t);
std::string cl_highest(DType t);
// Unsigned storage type of a given byte size (uchar .. ulong, ulong2 for 16).
const char* cl_raw_type(size_t itemsize);

}  // namespace dp::ocl
