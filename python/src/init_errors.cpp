// Maps core exceptions to the Python exception types users expect.
#include <stdexcept>
#include <typeinfo>

#include "dparray/runtime/errors.h"
#include "init.h"

void init_errors(nb::module_& m) {
  static nb::object placement = nb::borrow(PyErr_NewExceptionWithDoc(
      "dparray.ExecutionPlacementError",
      "Operands of an operation live on different queues (compute follows data).", PyExc_ValueError,
      nullptr));
  static nb::object build = nb::borrow(PyErr_NewExceptionWithDoc(
      "dparray.BuildError", "A kernel or program failed to compile; the message has the build log.",
      PyExc_RuntimeError, nullptr));
  // NumPy's AxisError is both: code catching either keeps working.
  static nb::object axis = nb::borrow(PyErr_NewExceptionWithDoc(
      "dparray.AxisError", "An axis argument is out of range (a ValueError and an IndexError).",
      nb::make_tuple(nb::handle(PyExc_ValueError), nb::handle(PyExc_IndexError)).ptr(), nullptr));
  m.attr("ExecutionPlacementError") = placement;
  m.attr("AxisError") = axis;
  m.attr("BuildError") = build;
  nb::register_exception_translator([](const std::exception_ptr& p, void*) {
    try {
      std::rethrow_exception(p);
    } catch (const dp::ExecutionPlacementError& e) {
      PyErr_SetString(placement.ptr(), e.what());
    } catch (const dp::TypeError& e) {
      PyErr_SetString(PyExc_TypeError, e.what());
    } catch (const dp::AxisError& e) {
      PyErr_SetString(axis.ptr(), e.what());
    } catch (const dp::IndexError& e) {
      PyErr_SetString(PyExc_IndexError, e.what());
    } catch (const dp::MemoryError& e) {
      PyErr_SetString(PyExc_MemoryError, e.what());
    } catch (const dp::BuildError& e) {
      PyErr_SetString(build.ptr(), e.what());
    } catch (const dp::BackendError& e) {
      PyErr_SetString(PyExc_RuntimeError, e.what());
    } catch (const std::bad_cast& e) {
      // A safety net only: bindings read arguments through convert_scalars.h, which names
      // the op. A failed nb::cast left somewhere is still a TypeError, not a RuntimeError.
      PyErr_Format(PyExc_TypeError, "an argument has an unsupported type (%s)", e.what());
    }
  });
}
