// Reading the pieces of a mapping file: paths, value rules, time and kind
// rules, conditions. Every mistake is an error at its place in the mapping
// file, since a mapping that half works would drop or mislabel events.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "mapping/mapping.h"

namespace hindsight::mapping_detail {

// Errors for a key that is not a single value, repeated, or not in `known`
// (with the closest known key as a hint). `context` names the map.
void check_mapping_keys(const RawNode& map, const std::vector<std::string_view>& known,
                        std::string_view context, Diagnostics& diagnostics);

std::optional<FieldPath> read_path(const RawNode& node, std::string_view what,
                                   Diagnostics& diagnostics);

// `title: text` (a path), or a map with one of `path` (a path or a list of
// them, first present wins), `value`, `template`, plus `first_line` and
// `default`.
std::optional<ValueRule> read_value_rule(const RawNode& node, std::string_view what,
                                         Diagnostics& diagnostics);

// `time: ts` (RFC 3339), or a map with `path`, `unit` or `format`, `zone`.
std::optional<TimeRule> read_time_rule(const RawNode& node, std::string_view what,
                                       Diagnostics& diagnostics);

// `kind: type` (the value is a kind name), or a map with `path` or `value`,
// `table` and `default`.
std::optional<KindRule> read_kind_rule(const RawNode& node, Diagnostics& diagnostics);

// A map with `has` (a list of paths) and `equals` (a map of path -> text).
std::optional<Condition> read_condition(const RawNode& node, std::string_view what,
                                        Diagnostics& diagnostics);

}  // namespace hindsight::mapping_detail
