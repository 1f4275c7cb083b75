#include "dparray/ops/elementwise.h"

#include <stdexcept>
#include <string>

#include "dparray/ops/executor.h"
#include "dparray/runtime/backend.h"
#include "dparray/runtime/errors.h"

namespace dp {

namespace {

// NumPy's loop order: resolution takes the first loop every input casts to.
constexpr DType kLoopOrder[] = {
    DType::Bool,   DType::Int8,   DType::UInt8,   DType::Int16,   DType::UInt16,
    DType::Int32,  DType::UInt32, DType::Int64,   DType::UInt64,  DType::Float16,
    DType::Float32, DType::Float64, DType::Complex64, DType::Complex128};

std::string dtype_list(const std::vector<DType>& ts) {
  std::string s;
  for (DType t : ts) s += (s.empty() ? "" : ", ") + std::string(name_of(t));
  return s;
}

const char* scalar_kind_name(Kind k) {
  switch (k) {
    case Kind::Bool: return "bool";
    case Kind::Float: return "float";
    case Kind::Complex: return "complex";
    default: return "int";
  }
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
DType fit_to_device(DType t, const Device& d) {
  if (d->info().fp64) return t;
  if (t == DType::Float64) return DType::Float32;
  if (t == DType::Complex128) return DType::Complex64;
  return t;
}

}  // namespace

DType resolve_loop(OpId id, const std::vector<Operand>& args, const Device& device) {
  const ElementwiseOp& op = op_info(id);
  const bool cond_first = op.flags & kCondFirst;
  const size_t first = cond_first ? 1 : 0;
  bool fp64 = device->info().fp64;

  // Promotion among the arrays decides how weak scalars behave.
  bool have_array = false;
  DType arrays = DType::Bool;
  for (size_t k = first; k < args.size(); ++k)
    if (args[k].array) {
      arrays = have_array ? promote_types(arrays, args[k].array->dtype) : args[k].array->dtype;
      have_array = true;
    }
  std::vector<DType> in;
  for (size_t k = first; k < args.size(); ++k) {
    if (args[k].array) {
      in.push_back(args[k].array->dtype);
      continue;
    }
    const Scalar& s = args[k].scalar;
    Kind sk = s.kind == Kind::Unsigned ? Kind::Signed : s.kind;
    DType t;
    if (have_array) {
      t = promote_with_weak_scalar(arrays, sk, fp64);
    } else {
      t = sk == Kind::Bool ? DType::Bool : sk == Kind::Signed ? DType::Int64
          : sk == Kind::Float ? (fp64 ? DType::Float64 : DType::Float32)
                              : (fp64 ? DType::Complex128 : DType::Complex64);
    }
    if (!s.fits(t)) {
      // Comparisons with an out-of-range Python int compare exactly (as NumPy 2 does)
      if (op.out_rule == OutRule::Bool && is_integral(t)) t = DType::Float64;
      else throw std::overflow_error(std::string("[") + op.name + "] Python integer " +
                                     scalar_str(s) + " out of bounds for " + name_of(t));
    }
    in.push_back(t);
  }

  if (op.flags & kTrueDivide) {
    bool all_int = true;
    for (DType t : in) all_int &= !is_inexact(t);
    if (all_int) return fp64 ? DType::Float64 : DType::Float32;
  }
  for (DType cand : kLoopOrder) {
    if (!(op.types & tbit(cand))) continue;
    bool ok = true;
    for (DType t : in) ok &= can_cast_safely(t, cand);
    if (ok) return fit_to_device(cand, device);
  }
  (void)scalar_kind_name;
  throw TypeError(std::string("[") + op.name + "] not supported for input dtype" +
                  (in.size() > 1 ? "s (" : " (") + dtype_list(in) + ")");
}

Array apply(OpId id, const std::vector<Operand>& args, const Array* out) {
  const ElementwiseOp& op = op_info(id);
  if (static_cast<int>(args.size()) != op.nin)
    throw std::invalid_argument(std::string("[") + op.name + "] takes " + std::to_string(op.nin) +
                                " arguments, got " + std::to_string(args.size()));

  // Compute follows data: every array operand (and out) on one queue.
  const Array* first = nullptr;
  for (const Operand& a : args)
    if (a.array) {
      if (!first) first = a.array;
      else common_queue({first, a.array}, op.name);
    }
  if (!first) throw TypeError(std::string("[") + op.name + "] needs at least one array argument");
  if (out) common_queue({first, out}, op.name);
  const Queue& q = first->queue;
  const Device& dev = q->device();

  DType loop = resolve_loop(id, args, dev);
  DType res = out_dtype(op, loop);

  std::vector<const Shape*> shapes;
  static const Shape scalar_shape;
  for (const Operand& a : args) shapes.push_back(a.array ? &a.array->shape : &scalar_shape);
  Shape shape = broadcast_shapes(shapes, op.name);

  UsmType usm = UsmType::Host;
  for (const Operand& a : args)
    if (a.array) usm = combine_usm(usm, a.array->usm_type());

  if (out) {
    if (out->shape != shape)
      throw std::invalid_argument(std::string("[") + op.name + "] output of shape " +
                                  shape_str(shape) + " does not fit the target of shape " +
                                  shape_str(out->shape));
    // Same-kind casting into the target, as NumPy's in-place operators.
    bool ok = can_cast_same_kind(res, out->dtype);
    if (!ok)
      throw TypeError(std::string("[") + op.name + "] cannot cast the result from " +
                      name_of(res) + " to " + name_of(out->dtype) +
                      " with casting rule 'same_kind'");
  }

  std::vector<Array> ins;
  for (size_t k = 0; k < args.size(); ++k) {
    DType want = ((op.flags & kCondFirst) && k == 0) ? DType::Bool : loop;
    if (args[k].array) {
      const Array& a = *args[k].array;
      ins.push_back(a.dtype == want ? a : astype(a, want, true));
    } else {
      ins.push_back(full({}, want, args[k].scalar, q, usm));
    }
  }
  OpExecutor& ex = dev->backend().ops();
  if (out && out->dtype == res) {
    ex.elementwise(q, id, loop, ins, *out);
    return *out;
  }
  Array result = empty(shape, res, q, usm);
  ex.elementwise(q, id, loop, ins, result);
  if (out) {
    assign(*out, result, op.name);
    return *out;
  }
  return result;
}

}  // namespace dp
