#include "dparray/kernels/object_loader.h"

#include <dlfcn.h>
#include <elf.h>
#include <sys/mman.h>

#include <cstring>
#include <map>
#include <mutex>
#include <vector>

namespace dp::kernels {

namespace {

size_t align_up(size_t x, size_t a) { return a > 1 ? (x + a - 1) / a * a : x; }

// Every offset and size below comes from the file: each is checked against the file's
// size (and the loaded sections' sizes) with overflow-free comparisons before use.
constexpr size_t kMaxImage = size_t(1) << 30;  // a kernel object is a few KiB to MiB
constexpr size_t kMaxAlign = 4096;

bool range_ok(uint64_t offset, uint64_t size, uint64_t limit) {
  return offset <= limit && size <= limit - offset;
}

struct Image {
  const unsigned char* bytes;
  size_t size;
  const Elf64_Ehdr* eh;
  const Elf64_Shdr* sh;

  const Elf64_Shdr* section(size_t i) const { return i < eh->e_shnum ? &sh[i] : nullptr; }
  bool in_file(const Elf64_Shdr& s) const {
    return s.sh_type == SHT_NOBITS || range_ok(s.sh_offset, s.sh_size, size);
  }
};

bool fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

// A NUL-terminated name inside the string table [names, names + len), else nullptr.
const char* name_at(const char* names, size_t len, uint64_t off) {
  if (off >= len || !std::memchr(names + off, '\0', len - off)) return nullptr;
  return names + off;
}

}  // namespace

uintptr_t load_object(const void* data, size_t size, const std::string& symbol) {
#if defined(__x86_64__) && defined(__linux__)
  Image im{static_cast<const unsigned char*>(data), size, nullptr, nullptr};
  if (size < sizeof(Elf64_Ehdr)) return 0;
  im.eh = reinterpret_cast<const Elf64_Ehdr*>(im.bytes);
  const Elf64_Ehdr& eh = *im.eh;
  if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
      eh.e_ident[EI_DATA] != ELFDATA2LSB || eh.e_type != ET_REL || eh.e_machine != EM_X86_64 ||
      eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0 ||
      !range_ok(eh.e_shoff, uint64_t(eh.e_shnum) * sizeof(Elf64_Shdr), size) ||
      eh.e_shoff % alignof(Elf64_Shdr) != 0)
    return 0;
  im.sh = reinterpret_cast<const Elf64_Shdr*>(im.bytes + eh.e_shoff);

  // Symbol table and the undefined (external) symbols that need a GOT slot and a stub.
  const Elf64_Shdr* symtab = nullptr;
  for (size_t i = 0; i < eh.e_shnum; ++i)
    if (im.sh[i].sh_type == SHT_SYMTAB) symtab = &im.sh[i];
  if (!symtab || symtab->sh_entsize != sizeof(Elf64_Sym) || !im.in_file(*symtab) ||
      symtab->sh_offset % alignof(Elf64_Sym) != 0)
    return 0;
  const Elf64_Shdr* strtab = im.section(symtab->sh_link);
  if (!strtab || strtab->sh_type != SHT_STRTAB || !im.in_file(*strtab) || strtab->sh_size == 0)
    return 0;
  const auto* syms = reinterpret_cast<const Elf64_Sym*>(im.bytes + symtab->sh_offset);
  const size_t nsyms = symtab->sh_size / sizeof(Elf64_Sym);
  const char* names = reinterpret_cast<const char*>(im.bytes + strtab->sh_offset);
  const size_t names_len = strtab->sh_size;
  // Every named symbol's name lies in the string table; every defined one's value lies in
  // its section (an end-of-section label may equal the size).
  for (size_t k = 1; k < nsyms; ++k) {
    if (!name_at(names, names_len, syms[k].st_name)) return 0;
    const uint16_t shndx = syms[k].st_shndx;
    if (shndx == SHN_UNDEF || shndx == SHN_ABS || shndx >= SHN_LORESERVE) continue;
    if (shndx >= eh.e_shnum || syms[k].st_value > im.sh[shndx].sh_size) return 0;
  }

  // Layout: every allocated section, then the GOT (8 bytes per external), then the stubs.
  std::vector<size_t> offset(eh.e_shnum, SIZE_MAX);
  size_t total = 0;
  for (size_t i = 0; i < eh.e_shnum; ++i) {
    const Elf64_Shdr& s = im.sh[i];
    if (!(s.sh_flags & SHF_ALLOC) || s.sh_size == 0) continue;
    if (!im.in_file(s) || s.sh_size > kMaxImage || s.sh_addralign > kMaxAlign ||
        (s.sh_addralign & (s.sh_addralign - 1)) != 0)
      return 0;
    total = align_up(total, s.sh_addralign ? s.sh_addralign : 1);
    offset[i] = total;
    total += s.sh_size;
    if (total > kMaxImage) return 0;
  }
  std::map<size_t, size_t> slot;  // external symbol index -> GOT slot
  for (size_t k = 1; k < nsyms; ++k)
    if (syms[k].st_shndx == SHN_UNDEF && syms[k].st_name != 0) slot.emplace(k, slot.size());
  if (slot.size() > kMaxImage / 32) return 0;
  total = align_up(total, 16);
  const size_t got = total;
  total += slot.size() * 8;
  const size_t stubs = align_up(total, 16);
  total = stubs + slot.size() * 16;
  if (total == 0) return 0;

