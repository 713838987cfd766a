// Epoch seconds written as a plain number: "1772611200", "-86400.25".
//
// The value is read digit by digit into integer seconds and nanoseconds,
// never through a double, so "1772611200.000000001" keeps its last digit.
#pragma once

#include <string_view>

#include "hindsight/time.h"

namespace hindsight::time_detail {

// Whether `text` has the shape of epoch seconds: -?digits(.digits)?
bool looks_like_epoch_seconds(std::string_view text);

// Parses text of that shape exactly, or says why it cannot be an instant
// (too many fractional digits, outside the supported years).
TimestampParse parse_epoch_seconds(std::string_view text);

}  // namespace hindsight::time_detail
