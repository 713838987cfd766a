// Formatting instants for people and machines: UTC (RFC 3339 with `Z`),
// a display zone with its offset, and the offset alone.
#include <cstdint>
#include <limits>

#include <date/tz.h>

#include "core/time_text.h"
#include "hindsight/time.h"

namespace hindsight {

namespace {

// The zone's wall clock at `time`. Whole seconds and nanoseconds are split
// in plain integer arithmetic (chrono's floor would convert back to
// nanoseconds and overflow at Timestamp::min()), and the offset is added to
// the seconds, so even the ends of the representable range format safely.
std::string wall_clock_in(Timestamp time, std::chrono::seconds offset, char separator) {
  constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
  const std::int64_t count = time.time_since_epoch().count();
  std::int64_t seconds = count / kNanosPerSecond;
  std::int64_t nanos = count % kNanosPerSecond;
  if (nanos < 0) {  // floor, not truncation, before 1970
    seconds -= 1;
    nanos += kNanosPerSecond;
  }
  return time_detail::wall_clock_text(std::chrono::seconds{seconds} + offset,
                                      static_cast<std::uint32_t>(nanos), separator);
}

}  // namespace

std::chrono::seconds zone_offset_at(Timestamp time, const Zone& zone) {
  if (zone.zone == nullptr) return std::chrono::seconds{0};
  return zone.zone->get_info(time).offset;
}

std::string format_utc(Timestamp time) {
  return wall_clock_in(time, std::chrono::seconds{0}, 'T') + 'Z';
}

std::string format_in_zone(Timestamp time, const Zone& zone) {
  const std::chrono::seconds offset = zone_offset_at(time, zone);
  return wall_clock_in(time, offset, ' ') + ' ' + time_detail::offset_text(offset);
}

std::string format_wall_clock_millis(Timestamp time, const Zone& zone) {
  constexpr std::int64_t kNanosPerMilli = 1'000'000;
  const std::int64_t count = time.time_since_epoch().count();
  std::int64_t below = count % kNanosPerMilli;
  if (below < 0) below += kNanosPerMilli;
  // Floored to the millisecond, unless that would pass the earliest
  // representable instant; then the next millisecond up.
  const std::int64_t millis = count >= std::numeric_limits<std::int64_t>::min() + below
                                  ? count - below
                                  : count + (kNanosPerMilli - below);
  std::string text = wall_clock_in(Timestamp(Nanoseconds(millis)), zone_offset_at(time, zone), ' ');
  // A whole second has no fraction; whole milliseconds have three digits.
  return text.find('.') == std::string::npos ? text + ".000" : text;
}

std::string utc_offset_at(Timestamp time, const Zone& zone) {
  return time_detail::offset_text(zone_offset_at(time, zone));
}

}  // namespace hindsight
