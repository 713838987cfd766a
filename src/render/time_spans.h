// Time spans as renderers show them: the `T±` label of a timeline row and
// the span between two instants, computed without overflow.
//
// Timestamps cover roughly 1677-2262, so the difference of two far-apart
// instants from hostile input does not fit in Nanoseconds; such a span is
// reported as absent rather than wrapping around.
#pragma once

#include <optional>
#include <string>

#include "hindsight/time.h"

namespace hindsight::render_detail {

// `to - from`, or nullopt when it does not fit.
std::optional<Nanoseconds> span_between(Timestamp from, Timestamp to);

// "T+1h 23m 05s", "T-17m 48s", "T+0s": `time` relative to `reference`.
// Empty when the span does not fit.
std::string relative_label(Timestamp time, Timestamp reference);

}  // namespace hindsight::render_detail
