// Small text helpers shared by the time parser and formatters.
//
// Parsing and formatting must agree on how a fraction, an offset or a wall
// clock reading is spelt, so the spelling lives in one place.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace hindsight::time_detail {

// ".500", ".123456" or ".000000001": the fewest of 3, 6 or 9 digits that
// show `nanos` (0 to 999'999'999) exactly; empty when `nanos` is zero.
std::string fraction_text(std::uint32_t nanos);

// "+02:00", "-03:30", "+00:00"; seconds are added ("+01:39:49") only for the
// odd historical offsets that have them, so nothing is silently rounded.
std::string offset_text(std::chrono::seconds offset);

// "2026-03-04<separator>10:15:00" plus fraction_text(nanos), for a wall
// clock reading given as whole seconds since 1970-01-01 00:00 on that clock
// plus `nanos` (0 to 999'999'999). Works for readings before 1970 (days are
// floored, not truncated).
std::string wall_clock_text(std::chrono::seconds since_epoch, std::uint32_t nanos, char separator);

// "hh:mm" of a wall clock reading, with its date in front when
// `with_date` is set.
std::string hour_minute_text(std::chrono::seconds since_epoch, bool with_date);

// "January" .. "December" for 1 .. 12.
std::string_view month_name(unsigned month);

// `text` in double quotes for a message: quotes, backslashes and control
// characters are escaped, and very long text is cut short, so one odd value
// cannot break or flood a diagnostic line.
std::string quoted(std::string_view text);

}  // namespace hindsight::time_detail
