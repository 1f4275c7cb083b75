// One init_* function per binding area; module.cpp calls them in order.
#pragma once
#include <nanobind/nanobind.h>

namespace nb = nanobind;

void init_errors(nb::module_& m);
void init_dtypes(nb::module_& m);
void init_runtime(nb::module_& m);
void init_array(nb::module_& m);
void init_creation(nb::module_& m);
void init_elementwise(nb::module_& m);
void init_indexing(nb::module_& m);
void init_manipulation(nb::module_& m);
void init_reduction(nb::module_& m);
void init_linalg(nb::module_& m);
void init_random(nb::module_& m);
void init_dlpack(nb::module_& m);
void init_program(nb::module_& m);
void init_kernels(nb::module_& m);
void init_bench(nb::module_& m);
void init_linalg_factor(nb::module_& m);
void init_fft(nb::module_& m);
void init_sorting(nb::module_& m);
void init_memory(nb::module_& m);
void init_array_methods(nb::module_& m);
void init_stats(nb::module_& m);
