// A dependency's rate limit against the planned rate and the other users'.
#include "plan/load_check_parts.h"

namespace hindsight::plan_detail {

LimitCheck check_limit(const Rate& limit, const PlannedLoad& load, const OtherUsers& others) {
  LimitCheck check;
  check.limit = limit;
  check.plan_rate = load.rate;
  check.others_rate = others.rate;
  const Exact allowed = per_second(limit);
  if (load.rate) check.combined_rate = *load.rate + others.rate;
  if (!allowed.is_zero()) {
    if (load.rate) check.plan_load = *load.rate / allowed;
    check.others_load = others.rate / allowed;
    if (check.combined_rate) check.combined_load = *check.combined_rate / allowed;
  }
  // Unknown rates only add to the load, so what is known can already be
  // too much; it can never prove that the rest fits.
  const Exact known = check.combined_rate.value_or(others.rate);
  if (known > allowed) {
    check.verdict = Verdict::over_limit;
    if (load.rate && *load.rate > allowed) {
      check.excess = LimitExcess::plan_alone;
    } else if (others.rate > allowed) {
      check.excess = LimitExcess::others_alone;
    } else {
      check.excess = LimitExcess::together;
    }
  } else if (check.combined_rate && others.complete) {
    check.verdict = Verdict::within;
  } else {
    check.verdict = Verdict::unknown;
  }
  return check;
}

}  // namespace hindsight::plan_detail
