// The date-time grammar of the event log, scanned by hand.
//
// Timestamps are parsed once per event, so this avoids streams and locale
// machinery: a cursor walks the text, fields are range-checked with the
// civil calendar, and every rejection says which part is wrong.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/timestamp_errors.h"

namespace hindsight::time_detail {

// The parts of "2026-03-04T10:15:00.5+02:00" (or an offset-less time).
struct DateTimeFields {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  unsigned hour = 0;
  unsigned minute = 0;
  unsigned second = 0;
  std::uint32_t nanos = 0;
  std::string_view fraction_digits;  // as written, so hints can echo them
  // Unset for an offset-less (local) time; zero for Z, UTC and GMT.
  std::optional<std::chrono::seconds> utc_offset;
};

struct DateTimeScan {
  std::optional<DateTimeFields> fields;
  TimestampError error;  // when `fields` is empty
};

// Scans a trimmed timestamp and checks every field's range, including the
// supported years. Zones are not consulted: an offset-less time comes back
// with `utc_offset` unset.
DateTimeScan scan_date_time(std::string_view text);

// The wall clock reading the fields name, as time since 1970-01-01 00:00 on
// that clock (before any offset is applied).
std::chrono::nanoseconds wall_clock_since_epoch(const DateTimeFields& fields);

// "2026-03-04T10:15:00" plus the fraction as written: the start of an RFC
// 3339 timestamp that hints complete with an offset.
std::string rfc3339_without_offset(const DateTimeFields& fields);

}  // namespace hindsight::time_detail
