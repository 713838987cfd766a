#include "adapters/pagerduty_incidents.h"

#include <optional>

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/pagerduty_fields.h"

namespace hindsight::pagerduty {
namespace {

using adapter_support::TimeEncoding;

// What all of one incident's events share.
struct IncidentFacts {
  std::string id;
  std::string name;  // "Incident #1204"
  std::string title;
};

// "Incident #1204 resolved: Checkout latency" (or without the title when
// the list has none).
std::string titled(const IncidentFacts& facts, const std::string& what) {
  return facts.title.empty() ? what : fmt::format("{}: {}", what, facts.title);
}

Event incident_event(const RawNode& origin, const RawNode& incident, std::string_view adapter_name,
                     const IncidentFacts& facts, Kind kind, Timestamp time) {
  Event event = adapter_support::event_from(origin, adapter_name);
  event.kind = kind;
  event.time = time;
  event.source = std::string(source_name);
  event.service = reference_name(incident, "service");
  event.link = adapter_support::text_at(incident, "html_url");
  add_label(event, "incident_id", facts.id);
  add_label(event, "incident_number", adapter_support::text_at(incident, "incident_number"));
  add_label(event, "status", adapter_support::text_at(incident, "status"));
  add_label(event, "urgency", adapter_support::text_at(incident, "urgency"));
  add_label(event, "priority", reference_name(incident, "priority"));
  add_label(event, "escalation_policy", reference_name(incident, "escalation_policy"));
  return event;
}

// The acknowledgements the list holds; when it holds none but the incident
// is still acknowledged, its last status change is the acknowledgement.
void read_acknowledgements(const RawNode& incident, std::string_view adapter_name,
                           const IncidentFacts& facts, const Zone* local_zone,
                           std::vector<Event>& events, Diagnostics& diagnostics) {
  const RawNode* list = incident.find("acknowledgements");
  bool any = false;
  if (list && list->is_sequence()) {
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const RawNode& acknowledgement = list->items[i];
      const auto time = adapter_support::time_at(acknowledgement, "at", TimeEncoding::rfc3339,
                                                 "acknowledgement", true, local_zone, diagnostics);
      any = true;
      if (!time) continue;
      Event event =
          incident_event(acknowledgement, incident, adapter_name, facts, Kind::ack, *time);
      const std::string who = reference_name(acknowledgement, "acknowledger");
      event.title = titled(facts, who.empty() ? facts.name + " acknowledged"
                                              : facts.name + " acknowledged by " + who);
      set_actor_from_agent(acknowledgement.find("acknowledger"), event);
      event.id = fmt::format("{}/acknowledgement/{}", facts.id, i + 1);
      events.push_back(std::move(event));
    }
  }
  if (any || adapter_support::text_at(incident, "status") != "acknowledged") return;
  const auto time =
      adapter_support::time_at(incident, "last_status_change_at", TimeEncoding::rfc3339,
                               "acknowledged incident", true, local_zone, diagnostics);
  if (!time) return;
  Event event = incident_event(incident, incident, adapter_name, facts, Kind::ack, *time);
  event.title = titled(facts, facts.name + " acknowledged");
  set_actor_from_agent(incident.find("last_status_change_by"), event);
  event.id = facts.id + "/acknowledged";
  events.push_back(std::move(event));
}

// `resolved_at` where the API gives it, else the last status change of a
// resolved incident.
void read_resolution(const RawNode& incident, std::string_view adapter_name,
                     const IncidentFacts& facts, const Zone* local_zone, std::vector<Event>& events,
                     Diagnostics& diagnostics) {
  const bool resolved = adapter_support::text_at(incident, "status") == "resolved";
  std::optional<Timestamp> time;
  if (const RawNode* at = incident.find("resolved_at"); at && !at->is_null()) {
    time = adapter_support::time_at(incident, "resolved_at", TimeEncoding::rfc3339, "incident",
                                    true, local_zone, diagnostics);
  } else if (resolved) {
    time = adapter_support::time_at(incident, "last_status_change_at", TimeEncoding::rfc3339,
                                    "resolved incident", true, local_zone, diagnostics);
  }
  if (!time) return;
  Event event = incident_event(incident, incident, adapter_name, facts, Kind::resolve, *time);
  event.title = titled(facts, facts.name + " resolved");
  if (resolved) set_actor_from_agent(incident.find("last_status_change_by"), event);
  event.id = facts.id + "/resolved";
  events.push_back(std::move(event));
}

}  // namespace

bool looks_like_incident(const RawNode& node) {
  return node.is_map() && node.find("incident_number") && node.find("created_at");
}

void read_incident(const RawNode& incident, std::string_view adapter_name, const Zone* local_zone,
                   std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!incident.is_map()) {
    diagnostics.error(incident.pos,
                      fmt::format("incident must be a map, found {}", describe(incident.type)));
    return;
  }
  const auto id = read_required_text(incident, "id", "incident", diagnostics);
  const auto created = adapter_support::time_at(incident, "created_at", TimeEncoding::rfc3339,
                                                "incident", true, local_zone, diagnostics);
  if (!id || !created) return;

  IncidentFacts facts;
  facts.id = *id;
  const std::string number = adapter_support::text_at(incident, "incident_number");
  facts.name = number.empty() ? "Incident" : "Incident #" + number;
  facts.title = clean_text(adapter_support::text_at(incident, "title"));
  if (facts.title.empty()) facts.title = clean_text(adapter_support::text_at(incident, "summary"));

  Event page = incident_event(incident, incident, adapter_name, facts, Kind::page, *created);
  page.title = titled(facts, facts.name);
  page.id = facts.id;
  events.push_back(std::move(page));

  read_acknowledgements(incident, adapter_name, facts, local_zone, events, diagnostics);
  read_resolution(incident, adapter_name, facts, local_zone, events, diagnostics);
}

}  // namespace hindsight::pagerduty
