// The load, normalize and merge stages on one file held in memory, shared
// by the load and adapter targets.
#pragma once

#include <string_view>

#include "hindsight/adapter.h"

namespace hindsight::fuzz {

// Parses `bytes` as the file `path` (its extension picks YAML or JSON),
// turns its documents into events with `input_format` (null to detect each
// document's format) and merges them.
void read_one_file(const char* path, std::string_view bytes, const Adapter* input_format);

}  // namespace hindsight::fuzz
