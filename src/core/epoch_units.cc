// Epoch counts in milliseconds, microseconds and nanoseconds.
//
// Rather than multiply (and risk overflow or a double), the decimal point is
// moved: 1772612100123 ms is the text 1772612100.123 s, which the exact
// epoch-seconds reader then takes.
#include <string>

#include "core/epoch_seconds.h"
#include "hindsight/time.h"

namespace hindsight {
namespace {

std::size_t decimal_places(EpochUnit unit) {
  switch (unit) {
    case EpochUnit::seconds:
      return 0;
    case EpochUnit::milliseconds:
      return 3;
    case EpochUnit::microseconds:
      return 6;
    case EpochUnit::nanoseconds:
      return 9;
  }
  return 0;
}

// "-1772612100123.5" with 3 places -> "-1772612100.1235".
std::string shift_decimal_point(std::string_view text, std::size_t places) {
  const bool negative = !text.empty() && text[0] == '-';
  std::string_view number = negative ? text.substr(1) : text;
  const std::size_t dot = number.find('.');
  std::string whole(number.substr(0, dot));
  const std::string fraction =
      dot == std::string_view::npos ? std::string() : std::string(number.substr(dot + 1));
  if (whole.size() <= places) whole.insert(0, places - whole.size() + 1, '0');
  const std::size_t split = whole.size() - places;
  std::string shifted = whole.substr(0, split);
  const std::string new_fraction = whole.substr(split) + fraction;
  if (!new_fraction.empty()) shifted += "." + new_fraction;
  return (negative ? "-" : "") + shifted;
}

}  // namespace

TimestampParse parse_epoch(std::string_view text, EpochUnit unit) {
  if (!time_detail::looks_like_epoch_seconds(text)) {
    return {std::nullopt, "invalid epoch time \"" + std::string(text) + "\"",
            "expected a whole or decimal number"};
  }
  const std::size_t places = decimal_places(unit);
  if (places == 0) return time_detail::parse_epoch_seconds(text);
  const std::string seconds = shift_decimal_point(text, places);
  TimestampParse parsed = time_detail::parse_epoch_seconds(seconds);
  if (!parsed.time) {
    // Speak of the number as written, not of our shifted copy.
    parsed.error = "epoch time \"" + std::string(text) +
                   "\" is finer than a nanosecond or outside the supported years (1678 to 2261)";
  }
  return parsed;
}

}  // namespace hindsight
