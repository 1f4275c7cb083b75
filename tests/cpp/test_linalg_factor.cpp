// The LAPACK-backed linalg front end (ops/linalg_factor.h) on the host: values against
// matrices whose answers are known in closed form, batches (the parallel path for small
// matrices) equal to one-at-a-time results, and the errors.
#include <gtest/gtest.h>
#include <oneapi/tbb/global_control.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/linalg_factor.h"
#include "dparray/runtime/registry.h"

namespace dp {
namespace {

Queue host_queue() {
  return Registry::get().default_queue(Registry::get().devices(BackendKind::Host).at(0));
}

Array upload(const std::vector<double>& v, const Shape& shape) {
  return from_host(v.data(), shape, DType::Float64, host_queue(), UsmType::Device);
}

std::vector<double> download(const Array& a) {
  std::vector<double> v(a.size());
  to_host(a, v.data());
  return v;
}

TEST(LinalgFactor, InvDetSolveOfTwoByTwo) {
  // [[4, 7], [2, 6]]: det 10, inverse [[0.6, -0.7], [-0.2, 0.4]].
  Array a = upload({4, 7, 2, 6}, {2, 2});
  std::vector<double> inv_v = download(inv(a));
  const double want[] = {0.6, -0.7, -0.2, 0.4};
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(inv_v[i], want[i], 1e-14);
  EXPECT_NEAR(download(det(a)).at(0), 10.0, 1e-12);
  std::vector<Array> sl = slogdet(a);
  EXPECT_EQ(download(sl[0]).at(0), 1.0);
  EXPECT_NEAR(download(sl[1]).at(0), std::log(10.0), 1e-14);
  // 4x + 7y = 18, 2x + 6y = 14 -> x = 1, y = 2
  std::vector<double> x = download(solve(a, upload({18, 14}, {2})));
  EXPECT_NEAR(x[0], 1.0, 1e-13);
  EXPECT_NEAR(x[1], 2.0, 1e-13);
}

TEST(LinalgFactor, CholeskyLowerAndUpper) {
  // [[4, 2], [2, 5]] = L L^T with L = [[2, 0], [1, 2]].
  Array a = upload({4, 2, 2, 5}, {2, 2});
  std::vector<double> l = download(cholesky(a, false)), u = download(cholesky(a, true));
  const double wl[] = {2, 0, 1, 2}, wu[] = {2, 1, 0, 2};
  for (int i = 0; i < 4; ++i) {
    EXPECT_NEAR(l[i], wl[i], 1e-15);
    EXPECT_NEAR(u[i], wu[i], 1e-15);
  }
}

TEST(LinalgFactor, BatchOnManyThreadsEqualsOneThread) {
  // 500 rotations-plus-scaling matrices: the batched path splits them over TBB.
  const int64_t count = 500;
  std::vector<double> v;
  for (int64_t b = 0; b < count; ++b) {
    const double c = std::cos(0.01 * b), s = std::sin(0.01 * b), k = 1 + b % 7;
    v.insert(v.end(), {k * c, -k * s, 0, k * s, k * c, 0, 0, 0, k});
  }
  Array a = upload(v, {count, 3, 3});
  std::vector<double> par = download(inv(a)), dets = download(det(a));
  std::vector<double> one;
  {
    tbb::global_control serial(tbb::global_control::max_allowed_parallelism, 1);
    one = download(inv(a));
  }
  EXPECT_EQ(par, one);
  for (int64_t b = 0; b < count; ++b) {
    const double k = 1 + b % 7;
    EXPECT_NEAR(dets[b], k * k * k, 1e-11 * k * k * k);
  }
}

TEST(LinalgFactor, Errors) {
  Array sing = upload({1, 2, 2, 4}, {2, 2});
  EXPECT_THROW(inv(sing), LinAlgError);
  EXPECT_THROW(solve(sing, upload({1, 1}, {2})), LinAlgError);
  EXPECT_EQ(download(det(sing)).at(0), 0.0);
  EXPECT_THROW(cholesky(upload({-1, 0, 0, -1}, {2, 2}), false), LinAlgError);
  try {
    inv(upload({1, 0, 0, 1, 0, 0, 0, 0}, {2, 2, 2}));
    FAIL() << "no error";
  } catch (const LinAlgError& e) {
    EXPECT_NE(std::string(e.what()).find("matrix 1 of the batch"), std::string::npos) << e.what();
  }
  EXPECT_THROW(inv(upload({1, 2, 3, 4, 5, 6}, {2, 3})), std::invalid_argument);
  EXPECT_THROW(det(upload({1, 2}, {2})), std::invalid_argument);
  EXPECT_THROW(qr(sing, "raw"), std::invalid_argument);
}

}  // namespace
}  // namespace dp
