// OpenCL FFT on the device: the kernels of codegen_fft.cpp, one program per complex dtype.
// A transform of length n = 2^a 3^b 5^c 7^d runs Stockham passes of radices 8, 4, 2, 3, 5, 7;
// any other length Bluestein's chirp-z through power-of-two transforms; real transforms pack
// even lengths into half-length complex ones. Lines are read and written in place when the
// other axes collapse to one stride, else through a device copy. Nothing leaves the device.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>

#include "dparray/backend/opencl/cl_types.h"
#include "dparray/backend/opencl/codegen_fft.h"
#include "dparray/backend/opencl/executor.h"
#include "dparray/backend/opencl/launch.h"

namespace dp::ocl {

namespace {

// How one length is transformed: Stockham radices, or Bluestein over a power of two M.
struct FftPlan {
  std::vector<int> radices;
  int64_t M = 0;  // > 0: Bluestein
};

FftPlan make_plan(int64_t n) {
  FftPlan p;
  int64_t m = n;
  for (int r : gen::fft_radices())
    while (m % r == 0) {
      p.radices.push_back(r);
      m /= r;
    }
  if (m != 1) {
    p.radices.clear();
    p.M = 1;
    while (p.M < 2 * n - 1) p.M <<= 1;
  }
  return p;
}

// Plans by length (a bounded cache: factoring is cheap, the bound keeps memory flat).
FftPlan plan_of(int64_t n) {
  static std::mutex mu;
  static std::map<int64_t, FftPlan> plans;
  std::lock_guard<std::mutex> lock(mu);
  auto it = plans.find(n);
  if (it != plans.end()) return it->second;
  if (plans.size() >= 64) plans.clear();
  return plans.emplace(n, make_plan(n)).first->second;
}

// A strided operand: lines `row` apart, points `el` apart (elements), from `off`.
struct Lines {
  cl_mem mem;
  int64_t off, row, el;
};

Lines contiguous(const Array& t, int64_t len) { return {mem_of(t), t.offset, len, 1}; }

// The lines of `a` along `axis` when its other axes fold into one stride.
bool fold_lines(const Array& a, int axis, Lines& out) {
  int64_t row = 0, span = 0;  // stride and extent of the folded dims seen so far
  bool any = false;
  for (int d = a.ndim() - 1; d >= 0; --d) {
    if (d == axis || a.shape[d] == 1) continue;
    if (!any) {
      row = a.strides[d];
      span = a.shape[d];
      any = true;
    } else if (a.strides[d] == row * span) {
      span *= a.shape[d];
    } else {
      return false;
    }
  }
  out = {mem_of(a), a.offset, any ? row : 0, a.strides[axis]};
  return true;
}

// `a` with `axis` moved last (a view).
Array axis_last(const Array& a, int axis) {
  std::vector<int> perm;
  for (int d = 0; d < a.ndim(); ++d)
    if (d != axis) perm.push_back(d);
  perm.push_back(axis);
  return permute_view(a, perm);
}

bool float_twiddles_forced() {
  const char* e = std::getenv("DPARRAY_FFT_FLOAT_TWIDDLES");
  return e && *e && *e != '0';
}

struct Run {
  OclQueue& o;
  const Queue& q;
  ProgramPtr prog;
  DType ct;
  bool fp64;  // twiddles in double
  int64_t lines;

  // The kernels' first argument is the number of lines (negative: walked line index first).
  KernelCall call(const std::string& name, int64_t nlines) {
    KernelCall k(o, prog, name, "fft");
    k.val<cl_long>(nlines);
    return k;
  }
  // Groups of 64 work-items along the fastest index: a 2-d range (no division per work-item)
  // when that index spans a group, else a flat one (POINT in codegen_fft.cpp). One group
  // shape whatever the length, so that PoCL, which specialises kernels on it, builds each once.
  void go(KernelCall& k, int64_t points, int64_t nlines) {
    const size_t l = std::min<size_t>(64, k.max_work_group());
    const size_t fast = static_cast<size_t>(nlines < 0 ? -nlines : points),
                 slow = static_cast<size_t>(nlines < 0 ? points : nlines);
    if (fast >= l && slow > 1) {
      const size_t g[2] = {(fast + l - 1) / l * l, slow}, loc[2] = {l, 1};
      k.run_nd(2, g, loc);
      return;
    }
    const size_t total = fast * slow;
    k.run((total + l - 1) / l * l, l);
  }
  KernelCall& real(KernelCall& k, double v) {
    return ct == DType::Complex64 ? k.val<cl_float>(static_cast<float>(v)) : k.val<cl_double>(v);
  }
  static KernelCall& lines_arg(KernelCall& k, const Lines& l) {
    return k.mem(l.mem).val<cl_long>(l.off).val<cl_long>(l.row).val<cl_long>(l.el);
  }
  Array temp(int64_t nlines, int64_t len) { return temp_array(q, {nlines, len}, ct); }

