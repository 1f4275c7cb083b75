// dparray.ufunc: NumPy's ufunc object over one catalogue op (attributes, __call__ with out= /
// where= / dtype= / casting= / order=, reduce, accumulate, reduceat, outer, at) and
// ndarray.__array_ufunc__, which maps a NumPy ufunc to the dparray ufunc of the same name.
// __call__ is the type's tp_call slot: a call costs no more than the plain function did.
#include <nanobind/eval.h>
#include <nanobind/stl/string.h>

#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/array/astype_layout.h"
#include "dparray/ops/elementwise_args.h"
#include "dparray/ops/ufunc.h"
#include "dparray/runtime/errors.h"
#include "init.h"
#include "ufunc.h"

using namespace dp;

namespace dpy {
namespace {

struct Ufunc {
  OpId id;
  vectorcallfunc vectorcall = nullptr;  // at the type's tp_vectorcall_offset (make_ufunc)
};

nb::handle ufunc_type;
constexpr const char* kClassDoc =
    "A NumPy-style universal function over one elementwise op of dparray's catalogue (host and "
    "OpenCL from one definition).";

const Ufunc& ufunc_of(nb::handle h) { return *nb::inst_ptr<Ufunc>(h); }

// ---- attributes -------------------------------------------------------------------------

constexpr DType kOrder[] = {DType::Bool,      DType::Int8,      DType::UInt8,   DType::Int16,
                            DType::UInt16,    DType::Int32,     DType::UInt32,  DType::Int64,
                            DType::UInt64,    DType::Float16,   DType::Float32, DType::Float64,
                            DType::Complex64, DType::Complex128};

char type_char(DType t) {
  switch (t) {
    case DType::Bool: return '?';
    case DType::Int8: return 'b';
    case DType::UInt8: return 'B';
    case DType::Int16: return 'h';
    case DType::UInt16: return 'H';
    case DType::Int32: return 'i';
    case DType::UInt32: return 'I';
    case DType::Int64: return 'l';
    case DType::UInt64: return 'L';
    case DType::Float16: return 'e';
    case DType::Float32: return 'f';
    case DType::Float64: return 'd';
    case DType::Complex64: return 'F';
    default: return 'D';
  }
}

// NumPy-style loop strings ('ff->f') from the catalogue's type mask and output rule.
std::vector<std::string> types_of(OpId id) {
  const ElementwiseOp& op = op_info(id);
  std::vector<std::string> r;
  for (DType t : kOrder) {
    if (!(op.types & tbit(t))) continue;
    if (op.flags & kIntSecond) {  // ldexp: an int32 or int64 exponent, as NumPy lists
      for (char e : {'i', 'l'})
        r.push_back(std::string{type_char(t), e} + "->" + type_char(out_dtype(op, t)));
      continue;
    }
    std::string s;
    for (int k = 0; k < op.nin; ++k) s += (k == 0 && (op.flags & kCondFirst)) ? '?' : type_char(t);
    s += "->";
    s += type_char(out_dtype(op, t));
    r.push_back(s);
  }
  return r;
}

std::string params_of(const ElementwiseOp& op) {
  if (op.nin == 1) return "x";
  if (op.nin == 2) return "x1, x2";
  if (op.flags & kCondFirst) return "condition, x1, x2";
  std::string s;
  for (int k = 0; k < op.nin; ++k) s += (k ? ", x" : "x") + std::to_string(k + 1);
  return s;
}

std::string doc_of(const ElementwiseOp& op) {
  return std::string(op.name) + "(" + params_of(op) +
         ", /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, "
         "subok=True)\n\nElementwise " +
         op.name +
         " as a NumPy ufunc: broadcasting, NumPy 2 type promotion with weak Python scalars, "
         "compute follows data. Methods: reduce, accumulate, reduceat, outer, at.";
}

// ---- argument helpers -------------------------------------------------------------------

enum class Casting { No, Equiv, Safe, SameKind, Unsafe };

Casting casting_arg(nb::handle h) {
  if (PyUnicode_Check(h.ptr())) {
    const char* s = PyUnicode_AsUTF8(h.ptr());
    if (!strcmp(s, "same_kind")) return Casting::SameKind;
    if (!strcmp(s, "unsafe")) return Casting::Unsafe;
    if (!strcmp(s, "safe")) return Casting::Safe;
    if (!strcmp(s, "no")) return Casting::No;
    if (!strcmp(s, "equiv")) return Casting::Equiv;
  }
  throw std::invalid_argument(
      "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got " + repr_of(h) +
      ")");
}

const char* casting_name(Casting c) {
  switch (c) {
    case Casting::No: return "no";
    case Casting::Equiv: return "equiv";
    case Casting::Safe: return "safe";
    case Casting::SameKind: return "same_kind";
    default: return "unsafe";
  }
}

bool can_cast_rule(DType from, DType to, Casting c) {
  switch (c) {
    case Casting::No:
    case Casting::Equiv: return from == to;
    case Casting::Safe: return can_cast_safely(from, to);
    case Casting::SameKind: return can_cast_same_kind(from, to);
    default: return true;
  }
}

char order_arg(nb::handle h) {
  if (h.is_none()) return 'K';
  if (PyUnicode_Check(h.ptr())) {
    const char* s = PyUnicode_AsUTF8(h.ptr());
    if (s[0] && !s[1] && strchr("KCFAkcfa", s[0])) return static_cast<char>(toupper(s[0]));
  }
  throw std::invalid_argument("order must be one of 'C', 'F', 'A', or 'K' (got " + repr_of(h) +
                              ")");
}

// "add.reduce" from the message prefix "[add.reduce] ".
std::string bare(const std::string& p) { return p.substr(1, p.size() - 3); }

// out=: None, an array, or a tuple of one entry (NumPy's __array_ufunc__ always passes a tuple).
nb::handle out_arg(nb::handle h, const std::string& p) {
  if (h.is_none()) return h;
  if (PyTuple_Check(h.ptr())) {
    if (PyTuple_GET_SIZE(h.ptr()) != 1)
      throw std::invalid_argument(p +
                                  "The 'out' tuple must have exactly one entry per ufunc output");
    h = PyTuple_GET_ITEM(h.ptr(), 0);
    if (h.is_none()) return h;
  }
  if (!is_array(h))
    throw dp::TypeError(p + "out must be a dparray.ndarray, not " + type_name_of(h) +
                        "; make one on the inputs' device (dparray.empty(..., device=...))");
  return h;
}

// A where= mask: nullopt for True / None; a bool array otherwise (False: everything masked).
std::optional<Array> mask_arg(nb::handle h, const Shape& shape, const Queue& q,
                              const std::string& p) {
  if (h.is_none() || h.ptr() == Py_True) return std::nullopt;
  if (h.ptr() == Py_False)
    return full(shape, DType::Bool, Scalar::from_bool(false), q, UsmType::Device);
  if (!is_array(h)) {
    operand_arg(h, bare(p).c_str());
    throw dp::TypeError(p + "where must be a bool dparray.ndarray or a Python bool, not " +
                        type_name_of(h));
  }
  const Array& m = array_ref(h);
  if (m.dtype != DType::Bool)
    throw dp::TypeError(p + "where must be a boolean array, not " + name_of(m.dtype) +
                        " (cannot cast with casting rule 'safe')");
  return m;
}

// Writes r into out (shape equal, cast allowed by `casting`); returns out.
nb::object finish(const Array& r, nb::handle out, const std::string& p,
                  Casting c = Casting::SameKind) {
  if (out.is_none()) return wrap(r);
  const Array& o = array_ref(out);
  common_queue({&r, &o}, bare(p).c_str());
  if (o.shape != r.shape)
    throw std::invalid_argument(p + "out has shape " + shape_str(o.shape) +
                                ", the result has shape " + shape_str(r.shape));
  if (!can_cast_rule(r.dtype, o.dtype, c))
    throw dp::TypeError(p + "Cannot cast ufunc output from " + name_of(r.dtype) + " to " +
                        name_of(o.dtype) + " with casting rule '" + casting_name(c) + "'");
  assign(o, r, bare(p).c_str());
  return nb::borrow(out);
}

const Array& array_in(nb::handle h, const std::string& p) {
  if (is_array(h)) return array_ref(h);
  operand_arg(h,
              bare(p).c_str());  // NumPy arrays, foreign objects: TypeError saying how to move them
  throw dp::TypeError(p + "expected a dparray.ndarray, got " + type_name_of(h) +
                      "; create one with dparray.asarray(x, device=...)");
}

Axes axes_of(nb::handle h, const std::string& p) {
  if (h.is_none()) return std::nullopt;
  const bool index = PyIndex_Check(h.ptr()) && !PyBool_Check(h.ptr());
  if (!index && !PyTuple_Check(h.ptr()) && !PyList_Check(h.ptr()))
    throw dp::TypeError(p + "axis must be None, an int or a tuple of ints, got " + type_name_of(h));
  return int_list_arg(h, bare(p).c_str(), "axis");
}

// dparray.AxisError (a ValueError and an IndexError) for an axis outside [-ndim, ndim).
void check_axes(const Axes& axes, int ndim, const std::string& p) {
  if (!axes) return;
  for (int64_t a : *axes) dp::normalize_axis(a, ndim, bare(p).c_str());
}

// An int64 index array on q from an int, a sequence, a NumPy array or a dparray array.
Array index_array(nb::handle h, const Queue& q, UsmType usm, const std::string& p) {
  Array a;
  if (is_array(h)) {
    a = array_ref(h);
    common_queue({&a}, bare(p).c_str());
    if (a.queue != q)
      throw ExecutionPlacementError(p + "the indices are on " + queue_str(a.queue) +
                                    ", the array on " + queue_str(q));
  } else {
    a = array_from_object(h, std::nullopt, q, usm);
  }
  if (a.size() == 0) return astype(a, DType::Int64, false);
  if (!is_integral(a.dtype))
    throw IndexError(p + "arrays used as indices must be of integer type, not " + name_of(a.dtype));
  return a.dtype == DType::Int64 ? a : astype(a, DType::Int64, true);
}

Array flat_view(const Array& a) {
  bool ok = false;
  Array r = reshape_view(a, {a.size()}, &ok);
  return ok ? r : reshape_view(ascontiguous(a), {a.size()}, &ok);
}

std::string prefix(const Ufunc& u, const char* method) {
  return std::string("[") + op_info(u.id).name + (method ? std::string(".") + method : "") + "] ";
}

// ---- __call__ ---------------------------------------------------------------------------

nb::object call(const Ufunc& u, PyObject* const* args, Py_ssize_t nargs, PyObject* kw) {
  const ElementwiseOp& op = op_info(u.id);
  const char* name = op.name;
  if (nargs < op.nin || nargs > op.nin + 1)
    throw dp::TypeError(std::string("[") + name + "] takes from " + std::to_string(op.nin) +
                        " to " + std::to_string(op.nin + 1) + " positional arguments but " +
                        std::to_string(nargs) + " were given");
  // The plain call: operands on the stack, straight to apply.
  if (nargs == op.nin && (!kw || PyDict_GET_SIZE(kw) == 0) && op.nin <= 3) {
    Operand in[3];
    for (int k = 0; k < op.nin; ++k) in[k] = operand_arg(args[k], name);
    return wrap(dp::apply(u.id, in, op.nin));
  }
  std::vector<Operand> ops;
  ops.reserve(op.nin);
  for (int k = 0; k < op.nin; ++k) ops.push_back(operand_arg(args[k], name));

  const std::string p = std::string("[") + name + "] ";
  nb::handle out = nargs > op.nin ? nb::handle(args[op.nin]) : nb::none();
  nb::handle where = nb::none(), dtype_h = nb::none(), order_h = nb::none();
  Casting casting = Casting::SameKind;
  if (kw) {
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(kw, &pos, &key, &value)) {
      const char* k = PyUnicode_AsUTF8(key);
      if (!strcmp(k, "out")) {
        if (nargs > op.nin)
          throw dp::TypeError(p + "cannot specify 'out' as both a positional and keyword argument");
        out = value;
      } else if (!strcmp(k, "where")) {
        where = value;
      } else if (!strcmp(k, "dtype")) {
        dtype_h = value;
      } else if (!strcmp(k, "casting")) {
        casting = casting_arg(value);
      } else if (!strcmp(k, "order")) {
        order_h = value;
      } else if (!strcmp(k, "subok")) {
      } else if (!strcmp(k, "signature")) {
        if (value != Py_None)
          throw dp::TypeError(p + "signature= is not supported; use dtype= to pick the loop");
      } else {
        throw dp::TypeError(std::string(name) + "() got an unexpected keyword argument '" + k +
                            "'");
      }
    }
  }
  out = out_arg(out, p);
  const char order = order_arg(order_h);
  const std::optional<DType> dtype = dtype_arg(dtype_h, name);
  const Array* first = nullptr;
  for (const Operand& o : ops)
    if (o.array && !first) first = o.array;
  if (!first) throw dp::TypeError(p + "needs at least one dparray.ndarray argument");

