// Reading Datadog event exports (v1 and v2 Events API): which documents are
// one, and each event as an alert, deploy or note.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::datadog {

// How much a document looks like this export.
using Match = Recognition;  // what recognize() reports

Match match(const RawNode& document);

// What a document that is no such export lacks.
inline constexpr std::string_view missing_marks =
    "no `events` list with `date_happened` (v1), or `data` list of `type: event` items with "
    "`attributes` (v2)";

// Appends the document's events; problems go to `diagnostics`.
void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::datadog
