// OpenCL reductions and cumulative sums against references computed here.
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <cstring>
#include <limits>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

using cd = std::complex<double>;
using test::HostData;

// Exact-friendly values: small integers (sums stay exact even in float16 when
// `tiny`), with NaN at `nan_at` for floating types.
cd value(DType t, int64_t k, bool tiny, int64_t nan_at) {
  if (is_inexact(t) && k == nan_at) return {std::nan(""), 0};
  int64_t p = ((k * 7919) % 13) - 6;
  if (tiny) p = ((k * 7919) % 3) - 1;
  if (t == DType::Bool) return double((k * 7919) % 5 != 0);
  if (kind_of(t) == Kind::Unsigned) return double((k * 7919) % 250);
  if (is_complex(t)) return {double(p), double(((k * 104729) % 5) - 2)};
  return double(p);
}

void put_value(HostData& h, int64_t k, cd z) {
  unsigned char* p = h.bytes.data() + k * itemsize(h.dtype);
  auto put = [&](auto v) { std::memcpy(p, &v, sizeof(v)); };
  double x = z.real();
  switch (h.dtype) {
    case DType::Bool: put(uint8_t(x != 0)); break;
    case DType::Int8: put(int8_t(x)); break;
    case DType::Int16: put(int16_t(x)); break;
    case DType::Int32: put(int32_t(x)); break;
    case DType::Int64: put(int64_t(x)); break;
    case DType::UInt8: put(uint8_t(x)); break;
    case DType::UInt16: put(uint16_t(x)); break;
    case DType::UInt32: put(uint32_t(x)); break;
    case DType::UInt64: put(uint64_t(x)); break;
    case DType::Float16: put(_Float16(x)); break;
    case DType::Float32: put(float(x)); break;
    case DType::Float64: put(x); break;
    case DType::Complex64: put(std::complex<float>(z)); break;
    default: put(z); break;
  }
}

HostData make(DType t, const Shape& shape, bool tiny, int64_t nan_at) {
  HostData h{t, shape, std::vector<unsigned char>(shape_size(shape) * itemsize(t))};
  for (int64_t k = 0; k < h.size(); ++k) put_value(h, k, value(t, k, tiny, nan_at));
  return h;
}

bool lex_less(cd a, cd b) {
  return a.real() < b.real() || (a.real() == b.real() && a.imag() < b.imag());
}
bool isnan_c(cd a) { return std::isnan(a.real()) || std::isnan(a.imag()); }

// Reference reduction of row r (ninner elements of `h` starting at r * ninner).
cd reference(ReduceOp op, const HostData& h, int64_t r, int64_t ninner) {
  const DType t = h.dtype;
  const bool integ = is_integral(t) || t == DType::Bool;
  auto el = [&](int64_t j) { return test::element(h, r * ninner + j); };
  uint64_t ui = op == ReduceOp::Prod ? 1 : 0;
  cd acc = op == ReduceOp::Prod ? 1.0 : 0.0;
  bool flag = op == ReduceOp::All;
  int64_t best = -1;
  cd bv;
  for (int64_t j = 0; j < ninner; ++j) {
    cd v = el(j);
    switch (op) {
      case ReduceOp::Sum:
        if (integ)
          ui += static_cast<uint64_t>(static_cast<int64_t>(v.real()));
        else
          acc += v;
        break;
      case ReduceOp::Prod:
        if (integ)
          ui *= static_cast<uint64_t>(static_cast<int64_t>(v.real()));
        else
          acc *= v;
        break;
      case ReduceOp::Any: flag = flag || v != cd(0); break;
      case ReduceOp::All: flag = flag && v != cd(0); break;
      default: {
        const bool mx = op == ReduceOp::Max || op == ReduceOp::ArgMax;
        bool take = best < 0;
        if (!take && !isnan_c(bv)) take = isnan_c(v) || (mx ? lex_less(bv, v) : lex_less(v, bv));
        if (take) {
          best = j;
          bv = v;
        }
      }
    }
  }
  if (op == ReduceOp::Any || op == ReduceOp::All) return flag ? 1.0 : 0.0;
  if (op == ReduceOp::ArgMax || op == ReduceOp::ArgMin) return double(best < 0 ? 0 : best);
  if (op == ReduceOp::Max || op == ReduceOp::Min) return bv;
  if (!integ) return acc;
  if (t == DType::Bool) return double(ui != 0);
  // Wrap to the dtype's width.
  HostData one{t, {1}, std::vector<unsigned char>(itemsize(t))};
  std::memcpy(one.bytes.data(), &ui, itemsize(t));
  return test::element(one, 0);
}

DType out_of(ReduceOp op, DType t) {
  if (op == ReduceOp::Any || op == ReduceOp::All) return DType::Bool;
  if (op == ReduceOp::ArgMax || op == ReduceOp::ArgMin) return DType::Int64;
  return t;
}

struct ReduceCase {
  Shape shape;  // rows x inner of the logical input
  bool transposed;
  int64_t nan_at;
};

class OpenCLReduce : public ::testing::TestWithParam<int> {};

