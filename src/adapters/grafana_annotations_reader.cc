// Reading Grafana annotations as events (see grafana_annotations_reader.h).
//
// Grafana writes `time` and `timeEnd` as epoch milliseconds, and a point
// annotation with `timeEnd` equal to `time` (older versions: 0). Annotation
// ids are small integers that only one Grafana instance knows, so the event
// id is prefixed ("grafana/1124") to keep it from meeting another tool's.
#include "adapters/grafana_annotations_reader.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::grafana {
namespace {

using adapter_support::text_at;
using adapter_support::TimeEncoding;

// Keys that only an annotation has; `time` and `text` alone say nothing,
// since many logs have them.
const std::vector<std::string_view> annotation_marks = {
    "timeEnd", "dashboardUID", "dashboardId", "panelId", "alertId", "newState", "prevState"};

// A state annotation's state, without the reason Grafana's unified alerting
// may add ("Normal (MissingSeries)" -> "normal").
std::string bare_state(const std::string& state) {
  return ascii_lowercase(state.substr(0, state.find(" (")));
}

// The first line of an annotation's text, which is what people write as a
// summary; Grafana allows several lines.
std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

std::vector<std::string> tags_of(const RawNode& annotation) {
  std::vector<std::string> tags;
  const RawNode* list = annotation.find("tags");
  if (!list || !list->is_sequence()) return tags;
  for (const RawNode& tag : list->items) {
    if (tag.is_scalar()) tags.push_back(tag.scalar);
  }
  return tags;
}

bool is_state_change(const RawNode& annotation) {
  const std::string alert_id = text_at(annotation, "alertId");
  return (!alert_id.empty() && alert_id != "0") || !text_at(annotation, "newState").empty();
}

bool tagged_as_deploy(const std::vector<std::string>& tags) {
  for (const std::string& tag : tags) {
    const std::string lower = ascii_lowercase(tag);
    if (lower == "deploy" || lower == "deployment") return true;
  }
  return false;
}

// "service:checkout" or "app:checkout" among the tags: Grafana has no service
// field, and this is the convention teams tag annotations with.
std::string service_from_tags(const std::vector<std::string>& tags) {
  for (std::string_view prefix : {"service:", "app:"}) {
    for (const std::string& tag : tags) {
      if (tag.size() > prefix.size() && ascii_lowercase(tag.substr(0, prefix.size())) == prefix) {
        return tag.substr(prefix.size());
      }
    }
  }
  return {};
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Kind and title of an alert-state annotation.
void describe_state_change(const RawNode& annotation, Event& event) {
  const std::string new_state = text_at(annotation, "newState");
  const std::string state = bare_state(new_state);
  if (state == "alerting") {
    event.kind = Kind::alert;
  } else if (state == "ok" || state == "normal") {
    event.kind = Kind::resolve;
  } else {
    event.kind = Kind::note;  // pending, no_data, paused, error: worth seeing, not an alert
  }
  std::string alert = text_at(annotation, "alertName");
  if (alert.empty()) alert = "alert " + text_at(annotation, "alertId");
  const std::string previous = text_at(annotation, "prevState");
  event.title = previous.empty() ? fmt::format("Grafana alert {} changed to {}", alert, new_state)
                                 : fmt::format("Grafana alert {} changed from {} to {}", alert,
                                               previous, new_state);
}

void convert_annotation(const RawNode& annotation, std::string_view adapter_name,
                        const Zone* local_zone, std::vector<Event>& events,
                        Diagnostics& diagnostics) {
  if (!annotation.is_map()) {
    diagnostics.error(annotation.pos, fmt::format("a Grafana annotation must be a map, found {}",
                                                  describe(annotation.type)));
    return;
  }
  const std::size_t errors_before = diagnostics.error_count();
  const auto time = adapter_support::time_at(annotation, "time", TimeEncoding::epoch_millis,
                                             "Grafana annotation", true, local_zone, diagnostics);
  const auto time_end =
      adapter_support::time_at(annotation, "timeEnd", TimeEncoding::epoch_millis,
                               "Grafana annotation", false, local_zone, diagnostics);
  if (!time || diagnostics.error_count() > errors_before) return;
  const std::vector<std::string> tags = tags_of(annotation);

  Event event = adapter_support::event_from(annotation, adapter_name);
  event.time = *time;
  // Point annotations repeat `time` (or write 0) in `timeEnd`.
  if (time_end && *time_end > *time) event.end = time_end;
  if (is_state_change(annotation)) {
    describe_state_change(annotation, event);
  } else {
    event.kind = tagged_as_deploy(tags) ? Kind::deploy : Kind::note;
    event.title = first_line(text_at(annotation, "text"));
    if (event.title.empty()) {
      event.title = fmt::format("Grafana annotation {}", text_at(annotation, "id"));
    }
  }
  event.service = service_from_tags(tags);
  event.source = "grafana";
  const std::string id = text_at(annotation, "id");
  if (!id.empty()) event.id = "grafana/" + id;
  if (const std::string login = text_at(annotation, "login"); !login.empty()) {
    event.actor = Actor{login, {}};
  }
  for (std::string_view key : {"dashboardUID", "panelId", "alertId", "newState", "prevState"}) {
    const std::string value = text_at(annotation, key);
    if (!value.empty() && !(key != "dashboardUID" && value == "0")) {
      event.labels.emplace_back(std::string(key), value);
    }
  }
  if (!tags.empty()) event.labels.emplace_back("tags", join(tags));
  if (is_state_change(annotation) && !text_at(annotation, "text").empty()) {
    event.labels.emplace_back("text", text_at(annotation, "text"));
  }
  events.push_back(std::move(event));
}

}  // namespace

Match match(const RawNode& document) {
  Match result;
  if (document.is_sequence() && !document.items.empty()) {
    const RawNode& first = document.items.front();
    result.evidence = adapter_support::count_present(first, annotation_marks);
    // `timeEnd` and two of the ids or states.
    result.recognised =
        adapter_support::has_all(first, {"time", "timeEnd"}) && result.evidence >= 3;
  }
  return result;
}

void read(const RawNode& document, std::string_view adapter_name, const Zone* local_zone,
          std::vector<Event>& events, Diagnostics& diagnostics) {
  if (!document.is_sequence()) {
    diagnostics.error(document.pos, fmt::format("Grafana annotations must be a list, found {}",
                                                describe(document.type)));
    return;
  }
  for (const RawNode& annotation : document.items) {
    convert_annotation(annotation, adapter_name, local_zone, events, diagnostics);
  }
}

}  // namespace hindsight::grafana
