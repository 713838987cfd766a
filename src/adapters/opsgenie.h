// Opsgenie alerts: the Alert API's list (`GET /v2/alerts`) or one alert
// (`GET /v2/alerts/{id}`), and outgoing webhook payloads (one, or a list of
// them). See docs/sources/opsgenie.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& opsgenie_adapter();

}  // namespace hindsight
