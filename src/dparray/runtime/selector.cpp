#include "dparray/runtime/selector.h"

#include <algorithm>
#include <stdexcept>

namespace dp {

std::string printable(const std::string& s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c != 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    parts.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return parts;
}

// A device index: decimal digits without a sign, spaces or leading zeros ("0", "12";
// not "00", "+1", " 1"), so that each device has exactly one spelling.
bool is_index(const std::string& s) {
  return !s.empty() && s.size() < 9 && (s.size() == 1 || s[0] != '0') &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

// Backends dparray knows by name; the ones without a driver here match nothing.
bool parse_backend(const std::string& s, FilterTerm& t) {
  if (s == "host")
    t.backend = BackendKind::Host;
  else if (s == "opencl")
    t.backend = BackendKind::OpenCL;
  else if (s == "level_zero" || s == "cuda" || s == "hip" || s == "ext_oneapi_level_zero" ||
           s == "ext_oneapi_cuda" || s == "ext_oneapi_hip")
    t.unavailable_backend = true;
  else
    return false;
  return true;
}

bool parse_type(const std::string& s, std::optional<DeviceType>& out) {
  if (s == "cpu")
    out = DeviceType::CPU;
  else if (s == "gpu")
    out = DeviceType::GPU;
  else if (s == "accelerator" || s == "fpga")
    out = DeviceType::Accelerator;
  else
    return false;
  return true;
}

[[noreturn]] void bad_filter(const std::string& whole, const std::string& why) {
  throw std::invalid_argument("[select_device] filter string '" + printable(whole) +
                              "' is malformed: " + printable(why));
}

bool matches(const FilterTerm& t, const Device& d) {
  if (t.unavailable_backend || t.is_default) return false;
  if (t.backend && d->backend_kind() != *t.backend) return false;
  if (t.type && d->info().type != *t.type) return false;
  return true;
}

}  // namespace

std::vector<FilterTerm> parse_filter_string(const std::string& s) {
  // Strict, as dpctl: lowercase names, no spaces, decimal indices.
  std::vector<FilterTerm> terms;
  if (s.empty()) bad_filter(s, "it is empty");
  for (const std::string& item : split(s, ',')) {
    if (item.empty()) bad_filter(s, "an empty entry in the list");
    std::vector<std::string> parts = split(item, ':');
    if (parts.size() > 3) bad_filter(s, "more than three ':'-separated parts in '" + item + "'");
    FilterTerm t;
    int stage = 0;  // 0: expecting backend, 1: type, 2: index, 3: done
    for (const std::string& p : parts) {
      if (p.empty()) bad_filter(s, "an empty part in '" + item + "'");
      if (stage == 0 && parse_backend(p, t)) {
        stage = 1;
      } else if (stage <= 1 && parse_type(p, t.type)) {
        stage = 2;
      } else if (stage <= 2 && is_index(p)) {
        t.index = std::stoi(p);
        stage = 3;
      } else if (p == "default" && parts.size() == 1) {
        t.is_default = true;
        stage = 3;
      } else {
        bad_filter(s, "'" + p +
                          "' is not a backend (host, opencl), a device type (cpu, gpu, "
                          "accelerator) or an index, in that order (lowercase, no spaces, "
                          "indices without leading zeros)");
      }
    }
    terms.push_back(t);
  }
  return terms;
}

Device select_device(const std::vector<FilterTerm>& terms, const std::vector<Device>& devices) {
  for (const FilterTerm& t : terms) {
    int seen = 0;
    for (const Device& d : devices) {
      if (!matches(t, d)) continue;
      if (!t.index || seen == *t.index) return d;
      ++seen;
    }
  }
  return nullptr;
}

std::vector<Device> apply_device_selector_env(const std::string& value,
                                              const std::vector<Device>& devices) {
  auto bad = [&](const std::string& why) -> void {
    throw std::invalid_argument("[DPARRAY_DEVICE_SELECTOR] '" + printable(value) +
                                "' is malformed: " + printable(why));
  };
  std::vector<bool> include(devices.size(), false), exclude(devices.size(), false);
  bool any_positive = false, any_term = false;
  // Strict as filter strings: lowercase names, no spaces, decimal indices.
  if (value.empty()) bad("it is empty");
  for (const std::string& raw_term : split(value, ';')) {
    std::string term = raw_term;
    if (term.empty()) bad("it has an empty term (a stray ';')");
    bool neg = term[0] == '!';
    if (neg) term = term.substr(1);
    size_t colon = term.find(':');
    if (colon == std::string::npos) bad("term '" + term + "' has no 'backend:devices' form");
    std::string be = term.substr(0, colon);
    FilterTerm bt;
    if (be != "*" && !parse_backend(be, bt)) bad("'" + be + "' is not a backend");
    std::string devs = term.substr(colon + 1);
    if (devs.empty()) bad("term '" + term + "' names no devices");
    for (const std::string& dev : split(devs, ',')) {
      if (dev.empty()) bad("term '" + term + "' has an empty device entry");
      FilterTerm t = bt;
      bool all = dev == "*";
      if (!all && !is_index(dev) && !parse_type(dev, t.type))
        bad("'" + dev +
            "' is not '*', a device type or an index (lowercase, no spaces, indices without "
            "leading zeros)");
      // An index counts the devices of one backend ("*:0" is each backend's first).
      int seen[2] = {0, 0};
      for (size_t i = 0; i < devices.size(); ++i) {
        if (!matches(t, devices[i])) continue;
        int& n = seen[devices[i]->backend_kind() == BackendKind::Host ? 0 : 1];
        bool hit = all || t.type.has_value() || (is_index(dev) && std::stoi(dev) == n);
        ++n;
        if (!hit) continue;
        (neg ? exclude : include)[i] = true;
      }
      if (!neg) any_positive = true;
      any_term = true;
    }
  }
  if (!any_term) bad("it has no 'backend:devices' term");
  std::vector<Device> kept;
  for (size_t i = 0; i < devices.size(); ++i)
    if ((include[i] || !any_positive) && !exclude[i]) kept.push_back(devices[i]);
  return kept;
}

bool selector_may_keep_backend(const std::string& value, BackendKind k) {
  bool any_positive = false, positive_names_k = false;
  for (const std::string& raw_term : split(value, ';')) {
    if (raw_term.empty()) continue;
    const bool neg = raw_term[0] == '!';
    const std::string term = neg ? raw_term.substr(1) : raw_term;
    const size_t colon = term.find(':');
    if (colon == std::string::npos) continue;
    FilterTerm bt;
    const std::string be = term.substr(0, colon);
    const bool names_k = be == "*" || (parse_backend(be, bt) && bt.backend == k);
    if (!neg) {
      any_positive = true;
      positive_names_k = positive_names_k || names_k;
    } else if (names_k) {
      for (const std::string& dev : split(term.substr(colon + 1), ','))
        if (dev == "*") return false;  // "!k:*" drops every device of k
    }
  }
  return !any_positive || positive_names_k;
}

void assign_filter_strings(const std::vector<Device>& devices) {
  // Index among the kept devices of the same backend and type.
  int counters[2][3] = {};
  for (const Device& d : devices) {
    int& n =
        counters[d->backend_kind() == BackendKind::Host ? 0 : 1][static_cast<int>(d->info().type)];
    d->set_filter_string(std::string(to_string(d->backend_kind())) + ":" +
                         to_string(d->info().type) + ":" + std::to_string(n++));
  }
}

}  // namespace dp
