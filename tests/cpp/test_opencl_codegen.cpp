// OpenCL code generation without a device: programs for dtypes other than float64 /
// complex128 never mention double, so they build on devices without cl_khr_fp64.
#include <gtest/gtest.h>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen.h"
#include "dparray/backend/opencl/codegen_random_dist.h"
#include "dparray/ops/random_dist.h"

namespace dp {
namespace {

// True when code outside // comments names double or its extension.
bool mentions_double(const std::string& src) {
  std::string s;
  for (size_t i = 0; i < src.size();) {
    size_t c = src.find("//", i), e = src.find('\n', c);
    if (c == std::string::npos) c = e = src.size();
    s += src.substr(i, c - i);
    i = e == std::string::npos ? src.size() : e;
  }
  return s.find("double") != std::string::npos || s.find("cl_khr_fp64") != std::string::npos;
}

TEST(OpenCLCodegen, NoDoubleOutsideFloat64Programs) {
  for (int t = 0; t < kNumDTypes; ++t) {
    const DType dt = static_cast<DType>(t);
    const bool f64 = ocl::needs_fp64(dt);
    for (int o = 0; o < kNumElementwiseOps; ++o) {
      const OpId id = static_cast<OpId>(o);
      if (!(op_info(id).types & tbit(dt))) continue;
      EXPECT_EQ(mentions_double(ocl::gen::elementwise_program(id, dt)), f64)
          << op_info(id).name << " " << name_of(dt);
    }
    for (int u = 0; u < kNumDTypes; ++u) {
      const DType to = static_cast<DType>(u);
      EXPECT_EQ(mentions_double(ocl::gen::cast_program(dt, to)), f64 || ocl::needs_fp64(to))
          << name_of(dt) << " -> " << name_of(to);
    }
    for (int r = 0; r < 8; ++r)
      EXPECT_EQ(mentions_double(ocl::gen::reduce_program(static_cast<ReduceOp>(r), dt, 256, r % 2)),
                f64);
    EXPECT_EQ(mentions_double(ocl::gen::scan_program(dt, 256)), f64);
    EXPECT_EQ(mentions_double(ocl::gen::matmul_program(dt, 16)), f64);
    EXPECT_EQ(mentions_double(ocl::gen::nonzero_program(dt)), f64);
    if (!f64) EXPECT_FALSE(mentions_double(ocl::gen::iota_program(dt, false))) << name_of(dt);
  }
  for (RandomDist d : {RandomDist::Uniform, RandomDist::Normal})
    for (DType t : {DType::Float16, DType::Float32})
      EXPECT_FALSE(mentions_double(ocl::gen::random_program(d, t)));
  EXPECT_FALSE(mentions_double(ocl::gen::random_program(RandomDist::Integer, DType::Int64)));
  EXPECT_TRUE(mentions_double(ocl::gen::random_program(RandomDist::Uniform, DType::Float64)));
  for (size_t sz : {1, 2, 4, 8, 16}) EXPECT_FALSE(mentions_double(ocl::gen::raw_program(sz)));
  EXPECT_FALSE(mentions_double(ocl::gen::index_program(8, 3)));
}

// The distributions of a device without float64 compute in float and never name double.
TEST(OpenCLCodegen, RandomDistFloat32ProgramsNeverNameDouble) {
  for (int d = 0; d < kRandomDistCount; ++d) {
    const int np = random_dist_params(d);
    for (DType t : {DType::Float32, DType::Int64}) {
      const std::string src = ocl::gen::random_dist_program(d, t, np, false);
      EXPECT_FALSE(mentions_double(src)) << d << " " << name_of(t);
      EXPECT_NE(src.find("typedef float dp_rd_real;"), std::string::npos);
      EXPECT_NE(src.find("#define DP_RD_F32 1"), std::string::npos);
    }
    EXPECT_TRUE(mentions_double(ocl::gen::random_dist_program(d, DType::Float64, np, true)));
  }
}

// Every helper a catalogue body names is defined by dp_math.cl.
TEST(OpenCLCodegen, DpMathDefinesEveryHelper) {
  const std::string math = ocl::gen::embedded("dp_math.cl");
  for (const char* h :
       {"floordiv", "fmodpy", "powr",       "neg",         "absr",       "signr",     "maxr",
        "minr",     "clipr",  "floorr",     "ceilr",       "truncr",     "rintr",     "invert",
        "shl",      "shr",    "isnanr",     "isinfr",      "isfiniter",  "cmul",      "cdiv",
        "cpow",     "cabs",   "csign",      "cmax",        "cmin",       "cround",    "ceq",
        "clt",      "cle",    "cnz",        "cisnan",      "cisinf",     "cisfinite", "csqrt",
        "cexp",     "cexpm1", "clog",       "clog1p",      "clog2",      "clog10",    "csin",
        "ccos",     "ctan",   "csinh",      "ccosh",       "ctanh",      "casin",     "cacos",
        "catan",    "casinh", "cacosh",     "catanh",      "cconj",      "cre",       "cim",
        "crecip",   "hypotr", "logaddexpr", "logaddexp2r", "nextafterr", "zeror"})
    EXPECT_NE(math.find(std::string("#define ") + h + " dp_" + h), std::string::npos) << h;
  // NumPy's further ufuncs.
  for (const char* h :
       {"fmodc",     "gcdr",      "lcmr",     "heavisider", "deg2radr",  "rad2degr",
        "sincr",     "ldexpr",    "spacingr", "fmaxr",      "fminr",     "popcountr",
        "isposinfr", "isneginfr", "i0r",      "modffrac",   "frexpmant", "frexpexp",
        "cexp2",     "csinc",     "cfmax",    "cfmin",      "floordivnp"})
    EXPECT_NE(math.find(std::string("#define ") + h + " dp_" + h), std::string::npos) << h;
}

}  // namespace
}  // namespace dp
