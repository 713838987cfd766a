// Reading Datadog events as timeline events (see datadog_events_reader.h).
//
// The two API versions say the same things in different places: v1 writes
// epoch seconds (`date_happened`), an int64 `id` beyond 2^53 with its exact
// text in `id_str`, and `alert_type`; v2 writes an RFC 3339 `timestamp`, a
// string `id`, and nests the v1-style fields under `attributes.attributes`
// (with `status` for the alert type). Each version has a reader that fills
// one EventFields, and one function turns that into an Event.
#include "adapters/datadog_events_reader.h"

#include <optional>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::datadog {
namespace {

using adapter_support::text_at;
using adapter_support::TimeEncoding;

const std::vector<std::string_view> v1_marks = {"date_happened", "alert_type", "id_str",
                                                "source_type_name"};
const std::vector<std::string_view> v2_marks = {"attributes.timestamp", "attributes.attributes.evt",
                                                "attributes.attributes.timestamp"};

// What both versions say about one event, read from wherever the version
// keeps it.
struct EventFields {
  const RawNode* node = nullptr;
  Timestamp time{};
  std::string id;
  std::string title;
  std::string text;
  std::string alert_type;
  std::string source_name;
  std::string service;
  std::string host;
  std::string priority;
  std::string link;
  std::vector<std::string> tags;
};

std::vector<std::string> scalar_list(const RawNode* list) {
  std::vector<std::string> items;
  if (!list || !list->is_sequence()) return items;
  for (const RawNode& item : list->items) {
    if (item.is_scalar()) items.push_back(item.scalar);
  }
  return items;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

// The value of a "key:value" tag, e.g. "service:checkout".
std::string tag_value(const std::vector<std::string>& tags, std::string_view key) {
  for (const std::string& tag : tags) {
    if (tag.size() > key.size() && tag[key.size()] == ':' &&
        ascii_lowercase(tag.substr(0, key.size())) == key) {
      return tag.substr(key.size() + 1);
    }
  }
  return {};
}

bool is_deploy(const EventFields& fields) {
  for (const std::string& tag : fields.tags) {
    const std::string lower = ascii_lowercase(tag);
    if (lower == "deploy" || lower == "deployment") return true;
  }
  const std::string source = ascii_lowercase(fields.source_name);
  return source == "deploy" || source == "deployment";
}

Kind kind_of(const EventFields& fields) {
  if (is_deploy(fields)) return Kind::deploy;
  const std::string type = ascii_lowercase(fields.alert_type);
  if (type == "error" || type == "warning") return Kind::alert;
  return Kind::note;
}

Event to_event(const EventFields& fields, std::string_view adapter_name) {
  Event event = adapter_support::event_from(*fields.node, adapter_name);
  event.time = fields.time;
  event.kind = kind_of(fields);
  event.title = fields.title.empty() ? first_line(fields.text) : fields.title;
  if (event.title.empty()) event.title = "Datadog event " + fields.id;
  event.service = fields.service.empty() ? tag_value(fields.tags, "service") : fields.service;
  event.source = "datadog";
  event.id = fields.id;
  event.link = fields.link;
  const std::pair<std::string_view, const std::string*> labels[] = {
      {"alert_type", &fields.alert_type},
      {"source_type_name", &fields.source_name},
      {"priority", &fields.priority},
      {"host", &fields.host}};
  for (const auto& [key, value] : labels) {
    if (!value->empty()) event.labels.emplace_back(std::string(key), *value);
  }
  std::string tags;
  for (const std::string& tag : fields.tags) tags += (tags.empty() ? "" : ", ") + tag;
  if (!tags.empty()) event.labels.emplace_back("tags", tags);
  return event;
}

bool require_map(const RawNode& node, std::string_view what, Diagnostics& diagnostics) {
  if (node.is_map()) return true;
  diagnostics.error(node.pos,
                    fmt::format("a Datadog {} must be a map, found {}", what, describe(node.type)));
  return false;
}

// A v1 event; nullopt after reporting a problem.
std::optional<EventFields> read_v1(const RawNode& node, const Zone* local_zone,
                                   Diagnostics& diagnostics) {
  if (!require_map(node, "event", diagnostics)) return std::nullopt;
  EventFields fields;
  fields.node = &node;
  // `id` is an int64 that a double would round; `id_str` is its exact text.
  fields.id = text_at(node, "id_str");
  if (fields.id.empty()) fields.id = text_at(node, "id");
  if (fields.id.empty()) {
    diagnostics.error(node.pos, "Datadog event has no `id_str` or `id`");
    return std::nullopt;
  }
  const auto time = adapter_support::time_at(node, "date_happened", TimeEncoding::epoch_seconds,
                                             "Datadog event", true, local_zone, diagnostics);
  if (!time) return std::nullopt;
  fields.time = *time;
  fields.title = text_at(node, "title");
  fields.text = text_at(node, "text");
  fields.alert_type = text_at(node, "alert_type");
  fields.source_name = text_at(node, "source_type_name");
  fields.host = text_at(node, "host");
  fields.priority = text_at(node, "priority");
  fields.link = text_at(node, "url");
  fields.tags = scalar_list(node.find("tags"));
  return fields;
}

// A v2 event; nullopt after reporting a problem.
std::optional<EventFields> read_v2(const RawNode& node, const Zone* local_zone,
                                   Diagnostics& diagnostics) {
  if (!require_map(node, "v2 event", diagnostics)) return std::nullopt;
  EventFields fields;
  fields.node = &node;
  fields.id = text_at(node, "id");
  if (fields.id.empty()) {
    diagnostics.error(node.pos, "Datadog v2 event has no `id`");
    return std::nullopt;
  }
  // The outer RFC 3339 timestamp is the documented one; the inner epoch
  // milliseconds repeat it and serve only when it is missing.
  std::optional<Timestamp> time;
  if (adapter_support::at(node, "attributes.timestamp") ||
      !adapter_support::at(node, "attributes.attributes.timestamp")) {
    time = adapter_support::time_at(node, "attributes.timestamp", TimeEncoding::rfc3339,
                                    "Datadog v2 event", true, local_zone, diagnostics);
  } else {
    time = adapter_support::time_at(node, "attributes.attributes.timestamp",
                                    TimeEncoding::epoch_millis, "Datadog v2 event", true,
                                    local_zone, diagnostics);
  }
  if (!time) return std::nullopt;
  fields.time = *time;
  fields.title = text_at(node, "attributes.attributes.title");
  fields.text = text_at(node, "attributes.message");
  fields.alert_type = text_at(node, "attributes.attributes.status");
  if (fields.alert_type.empty())
    fields.alert_type = text_at(node, "attributes.attributes.alert_type");
  fields.source_name = text_at(node, "attributes.attributes.source_type_name");
  fields.service = text_at(node, "attributes.attributes.service");
  fields.host = text_at(node, "attributes.attributes.hostname");
  fields.priority = text_at(node, "attributes.attributes.priority");
  fields.tags = scalar_list(adapter_support::at(node, "attributes.tags"));
  return fields;
}

// The v2 list: `data` holds maps of `type: event`.
bool is_v2(const RawNode& document) {
  const RawNode* data = document.find("data");
  return data && data->is_sequence() && !data->items.empty() &&
         text_at(data->items.front(), "type") == "event" &&
         adapter_support::at(data->items.front(), "attributes");
}

bool require_list(const RawNode& node, std::string_view key, Diagnostics& diagnostics) {
  if (node.is_sequence()) return true;
  diagnostics.error(node.pos,
                    fmt::format("`{}` must be a list, found {}", key, describe(node.type)));
  return false;
}

}  // namespace

Match match(const RawNode& document) {
  Match result;
  if (document.is_map()) {
    if (const RawNode* first = adapter_support::at(document, "events.0")) {
      result.evidence = adapter_support::count_present(*first, v1_marks);
      result.recognised = first->is_map() && first->find("date_happened") &&
                          (first->find("id") || first->find("id_str"));
    } else if (const RawNode* single = document.find("event")) {
      result.evidence = adapter_support::count_present(*single, v1_marks);
      result.recognised = single->is_map() && single->find("date_happened");
    } else if (const RawNode* first_v2 = adapter_support::at(document, "data.0")) {
      // Many JSON:API documents have `data` items with a `type`; only
      // `type: event` counts.
      result.evidence = adapter_support::count_present(*first_v2, v2_marks) +
                        (text_at(*first_v2, "type") == "event" ? 1 : 0);
      result.recognised = is_v2(document);
    }
  }
  return result;
}

void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics) {
  std::vector<std::optional<EventFields>> read;
  if (const RawNode* list = document.find("events")) {
    if (!require_list(*list, "events", diagnostics)) return;
    for (const RawNode& item : list->items) read.push_back(read_v1(item, local_zone, diagnostics));
  } else if (const RawNode* single = document.find("event")) {
    read.push_back(read_v1(*single, local_zone, diagnostics));
  } else if (const RawNode* data = document.find("data")) {
    if (!require_list(*data, "data", diagnostics)) return;
    for (const RawNode& item : data->items) read.push_back(read_v2(item, local_zone, diagnostics));
  } else {
    diagnostics.error(document.pos, "Datadog events document has no `events` or `data` list");
    return;
  }
  for (const auto& fields : read) {
    if (fields) events.push_back(to_event(*fields, adapter_name));
  }
}

}  // namespace hindsight::datadog
