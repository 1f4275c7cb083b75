// Host execution of the indexing primitives: gather (take), scatter (put) and the
// two passes of boolean compaction (count_nonzero, nonzero).
#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_reduce.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "dparray/backend/host/host_executor.h"
#include "dparray/backend/host/host_queue.h"
#include "dparray/backend/host/parallel.h"
#include "dparray/backend/host/types.h"
#include "dparray/runtime/errors.h"

namespace dp::host {

namespace {

HostQueue& hq(const Queue& q) { return static_cast<HostQueue&>(*q); }

// An element of S bytes, copied as one unit whatever its dtype.
template <size_t S>
struct Elem {
  alignas(S < 16 ? S : 8) char b[S];
};

// A group of dimensions walked together by two operands (strides in bytes).
struct Dims {
  Shape shape;
  Strides a, b;
  int64_t size() const { return shape_size(shape); }
};

Dims make_dims(const Shape& shape, const Strides& sa, size_t ia, const Strides& sb, size_t ib,
               size_t begin, size_t end) {
  Dims d;
  d.shape.assign(shape.begin() + begin, shape.begin() + end);
  d.a.assign(sa.begin() + begin, sa.begin() + end);
  d.b.assign(sb.begin() + begin, sb.begin() + end);
  collapse_dims(d.shape, {&d.a, &d.b});
  for (auto& s : d.a) s *= static_cast<int64_t>(ia);
  for (auto& s : d.b) s *= static_cast<int64_t>(ib);
  return d;
}

// Byte offsets (operand a, operand b) of flat C-order position p within dims d.
void offsets_of(const Dims& d, int64_t p, int64_t& oa, int64_t& ob) {
  oa = ob = 0;
  for (size_t k = d.shape.size(); k-- > 0;) {
    int64_t i = p % d.shape[k];
    p /= d.shape[k];
    oa += i * d.a[k];
    ob += i * d.b[k];
  }
}

// Copies the block described by d between operand a and operand b (into a when IntoA,
// else into b), starting at dim k.
template <size_t S, bool IntoA>
void copy_block(char* a, char* b, const Dims& d, size_t k) {
  auto move = [](char* pa, char* pb) {
    if constexpr (IntoA)
      *reinterpret_cast<Elem<S>*>(pa) = *reinterpret_cast<const Elem<S>*>(pb);
    else
      *reinterpret_cast<Elem<S>*>(pb) = *reinterpret_cast<const Elem<S>*>(pa);
  };
  if (k == d.shape.size()) {
    move(a, b);
    return;
  }
  const int64_t n = d.shape[k], sa = d.a[k], sb = d.b[k];
  if (k + 1 == d.shape.size()) {
    for (int64_t i = 0; i < n; ++i) move(a + i * sa, b + i * sb);
    return;
  }
  for (int64_t i = 0; i < n; ++i) copy_block<S, IntoA>(a + i * sa, b + i * sb, d, k + 1);
}

template <class F>
void dispatch_size(size_t s, F&& f) {
  switch (s) {
    case 1: f.template operator()<1>(); break;
    case 2: f.template operator()<2>(); break;
    case 4: f.template operator()<4>(); break;
    case 8: f.template operator()<8>(); break;
    default: f.template operator()<16>(); break;
  }
}

// Byte offset into `a` of index tuple j (checked, negatives wrapped).
struct IndexReader {
  const char* op;
  const Array* a;
  int axis;
  std::vector<const char*> base;  // per index array
  std::vector<int64_t> step;      // bytes
  size_t isz;

  IndexReader(const char* op_, const Array& a_, int axis_, const std::vector<Array>& indices)
      : op(op_), a(&a_), axis(axis_), isz(a_.itemsize()) {
    for (const Array& ix : indices) {
      base.push_back(ix.host_data());
      step.push_back(ix.strides[0] * 8);
    }
  }

