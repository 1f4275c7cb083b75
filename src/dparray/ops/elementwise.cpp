#include "dparray/ops/elementwise.h"

#include <atomic>
#include <stdexcept>
#include <string>

#include "dparray/ops/elementwise_args.h"
#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

// NumPy's loop order: resolution takes the first loop every input casts to.
constexpr DType kLoopOrder[] = {DType::Bool,      DType::Int8,      DType::UInt8,   DType::Int16,
                                DType::UInt16,    DType::Int32,     DType::UInt32,  DType::Int64,
                                DType::UInt64,    DType::Float16,   DType::Float32, DType::Float64,
                                DType::Complex64, DType::Complex128};

constexpr int kMaxArgs = 3;

std::string dtype_list(const DType* ts, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? ", " : "") + std::string(name_of(ts[i]));
  return s;
}

std::string scalar_str(const Scalar& s) {
  switch (s.kind) {
    case Kind::Bool: return s.b ? "True" : "False";
    case Kind::Signed: return std::to_string(s.i);
    case Kind::Unsigned: return std::to_string(s.u);
    default: return std::to_string(s.as_double());
  }
}

// Without float64 on the device, a 64-bit float loop runs in 32 bits.
DType fit_to_device(DType t, bool fp64) {
  if (fp64) return t;
  if (t == DType::Float64) return DType::Float32;
  if (t == DType::Complex128) return DType::Complex64;
  return t;
}

bool is_comparison(OpId id) {
  return id == OpId::equal || id == OpId::not_equal || id == OpId::less || id == OpId::less_equal ||
         id == OpId::greater || id == OpId::greater_equal;
}

// A scalar operand as a 0-d array of t, from the queue's cache of constants when the
// same value was used before (on OpenCL a fill is a command of its own).
Array scalar_operand(const Queue& q, DType t, const Scalar& s, UsmType usm) {
  ConstantCache::Key key;
  key.type = static_cast<uint8_t>(t);
  key.usm = usm;
  s.store(t, key.bytes);
  if (BufferPtr b = q->constants().find(key)) return Array{std::move(b), {}, {}, 0, t, q};
  Array a = full({}, t, s, q, usm);
  q->constants().insert(key, a.buf);
  return a;
}

// A comparison of integers with a Python int outside their dtype has one answer for
// every element (NumPy 2 compares exactly): `scalar_above` says which side it is on.
bool constant_comparison(OpId id, bool scalar_first, bool scalar_above) {
  // Normalise to "array OP scalar".
  if (scalar_first) {
    if (id == OpId::less)
      id = OpId::greater;
    else if (id == OpId::greater)
      id = OpId::less;
    else if (id == OpId::less_equal)
      id = OpId::greater_equal;
    else if (id == OpId::greater_equal)
      id = OpId::less_equal;
  }
  switch (id) {
    case OpId::equal: return false;
    case OpId::not_equal: return true;
    case OpId::less:
    case OpId::less_equal: return scalar_above;
    default: return !scalar_above;
  }
}

bool all_int_inputs(const DType* in, int n) {
  for (int i = 0; i < n; ++i)
    if (is_inexact(in[i])) return false;
  return true;
}

// An integer operand that casts safely to int64 (a Python int or bool included).
void check_int_second(const ElementwiseOp& op, const Operand& a, const DType* in, int nin) {
  bool ok;
  if (a.array || a.typed) {
    const DType t = a.array ? a.array->dtype : a.dtype;
    ok = t == DType::Bool || (is_integral(t) && can_cast_safely(t, DType::Int64));
  } else {
    ok = a.scalar.kind == Kind::Bool || a.scalar.kind == Kind::Signed;
  }
  if (!ok)
    throw TypeError(std::string("[") + op.name + "] not supported for input dtypes (" +
                    dtype_list(in, nin) + "): the second argument must be an integer");
}

struct Resolution {
  DType loop;
  bool constant = false;  // comparison with an out-of-range Python int
  bool value = false;
};

// The first loop of op's type list that every input casts to safely (NumPy's search), cached
// per (op, float64 support, input dtypes) for one- and two-input ops: 0 unknown, else loop + 1.
std::atomic<uint8_t> loop_cache[kNumElementwiseOps][2][kNumDTypes][kNumDTypes];

bool search_loop(const ElementwiseOp& op, const DType* in, int ncheck, bool fp64, DType& loop) {
  for (DType cand : kLoopOrder) {
    if (!(op.types & tbit(cand))) continue;
    bool ok = true;
    for (int i = 0; i < ncheck; ++i) ok &= can_cast_safely(in[i], cand);
    if (ok) {
      loop = fit_to_device(cand, fp64);
      return true;
    }
  }
  return false;
}

