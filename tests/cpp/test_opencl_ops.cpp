// OpenCL casts, fills, ranges, random numbers and matmul.
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

OpExecutor& ops_of(const Queue& q) { return q->device()->backend().ops(); }

bool fp64_ok(DType t) { return real_dtype(t) != DType::Float64 || test::ocl_device()->info().fp64; }

// Values whose conversion to `to` is defined in C (no float -> int overflow).
HostData cast_source(DType from, DType to) {
  std::vector<double> v = {0, 1, 2, 3.75, 100.5, 127, -0.0};
  const bool to_int = is_integral(to);
  if (!to_int || kind_of(to) == Kind::Signed) v.insert(v.end(), {-1, -2.5, -128});
  if (is_integral(from)) v.insert(v.end(), {300, 65543, 4294967301.0, -300, -70000});
  if (!to_int && to != DType::Bool && is_inexact(from))
    v.insert(v.end(), {1e30, -1e-30, 65519.0, 65520.0, 0.1, std::nan(""), INFINITY, -INFINITY});
  HostData h{from, {int64_t(v.size())}, std::vector<unsigned char>(v.size() * itemsize(from))};
  for (size_t k = 0; k < v.size(); ++k) {
    unsigned char* p = h.bytes.data() + k * itemsize(from);
    auto put = [&](auto x) { std::memcpy(p, &x, sizeof(x)); };
    double x = v[k];
    auto i64 = [&] { return static_cast<int64_t>(x); };
    switch (from) {
      case DType::Bool: put(uint8_t(x != 0)); break;
      case DType::Int8: put(int8_t(i64())); break;
      case DType::Int16: put(int16_t(i64())); break;
      case DType::Int32: put(int32_t(i64())); break;
      case DType::Int64: put(i64()); break;
      case DType::UInt8: put(uint8_t(i64())); break;
      case DType::UInt16: put(uint16_t(i64())); break;
      case DType::UInt32: put(uint32_t(i64())); break;
      case DType::UInt64: put(uint64_t(i64())); break;
      case DType::Float16: put(_Float16(x)); break;
      case DType::Float32: put(float(x)); break;
      case DType::Float64: put(x); break;
      case DType::Complex64: put(std::complex<float>(float(x), float(k % 3) - 1)); break;
      default: put(cd(x, double(k % 3) - 1)); break;
    }
  }
  return h;
}

HostData cast_on(const Queue& q, const HostData& src, DType to) {
  Array a = test::upload(src, q);
  Array b = empty(a.shape, to, q, UsmType::Device);
  ops_of(q).copy(q, a, b);
  return test::download(b);
}

TEST(OpenCLCast, EveryPairMatchesHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  for (int f = 0; f < kNumDTypes; ++f)
    for (int t = 0; t < kNumDTypes; ++t) {
      const DType from = static_cast<DType>(f), to = static_cast<DType>(t);
      if (!fp64_ok(from) || !fp64_ok(to)) continue;
      HostData src = cast_source(from, to);
      HostData want = cast_on(hq, src, to), got = cast_on(oq, src, to);
      for (int64_t k = 0; k < want.size(); ++k) {
        std::string what;
        EXPECT_TRUE(test::same_element(want, got, k, 0, &what))
            << name_of(from) << " -> " << name_of(to) << " " << what;
      }
    }
}

TEST(OpenCLCast, StridedViews) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  HostData src{DType::Int32, {6, 8}, std::vector<unsigned char>(48 * 4)};
  for (int k = 0; k < 48; ++k) std::memcpy(src.bytes.data() + 4 * k, &k, 4);
  for (DType to : {DType::Float32, DType::Int32, DType::Complex64}) {
    HostData res[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array a = test::upload(src, q);
      Array v = a;  // every other column, transposed
      v.shape = {4, 6};
      v.strides = {2, 8};
      v.offset = 1;
      Array out = empty({4, 6}, to, q, UsmType::Device);
      ops_of(q).copy(q, v, out);
      res[pass] = test::download(out);
    }
    EXPECT_EQ(res[0].bytes, res[1].bytes) << name_of(to);
  }
}