  int64_t operator()(int64_t j) const {
    int64_t o = 0;
    for (size_t d = 0; d < base.size(); ++d) {
      const int64_t i = *reinterpret_cast<const int64_t*>(base[d] + j * step[d]);
      const int64_t size = a->shape[axis + d];
      const int64_t w = i < 0 ? i + size : i;
      if (w < 0 || w >= size) [[unlikely]]
        throw IndexError(std::string("[") + op + "] index " + std::to_string(i) +
                         " is out of bounds for axis " + std::to_string(axis + d) + " with size " +
                         std::to_string(size));
      o += w * a->strides[axis + d];
    }
    return o * static_cast<int64_t>(isz);
  }
};

// The three dimension groups of take / put: before the indexed axes, the index
// position j, and after. Operand a is the indexed array, b the dense one.
struct Plan {
  Dims pre, post;
  int64_t n;
  int64_t b_step;  // bytes between consecutive j in b
};

Plan make_plan(const Array& a, int axis, int k, const Array& b) {
  Plan p;
  const size_t isz = a.itemsize();
  p.n = b.shape[axis];
  Shape pre_shape(a.shape.begin(), a.shape.begin() + axis);
  p.pre = make_dims(pre_shape, a.strides, isz, b.strides, isz, 0, axis);
  Shape post_shape(a.shape.begin() + axis + k, a.shape.end());
  Strides a_post(a.strides.begin() + axis + k, a.strides.end());
  Strides b_post(b.strides.begin() + axis + 1, b.strides.end());
  p.post = make_dims(post_shape, a_post, isz, b_post, isz, 0, post_shape.size());
  p.b_step = b.strides[axis] * static_cast<int64_t>(isz);
  return p;
}

// Offsets of all n index tuples, for loops that revisit them.
std::vector<int64_t> all_offsets(const IndexReader& rd, int64_t n) {
  std::vector<int64_t> off(n);
  auto body = [&](int64_t lo, int64_t hi) {
    for (int64_t j = lo; j < hi; ++j) off[j] = rd(j);
  };
  if (n <= kGrain) {
    body(0, n);
  } else {
    tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, kGrain),
                      [&](const tbb::blocked_range<int64_t>& r) { body(r.begin(), r.end()); });
  }
  return off;
}

// out[j] = src[ix[j]] for j in [lo, hi): parameters are locals, so the short loop keeps
// many independent random loads in flight (no reloads through aliasing pointers).
template <size_t S>
void gather_1d(const int64_t* ix, int64_t istep, int64_t size, const char* s, int64_t sstep,
               char* o, int64_t ostep, int64_t lo, int64_t hi, const IndexReader& rd) {
  for (int64_t j = lo; j < hi; ++j) {
    int64_t i = ix[j * istep];
    if (i < 0) i += size;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(size)) [[unlikely]]
      rd(j);  // throws the IndexError
    *reinterpret_cast<Elem<S>*>(o + j * ostep) = *reinterpret_cast<const Elem<S>*>(s + i * sstep);
  }
}

// dst[ix[j]] = v[j] in order (the last of repeated indices wins); as gather_1d.
template <size_t S>
void scatter_1d(const int64_t* ix, int64_t istep, int64_t size, char* d, int64_t dstep,
                const char* v, int64_t vstep, int64_t n, const IndexReader& rd) {
  for (int64_t j = 0; j < n; ++j) {
    int64_t i = ix[j * istep];
    if (i < 0) i += size;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(size)) [[unlikely]]
      rd(j);  // throws the IndexError
    *reinterpret_cast<Elem<S>*>(d + i * dstep) = *reinterpret_cast<const Elem<S>*>(v + j * vstep);
  }
}

// Calls f(lo, hi) over [0, n) split in tasks of about kGrain elements of `per` each.
template <class F>
void parallel_rows(int64_t n, int64_t per, F&& f) {
  const int64_t grain = std::max<int64_t>(1, kGrain / std::max<int64_t>(per, 1));
  if (n <= grain) {
    f(int64_t(0), n);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<int64_t>(0, n, grain),
                    [&](const tbb::blocked_range<int64_t>& r) { f(r.begin(), r.end()); });
}

// Flat C-order walk over [begin, end) of one strided operand: fn(ptr, byte_stride, count).
template <class F>
void walk(const Array& a, int64_t begin, int64_t end, F&& fn) {
  const int nd = a.ndim();
  char* base = a.host_data();
  const int64_t isz = static_cast<int64_t>(a.itemsize());
  if (nd == 0) {
    if (begin < end) fn(base, int64_t(0), int64_t(1));
    return;
  }
  std::vector<int64_t> idx(nd);
  int64_t rem = begin;
  for (int d = nd - 1; d >= 0; --d) {
    idx[d] = rem % a.shape[d];
    rem /= a.shape[d];
  }
  const int64_t inner = a.shape[nd - 1];
  for (int64_t pos = begin; pos < end;) {
    int64_t off = 0;
    for (int d = 0; d < nd; ++d) off += idx[d] * a.strides[d];
    int64_t cnt = std::min(inner - idx[nd - 1], end - pos);
    fn(base + off * isz, a.strides[nd - 1] * isz, cnt);
    pos += cnt;
    idx[nd - 1] += cnt;
    for (int d = nd - 1; d > 0 && idx[d] >= a.shape[d]; --d) {
      idx[d] = 0;
      ++idx[d - 1];
    }
  }
}