  // dtype=: the loop computes in dtype; array inputs are cast to it under `casting`.
  std::vector<Array> cast;
  cast.reserve(ops.size());
  const DType loop = dtype ? *dtype : resolve_loop(u.id, ops, first->device());
  for (size_t k = 0; k < ops.size(); ++k) {
    Operand& o = ops[k];
    const bool cond = k == 0 && (op.flags & kCondFirst);
    if (cond) continue;
    const DType have = o.array ? o.array->dtype : o.typed ? o.dtype : loop;
    if (!can_cast_rule(have, loop, casting))
      throw dp::TypeError(p + "Cannot cast ufunc '" + name + "' input " + std::to_string(k) +
                          " from " + name_of(have) + " to " + name_of(loop) +
                          " with casting rule '" + casting_name(casting) + "'");
    if (dtype && o.array && o.array->dtype != loop) {
      cast.push_back(astype(*o.array, loop, true));
      o = Operand::of(cast.back());
    } else if (dtype && o.typed) {
      o.dtype = loop;
    }
  }
  const Array* out_a = out.is_none() ? nullptr : &array_ref(out);
  std::optional<Array> mask = mask_arg(where, out_a ? out_a->shape : Shape{}, first->queue, p);
  if (!mask && out_a && casting == Casting::SameKind) {
    dp::apply(u.id, ops, out_a);
    return nb::borrow(out);
  }
  Array r = dp::apply(u.id, ops);
  if (dtype && op.out_rule == OutRule::Same && r.dtype != *dtype) r = astype(r, *dtype, false);
  if (!out_a && !mask) {
    if (order == 'F' && r.ndim() > 1) return astype_arg(wrap(r), dtype_object(r.dtype), true, "F");
    return wrap(r);
  }
  Array target;
  if (out_a) {
    common_queue({&r, out_a}, name);
    if (!can_cast_rule(r.dtype, out_a->dtype, casting))
      throw dp::TypeError(p + "Cannot cast ufunc '" + name + "' output from " + name_of(r.dtype) +
                          " to " + name_of(out_a->dtype) + " with casting rule '" +
                          casting_name(casting) + "'");
    target = *out_a;
  } else {
    target = empty(r.shape, r.dtype, r.queue, r.usm_type(), name);
  }
  Array rv = broadcast_view(r.dtype == target.dtype ? r : astype(r, target.dtype, false),
                            target.shape, name);
  if (mask) {
    common_queue({&target, &*mask}, name);
    dp::apply(OpId::where, {Operand::of(*mask), Operand::of(rv), Operand::of(target)}, &target);
  } else {
    assign(target, rv, name);
  }
  return out_a ? nb::borrow(out) : wrap(target);
}

// Raw slot: C++ exceptions become Python ones through a nanobind function that rethrows them.
thread_local std::exception_ptr pending_error;
PyObject* rethrower = nullptr;  // lives as long as the process

PyObject* raise_pending() {
  PyObject* r = PyObject_CallNoArgs(rethrower);
  Py_XDECREF(r);
  pending_error = nullptr;
  return nullptr;
}

PyObject* ufunc_tp_call(PyObject* self, PyObject* args, PyObject* kw) {
  try {
    return call(ufunc_of(self), &PyTuple_GET_ITEM(args, 0), PyTuple_GET_SIZE(args), kw)
        .release()
        .ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    pending_error = std::current_exception();
    return raise_pending();
  }
}

// The vectorcall protocol: dp.add(a, b) passes its arguments without building a tuple.
PyObject* ufunc_vectorcall(PyObject* self, PyObject* const* args, size_t nargsf,
                           PyObject* kwnames) {
  try {
    const Py_ssize_t n = PyVectorcall_NARGS(nargsf);
    nb::object kw;
    if (kwnames && PyTuple_GET_SIZE(kwnames) > 0) {  // keywords: the rare path, as a dict
      kw = nb::steal(PyDict_New());
      for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); ++i)
        if (PyDict_SetItem(kw.ptr(), PyTuple_GET_ITEM(kwnames, i), args[n + i]) < 0)
          throw nb::python_error();
    }
    return call(ufunc_of(self), args, n, kw.ptr()).release().ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    pending_error = std::current_exception();
    return raise_pending();
  }
}

