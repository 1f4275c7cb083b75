// Wrappers that give nanobind functions an inspect.Signature (see signed_function.h).
#include "signed_function.h"

#include <Python.h>
#include <structmember.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace nb = nanobind;

namespace dpy {
namespace {

struct Signed {
  PyObject_HEAD vectorcallfunc vectorcall;  // this object's entry point: forwards to `target`
  PyObject* func;                           // the nanobind function (nb_func or nb_method)
  vectorcallfunc target;                    // func's own vectorcall, read once
  PyObject* signature;                      // inspect.Signature, built on first use
  PyObject* doc;                            // __doc__, looked up on first use
};

PyTypeObject* function_type = nullptr;  // module functions and static methods
PyTypeObject* method_type = nullptr;    // methods: a descriptor that binds like a def

PyObject* signed_vectorcall(PyObject* self, PyObject* const* args, size_t nargsf,
                            PyObject* kwnames) {
  auto* s = reinterpret_cast<Signed*>(self);
  return s->target(s->func, args, nargsf, kwnames);
}

// Parsing nanobind's signature text is Python's job (dparray/_signature.py); done once.
PyObject* signature_of(Signed* s) {
  if (!s->signature) {
    PyObject* mod = PyImport_ImportModule("dparray._signature");
    if (!mod) return nullptr;
    PyObject* sig = PyObject_CallMethod(mod, "from_nanobind", "O", s->func);
    Py_DECREF(mod);
    if (!sig) return nullptr;
    s->signature = sig;
  }
  return Py_NewRef(s->signature);
}

// The NumPy-style text lives in Python (dparray/_docstrings), read on first use.
PyObject* doc_of(Signed* s) {
  if (!s->doc) {
    PyObject* mod = PyImport_ImportModule("dparray._docstrings");
    if (!mod) return nullptr;
    PyObject* doc = PyObject_CallMethod(mod, "function_doc", "O", s->func);
    Py_DECREF(mod);
    if (!doc) return nullptr;
    s->doc = doc;
  }
  return Py_NewRef(s->doc);
}

bool forwarded(const char* n) {
  return !strcmp(n, "__name__") || !strcmp(n, "__qualname__") || !strcmp(n, "__module__") ||
         !strcmp(n, "__nb_signature__");
}

PyObject* signed_getattro(PyObject* self, PyObject* name) {
  auto* s = reinterpret_cast<Signed*>(self);
  const char* n = PyUnicode_Check(name) ? PyUnicode_AsUTF8(name) : nullptr;
  if (n && n[0] == '_' && n[1] == '_') {
    if (!strcmp(n, "__signature__")) return signature_of(s);
    if (!strcmp(n, "__doc__")) return doc_of(s);
    if (!strcmp(n, "__wrapped__")) return Py_NewRef(s->func);
    if (forwarded(n)) return PyObject_GetAttr(s->func, name);
  }
  PyObject* r = PyObject_GenericGetAttr(self, name);
  if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
  PyErr_Clear();
  return PyObject_GetAttr(s->func, name);
}

PyObject* signed_repr(PyObject* self) {
  PyObject* q = PyObject_GetAttrString(reinterpret_cast<Signed*>(self)->func, "__qualname__");
  if (!q) return nullptr;
  PyObject* r = PyUnicode_FromFormat(
      Py_TYPE(self) == method_type ? "<built-in method %S>" : "<built-in function %S>", q);
  Py_DECREF(q);
  return r;
}

// Pickled by reference, as Python functions: pickle finds __module__.__qualname__ again.
PyObject* signed_reduce(PyObject* self, PyObject*) {
  return PyObject_GetAttrString(reinterpret_cast<Signed*>(self)->func, "__qualname__");
}

PyMethodDef signed_methods[] = {{"__reduce__", signed_reduce, METH_NOARGS, nullptr},
                                {nullptr, nullptr, 0, nullptr}};

// Bound like a Python function: x.f is a types.MethodType, so inspect drops `self`.
PyObject* method_descr_get(PyObject* self, PyObject* obj, PyObject*) {
  if (!obj || obj == Py_None) return Py_NewRef(self);
  return PyMethod_New(self, obj);
}

int signed_traverse(PyObject* self, visitproc visit, void* arg) {
  auto* s = reinterpret_cast<Signed*>(self);
  Py_VISIT(s->func);
  Py_VISIT(s->signature);
  Py_VISIT(s->doc);
  Py_VISIT(Py_TYPE(self));
  return 0;
}

int signed_clear(PyObject* self) {
  auto* s = reinterpret_cast<Signed*>(self);
  Py_CLEAR(s->signature);
  Py_CLEAR(s->doc);
  Py_CLEAR(s->func);
  return 0;
}

void signed_dealloc(PyObject* self) {
  PyTypeObject* tp = Py_TYPE(self);
  PyObject_GC_UnTrack(self);
  signed_clear(self);
  tp->tp_free(self);
  Py_DECREF(tp);
}

// Also a type attribute: pydoc reads __doc__ with object.__getattribute__.
PyObject* signed_get_doc(PyObject* self, void*) { return doc_of(reinterpret_cast<Signed*>(self)); }

PyGetSetDef signed_getset[] = {{"__doc__", signed_get_doc, nullptr, nullptr, nullptr},
                               {nullptr, nullptr, nullptr, nullptr, nullptr}};

// A function found in a class stays unbound (a static method), as nanobind's own; having
// __get__ makes inspect.isroutine, and so help(), treat it as a function.
PyObject* function_descr_get(PyObject* self, PyObject*, PyObject*) { return Py_NewRef(self); }

PyMemberDef signed_members[] = {{"__vectorcalloffset__", T_PYSSIZET,
                                 (Py_ssize_t)offsetof(Signed, vectorcall), READONLY, nullptr},
                                {nullptr, 0, 0, 0, nullptr}};

PyType_Slot function_slots[] = {{Py_tp_members, (void*)signed_members},
                                {Py_tp_getset, (void*)signed_getset},
                                {Py_tp_descr_get, (void*)function_descr_get},
                                {Py_tp_methods, (void*)signed_methods},
                                {Py_tp_getattro, (void*)signed_getattro},
                                {Py_tp_repr, (void*)signed_repr},
                                {Py_tp_traverse, (void*)signed_traverse},
                                {Py_tp_clear, (void*)signed_clear},
                                {Py_tp_dealloc, (void*)signed_dealloc},
                                {Py_tp_call, (void*)PyVectorcall_Call},
                                {0, nullptr}};

PyType_Slot method_slots[] = {{Py_tp_members, (void*)signed_members},
                              {Py_tp_methods, (void*)signed_methods},
                              {Py_tp_getset, (void*)signed_getset},
                              {Py_tp_getattro, (void*)signed_getattro},
                              {Py_tp_repr, (void*)signed_repr},
                              {Py_tp_traverse, (void*)signed_traverse},
                              {Py_tp_clear, (void*)signed_clear},
                              {Py_tp_dealloc, (void*)signed_dealloc},
                              {Py_tp_call, (void*)PyVectorcall_Call},
                              {Py_tp_descr_get, (void*)method_descr_get},
                              {0, nullptr}};

constexpr unsigned long kFlags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
                                 Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_IMMUTABLETYPE |
                                 Py_TPFLAGS_DISALLOW_INSTANTIATION;

PyType_Spec function_spec = {"dparray._core.builtin_function", (int)sizeof(Signed), 0, kFlags,
                             function_slots};
// METHOD_DESCRIPTOR: x.f(...) and operator slots call it unbound with x first, as they
// call nb_method, without creating a bound method.
PyType_Spec method_spec = {"dparray._core.builtin_method", (int)sizeof(Signed), 0,
                           kFlags | Py_TPFLAGS_METHOD_DESCRIPTOR, method_slots};

bool is_nanobind(PyObject* o, const char* type_name) {
  return strcmp(Py_TYPE(o)->tp_name, type_name) == 0;
}

// The wrapper of `func` (one per function object, kept in `cache` by address).
nb::object wrap(PyObject* func, PyTypeObject* tp, nb::dict& cache) {
  nb::int_ key((uintptr_t)func);
  if (cache.contains(key)) return cache[key];
  Signed* s = PyObject_GC_New(Signed, tp);
  if (!s) throw nb::python_error();
  s->vectorcall = signed_vectorcall;
  s->func = Py_NewRef(func);
  s->target = PyVectorcall_Function(func);
  s->signature = nullptr;
  s->doc = nullptr;
  if (!s->target) {
    Py_DECREF(s);
    throw std::runtime_error("[sign_functions] a nanobind function without vectorcall");
  }
  PyObject_GC_Track(s);
  nb::object w = nb::steal(reinterpret_cast<PyObject*>(s));
  cache[key] = w;
  return w;
}

void sign_class(nb::handle cls, nb::dict& cache, nb::handle docstrings) {
  nb::list items =
      nb::borrow<nb::dict>(reinterpret_cast<PyTypeObject*>(cls.ptr())->tp_dict).items();
  for (nb::handle item : items) {
    nb::handle name = item[0], value = item[1];
    const char* n = PyUnicode_AsUTF8(name.ptr());
    if (!n || !strcmp(n, "__init__") || !strcmp(n, "__new__")) continue;
    // setattr (not a dict write) so that CPython refreshes the operator slots.
    if (is_nanobind(value.ptr(), "nanobind.nb_method"))
      nb::setattr(cls, name, wrap(value.ptr(), method_type, cache));
    else if (is_nanobind(value.ptr(), "nanobind.nb_func"))
      nb::setattr(cls, name, wrap(value.ptr(), function_type, cache));
  }
  docstrings.attr("document_class")(cls);  // lazy class and property docs
}

void sign_module(nb::module_ m, const std::string& prefix, nb::dict& cache, nb::set& seen,
                 nb::handle docstrings) {
  nb::dict d = nb::borrow<nb::dict>(PyModule_GetDict(m.ptr()));
  for (nb::handle item : d.items()) {
    nb::handle name = item[0], value = item[1];
    if (is_nanobind(value.ptr(), "nanobind.nb_func")) {
      d[name] = wrap(value.ptr(), function_type, cache);
    } else if (PyType_Check(value.ptr()) && nb::type_check(value)) {
      nb::object mod = nb::getattr(value, "__module__", nb::none());
      if (seen.contains(value) || !nb::isinstance<nb::str>(mod) ||
          !std::string(nb::borrow<nb::str>(mod).c_str()).starts_with(prefix))
        continue;
      seen.add(value);
      sign_class(value, cache, docstrings);
    } else if (PyModule_Check(value.ptr())) {
      const char* sub = PyModule_GetName(value.ptr());
      if (!sub) throw nb::python_error();
      if (seen.contains(value) || !std::string(sub).starts_with(prefix + ".")) continue;
      seen.add(value);
      sign_module(nb::borrow<nb::module_>(value), prefix, cache, seen, docstrings);
    }
  }
}

}  // namespace

void sign_functions(nb::module_& m) {
  // nanobind's stubgen sets NB_STUBGEN and reads nanobind functions as they are.
  if (const char* stubgen = std::getenv("NB_STUBGEN"); stubgen && *stubgen == '1') return;
  if (!function_type) {
    function_type = reinterpret_cast<PyTypeObject*>(PyType_FromSpec(&function_spec));
    if (!function_type) throw nb::python_error();
    method_type = reinterpret_cast<PyTypeObject*>(PyType_FromSpec(&method_spec));
    if (!method_type) throw nb::python_error();
  }
  nb::dict cache;
  nb::set seen;
  nb::module_ docstrings = nb::module_::import_("dparray._docstrings");
  sign_module(m, PyModule_GetName(m.ptr()), cache, seen, docstrings);
}

}  // namespace dpy
