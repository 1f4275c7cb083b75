// OpenCL elementwise ops against the host backend, through the same OpExecutor
// interface: every op of the catalogue on every dtype its mask allows.
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <cstring>
#include <limits>
#include <set>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

using test::HostData;

template <class T>
void push(HostData& h, T v) {
  size_t n = h.bytes.size();
  h.bytes.resize(n + sizeof(T));
  std::memcpy(h.bytes.data() + n, &v, sizeof(T));
}

// Edge values of a dtype, as complex doubles (imaginary parts only for complex).
std::vector<std::complex<double>> edge_values(DType t, bool finite_only) {
  const double inf = std::numeric_limits<double>::infinity(), nan = std::nan("");
  std::vector<std::complex<double>> v;
  if (t == DType::Bool) return {0.0, 1.0};
  if (is_integral(t)) {
    const int bits = static_cast<int>(itemsize(t)) * 8;
    const bool sgn = kind_of(t) == Kind::Signed;
    double hi = sgn ? std::ldexp(1.0, bits - 1) - 1 : std::ldexp(1.0, bits) - 1;
    double lo = sgn ? -std::ldexp(1.0, bits - 1) : 0;
    for (double x : {0.0, 1.0, 2.0, 3.0, 7.0, 100.0, double(bits - 1), double(bits),
                     double(bits + 3), hi, hi - 1})
      v.push_back(x);
    if (sgn)
      for (double x : {-1.0, -2.0, -3.0, -8.0, -100.0, lo, lo + 1}) v.push_back(x);
    return v;
  }
  std::vector<double> re = {0.0, -0.0, 1.0, -1.0,  0.5,  -0.5, 1.5,
                            2.5, -2.5, 3.0, -7.25, 0.25, 1e-3, 100.75};
  if (!finite_only)
    for (double x : {inf, -inf, nan}) re.push_back(x);
  if (!is_complex(t)) {
    for (double x : re) v.push_back(x);
    return v;
  }
  std::vector<double> small = {0.0, 1.0, -1.0, 0.5, -2.5, 3.0};
  for (double a : small)
    for (double b : small) v.push_back({a, b});
  if (!finite_only)
    for (auto z :
         {std::complex<double>(inf, 0), std::complex<double>(0, inf), std::complex<double>(nan, 1),
          std::complex<double>(1, nan), std::complex<double>(-inf, 2)})
      v.push_back(z);
  return v;
}

void store(HostData& h, std::complex<double> z) {
  const double x = z.real();
  // Integers wrap like C casts of their 64-bit value.
  auto i64 = [&] {
    if (x >= 18446744073709551616.0) return int64_t(-1);  // 2^64 - 1 rounds up to 2^64
    return x < 0 ? static_cast<int64_t>(x) : static_cast<int64_t>(static_cast<uint64_t>(x));
  };
  switch (h.dtype) {
    case DType::Bool: push<uint8_t>(h, x != 0); break;
    case DType::Int8: push<int8_t>(h, static_cast<int8_t>(i64())); break;
    case DType::Int16: push<int16_t>(h, static_cast<int16_t>(i64())); break;
    case DType::Int32: push<int32_t>(h, static_cast<int32_t>(i64())); break;
    case DType::Int64: push<int64_t>(h, i64()); break;
    case DType::UInt8: push<uint8_t>(h, static_cast<uint8_t>(i64())); break;
    case DType::UInt16: push<uint16_t>(h, static_cast<uint16_t>(i64())); break;
    case DType::UInt32: push<uint32_t>(h, static_cast<uint32_t>(i64())); break;
    case DType::UInt64: push<uint64_t>(h, static_cast<uint64_t>(i64())); break;
    case DType::Float16: push<_Float16>(h, static_cast<_Float16>(x)); break;
    case DType::Float32: push<float>(h, static_cast<float>(x)); break;
    case DType::Float64: push<double>(h, x); break;
    case DType::Complex64: push<std::complex<float>>(h, std::complex<float>(z)); break;
    default: push<std::complex<double>>(h, z); break;
  }
}

// Ops whose results come from libm-like functions: compared within a tolerance.
bool is_math(OpId id, DType loop) {
  static const std::set<std::string> math = {
      "sqrt",       "exp",   "expm1",       "log",     "log1p",   "log2",    "log10",
      "sin",        "cos",   "tan",         "arcsin",  "arccos",  "arctan",  "sinh",
      "cosh",       "tanh",  "arctan2",     "arccosh", "arcsinh", "arctanh", "logaddexp",
      "logaddexp2", "hypot", "float_power", "cbrt",    "exp2",    "sinc",    "i0"};
  const std::string name = op_info(id).name;
  if (math.count(name)) return !(name == "sqrt" && !is_complex(loop));
  if (name == "pow") return is_inexact(loop);
  if (is_complex(loop)) return name == "abs" || name == "sign" || name == "divide";
  return false;
}

double tolerance(DType loop) {
  switch (real_dtype(loop)) {
    case DType::Float16: return 2e-3;
    case DType::Float32: return 2e-5;
    default: return 1e-12;
  }
}

