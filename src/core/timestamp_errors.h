// The wording of timestamp errors that more than one parser step reports.
//
// Every message quotes the timestamp as written and says what is wrong with
// it; the hint says how to write it instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "hindsight/time.h"

namespace hindsight::time_detail {

// Instants must fit signed 64-bit nanoseconds (1677-09-21 to 2262-04-11);
// whole calendar years are the limit people can remember.
inline constexpr int kFirstSupportedYear = 1678;
inline constexpr int kLastSupportedYear = 2261;

struct TimestampError {
  std::string message;
  std::string hint;
};

// `invalid timestamp "<text>"` with a hint showing the accepted forms.
TimestampError invalid_timestamp(std::string_view text);

// `invalid timestamp "<text>": <detail>`.
TimestampError invalid_timestamp(std::string_view text, std::string_view detail,
                                 std::string hint = {});

// `timestamp "<text>" is out of the supported range (years 1678 to 2261)`.
TimestampError out_of_supported_range(std::string_view text);

// More than nine fractional digits.
TimestampError too_many_fraction_digits(std::string_view text, std::size_t digits);

TimestampParse as_parse_failure(TimestampError error);

}  // namespace hindsight::time_detail
