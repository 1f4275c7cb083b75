#include "convert.h"

#include <nanobind/ndarray.h>
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>

#include <algorithm>
#include <cstring>
#include <functional>

#include "dparray/runtime/errors.h"
#include "dparray/runtime/registry.h"

namespace dpy {

using namespace dp;

namespace {
nb::object* dtype_objects[kNumDTypes] = {};

bool type_is(nb::handle h, PyTypeObject* t) { return h.ptr() == reinterpret_cast<PyObject*>(t); }

std::string py_type_name(nb::handle h) { return nb::borrow<nb::str>(nb::type_name(h.type())).c_str(); }
}  // namespace

nb::object dtype_object(DType t) {
  nb::object*& slot = dtype_objects[static_cast<int>(t)];
  if (!slot) slot = new nb::object(nb::cast(PyDType{t}));  // kept for the process lifetime
  return *slot;
}

std::optional<DType> dtype_arg(nb::handle h, const char* op) {
  if (h.is_none()) return std::nullopt;
  if (nb::isinstance<PyDType>(h)) return nb::cast<PyDType>(h).t;
  if (nb::isinstance<nb::str>(h)) return dtype_from_string(nb::cast<std::string>(h));
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
  throw TypeError(std::string("[") + op + "] data type " +
                  nb::cast<std::string>(nb::repr(h)) + " is not understood");
}

Device device_arg(nb::handle h, const char* op) {
  if (nb::isinstance<nb::str>(h)) return Registry::get().select(nb::cast<std::string>(h));
  if (nb::isinstance<DeviceImpl>(h)) return nb::cast<Device>(h);
  if (nb::isinstance<QueueImpl>(h)) return nb::cast<Queue>(h)->device();
  if (nb::isinstance<ArrayDevice>(h)) return nb::cast<ArrayDevice&>(h).queue->device();
  throw TypeError(std::string("[") + op + "] device must be a filter string, Device or Queue, not " +
                  py_type_name(h));
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

UsmType usm_arg(nb::handle h) {
  if (h.is_none()) return UsmType::Device;
  if (!nb::isinstance<nb::str>(h))
    throw TypeError("[usm_type] expected 'device', 'shared' or 'host', not " + py_type_name(h));
  return usm_type_from_string(nb::cast<std::string>(h));
}

bool scalar_arg(nb::handle h, Scalar& out) {
  PyObject* o = h.ptr();
  if (PyBool_Check(o)) {
    out = Scalar::from_bool(o == Py_True);
    return true;
  }
  if (PyLong_Check(o)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (!overflow) {
      out = Scalar::from_int(v);
      return true;
    }
    if (overflow > 0) {
      unsigned long long u = PyLong_AsUnsignedLongLong(o);
      if (!PyErr_Occurred()) {
        out = Scalar::from_uint(u);
        return true;
      }
      PyErr_Clear();
    }
    throw std::overflow_error("Python integer " + nb::cast<std::string>(nb::str(h)) +
                              " is out of bounds for every integer dtype");
  }
  if (PyFloat_Check(o)) {
    out = Scalar::from_double(PyFloat_AsDouble(o));
    return true;
  }
  if (PyComplex_Check(o)) {
    out = Scalar::from_complex({PyComplex_RealAsDouble(o), PyComplex_ImagAsDouble(o)});
    return true;
  }
  // NumPy scalars: use their Python value.
  if (nb::hasattr(h, "item") && nb::hasattr(h, "dtype") && !nb::hasattr(h, "shape")) {
    return scalar_arg(h.attr("item")(), out);
  }
  if (nb::hasattr(h, "item") && nb::hasattr(h, "dtype") && nb::hasattr(h, "ndim") &&
      nb::cast<int>(h.attr("ndim")) == 0 && std::string(py_type_name(h)).find("numpy") == 0 &&
      py_type_name(h) != "numpy.ndarray") {
    return scalar_arg(h.attr("item")(), out);
  }
  return false;
}

bool is_array(nb::handle h) { return nb::isinstance<Array>(h); }
const Array& array_ref(nb::handle h) { return nb::cast<const Array&>(h); }

Operand operand_arg(nb::handle h, const char* op) {
  if (nb::isinstance<Array>(h)) return Operand::of(nb::cast<const Array&>(h));
  Scalar s;
  if (scalar_arg(h, s)) return Operand::of(s);
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
  if (PyLong_Check(h.ptr()) || (nb::hasattr(h, "__index__") && !nb::isinstance<nb::sequence>(h))) {
    s.push_back(nb::cast<int64_t>(h.attr("__index__")()));
  } else if (nb::isinstance<nb::sequence>(h) && !nb::isinstance<nb::str>(h)) {
    for (nb::handle d : h) {
      if (!PyLong_Check(d.ptr()) && !nb::hasattr(d, "__index__"))
        throw TypeError(std::string("[") + op + "] shape entries must be integers, got " + py_type_name(d));
      s.push_back(nb::cast<int64_t>(d.attr("__index__")()));
    }
  } else {
    throw TypeError(std::string("[") + op + "] shape must be an int or a sequence of ints, not " +
                    py_type_name(h));
  }
  for (int64_t d : s)
    if (d < 0)
      throw std::invalid_argument(std::string("[") + op + "] negative dimensions are not allowed: " +
                                  shape_str(s));
  return s;
}

std::vector<int> axes_arg(nb::handle h, int ndim, const char* op) {
  std::vector<int> axes;
  if (h.is_none()) {
    for (int i = 0; i < ndim; ++i) axes.push_back(i);
    return axes;
  }
  if (nb::isinstance<nb::tuple>(h) || nb::isinstance<nb::list>(h)) {
    for (nb::handle a : h) axes.push_back(normalize_axis(nb::cast<int64_t>(a), ndim, op));
  } else {
    axes.push_back(normalize_axis(nb::cast<int64_t>(h), ndim, op));
  }
  std::sort(axes.begin(), axes.end());
  if (std::adjacent_find(axes.begin(), axes.end()) != axes.end())
    throw std::invalid_argument(std::string("[") + op + "] repeated axis in " +
                                nb::cast<std::string>(nb::repr(h)));
  return axes;
}

nb::tuple shape_tuple(const Shape& s) {
  PyObject* t = PyTuple_New(static_cast<Py_ssize_t>(s.size()));
  for (size_t i = 0; i < s.size(); ++i) PyTuple_SET_ITEM(t, i, PyLong_FromLongLong(s[i]));
  return nb::steal<nb::tuple>(t);
}

nb::object wrap(Array a) { return nb::cast(std::move(a)); }

namespace {

DType dtype_of_dlpack(nb::dlpack::dtype t) {
  using C = nb::dlpack::dtype_code;
  auto code = static_cast<C>(t.code);
  if (t.lanes != 1) throw TypeError("[asarray] vector dtypes are not supported");
  switch (code) {
    case C::Bool: return DType::Bool;
    case C::Int:
      return t.bits == 8 ? DType::Int8 : t.bits == 16 ? DType::Int16 : t.bits == 32 ? DType::Int32 : DType::Int64;
    case C::UInt:
      return t.bits == 8 ? DType::UInt8 : t.bits == 16 ? DType::UInt16 : t.bits == 32 ? DType::UInt32 : DType::UInt64;
    case C::Float:
      return t.bits == 16 ? DType::Float16 : t.bits == 32 ? DType::Float32 : DType::Float64;
    case C::Complex: return t.bits == 64 ? DType::Complex64 : DType::Complex128;
    default: throw TypeError("[asarray] unsupported DLPack dtype code " + std::to_string(t.code));
  }
}

// Nested sequences: shape discovery, then values in C order.
void discover(nb::handle obj, size_t depth, Shape& shape, bool& first_at_depth_done,
              std::vector<nb::handle>& leaves) {
  bool seq = (nb::isinstance<nb::list>(obj) || nb::isinstance<nb::tuple>(obj));
  if (!seq) {
    if (depth != shape.size())
      throw std::invalid_argument("[asarray] the nested sequence has an inhomogeneous shape");
    first_at_depth_done = true;
    leaves.push_back(obj);
    return;
  }
  int64_t n = static_cast<int64_t>(nb::len(obj));
  if (!first_at_depth_done) {
    if (depth == shape.size()) shape.push_back(n);
  }
  if (depth >= shape.size() || shape[depth] != n)
    throw std::invalid_argument("[asarray] the nested sequence has an inhomogeneous shape");
  for (nb::handle item : obj) discover(item, depth + 1, shape, first_at_depth_done, leaves);
  if (n == 0) first_at_depth_done = true;
}

Array from_sequence(nb::handle obj, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  Shape shape;
  bool done = false;
  std::vector<nb::handle> leaves;
  discover(obj, 0, shape, done, leaves);
  std::vector<Scalar> vals(leaves.size());
  Kind k = Kind::Bool;
  bool has_uint = false;
  std::optional<DType> arr_dtype;
  auto rank = [](Kind x) { return x == Kind::Bool ? 0 : (x == Kind::Signed || x == Kind::Unsigned) ? 1 : x == Kind::Float ? 2 : 3; };
  for (size_t i = 0; i < leaves.size(); ++i) {
    nb::handle h = leaves[i];
    if (is_array(h)) {
      // A size-1 dparray element: read its value (a sync point).
      const Array& a = array_ref(h);
      if (a.size() != 1)
        throw std::invalid_argument("[asarray] nested arrays must have one element each");
      nb::object np = to_numpy(a);
      h = np.attr("item")();
      arr_dtype = arr_dtype ? promote_types(*arr_dtype, a.dtype) : a.dtype;
      if (!scalar_arg(h, vals[i])) throw TypeError("[asarray] cannot read element");
      leaves[i] = nb::handle();
    } else if (!scalar_arg(h, vals[i])) {
      throw TypeError("[asarray] cannot convert element of type " + py_type_name(h) + " to a number");
    }
    if (vals[i].kind == Kind::Unsigned) has_uint = true;
    if (rank(vals[i].kind) > rank(k)) k = vals[i].kind;
  }
  const Device& dev = q->device();
  DType t;
  if (dtype) {
    t = *dtype;
  } else if (arr_dtype && leaves.size() > 0) {
    t = promote_with_weak_scalar(*arr_dtype, k, dev->info().fp64);
  } else {
    t = k == Kind::Bool ? (leaves.empty() ? default_float(dev) : DType::Bool)
        : (k == Kind::Signed || k == Kind::Unsigned) ? (has_uint ? DType::UInt64 : DType::Int64)
        : k == Kind::Float ? default_float(dev) : default_complex(dev);
    if (has_uint)
      for (auto& v : vals)
        if (v.kind == Kind::Signed && v.i < 0)
          throw std::overflow_error("[asarray] Python integers do not fit one integer dtype");
  }
  check_dtype_supported(t, dev, "asarray");
  size_t isz = itemsize(t);
  std::vector<char> host(vals.size() * isz + 1);
  for (size_t i = 0; i < vals.size(); ++i) {
    if (dtype && !vals[i].fits(t) && is_integral(t))
      throw std::overflow_error("[asarray] Python integer out of bounds for " + std::string(name_of(t)));
    vals[i].store(t, host.data() + i * isz);
  }
  return from_host(host.data(), shape, t, q, usm);
}

}  // namespace

Array array_from_object(nb::handle obj, std::optional<DType> dtype, const Queue& q, UsmType usm) {
  if (is_array(obj)) {
    Array a = to_queue(array_ref(obj), q, usm);
    return dtype ? astype(a, *dtype, false) : a;
  }
  Scalar s;
  if (!nb::isinstance<nb::list>(obj) && !nb::isinstance<nb::tuple>(obj) && scalar_arg(obj, s)) {
    return from_sequence(obj, dtype, q, usm);
  }
  if (nb::isinstance<nb::list>(obj) || nb::isinstance<nb::tuple>(obj))
    return from_sequence(obj, dtype, q, usm);
  // Buffer protocol / DLPack / __array_interface__ exporters (NumPy, PyTorch CPU, ...).
  nb::ndarray<nb::ro, nb::device::cpu> nd;
  bool ok = nb::try_cast(obj, nd, false);
  if (!ok && nb::hasattr(obj, "__array__")) {
    nb::object np = nb::module_::import_("numpy");
    nb::object arr = np.attr("ascontiguousarray")(obj);
    ok = nb::try_cast(arr, nd, false);
  }
  if (!ok)
    throw TypeError("[asarray] cannot convert an object of type " + py_type_name(obj) + " to an array");
  DType src_t = dtype_of_dlpack(nd.dtype());
  Shape shape(nd.ndim());
  for (size_t i = 0; i < nd.ndim(); ++i) shape[i] = static_cast<int64_t>(nd.shape(i));
  size_t isz = itemsize(src_t);
  int64_t n = shape_size(shape);
  std::vector<char> host(static_cast<size_t>(n) * isz + 1);
  const char* base = static_cast<const char*>(nd.data());
  // Gather strided source elements in C order.
  Shape idx(shape.size(), 0);
  for (int64_t i = 0; i < n; ++i) {
    int64_t off = 0;
    for (size_t d = 0; d < shape.size(); ++d) off += idx[d] * nd.stride(d);
    std::memcpy(host.data() + i * isz, base + off * static_cast<int64_t>(isz), isz);
    for (size_t d = shape.size(); d-- > 0;) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  DType t = src_t;
  if (!q->device()->info().fp64 && !dtype) {
    if (t == DType::Float64) t = DType::Float32;
    if (t == DType::Complex128) t = DType::Complex64;
  }
  if (t != src_t) {
    // Cast on the host backend before upload: the device cannot hold the source dtype.
    Registry& r = Registry::get();
    Queue hq = r.default_queue(r.devices(BackendKind::Host).at(0));
    Array tmp = from_host(host.data(), shape, src_t, hq, UsmType::Host);
    Array c = astype(tmp, t, true);
    std::vector<char> h2(c.nbytes() + 1);
    to_host(c, h2.data());
    return from_host(h2.data(), shape, t, q, usm);
  }
  Array a = from_host(host.data(), shape, src_t, q, usm);
  return dtype ? astype(a, *dtype, false) : a;
}

nb::object to_numpy(const Array& a) {
  nb::object np = nb::module_::import_("numpy");
  nb::object out = np.attr("empty")(shape_tuple(a.shape), name_of(a.dtype));
  nb::ndarray<nb::device::cpu> nd = nb::cast<nb::ndarray<nb::device::cpu>>(out);
  {
    nb::gil_scoped_release release;
    to_host(a, nd.data());
  }
  return out;
}

}  // namespace dpy
