// The fast path for JSON files (see json_documents.cc).
#pragma once

#include <string>
#include <vector>

#include "hindsight/input_limits.h"
#include "hindsight/interned_string.h"
#include "hindsight/raw_node.h"

namespace hindsight {

// Appends the one document of `text` and returns true when `text` is a
// single valid JSON object or array within `limits`' depth and value size;
// otherwise appends nothing and returns false, for the YAML parser to read
// (and report on).
bool parse_plain_json(InternedString path, const std::string& text, const InputLimits& limits,
                      std::vector<RawNode>& out);

}  // namespace hindsight
