// Reading Opsgenie alerts and webhook actions as events (see opsgenie_reader.h).
//
// The two shapes write time differently, and the documentation is what
// tells the units apart, not the numbers' size:
// - the Alert API writes `createdAt` in RFC 3339, and `report.ackTime` and
//   `report.closeTime` as durations in milliseconds since `createdAt`;
// - a webhook writes `alert.createdAt` in epoch milliseconds (the alert's
//   creation) and `alert.updatedAt` in epoch nanoseconds (this action).
#include "adapters/opsgenie_reader.h"

#include <charconv>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::opsgenie {
namespace {

using adapter_support::at;
using adapter_support::text_at;
using adapter_support::TimeEncoding;

// Evidence: keys Opsgenie's shapes have and generic logs do not (`message`,
// `status` and `action` are everywhere).
const std::vector<std::string_view> api_alert_marks = {"tinyId", "alias", "isSeen", "report"};
const std::vector<std::string_view> webhook_marks = {"alert.alertId", "alert.tinyId",
                                                     "integrationName", "integrationId"};

bool is_api_alert(const RawNode* alert) {
  return alert && adapter_support::has_all(*alert, {"id", "tinyId", "message", "createdAt"});
}

bool is_webhook(const RawNode& node) {
  return adapter_support::has_all(node, {"action", "alert.alertId"});
}

// "AssignOwnership" -> "assign ownership": webhook action names as words.
std::string action_words(std::string_view action) {
  std::string words;
  for (char c : action) {
    if (c >= 'A' && c <= 'Z' && !words.empty()) words += ' ';
    words += ascii_lowercase(std::string_view(&c, 1));
  }
  return words;
}

std::string alert_title(const RawNode& alert) {
  const std::string priority = text_at(alert, "priority");
  return fmt::format("Opsgenie {}alert: {}", priority.empty() ? "" : priority + " ",
                     text_at(alert, "message"));
}

std::string service_of(const RawNode& alert) {
  std::string entity = text_at(alert, "entity");
  if (!entity.empty()) return entity;
  if (const RawNode* tags = alert.find("tags"); tags && tags->is_sequence()) {
    for (const RawNode& tag : tags->items) {
      if (tag.is_scalar() && ascii_lowercase(tag.scalar).rfind("service:", 0) == 0) {
        return tag.scalar.substr(8);
      }
    }
  }
  return {};
}

void add_alert_labels(const RawNode& alert, Event& event) {
  for (std::string_view key : {"tinyId", "alias", "priority", "status", "owner", "count"}) {
    if (const std::string value = text_at(alert, key); !value.empty()) {
      event.labels.emplace_back(std::string(key), value);
    }
  }
  // The alert's own `source` is the tool that raised it (e.g. "Datadog").
  if (const std::string raised_by = text_at(alert, "source"); !raised_by.empty()) {
    event.labels.emplace_back("alert_source", raised_by);
  }
  std::string tags;
  if (const RawNode* list = alert.find("tags"); list && list->is_sequence()) {
    for (const RawNode& tag : list->items) {
      if (tag.is_scalar()) tags += (tags.empty() ? "" : ", ") + tag.scalar;
    }
  }
  if (!tags.empty()) event.labels.emplace_back("tags", tags);
}

// `report.ackTime` / `report.closeTime`: milliseconds after `createdAt`.
// Absent: nullopt. Malformed: an error, and `ok` becomes false.
std::optional<Timestamp> after_creation(const RawNode& alert, std::string_view path,
                                        Timestamp created, bool& ok, Diagnostics& diagnostics) {
  const RawNode* node = at(alert, path);
  if (!node || node->is_null()) return std::nullopt;
  long long millis = -1;
  const std::string& text = node->scalar;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), millis);
  if (!node->is_scalar() || error != std::errc() || end != text.data() + text.size() ||
      millis < 0 || millis > 1'000'000'000'000LL) {
    diagnostics.error(
        node->pos,
        fmt::format("`{}` must be a whole number of milliseconds after `createdAt`", path));
    ok = false;
    return std::nullopt;
  }
  return created + std::chrono::milliseconds(millis);
}

bool require_map(const RawNode& node, std::string_view what, Diagnostics& diagnostics) {
  if (node.is_map()) return true;
  diagnostics.error(
      node.pos, fmt::format("an Opsgenie {} must be a map, found {}", what, describe(node.type)));
  return false;
}

bool require_text(const RawNode& node, const std::vector<std::string_view>& paths,
                  std::string_view what, Diagnostics& diagnostics) {
  bool ok = true;
  for (std::string_view path : paths) {
    if (!text_at(node, path).empty()) continue;
    const RawNode* found = at(node, path);
    diagnostics.error(found ? found->pos : node.pos, fmt::format("{} has no `{}`", what, path));
    ok = false;
  }
  return ok;
}

