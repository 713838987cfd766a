// Milestones: one function per rule of docs/metrics.md (see milestones.h).
//
// "First" and "last" are by time, ties by timeline position, so the rules
// hold even for a timeline that was not merged; a merged one is simply
// searched front to back.
#include "analyze/milestones.h"

#include <algorithm>
#include <string>
#include <vector>

namespace hindsight::analyze_detail {
namespace {

using Kinds = std::vector<Kind>;

bool is_one_of(Kind kind, const Kinds& kinds) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// The earliest event of one of `kinds`, at or after `from` when given.
std::optional<std::size_t> earliest(const std::vector<Event>& timeline, const Kinds& kinds,
                                    std::optional<Timestamp> from = std::nullopt) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Event& event = timeline[i];
    if (!is_one_of(event.kind, kinds) || (from && event.time < *from)) continue;
    if (!best || event.time < timeline[*best].time) best = i;
  }
  return best;
}

// The latest event of one of `kinds`.
std::optional<std::size_t> latest(const std::vector<Event>& timeline, const Kinds& kinds) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Event& event = timeline[i];
    if (is_one_of(event.kind, kinds) && (!best || event.time >= timeline[*best].time)) best = i;
  }
  return best;
}

std::string quoted_title(const Event& event) { return "\"" + event.title + "\""; }

Milestone from_event(const std::vector<Event>& timeline, std::size_t index,
                     const std::string& rule) {
  const Event& event = timeline[index];
  return {event.time, rule + ": " + quoted_title(event), index};
}

Milestone unknown(std::string why) { return {std::nullopt, std::move(why), std::nullopt}; }

// What a "first X at/after impact start" rule looks for and how its
// absence reads, e.g. {kinds, "detection", "alert, page, detect or customer_report"}.
struct FirstAfterImpactRule {
  Kinds kinds;
  const char* milestone_name;
  const char* kinds_text;
};

// The shared shape of detected, acknowledged and mitigated. With no impact
// start to measure from, the first such event at all still tells the story.
Milestone first_at_or_after_impact_start(const std::vector<Event>& timeline,
                                         const Milestone& impact_start,
                                         const FirstAfterImpactRule& rule) {
  const std::optional<std::size_t> found = earliest(timeline, rule.kinds, impact_start.time);
  if (found) {
    const std::string kind(kind_name(timeline[*found].kind));
    return from_event(timeline, *found,
                      impact_start.time ? "first " + kind + " at/after impact start"
                                        : "first " + kind + " (impact start unknown)");
  }
  const std::string name = rule.milestone_name;
  const std::string kinds = rule.kinds_text;
  if (!impact_start.time) {
    return unknown("no " + name + " in the timeline (no " + kinds + " event)");
  }
  // Say whether such events exist at all: "all too early" points at a
  // wrong impact start or clock, "none" at a missing export.
  const std::string why = earliest(timeline, rule.kinds)
                              ? "every " + kinds + " event is before impact start"
                              : "no " + kinds + " event";
  return unknown("no " + name + " at or after impact start (" + why + ")");
}

}  // namespace

ImpactStart find_impact_start(const Incident& incident, const std::vector<Event>& timeline) {
  if (incident.impact_start) {
    return {{incident.impact_start->value, "incident.impact.start in the header", std::nullopt},
            false};
  }
  if (const auto explicit_event = earliest(timeline, {Kind::impact_start})) {
    return {from_event(timeline, *explicit_event, "first impact_start event"), false};
  }
  if (const auto symptom = earliest(timeline, {Kind::alert, Kind::page, Kind::customer_report})) {
    const Event& event = timeline[*symptom];
    return {{event.time,
             "inferred from the first " + std::string(kind_name(event.kind)) + ": " +
                 quoted_title(event) + " (impact start not recorded)",
             *symptom},
            true};
  }
  return {unknown("no impact start recorded (no incident.impact.start in the header, and no "
                  "impact_start, alert, page or customer_report event)"),
          false};
}

Milestone find_detected(const std::vector<Event>& timeline, const Milestone& impact_start) {
  return first_at_or_after_impact_start(
      timeline, impact_start,
      {{Kind::alert, Kind::page, Kind::detect, Kind::customer_report},
       "detection",
       "alert, page, detect or customer_report"});
}

Milestone find_acknowledged(const std::vector<Event>& timeline, const Milestone& impact_start) {
  return first_at_or_after_impact_start(timeline, impact_start,
                                        {{Kind::ack}, "acknowledgement", "ack"});
}

Milestone find_mitigated(const std::vector<Event>& timeline, const Milestone& impact_start) {
  return first_at_or_after_impact_start(
      timeline, impact_start,
      {{Kind::mitigate, Kind::rollback}, "mitigation", "mitigate or rollback"});
}

Milestone find_resolved(const Incident& incident, const std::vector<Event>& timeline) {
  if (incident.impact_end) {
    return {incident.impact_end->value, "incident.impact.end in the header", std::nullopt};
  }
  if (const auto resolve = latest(timeline, {Kind::resolve})) {
    return from_event(timeline, *resolve, "last resolve event");
  }
  // An alert that stopped firing is the weakest sign that impact ended.
  std::optional<std::size_t> last_alert_end;
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const Event& event = timeline[i];
    if (event.kind != Kind::alert || !event.end) continue;
    if (!last_alert_end || *event.end >= *timeline[*last_alert_end].end) last_alert_end = i;
  }
  if (last_alert_end) {
    const Event& alert = timeline[*last_alert_end];
    return {*alert.end, "end of the last alert interval: " + quoted_title(alert), *last_alert_end};
  }
  return unknown(
      "no resolution recorded (no incident.impact.end in the header, no resolve event, and no "
      "alert with an end)");
}

}  // namespace hindsight::analyze_detail
