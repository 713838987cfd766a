// Reading one mapping file's document into a Mapping.
#pragma once

#include <optional>
#include <string>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "mapping/mapping.h"

namespace hindsight::mapping_detail {

// The mapping `document` describes, or nullopt after reporting every
// problem found in it. `file` is recorded for `hindsight formats`.
std::optional<Mapping> read_mapping(const RawNode& document, const std::string& file,
                                    Diagnostics& diagnostics);

}  // namespace hindsight::mapping_detail
