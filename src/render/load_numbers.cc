#include "render/load_numbers.h"

#include <fmt/format.h>

#include "hindsight/load_check.h"
#include "hindsight/time.h"

namespace hindsight::render_detail {
namespace {

Exact::Int rounded(const Exact& value, Rounding rounding) {
  return rounding == Rounding::up ? value.ceil() : value.floor();
}

// `value` with `digits` decimals ("12.34"). The whole part and the
// fraction are rounded apart, so that no value is too large to show.
std::string decimal(const Exact& value, int digits, Rounding rounding) {
  const Exact::Int scale = digits == 1 ? 10 : 100;
  Exact::Int whole = value.floor();
  const Exact fraction = value - Exact::ratio(whole, 1);
  Exact::Int scaled = rounded(fraction * Exact::ratio(scale, 1), rounding);
  if (scaled == scale) {
    ++whole;
    scaled = 0;
  }
  return fmt::format("{}.{:0{}}", format_count(whole), static_cast<unsigned>(scaled), digits);
}

}  // namespace

std::string format_count(Exact::Int count) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(count % 10)));
    count /= 10;
  } while (count != 0);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_requests(const Exact& requests, Rounding rounding) {
  return format_count(rounded(requests, rounding));
}

std::string format_rate(const Exact& per_second) {
  static constexpr struct {
    std::uint64_t seconds;
    const char* suffix;
  } units[] = {{1, "/s"}, {60, "/min"}, {3600, "/h"}, {86'400, "/d"}};
  if (per_second.is_zero()) return "0/s";
  std::size_t chosen = 0;
  while (chosen + 1 < std::size(units) && per_second * Exact(units[chosen].seconds) < Exact(1)) {
    ++chosen;
  }
  const Exact value = per_second * Exact(units[chosen].seconds);
  if (value.denominator() == 1) return format_count(value.numerator()) + units[chosen].suffix;
  // Half up to the nearest hundredth; ≈ only when that changed the value.
  const Exact fraction = value - Exact::ratio(value.floor(), 1);
  const bool exact = (fraction * Exact(100)).denominator() == 1;
  return (exact ? "" : "≈") + decimal(value + Exact::ratio(1, 200), 2, Rounding::down) +
         units[chosen].suffix;
}

std::string format_period(std::int64_t seconds) {
  constexpr std::int64_t day = 86'400;
  if (seconds >= 2 * day && seconds % day == 0) return fmt::format("{}d", seconds / day);
  std::string out;
  for (const auto& [length, unit] :
       {std::pair<std::int64_t, char>{3600, 'h'}, {60, 'm'}, {1, 's'}}) {
    if (seconds >= length) {
      out += fmt::format("{}{}", seconds / length, unit);
      seconds %= length;
    }
  }
  return out;
}

std::string format_written_rate(const Rate& rate) {
  const std::string count = format_count(rate.requests);
  switch (rate.per_seconds) {
    case 1:
      return count + "/s";
    case 60:
      return count + "/min (" + format_rate(per_second(rate)) + ")";
    case 3600:
      return count + "/h (" + format_rate(per_second(rate)) + ")";
    case 86'400:
      return count + "/d (" + format_rate(per_second(rate)) + ")";
    default:
      return count + " per " + format_period(rate.per_seconds) + " (" +
             format_rate(per_second(rate)) + ")";
  }
}

// Beyond this a ratio says nothing more, and showing it could overflow.
const Exact kHugeRatio(1'000'000'000'000);

std::string format_percent(const Exact& fraction, Rounding rounding) {
  if (fraction > kHugeRatio) return "more than 100,000,000,000,000%";
  return decimal(fraction * Exact(100), 1, rounding) + "%";
}

std::string format_times(const Exact& ratio) {
  if (ratio > kHugeRatio) return "more than 1,000,000,000,000×";
  return decimal(ratio, 2, Rounding::up) + "×";
}

std::string format_seconds(const Exact& seconds, Rounding rounding) {
  constexpr Exact::Int kHundredYears = Exact::Int{100} * 365 * 86'400;
  const Exact::Int whole = rounded(seconds, rounding);
  if (whole > kHundredYears) return "more than 100 years";
  return format_duration(std::chrono::seconds(static_cast<std::int64_t>(whole)));
}

}  // namespace hindsight::render_detail
