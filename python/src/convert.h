// Conversions between Python objects and core types, shared by the init_* files.
#pragma once
#include <nanobind/nanobind.h>

#include <optional>
#include <string>

#include "dparray/array/array.h"
#include "dparray/ops/elementwise.h"

namespace nb = nanobind;

namespace dpy {

// The Python-visible dtype object (dparray.float32, ...): a thin wrapper.
struct PyDType {
  dp::DType t;
};

// The object returned by ndarray.device (repr "Device(host:cpu:0)").
struct ArrayDevice {
  dp::Queue queue;
};

// None -> nullopt; a dparray dtype, a NumPy dtype or scalar type, a string or
// bool/int/float/complex -> the dtype. Raises TypeError naming op otherwise.
std::optional<dp::DType> dtype_arg(nb::handle h, const char* op);
nb::object dtype_object(dp::DType t);

// The queue of a creation call from device= / sycl_queue= (either may be
// None). device may be a filter string, Device, Queue, ArrayDevice or None.
dp::Queue queue_arg(nb::handle device, nb::handle sycl_queue, const char* op);
// None -> "device"; otherwise one of "device", "shared", "host".
dp::UsmType usm_arg(nb::handle h);
// The queue and usm_type of a creation call: device= / sycl_queue= / queue=
// (an alias; giving both raises ValueError) and usm_type=.
struct Placement {
  dp::Queue q;
  dp::UsmType usm;
};
Placement placement_arg(nb::handle device, nb::handle usm_type, nb::handle sycl_queue,
                        nb::handle queue, const char* op);
// A Device from a filter string / Device / Queue / ArrayDevice.
dp::Device device_arg(nb::handle h, const char* op);

// A Python scalar (bool, int, float, complex, NumPy scalar) as a Scalar; false if not one.
// With `typed`, a NumPy scalar also reports its dtype (NEP 50: it promotes strongly).
// A Python int beyond uint64 is OverflowError naming op.
bool scalar_arg(nb::handle h, dp::Scalar& out, std::optional<dp::DType>* typed = nullptr,
                const char* op = "scalar");
// The dtype of a NumPy scalar (numpy.float32(1), ...), or nullopt for anything else.
std::optional<dp::DType> numpy_scalar_dtype(nb::handle h);

// An array or scalar operand (Python scalars weak, NumPy scalars typed). NumPy
// arrays and other objects raise TypeError naming op and how to move data.
dp::Operand operand_arg(nb::handle h, const char* op);
bool is_array(nb::handle h);
const dp::Array& array_ref(nb::handle h);

// A shape from an int or a sequence of ints.
dp::Shape shape_arg(nb::handle h, const char* op);
// Axis argument: None -> all axes; int or tuple -> normalised, sorted, unique.
std::vector<int> axes_arg(nb::handle h, int ndim, const char* op);

nb::tuple shape_tuple(const dp::Shape& s);

// Builds an array from Python data: nested sequences, scalars, NumPy arrays,
// buffer / DLPack exporters. dtype=nullopt infers it.
dp::Array array_from_object(nb::handle obj, std::optional<dp::DType> dtype, const dp::Queue& q,
                            dp::UsmType usm);

// x.astype(dtype, copy, order): dtype None is the device's default float; order as NumPy
// (K keeps the layout); without a copy and
// with nothing to change, x itself (as NumPy).
nb::object astype_arg(nb::handle x, nb::handle dtype, bool copy, const std::string& order = "K");

// Wraps a core array as a Python ndarray.
nb::object wrap(dp::Array a);

// Host copy as a NumPy array (imports NumPy).
nb::object to_numpy(const dp::Array& a);

}  // namespace dpy

namespace dpy {
// Adds a method to dparray.ndarray from any init_* file.
template <class F, class... Extra>
void add_array_method(const char* name, F&& f, const Extra&... extra) {
  nb::handle cls = nb::type<dp::Array>();
  nb::object fn = nb::cpp_function(std::forward<F>(f), nb::scope(cls), nb::name(name),
                                   nb::is_method(), extra...);
  nb::setattr(cls, name, fn);
}
// Reads the single element of a size-1 array as a Python scalar (a sync point).
nb::object item(const dp::Array& a, const char* op);
}  // namespace dpy
