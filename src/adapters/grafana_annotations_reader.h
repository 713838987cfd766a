// Reading Grafana annotation lists: which documents are one, and each
// annotation as an alert, resolve, deploy or note event.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::grafana {

// How much a document looks like this export.
using Match = Recognition;  // what recognize() reports

Match match(const RawNode& document);

// What a document that is no such export lacks.
inline constexpr std::string_view missing_marks =
    "no list of annotations with `time`, `timeEnd` and dashboard or alert ids";

// Appends the document's events; problems go to `diagnostics`.
void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::grafana
