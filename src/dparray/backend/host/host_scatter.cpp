// Host execution of ufunc.at (scatter_op): the catalogue's inner loop applied in index order.
// A 1-D update gathers runs of distinct indices into a buffer, runs the loop once per run and
// writes the run back, so repeated indices still accumulate one after another.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "dparray/backend/host/elementwise_kernels.h"
#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/parallel.h"
#include "dparray/runtime/errors.h"

namespace dp::host {

namespace {

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

// Elements of the indexed axis up to which the run buffers track which indices they hold.
constexpr int64_t kMaxStampSize = int64_t(1) << 24;
constexpr int64_t kRun = 256;

[[noreturn]] void bad_index(int64_t i, int axis, int64_t size) {
  throw IndexError("[at] index " + std::to_string(i) + " is out of bounds for axis " +
                   std::to_string(axis) + " with size " + std::to_string(size));
}

// Element offset (in dst elements) of index tuple j over axes [axis, axis + k).
struct Offsets {
  const Array* dst;
  int axis;
  std::vector<const int64_t*> base;
  std::vector<int64_t> step;
  Offsets(const Array& d, int ax, const std::vector<Array>& ix) : dst(&d), axis(ax) {
    for (const Array& a : ix) {
      base.push_back(reinterpret_cast<const int64_t*>(a.host_data()));
      step.push_back(a.strides.empty() ? 0 : a.strides[0]);
    }
  }
  int64_t operator()(int64_t j) const {
    int64_t o = 0;
    for (size_t d = 0; d < base.size(); ++d) {
      const int64_t i = base[d][j * step[d]];
      const int64_t size = dst->shape[axis + d];
      const int64_t w = i < 0 ? i + size : i;
      if (w < 0 || w >= size) [[unlikely]]
        bad_index(i, axis + static_cast<int>(d), size);
      o += w * dst->strides[axis + d];
    }
    return o;
  }
};

template <class F>
void dispatch_elem(size_t s, F&& f) {
  switch (s) {
    case 1: f.template operator()<1>(); break;
    case 2: f.template operator()<2>(); break;
    case 4: f.template operator()<4>(); break;
    case 8: f.template operator()<8>(); break;
    default: f.template operator()<16>(); break;
  }
}

// Runs fn over the dims [k, nd) of the "rest" block: dst at a, values at b (byte strides).
void apply_block(InnerLoop fn, int nin, char* a, char* b, const Shape& sh, const Strides& sa,
                 const Strides& sb, size_t k) {
  if (k + 1 >= sh.size()) {
    const int64_t n = sh.empty() ? 1 : sh[k];
    const int64_t s_a = sh.empty() ? 0 : sa[k], s_b = sh.empty() ? 0 : sb[k];
    char* p[3];
    int64_t st[3];
    if (nin == 1) {
      p[0] = a, p[1] = a, st[0] = s_a, st[1] = s_a;
    } else {
      p[0] = a, p[1] = b, p[2] = a, st[0] = s_a, st[1] = s_b, st[2] = s_a;
    }
    fn(p, st, n);
    return;
  }
  for (int64_t i = 0; i < sh[k]; ++i)
    apply_block(fn, nin, a + i * sa[k], b + i * sb[k], sh, sa, sb, k + 1);
}

// An element of S bytes, copied as one unit whatever its dtype.
template <size_t S>
struct Elem {
  alignas(S < 16 ? S : 8) char b[S];
};

// The 1-D update: runs of distinct indices go through the loop together. A run is gathered
// into buf, computed with the values of its (consecutive) positions j, and written back.
template <size_t S>
void scatter_runs(InnerLoop fn, int nin, char* d, int64_t dstep, int64_t size, const int64_t* ix,
                  int64_t istep, const char* v, int64_t vstep, int64_t n) {
  using E = Elem<S>;
  std::vector<uint32_t> stamp(size <= kMaxStampSize ? size : 0, 0);
  const bool stamped = !stamp.empty();
  const int64_t cap = stamped ? kRun : 1;
  E buf[kRun];
  int64_t pos[kRun];
  uint32_t run_id = 1;
  int64_t m = 0, j0 = 0;
  auto flush = [&] {
    if (m == 0) return;
    for (int64_t r = 0; r < m; ++r) buf[r] = *reinterpret_cast<const E*>(d + pos[r] * dstep);
    char* p[3];
    int64_t st[3];
    char* b = reinterpret_cast<char*>(buf);
    if (nin == 1) {
      p[0] = p[1] = b, st[0] = st[1] = S;
    } else {
      p[0] = p[2] = b, p[1] = const_cast<char*>(v + j0 * vstep), st[0] = st[2] = S, st[1] = vstep;
    }
    fn(p, st, m);
    for (int64_t r = 0; r < m; ++r) *reinterpret_cast<E*>(d + pos[r] * dstep) = buf[r];
    m = 0;
    if (stamped && ++run_id == 0) {  // wrapped: forget every stamp
      std::fill(stamp.begin(), stamp.end(), 0);
      run_id = 1;
    }
  };
  for (int64_t j = 0; j < n; ++j) {
    const int64_t i = ix[j * istep];
    const int64_t w = i < 0 ? i + size : i;
    if (static_cast<uint64_t>(w) >= static_cast<uint64_t>(size)) [[unlikely]] {
      flush();  // the updates before the bad index are done
      bad_index(i, 0, size);
    }
    if (m == cap || (stamped && stamp[w] == run_id)) flush();
    if (m == 0) j0 = j;
    if (stamped) stamp[w] = run_id;
    pos[m++] = w;
  }
  flush();
}

// Direct loops for the commonest updates (add, subtract, multiply, maximum, minimum on 32- and
// 64-bit ints and floats): the catalogue's functor inlined, one element at a time.
template <class Fn, DType L>
void direct_1d(char* d, int64_t dstep, int64_t size, const int64_t* ix, int64_t istep,
               const char* v, int64_t vstep, int64_t n) {
  using T = ctype_t<L>;
  using C = compute_t<T>;
  for (int64_t j = 0; j < n; ++j) {
    const int64_t i = ix[j * istep];
    const int64_t w = i < 0 ? i + size : i;
    if (static_cast<uint64_t>(w) >= static_cast<uint64_t>(size)) [[unlikely]]
      bad_index(i, 0, size);
    T* e = reinterpret_cast<T*>(d + w * dstep);
    const C b = C(*reinterpret_cast<const T*>(v + j * vstep));
    *e = convert<T>(Fn::template apply<T>(C(*e), b, C{}));
  }
}

using DirectLoop = void (*)(char*, int64_t, int64_t, const int64_t*, int64_t, const char*, int64_t,
                            int64_t);

template <class Fn>
DirectLoop direct_for(DType t) {
  switch (t) {
    case DType::Int32: return &direct_1d<Fn, DType::Int32>;
    case DType::Int64: return &direct_1d<Fn, DType::Int64>;
    case DType::Float32: return &direct_1d<Fn, DType::Float32>;
    case DType::Float64: return &direct_1d<Fn, DType::Float64>;
    default: return nullptr;
  }
}

DirectLoop direct_loop(OpId op, DType t) {
  switch (op) {
    case OpId::add: return direct_for<fn::add_fn>(t);
    case OpId::subtract: return direct_for<fn::subtract_fn>(t);
    case OpId::multiply: return direct_for<fn::multiply_fn>(t);
    case OpId::maximum: return direct_for<fn::maximum_fn>(t);
    case OpId::minimum: return direct_for<fn::minimum_fn>(t);
    default: return nullptr;
  }
}

}  // namespace

void HostExecutor::scatter_op(const Queue& q, OpId op, DType loop, const Array& dst, int axis,
                              const std::vector<Array>& indices, const Array& values) {
  InnerLoop fn = elementwise_loop(op, loop);
  const ElementwiseOp& info = op_info(op);
  if (!fn)
    throw TypeError(std::string("[at] ") + info.name + " has no host loop for dtype " +
                    name_of(loop));
  hq(q).submit("at", values.size(), [fn, op, nin = info.nin, dst, axis, indices, values]() {
    const int k = static_cast<int>(indices.size());
    const int64_t n = values.shape[axis];
    if (n == 0 || values.size() == 0) return;
    const size_t isz = dst.itemsize();
    const int64_t s = static_cast<int64_t>(isz);
    char* d = dst.host_data();
    char* v = values.host_data();
    const bool plain = axis == 0 && k == 1 && dst.ndim() == 1;
    if (plain) {
      const int64_t* ix = reinterpret_cast<const int64_t*>(indices[0].host_data());
      const int64_t istep = indices[0].strides.empty() ? 0 : indices[0].strides[0];
      const int64_t dstep = dst.strides[0] * s, vstep = values.strides[0] * s;
      if (DirectLoop dl = nin == 2 ? direct_loop(op, dst.dtype) : nullptr) {
        dl(d, dstep, dst.shape[0], ix, istep, v, vstep, n);
        return;
      }
      dispatch_elem(isz, [&]<size_t S>() {
        scatter_runs<S>(fn, nin, d, dstep, dst.shape[0], ix, istep, v, vstep, n);
      });
      return;
    }
    // General: pre positions outside, j in order, the trailing dims as strided runs.
    Shape pre(dst.shape.begin(), dst.shape.begin() + axis);
    Shape rest(dst.shape.begin() + axis + k, dst.shape.end());
    Strides ra, rb;
    for (int dd = axis + k; dd < dst.ndim(); ++dd) ra.push_back(dst.strides[dd] * s);
    for (int dd = axis + 1; dd < values.ndim(); ++dd) rb.push_back(values.strides[dd] * s);
    Offsets off(dst, axis, indices);
    const int64_t npre = shape_size(pre);
    for (int64_t pp = 0; pp < npre; ++pp) {
      int64_t oa = 0, ob = 0, r = pp;
      for (int dd = axis - 1; dd >= 0; --dd) {
        const int64_t c = r % pre[dd];
        r /= pre[dd];
        oa += c * dst.strides[dd];
        ob += c * values.strides[dd];
      }
      for (int64_t j = 0; j < n; ++j)
        apply_block(fn, nin, d + (oa + off(j)) * s, v + (ob + j * values.strides[axis]) * s, rest,
                    ra, rb, 0);
    }
  });
}

}  // namespace dp::host