  void* mem = mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return 0;
  auto* base = static_cast<unsigned char*>(mem);
  auto fail = [&] {
    munmap(mem, total);
    return uintptr_t(0);
  };
  for (size_t i = 0; i < eh.e_shnum; ++i)
    if (offset[i] != SIZE_MAX && im.sh[i].sh_type != SHT_NOBITS)
      std::memcpy(base + offset[i], im.bytes + im.sh[i].sh_offset, im.sh[i].sh_size);
  for (auto [k, n] : slot) {
    void* addr = dlsym(RTLD_DEFAULT, names + syms[k].st_name);
    if (!addr) return fail();
    uint64_t a = reinterpret_cast<uint64_t>(addr);
    std::memcpy(base + got + n * 8, &a, 8);
    unsigned char* st = base + stubs + n * 16;  // jmp *[rip + disp32] through the GOT slot
    const int32_t disp = static_cast<int32_t>(int64_t(got + n * 8) - int64_t(stubs + n * 16 + 6));
    st[0] = 0xff;
    st[1] = 0x25;
    std::memcpy(st + 2, &disp, 4);
  }
  auto sym_addr = [&](size_t k, bool call) -> int64_t {
    const Elf64_Sym& s = syms[k];
    if (s.st_shndx == SHN_UNDEF) {
      auto it = slot.find(k);
      if (it == slot.end()) return 0;
      return call ? int64_t(base + stubs + it->second * 16)
                  : *reinterpret_cast<int64_t*>(base + got + it->second * 8);
    }
    if (s.st_shndx == SHN_ABS) return int64_t(s.st_value);
    if (s.st_shndx >= eh.e_shnum || offset[s.st_shndx] == SIZE_MAX) return 0;
    return int64_t(base + offset[s.st_shndx] + s.st_value);
  };

  for (size_t i = 0; i < eh.e_shnum; ++i) {
    const Elf64_Shdr& rs = im.sh[i];
    if (rs.sh_type == SHT_REL) return fail();
    if (rs.sh_type != SHT_RELA || rs.sh_info >= eh.e_shnum || offset[rs.sh_info] == SIZE_MAX)
      continue;  // relocations of sections not loaded (debug info, unwind tables)
    if (!im.in_file(rs) || rs.sh_type == SHT_NOBITS || rs.sh_link != size_t(symtab - im.sh) ||
        rs.sh_entsize != sizeof(Elf64_Rela) || rs.sh_offset % alignof(Elf64_Rela) != 0)
      return fail();
    const auto* rel = reinterpret_cast<const Elf64_Rela*>(im.bytes + rs.sh_offset);
    for (size_t r = 0; r < rs.sh_size / sizeof(Elf64_Rela); ++r) {
      const size_t k = ELF64_R_SYM(rel[r].r_info);
      const uint32_t type = ELF64_R_TYPE(rel[r].r_info);
      const size_t width = type == R_X86_64_64 ? 8 : 4;
      if (k >= nsyms || !range_ok(rel[r].r_offset, width, im.sh[rs.sh_info].sh_size)) return fail();
      unsigned char* p = base + offset[rs.sh_info] + rel[r].r_offset;
      const int64_t P = int64_t(p), A = rel[r].r_addend;
      switch (type) {
        case R_X86_64_NONE: break;
        case R_X86_64_64: {
          const int64_t S = sym_addr(k, false);
          if (!S) return fail();
          const int64_t v = S + A;
          std::memcpy(p, &v, 8);
          break;
        }
        case R_X86_64_PC32:
        case R_X86_64_PLT32: {
          const bool ext = syms[k].st_shndx == SHN_UNDEF;
          if (ext && type == R_X86_64_PC32) return fail();  // data of another library
          const int64_t S = sym_addr(k, true);
          if (!S) return fail();
          const int64_t v = S + A - P;
          if (!fits_i32(v)) return fail();
          const int32_t v32 = int32_t(v);
          std::memcpy(p, &v32, 4);
          break;
        }
        case R_X86_64_GOTPCREL:
        case R_X86_64_GOTPCRELX:
        case R_X86_64_REX_GOTPCRELX: {
          auto it = slot.find(k);
          if (it == slot.end()) return fail();
          const int64_t v = int64_t(base + got + it->second * 8) + A - P;
          if (!fits_i32(v)) return fail();
          const int32_t v32 = int32_t(v);
          std::memcpy(p, &v32, 4);
          break;
        }
        default: return fail();
      }
    }
  }
  // Find the entry before sealing the mapping.
  uintptr_t entry = 0;
  for (size_t k = 1; k < nsyms; ++k)
    if (syms[k].st_shndx != SHN_UNDEF && symbol == names + syms[k].st_name &&
        ELF64_ST_TYPE(syms[k].st_info) == STT_FUNC && syms[k].st_shndx < eh.e_shnum &&
        (im.sh[syms[k].st_shndx].sh_flags & SHF_EXECINSTR) &&
        syms[k].st_value < im.sh[syms[k].st_shndx].sh_size)
      entry = uintptr_t(sym_addr(k, false));
  if (!entry || mprotect(mem, total, PROT_READ | PROT_EXEC) != 0) return fail();
  return entry;
#else
  (void)data;
  (void)size;
  (void)symbol;
  return 0;
#endif
}

}  // namespace dp::kernels
