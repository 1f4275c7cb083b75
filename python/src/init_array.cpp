// dparray.ndarray: properties, Python operators, conversions and transfers.
#include <nanobind/stl/shared_ptr.h>
#include <nanobind/stl/string.h>

#include <complex>

#include "convert.h"
#include "convert_scalars.h"
#include "dparray/ops/elementwise.h"
#include "dparray/ops/elementwise_args.h"
#include "dparray/runtime/errors.h"
#include "elide.h"
#include "gil.h"
#include "init.h"
#include "ufunc.h"

using namespace dp;
using dpy::ArrayDevice;

namespace dpy {
nb::object item(const Array& a, const char* op) {
  if (a.size() != 1)
    throw std::invalid_argument(std::string("[") + op +
                                "] only arrays with one element can be "
                                "converted to Python scalars; this one has shape " +
                                shape_str(a.shape));
  alignas(16) char buf[16];
  if (a.queue->last_event()->is_complete()) {
    to_host(a, buf);  // nothing pending (a small op ran inline): no GIL round trip
  } else {
    dpy::gil_release release;
    to_host(a, buf);
  }
  auto get = [&](auto v) {
    std::memcpy(&v, buf, sizeof(v));
    return v;
  };
  switch (a.dtype) {
    case DType::Bool: return nb::bool_(get(bool{}));
    case DType::Int8: return nb::int_(get(int8_t{}));
    case DType::Int16: return nb::int_(get(int16_t{}));
    case DType::Int32: return nb::int_(get(int32_t{}));
    case DType::Int64: return nb::int_(get(int64_t{}));
    case DType::UInt8: return nb::int_(get(uint8_t{}));
    case DType::UInt16: return nb::int_(get(uint16_t{}));
    case DType::UInt32: return nb::int_(get(uint32_t{}));
    case DType::UInt64: return nb::steal(PyLong_FromUnsignedLongLong(get(uint64_t{})));
    case DType::Float16: return nb::float_(static_cast<double>(get(_Float16{})));
    case DType::Float32: return nb::float_(get(float{}));
    case DType::Float64: return nb::float_(get(double{}));
    case DType::Complex64: {
      auto c = get(std::complex<float>{});
      return nb::steal(PyComplex_FromDoubles(c.real(), c.imag()));
    }
    default: {
      auto c = get(std::complex<double>{});
      return nb::steal(PyComplex_FromDoubles(c.real(), c.imag()));
    }
  }
}
}  // namespace dpy

