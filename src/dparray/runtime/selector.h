// Device selection grammars.
//  filter string:  "backend:device_type:index", each part optional, or a comma
//                  list of such ("gpu,cpu" = the first that matches).
//  DPARRAY_DEVICE_SELECTOR: the ONEAPI_DEVICE_SELECTOR grammar: ';'-separated
//                  terms "[!]backend:dev[,dev...]", dev = '*', a device type or
//                  an index; '!' terms exclude; backend may be '*'.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "dparray/runtime/device.h"

namespace dp {

struct FilterTerm {
  std::optional<BackendKind> backend;
  std::optional<DeviceType> type;
  std::optional<int> index;
  bool unavailable_backend = false;  // a known backend name dparray has no driver for
  bool is_default = false;           // "default": the default device
};

// Throws std::invalid_argument quoting `s` when it is malformed.
std::vector<FilterTerm> parse_filter_string(const std::string& s);

// The device a filter string names among `devices` (already renumbered), or null.
Device select_device(const std::vector<FilterTerm>& terms, const std::vector<Device>& devices);

// Applies a DPARRAY_DEVICE_SELECTOR value: returns the devices kept, in order.
// Throws std::invalid_argument quoting the value when it is malformed.
std::vector<Device> apply_device_selector_env(const std::string& value,
                                              const std::vector<Device>& devices);

// False when a (valid) DPARRAY_DEVICE_SELECTOR value keeps no device of backend k
// whatever devices exist ("host:*", "!opencl:*"), so k need not be loaded to know it.
bool selector_may_keep_backend(const std::string& value, BackendKind k);

// Names each device "backend:type:index", index counting the listed devices of the
// same backend and type (so filtering by DPARRAY_DEVICE_SELECTOR renumbers).
void assign_filter_strings(const std::vector<Device>& devices);

// s with control characters (NUL included) as \xNN, so a quoted string is never cut.
std::string printable(const std::string& s);

}  // namespace dp
