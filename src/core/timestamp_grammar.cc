#include "core/timestamp_grammar.h"

#include <algorithm>

#include <date/date.h>
#include <fmt/format.h>

#include "core/time_text.h"

namespace hindsight::time_detail {

namespace {

constexpr std::size_t kMaxFractionDigits = 9;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);  // both are ASCII letters here
         });
}

// A read position in the text with the few moves the grammar needs.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool at_end() const { return position_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[position_]; }
  std::string_view rest() const { return text_.substr(position_); }

  bool take(char c) {
    if (at_end() || text_[position_] != c) return false;
    ++position_;
    return true;
  }

  bool take_any_of(std::string_view choices, char& taken) {
    if (at_end() || choices.find(text_[position_]) == std::string_view::npos) return false;
    taken = text_[position_++];
    return true;
  }

  // Exactly `width` digits.
  bool take_number(std::size_t width, unsigned& value) {
    if (text_.size() - position_ < width) return false;
    unsigned result = 0;
    for (std::size_t i = 0; i < width; ++i) {
      const char c = text_[position_ + i];
      if (!is_digit(c)) return false;
      result = result * 10 + static_cast<unsigned>(c - '0');
    }
    position_ += width;
    value = result;
    return true;
  }

  // The longest run of digits here, possibly empty.
  std::string_view take_digits() {
    const std::size_t start = position_;
    while (!at_end() && is_digit(text_[position_])) ++position_;
    return text_.substr(start, position_ - start);
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
};

std::uint32_t nanos_from_digits(std::string_view digits) {
  std::uint32_t nanos = 0;
  for (std::size_t i = 0; i < kMaxFractionDigits; ++i) {
    nanos = nanos * 10 + (i < digits.size() ? static_cast<std::uint32_t>(digits[i] - '0') : 0);
  }
  return nanos;
}

// A word after the time: UTC, GMT or Z (any case), or an abbreviation that
// is refused because it names different offsets in different places.
bool scan_zone_word(std::string_view word, std::string_view text, DateTimeFields& fields,
                    std::optional<TimestampError>& error) {
  if (!std::all_of(word.begin(), word.end(), is_letter)) return false;
  for (std::string_view utc_name : {"UTC", "GMT", "Z"}) {
    if (equals_ignoring_case(word, utc_name)) {
      fields.utc_offset = std::chrono::seconds{0};
      return true;
    }
  }
  error = TimestampError{
      fmt::format("time zone abbreviation {} in {} is ambiguous", quoted(word), quoted(text)),
      fmt::format("write the UTC offset it stands for instead: \"{}+hh:mm\"",
                  rfc3339_without_offset(fields))};
  return false;
}

// "+hh:mm", "-hh:mm", "+hhmm" or "+hh", up to 23:59 either way.
bool scan_numeric_offset(Cursor& cursor, std::string_view text, DateTimeFields& fields,
                         std::optional<TimestampError>& error) {
  char sign = 0;
  unsigned hours = 0;
  unsigned minutes = 0;
  if (!cursor.take_any_of("+-", sign) || !cursor.take_number(2, hours)) return false;
  if (cursor.take(':')) {
    if (!cursor.take_number(2, minutes)) return false;
  } else if (!cursor.at_end() && !cursor.take_number(2, minutes)) {
    return false;
  }
  if (!cursor.at_end()) return false;
  if (hours > 23 || minutes > 59) {
    const std::string_view spelling = text.substr(text.find_last_of("+-"));
    error = invalid_timestamp(
        text, fmt::format("UTC offset {} is out of range (hours 00 to 23, minutes 00 to 59)",
                          quoted(spelling)));
    return false;
  }
  const std::chrono::seconds magnitude = std::chrono::hours{hours} + std::chrono::minutes{minutes};
  fields.utc_offset = sign == '-' ? -magnitude : magnitude;
  return true;
}

// What follows the time of day. Returns false when it is not one of the
// accepted forms; `error` is set only when there is something specific to say.
bool scan_offset(Cursor& cursor, std::string_view text, DateTimeFields& fields,
                 std::optional<TimestampError>& error) {
  if (cursor.at_end()) return true;
  if (cursor.take('Z') || cursor.take('z')) {
    fields.utc_offset = std::chrono::seconds{0};
    return cursor.at_end();
  }
  // A space may introduce a zone word, or a numeric offset: the way
  // format_in_zone writes times, so that they read back.
  if (cursor.take(' ') && is_letter(cursor.peek())) {
    return scan_zone_word(cursor.rest(), text, fields, error);
  }
  return scan_numeric_offset(cursor, text, fields, error);
}

