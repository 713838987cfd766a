// The timeline as JSON (one document) and JSON Lines (one event per line).
//
// Both formats write events with write_event(), so an event looks the same
// either way. Keys keep a fixed order and absent values are null rather
// than missing, so that consumers can rely on the shape and the bytes are
// deterministic. `origin` lists every place the event was read from: the
// surviving copy first, then the copies merge collapsed into it. Text from
// the input may be invalid UTF-8; it is written with U+FFFD in place of bad
// bytes.
#include "render/json_writer.h"
#include "render/timeline_formats.h"

namespace hindsight::render_detail {
namespace {

// Lines are handed to the stream in pieces of about this size: one write
// per event would cost more than the event's text.
constexpr std::size_t kFlushBytes = 1 << 16;

void time_or_null(JsonWriter& json, const std::optional<Timestamp>& time) {
  time ? json.string(format_utc(*time)) : json.null();
}

template <typename T>
void field_or_null(JsonWriter& json, const std::optional<Sourced<T>>& field) {
  field ? json.string(field->value) : json.null();
}

void write_actor(JsonWriter& json, const std::optional<Actor>& actor) {
  if (!actor) return json.null();
  json.begin_object();
  json.key("name").string(actor->name);
  json.key("role").string_or_null(actor->role);
  json.end_object();
}

void write_labels(JsonWriter& json, const std::vector<Label>& labels) {
  json.begin_object();
  for (const auto& [key, value] : labels) {
    json.key(key).string(value);
  }
  json.end_object();
}

// One place the event was read from.
void write_origin(JsonWriter& json, std::string_view adapter, const SourcePos& origin) {
  json.begin_object();
  json.key("adapter").string(adapter);
  json.key("file").string(origin.file);
  json.key("line").number(origin.line);
  json.key("column").number(origin.column);
  json.end_object();
}

void write_event(JsonWriter& json, const Event& event) {
  json.begin_object();
  json.key("time").string(format_utc(event.time));
  time_or_null(json.key("end"), event.end);
  json.key("kind").string(display_kind(event));
  json.key("title").string(event.title);
  json.key("service").string_or_null(event.service);
  write_actor(json.key("actor"), event.actor);
  json.key("source").string_or_null(event.source);
  json.key("id").string_or_null(event.id);
  json.key("link").string_or_null(event.link);
  write_labels(json.key("labels"), event.labels);
  json.key("adapter").string(event.adapter);
  json.key("origin");
  json.begin_array();
  write_origin(json, event.adapter, event.origin);
  for (const Provenance& copy : event.merged) write_origin(json, copy.adapter, copy.origin);
  json.end_array();
  json.end_object();
}

void write_impact(JsonWriter& json, const Incident& incident) {
  if (!incident.impact_start && !incident.impact_end) return json.null();
  const auto time = [](JsonWriter& value, const std::optional<Sourced<Timestamp>>& field) {
    field ? value.string(format_utc(field->value)) : value.null();
  };
  json.begin_object();
  time(json.key("start"), incident.impact_start);
  time(json.key("end"), incident.impact_end);
  json.end_object();
}

void write_services(JsonWriter& json, const Incident& incident) {
  if (!incident.services) return json.null();
  json.begin_array();
  for (const std::string& service : incident.services->value) json.string(service);
  json.end_array();
}

void write_incident(JsonWriter& json, const Incident& incident) {
  if (incident.empty()) return json.null();
  json.begin_object();
  field_or_null(json.key("id"), incident.id);
  field_or_null(json.key("title"), incident.title);
  field_or_null(json.key("severity"), incident.severity);
  field_or_null(json.key("timezone"), incident.timezone);
  write_services(json.key("services"), incident);
  write_impact(json.key("impact"), incident);
  field_or_null(json.key("summary"), incident.summary);
  json.end_object();
}

}  // namespace

void write_json_timeline(std::ostream& out, const Incident& incident,
                         const std::vector<Event>& timeline) {
  std::string text;
  JsonWriter json(text, 2);
  json.begin_object();
  write_incident(json.key("incident"), incident);
  json.key("events");
  json.begin_array();
  for (const Event& event : timeline) {
    write_event(json, event);
    if (text.size() >= kFlushBytes) {
      out << text;
      text.clear();
    }
  }
  json.end_array();
  json.end_object();
  out << text << '\n';
}

void write_jsonl_timeline(std::ostream& out, const std::vector<Event>& timeline) {
  std::string text;
  for (const Event& event : timeline) {
    JsonWriter json(text, -1);
    write_event(json, event);
    text += '\n';
    if (text.size() >= kFlushBytes) {
      out << text;
      text.clear();
    }
  }
  out << text;
}

}  // namespace hindsight::render_detail