bool cached_search_loop(OpId id, const ElementwiseOp& op, const DType* in, int ncheck, bool fp64,
                        DType& loop) {
  if (ncheck > 2) return search_loop(op, in, ncheck, fp64, loop);
  const int i0 = static_cast<int>(in[0]);
  const int i1 = ncheck > 1 ? static_cast<int>(in[1]) : 0;
  std::atomic<uint8_t>& slot = loop_cache[static_cast<int>(id)][fp64][i0][i1];
  if (uint8_t c = slot.load(std::memory_order_relaxed)) {
    loop = static_cast<DType>(c - 1);
    return true;
  }
  if (!search_loop(op, in, ncheck, fp64, loop)) return false;
  slot.store(static_cast<uint8_t>(static_cast<int>(loop) + 1), std::memory_order_relaxed);
  return true;
}

Resolution resolve(OpId id, const Operand* args, int nargs, const Device& device) {
  const ElementwiseOp& op = op_info(id);
  const int first = (op.flags & kCondFirst) ? 1 : 0;
  const bool fp64 = device->info().fp64;

  // Arrays and typed scalars promote among themselves; weak scalars then join in.
  bool have_strong = false;
  DType strong = DType::Bool;
  for (int k = first; k < nargs; ++k) {
    const Operand& a = args[k];
    if (!a.array && !a.typed) continue;
    DType t = a.array ? a.array->dtype : a.dtype;
    strong = have_strong ? promote_types(strong, t) : t;
    have_strong = true;
  }
  DType in[kMaxArgs];
  int nin = 0;
  Resolution r;
  for (int k = first; k < nargs; ++k) {
    const Operand& a = args[k];
    if (a.array || a.typed) {
      in[nin++] = a.array ? a.array->dtype : a.dtype;
      continue;
    }
    const Scalar& s = a.scalar;
    Kind sk = s.kind == Kind::Unsigned ? Kind::Signed : s.kind;
    DType t;
    if (have_strong) {
      t = promote_with_weak_scalar(strong, sk, fp64);
    } else {
      t = sk == Kind::Bool     ? DType::Bool
          : sk == Kind::Signed ? DType::Int64
          : sk == Kind::Float  ? (fp64 ? DType::Float64 : DType::Float32)
                               : (fp64 ? DType::Complex128 : DType::Complex64);
    }
    in[nin++] = t;
  }

  if (op.flags & kNoBool) {
    bool all_bool = true;
    for (int i = 0; i < nin; ++i) all_bool &= in[i] == DType::Bool;
    if (all_bool)
      throw TypeError(std::string("[") + op.name + "] not supported for boolean input" +
                      (nin > 1 ? "s (" : " (") + dtype_list(in, nin) +
                      "); use logical_xor / logical_not, or cast to an integer dtype first");
  }
  // ldexp: input 1 must be an integer (NumPy's 'fi' / 'fl' loops); input 0 picks the loop.
  int ncheck = nin;
  if (op.flags & kIntSecond) {
    check_int_second(op, args[first + 1], in, nin);
    ncheck = 1;
  }
  r.loop = DType::Bool;
  bool found = (op.flags & kTrueDivide) && all_int_inputs(in, nin);
  if (found)
    r.loop = fp64 ? DType::Float64 : DType::Float32;
  else
    found = cached_search_loop(id, op, in, ncheck, fp64, r.loop);
  if (!found)
    throw TypeError(std::string("[") + op.name + "] not supported for input dtype" +
                    (nin > 1 ? "s (" : " (") + dtype_list(in, nin) + ")");

  // A Python int must fit the loop dtype it is converted to (NEP 50), except that
  // comparisons answer exactly and logical ops only ask whether it is zero.
  for (int k = first; k < nargs; ++k) {
    const Operand& a = args[k];
    if (a.array || a.typed || a.scalar.fits(r.loop)) continue;
    if (is_comparison(id)) {
      r.constant = true;
      r.value = constant_comparison(id, k == 0, a.scalar.kind == Kind::Unsigned || a.scalar.i > 0);
    } else if (op.out_rule != OutRule::Bool) {
      throw std::overflow_error(std::string("[") + op.name + "] Python integer " +
                                scalar_str(a.scalar) + " out of bounds for " + name_of(r.loop));
    }
  }
  return r;
}

// True when reading `in` while writing `out` elementwise could see already-written
// values: same buffer, but not the very same elements in the same order.
bool hazard(const Array& in, const Array& out) {
  if (in.buf != out.buf) return false;
  if (in.offset != out.offset || in.shape.size() > out.shape.size()) return true;
  Strides st = broadcast_strides(in.shape, in.strides, out.shape);
  for (size_t d = 0; d < st.size(); ++d)
    if (out.shape[d] > 1 && st[d] != out.strides[d]) return true;
  return false;
}

}  // namespace

DType resolve_loop(OpId id, const std::vector<Operand>& args, const Device& device) {
  return resolve(id, args.data(), static_cast<int>(args.size()), device).loop;
}

DType resolve_loop(OpId id, const Operand* args, int nargs, const Device& device) {
  return resolve(id, args, nargs, device).loop;
}

