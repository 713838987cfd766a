// The steps of check_load (load_check.cc), one file each.
#pragma once

#include <optional>

#include "hindsight/exact.h"
#include "hindsight/load_check.h"
#include "hindsight/plan.h"
#include "hindsight/time.h"

namespace hindsight::plan_detail {

// A non-negative duration in exact seconds.
Exact seconds_of(Nanoseconds duration);

// `time` plus `seconds`, rounded down to the whole second. Throws
// ExactOverflow beyond what a Timestamp holds.
Timestamp add_seconds(Timestamp time, const Exact& seconds);

// The plan's own numbers (planned_load.cc).
PlannedLoad work_out_plan(const Plan& plan);

// The other users of one dependency: the sum of the rates given, and
// whether every user has one.
struct OtherUsers {
  Exact rate;
  bool complete = true;
};

// The planned rate and the others' against a rate limit (limit_check.cc).
LimitCheck check_limit(const Rate& limit, const PlannedLoad& load, const OtherUsers& others);

// The run's requests and the others' against a quota (quota_check.cc).
QuotaCheck check_quota(const Quota& quota, const PlannedLoad& load,
                       const std::optional<Timestamp>& start, const OtherUsers& others);

}  // namespace hindsight::plan_detail
