// Reading one Alertmanager alert into an interval event (see the header).
#include "adapters/alertmanager_alert.h"

#include <chrono>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/alertmanager_alert_text.h"
#include "adapters/alertmanager_fingerprint.h"
#include "core/ascii.h"

namespace hindsight::alertmanager_detail {
namespace {

using adapter_support::copy_labels;
using adapter_support::event_from;
using adapter_support::text_at;
using adapter_support::time_at;
using adapter_support::TimeEncoding;

// Go writes an unset time.Time as its zero value, 0001-01-01T00:00:00Z,
// which is out of the range of a Timestamp; it is recognised by its text.
bool is_go_zero_time(const RawNode* node) {
  return node && node->is_scalar() && node->scalar.rfind("0001-01-01T00:00:00", 0) == 0;
}

bool is_unix_epoch(Timestamp time) { return time == Timestamp{}; }

// The labels map: required, non-empty, scalar values only (it is the
// alert's identity, so a damaged one cannot be guessed around).
const RawNode* read_labels(const RawNode& alert, Diagnostics& diagnostics) {
  const RawNode* labels = alert.find("labels");
  if (!labels || labels->is_null()) {
    diagnostics.error(alert.pos, "alert has no `labels`",
                      "Alertmanager identifies an alert by its labels; export the alert whole");
    return nullptr;
  }
  if (!labels->is_map()) {
    diagnostics.error(labels->pos,
                      fmt::format("`labels` must be a map, found {}", describe(labels->type)));
    return nullptr;
  }
  if (labels->entries.empty()) {
    diagnostics.error(labels->pos, "`labels` is empty",
                      "Alertmanager identifies an alert by its labels; export the alert whole");
    return nullptr;
  }
  bool ok = true;
  for (const auto& [key, value] : labels->entries) {
    if (value.is_scalar()) continue;
    diagnostics.error(value.pos, fmt::format("label \"{}\" must be a single value, found {}",
                                             key.scalar, describe(value.type)));
    ok = false;
  }
  return ok ? labels : nullptr;
}

// `annotations` is optional; when given it must be a map. Sets `ok` false
// after reporting a malformed one.
const RawNode* read_annotations(const RawNode& alert, bool& ok, Diagnostics& diagnostics) {
  const RawNode* annotations = alert.find("annotations");
  if (!annotations || annotations->is_null()) return nullptr;
  if (!annotations->is_map()) {
    diagnostics.error(annotations->pos, fmt::format("`annotations` must be a map, found {}",
                                                    describe(annotations->type)));
    ok = false;
    return nullptr;
  }
  return annotations;
}

const char* const unknown_start_hint =
    "the sender did not say when the alert started; take its start from another source";

// The start, or nullopt after an error, or after a warning for a start
// that is unknown: never an event at year 1 or at 1970.
std::optional<Timestamp> read_start(const RawNode& alert, const AlertContext& context,
                                    Diagnostics& diagnostics) {
  const RawNode* node = alert.find("startsAt");
  if (is_go_zero_time(node)) {
    diagnostics.warning(node->pos,
                        "`startsAt` is Go's zero time (0001-01-01T00:00:00Z): the alert's start "
                        "is unknown, so the alert is left out",
                        unknown_start_hint);
    return std::nullopt;
  }
  auto start = time_at(alert, "startsAt", TimeEncoding::rfc3339, "alert", true, context.local_zone,
                       diagnostics);
  if (start && is_unix_epoch(*start)) {
    diagnostics.warning(node->pos,
                        "`startsAt` is the Unix epoch (1970-01-01T00:00:00Z): the alert's start "
                        "is unknown, so the alert is left out",
                        unknown_start_hint);
    return std::nullopt;
  }
  return start;
}

// `endsAt` as written, when it is a time: nullopt for Go's zero time
// ("not ended") and for nothing at all. False after an error.
bool read_ends_at(const RawNode& alert, const AlertContext& context,
                  std::optional<Timestamp>& ends_at, Diagnostics& diagnostics) {
  const RawNode* node = alert.find("endsAt");
  if (is_go_zero_time(node)) return true;
  Diagnostics problems;
  ends_at =
      time_at(alert, "endsAt", TimeEncoding::rfc3339, "alert", false, context.local_zone, problems);
  for (const Diagnostic& problem : problems.all()) diagnostics.add(problem);
  if (!problems.empty()) return false;
  if (ends_at && is_unix_epoch(*ends_at)) {
    diagnostics.warning(node->pos,
                        "`endsAt` is the Unix epoch (1970-01-01T00:00:00Z); the alert is read "
                        "as not ended");
    ends_at.reset();
  }
  return true;
}

// A webhook alert ended when it says `resolved`; while `firing`, any
// `endsAt` is only an expiry that Alertmanager may still extend.
bool webhook_end(const RawNode& alert, const AlertContext& context,
                 std::optional<Timestamp> ends_at, std::optional<Timestamp>& end,
                 Diagnostics& diagnostics) {
  const RawNode* status_node = alert.find("status");
  std::string status = ascii_lowercase(text_at(alert, "status"));
  if (status.empty()) status = ascii_lowercase(context.payload_status);
  if (status == "firing") return true;
  if (status == "resolved") {
    if (!ends_at) {
      diagnostics.warning(status_node ? status_node->pos : alert.pos,
                          "resolved alert has no `endsAt`; its end is unknown");
    }
    end = ends_at;
    return true;
  }
  if (!status.empty()) {
    diagnostics.error(status_node ? status_node->pos : alert.pos,
                      fmt::format("alert status must be \"firing\" or \"resolved\", found \"{}\"",
                                  status_node ? text_at(alert, "status") : context.payload_status));
    return false;
  }
  end = ends_at;  // a payload too old to say: take `endsAt` as written
  return true;
}

// An API alert ended when Alertmanager last updated it at or after its
// `endsAt`; a later `endsAt` is when it would expire unless repeated.
bool api_end(const RawNode& alert, const AlertContext& context, std::optional<Timestamp> ends_at,
             std::optional<Timestamp>& end, Diagnostics& diagnostics) {
  Diagnostics problems;
  const auto updated = time_at(alert, "updatedAt", TimeEncoding::rfc3339, "alert", false,
                               context.local_zone, problems);
  for (const Diagnostic& problem : problems.all()) diagnostics.add(problem);
  if (!problems.empty()) return false;
  if (ends_at && updated && *ends_at <= *updated) end = ends_at;
  return true;
}

void set_severity_label(Event& event, const std::string& severity) {
  if (severity.empty()) return;
  for (auto& [key, value] : event.labels) {
    if (key == "severity") {
      value = severity;
      return;
    }
  }
  event.labels.emplace_back("severity", severity);
}

}  // namespace

std::optional<Event> read_alert(const RawNode& alert, const AlertContext& context,
                                Diagnostics& diagnostics) {
  if (!alert.is_map()) {
    diagnostics.error(alert.pos,
                      fmt::format("an alert must be a map, found {}", describe(alert.type)));
    return std::nullopt;
  }
  bool ok = true;
  const RawNode* labels = read_labels(alert, diagnostics);
  const RawNode* annotations = read_annotations(alert, ok, diagnostics);
  const std::optional<Timestamp> start = read_start(alert, context, diagnostics);
  std::optional<Timestamp> ends_at;
  ok = read_ends_at(alert, context, ends_at, diagnostics) && ok;

  Event event = event_from(alert, "alertmanager");
  ok = (context.shape == AlertShape::webhook
            ? webhook_end(alert, context, ends_at, event.end, diagnostics)
            : api_end(alert, context, ends_at, event.end, diagnostics)) &&
       ok;
  if (!ok || !labels || !start) return std::nullopt;
  if (event.end && *event.end < *start) {
    diagnostics.error(alert.find("endsAt")->pos,
                      fmt::format("`endsAt` ({}) is earlier than `startsAt` ({})",
                                  format_utc(*event.end), format_utc(*start)),
                      "an alert must end at or after its start; check the sender's clock");
    return std::nullopt;
  }

  const std::string severity = alert_severity(*labels, context.common_labels);
  event.time = *start;
  event.kind = Kind::alert;
  event.title = alert_title(*labels, annotations, severity);
  event.service = alert_service(*labels);
  event.source = "alertmanager";
  std::string fingerprint = text_at(alert, "fingerprint");
  if (fingerprint.empty()) fingerprint = label_set_fingerprint(*labels);
  event.id = fmt::format("alertmanager/{}/{}", fingerprint,
                         format_utc(std::chrono::floor<std::chrono::seconds>(*start)));
  event.link = text_at(alert, "generatorURL");
  copy_labels(labels, event);
  set_severity_label(event, severity);
  return event;
}

}  // namespace hindsight::alertmanager_detail
