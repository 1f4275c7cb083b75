// OpenCL take / put / count_nonzero / nonzero against the host backend.
#include <gtest/gtest.h>

#include <cstring>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"
#include "opencl_test_util.h"

namespace dp {
namespace {

using test::HostData;

OpExecutor& ops_of(const Queue& q) { return q->device()->backend().ops(); }

HostData iota_data(DType t, const Shape& shape) {
  HostData h{t, shape, std::vector<unsigned char>(shape_size(shape) * itemsize(t))};
  for (int64_t k = 0; k < h.size(); ++k) {
    unsigned char* p = h.bytes.data() + k * itemsize(t);
    if (t == DType::Float64) {
      double v = 0.5 * k;
      std::memcpy(p, &v, 8);
    } else {
      int64_t v = (k * 37) % 11 == 0 ? 0 : k;  // some zeros for nonzero()
      std::memcpy(p, &v, itemsize(t));
    }
  }
  return h;
}

HostData index_data(std::vector<int64_t> v) {
  HostData h{DType::Int64, {int64_t(v.size())}, std::vector<unsigned char>(v.size() * 8)};
  std::memcpy(h.bytes.data(), v.data(), v.size() * 8);
  return h;
}

TEST(OpenCLIndex, TakeAndPutMatchHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  for (DType t : {DType::Int8, DType::Int16, DType::Float64, DType::Int32}) {
    HostData src = iota_data(t, {4, 5, 6});
    HostData i0 = index_data({3, -1, 0, 2, 2}), i1 = index_data({4, 0, -5, 1, 3});
    HostData took[2], after_put[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array a = test::upload(src, q);
      std::vector<Array> idx = {test::upload(i0, q), test::upload(i1, q)};
      // out[i, j, k] = a[i, i0[j], i1[j]]... via axis 1 with two index arrays: shape (4, 5)
      Array sub = a;  // a[:, :, ::-1] view: negative strides and an offset
      sub.strides = {30, 6, -1};
      sub.offset = 5;
      Array out = empty({5, 6}, t, q, UsmType::Device);
      ops_of(q).take(q, sub, 0, idx, out);
      Array out2 = empty({4, 5}, t, q, UsmType::Device);
      ops_of(q).take(q, a, 1, idx, out2);
      took[pass] = test::download(out);
      HostData t2 = test::download(out2);
      took[pass].bytes.insert(took[pass].bytes.end(), t2.bytes.begin(), t2.bytes.end());
      // put the rows back shifted, into a strided view
      std::vector<Array> one = {test::upload(index_data({0, 3, -2}), q)};
      Array vals = empty({3, 5, 6}, t, q, UsmType::Device);
      ops_of(q).fill(q, vals, Scalar::from_int(7));
      ops_of(q).put(q, sub, 0, one, vals);
      after_put[pass] = test::download(a);
    }
    EXPECT_EQ(took[0].bytes, took[1].bytes) << name_of(t);
    EXPECT_EQ(after_put[0].bytes, after_put[1].bytes) << name_of(t);
  }
}

TEST(OpenCLIndex, OutOfBoundsSurfacesAtWait) {
  DP_REQUIRE_OPENCL();
  Device d = test::ocl_device();
  Queue q = d->backend().make_queue(d, false);
  Array a = test::upload(iota_data(DType::Int32, {10}), q);
  std::vector<Array> idx = {test::upload(index_data({1, 12, 3}), q)};
  Array out = empty({3}, DType::Int32, q, UsmType::Device);
  q->device()->backend().ops().take(q, a, 0, idx, out);  // returns at once
  try {
    q->wait();
    FAIL() << "expected IndexError";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("index 12 is out of bounds for axis 0 with size 10"),
              std::string::npos)
        << e.what();
  }
  q->wait();  // reported once
}

TEST(OpenCLIndex, NonzeroMatchesHost) {
  DP_REQUIRE_OPENCL();
  Queue hq = test::host_queue(), oq = test::ocl_queue();
  for (Shape shape : {Shape{1000}, Shape{30, 70}, Shape{3, 4, 5}}) {
    HostData src = iota_data(DType::Int16, shape);
    HostData res[2], cnt[2];
    for (int pass = 0; pass < 2; ++pass) {
      const Queue& q = pass ? oq : hq;
      Array a = test::upload(src, q);
      Array c = empty({}, DType::Int64, q, UsmType::Device);
      ops_of(q).count_nonzero(q, a, c);
      cnt[pass] = test::download(c);
      int64_t n = 0;
      std::memcpy(&n, cnt[pass].bytes.data(), 8);
      Array out = empty({a.ndim(), n}, DType::Int64, q, UsmType::Device);
      ops_of(q).nonzero(q, a, out);
      res[pass] = test::download(out);
    }
    EXPECT_EQ(cnt[0].bytes, cnt[1].bytes) << shape_str(shape);
    EXPECT_EQ(res[0].bytes, res[1].bytes) << shape_str(shape);
  }
}

}  // namespace
}  // namespace dp
