// The dparray._core extension module.
#include "gil.h"
#include "init.h"
#include "signed_function.h"

// ndarray's arithmetic operators as direct type slots (init_array.cpp); after sign_functions.
void init_operator_slots(nb::module_& m);

NB_MODULE(_core, m) {
  nb::set_leak_warnings(false);  // dtype objects and the registry live for the process
  m.doc() = "dparray core: devices, queues, arrays and operations (C++)";
  dpy::install_exit_settle();  // before any OpenBLAS use: runs before its destructor
  init_errors(m);
  init_dtypes(m);
  init_runtime(m);
  init_array(m);
  init_creation(m);
  init_elementwise(m);
  init_indexing(m);
  init_manipulation(m);
  init_reduction(m);
  init_linalg(m);
  init_random(m);
  init_dlpack(m);
  init_program(m);
  init_kernels(m);
  init_bench(m);
  init_linalg_factor(m);
  init_fft(m);
  init_sorting(m);
  init_memory(m);
  init_array_methods(m);
  init_stats(m);
  dpy::sign_functions(m);  // covers every function bound above
  init_operator_slots(m);  // last: setting a dunder later would reset its slot
}