namespace {

// Operand for a Python operator: NotImplemented for unknown types so Python can
// try the reflected method; NumPy arrays get a TypeError that says how to move them.
bool operator_operand(nb::handle h, const char* op, Operand& out) {
  if (dpy::is_array(h)) {
    out = Operand::of(dpy::array_ref(h));
    return true;
  }
  Scalar s;
  std::optional<DType> t;
  if (dpy::scalar_arg(h, s, &t, op)) {
    out = t ? Operand::of(s, *t) : Operand::of(s);
    return true;
  }
  if (nb::hasattr(h, "__array_interface__") || nb::hasattr(h, "__array__")) {
    dpy::operand_arg(h, op);  // raises the TypeError
  }
  return false;
}

template <OpId id>
nb::object binary(nb::handle self, nb::handle other) {
  Operand o;
  if (!operator_operand(other, op_info(id).name, o)) return nb::borrow(Py_NotImplemented);
  const Operand args[2] = {Operand::of(dpy::array_ref(self)), o};
  if (nb::handle t = dpy::elide_into_temporary(id, args, self, other)) return nb::borrow(t);
  return dpy::wrap(dpy::temporary_result(dp::apply(id, args, 2)));
}

template <OpId id>
nb::object reflected(nb::handle self, nb::handle other) {
  Operand o;
  if (!operator_operand(other, op_info(id).name, o)) return nb::borrow(Py_NotImplemented);
  const Operand args[2] = {o, Operand::of(dpy::array_ref(self))};
  if (nb::handle t = dpy::elide_into_temporary(id, args, other, self)) return nb::borrow(t);
  return dpy::wrap(dpy::temporary_result(dp::apply(id, args, 2)));
}

template <OpId id>
nb::object inplace(nb::handle self, nb::handle other) {
  Operand o;
  if (!operator_operand(other, op_info(id).name, o)) return nb::borrow(Py_NotImplemented);
  const Array& a = dpy::array_ref(self);
  const Operand args[2] = {Operand::of(a), o};
  dp::apply(id, args, 2, &a);
  return nb::borrow(self);
}

template <OpId id>
nb::object unary(const Array& a) {
  const Operand arg = Operand::of(a);
  return dpy::wrap(dpy::temporary_result(dp::apply(id, &arg, 1)));
}

// x ** 2 with a Python 2 or 2.0 on a float or complex array is square(x), as NumPy's fast
// path: the value pow(x, 2) rounds to, without a pow per element (Dask's var / std use it).
nb::object power(nb::handle self, nb::handle other) {
  const Array& a = dpy::array_ref(self);
  const Kind k = kind_of(a.dtype);
  if (k == Kind::Float || k == Kind::Complex) {
    bool two = false;
    if (PyLong_CheckExact(other.ptr())) {
      int overflow = 0;
      two = PyLong_AsLongAndOverflow(other.ptr(), &overflow) == 2 && !overflow;
    } else if (PyFloat_CheckExact(other.ptr())) {
      two = PyFloat_AS_DOUBLE(other.ptr()) == 2.0;
    }
    if (two) return unary<OpId::square>(a);
  }
  return binary<OpId::pow>(self, other);
}

// ---- operator slots -------------------------------------------------------------------
// `a + b` through the type's nb_add slot calls these directly; through the __add__ methods it
// would look the method up and pass nanobind's dispatcher each time. Python calls a binary
// slot with the ndarray on either side (x + y, or y + x reflected).
template <OpId id>
PyObject* binary_slot(PyObject* x, PyObject* y) {
  try {
    return (dpy::is_array(x) ? binary<id>(x, y) : reflected<id>(y, x)).release().ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    return dpy::raise_current_exception();
  }
}

template <OpId id>
PyObject* inplace_slot(PyObject* x, PyObject* y) {
  try {
    return inplace<id>(x, y).release().ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    return dpy::raise_current_exception();
  }
}

// pow(x, y, mod): mod is ignored, as by __pow__.
PyObject* power_slot(PyObject* x, PyObject* y, PyObject*) {
  if (!dpy::is_array(x)) return binary_slot<OpId::pow>(x, y);
  try {
    return power(x, y).release().ptr();  // x ** 2 as square, as __pow__
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    return dpy::raise_current_exception();
  }
}
PyObject* inplace_power_slot(PyObject* x, PyObject* y, PyObject*) {
  return inplace_slot<OpId::pow>(x, y);
}

template <OpId id>
PyObject* unary_slot(PyObject* x) {
  try {
    return unary<id>(dpy::array_ref(x)).release().ptr();
  } catch (nb::python_error& e) {
    e.restore();
    return nullptr;
  } catch (...) {
    return dpy::raise_current_exception();
  }
}

Array first_axis_view(const Array& a, int64_t i) {
  Array r = a;
  r.offset += i * a.strides[0];  // i < shape[0]: within the view
  r.shape.erase(r.shape.begin());
  r.strides.erase(r.strides.begin());
  return r;
}

// dpctl's usm_ndarray(shape, dtype, strides, buffer, offset): a new allocation when
// buffer is a usm_type string, else a view of another array's allocation (strides and
// offset in elements, offset from the start of that allocation; bounds are checked).
void construct(Array* self, nb::handle shape_h, nb::handle dtype_h, nb::handle strides_h,
               nb::handle buffer, nb::handle offset_h, nb::handle order_h, nb::handle ctor_kwargs) {
  const char* op = "ndarray";
  Shape shape = dpy::shape_arg(shape_h, op);
  const int64_t offset = dpy::int_arg(offset_h, op, "offset");
  const std::string order = dpy::str_arg(order_h, op, "order");
  if (order != "C" && order != "F")
    throw std::invalid_argument("[ndarray] order must be 'C' or 'F', not '" + order + "'");
  const Array* base = dpy::is_array(buffer) ? &dpy::array_ref(buffer) : nullptr;
  if (!base && !nb::isinstance<nb::str>(buffer))
    throw dp::TypeError("[ndarray] buffer must be 'device', 'shared', 'host' or a dparray.ndarray");
  Queue q;
  if (base) {
    q = base->queue;
  } else if (!ctor_kwargs.is_none() && nb::isinstance<nb::dict>(ctor_kwargs) &&
             nb::cast<nb::dict>(ctor_kwargs).contains("queue")) {
    q = dpy::queue_arg(nb::none(), nb::cast<nb::dict>(ctor_kwargs)["queue"], op);
  } else {
    q = dpy::queue_arg(nb::none(), nb::none(), op);
  }
  auto t = dpy::dtype_arg(dtype_h, op);
  const DType dtype = t ? *t : default_float(q->device());
  check_shape(shape, itemsize(dtype), op);
  Strides strides;
  if (strides_h.is_none()) {
    strides = c_strides(shape);
    if (order == "F") {
      int64_t acc = 1;
      for (size_t d = 0; d < shape.size(); ++d) {
        strides[d] = acc;
        if (d + 1 < shape.size()) acc = mul_or_throw(acc, shape[d] > 0 ? shape[d] : 1, op);
      }
    }
  } else {
    strides = dpy::int_list_arg(strides_h, op, "strides");
    if (strides.size() != shape.size())
      throw std::invalid_argument("[ndarray] strides " + shape_str(strides) +
                                  " do not match shape " + shape_str(shape));
  }
  // Smallest and largest element offset the view reaches (checked: user strides and
  // offsets must not wrap around into the buffer).
  int64_t lo = offset, hi = offset;
  const bool empty_view = shape_size(shape, op) == 0;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 0) continue;
    int64_t& end = strides[d] < 0 ? lo : hi;
    end = add_or_throw(end, mul_or_throw(shape[d] - 1, strides[d], op), op);
  }
  const int64_t isz = static_cast<int64_t>(itemsize(dtype));
  const int64_t need = empty_view ? 0 : mul_or_throw(add_or_throw(hi, 1, op), isz, op);
  if (!empty_view && lo < 0)
    throw std::invalid_argument("[ndarray] offset " + std::to_string(offset) + " and strides " +
                                shape_str(strides) + " reach before the start of the buffer");
  Array a;
  if (base) {
    check_dtype_supported(dtype, q->device(), op);
    const int64_t cap = static_cast<int64_t>(base->buf->nbytes());
    if (need > cap)
      throw std::invalid_argument("[ndarray] the view needs " + std::to_string(need) +
                                  " bytes but the buffer has " + std::to_string(cap));
    a.buf = base->buf;
  } else {
    UsmType usm = dpy::usm_arg(buffer);
    a = empty({empty_view ? 0 : hi + 1}, dtype, q, usm, op);
  }
  a.shape = std::move(shape);
  a.strides = std::move(strides);
  a.offset = offset;
  a.dtype = dtype;
  a.queue = q;
  new (self) Array(std::move(a));
}

