// Events and settings shared by the timeline renderer tests.
#pragma once

#include <date/date.h>

#include <chrono>
#include <string>

#include "hindsight/event.h"
#include "hindsight/render.h"
#include "hindsight/time.h"

namespace hindsight::testing {

// An instant on the day of the example outage, 2026-03-04, given in UTC.
inline Timestamp utc_on_march_4(int hours, int minutes, int seconds,
                                Nanoseconds fraction = Nanoseconds::zero()) {
  using namespace date::literals;
  return Timestamp{date::sys_days{2026_y / date::March / 4}} + std::chrono::hours(hours) +
         std::chrono::minutes(minutes) + std::chrono::seconds(seconds) + fraction;
}

inline Event make_event(Timestamp time, Kind kind, std::string title, std::string service = {}) {
  Event event;
  event.time = time;
  event.kind = kind;
  event.title = std::move(title);
  event.service = std::move(service);
  event.origin = {"logs/events.yaml", 3, 5};
  return event;
}

inline Zone helsinki() { return *lookup_zone("Europe/Helsinki").zone; }

inline RenderSettings utc_settings() { return RenderSettings{Zone{}, std::nullopt}; }

}  // namespace hindsight::testing
