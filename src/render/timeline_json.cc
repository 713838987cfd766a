// The timeline as JSON (one document) and JSON Lines (one event per line).
//
// Both formats share event_to_json(), so an event looks the same either
// way. Keys keep a fixed order (ordered_json) and absent values are null
// rather than missing, so that consumers can rely on the shape and the
// bytes are deterministic. `origin` lists every place the event was read
// from: the surviving copy first, then the copies merge collapsed into it.
// Text from the input may be invalid UTF-8; it is dumped with U+FFFD in
// place of bad bytes instead of throwing.
#include <nlohmann/json.hpp>

#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

using Json = nlohmann::ordered_json;

constexpr auto invalid_utf8 = Json::error_handler_t::replace;

// A string value, or null when it is empty (i.e. was not given).
Json string_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

template <typename T>
Json string_or_null(const std::optional<Sourced<T>>& field) {
  return field ? Json(field->value) : Json(nullptr);
}

Json time_or_null(const std::optional<Timestamp>& time) {
  return time ? Json(format_utc(*time)) : Json(nullptr);
}

Json actor_to_json(const std::optional<Actor>& actor) {
  if (!actor) return nullptr;
  Json json = Json::object();
  json["name"] = actor->name;
  json["role"] = string_or_null(actor->role);
  return json;
}

Json labels_to_json(const std::vector<std::pair<std::string, std::string>>& labels) {
  Json json = Json::object();
  for (const auto& [key, value] : labels) json[key] = value;
  return json;
}

// One place the event was read from.
Json origin_to_json(const std::string& adapter, const SourcePos& origin) {
  Json json = Json::object();
  json["adapter"] = adapter;
  json["file"] = origin.file;
  json["line"] = origin.line;
  json["column"] = origin.column;
  return json;
}

Json event_to_json(const Event& event) {
  Json json = Json::object();
  json["time"] = format_utc(event.time);
  json["end"] = time_or_null(event.end);
  json["kind"] = display_kind(event);
  json["title"] = event.title;
  json["service"] = string_or_null(event.service);
  json["actor"] = actor_to_json(event.actor);
  json["source"] = string_or_null(event.source);
  json["id"] = string_or_null(event.id);
  json["link"] = string_or_null(event.link);
  json["labels"] = labels_to_json(event.labels);
  json["adapter"] = event.adapter;
  Json origins = Json::array();
  origins.push_back(origin_to_json(event.adapter, event.origin));
  for (const Provenance& copy : event.merged) {
    origins.push_back(origin_to_json(copy.adapter, copy.origin));
  }
  json["origin"] = std::move(origins);
  return json;
}

Json impact_to_json(const Incident& incident) {
  if (!incident.impact_start && !incident.impact_end) return nullptr;
  const auto time = [](const std::optional<Sourced<Timestamp>>& field) {
    return field ? Json(format_utc(field->value)) : Json(nullptr);
  };
  return {{"start", time(incident.impact_start)}, {"end", time(incident.impact_end)}};
}

Json incident_to_json(const Incident& incident) {
  if (incident.empty()) return nullptr;
  Json json = Json::object();
  json["id"] = string_or_null(incident.id);
  json["title"] = string_or_null(incident.title);
  json["severity"] = string_or_null(incident.severity);
  json["timezone"] = string_or_null(incident.timezone);
  json["services"] = incident.services ? Json(incident.services->value) : Json(nullptr);
  json["impact"] = impact_to_json(incident);
  json["summary"] = string_or_null(incident.summary);
  return json;
}

}  // namespace

void write_json_timeline(std::ostream& out, const Incident& incident,
                         const std::vector<Event>& timeline) {
  Json events = Json::array();
  for (const Event& event : timeline) events.push_back(event_to_json(event));
  Json document = Json::object();
  document["incident"] = incident_to_json(incident);
  document["events"] = std::move(events);
  out << document.dump(2, ' ', false, invalid_utf8) << '\n';
}

void write_jsonl_timeline(std::ostream& out, const std::vector<Event>& timeline) {
  for (const Event& event : timeline) {
    out << event_to_json(event).dump(-1, ' ', false, invalid_utf8) << '\n';
  }
}

}  // namespace hindsight::render_detail
