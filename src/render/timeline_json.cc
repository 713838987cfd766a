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
  json.key("name");
  json.string(actor->name);
  json.key("role");
  json.string_or_null(actor->role);
  json.end_object();
}

void write_labels(JsonWriter& json, const std::vector<Label>& labels) {
  json.begin_object();
  for (const auto& [key, value] : labels) {
    json.key(key);
    json.string(value);
  }
  json.end_object();
}

// One place the event was read from.
void write_origin(JsonWriter& json, std::string_view adapter, const SourcePos& origin) {
  json.begin_object();
  json.key("adapter");
  json.string(adapter);
  json.key("file");
  json.string(origin.file);
  json.key("line");
  json.number(origin.line);
  json.key("column");
  json.number(origin.column);
  json.end_object();
}

void write_event(JsonWriter& json, const Event& event) {
  json.begin_object();
  json.key("time");
  json.string(format_utc(event.time));
  json.key("end");
  time_or_null(json, event.end);
  json.key("kind");
  json.string(display_kind(event));
  json.key("title");
  json.string(event.title);
  json.key("service");
  json.string_or_null(event.service);
  json.key("actor");
  write_actor(json, event.actor);
  json.key("source");
  json.string_or_null(event.source);
  json.key("id");
  json.string_or_null(event.id);
  json.key("link");
  json.string_or_null(event.link);
  json.key("labels");
  write_labels(json, event.labels);
  json.key("adapter");
  json.string(event.adapter);
  json.key("origin");
  json.begin_array();
  write_origin(json, event.adapter, event.origin);
  for (const Provenance& copy : event.merged) write_origin(json, copy.adapter, copy.origin);
  json.end_array();
  json.end_object();
}

void write_impact(JsonWriter& json, const Incident& incident) {
  if (!incident.impact_start && !incident.impact_end) return json.null();
  const auto time = [&](const std::optional<Sourced<Timestamp>>& field) {
    field ? json.string(format_utc(field->value)) : json.null();
  };
  json.begin_object();
  json.key("start");
  time(incident.impact_start);
  json.key("end");
  time(incident.impact_end);
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
  json.key("id");
  field_or_null(json, incident.id);
  json.key("title");
  field_or_null(json, incident.title);
  json.key("severity");
  field_or_null(json, incident.severity);
  json.key("timezone");
  field_or_null(json, incident.timezone);
  json.key("services");
  write_services(json, incident);
  json.key("impact");
  write_impact(json, incident);
  json.key("summary");
  field_or_null(json, incident.summary);
  json.end_object();
}

}  // namespace

void write_json_timeline(std::ostream& out, const Incident& incident,
                         const std::vector<Event>& timeline) {
  std::string text;
  JsonWriter json(text, 2);
  json.begin_object();
  json.key("incident");
  write_incident(json, incident);
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