  void copy_lines(int64_t m, double scale, bool conj, const Lines& in, const Lines& out,
                  int64_t nlines) {
    KernelCall k = call("fft_copy", nlines);
    k.val<cl_long>(m);
    real(k, scale).val<cl_int>(conj ? 1 : 0);
    lines_arg(lines_arg(k, in), out);
    go(k, m, nlines);
  }

  // Complex transform of length n over `nlines` lines in -> out (which may be in itself).
  // Lines side by side in memory (columns) are walked line index first, their temporaries
  // laid out the same way, so that neighbouring work-items touch neighbouring elements.
  void c2c(int64_t n, int64_t nlines, int sign, double scale, const Lines& in, const Lines& out,
           bool alias) {
    const bool cols = nlines > 1 && in.row == 1 && in.el != 1;
    const int64_t nl = cols ? -nlines : nlines;
    auto line_temp = [&](Array& t) {
      t = temp(nlines, n);
      return cols ? Lines{mem_of(t), t.offset, 1, nlines} : contiguous(t, n);
    };
    if (n == 1) return copy_lines(1, scale, false, in, out, nl);
    const FftPlan p = plan_of(n);
    if (p.M) return bluestein(n, p.M, nlines, sign, scale, in, out);
    const size_t passes = p.radices.size();
    // Twiddle tables: lo of 2^bits >= sqrt(n) entries, hi of the rest (fft_twiddles).
    int bits = 0;
    while ((int64_t(1) << (2 * bits)) < n) ++bits;
    const int64_t B = int64_t(1) << bits, H = (n + B - 1) / B;
    const DType wt = fp64 ? DType::Complex128 : DType::Complex64;
    Array lo = temp_array(q, {B}, wt), hi = temp_array(q, {H}, wt);
    {
      KernelCall k = call("fft_twiddles", 1);
      k.val<cl_long>(n).val<cl_int>(bits).val<cl_long>(B + H).mem(mem_of(lo)).mem(mem_of(hi));
      go(k, B + H, 1);
    }
    Array t[2];
    Lines tl[2];
    const bool via_temp = alias && passes == 1;
    Lines src = in;
    int64_t Ns = 1;
    for (size_t i = 0; i < passes; ++i) {
      const int R = p.radices[i];
      const bool last = i + 1 == passes;
      Lines dst;
      if (last && !via_temp) {
        dst = out;
      } else {
        Array& tb = t[i % 2];
        dst = tb.buf ? tl[i % 2] : (tl[i % 2] = line_temp(tb));
      }
      // This pass's twiddles (none in the first: k is always 0 there).
      Array tw = temp(1, std::max<int64_t>(1, Ns * (R - 1)));
      if (Ns > 1) {
        KernelCall k = call("fft_pass_twiddles", 1);
        k.val<cl_long>(n).val<cl_long>(Ns).val<cl_long>(R).val<cl_int>(sign);
        k.mem(mem_of(lo)).mem(mem_of(hi)).val<cl_int>(bits).mem(mem_of(tw));
        go(k, Ns * (R - 1), 1);
      }
      KernelCall k = call("fft_r" + std::to_string(R) + (sign < 0 ? "_f" : "_b"), nl);
      k.val<cl_long>(n).val<cl_long>(Ns);
      real(k, last ? scale : 1.0);
      lines_arg(lines_arg(k, src), dst).mem(mem_of(tw));
      go(k, n / R, nl);
      src = dst;
      Ns *= R;
    }
    if (via_temp) copy_lines(n, 1.0, false, src, out, nl);
  }

  void bluestein(int64_t n, int64_t M, int64_t nlines, int sign, double scale, const Lines& in,
                 const Lines& out) {
    Array a = temp(nlines, M), fa = temp(nlines, M), b = temp(1, M), fb = temp(1, M);
    Array c = temp(1, n);
    {
      KernelCall k = call("blue_chirp", 1);
      k.val<cl_long>(n).val<cl_int>(sign).mem(mem_of(c));
      go(k, n, 1);
    }
    {
      KernelCall k = call("blue_a", nlines);
      k.val<cl_long>(n).val<cl_long>(M);
      lines_arg(k, in).mem(mem_of(c)).mem(mem_of(a));
      go(k, M, nlines);
    }
    {
      KernelCall k = call("blue_b", 1);
      k.val<cl_long>(n).val<cl_long>(M).mem(mem_of(c)).mem(mem_of(b));
      go(k, M, 1);
    }
    c2c(M, 1, -1, 1.0, contiguous(b, M), contiguous(fb, M), false);
    c2c(M, nlines, -1, 1.0, contiguous(a, M), contiguous(fa, M), false);
    {
      KernelCall k = call("blue_mul", nlines);
      k.val<cl_long>(M).mem(mem_of(fa)).mem(mem_of(fb));
      go(k, M, nlines);
    }
    c2c(M, nlines, 1, 1.0, contiguous(fa, M), contiguous(a, M), false);
    KernelCall k = call("blue_post", nlines);
    k.val<cl_long>(n).val<cl_long>(M);
    real(k, scale / static_cast<double>(M)).mem(mem_of(a)).mem(mem_of(c));
    lines_arg(k, out);
    go(k, n, nlines);
  }