// Range checks that need the whole date, in the order a reader checks them.
std::optional<TimestampError> check_ranges(std::string_view text, const DateTimeFields& fields) {
  if (fields.month < 1 || fields.month > 12) {
    return invalid_timestamp(text, fmt::format("month {} does not exist", fields.month));
  }
  const date::year_month_day date{date::year{fields.year}, date::month{fields.month},
                                  date::day{fields.day}};
  if (!date.ok()) {
    return invalid_timestamp(text, fmt::format("day {} does not exist in {} {:04}", fields.day,
                                               month_name(fields.month), fields.year));
  }
  if (fields.hour > 23) {
    return invalid_timestamp(text, fmt::format("hour {} is out of range (00 to 23)", fields.hour));
  }
  if (fields.minute > 59) {
    return invalid_timestamp(text,
                             fmt::format("minute {} is out of range (00 to 59)", fields.minute));
  }
  if (fields.second > 59) {
    return invalid_timestamp(
        text, fmt::format("second {} is out of range (00 to 59; leap seconds are not supported)",
                          fields.second));
  }
  if (fields.year < kFirstSupportedYear || fields.year > kLastSupportedYear) {
    return out_of_supported_range(text);
  }
  return std::nullopt;
}

}  // namespace

DateTimeScan scan_date_time(std::string_view text) {
  DateTimeScan scan;
  DateTimeFields fields;
  Cursor cursor(text);
  unsigned year = 0;
  char separator = 0;
  if (!cursor.take_number(4, year) || !cursor.take('-') || !cursor.take_number(2, fields.month) ||
      !cursor.take('-') || !cursor.take_number(2, fields.day)) {
    scan.error = invalid_timestamp(text);
    return scan;
  }
  fields.year = static_cast<int>(year);
  if (cursor.at_end()) {
    scan.error =
        invalid_timestamp(text, "it has a date but no time of day",
                          "add a time and offset, e.g. " + std::string(text) + "T00:00:00Z");
    return scan;
  }
  if (!cursor.take_any_of("Tt ", separator) || !cursor.take_number(2, fields.hour) ||
      !cursor.take(':') || !cursor.take_number(2, fields.minute)) {
    scan.error = invalid_timestamp(text);
    return scan;
  }
  if (cursor.take(':')) {
    if (!cursor.take_number(2, fields.second)) {
      scan.error = invalid_timestamp(text);
      return scan;
    }
    if (cursor.take('.')) {
      fields.fraction_digits = cursor.take_digits();
      if (fields.fraction_digits.empty()) {
        scan.error = invalid_timestamp(text);
        return scan;
      }
      if (fields.fraction_digits.size() > kMaxFractionDigits) {
        scan.error = too_many_fraction_digits(text, fields.fraction_digits.size());
        return scan;
      }
      fields.nanos = nanos_from_digits(fields.fraction_digits);
    }
  }
  std::optional<TimestampError> offset_error;
  if (!scan_offset(cursor, text, fields, offset_error)) {
    scan.error = offset_error ? std::move(*offset_error) : invalid_timestamp(text);
    return scan;
  }
  if (auto range_error = check_ranges(text, fields)) {
    scan.error = std::move(*range_error);
    return scan;
  }
  scan.fields = fields;
  return scan;
}

std::chrono::nanoseconds wall_clock_since_epoch(const DateTimeFields& fields) {
  const date::sys_days day = date::year_month_day{date::year{fields.year},
                                                  date::month{fields.month}, date::day{fields.day}};
  return day.time_since_epoch() + std::chrono::hours{fields.hour} +
         std::chrono::minutes{fields.minute} + std::chrono::seconds{fields.second} +
         std::chrono::nanoseconds{fields.nanos};
}

std::string rfc3339_without_offset(const DateTimeFields& fields) {
  std::string text = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", fields.year, fields.month,
                                 fields.day, fields.hour, fields.minute, fields.second);
  if (!fields.fraction_digits.empty()) {
    text += '.';
    text += fields.fraction_digits;
  }
  return text;
}

}  // namespace hindsight::time_detail
