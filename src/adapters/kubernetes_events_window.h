// When a Kubernetes Event happened, and how often.
//
// The API folds a repeating happening into one Event object with a count
// and a window: core v1 writes `count`, `firstTimestamp` and
// `lastTimestamp`; events.k8s.io/v1 writes the same as `deprecatedCount`,
// `deprecatedFirstTimestamp` and `deprecatedLastTimestamp`; Events recorded
// through the newer API instead have a MicroTime `eventTime` and a
// `series` (`count`, `lastObservedTime`) once they repeat. Both versions
// can carry either set, so the window is read from whichever is there.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "hindsight/diagnostic.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::kubernetes {

struct EventWindow {
  Timestamp time{};
  std::optional<Timestamp> end;  // the last occurrence, when after the first
  std::string count;             // as written; empty when the Event has none
};

// The field names of one API version.
struct EventWindowFields {
  std::string_view first;  // "firstTimestamp"
  std::string_view last;   // "lastTimestamp"
  std::string_view count;  // "count"
};
extern const EventWindowFields core_v1_window_fields;
extern const EventWindowFields events_v1_window_fields;

// The time is `eventTime`, else the first time (the last when only it is
// there), else `metadata.creationTimestamp`; the end is
// `series.lastObservedTime`, else the last time. A malformed time or count,
// or no time at all, is reported (`what` names the Event) and gives nullopt.
std::optional<EventWindow> read_event_window(const RawNode& event, const EventWindowFields& fields,
                                             std::string_view what, const Zone* local_zone,
                                             Diagnostics& diagnostics);

}  // namespace hindsight::kubernetes
