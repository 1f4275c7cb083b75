// Introspectable wrappers around nanobind functions.
//
// nanobind's function objects (nanobind.nb_func / nb_method) are immutable and have no
// __signature__, so inspect.signature fails on every dparray function. sign_functions()
// replaces, at the end of module initialisation, every nanobind function of the module,
// of its submodules and of its classes by a small wrapper that forwards calls through
// vectorcall (one extra indirect call) and builds __signature__ lazily from nanobind's
// __nb_signature__ (python/dparray/_signature.py). Functions added by any init_* file are
// covered without their authors doing anything.
#pragma once
#include <nanobind/nanobind.h>

namespace dpy {

// Wraps every nanobind function reachable from `m` (its dict, submodules of `m`, and the
// dicts of classes defined in `m`) in place. One wrapper per function object. Does nothing
// under nanobind's stubgen (NB_STUBGEN=1), which reads the nanobind functions themselves.
void sign_functions(nanobind::module_& m);

}  // namespace dpy
