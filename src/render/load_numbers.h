// The load check's exact numbers as people read them.
//
// Rounding happens here and only here, always in the direction that does
// not flatter the plan: load, shares and run times round up, headroom and
// the time until a quota runs out round down. docs/premortem.md lists the
// rules. Everything returned is plain text without Markdown syntax except
// the characters escape_inline() leaves alone.
#pragma once

#include <cstdint>
#include <string>

#include "hindsight/exact.h"
#include "hindsight/plan.h"

namespace hindsight::render_detail {

enum class Rounding { down, up };

// "18,960,000".
std::string format_count(Exact::Int count);

// A whole number of requests, rounded: "1,152,000".
std::string format_requests(const Exact& requests, Rounding rounding);

// Requests per second in the largest of /s, /min, /h, /d in which the rate
// is at least 1 ("1,200/s", "15/h"); a rate that is not a whole number there
// is rounded to two decimals and marked: "≈0.28/s".
std::string format_rate(const Exact& per_second);

// A rate as written ("1,200/s", "1,080,000/h", "500 per 1h30m"), followed
// by its per-second form when written per another period:
// "1,080,000/h (300/s)".
std::string format_written_rate(const Rate& rate);

// A period: "24h", "1h30m", "7d".
std::string format_period(std::int64_t seconds);

// A fraction as a percentage with one decimal: "16.6%".
std::string format_percent(const Exact& fraction, Rounding rounding);

// A ratio with two decimals, rounded up: "4.14×".
std::string format_times(const Exact& ratio);

// Seconds as a duration ("4h 23m 20s"), rounded to the second; "more than
// 100 years" beyond that.
std::string format_seconds(const Exact& seconds, Rounding rounding);

}  // namespace hindsight::render_detail
