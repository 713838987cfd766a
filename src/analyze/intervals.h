// Intervals: durations between two milestones, or why there is none.
//
// A duration is only as good as both of its ends. A missing end makes it
// unknown with that end's reason; ends in the wrong order (bad data, e.g. a
// resolve logged before impact start) make it unknown too, since a negative
// time-to-resolve shown as a number would be believed.
#pragma once

#include <optional>
#include <string_view>

#include "hindsight/analyze.h"
#include "hindsight/time.h"

namespace hindsight::analyze_detail {

// `later - earlier`, or nothing when it does not fit in Nanoseconds.
std::optional<Nanoseconds> checked_difference(Timestamp later, Timestamp earlier);

// `to - from`. The names ("impact start", "resolved") appear in the
// out-of-order reason.
Interval between(const Milestone& from, std::string_view from_name, const Milestone& to,
                 std::string_view to_name);

// TTD: detected - impact start, except that an impact start inferred from
// an alert, page or customer report coincides with detection by
// construction, so that zero would say nothing.
Interval time_to_detect(const Milestone& impact_start, bool impact_start_inferred,
                        const Milestone& detected);

}  // namespace hindsight::analyze_detail
