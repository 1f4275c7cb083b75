// A small loader for the ELF x86-64 relocatable objects that dparray.kernels compiles
// (position-independent, small code model): it maps the object's sections into one
// executable region, resolves external symbols (libm, libc) with dlsym through a GOT
// and call stubs placed beside the code, and applies the relocations. Loading a cached
// kernel this way needs no LLVM in the process.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace dp::kernels {

// The address of function `symbol` in ELF object `data` once loaded, or 0 when the
// object uses something this loader does not handle (the caller then uses LLVM's JIT
// linker). The mapping stays for the life of the process.
uintptr_t load_object(const void* data, size_t size, const std::string& symbol);

}  // namespace dp::kernels
