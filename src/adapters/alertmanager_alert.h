// One Alertmanager alert, as a webhook notification or the v2 API writes
// it, read into an `alert` interval event.
//
// Both shapes share `labels`, `annotations`, `startsAt`, `endsAt`,
// `generatorURL` and `fingerprint`. They differ in how to tell whether
// `endsAt` is a real end: a webhook alert says `status: resolved`; an API
// alert was resolved when it was last updated at or after its `endsAt`.
// Otherwise `endsAt` is only when Alertmanager would give up on the alert
// if nobody repeated it, not something that happened.
#pragma once

#include <optional>
#include <string>

#include "hindsight/diagnostic.h"
#include "hindsight/event.h"
#include "hindsight/raw_node.h"
#include "hindsight/time.h"

namespace hindsight::alertmanager_detail {

enum class AlertShape { webhook, api_v2 };

// What an alert may borrow from the payload it arrived in.
struct AlertContext {
  AlertShape shape = AlertShape::webhook;
  // The payload's `commonLabels`, for a severity the alert does not carry.
  const RawNode* common_labels = nullptr;
  // The payload's `status`, for an alert that does not give its own.
  std::string payload_status;
  const Zone* local_zone = nullptr;
};

// The alert's event, with `id` "alertmanager/<fingerprint>/<start>" (the
// start in whole UTC seconds) so that the firing and the resolved
// notification of one episode share it, while the same alert firing again
// later is another interval. Problems are reported at their node; an alert
// with an error, or with an unknown start (Go's zero time or the Unix
// epoch, a warning), gives no event.
std::optional<Event> read_alert(const RawNode& alert, const AlertContext& context,
                                Diagnostics& diagnostics);

}  // namespace hindsight::alertmanager_detail
