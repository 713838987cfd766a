// parse_timestamp: from the text of a `time:` value to a UTC instant.
//
// Picks the form (epoch seconds or date-time), then settles what the
// date-time's wall clock reading means: with an offset it is exact; without
// one it is read in the assumed zone, and a reading that zone skips or
// repeats (DST) is refused rather than guessed.
#include <date/tz.h>
#include <fmt/format.h>

#include "core/epoch_seconds.h"
#include "core/time_text.h"
#include "core/timestamp_errors.h"
#include "core/local_time.h"
#include "core/timestamp_grammar.h"
#include "hindsight/time.h"

namespace hindsight {

namespace {

using time_detail::quoted;

std::string_view trim(std::string_view text) {
  constexpr std::string_view kWhitespace = " \t\r\n\f\v";
  const std::size_t first = text.find_first_not_of(kWhitespace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kWhitespace) - first + 1);
}

TimestampParse success(Nanoseconds since_epoch) {
  return TimestampParse{Timestamp{since_epoch}, {}, {}};
}

TimestampParse failure(std::string message, std::string hint) {
  return TimestampParse{std::nullopt, std::move(message), std::move(hint)};
}

}  // namespace

TimestampParse parse_timestamp(std::string_view text, const Zone* assumed_zone, bool is_number) {
  text = trim(text);
  if (text.empty()) return failure("timestamp is empty", time_detail::invalid_timestamp("").hint);

  if (time_detail::looks_like_epoch_seconds(text)) {
    if (!is_number) {
      return failure(time_detail::invalid_timestamp(text).message,
                     "epoch seconds must be written as a plain number, not a quoted string");
    }
    // Epoch seconds are absolute: no zone applies.
    return time_detail::parse_epoch_seconds(text);
  }

  time_detail::DateTimeScan scan = time_detail::scan_date_time(text);
  if (!scan.fields) return time_detail::as_parse_failure(std::move(scan.error));
  const time_detail::DateTimeFields& fields = *scan.fields;

  if (fields.utc_offset) {
    return success(time_detail::wall_clock_since_epoch(fields) - *fields.utc_offset);
  }
  if (assumed_zone == nullptr) {
    return failure(
        fmt::format("{} {}", quoted(text), kNoZoneToReadIn),
        "add an offset (e.g. +02:00 or Z), set incident.timezone, or pass --assume-tz ZONE");
  }
  return time_detail::resolve_local_time(text, fields, *assumed_zone);
}

}  // namespace hindsight
