// PagerDuty: REST API v2 log entries and incident lists, and webhook
// payloads (v2 `messages`, v3 `event` envelopes). docs/sources/pagerduty.md
// says what maps to what.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& pagerduty_adapter();

}  // namespace hindsight
