// HostExecutor::scan: inclusive sums or products along the last axis. Many rows run
// in parallel; one long row is scanned in two passes (chunk totals, then each
// chunk from its offset). Every step rounds to the dtype, as NumPy's cumsum / cumprod.
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <memory>
#include <string>
#include <type_traits>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/reduce_plan.h"
#include "dparray/backend/host/scalar_math.h"
#include "dparray/backend/host/types.h"

namespace dp::host {
namespace {

// Rows at least this long are scanned in parallel chunks of kScanChunk.
constexpr int64_t kScanParallel = 1 << 17;
constexpr int64_t kScanChunk = 1 << 15;

template <class T>
struct Add {
  static T add(T a, T b) {
    if constexpr (std::is_same_v<T, bool>)
      return a || b;
    else if constexpr (std::is_same_v<T, half>)
      return static_cast<half>(static_cast<float>(a) + static_cast<float>(b));
    else if constexpr (std::is_integral_v<T>) {
      // Wrap-around without signed overflow UB.
      using U = std::make_unsigned_t<T>;
      return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
    } else
      return a + b;
  }
  // -0.0 for floats (+0.0 would turn a leading -0.0 into +0.0, where NumPy's cumsum
  // keeps it), zero otherwise.
  static T identity() {
    if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T>)
      return T(0);
    else if constexpr (std::is_same_v<T, half>)
      return static_cast<half>(-0.0f);
    else if constexpr (std::is_floating_point_v<T>)
      return T(-0.0);
    else
      return T(-0.0, -0.0);
  }
};

template <class T>
struct Mul {
  static T add(T a, T b) {
    if constexpr (std::is_same_v<T, bool>)
      return a && b;
    else if constexpr (std::is_same_v<T, half>)
      return static_cast<half>(static_cast<float>(a) * static_cast<float>(b));
    else if constexpr (std::is_integral_v<T>) {
      // In an unsigned type of at least int's width: uint16 * uint16 must not become int.
      using U = std::common_type_t<std::make_unsigned_t<T>, unsigned>;
      return static_cast<T>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
    } else if constexpr (std::is_floating_point_v<T>)
      return a * b;
    else
      return math::cmul(a, b);  // the formula the catalogue's multiply uses
  }
  static T identity() {
    if constexpr (std::is_same_v<T, half>)
      return static_cast<half>(1.0f);
    else
      return T(1);
  }
};

// out[i] = acc + in[0] + ... + in[i] for i < n; returns the final total.
template <class Op, class T>
T scan_run(const T* in, int64_t s, T* out, int64_t n, T acc) {
  if (s == 1) {
    for (int64_t i = 0; i < n; ++i) out[i] = acc = Op::add(acc, in[i]);
  } else {
    for (int64_t i = 0; i < n; ++i) out[i] = acc = Op::add(acc, in[i * s]);
  }
  return acc;
}

template <class Op, class T>
T total(const T* in, int64_t s, int64_t n) {
  T acc = in[0];
  for (int64_t i = 1; i < n; ++i) acc = Op::add(acc, in[i * s]);
  return acc;
}

template <class Op, class T>
void scan_long_row(const T* in, int64_t s, T* out, int64_t n) {
  const int64_t nchunks = (n + kScanChunk - 1) / kScanChunk;
  std::unique_ptr<T[]> offsets(new T[nchunks]);  // not vector: vector<bool> packs bits
  tbb::parallel_for(int64_t(0), nchunks - 1, [&](int64_t c) {
    offsets[c + 1] = total<Op>(in + c * kScanChunk * s, s, kScanChunk);
  });
  offsets[0] = Op::identity();
  for (int64_t c = 1; c < nchunks; ++c) offsets[c] = Op::add(offsets[c - 1], offsets[c]);
  tbb::parallel_for(int64_t(0), nchunks, [&](int64_t c) {
    const int64_t b = c * kScanChunk, m = std::min(kScanChunk, n - b);
    if (c == 0)
      scan_run<Op>(in, s, out, m, Op::identity());
    else
      scan_run<Op>(in + b * s, s, out + b, m, offsets[c]);
  });
}

template <class Op, class T>
void scan_rows(const Array& in, const Array& out) {
  const int nd = in.ndim();
  const int64_t L = in.shape[nd - 1], s = in.strides[nd - 1];
  Shape oshape(in.shape.begin(), in.shape.end() - 1);
  Strides ostr(in.strides.begin(), in.strides.end() - 1);
  const int64_t rows = shape_size(oshape);
  const T* src = reinterpret_cast<const T*>(in.host_data());
  T* dst = reinterpret_cast<T*>(out.host_data());
  if (L >= kScanParallel && rows < 4) {
    for (int64_t r = 0; r < rows; ++r)
      scan_long_row<Op>(src + flat_offset(oshape, ostr, r), s, dst + r * L, L);
    return;
  }
  auto body = [&](int64_t b, int64_t e) {
    NdCounter c(oshape, ostr, b);
    for (int64_t r = b; r < e; ++r, c.next())
      scan_run<Op>(src + c.off, s, dst + r * L, L, Op::identity());
  };
  const int64_t grain = std::max<int64_t>(1, kScanChunk / std::max<int64_t>(L, 1));
  if (rows * L <= kScanChunk)
    body(0, rows);
  else
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, rows, grain),
                      [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
}

}  // namespace

void HostExecutor::scan(const Queue& q, ReduceOp op, const Array& in, const Array& out) {
  if (op != ReduceOp::Sum && op != ReduceOp::Prod)
    throw std::invalid_argument(std::string("[scan] no scan for ") + to_string(op));
  const char* name = op == ReduceOp::Sum ? "cumulative_sum" : "cumulative_prod";
  if (in.ndim() == 0 || in.ndim() > kMaxDims || in.shape != out.shape || in.dtype != out.dtype)
    throw std::invalid_argument(
        std::string("[") + name + "] the host kernel needs an input of 1 to " +
        std::to_string(kMaxDims) + " dimensions and an output of its shape and dtype");
  if (in.size() == 0) return;
  static_cast<HostQueue&>(*q).submit(name, in.size(), [op, in, out]() {
    dispatch_dtype(in.dtype, [&]<DType D>() {
      using T = ctype_t<D>;
      if (op == ReduceOp::Sum)
        scan_rows<Add<T>, T>(in, out);
      else
        scan_rows<Mul<T>, T>(in, out);
    });
  });
}

}  // namespace dp::host
