// Datadog events: the v1 Events API (`GET /api/v1/events`, `{"events": [...]}`,
// or one `{"event": {...}}`) and the v2 Events API (`GET /api/v2/events`,
// `{"data": [{"type": "event", ...}]}`). Errors and warnings become alerts,
// deploy-tagged events deploys, the rest notes; see
// docs/sources/datadog-events.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& datadog_events_adapter();

}  // namespace hindsight
