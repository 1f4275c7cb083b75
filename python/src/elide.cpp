#include "elide.h"

#include <atomic>

#include "convert.h"
#include "dparray/ops/elementwise_args.h"
#include "dparray/ops/elementwise_catalogue.h"

using namespace dp;

namespace dpy {
namespace {

std::atomic<uint64_t> g_elided{0};

// Only the interpreter's value stack references the object. Python 3.14 frames may
// borrow references from local variables, so there the interpreter has to say so.
bool is_temporary(nb::handle h) {
#if PY_VERSION_HEX >= 0x030E0000
  return PyUnstable_Object_IsUniqueReferencedTemporary(h.ptr());
#else
  return Py_REFCNT(h.ptr()) == 1;
#endif
}

// The array spans its whole allocation in C order, and no other array, view, export or
// pending command made from it references that allocation.
bool reusable_storage(const Array& t) {
  return t.nbytes() >= kMinElideBytes && t.offset == 0 && t.is_c_contiguous() &&
         t.nbytes() == t.buf->nbytes() && t.buf.use_count() == 1;
}

// `other` broadcasts into t's shape without growing it.
bool fits_shape(const Operand& other, const Array& t) {
  if (!other.array) return true;
  const Shape& s = other.array->shape;
  if (s.size() > t.shape.size()) return false;
  const size_t lead = t.shape.size() - s.size();
  for (size_t d = 0; d < s.size(); ++d)
    if (s[d] != 1 && s[d] != t.shape[lead + d]) return false;
  return true;
}

}  // namespace

Array temporary_result(Array r) {
  if (r.nbytes() >= kMinElideBytes && r.buf.use_count() > 1) {
    // The Python object gets its own count; its deleter keeps the allocation alive.
    Buffer* raw = r.buf.get();
    r.buf = BufferPtr(raw, [keep = std::move(r.buf)](Buffer*) {});
  }
  return r;
}

nb::handle elide_into_temporary(OpId id, const Operand (&args)[2], nb::handle lhs, nb::handle rhs) {
  const nb::handle sides[2] = {lhs, rhs};
  for (int k = 0; k < 2; ++k) {
    nb::handle h = sides[k];
    if (!is_array(h) || !is_temporary(h)) continue;
    const Array& t = array_ref(h);
    if (!reusable_storage(t)) continue;
    const Operand& other = args[args[0].array == &t ? 1 : 0];
    if (other.array && (other.array->queue != t.queue ||
                        combine_usm(t.usm_type(), other.array->usm_type()) != t.usm_type()))
      continue;  // another queue, or a result of another usm_type
    if (!fits_shape(other, t)) continue;
    const DType loop = resolve_loop(id, args, 2, t.device());
    if (out_dtype(op_info(id), loop) != t.dtype) continue;
    apply(id, args, 2, &t);
    g_elided.fetch_add(1, std::memory_order_relaxed);
    return h;
  }
  return {};
}

uint64_t elided_count() { return g_elided.load(std::memory_order_relaxed); }

}  // namespace dpy
