// Time spans as renderers show them (see time_spans.h).
#include "render/time_spans.h"

namespace hindsight::render_detail {

std::optional<Nanoseconds> span_between(Timestamp from, Timestamp to) {
  Nanoseconds::rep difference = 0;
  if (__builtin_sub_overflow(to.time_since_epoch().count(), from.time_since_epoch().count(),
                             &difference)) {
    return std::nullopt;
  }
  return Nanoseconds(difference);
}

std::string relative_label(Timestamp time, Timestamp reference) {
  const std::optional<Nanoseconds> span = span_between(reference, time);
  if (!span) return {};
  // format_duration already signs negative spans; zero and positive ones
  // get an explicit "+" so the column reads as offsets.
  return (*span < Nanoseconds::zero() ? "T" : "T+") + format_duration(*span);
}

}  // namespace hindsight::render_detail