PyType_Slot ufunc_slots[] = {{Py_tp_call, (void*)ufunc_tp_call}, {0, nullptr}};

// ---- methods ----------------------------------------------------------------------------

nb::object reduce_py(nb::handle self, nb::handle x, nb::handle axis, nb::handle dtype,
                     nb::handle out, bool keepdims, nb::handle initial, nb::handle where) {
  const Ufunc& u = ufunc_of(self);
  const std::string p = prefix(u, "reduce");
  const Array& a = array_in(x, p);
  out = out_arg(out, p);
  ReduceOptions o;
  o.axis = axes_of(axis, p);
  check_axes(o.axis, a.ndim(), p);
  o.dtype = dtype_arg(dtype, bare(p).c_str());
  o.keepdims = keepdims;
  if (!initial.is_none()) {
    Scalar s;
    if (!scalar_arg(initial, s, nullptr, bare(p).c_str()))
      throw dp::TypeError(p + "initial must be a Python or NumPy scalar, not " +
                          type_name_of(initial));
    o.initial = s;
  }
  std::optional<Array> m = mask_arg(where, a.shape, a.queue, p);
  if (m) o.where = &*m;
  return finish(ufunc_reduce(u.id, a, o), out, p);
}

nb::object accumulate_py(nb::handle self, nb::handle x, nb::handle axis, nb::handle dtype,
                         nb::handle out) {
  const Ufunc& u = ufunc_of(self);
  const std::string p = prefix(u, "accumulate");
  const Array& a = array_in(x, p);
  out = out_arg(out, p);
  const int64_t ax = axis.is_none() ? 0 : int_arg(axis, bare(p).c_str(), "axis");
  if (a.ndim() > 0) check_axes(std::vector<int64_t>{ax}, a.ndim(), p);
  return finish(ufunc_accumulate(u.id, a, ax, dtype_arg(dtype, bare(p).c_str())), out, p);
}

