// The document shapes PagerDuty produces, told apart by their marks. Kept
// apart from the Adapter class so that recognising a shape and converting
// it share one definition.
#pragma once

#include <string_view>

#include "hindsight/raw_node.h"

namespace hindsight::pagerduty {

enum class Shape {
  none,
  log_entry_page,    // {"log_entries": [...], "limit", "offset", "more"}
  single_log_entry,  // {"log_entry": {...}} from GET /log_entries/{id}
  log_entry_list,    // a bare list of log entries
  incident_page,     // {"incidents": [...], "limit", "offset", "more"}
  webhook_v2,        // {"messages": [...]}
  webhook_v3,        // {"event": {"event_type", "occurred_at", ...}}
};

struct ShapeMatch {
  Shape shape = Shape::none;
  // How many PagerDuty marks the document has, recognised or not.
  int evidence = 0;
};

ShapeMatch match_shape(const RawNode& document);

// What a document that is none of the shapes lacks.
inline constexpr std::string_view missing_marks =
    "no `log_entries` of `*_log_entry` items with `created_at`, no `incidents` with "
    "`incident_number`, no webhook `messages` or `event` envelope";

}  // namespace hindsight::pagerduty
