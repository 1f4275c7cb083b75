// Allocation identity of arrays: dparray.shares_memory / may_share_memory compare views of
// one allocation by their byte ranges, so they need to know which allocation a view is on.
#include <cstdint>

#include "convert.h"
#include "init.h"

using namespace dp;

void init_memory(nb::module_& m) {
  m.def(
      "_allocation",
      [](const Array& a) {
        // The buffer object's address names the allocation while the array keeps it alive.
        const auto id = reinterpret_cast<std::uintptr_t>(a.buf.get());
        const auto nbytes = a.buf ? static_cast<int64_t>(a.buf->nbytes()) : int64_t{0};
        return nb::make_tuple(nb::int_(id), nb::int_(nbytes));
      },
      nb::arg("x"), "(allocation id, allocation size in bytes) of the array's buffer.");
}