nb::object reduceat_py(nb::handle self, nb::handle x, nb::handle indices, nb::handle axis,
                       nb::handle dtype, nb::handle out) {
  const Ufunc& u = ufunc_of(self);
  const std::string p = prefix(u, "reduceat");
  const Array& a = array_in(x, p);
  out = out_arg(out, p);
  const int64_t ax = int_arg(axis, bare(p).c_str(), "axis");
  if (a.ndim() > 0) check_axes(std::vector<int64_t>{ax}, a.ndim(), p);
  std::vector<int64_t> idx;
  Array ia = flat_view(index_array(indices, a.queue, a.usm_type(), p));
  idx.resize(ia.size());
  if (!idx.empty()) to_host(ascontiguous(ia), idx.data());
  return finish(ufunc_reduceat(u.id, a, idx, ax, dtype_arg(dtype, bare(p).c_str())), out, p);
}

// outer takes __call__'s keywords (out=, where=, dtype=, casting=, order=). As NumPy's, it
// makes arrays of its operands first: a Python scalar is a 0-d array (int64, float64, ...),
// not a weak scalar.
nb::object outer_py(nb::handle self, nb::handle A, nb::handle B, nb::kwargs kwargs) {
  const Ufunc& u = ufunc_of(self);
  const std::string p = prefix(u, "outer");
  outer_view(u.id, Array{}, 0);  // the arity check
  operand_arg(A, bare(p).c_str());
  operand_arg(B, bare(p).c_str());
  nb::object a = nb::borrow(A), b = nb::borrow(B);
  const Array* like = is_array(A) ? &array_ref(A) : is_array(B) ? &array_ref(B) : nullptr;
  if (!like) throw dp::TypeError(p + "needs at least one dparray.ndarray argument");
  if (!is_array(A)) a = wrap(array_from_object(A, std::nullopt, like->queue, like->usm_type()));
  if (!is_array(B)) b = wrap(array_from_object(B, std::nullopt, like->queue, like->usm_type()));
  a = wrap(outer_view(u.id, array_ref(a), array_ref(b).ndim()));
  PyObject* args[2] = {a.ptr(), b.ptr()};
  return call(u, args, 2, PyDict_GET_SIZE(kwargs.ptr()) ? kwargs.ptr() : nullptr);
}

