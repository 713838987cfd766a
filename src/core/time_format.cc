// Formatting instants for people and machines: UTC (RFC 3339 with `Z`),
// a display zone with its offset, and the offset alone.
#include <date/tz.h>

#include "core/time_text.h"
#include "hindsight/time.h"

namespace hindsight {

namespace {

std::chrono::seconds offset_at(Timestamp time, const Zone& zone) {
  if (zone.zone == nullptr) return std::chrono::seconds{0};
  return zone.zone->get_info(time).offset;
}

// The zone's wall clock at `time`. Whole seconds and nanoseconds are kept
// apart so that adding the offset cannot overflow even at the very ends of
// the representable range.
std::string wall_clock_in(Timestamp time, std::chrono::seconds offset, char separator) {
  const auto seconds = date::floor<std::chrono::seconds>(time.time_since_epoch());
  const auto nanos = static_cast<std::uint32_t>((time.time_since_epoch() - seconds).count());
  return time_detail::wall_clock_text(seconds + offset, nanos, separator);
}

}  // namespace

std::string format_utc(Timestamp time) {
  return wall_clock_in(time, std::chrono::seconds{0}, 'T') + 'Z';
}

std::string format_in_zone(Timestamp time, const Zone& zone) {
  const std::chrono::seconds offset = offset_at(time, zone);
  return wall_clock_in(time, offset, ' ') + ' ' + time_detail::offset_text(offset);
}

std::string utc_offset_at(Timestamp time, const Zone& zone) {
  return time_detail::offset_text(offset_at(time, zone));
}

}  // namespace hindsight