// An Alert API alert: the alert as an interval that ends when it was
// closed, and its acknowledgement.
void convert_alert(const RawNode& alert, std::string_view adapter_name, const Zone* local_zone,
                   std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!require_map(alert, "alert", diagnostics) ||
      !require_text(alert, {"id", "message"}, "Opsgenie alert", diagnostics)) {
    return;
  }
  const auto created = adapter_support::time_at(alert, "createdAt", TimeEncoding::rfc3339,
                                                "Opsgenie alert", true, local_zone, diagnostics);
  if (!created) return;
  bool ok = true;
  const auto acked = after_creation(alert, "report.ackTime", *created, ok, diagnostics);
  const auto closed = after_creation(alert, "report.closeTime", *created, ok, diagnostics);
  if (!ok) return;

  Event event = adapter_support::event_from(alert, adapter_name);
  event.time = *created;
  if (ascii_lowercase(text_at(alert, "status")) == "closed") event.end = closed;
  event.kind = Kind::alert;
  event.title = alert_title(alert);
  event.service = service_of(alert);
  event.source = "opsgenie";
  event.id = text_at(alert, "id");
  add_alert_labels(alert, event);
  events.push_back(event);

  if (acked) {
    Event ack = adapter_support::event_from(*at(alert, "report.ackTime"), adapter_name);
    ack.time = *acked;
    ack.kind = Kind::ack;
    ack.title = "Acknowledged Opsgenie alert: " + text_at(alert, "message");
    ack.service = event.service;
    ack.source = "opsgenie";
    ack.id = event.id + "/Acknowledge";
    if (const std::string by = text_at(alert, "report.acknowledgedBy"); !by.empty()) {
      ack.actor = Actor{by, {}};
    }
    ack.labels = event.labels;
    events.push_back(std::move(ack));
  }
}

// One webhook payload: one action on one alert.
void convert_webhook(const RawNode& payload, std::string_view adapter_name, const Zone* local_zone,
                     std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!require_map(payload, "webhook payload", diagnostics) ||
      !require_text(payload, {"action", "alert.alertId"}, "Opsgenie webhook", diagnostics)) {
    return;
  }
  const RawNode& alert = *payload.find("alert");
  const std::string action = text_at(payload, "action");
  const std::string verb = ascii_lowercase(action);
  const bool created = verb == "create";
  const auto time =
      created ? adapter_support::time_at(payload, "alert.createdAt", TimeEncoding::epoch_millis,
                                         "Opsgenie webhook", true, local_zone, diagnostics)
              : adapter_support::time_at(payload, "alert.updatedAt", TimeEncoding::epoch_nanos,
                                         "Opsgenie webhook", true, local_zone, diagnostics);
  if (!time) return;

  Event event = adapter_support::event_from(payload, adapter_name);
  event.time = *time;
  const std::string message = text_at(alert, "message");
  if (created) {
    event.kind = Kind::alert;
    event.title = alert_title(alert);
  } else if (verb == "acknowledge") {
    event.kind = Kind::ack;
    event.title = "Acknowledged Opsgenie alert: " + message;
  } else if (verb == "close") {
    event.kind = Kind::resolve;
    event.title = "Closed Opsgenie alert: " + message;
  } else if (verb == "escalate" || verb == "escalatenext") {
    event.kind = Kind::escalate;
    event.title = "Escalated Opsgenie alert: " + message;
  } else if (verb == "addnote") {
    event.kind = Kind::note;
    event.title = fmt::format("Note on Opsgenie alert {}: {}", message, text_at(alert, "note"));
  } else {
    // Assignments, team changes, custom actions: on the record, not milestones.
    std::string words = action_words(action);
    if (words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
    event.kind = Kind::note;
    event.title = fmt::format("{} on Opsgenie alert: {}", words, message);
  }
  event.service = service_of(alert);
  event.source = "opsgenie";
  const std::string alert_id = text_at(alert, "alertId");
  // The alert itself keeps the alert's id, so that the same alert from the
  // Alert API collapses with it; each later action is its own happening.
  event.id =
      created ? alert_id : fmt::format("{}/{}/{}", alert_id, action, text_at(alert, "updatedAt"));
  if (const std::string user = text_at(alert, "username"); !user.empty() && !created) {
    event.actor = Actor{user, {}};
  }
  add_alert_labels(alert, event);
  event.labels.emplace_back("action", action);
  if (const std::string integration = text_at(payload, "integrationName"); !integration.empty()) {
    event.labels.emplace_back("integration", integration);
  }
  events.push_back(std::move(event));
}

}  // namespace

Match match(const RawNode& document) {
  Match result;
  if (document.is_map() && document.find("data")) {
    const RawNode* data = document.find("data");
    const RawNode* first = data->is_sequence() ? at(*data, "0") : data;
    result.evidence = first ? adapter_support::count_present(*first, api_alert_marks) : 0;
    result.recognised = is_api_alert(first);
  } else if (document.is_map()) {
    result.evidence = adapter_support::count_present(document, webhook_marks);
    result.recognised = is_webhook(document);
  } else if (document.is_sequence() && !document.items.empty()) {
    result.evidence = adapter_support::count_present(document.items.front(), webhook_marks);
    result.recognised = is_webhook(document.items.front());
  }
  return result;
}

void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics) {
  if (document.is_sequence()) {
    for (const RawNode& payload : document.items) {
      convert_webhook(payload, adapter_name, local_zone, events, diagnostics);
    }
  } else if (const RawNode* data = document.find("data")) {
    if (data->is_sequence()) {
      for (const RawNode& alert : data->items)
        convert_alert(alert, adapter_name, local_zone, events, diagnostics);
    } else {
      convert_alert(*data, adapter_name, local_zone, events, diagnostics);
    }
  } else {
    convert_webhook(document, adapter_name, local_zone, events, diagnostics);
  }
}

}  // namespace hindsight::opsgenie
