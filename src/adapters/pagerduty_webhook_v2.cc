// v2 webhook messages: `event` "incident.<action>", `created_on`, the full
// `incident`, and the `log_entries` that caused the message.
#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/pagerduty_fields.h"
#include "adapters/pagerduty_webhooks.h"

namespace hindsight::pagerduty {
namespace {

constexpr std::string_view incident_prefix = "incident.";

struct V2Action {
  std::string_view action;
  Kind kind;
  std::string_view past_tense;
};

// The v2 webhook's incident actions; the kinds match the log entries that
// cause them (docs/sources/pagerduty.md).
constexpr V2Action v2_actions[] = {
    {"trigger", Kind::page, "triggered"},
    {"acknowledge", Kind::ack, "acknowledged"},
    {"unacknowledge", Kind::note, "unacknowledged"},
    {"resolve", Kind::resolve, "resolved"},
    {"assign", Kind::note, "reassigned"},
    {"escalate", Kind::escalate, "escalated"},
    {"delegate", Kind::escalate, "delegated"},
    {"annotate", Kind::note, "annotated"},
};

}  // namespace

bool looks_like_v2_message(const RawNode& node) {
  if (!node.is_map() || !node.find("created_on")) return false;
  return adapter_support::text_at(node, "event").rfind(incident_prefix, 0) == 0;
}

std::string incident_name(const RawNode& incident) {
  std::string number = adapter_support::text_at(incident, "incident_number");
  if (number.empty()) number = adapter_support::text_at(incident, "number");
  return number.empty() ? "Incident" : "Incident #" + number;
}

void read_v2_message(const RawNode& message, std::string_view adapter_name, const Zone* local_zone,
                     std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!message.is_map()) {
    diagnostics.error(message.pos, fmt::format("webhook message must be a map, found {}",
                                               describe(message.type)));
    return;
  }
  const auto name = read_required_text(message, "event", "webhook message", diagnostics);
  const auto id = read_id(message, "id", "webhook message", diagnostics);
  const auto time =
      adapter_support::time_at(message, "created_on", adapter_support::TimeEncoding::rfc3339,
                               "webhook message", true, local_zone, diagnostics);
  if (!name || !id || !time) return;

  std::string_view action = *name;
  if (action.rfind(incident_prefix, 0) == 0) action.remove_prefix(incident_prefix.size());
  Kind kind = Kind::note;
  std::string what = std::string(action);
  for (const V2Action& known : v2_actions) {
    if (known.action == action) {
      kind = known.kind;
      what = std::string(known.past_tense);
    }
  }

  const RawNode empty;
  const RawNode* found = message.find("incident");
  const RawNode& incident = found && found->is_map() ? *found : empty;
  Event event = adapter_support::event_from(message, adapter_name);
  event.kind = kind;
  event.time = *time;
  event.id = *id;
  event.source = std::string(source_name);
  event.service = reference_name(incident, "service");
  event.link = adapter_support::text_at(incident, "html_url");
  const std::string title = clean_text(adapter_support::text_at(incident, "title"));
  event.title = fmt::format("{} {}", incident_name(incident), what);
  if (!title.empty()) event.title += ": " + title;
  set_actor_from_agent(adapter_support::at(message, "log_entries.0.agent"), event);

  add_label(event, "webhook_event", *name);
  add_label(event, "incident_id", adapter_support::text_at(incident, "id"));
  add_label(event, "incident_number", adapter_support::text_at(incident, "incident_number"));
  add_label(event, "status", adapter_support::text_at(incident, "status"));
  add_label(event, "urgency", adapter_support::text_at(incident, "urgency"));
  add_label(event, "log_entry", adapter_support::text_at(message, "log_entries.0.id"));
  add_label(event, "log_entry_summary",
            clean_text(adapter_support::text_at(message, "log_entries.0.summary")));
  events.push_back(std::move(event));
}

}  // namespace hindsight::pagerduty
