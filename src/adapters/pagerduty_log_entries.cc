#include "adapters/pagerduty_log_entries.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/pagerduty_fields.h"

namespace hindsight::pagerduty {
namespace {

constexpr std::string_view entry_suffix = "_log_entry";

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "urgency_change_log_entry" -> "Urgency change": a readable stand-in when
// an entry has no summary.
std::string readable_type(std::string_view type) {
  if (ends_with(type, entry_suffix)) type.remove_suffix(entry_suffix.size());
  std::string text(type);
  for (char& c : text) {
    if (c == '_') c = ' ';
  }
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// The entry's summary, cleaned. A trigger's summary says only how the
// incident came in ("Triggered through the API."), so the incident it
// opened is added: that is the page a reader looks for.
std::string title_for(std::string_view type, const std::string& summary,
                      const std::string& incident) {
  if (summary.empty()) {
    return incident.empty() ? readable_type(type)
                            : fmt::format("{}: {}", readable_type(type), incident);
  }
  if (type != "trigger_log_entry" || incident.empty()) return summary;
  std::string_view head = summary;
  if (head.back() == '.') head.remove_suffix(1);
  return fmt::format("{}: {}", head, incident);
}

// Who was notified and how, for notify entries: `user` and `notification`
// (or the older `channel` carrying the notification's type).
void add_notification_labels(const RawNode& entry, Event& event) {
  add_label(event, "notified", reference_name(entry, "user"));
  add_label(event, "notification", adapter_support::text_at(entry, "notification.type"));
  add_label(event, "notification_status", adapter_support::text_at(entry, "notification.status"));
}

}  // namespace

Kind kind_for_log_entry(std::string_view type) {
  // The incident paged someone: its trigger, and every notification sent.
  if (type == "trigger_log_entry" || type == "notify_log_entry") return Kind::page;
  if (type == "acknowledge_log_entry") return Kind::ack;
  if (type == "resolve_log_entry") return Kind::resolve;
  // Moving the incident up or across escalation paths.
  if (type == "escalate_log_entry" || type == "delegate_log_entry" ||
      type == "repeat_escalation_path_log_entry") {
    return Kind::escalate;
  }
  // Unacknowledge, assign, annotate, snooze, urgency and field changes,
  // reached limits, an exhausted escalation path: context, not milestones.
  return Kind::note;
}

bool looks_like_log_entry(const RawNode& node) {
  if (!node.is_map() || !node.find("created_at")) return false;
  return ends_with(adapter_support::text_at(node, "type"), entry_suffix);
}

std::optional<Event> read_log_entry(const RawNode& entry, std::string_view adapter_name,
                                    const Zone* local_zone, Diagnostics& diagnostics) {
  if (!entry.is_map()) {
    diagnostics.error(entry.pos,
                      fmt::format("log entry must be a map, found {}", describe(entry.type)));
    return std::nullopt;
  }
  const auto type = read_required_text(entry, "type", "log entry", diagnostics);
  const auto id = read_id(entry, "id", "log entry", diagnostics);
  const auto time =
      adapter_support::time_at(entry, "created_at", adapter_support::TimeEncoding::rfc3339,
                               "log entry", true, local_zone, diagnostics);
  if (!type || !id || !time) return std::nullopt;

  Event event = adapter_support::event_from(entry, adapter_name);
  event.time = *time;
  event.kind = kind_for_log_entry(*type);
  event.id = *id;
  event.source = std::string(source_name);
  event.service = reference_name(entry, "service");
  event.link = adapter_support::text_at(entry, "html_url");
  if (event.link.empty()) event.link = adapter_support::text_at(entry, "incident.html_url");

  const std::string incident = reference_name(entry, "incident");
  event.title = title_for(*type, clean_text(adapter_support::text_at(entry, "summary")), incident);
  set_actor_from_agent(entry.find("agent"), event);

  add_label(event, "log_entry_type", *type);
  add_label(event, "incident_id", adapter_support::text_at(entry, "incident.id"));
  add_label(event, "incident", incident);
  add_label(event, "channel", adapter_support::text_at(entry, "channel.type"));
  add_label(event, "agent", reference_name(entry, "agent"));
  if (*type == "notify_log_entry") add_notification_labels(entry, event);
  return event;
}

}  // namespace hindsight::pagerduty
