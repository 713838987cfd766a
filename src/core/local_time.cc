// Local wall clock readings to instants (see local_time.h).
#include "core/local_time.h"

#include <date/tz.h>
#include <fmt/format.h>

#include "core/time_text.h"

namespace hindsight::time_detail {
namespace {

TimestampParse success(Nanoseconds since_epoch) {
  return TimestampParse{Timestamp{since_epoch}, {}, {}};
}

TimestampParse failure(std::string message, std::string hint) {
  return TimestampParse{std::nullopt, std::move(message), std::move(hint)};
}

// The wall clock readings on either side of a zone transition, as "03:00"
// (or with the date, should the change cross midnight).
struct ClockChange {
  std::string from;
  std::string to;
};

ClockChange clock_change(const date::sys_info& before, const date::sys_info& after) {
  const std::chrono::seconds at = after.begin.time_since_epoch();
  const std::chrono::seconds from = at + before.offset;
  const std::chrono::seconds to = at + after.offset;
  const bool same_day = date::floor<date::days>(from) == date::floor<date::days>(to);
  return {hour_minute_text(from, !same_day),
          hour_minute_text(to, !same_day)};
}

std::string with_offset(const DateTimeFields& fields, std::chrono::seconds offset) {
  return '"' + rfc3339_without_offset(fields) + offset_text(offset) + '"';
}

}  // namespace

TimestampParse resolve_local_time(std::string_view text, const DateTimeFields& fields,
                                  const Zone& zone) {
  const Nanoseconds wall_clock = wall_clock_since_epoch(fields);
  if (zone.zone == nullptr) return success(wall_clock);

  const date::local_info info = zone.zone->get_info(date::local_time<Nanoseconds>{wall_clock});
  switch (info.result) {
    case date::local_info::unique:
      return success(wall_clock - info.first.offset);
    case date::local_info::nonexistent: {
      const ClockChange change = clock_change(info.first, info.second);
      return failure(
          fmt::format("local time {} does not exist in {}: clocks jump forward from {} to {} "
                      "(DST gap)",
                      quoted(text), zone.name, change.from, change.to),
          fmt::format("add the UTC offset that was meant: {} (the offset before the change) or {} "
                      "(after it)",
                      with_offset(fields, info.first.offset),
                      with_offset(fields, info.second.offset)));
    }
    case date::local_info::ambiguous:
    default: {
      const ClockChange change = clock_change(info.first, info.second);
      return failure(
          fmt::format("local time {} is ambiguous in {}: it occurs twice as clocks go back from "
                      "{} to {} (DST overlap)",
                      quoted(text), zone.name, change.from, change.to),
          fmt::format("add the UTC offset to say which: {} (first) or {} (second)",
                      with_offset(fields, info.first.offset),
                      with_offset(fields, info.second.offset)));
    }
  }
}

}  // namespace hindsight::time_detail
