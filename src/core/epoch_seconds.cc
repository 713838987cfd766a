#include "core/epoch_seconds.h"

#include <cstdint>

#include <date/date.h>

#include "core/timestamp_errors.h"

namespace hindsight::time_detail {

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
// Beyond the supported years, yet small enough that whole seconds times
// 10^9 plus a fraction still fits in int64; larger inputs saturate here.
constexpr std::int64_t kSecondsCap = 9'220'000'000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t count_digits(std::string_view text, std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - from;
}

std::int64_t saturating_seconds(std::string_view digits) {
  std::int64_t value = 0;
  for (const char c : digits) {
    value = value * 10 + (c - '0');
    if (value >= kSecondsCap) return kSecondsCap;
  }
  return value;
}

constexpr std::int64_t nanos_of_year_start(int year) {
  const date::sys_days day = date::year{year} / date::January / 1;
  return std::chrono::duration_cast<std::chrono::nanoseconds>(day.time_since_epoch()).count();
}

constexpr std::int64_t kFirstSupportedNanos = nanos_of_year_start(kFirstSupportedYear);
constexpr std::int64_t kEndOfSupportedNanos = nanos_of_year_start(kLastSupportedYear + 1);
static_assert(kSecondsCap * kNanosPerSecond > kEndOfSupportedNanos &&
                  -kSecondsCap * kNanosPerSecond < kFirstSupportedNanos,
              "saturated input must land outside the supported range");

}  // namespace

bool looks_like_epoch_seconds(std::string_view text) {
  const std::size_t start = !text.empty() && text[0] == '-' ? 1 : 0;
  const std::size_t whole_digits = count_digits(text, start);
  if (whole_digits == 0) return false;
  const std::size_t after_whole = start + whole_digits;
  if (after_whole == text.size()) return true;
  return text[after_whole] == '.' && count_digits(text, after_whole + 1) > 0 &&
         after_whole + 1 + count_digits(text, after_whole + 1) == text.size();
}

TimestampParse parse_epoch_seconds(std::string_view text) {
  const bool negative = text[0] == '-';
  const std::string_view number = negative ? text.substr(1) : text;
  const std::size_t dot = number.find('.');
  const std::string_view whole = number.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : number.substr(dot + 1);
  if (fraction.size() > 9) return as_parse_failure(too_many_fraction_digits(text, fraction.size()));

  std::int64_t nanos = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    nanos = nanos * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  const std::int64_t magnitude = saturating_seconds(whole) * kNanosPerSecond + nanos;
  const std::int64_t count = negative ? -magnitude : magnitude;
  if (count < kFirstSupportedNanos || count >= kEndOfSupportedNanos) {
    return as_parse_failure(out_of_supported_range(text));
  }
  return TimestampParse{Timestamp{Nanoseconds{count}}, {}, {}};
}

}  // namespace hindsight::time_detail
