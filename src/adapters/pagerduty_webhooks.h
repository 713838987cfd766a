// PagerDuty webhook payloads, as a receiver logs them: v2 (`{"messages":
// [...]}`, one message per incident action) and v3 (`{"event": {...}}`,
// one envelope per delivery). Each message or envelope is one event, with
// the webhook's own id.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::pagerduty {

// Whether `node` is a v2 webhook message: an `event` such as
// "incident.trigger" and a `created_on`.
bool looks_like_v2_message(const RawNode& node);

// Whether `node` is a v3 `event` envelope's inner map: `event_type`,
// `occurred_at` and `resource_type`.
bool looks_like_v3_event(const RawNode& node);

// The event for one v2 message. The incident's `pending_actions` (what
// PagerDuty will do later) are never read.
void read_v2_message(const RawNode& message, std::string_view adapter_name, const Zone* local_zone,
                     std::vector<Event>& events, Diagnostics& diagnostics);

// The event for one v3 envelope's `event` map.
void read_v3_event(const RawNode& event, std::string_view adapter_name, const Zone* local_zone,
                   std::vector<Event>& events, Diagnostics& diagnostics);

// "Incident #33" from an incident's `incident_number` (v2) or `number`
// (v3); "Incident" when it has neither.
std::string incident_name(const RawNode& incident);

}  // namespace hindsight::pagerduty