// Number of non-zero elements among cnt elements of type T at p with byte stride st.
template <class T>
int64_t count_run(const char* p, int64_t st, int64_t cnt) {
  int64_t c = 0;
  for (int64_t i = 0; i < cnt; ++i) c += convert<bool>(*reinterpret_cast<const T*>(p + i * st));
  return c;
}

}  // namespace

void HostExecutor::take(const Queue& q, const Array& src, int axis,
                        const std::vector<Array>& indices, const Array& out) {
  hq(q).submit("take", out.size(), [src, axis, indices, out]() {
    Plan p = make_plan(src, axis, static_cast<int>(indices.size()), out);
    if (p.n == 0) return;
    IndexReader rd("take", src, axis, indices);
    const int64_t pre_n = p.pre.size();
    char* o = out.host_data();
    char* s = src.host_data();
    dispatch_size(src.itemsize(), [&]<size_t S>() {
      if (pre_n == 1 && indices.size() == 1 && p.post.shape.empty()) {
        // 1-D gather: a tight loop the compiler can keep in registers.
        const char* ib = indices[0].host_data();
        const int64_t istep = indices[0].strides[0], size = src.shape[axis];
        const int64_t sstep = src.strides[axis] * static_cast<int64_t>(S);
        const int64_t ostep = p.b_step;
        parallel_rows(p.n, 1, [&](int64_t lo, int64_t hi) {
          gather_1d<S>(reinterpret_cast<const int64_t*>(ib), istep, size, s, sstep, o, ostep, lo,
                       hi, rd);
        });
        return;
      }
      if (pre_n == 1) {
        // The common case (x[idx], x[:, idx] of a row): each index is read once.
        parallel_rows(p.n, p.post.size(), [&](int64_t lo, int64_t hi) {
          for (int64_t j = lo; j < hi; ++j)
            copy_block<S, false>(s + rd(j), o + j * p.b_step, p.post, 0);
        });
        return;
      }
      std::vector<int64_t> off = all_offsets(rd, p.n);
      parallel_rows(pre_n * p.n, p.post.size(), [&](int64_t lo, int64_t hi) {
        for (int64_t r = lo; r < hi; ++r) {
          const int64_t j = r % p.n;
          int64_t pa, pb;
          offsets_of(p.pre, r / p.n, pa, pb);
          copy_block<S, false>(s + pa + off[j], o + pb + j * p.b_step, p.post, 0);
        }
      });
    });
  });
}

void HostExecutor::put(const Queue& q, const Array& dst, int axis,
                       const std::vector<Array>& indices, const Array& values) {
  hq(q).submit("put", values.size(), [dst, axis, indices, values]() {
    Plan p = make_plan(dst, axis, static_cast<int>(indices.size()), values);
    if (p.n == 0) return;
    IndexReader rd("put", dst, axis, indices);
    // Rows (pre position x first post dim) are disjoint in dst; within a row the j
    // loop runs in order, so the last of repeated indices wins.
    Dims rest = p.post;
    int64_t split = 1, sa = 0, sb = 0;
    if (!rest.shape.empty()) {
      split = rest.shape[0];
      sa = rest.a[0];
      sb = rest.b[0];
      rest.shape.erase(rest.shape.begin());
      rest.a.erase(rest.a.begin());
      rest.b.erase(rest.b.begin());
    }
    const int64_t pre_n = p.pre.size(), rows = pre_n * split;
    char* d = dst.host_data();
    char* v = values.host_data();
    dispatch_size(dst.itemsize(), [&]<size_t S>() {
      if (rows == 1 && indices.size() == 1 && rest.shape.empty()) {
        scatter_1d<S>(reinterpret_cast<const int64_t*>(indices[0].host_data()),
                      indices[0].strides[0], dst.shape[axis], d,
                      dst.strides[axis] * static_cast<int64_t>(S), v, p.b_step, p.n, rd);
        return;
      }
      if (rows == 1) {
        for (int64_t j = 0; j < p.n; ++j) copy_block<S, true>(d + rd(j), v + j * p.b_step, rest, 0);
        return;
      }
      std::vector<int64_t> off = all_offsets(rd, p.n);
      parallel_rows(rows, p.n * rest.size(), [&](int64_t lo, int64_t hi) {
        for (int64_t r = lo; r < hi; ++r) {
          const int64_t c = r % split;
          int64_t pa = 0, pb = 0;
          if (pre_n > 1) offsets_of(p.pre, r / split, pa, pb);
          pa += c * sa;
          pb += c * sb;
          for (int64_t j = 0; j < p.n; ++j)
            copy_block<S, true>(d + pa + off[j], v + pb + j * p.b_step, rest, 0);
        }
      });
    });
  });
}