  // exp(sign 2 pi i k / n), k <= n / 2 (half_twiddles).
  Array half_twiddles(int64_t n, int sign) {
    Array tw = temp(1, n / 2 + 1);
    KernelCall k = call("half_twiddles", 1);
    k.val<cl_long>(n).val<cl_int>(sign).mem(mem_of(tw));
    go(k, n / 2 + 1, 1);
    return tw;
  }

  // n real points -> n / 2 + 1 complex ones; `conj` gives the backward sign (real input).
  void r2c(int64_t n, double scale, bool conj, const Lines& in, const Lines& out) {
    if (n % 2 == 0) {
      const int64_t h = n / 2;
      Array z = temp(lines, h), y = temp(lines, h);
      {
        KernelCall k = call("r2c_pack", lines);
        lines_arg(k.val<cl_long>(h), in).mem(mem_of(z));
        go(k, h, lines);
      }
      c2c(h, lines, -1, 1.0, contiguous(z, h), contiguous(y, h), false);
      const Array tw = half_twiddles(n, -1);
      KernelCall k = call("r2c_post", lines);
      k.val<cl_long>(n);
      real(k, scale).val<cl_int>(conj ? 1 : 0).mem(mem_of(y)).mem(mem_of(tw));
      lines_arg(k, out);
      go(k, h + 1, lines);
      return;
    }
    Array z = temp(lines, n), y = temp(lines, n);
    {
      KernelCall k = call("r2c_widen", lines);
      lines_arg(k.val<cl_long>(n), in).mem(mem_of(z));
      go(k, n, lines);
    }
    c2c(n, lines, conj ? 1 : -1, scale, contiguous(z, n), contiguous(y, n), false);
    copy_lines(n / 2 + 1, 1.0, false, contiguous(y, n), out, lines);
  }

  // n / 2 + 1 complex points (Hermitian half) -> n real ones, backward sign unless `conj`.
  void c2r(int64_t n, double scale, bool conj, const Lines& in, const Lines& out) {
    const int64_t h = n / 2;
    const bool even = n % 2 == 0;
    const int64_t len = even ? h : n;
    Array z = temp(lines, len), y = temp(lines, len);
    {
      const Array tw = even ? half_twiddles(n, 1) : Array{};
      KernelCall k = call(even ? "c2r_pre" : "c2r_full", lines);
      k.val<cl_long>(n).val<cl_int>(conj ? 1 : 0);
      lines_arg(k, in);
      if (even) k.mem(mem_of(tw));
      k.mem(mem_of(z));
      go(k, len, lines);
    }
    c2c(len, lines, 1, scale, contiguous(z, len), contiguous(y, len), false);
    KernelCall k = call(even ? "c2r_unpack" : "c2r_real", lines);
    k.val<cl_long>(len).mem(mem_of(y));
    lines_arg(k, out);
    go(k, len, lines);
  }
};

}  // namespace

void OclExecutor::fft(const Queue& q, FftKind kind, const Array& in, const Array& out, int axis,
                      bool forward, double scale) {
  if (out.size() == 0) return;
  OclQueue& o = oq(q);
  const DType ct = kind == FftKind::C2R ? in.dtype : out.dtype;
  require_dtype(o, ct, "fft");
  const bool fp64 = o.ctx().info.fp64 && !float_twiddles_forced();
  const std::string key = std::string("fft:") + name_of(ct) + (fp64 ? ":d" : ":f");
  ProgramPtr prog = generated_program(o, key, [&] { return gen::fft_program(ct, fp64); });
  const int64_t n = kind == FftKind::C2R ? out.shape[axis] : in.shape[axis];
  Run r{o, q, prog, ct, fp64, out.size() / out.shape[axis]};

  // Lines of in and out; a layout that does not fold goes through a C-contiguous copy.
  Lines li, lo;
  Array tin, tout;
  if (!fold_lines(in, axis, li)) {
    Array v = axis_last(in, axis);
    tin = temp_array(q, v.shape, in.dtype);
    copy(q, v, tin);
    li = contiguous(tin, in.shape[axis]);
  }
  if (!fold_lines(out, axis, lo)) {
    tout = temp_array(q, axis_last(out, axis).shape, out.dtype);
    lo = contiguous(tout, out.shape[axis]);
  }
  const bool alias = !tin.buf && !tout.buf && in.buf == out.buf;
  switch (kind) {
    case FftKind::C2C: r.c2c(n, r.lines, forward ? -1 : 1, scale, li, lo, alias); break;
    case FftKind::R2C: r.r2c(n, scale, !forward, li, lo); break;
    case FftKind::C2R: r.c2r(n, scale, forward, li, lo); break;
  }
  if (tout.buf) copy(q, tout, axis_last(out, axis));
}

}  // namespace dp::ocl
