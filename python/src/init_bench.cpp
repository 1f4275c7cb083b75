// Measurement helpers used by benchmarks/ (not part of the array API).
#include "dparray/backend/host/stream_triad.h"
#include "gil.h"
#include "init.h"

void init_bench(nb::module_& m) {
  m.def("_stream_triad_bandwidth", &dp::host::stream_triad_bandwidth, nb::arg("n") = 1 << 25,
        nb::arg("repeats") = 10, nb::call_guard<dpy::gil_release>(),
        "Best STREAM triad bandwidth (bytes/s) over all cores, for arrays of n float64.");
}