TEST(OpenCLFill, ContiguousAndStridedEveryDtype) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  for (int t = 0; t < kNumDTypes; ++t) {
    const DType dt = static_cast<DType>(t);
    if (!fp64_ok(dt)) continue;
    Scalar v = is_complex(dt) ? Scalar::from_complex({2.5, -1}) : Scalar::from_double(-3.25);
    HostData res[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array a = empty({5, 7}, dt, q, UsmType::Device);
      ops_of(q).fill(q, a, Scalar::from_int(1));
      Array v2 = a;
      v2.shape = {3, 4};
      v2.strides = {14, 2};
      v2.offset = 1;
      ops_of(q).fill(q, v2, v);
      res[pass] = test::download(a);
    }
    EXPECT_EQ(res[0].bytes, res[1].bytes) << name_of(dt);
  }
}

TEST(OpenCLIota, MatchesHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  for (int t = 0; t < kNumDTypes; ++t) {
    const DType dt = static_cast<DType>(t);
    if (!fp64_ok(dt) || dt == DType::Bool) continue;
    Scalar start = is_integral(dt) ? Scalar::from_int(-5) : Scalar::from_double(-1.5);
    Scalar step = is_integral(dt) ? Scalar::from_int(3) : Scalar::from_double(0.25);
    HostData res[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array a = empty({1000}, dt, q, UsmType::Device);
      ops_of(q).iota(q, a, start, step);
      res[pass] = test::download(a);
    }
    EXPECT_EQ(res[0].bytes, res[1].bytes) << name_of(dt);
  }
}

TEST(OpenCLRandom, SameStreamAsHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  struct Case {
    RandomDist dist;
    DType dt;
    double p1, p2;
  };
  const std::vector<Case> cases = {
      {RandomDist::Uniform, DType::Float32, -2, 3},  {RandomDist::Uniform, DType::Float64, 0, 1},
      {RandomDist::Uniform, DType::Float16, 0, 10},  {RandomDist::Normal, DType::Float32, 1, 2},
      {RandomDist::Normal, DType::Float64, -1, 0.5}, {RandomDist::Integer, DType::Int64, -50, 1e12},
      {RandomDist::Integer, DType::UInt8, 0, 256},   {RandomDist::Integer, DType::Bool, 0, 2},
      {RandomDist::Integer, DType::Int16, -7, 7}};
  for (const Case& c : cases) {
    if (!fp64_ok(c.dt)) continue;
    HostData res[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array big = empty({1003}, c.dt, q, UsmType::Device);
      Array a = big;  // an offset output
      a.shape = {1001};
      a.offset = 2;
      ops_of(q).random(q, c.dist, 12345, 77, c.p1, c.p2, a);
      Array out = copy_array(a, c.dt, UsmType::Device);
      res[pass] = test::download(out);
    }
    // Uniform and integer streams are bit-identical; normals go through log / cos.
    for (int64_t k = 0; k < res[0].size(); ++k) {
      std::string what;
      if (c.dist == RandomDist::Normal) {
        double x = test::element(res[0], k).real(), y = test::element(res[1], k).real();
        ASSERT_NEAR(x, y, 1e-5 * (std::fabs(c.p1) + 6 * c.p2)) << name_of(c.dt) << " " << k;
        continue;
      }
      ASSERT_TRUE(test::same_element(res[0], res[1], k, 0, &what))
          << name_of(c.dt) << " dist " << int(c.dist) << " " << what;
    }
  }
}

// Reference product in wide arithmetic, wrapped / rounded to the dtype by one store.
HostData matmul_reference(const HostData& a, const HostData& b, int64_t batch, int64_t M, int64_t N,
                          int64_t K, bool bcast_b) {
  const DType t = a.dtype;
  HostData c{t, {batch, M, N}, std::vector<unsigned char>(batch * M * N * itemsize(t))};
  for (int64_t s = 0; s < batch; ++s)
    for (int64_t i = 0; i < M; ++i)
      for (int64_t j = 0; j < N; ++j) {
        cd acc = 0;
        uint64_t ui = 0;
        for (int64_t k = 0; k < K; ++k) {
          cd x = test::element(a, (s * M + i) * K + k);
          cd y = test::element(b, ((bcast_b ? 0 : s) * K + k) * N + j);
          acc += x * y;
          ui += uint64_t(int64_t(x.real())) * uint64_t(int64_t(y.real()));
        }
        unsigned char* p = c.bytes.data() + ((s * M + i) * N + j) * itemsize(t);
        auto put = [&](auto v) { std::memcpy(p, &v, sizeof(v)); };
        if (t == DType::Bool) ui = ui != 0;
        if (!is_inexact(t))
          std::memcpy(p, &ui, itemsize(t));
        else if (t == DType::Float16)
          put(_Float16(acc.real()));
        else if (t == DType::Float32)
          put(float(acc.real()));
        else if (t == DType::Float64)
          put(acc.real());
        else if (t == DType::Complex64)
          put(std::complex<float>(acc));
        else
          put(acc);
      }
  return c;
}

