// parse_formatted_time: times in a source's own layout, read with date::parse.
//
// User mappings describe sources whose times are not RFC 3339
// ("04/03/2026 10:15:00"). The layout is a strftime-style format, read by
// Howard Hinnant's date::from_stream into calendar fields; the fields then
// go through the same range checks and zone resolution as the event log's
// own timestamps, so a DST gap is refused here too.
#include <sstream>
#include <string>

// GCC 12 warns that date::from_stream's fraction reader "may be used
// uninitialized" (a false positive in the library header), and we build
// with -Werror.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <date/date.h>
#pragma GCC diagnostic pop
#include <fmt/format.h>

#include "core/local_time.h"
#include "core/time_text.h"
#include "core/timestamp_errors.h"
#include "core/timestamp_grammar.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

using time_detail::quoted;

TimestampParse failure(std::string message, std::string hint = {}) {
  return TimestampParse{std::nullopt, std::move(message), std::move(hint)};
}

}  // namespace

TimestampParse parse_formatted_time(std::string_view text, std::string_view format,
                                    const Zone* assumed_zone) {
  const std::string format_text(format);
  std::istringstream stream{std::string(text)};
  stream.imbue(std::locale::classic());
  date::fields<Nanoseconds> fields;
  std::string abbreviation;
  // from_stream leaves the offset alone when the format has no %z; a value
  // no offset can have tells the two cases apart.
  std::chrono::minutes offset = std::chrono::minutes::min();
  date::from_stream(stream, format_text.c_str(), fields, &abbreviation, &offset);
  const bool consumed_all =
      !stream.fail() && (stream.peek() == std::char_traits<char>::eof());
  if (!consumed_all || !fields.ymd.ok() || !fields.has_tod || !fields.tod.in_conventional_range()) {
    return failure(fmt::format("time {} does not match the format {}", quoted(text),
                               quoted(format)),
                   "check the mapping's `format` against a value from the source");
  }
  const int year = static_cast<int>(fields.ymd.year());
  if (year < time_detail::kFirstSupportedYear || year > time_detail::kLastSupportedYear) {
    return time_detail::as_parse_failure(time_detail::out_of_supported_range(text));
  }

  time_detail::DateTimeFields parts;
  parts.year = year;
  parts.month = static_cast<unsigned>(fields.ymd.month());
  parts.day = static_cast<unsigned>(fields.ymd.day());
  parts.hour = static_cast<unsigned>(fields.tod.hours().count());
  parts.minute = static_cast<unsigned>(fields.tod.minutes().count());
  parts.second = static_cast<unsigned>(fields.tod.seconds().count());
  parts.nanos = static_cast<std::uint32_t>(fields.tod.subseconds().count());
  const std::string fraction = parts.nanos == 0 ? "" : fmt::format("{:09}", parts.nanos);
  parts.fraction_digits = fraction;

  if (offset != std::chrono::minutes::min()) {
    return TimestampParse{Timestamp{time_detail::wall_clock_since_epoch(parts) - offset}, {}, {}};
  }
  if (assumed_zone == nullptr) {
    return failure(fmt::format("{} {}", quoted(text), kNoZoneToReadIn),
                   "give the mapping's time a `zone`, add %z to its format, or pass --assume-tz "
                   "ZONE");
  }
  return time_detail::resolve_local_time(text, parts, *assumed_zone);
}

}  // namespace hindsight