nb::object at_py(nb::handle self, nb::handle x, nb::handle indices, nb::handle b) {
  const Ufunc& u = ufunc_of(self);
  const std::string p = prefix(u, "at");
  if (!is_array(x))
    throw dp::TypeError(p + "first operand must be a dparray.ndarray, not " + type_name_of(x));
  const Array& a = array_ref(x);
  // Index arrays broadcast together, then flattened; b broadcasts to a[indices].
  std::vector<nb::handle> parts;
  if (PyTuple_Check(indices.ptr()))
    for (nb::handle h : nb::borrow<nb::tuple>(indices)) parts.push_back(h);
  else
    parts.push_back(indices);
  std::vector<Array> ix;
  for (nb::handle h : parts) {
    if (PySlice_Check(h.ptr()) || h.ptr() == Py_Ellipsis || h.is_none())
      throw dp::TypeError(p + "only integer indices and integer index arrays are supported, not " +
                          type_name_of(h));
    ix.push_back(index_array(h, a.queue, a.usm_type(), p));
  }
  std::vector<const Shape*> shapes;
  for (const Array& i : ix) shapes.push_back(&i.shape);
  const Shape ishape = broadcast_shapes(shapes, bare(p).c_str());
  for (Array& i : ix) i = flat_view(ascontiguous(broadcast_view(i, ishape, bare(p).c_str())));
  if (b.is_none()) {
    ufunc_at(u.id, a, ix, nullptr);
    return nb::none();
  }
  Operand ob = operand_arg(b, bare(p).c_str());
  Array bv;
  if (ob.array && static_cast<int>(ix.size()) <= a.ndim()) {
    Shape target = ishape;
    target.insert(target.end(), a.shape.begin() + ix.size(), a.shape.end());
    bv = broadcast_view(*ob.array, target, bare(p).c_str());
    Shape flat{shape_size(ishape)};
    flat.insert(flat.end(), a.shape.begin() + ix.size(), a.shape.end());
    bool ok = false;
    Array r = reshape_view(bv, flat, &ok);
    bv = ok ? r : reshape_view(ascontiguous(bv), flat, &ok);
    ob = Operand::of(bv);
  }
  ufunc_at(u.id, a, ix, &ob);
  return nb::none();
}