// Iterates over the first axis lazily: one view per step, as NumPy does.
struct RowIterator {
  Array a;
  int64_t i;
};

}  // namespace

void init_array(nb::module_& m) {
  m.def("_elided_temporaries", &dpy::elided_count,
        "How many operator results were computed into a temporary operand (see elide.h).");
  nb::class_<RowIterator>(m, "_RowIterator")
      .def("__iter__", [](nb::handle self) { return nb::borrow(self); })
      .def("__next__", [](RowIterator& it) {
        if (it.i >= it.a.shape[0]) throw nb::stop_iteration();
        return first_axis_view(it.a, it.i++);
      });

  auto cls = nb::class_<Array>(m, "ndarray", "An n-dimensional array on a device.");
  cls.def("__init__", &construct, nb::arg("shape"), nb::arg("dtype") = nb::none(),
          nb::arg("strides") = nb::none(), nb::arg("buffer") = "device", nb::arg("offset") = 0,
          nb::arg("order") = "C", nb::arg("buffer_ctor_kwargs") = nb::none(),
          "An array of the given shape: new memory of usm_type `buffer`, or a view of the "
          "allocation of the dparray.ndarray `buffer` (strides and offset in elements).");
  cls.def_prop_ro("shape", [](const Array& a) { return dpy::shape_tuple(a.shape); })
      .def_prop_ro("ndim", &Array::ndim)
      .def_prop_ro("size", &Array::size)
      .def_prop_ro("dtype", [](const Array& a) { return dpy::dtype_object(a.dtype); })
      .def_prop_ro("itemsize", &Array::itemsize)
      .def_prop_ro("nbytes", &Array::nbytes)
      .def_prop_ro(
          "strides",
          [](const Array& a) {
            Shape b = a.strides;
            for (auto& s : b) s *= static_cast<int64_t>(a.itemsize());
            return dpy::shape_tuple(b);
          },
          "Strides in bytes, as NumPy reports them.")
      .def_prop_ro("usm_type", [](const Array& a) { return std::string(to_string(a.usm_type())); })
      .def_prop_ro("sycl_queue", [](const Array& a) { return a.queue; })
      .def_prop_ro("sycl_device", [](const Array& a) { return a.queue->device(); })
      .def_prop_ro("device", [](const Array& a) { return ArrayDevice{a.queue}; })
      .def_prop_ro("_element_offset", [](const Array& a) { return a.offset; })
      .def_prop_ro("_is_c_contiguous", &Array::is_c_contiguous)
      .def_prop_ro("_is_f_contiguous", &Array::is_f_contiguous)
      .def_prop_ro("T",
                   [](const Array& a) {
                     std::vector<int> axes(a.ndim());
                     for (int i = 0; i < a.ndim(); ++i) axes[i] = a.ndim() - 1 - i;
                     return permute_view(a, axes);
                   })
      .def_prop_ro(
          "mT",
          [](const Array& a) {
            if (a.ndim() < 2)
              throw std::invalid_argument("[mT] needs an array of at least 2 dimensions, got " +
                                          std::to_string(a.ndim()));
            std::vector<int> axes(a.ndim());
            for (int i = 0; i < a.ndim(); ++i) axes[i] = i;
            std::swap(axes[a.ndim() - 1], axes[a.ndim() - 2]);
            return permute_view(a, axes);
          })
      .def(
          "to_device",
          [](const Array& a, nb::handle device, nb::handle stream) {
            Queue q = dpy::queue_arg(device, stream, "to_device");
            Array r;
            {
              dpy::gil_release release;
              r = to_queue(a, q, a.usm_type());
            }
            return r;
          },
          nb::arg("device"), nb::kw_only(), nb::arg("stream") = nb::none(),
          "A copy of the array on another device (or a view on another queue of the same device).")
      .def(
          "astype",
          [](nb::handle self, nb::handle dtype, bool copy, const std::string& order) {
            return dpy::astype_arg(self, dtype, copy, order);
          },
          nb::arg("dtype").none(), nb::arg("copy") = true, nb::arg("order") = "K")
      .def("copy", [](const Array& a) { return copy_array(a, a.dtype, a.usm_type()); })
      .def("__len__",
           [](const Array& a) {
             if (a.ndim() == 0) throw dp::TypeError("len() of unsized object");
             return a.shape[0];
           })
      .def("__iter__",
           [](const Array& a) {
             if (a.ndim() == 0) throw dp::TypeError("iteration over a 0-d array");
             return RowIterator{a, 0};
           })
      .def("__bool__",
           [](const Array& a) {
             if (a.size() != 1)
               throw std::invalid_argument("[bool] the truth value of an array with " +
                                           std::to_string(a.size()) +
                                           " elements is ambiguous; use any() or all()");
             return nb::cast<bool>(nb::bool_(dpy::item(a, "bool")));
           })
      .def("__float__",
           [](const Array& a) {
             nb::object v = dpy::item(a, "float");
             if (is_complex(a.dtype))
               throw dp::TypeError("[float] cannot convert a complex array to float");
             return nb::float_(v);
           })
      .def("__int__",
           [](const Array& a) {
             nb::object v = dpy::item(a, "int");
             if (is_complex(a.dtype))
               throw dp::TypeError("[int] cannot convert a complex array to int");
             return nb::int_(v);
           })
      .def(
          "__complex__",
          [](const Array& a) {
            nb::object v = dpy::item(a, "complex");
            return nb::steal(PyComplex_FromCComplex(
                PyComplex_Check(v.ptr()) ? PyComplex_AsCComplex(v.ptr())
                                         : Py_complex{PyFloat_AsDouble(nb::float_(v).ptr()), 0.0}));
          })
      .def("__index__",
           [](const Array& a) {
             if (!is_integral(a.dtype))
               throw dp::TypeError(
                   std::string("[index] only integer arrays can be used as an index, not ") +
                   name_of(a.dtype));
             return dpy::item(a, "index");
           })
      .def("item", [](const Array& a) { return dpy::item(a, "item"); })
      .def(
          "__array__",
          [](const Array& a, nb::handle dtype, nb::handle copy) {
            if (dpy::opt_bool_arg(copy, "__array__", "copy") == false)
              throw std::invalid_argument(
                  "[__array__] copy=False: data on a device always needs a copy to host memory; "
                  "use DLPack (numpy.from_dlpack) to share host-backend memory");
            nb::object out = dpy::to_numpy(a);
            if (!dtype.is_none()) out = out.attr("astype")(dtype);
            return out;
          },
          nb::arg("dtype") = nb::none(), nb::kw_only(), nb::arg("copy") = nb::none())
      .def(
          "__array_namespace__",
          [](const Array&, nb::handle version) {
            // The standard's versions this namespace serves; others are refused, as NumPy.
            if (!version.is_none()) {
              if (!nb::isinstance<nb::str>(version))
                throw std::invalid_argument(  // ValueError, as NumPy
                    "[__array_namespace__] api_version must be None or a str, not " +
                    dpy::type_name_of(version));
              const std::string v = nb::cast<std::string>(version);
              if (v != "2021.12" && v != "2022.12" && v != "2023.12" && v != "2024.12")
                throw std::invalid_argument("[__array_namespace__] api_version \"" + v +
                                            "\" of the Array API standard is not supported "
                                            "(2021.12 to 2024.12 are)");
            }
            return nb::module_::import_("dparray");
          },
          nb::kw_only(), nb::arg("api_version") = nb::none())
      .def("__repr__",
           [](nb::handle self) {
             return nb::module_::import_("dparray._format").attr("array_repr")(self);
           })
      .def("__str__",
           [](nb::handle self) {
             return nb::module_::import_("dparray._format").attr("array_str")(self);
           })
      .def("__format__",
           [](nb::handle self, nb::handle spec) {
             return nb::module_::import_("dparray._format").attr("array_format")(self, spec);
           })
      .def("__add__", &binary<OpId::add>, nb::arg("other").none())
      .def("__radd__", &reflected<OpId::add>, nb::arg("other").none())
      .def("__iadd__", &inplace<OpId::add>, nb::arg("other").none())
      .def("__sub__", &binary<OpId::subtract>, nb::arg("other").none())
      .def("__rsub__", &reflected<OpId::subtract>, nb::arg("other").none())
      .def("__isub__", &inplace<OpId::subtract>, nb::arg("other").none())
      .def("__mul__", &binary<OpId::multiply>, nb::arg("other").none())
      .def("__rmul__", &reflected<OpId::multiply>, nb::arg("other").none())
      .def("__imul__", &inplace<OpId::multiply>, nb::arg("other").none())
      .def("__truediv__", &binary<OpId::divide>, nb::arg("other").none())
      .def("__rtruediv__", &reflected<OpId::divide>, nb::arg("other").none())
      .def("__itruediv__", &inplace<OpId::divide>, nb::arg("other").none())
      .def("__floordiv__", &binary<OpId::floor_divide>, nb::arg("other").none())
      .def("__rfloordiv__", &reflected<OpId::floor_divide>, nb::arg("other").none())
      .def("__ifloordiv__", &inplace<OpId::floor_divide>, nb::arg("other").none())
      .def("__mod__", &binary<OpId::remainder>, nb::arg("other").none())
      .def("__rmod__", &reflected<OpId::remainder>, nb::arg("other").none())
      .def("__imod__", &inplace<OpId::remainder>, nb::arg("other").none())
      .def(
          "__pow__", [](nb::handle s, nb::handle o, nb::handle) { return power(s, o); },
          nb::arg("other").none(), nb::arg("mod") = nb::none())
      .def(
          "__rpow__",
          [](nb::handle s, nb::handle o, nb::handle) { return reflected<OpId::pow>(s, o); },
          nb::arg("other").none(), nb::arg("mod") = nb::none())
      .def("__ipow__", &inplace<OpId::pow>, nb::arg("other").none())
      .def("__and__", &binary<OpId::bitwise_and>, nb::arg("other").none())
      .def("__rand__", &reflected<OpId::bitwise_and>, nb::arg("other").none())
      .def("__iand__", &inplace<OpId::bitwise_and>, nb::arg("other").none())
      .def("__or__", &binary<OpId::bitwise_or>, nb::arg("other").none())
      .def("__ror__", &reflected<OpId::bitwise_or>, nb::arg("other").none())
      .def("__ior__", &inplace<OpId::bitwise_or>, nb::arg("other").none())
      .def("__xor__", &binary<OpId::bitwise_xor>, nb::arg("other").none())
      .def("__rxor__", &reflected<OpId::bitwise_xor>, nb::arg("other").none())
      .def("__ixor__", &inplace<OpId::bitwise_xor>, nb::arg("other").none())
      .def("__lshift__", &binary<OpId::left_shift>, nb::arg("other").none())
      .def("__rlshift__", &reflected<OpId::left_shift>, nb::arg("other").none())
      .def("__ilshift__", &inplace<OpId::left_shift>, nb::arg("other").none())
      .def("__rshift__", &binary<OpId::right_shift>, nb::arg("other").none())
      .def("__rrshift__", &reflected<OpId::right_shift>, nb::arg("other").none())
      .def("__irshift__", &inplace<OpId::right_shift>, nb::arg("other").none())
      .def("__lt__", &binary<OpId::less>, nb::arg("other").none())
      .def("__le__", &binary<OpId::less_equal>, nb::arg("other").none())
      .def("__gt__", &binary<OpId::greater>, nb::arg("other").none())
      .def("__ge__", &binary<OpId::greater_equal>, nb::arg("other").none())
      .def("__eq__", &binary<OpId::equal>, nb::arg("other").none())
      .def("__ne__", &binary<OpId::not_equal>, nb::arg("other").none())
      .def("__neg__", &unary<OpId::negative>)
      .def("__pos__", &unary<OpId::positive>)
      .def("__abs__", &unary<OpId::abs>)
      .def("__invert__", &unary<OpId::bitwise_invert>);
  nb::setattr(cls, "__array_ufunc__", nb::none());  // NumPy defers its operators to ours
  nb::setattr(cls, "__array_priority__", nb::int_(100));
  nb::setattr(cls, "__hash__", nb::none());

  m.def(
      "asnumpy", [](const Array& a) { return dpy::to_numpy(a); }, nb::arg("x"),
      "A NumPy copy of the array (waits for pending work).");
}

