// PagerDuty REST API v2 log entries (`GET /log_entries`,
// `GET /incidents/{id}/log_entries`, `GET /log_entries/{id}`): one event per
// entry, its kind chosen by the entry's `type`.
#pragma once

#include <optional>
#include <string_view>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::pagerduty {

// `trigger_log_entry` -> page, `acknowledge_log_entry` -> ack, ...; any
// other `*_log_entry` is a note.
Kind kind_for_log_entry(std::string_view type);

// Whether `node` is a map shaped like a log entry: a `type` ending in
// `_log_entry` (not a `_reference`) and a `created_at`.
bool looks_like_log_entry(const RawNode& node);

// The event for one log entry, or nullopt after reporting why not. Entries
// only record what happened: the future actions some of them carry
// (`changed_actions` of a snooze, a service's `scheduled_actions`) are
// never read.
std::optional<Event> read_log_entry(const RawNode& entry, std::string_view adapter_name,
                                    const Zone* local_zone, Diagnostics& diagnostics);

}  // namespace hindsight::pagerduty
