#include "adapters/kubernetes_events_reader.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/kubernetes_events_window.h"
#include "core/ascii.h"

namespace hindsight::kubernetes {

const ObjectKind event_kind = {
    "Event",
    "EventList",
    {"v1", "events.k8s.io/v1", "events.k8s.io/v1beta1"},
    {"involvedObject", "regarding"},
    "no `kind: Event` with `involvedObject` or `regarding`",
    true,
};

namespace {

using adapter_support::text_at;

// Where the two API versions keep the same things.
struct EventFields {
  std::string_view object;
  std::string_view message;
  std::string_view component;
  std::string_view fallback_component;
  std::string_view host;
  const EventWindowFields* window;
};
const EventFields core_v1_fields = {"involvedObject",     "message",     "source.component",
                                    "reportingComponent", "source.host", &core_v1_window_fields};
const EventFields events_v1_fields = {"regarding",
                                      "note",
                                      "reportingController",
                                      "deprecatedSource.component",
                                      "deprecatedSource.host",
                                      &events_v1_window_fields};

// "Pod/graph-sync-x2k4q BackOff: Back-off restarting failed container".
std::string event_title(const std::string& object, const std::string& reason,
                        const std::string& message) {
  std::string title = object;
  if (!reason.empty()) title += (title.empty() ? "" : " ") + reason;
  if (!message.empty()) title += (title.empty() ? "" : ": ") + message;
  return title;
}

void add_label(Event& event, std::string key, std::string value) {
  if (!value.empty()) event.labels.emplace_back(std::move(key), std::move(value));
}

}  // namespace

std::optional<Event> read_event(const RawNode& node, std::string_view adapter_name,
                                const Zone* local_zone, Diagnostics& diagnostics) {
  const EventFields& fields = node.find("regarding") ? events_v1_fields : core_v1_fields;
  const RawNode* object = node.find(fields.object);
  if (!object->is_map()) {
    diagnostics.error(object->pos, fmt::format("`{}` must be a map, found {}", fields.object,
                                               describe(object->type)));
    return std::nullopt;
  }
  const std::string event_name = text_at(node, "metadata.name");
  const std::string what =
      event_name.empty() ? std::string("Event") : fmt::format("Event \"{}\"", event_name);
  const auto window = read_event_window(node, *fields.window, what, local_zone, diagnostics);
  if (!window) return std::nullopt;

  Event event = adapter_support::event_from(node, adapter_name);
  event.time = window->time;
  event.end = window->end;
  const std::string type = text_at(node, "type");
  event.kind = ascii_lowercase(type) == "warning" ? Kind::alert : Kind::note;
  const std::string reference = object_reference(object);
  const std::string reason = text_at(node, "reason");
  event.title = event_title(reference, reason, one_line(text_at(node, fields.message)));
  event.service = text_at(*object, "namespace");
  event.source = "kubernetes";
  event.id = text_at(node, "metadata.uid");
  add_label(event, "type", type);
  add_label(event, "reason", reason);
  add_label(event, "object", reference);
  std::string component = text_at(node, fields.component);
  if (component.empty()) component = text_at(node, fields.fallback_component);
  add_label(event, "component", component);
  add_label(event, "host", text_at(node, fields.host));
  add_label(event, "count", window->count);
  return event;
}

}  // namespace hindsight::kubernetes
