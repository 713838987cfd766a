#include "adapters/kubernetes_events_window.h"

#include <fmt/format.h>

#include "adapters/adapter_support.h"
#include "adapters/kubernetes_objects.h"

namespace hindsight::kubernetes {

const EventWindowFields core_v1_window_fields = {"firstTimestamp", "lastTimestamp", "count"};
const EventWindowFields events_v1_window_fields = {"deprecatedFirstTimestamp",
                                                   "deprecatedLastTimestamp", "deprecatedCount"};

namespace {

constexpr std::string_view event_time_path = "eventTime";
constexpr std::string_view series_last_path = "series.lastObservedTime";
constexpr std::string_view series_count_path = "series.count";
constexpr std::string_view created_path = "metadata.creationTimestamp";

// Every time field the Event has, each read once so that each malformed
// one is reported once.
struct WindowTimes {
  OptionalTime event_time, series_last, first, last, created;
  bool malformed() const {
    return event_time.malformed || series_last.malformed || first.malformed || last.malformed ||
           created.malformed;
  }
};

// The start and its field; the end and its field, for the message when
// the two disagree.
struct Chosen {
  std::optional<Timestamp> time;
  std::string_view time_path;
  std::optional<Timestamp> end;
  std::string_view end_path;
};

Chosen choose(const WindowTimes& times, const EventWindowFields& fields) {
  Chosen chosen;
  if (times.event_time.time) {
    chosen.time = times.event_time.time;
    chosen.time_path = event_time_path;
  } else if (times.first.time) {
    chosen.time = times.first.time;
    chosen.time_path = fields.first;
  } else if (times.last.time) {
    chosen.time = times.last.time;
    chosen.time_path = fields.last;
    return chosen;  // the last time alone is no window
  } else if (times.created.time) {
    chosen.time = times.created.time;
    chosen.time_path = created_path;
    return chosen;
  }
  if (times.series_last.time) {
    chosen.end = times.series_last.time;
    chosen.end_path = series_last_path;
  } else if (times.last.time) {
    chosen.end = times.last.time;
    chosen.end_path = fields.last;
  }
  return chosen;
}

}  // namespace

std::optional<EventWindow> read_event_window(const RawNode& event, const EventWindowFields& fields,
                                             std::string_view what, const Zone* local_zone,
                                             Diagnostics& diagnostics) {
  WindowTimes times;
  times.event_time = optional_time(event, event_time_path, local_zone, diagnostics);
  times.series_last = optional_time(event, series_last_path, local_zone, diagnostics);
  times.first = optional_time(event, fields.first, local_zone, diagnostics);
  times.last = optional_time(event, fields.last, local_zone, diagnostics);
  times.created = optional_time(event, created_path, local_zone, diagnostics);
  std::optional<std::string> series_count = optional_count(event, series_count_path, diagnostics);
  std::optional<std::string> count = optional_count(event, fields.count, diagnostics);
  if (times.malformed() || !series_count || !count) return std::nullopt;

  const Chosen chosen = choose(times, fields);
  if (!chosen.time) {
    diagnostics.error(event.pos, fmt::format("{} has no time", what),
                      fmt::format("expected `{}`, `{}`, `{}` or `{}`", event_time_path,
                                  fields.first, fields.last, created_path));
    return std::nullopt;
  }
  EventWindow window;
  window.time = *chosen.time;
  window.count = series_count->empty() ? *count : *series_count;
  if (chosen.end && *chosen.end > window.time) {
    window.end = chosen.end;
  } else if (chosen.end && *chosen.end < window.time) {
    // The Event itself is fine; only its window is not, so it stays in.
    diagnostics.warning(
        adapter_support::at(event, chosen.end_path)->pos,
        fmt::format("`{}` ({}) is earlier than `{}` ({}); the window is left out", chosen.end_path,
                    format_utc(*chosen.end), chosen.time_path, format_utc(window.time)));
  }
  return window;
}

}  // namespace hindsight::kubernetes
