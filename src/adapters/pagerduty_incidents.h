// PagerDuty REST API v2 incident lists (`GET /incidents`): each incident is
// a page when it was created, plus an ack and a resolve when the list
// records them with times.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::pagerduty {

// Whether `node` is a map shaped like an incident: `incident_number` and
// `created_at`.
bool looks_like_incident(const RawNode& node);

// Appends the incident's events. `pending_actions` (an escalation or
// auto-resolve scheduled for later) is what PagerDuty *will* do, and is
// never read.
void read_incident(const RawNode& incident, std::string_view adapter_name, const Zone* local_zone,
                   std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::pagerduty
