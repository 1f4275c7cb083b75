// The scan primitive's product (cumulative_prod) on the host and OpenCL backends against a
// sequential reference: integers wrap modulo 2^bits, short rows and long chunked rows.
#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <vector>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

// Odd factors, so that a long product never becomes 0 and wrap-around is exercised.
std::vector<int32_t> factors(int64_t n) {
  std::vector<int32_t> v(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) v[k] = static_cast<int32_t>(((k * 7919) % 9) * 2 - 7);
  return v;
}

void check_int32_rows(const Queue& q, const Shape& shape) {
  const int64_t n = shape.back(), rows = shape_size(shape) / n;
  std::vector<int32_t> in = factors(shape_size(shape));
  Array a = from_host(in.data(), shape, DType::Int32, q, UsmType::Device);
  Array out = empty(shape, DType::Int32, q, UsmType::Device);
  q->device()->backend().ops().scan(q, ReduceOp::Prod, a, out);
  std::vector<int32_t> got(in.size());
  to_host(out, got.data());
  for (int64_t r = 0; r < rows; ++r) {
    uint32_t acc = 1;
    for (int64_t j = 0; j < n; ++j) {
      acc *= static_cast<uint32_t>(in[r * n + j]);
      ASSERT_EQ(got[r * n + j], static_cast<int32_t>(acc))
          << shape_str(shape) << " [" << r << ", " << j << "]";
    }
  }
}

void check_complex(const Queue& q) {
  const int64_t n = 3000;
  std::vector<std::complex<float>> in(n);
  for (int64_t k = 0; k < n; ++k) in[k] = {k % 2 ? 0.0f : 1.0f, k % 2 ? 1.0f : 0.0f};  // 1, i
  Array a = from_host(in.data(), {n}, DType::Complex64, q, UsmType::Device);
  Array out = empty({n}, DType::Complex64, q, UsmType::Device);
  q->device()->backend().ops().scan(q, ReduceOp::Prod, a, out);
  std::vector<std::complex<float>> got(n);
  to_host(out, got.data());
  const std::complex<float> powers[4] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
  for (int64_t k = 0; k < n; ++k) ASSERT_EQ(got[k], powers[((k + 1) / 2) % 4]) << k;
}

TEST(ScanProd, Host) {
  Queue q = test::host_queue();
  for (const Shape& s : {Shape{3, 10}, Shape{2, 5000}, Shape{1, 300000}, Shape{7}})
    check_int32_rows(q, s);
  check_complex(q);
}

TEST(ScanProd, OpenCL) {
  DP_REQUIRE_OPENCL();
  Queue q = test::ocl_queue();
  for (const Shape& s : {Shape{3, 10}, Shape{2, 5000}, Shape{1, 70000}, Shape{7}})
    check_int32_rows(q, s);
  check_complex(q);
}

TEST(ScanProd, RejectsOtherOps) {
  Queue q = test::host_queue();
  Array a = empty({4}, DType::Int32, q, UsmType::Device);
  EXPECT_THROW(q->device()->backend().ops().scan(q, ReduceOp::Max, a, a), std::invalid_argument);
}

}  // namespace
}  // namespace dp
