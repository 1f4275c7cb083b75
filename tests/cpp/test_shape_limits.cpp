// Checked shape arithmetic (array/shape.h) and the dimension limit: overflowing sizes,
// strides and offsets are ValueErrors before any allocation; more than kMaxDims
// dimensions are refused wherever an array of a new shape is made; kernels with
// per-dimension state handle all kMaxDims.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "dparray/array/array.h"
#include "dparray/ops/indexing.h"
#include "dparray/ops/linalg.h"
#include "dparray/ops/manipulation.h"
#include "dparray/ops/reduction.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dp {
namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Queue host_queue() {
  return Registry::get().default_queue(Registry::get().devices(BackendKind::Host).at(0));
}

std::vector<double> download(const Array& a) {
  std::vector<double> v(a.size());
  to_host(astype(a, DType::Float64, false), v.data());
  return v;
}

// Runs f and returns the message of the std::invalid_argument it must throw.
template <class F>
std::string value_error(F&& f) {
  try {
    f();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  ADD_FAILURE() << "no std::invalid_argument";
  return "";
}

TEST(CheckedArithmetic, MulAndAddReportOverflow) {
  int64_t r = 0;
  EXPECT_TRUE(checked_mul(3, 4, &r));
  EXPECT_EQ(r, 12);
  EXPECT_TRUE(checked_mul(kMin, 1, &r));
  EXPECT_EQ(r, kMin);
  EXPECT_FALSE(checked_mul(274177, 67280421310721, &r));  // 2**64 + 1
  EXPECT_FALSE(checked_mul(int64_t(1) << 33, int64_t(1) << 31, &r));
  EXPECT_FALSE(checked_mul(kMin, -1, &r));
  EXPECT_FALSE(checked_mul(int64_t(1) << 62, 2, &r));
  EXPECT_TRUE(checked_mul(int64_t(1) << 62, -2, &r));  // -2**63 fits
  EXPECT_EQ(r, kMin);
  EXPECT_TRUE(checked_add(kMax - 1, 1, &r));
  EXPECT_EQ(r, kMax);
  EXPECT_FALSE(checked_add(kMax, 1, &r));
  EXPECT_FALSE(checked_add(kMin, -1, &r));
  EXPECT_EQ(mul_or_throw(6, 7, "op"), 42);
  EXPECT_EQ(add_or_throw(-6, 7, "op"), 1);
  EXPECT_NE(
      value_error([] { mul_or_throw(kMax, 2, "reshape"); }).find("[reshape] array is too big"),
      std::string::npos);
  EXPECT_NE(value_error([] { add_or_throw(kMax, 1, "concat"); }).find("[concat] array is too big"),
            std::string::npos);
}

TEST(CheckedArithmetic, ShapeSize) {
  EXPECT_EQ(shape_size({}), 1);
  EXPECT_EQ(shape_size({3, 4, 5}), 60);
  EXPECT_EQ(shape_size({kMax}), kMax);
  // A zero dimension makes the size 0 whatever the others (no overflow on the way).
  EXPECT_EQ(shape_size({int64_t(1) << 62, int64_t(1) << 62, 0}), 0);
  EXPECT_EQ(shape_size({0, kMax, kMax}), 0);
  const std::string m = value_error([] { shape_size({274177, 67280421310721}, "zeros"); });
  EXPECT_EQ(m, "[zeros] array is too big; shape (274177, 67280421310721)");
  EXPECT_THROW(shape_size({int64_t(1) << 33, int64_t(1) << 31}), std::invalid_argument);
}

TEST(CheckedArithmetic, CStrides) {
  EXPECT_EQ(c_strides({3, 4, 5}), (Strides{20, 5, 1}));
  EXPECT_EQ(c_strides({0, 3}), (Strides{3, 1}));  // a 0 dimension counts as 1, as NumPy
  EXPECT_EQ(c_strides({kMax}), (Strides{1}));
  EXPECT_EQ(c_strides({2, kMax / 2}), (Strides{kMax / 2, 1}));  // the outermost size is not used
  EXPECT_THROW(c_strides({2, 2, kMax / 2 + 1}), std::invalid_argument);
  EXPECT_THROW(c_strides({2, 274177, 67280421310721}), std::invalid_argument);
}

TEST(CheckedArithmetic, CheckShapeFollowsNumPysByteRule) {
  EXPECT_EQ(check_shape({3, 4}, 8, "op"), 12);
  EXPECT_EQ(check_shape({}, 8, "op"), 1);
  EXPECT_EQ(check_shape({0, 5}, 8, "op"), 0);
  EXPECT_EQ(check_shape({kMax}, 1, "op"), kMax);
  // Elements * itemsize must fit, too.
  EXPECT_THROW(check_shape({kMax}, 2, "op"), std::invalid_argument);
  EXPECT_THROW(check_shape({int64_t(1) << 60}, 8, "op"), std::invalid_argument);
  EXPECT_EQ(check_shape({int64_t(1) << 59}, 8, "op"), int64_t(1) << 59);
  // The non-zero dimensions must fit even when another is 0 (np.zeros((2**62, 2**62, 0))).
  EXPECT_THROW(check_shape({int64_t(1) << 62, int64_t(1) << 62, 0}, 8, "op"),
               std::invalid_argument);
  EXPECT_THROW(check_shape({0, kMax, kMax}, 1, "op"), std::invalid_argument);
  const std::string m = value_error([] { check_shape({274177, 67280421310721}, 8, "zeros"); });
  EXPECT_EQ(m.rfind("[zeros] array is too big; shape (274177, 67280421310721)", 0), 0u) << m;
  EXPECT_NE(value_error([] {
              check_shape({2, -1}, 8, "empty");
            }).find("negative dimensions"),
            std::string::npos);
}

TEST(DimensionLimit, CheckNdim) {
  EXPECT_EQ(kMaxDims, 64);
  EXPECT_NO_THROW(check_ndim(64, "op"));
  EXPECT_EQ(value_error([] { check_ndim(65, "empty"); }),
            "[empty] maximum supported dimension for an ndarray is currently 64, found 65");
  EXPECT_NO_THROW(check_shape(Shape(64, 1), 8, "op"));
  EXPECT_THROW(check_shape(Shape(65, 1), 8, "op"), std::invalid_argument);
}

TEST(CheckedArithmetic, CollapseDimsDoesNotMergeOnOverflow) {
  // A stride equal to a wrapped-around product must not merge two dimensions.
  Shape s{4, int64_t(1) << 62};
  Strides st{0, 4};  // 4 * 2**62 wraps to 0 in 64 bits
  collapse_dims(s, {&st});
  EXPECT_EQ(s, (Shape{4, int64_t(1) << 62}));
  Shape c{2, 3, 4};
  Strides cs{12, 4, 1};
  collapse_dims(c, {&cs});
  EXPECT_EQ(c, (Shape{24}));
  EXPECT_EQ(cs, (Strides{1}));
}

TEST(ShapeLimits, CreationRaisesBeforeAllocating) {
  Queue q = host_queue();
  EXPECT_THROW(empty({274177, 67280421310721}, DType::Float64, q, UsmType::Device),
               std::invalid_argument);
  EXPECT_THROW(full({int64_t(1) << 33, int64_t(1) << 31}, DType::Float64, Scalar::from_int(0), q,
                    UsmType::Device),
               std::invalid_argument);
  EXPECT_THROW(empty(Shape(65, 1), DType::Float64, q, UsmType::Device), std::invalid_argument);
  // Representable but larger than any device: MemoryError, as NumPy's failed allocation.
  EXPECT_THROW(empty({int64_t(1) << 40, int64_t(1) << 10}, DType::Float64, q, UsmType::Device),
               MemoryError);
  Array a = empty(Shape(64, 1), DType::Float64, q, UsmType::Device);
  EXPECT_EQ(a.ndim(), 64);
}

TEST(ShapeLimits, ViewsAreChecked) {
  Queue q = host_queue();
  Array one = full({1}, DType::Float64, Scalar::from_int(1), q, UsmType::Device);
  EXPECT_THROW(broadcast_to(one, {274177, 67280421310721}), std::invalid_argument);
  EXPECT_THROW(broadcast_to(one, Shape(65, 1)), std::invalid_argument);
  Array e = empty({0}, DType::Float64, q, UsmType::Device);
  EXPECT_THROW(reshape(e, {0, 274177, 67280421310721}), std::invalid_argument);
  EXPECT_THROW(reshape(one, Shape(65, 1)), std::invalid_argument);
  Array six = full({6}, DType::Float64, Scalar::from_int(1), q, UsmType::Device);
  EXPECT_THROW(reshape(six, {-1, int64_t(1) << 62, int64_t(1) << 62}), std::invalid_argument);
  EXPECT_THROW(reshape(six, {3, int64_t(1) << 62}), std::invalid_argument);
  Array x64 = empty(Shape(64, 1), DType::Float64, q, UsmType::Device);
  EXPECT_THROW(expand_dims(x64, {0}), std::invalid_argument);
  EXPECT_THROW(stack({x64, x64}, 0), IndexError);
  EXPECT_THROW(tensordot(empty(Shape(40, 1), DType::Float64, q, UsmType::Device),
                         empty(Shape(40, 1), DType::Float64, q, UsmType::Device), 0),
               std::invalid_argument);
}

TEST(ShapeLimits, SliceStepsPastTheAxis) {
  Queue q = host_queue();
  Array x = full({6, 5}, DType::Float64, Scalar::from_int(2), q, UsmType::Device);
  for (int64_t step : {int64_t(1) << 62, kMax, -kMax}) {
    Index key{IndexItem::of_slice({std::nullopt, std::nullopt, step})};
    Array v = getitem(x, key);
    EXPECT_EQ(v.shape, (Shape{1, 5})) << step;
    EXPECT_EQ(download(v), std::vector<double>(5, 2.0));
  }
  Index far{IndexItem::of_slice({kMax - 1, kMax, 1})};
  EXPECT_EQ(getitem(x, far).shape, (Shape{0, 5}));
  Index neg{IndexItem::of_slice({kMin + 1, kMax, int64_t(1) << 62})};
  EXPECT_EQ(getitem(x, neg).shape, (Shape{1, 5}));
}

TEST(DimensionLimit, IndexingResultOverLimitIsIndexError) {
  Queue q = host_queue();
  Array x = empty({3, 4, 5}, DType::Float64, q, UsmType::Device);
  EXPECT_THROW(getitem(x, Index(100, IndexItem::newaxis())), IndexError);
  EXPECT_THROW(getitem(x, Index(62, IndexItem::newaxis())), IndexError);
  EXPECT_EQ(getitem(x, Index(61, IndexItem::newaxis())).ndim(), 64);
}

TEST(DimensionLimit, HostMatmulWithManyBatchDims) {
  Queue q = host_queue();
  for (int batch : {40, 62}) {
    Shape sa(batch, 1);
    sa.insert(sa.end(), {2, 3});
    Array a = full(sa, DType::Float64, Scalar::from_int(1), q, UsmType::Device);
    Array b = full({3, 2}, DType::Float64, Scalar::from_int(1), q, UsmType::Device);
    Array c = matmul(a, b);
    EXPECT_EQ(c.ndim(), batch + 2);
    EXPECT_EQ(download(c), std::vector<double>(4, 3.0));
    // The plain (integer) loop walks the batch with its own per-dimension counter.
    Array ci = matmul(astype(a, DType::Int32, true), astype(b, DType::Int32, true));
    EXPECT_EQ(download(ci), std::vector<double>(4, 3.0));
  }
}

TEST(DimensionLimit, ReduceOver64Dims) {
  Queue q = host_queue();
  Shape s(64, 1);
  s[0] = 2;
  s[63] = 3;
  Array x = full(s, DType::Float64, Scalar::from_int(1), q, UsmType::Device);
  EXPECT_EQ(download(sum(x)), std::vector<double>{6.0});
  EXPECT_EQ(download(sum(x, std::vector<int64_t>{0, 63})), std::vector<double>{6.0});
  EXPECT_EQ(download(cumsum(x, 63)).back(), 3.0);
}

TEST(IndexBounds, EmptyResultStillChecksIndices) {
  Queue q = host_queue();
  Array x = full({3, 4, 5}, DType::Float64, Scalar::from_int(0), q, UsmType::Device);
  int64_t four = 4;
  Array idx = from_host(&four, {1}, DType::Int64, q, UsmType::Device);
  // x[None, 0, [4], :0]
  Index key{IndexItem::newaxis(), IndexItem::of_int(0), IndexItem::of_array(idx),
            IndexItem::of_slice({std::nullopt, 0, 1})};
  EXPECT_THROW(
      {
        Array r = getitem(x, key);
        q->wait();
      },
      IndexError);
  EXPECT_THROW(
      {
        setitem(x, key, Scalar::from_int(1));
        q->wait();
      },
      IndexError);
  int64_t three = 3;
  Array ok_idx = from_host(&three, {1}, DType::Int64, q, UsmType::Device);
  Index ok{IndexItem::newaxis(), IndexItem::of_int(0), IndexItem::of_array(ok_idx),
           IndexItem::of_slice({std::nullopt, 0, 1})};
  Array r = getitem(x, ok);
  q->wait();
  EXPECT_EQ(r.shape, (Shape{1, 1, 0}));
}

}  // namespace
}  // namespace dp
