// Reading RawNodes into values, reporting what is wrong where it is wrong.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::normalize_detail {

// The text of a scalar. A null node, a list or a map is an error naming
// `what` ("title", "incident.id", ...); nullopt then.
std::optional<std::string> read_text(const RawNode& node, std::string_view what,
                                     Diagnostics& diagnostics);

// A timestamp (see parse_timestamp), errors placed at the node.
std::optional<Timestamp> read_time(const RawNode& node, std::string_view what, const Zone* zone,
                                   Diagnostics& diagnostics);

// Checks a map's keys: a key that is not a single value, or that appears
// twice, is an error; a key not in `known` is a warning that suggests the
// closest known key. `context` names the map in messages ("event",
// "incident", "actor").
void check_keys(const RawNode& map, const std::vector<std::string_view>& known,
                std::string_view context, Diagnostics& diagnostics);

// The `hindsight:` format version of an event log or a plan: only 1 exists;
// anything else is an error saying so.
void check_format_version(const RawNode& node, Diagnostics& diagnostics);

// Only the first two checks of check_keys: for maps whose keys are free
// (labels).
void check_free_keys(const RawNode& map, std::string_view context, Diagnostics& diagnostics);

}  // namespace hindsight::normalize_detail
