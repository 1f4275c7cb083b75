#include "dparray/backend/opencl/clblast.h"

#include <dlfcn.h>

#include <cstdlib>
#include <string>

namespace dp::ocl {

namespace {

// CLBlast's C API enums (clblast_c.h): layout, transpose and the success code.
constexpr int kRowMajor = 101, kNoTrans = 111, kTrans = 112, kSuccess = 0;

template <class S>
using StridedFn = int (*)(int, int, int, size_t, size_t, size_t, S, cl_mem, size_t, size_t, size_t,
                          cl_mem, size_t, size_t, size_t, S, cl_mem, size_t, size_t, size_t, size_t,
                          cl_command_queue*, cl_event*);
template <class S>
using SingleFn = int (*)(int, int, int, size_t, size_t, size_t, S, cl_mem, size_t, size_t, cl_mem,
                         size_t, size_t, S, cl_mem, size_t, size_t, cl_command_queue*, cl_event*);

int index_of(DType t) {
  switch (t) {
    case DType::Float32: return 0;
    case DType::Float64: return 1;
    case DType::Complex64: return 2;
    case DType::Complex128: return 3;
    default: return -1;
  }
}

template <class S>
bool call(void* strided, void* single, const GemmCall& g, S one, S zero, cl_command_queue q,
          cl_event* ev) {
  const int ta = g.a_trans ? kTrans : kNoTrans, tb = g.b_trans ? kTrans : kNoTrans;
  if (g.batch == 1)
    return reinterpret_cast<SingleFn<S>>(single)(kRowMajor, ta, tb, g.m, g.n, g.k, one, g.a,
                                                 g.a_off, g.a_ld, g.b, g.b_off, g.b_ld, zero, g.c,
                                                 g.c_off, g.c_ld, &q, ev) == kSuccess;
  return reinterpret_cast<StridedFn<S>>(strided)(kRowMajor, ta, tb, g.m, g.n, g.k, one, g.a,
                                                 g.a_off, g.a_ld, g.a_stride, g.b, g.b_off, g.b_ld,
                                                 g.b_stride, zero, g.c, g.c_off, g.c_ld, g.c_stride,
                                                 g.batch, &q, ev) == kSuccess;
}

}  // namespace

const ClBlast* ClBlast::get() {
  static const ClBlast* lib = []() -> const ClBlast* {
    std::string path = "libclblast.so.1";
    if (const char* env = std::getenv("DPARRAY_CLBLAST_LIBRARY")) path = env;
    if (path.empty() || path == "none") return nullptr;
    void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!h) return nullptr;
    auto* b = new ClBlast();
    b->handle_ = h;
    const char* strided[] = {"CLBlastSgemmStridedBatched", "CLBlastDgemmStridedBatched",
                             "CLBlastCgemmStridedBatched", "CLBlastZgemmStridedBatched"};
    const char* single[] = {"CLBlastSgemm", "CLBlastDgemm", "CLBlastCgemm", "CLBlastZgemm"};
    for (int i = 0; i < 4; ++i) {
      b->strided_[i] = dlsym(h, strided[i]);
      b->single_[i] = dlsym(h, single[i]);
      if (!b->strided_[i] || !b->single_[i]) {
        delete b;
        dlclose(h);
        return nullptr;
      }
    }
    return b;
  }();
  return lib;
}

bool ClBlast::supports(DType t) { return index_of(t) >= 0; }

bool ClBlast::gemm(DType t, const GemmCall& g, cl_command_queue q, cl_event* ev) const {
  const int i = index_of(t);
  switch (i) {
    case 0: return call<float>(strided_[0], single_[0], g, 1.0f, 0.0f, q, ev);
    case 1: return call<double>(strided_[1], single_[1], g, 1.0, 0.0, q, ev);
    case 2: {
      cl_float2 one{{1.0f, 0.0f}}, zero{{0.0f, 0.0f}};
      return call<cl_float2>(strided_[2], single_[2], g, one, zero, q, ev);
    }
    case 3: {
      cl_double2 one{{1.0, 0.0}}, zero{{0.0, 0.0}};
      return call<cl_double2>(strided_[3], single_[3], g, one, zero, q, ev);
    }
    default: return false;
  }
}

}  // namespace dp::ocl
