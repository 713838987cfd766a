#include "cli/duration_flag.h"

#include <cstdint>
#include <limits>

namespace hindsight::cli {

std::optional<Nanoseconds> parse_duration_flag(std::string_view text) {
  if (text.empty()) return std::nullopt;
  // Capped far below int64 nanoseconds (~292 years) so the sum cannot overflow.
  constexpr std::int64_t max_seconds = std::int64_t{100} * 365 * 86400;
  std::int64_t total_seconds = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::int64_t value = 0;
    const std::size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      value = value * 10 + (text[i] - '0');
      if (value > max_seconds) return std::nullopt;
      ++i;
    }
    if (i == digits_start || i == text.size()) return std::nullopt;
    std::int64_t unit = 0;
    switch (text[i]) {
      case 'd':
        unit = 86400;
        break;
      case 'h':
        unit = 3600;
        break;
      case 'm':
        unit = 60;
        break;
      case 's':
        unit = 1;
        break;
      default:
        return std::nullopt;
    }
    ++i;
    total_seconds += value * unit;
    if (total_seconds > max_seconds) return std::nullopt;
  }
  return std::chrono::seconds(total_seconds);
}

}  // namespace hindsight::cli
