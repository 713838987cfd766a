// Milestones: the rules that find each point in an incident's life.
//
// One function per rule of docs/metrics.md. Each returns a Milestone whose
// basis says which rule (and event) gave the time or, when there is none,
// why; that text doubles as the reason a duration built on it is unknown.
#pragma once

#include <vector>

#include "hindsight/analyze.h"
#include "hindsight/event.h"
#include "hindsight/incident.h"

namespace hindsight::analyze_detail {

struct ImpactStart {
  Milestone milestone;
  bool inferred = false;  // taken from an alert, page or customer report
};

// incident.impact.start, else the first impact_start event, else the first
// alert, page or customer_report (inferred).
ImpactStart find_impact_start(const Incident& incident, const std::vector<Event>& timeline);

// The first alert, page, detect or customer_report at/after impact start.
Milestone find_detected(const std::vector<Event>& timeline, const Milestone& impact_start);

// The first ack at/after impact start, whether or not anything was detected.
Milestone find_acknowledged(const std::vector<Event>& timeline, const Milestone& impact_start);

// The first mitigate or rollback at/after impact start; a rollback before
// impact start cannot have mitigated it.
Milestone find_mitigated(const std::vector<Event>& timeline, const Milestone& impact_start);

// incident.impact.end, else the last resolve event, else the latest end of
// an alert interval.
Milestone find_resolved(const Incident& incident, const std::vector<Event>& timeline);

}  // namespace hindsight::analyze_detail
