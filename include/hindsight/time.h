// Time: instants, zones, and the timestamp grammar of the event log.
//
// An instant is a count of nanoseconds since the Unix epoch in UTC, which
// makes comparisons and differences exact and cheap. Zones come from the
// system's IANA tz database through Howard Hinnant's date library.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace date {
class time_zone;
}

namespace hindsight {

using Nanoseconds = std::chrono::nanoseconds;
using Timestamp = std::chrono::time_point<std::chrono::system_clock, Nanoseconds>;

// A display or interpretation zone. `zone == nullptr` means UTC, which keeps
// the common case free of tz database lookups.
struct Zone {
  const date::time_zone* zone = nullptr;
  std::string name = "UTC";
};

// The result of looking up a zone name given by a person.
struct ZoneLookup {
  std::optional<Zone> zone;
  std::string error;  // e.g. "unknown time zone \"Europe/Helsinki2\""
  std::string hint;   // e.g. "did you mean \"Europe/Helsinki\"?"
};

// Looks up an IANA zone name ("Europe/Helsinki", "UTC", "Etc/GMT+2").
// "UTC" and "GMT" are UTC. Abbreviations ("EST", "CET", "PST"), even those
// the tz database keeps for history, are rejected as ambiguous.
ZoneLookup lookup_zone(std::string_view name);

// The result of parsing one timestamp: either a time, or an error message
// (and optional hint) that the caller attaches to the value's position.
struct TimestampParse {
  std::optional<Timestamp> time;
  std::string error;
  std::string hint;
};

// Parses the event log's time grammar:
//   RFC 3339 / ISO 8601 date-time with `T` or a space, 0-9 fractional digits,
//   and `Z`, `+hh:mm`, `-hh:mm`, `+hhmm`, `+hh` (optionally after a space,
//   as format_in_zone writes them), ` UTC`, ` GMT` or ` Z`;
//   an offset-less local time, interpreted in `assumed_zone` (an error when
//   there is none, or when the local time falls in a DST gap or overlap);
//   epoch seconds given as a plain number (integer or decimal).
// `is_number` says the YAML scalar was plain (unquoted), which is what
// allows the epoch-seconds form.
TimestampParse parse_timestamp(std::string_view text, const Zone* assumed_zone,
                               bool is_number = false);

// The unit of an epoch count, as an export format documents it. Chosen by
// the field's documented meaning, never guessed from the number's size.
enum class EpochUnit { seconds, milliseconds, microseconds, nanoseconds };

// An epoch count in `unit`, written as an integer or a decimal
// ("1772612100123", "1772612100.5"), read exactly (never through a double).
TimestampParse parse_epoch(std::string_view text, EpochUnit unit);

// A time written in a source's own layout: `format` is strftime-style as
// date::parse reads it ("%d/%m/%Y %H:%M:%S", "%FT%T%z"); %S takes up to
// nine fractional digits. With %z the written offset applies; without it
// the time is local to `assumed_zone` (an error when null), and a DST gap
// or overlap is refused as in parse_timestamp.
TimestampParse parse_formatted_time(std::string_view text, std::string_view format,
                                    const Zone* assumed_zone);

// "2026-03-04T08:15:00Z", with a fraction only when the sub-second part is
// non-zero, in the fewest of 3, 6 or 9 digits that are exact (".500",
// ".123456", ".000000001").
std::string format_utc(Timestamp time);

// "2026-03-04 10:15:00 +02:00" in `zone`, fraction as in format_utc.
std::string format_in_zone(Timestamp time, const Zone& zone);

// Every error about an offset-less time that has no zone to be read in
// says this, so that such errors can be told apart: normalize reads a file
// again with the incident's timezone once every header is known.
inline constexpr std::string_view kNoZoneToReadIn =
    "has no UTC offset and no time zone to read it in";

// The UTC offset that `zone` has at `time`, e.g. "+02:00".
std::string utc_offset_at(Timestamp time, const Zone& zone);

// The same offset as a duration (zero for UTC), for arithmetic on the
// zone's wall clock.
std::chrono::seconds zone_offset_at(Timestamp time, const Zone& zone);

// "2026-03-04 10:15:00.250": the zone's wall clock at `time`, always to the
// millisecond (truncated), without an offset; for charts that read local
// times (Mermaid).
std::string format_wall_clock_millis(Timestamp time, const Zone& zone);

// A duration as people write it in flags and headers: one or more
// <integer><unit> parts with units d, h, m, s, ms, us, ns ("24h", "1h30m",
// "250ms"), optionally signed when `allow_sign` ("+90s", "-2m"). At most 100
// years. nullopt for anything else.
std::optional<Nanoseconds> parse_duration(std::string_view text, bool allow_sign = false);

// "1h 23m 05s", "4m 10s", "12s", "2d 03h 00m 00s"; negative values get a
// leading "-". Sub-second parts are shown only when non-zero ("0.250s").
std::string format_duration(Nanoseconds duration);

}  // namespace hindsight