HostData matmul_operand(DType t, Shape shape, int salt) {
  HostData h{t, shape, std::vector<unsigned char>(shape_size(shape) * itemsize(t))};
  for (int64_t k = 0; k < h.size(); ++k) {
    int64_t p = ((k * 7919 + salt * 31) % 7) - 3;
    if (t == DType::Bool || kind_of(t) == Kind::Unsigned) p = (k * 7919 + salt) % 4;
    unsigned char* d = h.bytes.data() + k * itemsize(t);
    auto put = [&](auto v) { std::memcpy(d, &v, sizeof(v)); };
    switch (t) {
      case DType::Float16: put(_Float16(p)); break;
      case DType::Float32: put(float(p)); break;
      case DType::Float64: put(double(p)); break;
      case DType::Complex64: put(std::complex<float>(p, (k % 3) - 1)); break;
      case DType::Complex128: put(cd(p, (k % 3) - 1)); break;
      case DType::Bool: put(uint8_t(p != 0)); break;
      default: std::memcpy(d, &p, itemsize(t)); break;
    }
  }
  return h;
}

TEST(OpenCLMatmul, EveryDtypeBatchedAndBroadcast) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  const int64_t batch = 3, M = 37, N = 21, K = 45;
  for (int t = 0; t < kNumDTypes; ++t) {
    const DType dt = static_cast<DType>(t);
    if (!fp64_ok(dt)) continue;
    for (bool bcast : {false, true}) {
      HostData a = matmul_operand(dt, {batch, M, K}, 1);
      HostData b = matmul_operand(dt, {bcast ? 1 : batch, K, N}, 2);
      Array da = test::upload(a, q), db = test::upload(b, q);
      if (bcast) {
        db.shape = {batch, K, N};
        db.strides = {0, N, 1};
      }
      Array out = empty({batch, M, N}, dt, q, UsmType::Device);
      ops_of(q).matmul(q, da, db, out);
      HostData got = test::download(out);
      HostData want = matmul_reference(a, b, batch, M, N, K, bcast);
      for (int64_t k = 0; k < want.size(); ++k) {
        std::string what;
        ASSERT_TRUE(test::same_element(want, got, k, 0, &what))
            << name_of(dt) << (bcast ? " broadcast" : "") << " " << what;
      }
    }
  }
}

TEST(OpenCLMatmul, TransposedAndStridedOperands) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  const int64_t M = 19, N = 23, K = 17;
  for (DType dt : {DType::Float32, DType::Int32}) {
    // a stored (K, M) and viewed transposed (BLAS layout); b every other column (no BLAS layout).
    HostData at = matmul_operand(dt, {K, M}, 3);
    HostData bw = matmul_operand(dt, {K, 2 * N}, 4);
    HostData a{dt, {1, M, K}, std::vector<unsigned char>(M * K * itemsize(dt))};
    HostData b{dt, {1, K, N}, std::vector<unsigned char>(K * N * itemsize(dt))};
    const size_t sz = itemsize(dt);
    for (int64_t i = 0; i < M; ++i)
      for (int64_t k = 0; k < K; ++k)
        std::memcpy(a.bytes.data() + (i * K + k) * sz, at.bytes.data() + (k * M + i) * sz, sz);
    for (int64_t k = 0; k < K; ++k)
      for (int64_t j = 0; j < N; ++j)
        std::memcpy(b.bytes.data() + (k * N + j) * sz, bw.bytes.data() + (k * 2 * N + 2 * j) * sz,
                    sz);
    Array da = test::upload(at, q), db = test::upload(bw, q);
    da.shape = {M, K};
    da.strides = {1, M};
    db.shape = {K, N};
    db.strides = {2 * N, 2};
    Array out = empty({M, N}, dt, q, UsmType::Device);
    ops_of(q).matmul(q, da, db, out);
    HostData got = test::download(out);
    HostData want = matmul_reference(a, b, 1, M, N, K, false);
    EXPECT_EQ(got.bytes, want.bytes) << name_of(dt);
  }
}

}  // namespace
}  // namespace dp
