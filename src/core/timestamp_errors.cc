#include "core/timestamp_errors.h"

#include <fmt/format.h>

#include "core/time_text.h"

namespace hindsight::time_detail {

TimestampError invalid_timestamp(std::string_view text) {
  return {"invalid timestamp " + quoted(text),
          "expected RFC 3339, e.g. 2026-03-04T10:15:00+02:00, or epoch seconds"};
}

TimestampError invalid_timestamp(std::string_view text, std::string_view detail, std::string hint) {
  return {fmt::format("invalid timestamp {}: {}", quoted(text), detail), std::move(hint)};
}

TimestampError out_of_supported_range(std::string_view text) {
  return {fmt::format("timestamp {} is out of the supported range (years {} to {})", quoted(text),
                      kFirstSupportedYear, kLastSupportedYear),
          {}};
}

TimestampError too_many_fraction_digits(std::string_view text, std::size_t digits) {
  return invalid_timestamp(
      text,
      fmt::format("{} fractional digits, but nanoseconds (9 digits) are the finest precision",
                  digits),
      "round or cut the fraction to at most 9 digits");
}

TimestampParse as_parse_failure(TimestampError error) {
  return TimestampParse{std::nullopt, std::move(error.message), std::move(error.hint)};
}

}  // namespace hindsight::time_detail
