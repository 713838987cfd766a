// Durations for people: "12s", "4m 10s", "1h 23m 05s", "1d 02h 03m 04s".
//
// The largest unit leads unpadded and the smaller ones follow zero-padded,
// so columns of durations line up and read the same way everywhere.
#include <cstdint>

#include <fmt/format.h>

#include "core/time_text.h"
#include "hindsight/time.h"

namespace hindsight {

namespace {

constexpr std::uint64_t kNanosPerSecond = 1'000'000'000;
constexpr std::uint64_t kSecondsPerMinute = 60;
constexpr std::uint64_t kSecondsPerHour = 60 * kSecondsPerMinute;
constexpr std::uint64_t kSecondsPerDay = 24 * kSecondsPerHour;

}  // namespace

std::string format_duration(Nanoseconds duration) {
  const std::int64_t count = duration.count();
  // The magnitude is taken in unsigned arithmetic, where negating INT64_MIN
  // is well defined.
  const std::uint64_t magnitude = count < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(count)
                                            : static_cast<std::uint64_t>(count);
  const std::uint64_t total_seconds = magnitude / kNanosPerSecond;
  const std::string fraction =
      time_detail::fraction_text(static_cast<std::uint32_t>(magnitude % kNanosPerSecond));

  const std::uint64_t days = total_seconds / kSecondsPerDay;
  const std::uint64_t hours = total_seconds % kSecondsPerDay / kSecondsPerHour;
  const std::uint64_t minutes = total_seconds % kSecondsPerHour / kSecondsPerMinute;
  const std::uint64_t seconds = total_seconds % kSecondsPerMinute;

  std::string text = count < 0 ? "-" : "";
  if (days > 0) {
    text += fmt::format("{}d {:02}h {:02}m {:02}", days, hours, minutes, seconds);
  } else if (hours > 0) {
    text += fmt::format("{}h {:02}m {:02}", hours, minutes, seconds);
  } else if (minutes > 0) {
    text += fmt::format("{}m {:02}", minutes, seconds);
  } else {
    text += fmt::format("{}", seconds);
  }
  return text + fraction + 's';
}

}  // namespace hindsight