Array apply(OpId id, const std::vector<Operand>& args, const Array* out) {
  return apply(id, args.data(), static_cast<int>(args.size()), out);
}

Array apply(OpId id, const Operand* args, int nargs, const Array* out) {
  const ElementwiseOp& op = op_info(id);
  if (nargs != op.nin)
    throw std::invalid_argument(std::string("[") + op.name + "] takes " + std::to_string(op.nin) +
                                " arguments, got " + std::to_string(nargs));

  // Compute follows data: every array operand (and out) on one queue.
  const Array* first = nullptr;
  for (int k = 0; k < nargs; ++k)
    if (const Array* a = args[k].array) {
      if (!first)
        first = a;
      else if (a->queue != first->queue)
        common_queue({first, a}, op.name);
    }
  if (!first)
    throw TypeError(std::string("[") + op.name + "] needs at least one dparray.ndarray argument");
  if (out && out->queue != first->queue) common_queue({first, out}, op.name);
  const Queue& q = first->queue;
  const Device& dev = q->device();

  const Resolution res = resolve(id, args, nargs, dev);
  const DType loop = res.loop;
  const DType rtype = res.constant ? DType::Bool : out_dtype(op, loop);

  // The result shape: when every operand has one shape or is 0-d, that shape (nothing to
  // broadcast); else NumPy's broadcasting.
  static const Shape scalar_shape;
  const Shape* shapes[kMaxArgs + 1];
  int nshapes = 0;
  for (int k = 0; k < nargs; ++k)
    shapes[nshapes++] = args[k].array ? &args[k].array->shape : &scalar_shape;
  if (out) shapes[nshapes++] = &out->shape;
  const Shape* common = &scalar_shape;
  for (int k = 0; k < nshapes && common; ++k) {
    if (shapes[k]->empty() || *shapes[k] == *common) continue;
    common = common->empty() ? shapes[k] : nullptr;
  }
  Shape broadcast;
  if (!common) broadcast = broadcast_shapes({shapes, shapes + nshapes}, op.name);
  const Shape& shape = common ? *common : broadcast;

  UsmType usm = UsmType::Host;
  for (int k = 0; k < nargs; ++k)
    if (args[k].array) usm = combine_usm(usm, args[k].array->usm_type());

  if (out) {
    if (out->shape != shape)
      throw std::invalid_argument(std::string("[") + op.name + "] the inputs broadcast to shape " +
                                  shape_str(shape) + ", which does not fit the output of shape " +
                                  shape_str(out->shape));
    // Same-kind casting into the target, as NumPy's in-place operators.
    if (!can_cast_same_kind(rtype, out->dtype))
      throw TypeError(std::string("[") + op.name + "] cannot cast the result from " +
                      name_of(rtype) + " to " + name_of(out->dtype) +
                      " with casting rule 'same_kind'");
  }

  if (res.constant) {
    Scalar v = Scalar::from_bool(res.value);
    if (!out) return full(shape, DType::Bool, v, q, usm, op.name);
    assign_scalar(*out, v);
    return *out;
  }

  // The executor's inputs in the loop dtype: casts, hazard copies and 0-d arrays of scalars
  // are made here; the others are the operands' descriptors.
  Array made[kMaxArgs];  // empty unless operand k needed one
  const Array* ins[kMaxArgs];
  OpExecutor& ex = dev->backend().ops();
  for (int k = 0; k < nargs; ++k) {
    DType want = ((op.flags & kCondFirst) && k == 0) ? DType::Bool : loop;
    if (args[k].array) {
      const Array& a = *args[k].array;
      // ldexp's integer exponent array, where the backend reads it as it is (no cast pass).
      if (k == 1 && (op.flags & kIntSecond) && ex.takes_int_exponent(loop, a.dtype)) want = a.dtype;
      if (a.dtype != want)
        made[k] = astype(a, want, true);
      else if (out && out->dtype == rtype && hazard(a, *out))
        made[k] = copy_array(a, a.dtype, a.usm_type());
      else {
        ins[k] = &a;
        continue;
      }
    } else {
      // Logical ops only test against zero: 256 must not wrap to an int8 zero.
      const Scalar& s = args[k].scalar;
      const bool truth = op.out_rule == OutRule::Bool && !is_comparison(id) && !s.fits(want);
      made[k] = scalar_operand(q, want, truth ? Scalar::from_bool(true) : s, usm);
    }
    ins[k] = &made[k];
  }
  if (id == OpId::pow) check_integer_power(loop, args[1], *ins[1]);
  const ArrayRefs refs(ins, static_cast<size_t>(nargs));
  if (out && out->dtype == rtype) {
    if (out->size() > 0) ex.elementwise(q, id, loop, refs, *out);
    return *out;
  }
  Array result = empty(shape, rtype, q, usm, op.name);
  if (result.size() > 0) ex.elementwise(q, id, loop, refs, result);
  if (out) {
    assign(*out, result, op.name);
    return *out;
  }
  return result;
}

}  // namespace dp