void HostExecutor::count_nonzero(const Queue& q, const Array& in, const Array& out) {
  hq(q).submit("count_nonzero", in.size(), [in, out]() {
    dispatch_dtype(in.dtype, [&]<DType T>() {
      using V = ctype_t<T>;
      const int64_t n = in.size();
      auto count = [&](int64_t lo, int64_t hi) {
        int64_t c = 0;
        walk(in, lo, hi,
             [&](const char* p, int64_t st, int64_t cnt) { c += count_run<V>(p, st, cnt); });
        return c;
      };
      int64_t total = n <= kGrain ? count(0, n)
                                  : tbb::parallel_reduce(
                                        tbb::blocked_range<int64_t>(0, n, kGrain), int64_t(0),
                                        [&](const tbb::blocked_range<int64_t>& r, int64_t acc) {
                                          return acc + count(r.begin(), r.end());
                                        },
                                        [](int64_t x, int64_t y) { return x + y; });
      *reinterpret_cast<int64_t*>(out.host_data()) = total;
    });
  });
}

void HostExecutor::nonzero(const Queue& q, const Array& in, const Array& out) {
  hq(q).submit("nonzero", in.size(), [in, out]() {
    dispatch_dtype(in.dtype, [&]<DType T>() {
      using V = ctype_t<T>;
      const int64_t n = in.size(), nd = in.ndim(), count = out.shape[1];
      const int64_t chunk = std::max<int64_t>(kGrain, n / 64 + 1);
      const int64_t nchunks = (n + chunk - 1) / chunk;
      // Pass 1: non-zeros per chunk; an exclusive scan gives each chunk its first column.
      std::vector<int64_t> start(nchunks + 1, 0);
      tbb::parallel_for(int64_t(0), nchunks, [&](int64_t c) {
        int64_t cnt = 0;
        walk(in, c * chunk, std::min(n, (c + 1) * chunk),
             [&](const char* p, int64_t st, int64_t m) { cnt += count_run<V>(p, st, m); });
        start[c + 1] = cnt;
      });
      for (int64_t c = 0; c < nchunks; ++c) start[c + 1] += start[c];
      if (start[nchunks] != count)
        throw BackendError("[nonzero] the array changed between counting and compaction");
      // Pass 2: each chunk writes the multi-indices of its non-zeros.
      int64_t* o = reinterpret_cast<int64_t*>(out.host_data());
      tbb::parallel_for(int64_t(0), nchunks, [&](int64_t c) {
        int64_t col = start[c];
        const int64_t lo = c * chunk, hi = std::min(n, (c + 1) * chunk);
        std::vector<int64_t> idx(nd);
        int64_t rem = lo;
        for (int64_t d = nd - 1; d >= 0; --d) {
          idx[d] = rem % in.shape[d];
          rem /= in.shape[d];
        }
        walk(in, lo, hi, [&](const char* p, int64_t st, int64_t m) {
          for (int64_t i = 0; i < m; ++i) {
            if (convert<bool>(*reinterpret_cast<const V*>(p + i * st))) {
              for (int64_t d = 0; d < nd; ++d) o[d * count + col] = idx[d];
              ++col;
            }
            // Advance the multi-index (odometer, C order).
            for (int64_t d = nd - 1; d >= 0; --d) {
              if (++idx[d] < in.shape[d]) break;
              idx[d] = 0;
            }
          }
        });
      });
    });
  });
}

}  // namespace dp::host
