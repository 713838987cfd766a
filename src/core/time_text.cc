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

std::string date_text(const date::year_month_day& date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

}  // namespace

std::string fraction_text(std::uint32_t nanos) {
  if (nanos == 0) return {};
  if (nanos % 1'000'000 == 0) return fmt::format(".{:03}", nanos / 1'000'000);
  if (nanos % 1'000 == 0) return fmt::format(".{:06}", nanos / 1'000);
  return fmt::format(".{:09}", nanos);
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
  const long long seconds = civil.seconds_of_day;
  return fmt::format("{}{}{:02}:{:02}:{:02}{}", date_text(civil.date), separator, seconds / 3600,
                     seconds / 60 % 60, seconds % 60, fraction_text(nanos));
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
