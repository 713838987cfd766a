// v3 webhook envelopes: `{"event": {id, event_type, resource_type,
// occurred_at, agent, data}}`. `data` is the incident itself for incident
// state changes, and an object that refers to it (a note, a status update,
// a responder request) otherwise.
#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/pagerduty_fields.h"
#include "adapters/pagerduty_webhooks.h"

namespace hindsight::pagerduty {
namespace {

Kind kind_for_event_type(std::string_view type) {
  if (type == "incident.triggered") return Kind::page;
  if (type == "incident.acknowledged") return Kind::ack;
  if (type == "incident.resolved") return Kind::resolve;
  if (type == "incident.escalated" || type == "incident.delegated") return Kind::escalate;
  if (type == "incident.status_update_published") return Kind::status_update;
  // Unacknowledged, reassigned, annotated, reopened, priority and field
  // changes, responders, workflows, service changes: context.
  return Kind::note;
}

// "incident.priority_updated" -> "priority updated".
std::string readable_action(std::string_view type) {
  const std::size_t dot = type.find('.');
  std::string text(dot == std::string_view::npos ? type : type.substr(dot + 1));
  for (char& c : text) {
    if (c == '_' || c == '.') c = ' ';
  }
  return text;
}

// What the event is about: the incident when `data` is one, else the
// incident `data` refers to (nullptr for service events).
const RawNode* incident_of(const RawNode& data) {
  if (adapter_support::text_at(data, "type") == "incident") return &data;
  const RawNode* reference = data.find("incident");
  return reference && reference->is_map() ? reference : nullptr;
}

std::string title_for(std::string_view type, const RawNode& data, const RawNode* incident) {
  // Notes and status updates say more in their text than in their action.
  const std::string content = clean_text(adapter_support::text_at(data, "content"));
  if (type == "incident.annotated" && !content.empty()) return "Note: " + content;
  const std::string message = clean_text(adapter_support::text_at(data, "message"));
  if (type == "incident.status_update_published" && !message.empty()) {
    return "Status update: " + message;
  }
  const std::string action = readable_action(type);
  if (incident == &data) {
    const std::string title = clean_text(adapter_support::text_at(data, "title"));
    const std::string what = fmt::format("{} {}", incident_name(data), action);
    return title.empty() ? what : what + ": " + title;
  }
  if (incident) {
    const std::string name = name_of(incident);
    return name.empty() ? "Incident " + action : fmt::format("Incident {}: {}", action, name);
  }
  const std::string name = name_of(&data);
  const std::string resource = adapter_support::text_at(data, "type");
  std::string what = fmt::format("{} {}", resource.empty() ? "resource" : resource, action);
  what[0] = static_cast<char>(what[0] >= 'a' && what[0] <= 'z' ? what[0] - 'a' + 'A' : what[0]);
  return name.empty() ? what : what + ": " + name;
}

}  // namespace

bool looks_like_v3_event(const RawNode& node) {
  return adapter_support::has_all(node, {"event_type", "occurred_at", "resource_type"});
}

void read_v3_event(const RawNode& envelope_event, std::string_view adapter_name,
                   const Zone* local_zone, std::vector<Event>& events, Diagnostics& diagnostics) {
  const auto type = read_required_text(envelope_event, "event_type", "webhook event", diagnostics);
  const auto id = read_id(envelope_event, "id", "webhook event", diagnostics);
  const auto time = adapter_support::time_at(envelope_event, "occurred_at",
                                             adapter_support::TimeEncoding::rfc3339,
                                             "webhook event", true, local_zone, diagnostics);
  if (!type || !id || !time) return;

  const RawNode empty;
  const RawNode* found = envelope_event.find("data");
  const RawNode& data = found && found->is_map() ? *found : empty;
  const RawNode* incident = incident_of(data);

  Event event = adapter_support::event_from(envelope_event, adapter_name);
  event.kind = kind_for_event_type(*type);
  event.time = *time;
  event.id = *id;
  event.source = std::string(source_name);
  event.service = reference_name(data, "service");
  event.title = title_for(*type, data, incident);
  event.link = adapter_support::text_at(data, "html_url");
  if (event.link.empty() && incident) event.link = adapter_support::text_at(*incident, "html_url");
  set_actor_from_agent(envelope_event.find("agent"), event);

  add_label(event, "event_type", *type);
  if (incident) {
    add_label(event, "incident_id", adapter_support::text_at(*incident, "id"));
    add_label(event, "incident_number", adapter_support::text_at(*incident, "number"));
    add_label(event, "status", adapter_support::text_at(*incident, "status"));
    add_label(event, "urgency", adapter_support::text_at(*incident, "urgency"));
    add_label(event, "priority", reference_name(*incident, "priority"));
    if (incident != &data) add_label(event, "incident", name_of(incident));
  }
  events.push_back(std::move(event));
}

}  // namespace hindsight::pagerduty
