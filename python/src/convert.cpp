#include "convert.h"

#include <nanobind/ndarray.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>

#include "convert_scalars.h"
#include "dparray/array/astype_layout.h"
#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"
#include "gil.h"

namespace dpy {

using namespace dp;

namespace {
nb::object* dtype_objects[kNumDTypes] = {};

bool type_is(nb::handle h, PyTypeObject* t) { return h.ptr() == reinterpret_cast<PyObject*>(t); }

std::string py_type_name(nb::handle h) {
  return nb::borrow<nb::str>(nb::type_name(h.type())).c_str();
}
}  // namespace

nb::object dtype_object(DType t) {
  nb::object*& slot = dtype_objects[static_cast<int>(t)];
  if (!slot) slot = new nb::object(nb::cast(PyDType{t}));  // kept for the process lifetime
  return *slot;
}

std::optional<DType> dtype_arg(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  if (nb::isinstance<PyDType>(h)) return nb::cast<PyDType>(h).t;
  if (nb::isinstance<nb::str>(h)) {
    const std::string name = nb::cast<std::string>(h);
    try {
      return dtype_from_string(name);
    } catch (const std::invalid_argument&) {
      // NumPy: TypeError: data type 'x' not understood; named after the calling op.
      throw TypeError(std::string("[") + op + "] data type " + repr_of(h) + " is not understood");
    }
  }
  if (type_is(h, &PyBool_Type)) return DType::Bool;
  if (type_is(h, &PyLong_Type)) return DType::Int64;
  if (type_is(h, &PyFloat_Type)) return DType::Float64;
  if (type_is(h, &PyComplex_Type)) return DType::Complex128;
  // NumPy dtypes carry .name; NumPy scalar types carry __name__.
  for (const char* attr : {"name", "__name__"}) {
    if (nb::hasattr(h, attr)) {
      nb::object n = h.attr(attr);
      if (nb::isinstance<nb::str>(n)) {
        std::string s = nb::cast<std::string>(n);
        if (s == "bool_") s = "bool";
        try {
          return dtype_from_string(s);
        } catch (const std::invalid_argument&) {
        }
      }
    }
  }
  throw TypeError(std::string("[") + op + "] data type " + nb::cast<std::string>(nb::repr(h)) +
                  " is not understood");
}

Device device_arg(nb::handle h, const char* op) {
  if (nb::isinstance<nb::str>(h)) return Registry::get().select(nb::cast<std::string>(h));
  if (nb::isinstance<DeviceImpl>(h)) return nb::cast<Device>(h);
  if (nb::isinstance<QueueImpl>(h)) return nb::cast<Queue>(h)->device();
  if (nb::isinstance<ArrayDevice>(h)) return nb::cast<ArrayDevice&>(h).queue->device();
  throw TypeError(std::string("[") + op +
                  "] device must be a filter string, Device or Queue, not " + py_type_name(h));
}

Queue queue_arg(nb::handle device, nb::handle sycl_queue, const char* op) {
  if (!sycl_queue.is_none()) {
    if (!nb::isinstance<QueueImpl>(sycl_queue))
      throw TypeError(std::string("[") + op + "] sycl_queue must be a Queue, not " +
                      py_type_name(sycl_queue));
    Queue q = nb::cast<Queue>(sycl_queue);
    if (!device.is_none() && device_arg(device, op) != q->device())
      throw std::invalid_argument(std::string("[") + op +
                                  "] device and sycl_queue name different devices");
    return q;
  }
  if (device.is_none()) {
    Registry& r = Registry::get();
    return r.default_queue(r.default_device());
  }
  if (nb::isinstance<QueueImpl>(device)) return nb::cast<Queue>(device);
  if (nb::isinstance<ArrayDevice>(device)) return nb::cast<ArrayDevice&>(device).queue;
  return Registry::get().default_queue(device_arg(device, op));
}

Placement placement_arg(nb::handle device, nb::handle usm_type, nb::handle sycl_queue,
                        nb::handle queue, const char* op) {
  if (!sycl_queue.is_none() && !queue.is_none())
    throw std::invalid_argument(std::string("[") + op + "] give sycl_queue= or queue=, not both");
  return {queue_arg(device, sycl_queue.is_none() ? queue : sycl_queue, op), usm_arg(usm_type)};
}

UsmType usm_arg(nb::handle h) {
  if (h.is_none()) return UsmType::Device;
  if (!nb::isinstance<nb::str>(h))
    throw TypeError("[usm_type] expected 'device', 'shared' or 'host', not " + py_type_name(h));
  return usm_type_from_string(nb::cast<std::string>(h));
}

namespace {
// numpy.generic once some code has imported NumPy (never imported from here).
PyTypeObject* numpy_generic() {
  static PyTypeObject* generic = nullptr;
  if (generic) return generic;
  nb::object name = nb::str("numpy");
  PyObject* np = PyImport_GetModule(name.ptr());
  if (!np) {
    PyErr_Clear();
    return nullptr;
  }
  nb::object mod = nb::steal(np);
  if (nb::hasattr(mod, "generic")) {
    nb::object g = mod.attr("generic");
    generic = reinterpret_cast<PyTypeObject*>(g.release().ptr());  // kept for the process
  }
  return generic;
}

// A Python int as a Scalar: int64 when it fits, else uint64; larger raises OverflowError.
bool int_scalar(nb::handle h, Scalar& out, const char* op) {
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(h.ptr(), &overflow);
  if (!overflow) {
    out = Scalar::from_int(v);
    return true;
  }
  if (overflow > 0) {
    unsigned long long u = PyLong_AsUnsignedLongLong(h.ptr());
    if (!PyErr_Occurred()) {
      out = Scalar::from_uint(u);
      return true;
    }
    PyErr_Clear();
  }
  throw std::overflow_error(std::string("[") + op + "] Python integer " + repr_of(h) +
                            " is out of bounds for every integer dtype");
}
}  // namespace

std::optional<DType> numpy_scalar_dtype(nb::handle h) {
  PyTypeObject* generic = numpy_generic();
  if (!generic || !PyObject_TypeCheck(h.ptr(), generic)) return std::nullopt;
  // One attribute lookup per NumPy scalar type, then a cached answer.
  static std::pair<PyTypeObject*, int> cache[32];
  static int cached = 0;
  PyTypeObject* tp = Py_TYPE(h.ptr());
  for (int i = 0; i < cached; ++i)
    if (cache[i].first == tp)
      return cache[i].second < 0 ? std::nullopt : std::optional<DType>(DType(cache[i].second));
  std::optional<DType> t;
  try {
    t = dtype_from_string(nb::cast<std::string>(h.attr("dtype").attr("name")));
  } catch (const std::exception&) {
    PyErr_Clear();
  }
  if (cached < 32) cache[cached++] = {tp, t ? static_cast<int>(*t) : -1};
  return t;
}

bool scalar_arg(nb::handle h, Scalar& out, std::optional<DType>* typed, const char* op) {
  PyObject* o = h.ptr();
  if (typed) typed->reset();
  if (PyBool_Check(o)) {
    out = Scalar::from_bool(o == Py_True);
    return true;
  }
  if (PyLong_CheckExact(o)) return int_scalar(h, out, op);
  if (PyFloat_CheckExact(o)) {
    out = Scalar::from_double(PyFloat_AS_DOUBLE(o));
    return true;
  }
  if (PyComplex_CheckExact(o)) {
    out = Scalar::from_complex({PyComplex_RealAsDouble(o), PyComplex_ImagAsDouble(o)});
    return true;
  }
  // NumPy scalars (numpy.float64 subclasses float, so test them before subclasses).
  if (std::optional<DType> t = numpy_scalar_dtype(h)) {
    if (!scalar_arg(h.attr("item")(), out, nullptr, op)) return false;
    if (typed) *typed = t;
    return true;
  }
  if (PyLong_Check(o)) return int_scalar(h, out, op);
  if (PyFloat_Check(o)) {
    out = Scalar::from_double(PyFloat_AsDouble(o));
    return true;
  }
  if (PyComplex_Check(o)) {
    out = Scalar::from_complex({PyComplex_RealAsDouble(o), PyComplex_ImagAsDouble(o)});
    return true;
  }
  return false;
}

namespace {
// dparray.ndarray's type object, looked up once: the per-call tests compare type pointers
// instead of asking nanobind's type registry each time.
PyTypeObject* array_type() {
  static PyTypeObject* t = reinterpret_cast<PyTypeObject*>(nb::type<Array>().ptr());
  return t;
}
}  // namespace

bool is_array(nb::handle h) {
  PyTypeObject* t = Py_TYPE(h.ptr());
  return t == array_type() || PyType_IsSubtype(t, array_type());
}

const Array& array_ref(nb::handle h) {
  if (Py_TYPE(h.ptr()) == array_type() && nb::inst_ready(h)) return *nb::inst_ptr<Array>(h);
  return nb::cast<const Array&>(h);  // subclasses; raises for anything else
}

Operand operand_arg(nb::handle h, const char* op) {
  if (is_array(h)) return Operand::of(array_ref(h));
  Scalar s;
  std::optional<DType> t;
  if (scalar_arg(h, s, &t, op)) return t ? Operand::of(s, *t) : Operand::of(s);
  std::string tn = py_type_name(h);
  if (tn == "ndarray" || tn == "numpy.ndarray")
    throw TypeError(std::string("[") + op +
                    "] a numpy.ndarray operand is not on any device; move it explicitly with "
                    "dparray.asarray(x, device=...) (or convert the result with dparray.asnumpy)");
  throw TypeError(std::string("[") + op + "] unsupported operand type " + tn +
                  "; expected dparray.ndarray or a Python scalar");
}

Shape shape_arg(nb::handle h, const char* op) {
  Shape s;
  PyObject* o = h.ptr();
  // An entry beyond int64 is ValueError as NumPy's ("maximum allowed dimension exceeded").
  auto dim = [&](nb::handle d) {
    try {
      return int_arg(d, op, "shape entry");
    } catch (const std::overflow_error&) {
      throw std::invalid_argument(std::string("[") + op + "] shape entry " + repr_of(d) +
                                  ": maximum allowed dimension exceeded");
    }
  };
  if (PyIndex_Check(o) && !PySequence_Check(o)) {
    s.push_back(dim(h));
  } else if (PySequence_Check(o) && !PyUnicode_Check(o) && !PyBytes_Check(o)) {
    for (nb::handle d : h) s.push_back(dim(d));
  } else {
    throw TypeError(std::string("[") + op + "] shape must be an int or a sequence of ints, not " +
                    py_type_name(h) + " (" + repr_of(h) + ")");
  }
  for (int64_t d : s)
    if (d < 0)
      throw std::invalid_argument(std::string("[") + op +
                                  "] negative dimensions are not allowed: " + shape_str(s));
  return s;
}

std::vector<int> axes_arg(nb::handle h, int ndim, const char* op) {
  std::vector<int> axes;
  if (h.is_none()) {
    for (int i = 0; i < ndim; ++i) axes.push_back(i);
    return axes;
  }
  for (int64_t a : int_list_arg(h, op, "axis")) axes.push_back(normalize_axis(a, ndim, op));
  std::sort(axes.begin(), axes.end());
  if (std::adjacent_find(axes.begin(), axes.end()) != axes.end())
    throw std::invalid_argument(std::string("[") + op + "] repeated axis in " + repr_of(h));
  return axes;
}

nb::tuple shape_tuple(const Shape& s) {
  PyObject* t = PyTuple_New(static_cast<Py_ssize_t>(s.size()));
  for (size_t i = 0; i < s.size(); ++i) PyTuple_SET_ITEM(t, i, PyLong_FromLongLong(s[i]));
  return nb::steal<nb::tuple>(t);
}

nb::object wrap(Array a) {
  // As nb::cast(std::move(a)), without the registry lookup: a new instance owning a.
  nb::object o = nb::inst_alloc(nb::handle(reinterpret_cast<PyObject*>(array_type())));
  new (nb::inst_ptr<Array>(o)) Array(std::move(a));
  nb::inst_mark_ready(o);
  return o;
}

nb::object astype_arg(nb::handle x, nb::handle dtype, bool copy, const std::string& order) {
  if (!is_array(x)) throw TypeError("[astype] x must be a dparray.ndarray, not " + py_type_name(x));
  const Array& a = array_ref(x);
  std::optional<DType> t = dtype_arg(dtype, "astype");
  DType target = t ? *t : default_float(a.device());
  MemOrder o = mem_order_arg(order, "astype");
  if (!copy && target == a.dtype && has_layout(a, o)) return nb::borrow(x);
  return wrap(astype(a, target, true, o));
}

namespace {

DType dtype_of_dlpack(nb::dlpack::dtype t) {
  using C = nb::dlpack::dtype_code;
  auto code = static_cast<C>(t.code);
  if (t.lanes != 1) throw TypeError("[asarray] vector dtypes are not supported");
  switch (code) {
    case C::Bool: return DType::Bool;
    case C::Int:
      return t.bits == 8    ? DType::Int8
             : t.bits == 16 ? DType::Int16
             : t.bits == 32 ? DType::Int32
                            : DType::Int64;
    case C::UInt:
      return t.bits == 8    ? DType::UInt8
             : t.bits == 16 ? DType::UInt16
             : t.bits == 32 ? DType::UInt32
                            : DType::UInt64;
    case C::Float:
      return t.bits == 16 ? DType::Float16 : t.bits == 32 ? DType::Float32 : DType::Float64;
    case C::Complex: return t.bits == 64 ? DType::Complex64 : DType::Complex128;
    default: throw TypeError("[asarray] unsupported DLPack dtype code " + std::to_string(t.code));
  }
}

// Nested lists / tuples: the shape, then the leaves in C order.
void discover(nb::handle obj, size_t depth, Shape& shape, bool& shape_done,
              std::vector<nb::handle>& leaves) {
  const bool seq = PyList_Check(obj.ptr()) || PyTuple_Check(obj.ptr());
  if (!seq) {
    shape_done = true;
    if (depth != shape.size())
      throw std::invalid_argument("[asarray] the nested sequence has an inhomogeneous shape");
    leaves.push_back(obj);
    return;
  }
  const int64_t n = static_cast<int64_t>(nb::len(obj));
  if (!shape_done && depth == shape.size()) shape.push_back(n);
  if (depth >= shape.size() || shape[depth] != n)
    throw std::invalid_argument(
        "[asarray] the nested sequence has an inhomogeneous shape " +
        std::string("(a list of length ") + std::to_string(n) + " where another has " +
        (depth < shape.size() ? std::to_string(shape[depth]) : "none") + ")");
  for (nb::handle item : obj) discover(item, depth + 1, shape, shape_done, leaves);
  if (n == 0) shape_done = true;
}

bool array_like(nb::handle h) {
  return is_array(h) || nb::hasattr(h, "__array__") || nb::hasattr(h, "__array_interface__") ||
         nb::hasattr(h, "__dlpack__");
}

// The dtype NumPy gives a Python scalar inside a list (not weak there: 1 -> int64).
DType python_scalar_dtype(const Scalar& s) {
  switch (s.kind) {
    case Kind::Bool: return DType::Bool;
    case Kind::Signed: return DType::Int64;
    case Kind::Unsigned: return DType::UInt64;
    case Kind::Float: return DType::Float64;
    default: return DType::Complex128;
  }
}

// A device without float64 holds inferred 64-bit floats as 32-bit ones (as dpctl does).
DType fit_default(DType t, const Device& d) {
  if (d->info().fp64) return t;
  return t == DType::Float64 ? DType::Float32 : t == DType::Complex128 ? DType::Complex64 : t;
}

bool needs_fp64(DType t) { return t == DType::Float64 || t == DType::Complex128; }

// Uploads host bytes; the queue wait inside runs without the GIL.
Array upload(const void* data, const Shape& shape, DType t, const Queue& q, UsmType usm) {
  dpy::gil_release release;
  return from_host(data, shape, t, q, usm);
}

Array from_sequence(nb::handle obj, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  Shape shape;
  bool done = false;
  std::vector<nb::handle> leaves;
  discover(obj, 0, shape, done, leaves);
  std::vector<Scalar> vals(leaves.size());
  std::optional<DType> inferred;
  for (size_t i = 0; i < leaves.size(); ++i) {
    std::optional<DType> typed;
    if (!scalar_arg(leaves[i], vals[i], &typed, "asarray")) {
      // Arrays inside lists: NumPy assembles the whole object (a sync point).
      if (array_like(leaves[i]))
        return array_from_object(nb::module_::import_("numpy").attr("asarray")(obj), dtype, q, usm);
      throw TypeError("[asarray] cannot convert an element of type " + py_type_name(leaves[i]) +
                      " to a number");
    }
    DType t = typed ? *typed : python_scalar_dtype(vals[i]);
    inferred = inferred ? promote_types(*inferred, t) : t;
    if (dtype && !typed) check_scalar_fits(vals[i], *dtype, "asarray", leaves[i]);
  }
  const Device& dev = q->device();
  DType t = dtype ? *dtype : fit_default(inferred ? *inferred : DType::Float64, dev);
  check_dtype_supported(t, dev, "asarray");
  const size_t isz = itemsize(t);
  std::vector<char> host(vals.size() * isz + 1);
  for (size_t i = 0; i < vals.size(); ++i) {
    const Scalar& v = vals[i];
    if (is_integral(t) && (v.kind == Kind::Float || v.kind == Kind::Complex) &&
        !std::isfinite(v.as_double()))
      throw std::invalid_argument("[asarray] cannot convert float " +
                                  nb::cast<std::string>(nb::repr(leaves[i])) + " to " + name_of(t));
    v.store(t, host.data() + i * isz);
  }
  return upload(host.data(), shape, t, q, usm);
}

}  // namespace

Array array_from_object(nb::handle obj, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  if (is_array(obj)) {
    Array a;
    {
      dpy::gil_release release;
      a = to_queue(array_ref(obj), q, usm);
    }
    return dtype ? astype(a, *dtype, false) : a;
  }
  Scalar s;
  if (PyList_Check(obj.ptr()) || PyTuple_Check(obj.ptr()) || scalar_arg(obj, s, nullptr, "asarray"))
    return from_sequence(obj, dtype, q, usm);
  // Buffer protocol / DLPack / __array_interface__ exporters (NumPy, PyTorch CPU, ...).
  nb::object holder = nb::borrow(obj);
  nb::ndarray<nb::ro, nb::device::cpu> nd;
  bool ok = nb::try_cast(holder, nd, false);
  if (!ok && (nb::hasattr(obj, "__array__") || nb::hasattr(obj, "__array_interface__"))) {
    // NumPy converts the rest, native byte order first (DLPack has no big-endian).
    nb::object np = nb::module_::import_("numpy");
    holder = np.attr("asarray")(obj);
    nb::object dt = holder.attr("dtype");
    if (!nb::cast<bool>(dt.attr("isnative")))
      holder = holder.attr("astype")(dt.attr("newbyteorder")("="));
    ok = nb::try_cast(holder, nd, false);
  }
  if (!ok)
    throw TypeError("[asarray] cannot convert an object of type " + py_type_name(obj) +
                    " to an array");
  const DType src_t = dtype_of_dlpack(nd.dtype());
  const Device& dev = q->device();
  const DType target = dtype ? *dtype : fit_default(src_t, dev);
  Shape shape(nd.ndim());
  for (size_t i = 0; i < nd.ndim(); ++i) shape[i] = static_cast<int64_t>(nd.shape(i));
  const size_t isz = itemsize(src_t);
  const int64_t n = shape_size(shape);
  // C-contiguous sources upload directly; others are gathered in C order first.
  bool contiguous = true;
  for (int64_t d = static_cast<int64_t>(shape.size()) - 1, want = 1; d >= 0; --d) {
    if (shape[d] != 1 && nd.stride(d) != want) contiguous = false;
    want *= shape[d];
  }
  std::vector<char> staging;
  const char* data = static_cast<const char*>(nd.data());
  if (!contiguous && n > 0) {
    staging.resize(static_cast<size_t>(n) * isz);
    Shape idx(shape.size(), 0);
    for (int64_t i = 0; i < n; ++i) {
      int64_t off = 0;
      for (size_t d = 0; d < shape.size(); ++d) off += idx[d] * nd.stride(d);
      std::memcpy(staging.data() + i * isz, data + off * static_cast<int64_t>(isz), isz);
      for (size_t d = shape.size(); d-- > 0;) {
        if (++idx[d] < shape[d]) break;
        idx[d] = 0;
      }
    }
    data = staging.data();
  }
  if (needs_fp64(src_t) && !dev->info().fp64) {
    // The device cannot hold the source dtype: cast on the host backend, then upload.
    check_dtype_supported(target, dev, "asarray");
    Registry& r = Registry::get();
    Queue hq = r.default_queue(r.devices(BackendKind::Host).at(0));
    Array c = astype(upload(data, shape, src_t, hq, UsmType::Host), target, true);
    std::vector<char> h2(c.nbytes() + 1);
    {
      dpy::gil_release release;
      to_host(c, h2.data());
    }
    return upload(h2.data(), shape, target, q, usm);
  }
  Array a = upload(data, shape, src_t, q, usm);
  return astype(a, target, false);
}

nb::object to_numpy(const Array& a) {
  nb::object np = nb::module_::import_("numpy");
  nb::object out = np.attr("empty")(shape_tuple(a.shape), name_of(a.dtype));
  nb::ndarray<nb::device::cpu> nd = nb::cast<nb::ndarray<nb::device::cpu>>(out);
  {
    dpy::gil_release release;
    to_host(a, nd.data());
  }
  return out;
}

}  // namespace dpy
