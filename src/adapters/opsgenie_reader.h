// Reading Opsgenie exports: Alert API alerts (`GET /v2/alerts`, one alert) and
// outgoing webhook payloads, as alert, ack, resolve, escalate and note events.
#pragma once

#include <string_view>
#include <vector>

#include "hindsight/adapter.h"
#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::opsgenie {

// How much a document looks like this export.
using Match = Recognition;  // what recognize() reports

Match match(const RawNode& document);

// What a document that is no such export lacks.
inline constexpr std::string_view missing_marks =
    "no `data` with alerts that have `id`, `tinyId`, `message` and `createdAt`, and no webhook "
    "`action` with `alert.alertId`";

// Appends the document's events; problems go to `diagnostics`.
void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics);

}  // namespace hindsight::opsgenie
