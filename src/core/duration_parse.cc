// Durations written by people: "24h", "1h30m", "250ms", "+90s".
#include <cstdint>

#include "hindsight/time.h"

namespace hindsight {
namespace {

// Nanoseconds per unit; 0 for an unknown unit. `text` starts at the unit.
std::int64_t unit_length(std::string_view text, std::size_t& length) {
  static constexpr struct {
    std::string_view name;
    std::int64_t nanoseconds;
  } units[] = {
      // Two-letter units first, so "ms" is not read as minutes.
      {"ms", 1'000'000},
      {"us", 1'000},
      {"ns", 1},
      {"d", 86'400'000'000'000},
      {"h", 3'600'000'000'000},
      {"m", 60'000'000'000},
      {"s", 1'000'000'000},
  };
  for (const auto& unit : units) {
    if (text.substr(0, unit.name.size()) == unit.name) {
      length = unit.name.size();
      return unit.nanoseconds;
    }
  }
  return 0;
}

}  // namespace

std::optional<Nanoseconds> parse_duration(std::string_view text, bool allow_sign) {
  // 100 years keeps every sum far inside int64 nanoseconds (~292 years).
  constexpr std::int64_t max_nanoseconds = std::int64_t{100} * 365 * 86'400'000'000'000;
  bool negative = false;
  if (allow_sign && !text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::int64_t total = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::int64_t value = 0;
    const std::size_t digits_start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      const int digit = text[i] - '0';
      // Checked before multiplying: a long run of digits must not wrap.
      if (value > (max_nanoseconds - digit) / 10) return std::nullopt;
      value = value * 10 + digit;
      ++i;
    }
    std::size_t unit_size = 0;
    const std::int64_t unit = i < text.size() ? unit_length(text.substr(i), unit_size) : 0;
    if (i == digits_start || unit == 0) return std::nullopt;
    if (value > max_nanoseconds / unit) return std::nullopt;
    total += value * unit;
    if (total > max_nanoseconds) return std::nullopt;
    i += unit_size;
  }
  return Nanoseconds(negative ? -total : total);
}

}  // namespace hindsight
