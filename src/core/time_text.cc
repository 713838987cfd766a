#include "core/time_text.h"

#include <array>
#include <cstdlib>

#include <date/date.h>
#include <fmt/format.h>

namespace hindsight::time_detail {

namespace {

constexpr std::size_t kMaxQuotedLength = 80;

struct CivilTime {
  date::year_month_day date;
  long long seconds_of_day;
};

CivilTime split_days(std::chrono::seconds since_epoch) {
  // floor, not duration_cast: 1969-12-31 23:59:59 is day -1 plus 86399 s.
  const auto days = date::floor<date::days>(since_epoch);
  return {date::year_month_day{date::sys_days{days}}, (since_epoch - days).count()};
}

// `value` zero-padded to at least `width` digits, as fmt's "{:0N}" writes a
// non-negative number. Written by hand: timestamps are formatted once or
// twice per event of a million-event timeline, and fmt's format-string
// parsing was most of that.
void append_padded(std::string& out, unsigned long long value, int width) {
  char digits[24];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0 || count < width);
  while (count > 0) out += digits[--count];
}

void append_date(std::string& out, const date::year_month_day& date) {
  const int year = static_cast<int>(date.year());
  if (year < 0) out += '-';
  append_padded(out, static_cast<unsigned long long>(std::llabs(year)), year < 0 ? 3 : 4);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.month()), 2);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.day()), 2);
}

std::string date_text(const date::year_month_day& date) {
  std::string text;
  append_date(text, date);
  return text;
}

}  // namespace

std::string fraction_text(std::uint32_t nanos) {
  std::string text;
  if (nanos == 0) return text;
  text += '.';
  if (nanos % 1'000'000 == 0) {
    append_padded(text, nanos / 1'000'000, 3);
  } else if (nanos % 1'000 == 0) {
    append_padded(text, nanos / 1'000, 6);
  } else {
    append_padded(text, nanos, 9);
  }
  return text;
}

std::string offset_text(std::chrono::seconds offset) {
  const char sign = offset.count() < 0 ? '-' : '+';
  const long long magnitude = std::llabs(offset.count());
  std::string text = fmt::format("{}{:02}:{:02}", sign, magnitude / 3600, magnitude / 60 % 60);
  if (magnitude % 60 != 0) text += fmt::format(":{:02}", magnitude % 60);
  return text;
}

std::string wall_clock_text(std::chrono::seconds since_epoch, std::uint32_t nanos, char separator) {
  const CivilTime civil = split_days(since_epoch);
  const auto seconds = static_cast<unsigned long long>(civil.seconds_of_day);
  std::string text;
  text.reserve(32);
  append_date(text, civil.date);
  text += separator;
  append_padded(text, seconds / 3600, 2);
  text += ':';
  append_padded(text, seconds / 60 % 60, 2);
  text += ':';
  append_padded(text, seconds % 60, 2);
  text += fraction_text(nanos);
  return text;
}

std::string hour_minute_text(std::chrono::seconds since_epoch, bool with_date) {
  const CivilTime civil = split_days(since_epoch);
  const long long seconds = civil.seconds_of_day;
  std::string clock = fmt::format("{:02}:{:02}", seconds / 3600, seconds / 60 % 60);
  return with_date ? date_text(civil.date) + ' ' + clock : clock;
}

std::string_view month_name(unsigned month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : std::string_view("?");
}

std::string quoted(std::string_view text) {
  const bool too_long = text.size() > kMaxQuotedLength;
  if (too_long) {
    // Cut on a character boundary so the message stays valid UTF-8.
    std::size_t cut = kMaxQuotedLength;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  std::string result = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      result += '\\';
      result += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      result += fmt::format("\\x{:02x}", byte);
    } else {
      result += c;
    }
  }
  result += too_long ? "...\"" : "\"";
  return result;
}

}  // namespace hindsight::time_detail
