// Merge: one ordered, de-duplicated timeline.
//
// Events are ordered by time; events at the same instant keep input order
// (command-line order, then position in file). Events that share an `id`
// collapse into the first one; where their fields disagree, a warning names
// the field and both places.
#pragma once

#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"

namespace hindsight {

std::vector<Event> merge_events(std::vector<Event> events, Diagnostics& diagnostics);

}  // namespace hindsight
