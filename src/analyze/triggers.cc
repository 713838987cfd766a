// Suspected triggers: changes shortly before impact start (see triggers.h).
#include "analyze/triggers.h"

#include <algorithm>
#include <tuple>

#include "analyze/intervals.h"

namespace hindsight::analyze_detail {
namespace {

bool is_change(Kind kind) {
  return kind == Kind::deploy || kind == Kind::rollback || kind == Kind::config_change ||
         kind == Kind::backfill;
}

}  // namespace

std::vector<SuspectedTrigger> find_suspected_triggers(const std::vector<Event>& timeline,
                                                      const Milestone& impact_start,
                                                      Nanoseconds window) {
  std::vector<SuspectedTrigger> triggers;
  if (!impact_start.time) return triggers;

  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Event& event = timeline[i];
    if (!is_change(event.kind)) continue;
    // Strictly before: a change logged at the very instant impact began did
    // not start before it, and the rule says "started before".
    if (event.time >= *impact_start.time) continue;
    const std::optional<Nanoseconds> lead = checked_difference(*impact_start.time, event.time);
    if (!lead || *lead > window) continue;
    triggers.push_back({i, event.time, event.kind, event.title, *lead});
  }

  std::sort(triggers.begin(), triggers.end(),
            [](const SuspectedTrigger& a, const SuspectedTrigger& b) {
              return std::tie(a.time, a.event_index) > std::tie(b.time, b.event_index);
            });
  return triggers;
}

}  // namespace hindsight::analyze_detail
