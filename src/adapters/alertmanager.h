// Prometheus Alertmanager: webhook notifications (payload version 4 and
// older; one payload, a list of them, or a stream of them) and the output
// of `GET /api/v2/alerts`. Each alert becomes an `alert` interval; see
// docs/sources/alertmanager.md.
#pragma once

#include "hindsight/adapter.h"

namespace hindsight {

const Adapter& alertmanager_adapter();

}  // namespace hindsight
