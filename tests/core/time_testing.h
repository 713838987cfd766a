// Helpers for the time tests: instants from calendar fields, and parsing
// with a zone looked up by name.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <date/date.h>

#include "hindsight/time.h"

namespace hindsight::testing {

// The UTC instant y-m-d h:m:s plus `nanos`.
inline Timestamp utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                     int second = 0, long long nanos = 0) {
  const date::sys_days days = date::year{year} / date::month{month} / date::day{day};
  return Timestamp{days.time_since_epoch() + std::chrono::hours{hour} +
                   std::chrono::minutes{minute} + std::chrono::seconds{second} +
                   Nanoseconds{nanos}};
}

// The zone named `name`; throws (failing the calling test) when it does
// not exist.
inline Zone zone(std::string_view name) {
  ZoneLookup lookup = lookup_zone(name);
  if (!lookup.zone) throw std::runtime_error(lookup.error);
  return *lookup.zone;
}

}  // namespace hindsight::testing