// ---- __array_ufunc__ --------------------------------------------------------------------

// NumPy ufunc -> the dparray ufunc (or function) of the same name; None when dparray has none.
std::unordered_map<PyObject*, PyObject*>& ufunc_cache() {
  static auto* m = new std::unordered_map<PyObject*, PyObject*>();
  return *m;
}

PyObject* lookup(nb::handle np_ufunc) {
  auto& cache = ufunc_cache();
  auto it = cache.find(np_ufunc.ptr());
  if (it != cache.end()) return it->second;
  nb::object name = nb::getattr(np_ufunc, "__name__", nb::none());
  nb::object found = nb::none();
  if (nb::isinstance<nb::str>(name)) {
    nb::object mod = nb::module_::import_("dparray");
    found = nb::getattr(mod, name, nb::none());
    if (!found.is_none() && !PyCallable_Check(found.ptr())) found = nb::none();
  }
  PyObject* v = found.release().ptr();
  cache.emplace(nb::borrow(np_ufunc).release().ptr(), v);
  return v;
}

nb::object array_ufunc(PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {
  if (nargs < 2)
    throw dp::TypeError("[__array_ufunc__] expected (ufunc, method, *inputs, **kwargs)");
  PyObject* target = lookup(args[0]);
  if (target == Py_None) return nb::borrow(Py_NotImplemented);
  const char* m = PyUnicode_AsUTF8(args[1]);
  if (!m) throw nb::python_error();
  const bool is_ufunc = Py_TYPE(target) == reinterpret_cast<PyTypeObject*>(ufunc_type.ptr());
  const Py_ssize_t nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  nb::object kw;
  if (nk) {
    kw = nb::steal(PyDict_New());
    for (Py_ssize_t i = 0; i < nk; ++i)
      PyDict_SetItem(kw.ptr(), PyTuple_GET_ITEM(kwnames, i), args[nargs + i]);
  }
  if (!strcmp(m, "__call__") && is_ufunc)
    return call(ufunc_of(target), args + 2, nargs - 2, kw.ptr());
  PyObject* fn = nullptr;
  if (!strcmp(m, "__call__")) {
    fn = Py_NewRef(target);
  } else if (is_ufunc) {
    fn = PyObject_GetAttr(target, args[1]);
    if (!fn) PyErr_Clear();
  }
  if (!fn) return nb::borrow(Py_NotImplemented);
  nb::object f = nb::steal(fn);
  nb::object inputs = nb::steal(PyTuple_New(nargs - 2));
  for (Py_ssize_t i = 2; i < nargs; ++i) PyTuple_SET_ITEM(inputs.ptr(), i - 2, Py_NewRef(args[i]));
  PyObject* r = PyObject_Call(fn, inputs.ptr(), kw.ptr());
  if (!r) throw nb::python_error();
  return nb::steal(r);
}

// ndarray.__array_ufunc__ as a METH_FASTCALL method: no argument tuple or dict per call.
PyObject* array_ufunc_fast(PyObject*, PyObject* const* args, Py_ssize_t nargsf, PyObject* kwnames) {
  try {
    return array_ufunc(args, PyVectorcall_NARGS(nargsf), kwnames).release().ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    pending_error = std::current_exception();
    return raise_pending();
  }
}

PyMethodDef array_ufunc_def = {
    "__array_ufunc__",
    reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(array_ufunc_fast)),
    METH_FASTCALL | METH_KEYWORDS,
    "__array_ufunc__($self, ufunc, method, /, *inputs, **kwargs)\n--\n\n"
    "NumPy's ufunc protocol: runs dparray's ufunc of the same name (NotImplemented when dparray "
    "has none)."};

