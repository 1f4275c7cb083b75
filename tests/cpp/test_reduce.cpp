// Reductions and cumulative sums on the host: the front end (ops/reduction.h) and
// the host kernels against loops computed here; accuracy, NaN rules, empty inputs,
// strided inputs, results independent of the thread count; the SIMD math loops.
#include <gtest/gtest.h>
#include <oneapi/tbb/global_control.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/backend/host/vector_math.h"
#include "dparray/ops/reduction.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dp {
namespace {

Queue host_queue() {
  return Registry::get().default_queue(Registry::get().devices(BackendKind::Host).at(0));
}

template <class T>
Array upload(const std::vector<T>& v, const Shape& shape, DType t) {
  return from_host(v.data(), shape, t, host_queue(), UsmType::Device);
}

template <class T>
std::vector<T> download(const Array& a) {
  std::vector<T> v(a.size());
  to_host(a, v.data());
  return v;
}

template <class T>
T scalar(const Array& a) {
  EXPECT_EQ(a.ndim(), 0);
  return download<T>(a).at(0);
}

TEST(Reduce, SumOfTwoPow24Float32OnesIsExact) {
  std::vector<float> ones(size_t(1) << 24, 1.0f);
  Array r = sum(upload(ones, {int64_t(ones.size())}, DType::Float32));
  EXPECT_EQ(r.dtype, DType::Float32);
  EXPECT_EQ(scalar<float>(r), 16777216.0f);
}

TEST(Reduce, Float32SumsArePairwiseAccurate) {
  // A naive float32 loop over ten million 0.1s ends near 1087937; pairwise stays at 1e6.
  std::vector<float> v(10'000'000, 0.1f);
  const double exact = 10'000'000 * double(0.1f);
  const float got = scalar<float>(sum(upload(v, {int64_t(v.size())}, DType::Float32)));
  EXPECT_NEAR(got, exact, exact * 1e-6);
  // Over the leading axis (rows of 4 lanes) as well.
  Array m = upload(v, {2'500'000, 4}, DType::Float32);
  for (float x : download<float>(sum(m, std::vector<int64_t>{0})))
    EXPECT_NEAR(x, exact / 4, exact / 4 * 1e-6);
}

TEST(Reduce, ResultDtypesFollowNumPy2) {
  EXPECT_EQ(sum_dtype(DType::Bool), DType::Int64);
  EXPECT_EQ(sum_dtype(DType::Int8), DType::Int64);
  EXPECT_EQ(sum_dtype(DType::Int32), DType::Int64);
  EXPECT_EQ(sum_dtype(DType::UInt8), DType::UInt64);
  EXPECT_EQ(sum_dtype(DType::UInt32), DType::UInt64);
  EXPECT_EQ(sum_dtype(DType::UInt64), DType::UInt64);
  EXPECT_EQ(sum_dtype(DType::Float16), DType::Float16);
  EXPECT_EQ(sum_dtype(DType::Complex64), DType::Complex64);
  std::vector<int32_t> v{1, 2, 3, 4};
  Array x = upload(v, {2, 2}, DType::Int32);
  EXPECT_EQ(sum(x).dtype, DType::Int64);
  EXPECT_EQ(prod(x).dtype, DType::Int64);
  EXPECT_EQ(mean(x).dtype, DType::Float64);
  EXPECT_EQ(var(x).dtype, DType::Float64);
  EXPECT_EQ(max(x).dtype, DType::Int32);
  EXPECT_EQ(argmax(x).dtype, DType::Int64);
  EXPECT_EQ(any(x).dtype, DType::Bool);
  EXPECT_EQ(cumulative_sum(x, 1).dtype, DType::Int64);
  EXPECT_EQ(sum(x, std::nullopt, DType::Int8).dtype, DType::Int8);
}

TEST(Reduce, AxesAndKeepdimsMatchLoops) {
  const int64_t A = 5, B = 7, C = 9;
  std::vector<double> v(A * B * C);
  for (size_t i = 0; i < v.size(); ++i) v[i] = double((i * 37) % 101) - 50;
  Array x = upload(v, {A, B, C}, DType::Float64);
  auto at = [&](int64_t a, int64_t b, int64_t c) { return v[(a * B + b) * C + c]; };

  Array s1 = sum(x, std::vector<int64_t>{1}, std::nullopt, true);
  ASSERT_EQ(s1.shape, (Shape{A, 1, C}));
  std::vector<double> g1 = download<double>(s1);
  for (int64_t a = 0; a < A; ++a)
    for (int64_t c = 0; c < C; ++c) {
      double e = 0;
      for (int64_t b = 0; b < B; ++b) e += at(a, b, c);
      EXPECT_DOUBLE_EQ(g1[a * C + c], e);
    }

  Array m02 = max(x, std::vector<int64_t>{0, -1});
  ASSERT_EQ(m02.shape, (Shape{B}));
  std::vector<double> g2 = download<double>(m02);
  for (int64_t b = 0; b < B; ++b) {
    double e = -1e300;
    for (int64_t a = 0; a < A; ++a)
      for (int64_t c = 0; c < C; ++c) e = std::max(e, at(a, b, c));
    EXPECT_EQ(g2[b], e);
  }

  Array am = argmin(x, 2);
  ASSERT_EQ(am.shape, (Shape{A, B}));
  std::vector<int64_t> g3 = download<int64_t>(am);
  for (int64_t a = 0; a < A; ++a)
    for (int64_t b = 0; b < B; ++b) {
      int64_t best = 0;
      for (int64_t c = 1; c < C; ++c)
        if (at(a, b, c) < at(a, b, best)) best = c;
      EXPECT_EQ(g3[a * B + b], best);
    }
}

TEST(Reduce, LeadingAxisOfLargeArrays) {
  // Rows of 300 lanes over 5000 rows: the lanes mode with parallel halves.
  const int64_t R = 5000, J = 300;
  std::vector<int32_t> v(R * J);
  for (size_t i = 0; i < v.size(); ++i) v[i] = int32_t((i * 2654435761u) % 1000) - 500;
  Array x = upload(v, {R, J}, DType::Int32);
  std::vector<int64_t> s = download<int64_t>(sum(x, std::vector<int64_t>{0}));
  std::vector<int32_t> mx = download<int32_t>(max(x, std::vector<int64_t>{0}));
  std::vector<int64_t> am = download<int64_t>(argmax(x, 0));
  for (int64_t j = 0; j < J; ++j) {
    int64_t es = 0, ea = 0;
    int32_t em = std::numeric_limits<int32_t>::min();
    for (int64_t r = 0; r < R; ++r) {
      const int32_t e = v[r * J + j];
      es += e;
      if (e > em) em = e, ea = r;
    }
    EXPECT_EQ(s[j], es);
    EXPECT_EQ(mx[j], em);
    EXPECT_EQ(am[j], ea);
  }
}

TEST(Reduce, NaNPropagatesAndArgmaxFindsTheFirst) {
  std::vector<double> v(100'000);
  for (size_t i = 0; i < v.size(); ++i) v[i] = std::sin(double(i));
  for (int64_t pos : {0L, 511L, 512L, 70'000L, 99'999L}) {
    std::vector<double> w = v;
    w[pos] = std::nan("");
    w[std::min<int64_t>(pos + 17, 99'999)] = std::nan("");
    Array x = upload(w, {int64_t(w.size())}, DType::Float64);
    EXPECT_TRUE(std::isnan(scalar<double>(max(x))));
    EXPECT_TRUE(std::isnan(scalar<double>(min(x))));
    EXPECT_TRUE(std::isnan(scalar<double>(sum(x))));
    EXPECT_EQ(scalar<int64_t>(argmax(x)), pos);
    EXPECT_EQ(scalar<int64_t>(argmin(x)), pos);
  }
}

TEST(Reduce, ArgmaxTiesGiveTheFirstIndex) {
  std::vector<float> v(200'000, 0.0f);
  for (size_t i = 123'457; i < v.size(); ++i) v[i] = 2.0f;
  EXPECT_EQ(scalar<int64_t>(argmax(upload(v, {int64_t(v.size())}, DType::Float32))), 123'457);
  EXPECT_EQ(scalar<int64_t>(argmin(upload(v, {int64_t(v.size())}, DType::Float32))), 0);
}

TEST(Reduce, EmptyReductions) {
  std::vector<float> none;
  Array e = upload(none, {0, 3}, DType::Float32);
  EXPECT_EQ(download<float>(sum(e, std::vector<int64_t>{0})), std::vector<float>(3, 0.0f));
  EXPECT_EQ(download<float>(prod(e, std::vector<int64_t>{0})), std::vector<float>(3, 1.0f));
  EXPECT_EQ(max(e, std::vector<int64_t>{1}).shape, (Shape{0}));
  EXPECT_TRUE(std::isnan(scalar<float>(mean(e))));
  try {
    max(e, std::vector<int64_t>{0});
    FAIL() << "max of an empty axis did not raise";
  } catch (const std::invalid_argument& err) {
    EXPECT_STREQ(err.what(),
                 "[max] zero-size array to reduction operation max which has no identity");
  }
  EXPECT_THROW(argmin(e), std::invalid_argument);
  EXPECT_THROW(min(e), std::invalid_argument);
}

TEST(Reduce, BadAxes) {
  std::vector<float> v(6, 1.0f);
  Array x = upload(v, {2, 3}, DType::Float32);
  EXPECT_THROW(sum(x, std::vector<int64_t>{2}), IndexError);
  EXPECT_THROW(argmax(x, -3), IndexError);
  EXPECT_THROW(sum(x, std::vector<int64_t>{1, -1}), std::invalid_argument);
  EXPECT_THROW(cumulative_sum(x), std::invalid_argument);  // axis required for 2-d
}

TEST(Reduce, StridedAndReversedInputs) {
  std::vector<int64_t> v(24);
  std::iota(v.begin(), v.end(), 0);
  Array x = upload(v, {4, 6}, DType::Int64);
  // x[::-1, ::2]: shape (4, 3), strides (-6, 2), offset 18.
  Array r = x;
  r.shape = {4, 3};
  r.strides = {-6, 2};
  r.offset = 18;
  std::vector<int64_t> rows = download<int64_t>(sum(r, std::vector<int64_t>{1}));
  EXPECT_EQ(rows, (std::vector<int64_t>{60, 42, 24, 6}));
  EXPECT_EQ(download<int64_t>(argmax(r, 0)), (std::vector<int64_t>{0, 0, 0}));
  EXPECT_EQ(download<int64_t>(cumulative_sum(r, 0)),
            (std::vector<int64_t>{18, 20, 22, 30, 34, 38, 36, 42, 48, 36, 44, 52}));
}

TEST(Reduce, ResultsDoNotDependOnTheThreadCount) {
  std::vector<float> v(3'000'001);
  for (size_t i = 0; i < v.size(); ++i) v[i] = std::sin(float(i)) * 1000;
  Array x = upload(v, {int64_t(v.size())}, DType::Float32);
  float one, many = scalar<float>(sum(x));
  {
    tbb::global_control serial(tbb::global_control::max_allowed_parallelism, 1);
    one = scalar<float>(sum(x));
  }
  EXPECT_EQ(std::memcmp(&one, &many, sizeof one), 0);
}

TEST(CumulativeSum, LongRowsAndIncludeInitial) {
  std::vector<int64_t> v(1'000'003);
  for (size_t i = 0; i < v.size(); ++i) v[i] = int64_t(i % 7) - 3;
  Array x = upload(v, {int64_t(v.size())}, DType::Int64);
  std::vector<int64_t> got = download<int64_t>(cumulative_sum(x, std::nullopt, std::nullopt, true));
  ASSERT_EQ(got.size(), v.size() + 1);
  int64_t acc = 0;
  EXPECT_EQ(got[0], 0);
  for (size_t i = 0; i < v.size(); ++i) {
    acc += v[i];
    ASSERT_EQ(got[i + 1], acc) << "at " << i;
  }
  std::vector<uint8_t> u{200, 100, 50};
  Array xu = upload(u, {3}, DType::UInt8);
  Array cu = cumsum(xu);
  EXPECT_EQ(cu.dtype, DType::UInt64);
  EXPECT_EQ(download<uint64_t>(cu), (std::vector<uint64_t>{200, 300, 350}));
}

// Runs a unary vector loop over contiguous data.
template <class T>
void run_unary(host::VectorLoop f, const std::vector<T>& in, std::vector<T>& out) {
  const char* p[2] = {reinterpret_cast<const char*>(in.data()), nullptr};
  const int64_t step[2] = {1, 0};
  host::run_vector_loop(f, p, step, reinterpret_cast<char*>(out.data()), int64_t(in.size()),
                        sizeof(T));
}

TEST(VectorMath, SleefLoopsAgreeWithLibm) {
  host::VectorLoop f = host::vector_loop(OpId::exp, DType::Float64);
  EXPECT_EQ(host::vector_loop(OpId::exp, DType::Float16), nullptr);
  EXPECT_EQ(host::vector_loop(OpId::nextafter, DType::Float64), nullptr);
  if (!f) GTEST_SKIP() << "no SIMD math on this CPU";
  std::vector<double> in(100'003), out(in.size());
  for (size_t i = 0; i < in.size(); ++i) in[i] = -700.0 + 1400.0 * double(i) / double(in.size());
  run_unary(f, in, out);
  for (size_t i = 0; i < in.size(); ++i) {
    const double e = std::exp(in[i]);
    ASSERT_LE(std::fabs(out[i] - e), 2 * std::fabs(std::nextafter(e, 0.0) - e)) << in[i];
  }
  host::VectorLoop s = host::vector_loop(OpId::sin, DType::Float32);
  ASSERT_NE(s, nullptr);
  std::vector<float> fi{0.0f, -0.0f, INFINITY, NAN, 1e30f, 3.0f, -2.5f}, fo(fi.size());
  run_unary(s, fi, fo);
  EXPECT_EQ(fo[0], 0.0f);
  EXPECT_TRUE(std::signbit(fo[1]));
  EXPECT_TRUE(std::isnan(fo[2]));
  EXPECT_TRUE(std::isnan(fo[3]));
  for (size_t i = 4; i < fi.size(); ++i)
    EXPECT_NEAR(fo[i], float(std::sin(double(fi[i]))), 4e-7f) << fi[i];
}

TEST(VectorMath, RoundingIsExact) {
  host::VectorLoop fl = host::vector_loop(OpId::floor, DType::Float64);
  host::VectorLoop ri = host::vector_loop(OpId::rint, DType::Float32);
  if (!fl) GTEST_SKIP() << "no SIMD math on this CPU";
  ASSERT_NE(ri, nullptr);
  std::vector<double> in{-2.5,    -0.5,  -0.0,      0.5,  1.5,
                         2.5,     1e300, -INFINITY, NAN,  0x1p52 + 0.5,
                         -1e-300, 3.0,   7.9,       -7.9, 0.49999999999999994};
  std::vector<double> out(in.size());
  run_unary(fl, in, out);
  for (size_t i = 0; i < in.size(); ++i) {
    const double e = std::floor(in[i]);
    if (std::isnan(e)) {
      EXPECT_TRUE(std::isnan(out[i]));
    } else {
      EXPECT_EQ(out[i], e) << in[i];
      EXPECT_EQ(std::signbit(out[i]), std::signbit(e)) << in[i];
    }
  }
  std::vector<float> fi{-2.5f, -1.5f, -0.5f, 0.5f, 1.5f, 2.5f, 3.5f, -0.0f, 8388609.0f, 1e38f};
  std::vector<float> fo(fi.size());
  run_unary(ri, fi, fo);
  for (size_t i = 0; i < fi.size(); ++i) {
    EXPECT_EQ(fo[i], std::nearbyint(fi[i])) << fi[i];  // halves go to even
    EXPECT_EQ(std::signbit(fo[i]), std::signbit(std::nearbyint(fi[i]))) << fi[i];
  }
}

TEST(VectorMath, BinaryLoopsBroadcastOneElement) {
  host::VectorLoop p = host::vector_loop(OpId::pow, DType::Float64);
  if (!p) GTEST_SKIP() << "no SIMD math on this CPU";
  std::vector<double> x(37), out(x.size());
  for (size_t i = 0; i < x.size(); ++i) x[i] = 0.25 * double(i) - 3.0;
  const double e = 3.0;
  const char* in[2] = {reinterpret_cast<const char*>(x.data()), reinterpret_cast<const char*>(&e)};
  const int64_t step[2] = {1, 0};
  host::run_vector_loop(p, in, step, reinterpret_cast<char*>(out.data()), int64_t(x.size()),
                        sizeof(double));
  for (size_t i = 0; i < x.size(); ++i) EXPECT_DOUBLE_EQ(out[i], std::pow(x[i], 3.0)) << x[i];
  // arctan2 with the array second: atan2(1, x)
  host::VectorLoop a = host::vector_loop(OpId::arctan2, DType::Float64);
  ASSERT_NE(a, nullptr);
  const double y = 1.0;
  const char* in2[2] = {reinterpret_cast<const char*>(&y), reinterpret_cast<const char*>(x.data())};
  const int64_t step2[2] = {0, 1};
  host::run_vector_loop(a, in2, step2, reinterpret_cast<char*>(out.data()), int64_t(x.size()),
                        sizeof(double));
  for (size_t i = 0; i < x.size(); ++i) EXPECT_NEAR(out[i], std::atan2(1.0, x[i]), 4e-16) << x[i];
}

}  // namespace
}  // namespace dp
