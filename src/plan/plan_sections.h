// Readers for the parts of a plan map (plan_reader.cc puts them together).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/plan.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::plan_detail {

// A plan kind as people write it: any case, `-` or `_`, and the obvious
// synonyms ("job" is a backfill, "release" a deploy). nullopt for anything
// else, with `suggestion` set to the closest kind when one is close.
std::optional<PlanKind> parse_plan_kind(std::string_view text, std::string& suggestion);

// `volume:`; false when it has errors (all reported).
bool read_volume(const RawNode& node, PlanVolume& volume, Diagnostics& diagnostics);

// `dependencies:`; `zone` reads offset-less `resets_at` times (null: such
// times are errors). False when it has errors (all reported).
bool read_dependencies(const RawNode& node, const Zone* zone, std::vector<Dependency>& out,
                       Diagnostics& diagnostics);

}  // namespace hindsight::plan_detail