// Inputs: every pair of edge values for binary ops, triples of a few for ternary.
std::vector<HostData> make_inputs(OpId id, DType loop) {
  const ElementwiseOp& op = op_info(id);
  const bool cond = op.flags & kCondFirst;
  // Complex math on infinities and NaNs follows C99 Annex G loosely on both sides; skip it.
  auto vals = edge_values(loop, is_complex(loop) && is_math(id, loop));
  std::vector<HostData> in;
  for (int k = 0; k < op.nin; ++k)
    in.push_back(HostData{k == 0 && cond ? DType::Bool : loop, {}, {}});
  if (op.nin == 1) {
    for (auto v : vals) store(in[0], v);
  } else if (op.nin == 2) {
    for (auto a : vals)
      for (auto b : vals) {
        store(in[0], a);
        store(in[1], b);
      }
  } else {
    std::vector<std::complex<double>> few(vals.begin(),
                                          vals.begin() + std::min<size_t>(vals.size(), 8));
    if (!is_complex(loop) && is_inexact(loop)) few.push_back(std::nan(""));
    for (auto a : (cond ? std::vector<std::complex<double>>{0.0, 1.0} : few))
      for (auto b : few)
        for (auto c : few) {
          store(in[0], a);
          store(in[1], b);
          store(in[2], c);
        }
  }
  int64_t n = static_cast<int64_t>(in[0].bytes.size() / itemsize(in[0].dtype));
  for (auto& h : in) h.shape = {n};
  return in;
}

HostData run(const Queue& q, OpId id, DType loop, const std::vector<HostData>& in) {
  std::vector<Array> args;
  for (auto& h : in) args.push_back(test::upload(h, q));
  Array out = empty(in[0].shape, out_dtype(op_info(id), loop), q, UsmType::Device);
  std::vector<const Array*> refs;
  for (const Array& a : args) refs.push_back(&a);
  q->device()->backend().ops().elementwise(q, id, loop, refs, out);
  return test::download(out);
}

class OpenCLElementwise : public ::testing::TestWithParam<int> {};

TEST_P(OpenCLElementwise, MatchesHost) {
  DP_REQUIRE_OPENCL();
  const OpId id = static_cast<OpId>(GetParam());
  const ElementwiseOp& op = op_info(id);
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  int checked = 0;
  for (int t = 0; t < kNumDTypes; ++t) {
    const DType loop = static_cast<DType>(t);
    if (!(op.types & tbit(loop))) continue;
    if ((real_dtype(loop) == DType::Float64) && !oq->device()->info().fp64) continue;
    auto in = make_inputs(id, loop);
    HostData want = run(hq, id, loop, in);
    HostData got = run(oq, id, loop, in);
    ASSERT_EQ(want.bytes.size(), got.bytes.size());
    const double rtol = is_math(id, loop) ? tolerance(loop) : 0;
    int bad = 0;
    for (int64_t k = 0; k < want.size(); ++k) {
      std::string what;
      if (!test::same_element(want, got, k, rtol, &what) && ++bad <= 5) {
        std::string args;
        for (auto& h : in) {
          auto z = test::element(h, k);
          args += " (" + std::to_string(z.real()) + ", " + std::to_string(z.imag()) + ")";
        }
        ADD_FAILURE() << op.name << " " << name_of(loop) << " args" << args << ": " << what;
      }
    }
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(Catalogue, OpenCLElementwise, ::testing::Range(0, kNumElementwiseOps),
                         [](const ::testing::TestParamInfo<int>& i) {
                           return std::string(op_info(static_cast<OpId>(i.param)).name);
                         });

// Strided, broadcast (stride 0), offset, negative-stride, 0-d and size-0 operands.
TEST(OpenCLElementwiseLayout, StridedBroadcastOffsetsMatchHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  HostData base{DType::Float32, {4, 6, 5}, {}};
  for (int k = 0; k < 120; ++k) push<float>(base, 0.5f * k - 17.0f);
  struct Case {
    Shape shape;
    Strides sa, sb;
    int64_t oa, ob;
  };
  std::vector<Case> cases = {
      {{4, 6, 5}, {30, 5, 1}, {30, 5, 1}, 0, 0},  // contiguous
      {{4, 6, 5}, {30, 5, 1}, {0, 0, 0}, 0, 7},   // scalar broadcast
      {{4, 6, 5}, {30, 5, 1}, {0, 5, 1}, 0, 0},   // broadcast outer
      {{3, 5}, {30, 1}, {1, 6}, 2, 3},            // transposed with offsets
      {{6, 5}, {-5, -1}, {5, 1}, 119, 0},         // negative strides
      {{2, 2, 2, 2, 2, 2, 2, 2, 2},
       {0, 1, 0, 1, 0, 1, 0, 1, 0},
       {1, 0, 1, 0, 1, 0, 1, 0, 1},
       0,
       1},                             // > 8 dims
      {{}, {}, {}, 5, 9},              // 0-d
      {{0, 5}, {5, 1}, {5, 1}, 0, 0},  // size 0
  };
  for (const Case& c : cases) {
    HostData got_h, want_h;
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array src = test::upload(base, q);
      Array a = src, b = src;
      a.shape = b.shape = c.shape;
      a.strides = c.sa;
      b.strides = c.sb;
      a.offset = c.oa;
      b.offset = c.ob;
      // Output is itself a strided view (every other element of a bigger buffer).
      Array big = empty({2 * std::max<int64_t>(shape_size(c.shape), 1)}, DType::Float32, q,
                        UsmType::Device);
      q->device()->backend().ops().fill(q, big, Scalar::from_double(-1));
      Array out = big;
      out.shape = c.shape;
      out.strides = c_strides(c.shape);
      for (auto& s : out.strides) s *= 2;
      out.offset = 1;
      const Array* ab[] = {&a, &b};
      q->device()->backend().ops().elementwise(q, OpId::subtract, DType::Float32, ab, out);
      (pass ? got_h : want_h) = test::download(big);
    }
    EXPECT_EQ(got_h.bytes, want_h.bytes) << "shape " << shape_str(c.shape);
  }
}

}  // namespace
}  // namespace dp
