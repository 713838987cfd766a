// Intervals: durations between milestones (see intervals.h).
#include "analyze/intervals.h"

#include <string>

namespace hindsight::analyze_detail {

std::optional<Nanoseconds> checked_difference(Timestamp later, Timestamp earlier) {
  // Timestamps span about 584 years; the difference of two far-apart ones
  // (hostile input) would overflow, so it is computed with a check.
  Nanoseconds::rep difference = 0;
  if (__builtin_sub_overflow(later.time_since_epoch().count(), earlier.time_since_epoch().count(),
                             &difference)) {
    return std::nullopt;
  }
  return Nanoseconds(difference);
}

Interval between(const Milestone& from, std::string_view from_name, const Milestone& to,
                 std::string_view to_name) {
  if (!from.time && !to.time) return {std::nullopt, from.basis + "; " + to.basis};
  if (!from.time) return {std::nullopt, from.basis};
  if (!to.time) return {std::nullopt, to.basis};

  const std::optional<Nanoseconds> duration = checked_difference(*to.time, *from.time);
  if (!duration) {
    return {std::nullopt, std::string(from_name) + " and " + std::string(to_name) +
                              " are too far apart to measure"};
  }
  if (*duration < Nanoseconds::zero()) {
    return {std::nullopt, "times out of order: " + std::string(to_name) + " (" +
                              format_utc(*to.time) + ") is before " + std::string(from_name) +
                              " (" + format_utc(*from.time) + ")"};
  }
  return {duration, ""};
}

Interval time_to_detect(const Milestone& impact_start, bool impact_start_inferred,
                        const Milestone& detected) {
  if (impact_start_inferred && detected.time) {
    if (detected.event_index == impact_start.event_index) {
      return {std::nullopt, "impact start not recorded (inferred from the detecting event)"};
    }
    // A detect event logged at the same instant as the inferring alert.
    return {std::nullopt,
            "impact start not recorded (inferred from an event at the moment of detection)"};
  }
  return between(impact_start, "impact start", detected, "detected");
}

}  // namespace hindsight::analyze_detail