// A property stored straight in the type's dict (type.__setattr__ refuses __name__ and friends).
void raw_property(nb::handle cls, const char* name, nb::object getter) {
  nb::object prop = nb::module_::import_("builtins").attr("property")(getter);
  PyDict_SetItemString(reinterpret_cast<PyTypeObject*>(cls.ptr())->tp_dict, name, prop.ptr());
  PyType_Modified(reinterpret_cast<PyTypeObject*>(cls.ptr()));
}

}  // namespace

PyObject* raise_current_exception() {
  pending_error = std::current_exception();
  return raise_pending();
}

void register_ufunc_type(nb::module_& m) {
  rethrower = nb::cpp_function([]() {
                if (pending_error) std::rethrow_exception(pending_error);
              })
                  .release()
                  .ptr();
  auto none = [](const char* n) { return nb::arg(n) = nb::none(); };
  nb::class_<Ufunc> cls(m, "ufunc", nb::type_slots(ufunc_slots), kClassDoc);
  ufunc_type = cls;
  cls.def_prop_ro("nin", [](const Ufunc& u) { return op_info(u.id).nin; })
      .def_prop_ro("nout", [](const Ufunc&) { return 1; })
      .def_prop_ro("nargs", [](const Ufunc& u) { return op_info(u.id).nin + 1; })
      .def_prop_ro("ntypes", [](const Ufunc& u) { return types_of(u.id).size(); })
      .def_prop_ro("types",
                   [](const Ufunc& u) {
                     nb::list l;
                     for (const std::string& s : types_of(u.id)) l.append(nb::str(s.c_str()));
                     return l;
                   })
      .def_prop_ro("identity",
                   [](const Ufunc& u) -> nb::object {
                     std::optional<Scalar> s = ufunc_identity(u.id);
                     if (!s) return nb::none();
                     switch (s->kind) {
                       case Kind::Bool: return nb::bool_(s->b);
                       case Kind::Signed: return nb::int_(s->i);
                       default: return nb::float_(s->as_double());
                     }
                   })
      .def_prop_ro("signature", [](const Ufunc&) { return nb::none(); })
      .def("__repr__",
           [](const Ufunc& u) { return std::string("<ufunc '") + op_info(u.id).name + "'>"; })
      // Pickled by reference, as NumPy's ufuncs: dparray._core.<name> again.
      .def("__reduce__", [](const Ufunc& u) { return std::string(op_info(u.id).name); })
      .def("reduce", &reduce_py, nb::arg("array"), nb::arg("axis").none() = 0, none("dtype"),
           none("out"), nb::arg("keepdims") = false, none("initial"),
           nb::arg("where").none() = true,
           "Reduces array's axis (None: all; a tuple for reorderable ops) by applying the ufunc "
           "along it; initial is folded in, where= masks elements out (NumPy semantics).")
      .def("accumulate", &accumulate_py, nb::arg("array"), nb::arg("axis").none() = 0,
           none("dtype"), none("out"), "The running results of the ufunc along axis (add: cumsum).")
      .def("reduceat", &reduceat_py, nb::arg("array"), nb::arg("indices"),
           nb::arg("axis").none() = 0, none("dtype"), none("out"),
           "Reductions over the slices [indices[i], indices[i+1]) along axis (NumPy's rules).")
      .def("outer", &outer_py, nb::arg("A"), nb::arg("B"), nb::arg("kwargs"),
           "op(a, b) for every pair: the result has shape A.shape + B.shape.")
      .def("at", &at_py, nb::arg("a"), nb::arg("indices"), none("b"),
           "Unbuffered in-place a[indices] = op(a[indices], b): repeated indices accumulate.");
  nb::object fn =
      nb::cpp_function([](nb::handle self) { return nb::str(op_info(ufunc_of(self).id).name); });
  raw_property(cls, "__name__", fn);
  raw_property(cls, "__qualname__", fn);
  // __doc__: the op's text on an instance, the class's own on dparray.ufunc (type.__doc__
  // calls the descriptor with no instance; a property would return itself there).
  nb::dict g;
  nb::exec(
      "class InstanceDoc:\n"
      "    def __init__(self, doc, fget):\n"
      "        self.doc, self.fget = doc, fget\n"
      "    def __get__(self, obj, tp=None):\n"
      "        if obj is None:\n"
      "            from dparray._docstrings import table\n"
      "            return table().get('ufunc', self.doc)\n"
      "        from dparray._docstrings import ufunc_doc\n"
      "        return ufunc_doc(obj, self.fget(obj))\n",
      g);
  nb::object doc_descr =
      g["InstanceDoc"](nb::str(kClassDoc), nb::cpp_function([](nb::handle self) {
                         return nb::str(doc_of(op_info(ufunc_of(self).id)).c_str());
                       }));
  PyDict_SetItemString(reinterpret_cast<PyTypeObject*>(cls.ptr())->tp_dict, "__doc__",
                       doc_descr.ptr());
  PyType_Modified(reinterpret_cast<PyTypeObject*>(cls.ptr()));
  raw_property(cls, "__signature__", nb::cpp_function([](nb::handle self) {
                 const ElementwiseOp& op = op_info(ufunc_of(self).id);
                 std::string text = std::string("def ") + op.name + "(" + params_of(op) +
                                    ", /, out=None, *, where=True, casting='same_kind', "
                                    "order='K', dtype=None, subok=True)";
                 return nb::module_::import_("dparray._signature").attr("from_text")(text);
               }));

  PyTypeObject* nd = reinterpret_cast<PyTypeObject*>(nb::type<Array>().ptr());
  nb::object descr = nb::steal(PyDescr_NewMethod(nd, &array_ufunc_def));
  if (!descr.is_valid()) throw nb::python_error();
  nb::setattr(nb::handle(reinterpret_cast<PyObject*>(nd)), "__array_ufunc__", descr);
}

nb::object make_ufunc(OpId id) {
  nb::object o = nb::cast(Ufunc{id, ufunc_vectorcall});
  // Every instance stores its C++ object at one offset: the first one tells the type where
  // the vectorcall pointer is, and enables the protocol.
  auto* type = reinterpret_cast<PyTypeObject*>(ufunc_type.ptr());
  const Py_ssize_t offset = reinterpret_cast<char*>(&nb::inst_ptr<Ufunc>(o)->vectorcall) -
                            reinterpret_cast<char*>(o.ptr());
  if (!(type->tp_flags & Py_TPFLAGS_HAVE_VECTORCALL)) {
    type->tp_vectorcall_offset = offset;
    type->tp_flags |= Py_TPFLAGS_HAVE_VECTORCALL;
  } else if (type->tp_vectorcall_offset != offset) {
    throw std::runtime_error("[ufunc] instances store their data at different offsets");
  }
  return o;
}

}  // namespace dpy