TEST_P(OpenCLReduce, MatchesReference) {
  DP_REQUIRE_OPENCL();
  const ReduceOp op = static_cast<ReduceOp>(GetParam());
  Queue q = test::ocl_queue();
  const std::vector<ReduceCase> cases = {
      {{3, 7}, false, 9},        // short rows: one work-item each
      {{5, 300}, false, 610},    // work-group per row
      {{1, 100000}, false, -1},  // one row split into chunks, then partials
      {{6, 200}, true, 3},       // transposed view
      {{4, 0}, false, -1},       // empty rows
  };
  for (int ti = 0; ti < kNumDTypes; ++ti) {
    const DType t = static_cast<DType>(ti);
    if (real_dtype(t) == DType::Float64 && !q->device()->info().fp64) continue;
    const bool tiny = op == ReduceOp::Sum || op == ReduceOp::Prod;
    for (const ReduceCase& c : cases) {
      const int64_t rows = c.shape[0], n = c.shape[1];
      if (n == 0 && (op == ReduceOp::Max || op == ReduceOp::Min)) continue;  // front end raises
      // Prod over long rows: only +-1 and 0 so that floats stay exact.
      HostData h = make(t, c.shape, tiny, c.nan_at);
      Array in;
      if (!c.transposed) {
        in = test::upload(h, q);
      } else {
        HostData ht{t, {n, rows}, std::vector<unsigned char>(h.bytes.size())};
        const size_t sz = itemsize(t);
        for (int64_t r = 0; r < rows; ++r)
          for (int64_t j = 0; j < n; ++j)
            std::memcpy(ht.bytes.data() + (j * rows + r) * sz, h.bytes.data() + (r * n + j) * sz,
                        sz);
        in = test::upload(ht, q);
        in.shape = {rows, n};
        in.strides = {1, rows};
      }
      Array out = empty({rows}, out_of(op, t), q, UsmType::Device);
      q->device()->backend().ops().reduce(q, op, in, 1, out);
      HostData got = test::download(out);
      for (int64_t r = 0; r < rows; ++r) {
        cd want = reference(op, h, r, n);
        cd g = test::element(got, r);
        bool ok = (isnan_c(want) && isnan_c(g)) || want == g;
        if (!ok && is_inexact(t) && tiny) {
          double scale = 0;
          for (int64_t j = 0; j < n; ++j) scale += std::abs(test::element(h, r * n + j));
          ok = std::abs(want - g) <= 1e-3 * std::max(scale, 1.0);
        }
        EXPECT_TRUE(ok) << to_string(op) << " " << name_of(t) << " shape " << shape_str(c.shape)
                        << (c.transposed ? " transposed" : "") << " row " << r << ": want " << want
                        << " got " << g;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Ops, OpenCLReduce, ::testing::Range(0, 8),
                         [](const ::testing::TestParamInfo<int>& i) {
                           return std::string(to_string(static_cast<ReduceOp>(i.param)));
                         });

TEST(OpenCLReduceLayout, SeveralTrailingAxesAndScalarOutput) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  HostData h = make(DType::Int32, {4, 5, 6}, false, -1);
  Array in = test::upload(h, q);
  Array out = empty({4}, DType::Int32, q, UsmType::Device);
  q->device()->backend().ops().reduce(q, ReduceOp::Sum, in, 2, out);
  HostData got = test::download(out);
  for (int r = 0; r < 4; ++r) EXPECT_EQ(test::element(got, r), reference(ReduceOp::Sum, h, r, 30));
  Array all = empty({}, DType::Int32, q, UsmType::Device);
  q->device()->backend().ops().reduce(q, ReduceOp::Max, in, 3, all);
  EXPECT_EQ(test::element(test::download(all), 0), reference(ReduceOp::Max, h, 0, 120));
}

TEST(OpenCLCumsum, MatchesReference) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  for (int ti = 0; ti < kNumDTypes; ++ti) {
    const DType t = static_cast<DType>(ti);
    if (real_dtype(t) == DType::Float64 && !q->device()->info().fp64) continue;
    for (Shape shape : {Shape{3, 10}, Shape{2, 5000}, Shape{1, 70000}, Shape{7}, Shape{4, 0}}) {
      HostData h = make(t, shape, true, -1);
      Array in = test::upload(h, q);
      Array out = empty(shape, t, q, UsmType::Device);
      q->device()->backend().ops().cumsum(q, in, out);
      HostData got = test::download(out);
      const int64_t n = shape.back(), rows = n ? h.size() / n : 0;
      int bad = 0;
      for (int64_t r = 0; r < rows && bad < 3; ++r) {
        uint64_t ui = 0;
        cd acc = 0;
        for (int64_t j = 0; j < n; ++j) {
          cd v = test::element(h, r * n + j);
          cd want;
          if (is_inexact(t)) {
            acc += v;
            want = acc;
          } else {
            ui += static_cast<uint64_t>(static_cast<int64_t>(v.real()));
            HostData one{t, {1}, std::vector<unsigned char>(itemsize(t))};
            uint64_t w = t == DType::Bool ? (ui != 0) : ui;
            std::memcpy(one.bytes.data(), &w, itemsize(t));
            want = test::element(one, 0);
          }
          cd g = test::element(got, r * n + j);
          if (g != want && ++bad <= 3)
            ADD_FAILURE() << name_of(t) << " " << shape_str(shape) << " [" << r << ", " << j
                          << "]: want " << want << " got " << g;
        }
      }
    }
  }
}

TEST(OpenCLCumsum, StridedInput) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  HostData h = make(DType::Int64, {3000, 4}, false, -1);
  Array in = test::upload(h, q);
  in.shape = {4, 3000};
  in.strides = {1, 4};
  Array out = empty({4, 3000}, DType::Int64, q, UsmType::Device);
  q->device()->backend().ops().cumsum(q, in, out);
  HostData got = test::download(out);
  for (int r = 0; r < 4; ++r) {
    double acc = 0;
    for (int j = 0; j < 3000; ++j) {
      acc += test::element(h, j * 4 + r).real();
      ASSERT_EQ(test::element(got, r * 3000 + j).real(), acc) << r << " " << j;
    }
  }
}

}  // namespace
}  // namespace dp
