// Small builders for analyze tests: a timeline written as a list of
// (kind, title, UTC time) in the order merge would have produced it.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "hindsight/event.h"
#include "hindsight/incident.h"
#include "hindsight/time.h"

namespace hindsight::analyze_test {

// "2026-03-04T08:21:00" (UTC) as a Timestamp.
inline Timestamp utc(const std::string& text) {
  TimestampParse parsed = parse_timestamp(text + "Z", nullptr);
  if (!parsed.time) throw std::invalid_argument("bad test time: " + text);
  return *parsed.time;
}

inline Event event(Kind kind, std::string title, const std::string& time) {
  Event e;
  e.kind = kind;
  e.title = std::move(title);
  e.time = utc(time);
  return e;
}

inline Event custom(std::string custom_kind, std::string title, const std::string& time) {
  Event e = event(Kind::custom, std::move(title), time);
  e.custom_kind = std::move(custom_kind);
  return e;
}

// A timeline in the given order, numbered as merge would number it.
inline std::vector<Event> timeline(std::vector<Event> events) {
  for (std::size_t i = 0; i < events.size(); ++i) events[i].input_order = i;
  return events;
}

inline Incident header_with_impact(const std::string& start, const std::string& end = "") {
  Incident incident;
  incident.impact_start = Sourced<Timestamp>{utc(start), {"incident.yaml", 5, 11}};
  if (!end.empty()) incident.impact_end = Sourced<Timestamp>{utc(end), {"incident.yaml", 5, 40}};
  return incident;
}

}  // namespace hindsight::analyze_test
