// Suspected triggers: recent changes that started before impact began.
//
// A deploy, rollback, config change or backfill that started shortly before
// impact is worth a look, nothing more: the list is a hint for the people
// writing the postmortem, never a verdict on the cause.
#pragma once

#include <vector>

#include "hindsight/analyze.h"
#include "hindsight/event.h"

namespace hindsight::analyze_detail {

// Every deploy/rollback/config_change/backfill strictly before impact
// start and at most `window` before it, latest first (ties: later in the
// timeline first). None when impact start is unknown.
std::vector<SuspectedTrigger> find_suspected_triggers(const std::vector<Event>& timeline,
                                                      const Milestone& impact_start,
                                                      Nanoseconds window);

}  // namespace hindsight::analyze_detail