void init_operator_slots(nb::module_&) {
  PyNumberMethods* n = reinterpret_cast<PyTypeObject*>(nb::type<Array>().ptr())->tp_as_number;
  n->nb_add = binary_slot<OpId::add>;
  n->nb_subtract = binary_slot<OpId::subtract>;
  n->nb_multiply = binary_slot<OpId::multiply>;
  n->nb_true_divide = binary_slot<OpId::divide>;
  n->nb_floor_divide = binary_slot<OpId::floor_divide>;
  n->nb_remainder = binary_slot<OpId::remainder>;
  n->nb_power = power_slot;
  n->nb_and = binary_slot<OpId::bitwise_and>;
  n->nb_or = binary_slot<OpId::bitwise_or>;
  n->nb_xor = binary_slot<OpId::bitwise_xor>;
  n->nb_lshift = binary_slot<OpId::left_shift>;
  n->nb_rshift = binary_slot<OpId::right_shift>;
  n->nb_inplace_add = inplace_slot<OpId::add>;
  n->nb_inplace_subtract = inplace_slot<OpId::subtract>;
  n->nb_inplace_multiply = inplace_slot<OpId::multiply>;
  n->nb_inplace_true_divide = inplace_slot<OpId::divide>;
  n->nb_inplace_floor_divide = inplace_slot<OpId::floor_divide>;
  n->nb_inplace_remainder = inplace_slot<OpId::remainder>;
  n->nb_inplace_power = inplace_power_slot;
  n->nb_inplace_and = inplace_slot<OpId::bitwise_and>;
  n->nb_inplace_or = inplace_slot<OpId::bitwise_or>;
  n->nb_inplace_xor = inplace_slot<OpId::bitwise_xor>;
  n->nb_inplace_lshift = inplace_slot<OpId::left_shift>;
  n->nb_inplace_rshift = inplace_slot<OpId::right_shift>;
  n->nb_negative = unary_slot<OpId::negative>;
  n->nb_positive = unary_slot<OpId::positive>;
  n->nb_absolute = unary_slot<OpId::abs>;
  n->nb_invert = unary_slot<OpId::bitwise_invert>;
}
