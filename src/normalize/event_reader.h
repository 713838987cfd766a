// Reading one event map into an Event.
#pragma once

#include <optional>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::normalize_detail {

// The event, or nullopt when it has errors (all of them reported). `zone`
// reads offset-less times; null means such times are errors.
std::optional<Event> read_event(const RawNode& node, const Zone* zone, Diagnostics& diagnostics);

}  // namespace hindsight::normalize_detail
