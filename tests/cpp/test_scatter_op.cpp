// scatter_op (ufunc.at's primitive): repeated indices accumulate on the host and on OpenCL,
// through the atomic (4- / 8-byte) and in-order (other sizes) kernels, against a plain loop.
#include <gtest/gtest.h>

#include <cstring>
#include <numeric>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

using test::HostData;

OpExecutor& ops_of(const Queue& q) { return q->device()->backend().ops(); }
bool have_opencl() { return !Registry::get().devices(BackendKind::OpenCL).empty(); }

template <class T>
HostData data_of(const std::vector<T>& v, Shape shape, DType t) {
  HostData h{t, shape, std::vector<unsigned char>(v.size() * sizeof(T))};
  std::memcpy(h.bytes.data(), v.data(), h.bytes.size());
  return h;
}

template <class T>
std::vector<T> values_of(const HostData& h) {
  std::vector<T> v(h.bytes.size() / sizeof(T));
  std::memcpy(v.data(), h.bytes.data(), h.bytes.size());
  return v;
}

// dst (n_bins x row) updated by op over idx with value rows; returns dst afterwards.
template <class T>
std::vector<T> run(const Queue& q, OpId op, DType t, int64_t bins, int64_t row,
                   const std::vector<int64_t>& idx, const std::vector<T>& vals) {
  std::vector<T> init(bins * row);
  std::iota(init.begin(), init.end(), T(1));
  Shape ds = row > 1 ? Shape{bins, row} : Shape{bins};
  Shape vs = row > 1 ? Shape{int64_t(idx.size()), row} : Shape{int64_t(idx.size())};
  Array dst = test::upload(data_of(init, ds, t), q);
  Array ix = test::upload(data_of(idx, {int64_t(idx.size())}, DType::Int64), q);
  Array v = test::upload(data_of(vals, vs, t), q);
  ops_of(q).scatter_op(q, op, t, dst, 0, {ix}, v);
  q->wait();
  return values_of<T>(test::download(dst));
}

template <class T, class F>
std::vector<T> reference(int64_t bins, int64_t row, const std::vector<int64_t>& idx,
                         const std::vector<T>& vals, F f) {
  std::vector<T> d(bins * row);
  std::iota(d.begin(), d.end(), T(1));
  for (size_t j = 0; j < idx.size(); ++j) {
    const int64_t i = idx[j] < 0 ? idx[j] + bins : idx[j];
    for (int64_t c = 0; c < row; ++c) d[i * row + c] = f(d[i * row + c], vals[j * row + c]);
  }
  return d;
}

template <class T, class F>
void check(OpId op, DType t, int64_t row, F f) {
  const int64_t bins = 17;
  std::vector<int64_t> idx;
  std::vector<T> vals;
  for (int j = 0; j < 3000; ++j) {
    idx.push_back((j * 7919) % bins - (j % 3 == 0 ? bins : 0));  // repeats, negatives
    for (int64_t c = 0; c < row; ++c) vals.push_back(T((j + c) % 3));
  }
  const std::vector<T> want = reference(bins, row, idx, vals, f);
  EXPECT_EQ(run(test::host_queue(), op, t, bins, row, idx, vals), want) << name_of(t);
  if (have_opencl())
    EXPECT_EQ(run(test::ocl_queue(), op, t, bins, row, idx, vals), want) << name_of(t);
}

TEST(ScatterOp, RepeatedIndicesAccumulate) {
  check<int32_t>(OpId::add, DType::Int32, 1, [](int32_t a, int32_t b) { return a + b; });
  check<int64_t>(OpId::maximum, DType::Int64, 1,
                 [](int64_t a, int64_t b) { return a > b ? a : b; });
  check<int8_t>(OpId::add, DType::Int8, 1, [](int8_t a, int8_t b) { return int8_t(a + b); });
  check<int16_t>(OpId::bitwise_xor, DType::Int16, 3,
                 [](int16_t a, int16_t b) { return int16_t(a ^ b); });
  check<double>(OpId::add, DType::Float64, 4, [](double a, double b) { return a + b; });
  check<float>(OpId::subtract, DType::Float32, 1, [](float a, float b) { return a - b; });
  check<uint32_t>(OpId::bitwise_or, DType::UInt32, 2, [](uint32_t a, uint32_t b) { return a | b; });
}

TEST(ScatterOp, OutOfBoundsIsIndexError) {
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1 && !have_opencl()) continue;
    Queue q = pass ? test::ocl_queue() : test::host_queue();
    Array dst = test::upload(data_of(std::vector<int32_t>(5, 0), {5}, DType::Int32), q);
    Array ix = test::upload(data_of(std::vector<int64_t>{1, 9}, {2}, DType::Int64), q);
    Array v = test::upload(data_of(std::vector<int32_t>{1, 1}, {2}, DType::Int32), q);
    try {
      ops_of(q).scatter_op(q, OpId::add, DType::Int32, dst, 0, {ix}, v);
      q->wait();
      FAIL() << "expected IndexError";
    } catch (const IndexError& e) {
      EXPECT_NE(std::string(e.what()).find("index 9 is out of bounds for axis 0 with size 5"),
                std::string::npos)
          << e.what();
    }
    q->wait();
  }
}

}  // namespace
}  // namespace dp
