// The load check: a plan's numbers against its dependencies' limits.
//
// For each dependency, the planned rate (plus the known rates of the other
// users of the same dependency) is set against its rate limit, and the
// requests made in each quota window against its quota: does it run out,
// when, and for how long is everyone who shares it then refused. All
// arithmetic is exact (see hindsight/exact.h); rounding happens only when a
// number is shown, and docs/premortem.md says which way.
//
// A number the plan does not give is never assumed: the check names what
// is missing, and the verdict is "unknown" unless the known numbers already
// decide it (a rate over the limit is over the limit whatever else is
// missing).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "hindsight/exact.h"
#include "hindsight/plan.h"
#include "hindsight/time.h"

namespace hindsight {

// Requests per second.
Exact per_second(const Rate& rate);

// What the plan says about its own load, worked out. Rates are requests
// per second, times are seconds.
struct PlannedLoad {
  std::optional<Exact> stated_rate;  // volume.rate
  std::optional<Exact> worker_rate;  // volume.concurrency × volume.rate_per_worker
  // The rate the checks use: the one given, or the larger of the two when
  // both are given (a plan that says 200/s for 24 workers at 50/s each will
  // send 1,200/s).
  std::optional<Exact> rate;
  // rate × (1 + volume.retries): what a dependency that fails every call
  // sees when each call is retried as often as allowed.
  std::optional<Exact> retry_rate;

  std::optional<Exact> stated_requests;  // volume.requests
  std::optional<Exact> item_requests;    // volume.items × volume.requests_per_item
  std::optional<Exact> requests;         // the one given, or the larger of the two

  std::optional<Exact> work_seconds;    // requests / rate: how long the work takes
  std::optional<Exact> window_seconds;  // the planned window (end - start, or duration)
  // How long the change sends requests: the work's length when it is known,
  // else the planned window.
  std::optional<Exact> run_seconds;

  // What the plan would need to give for a complete check, in words.
  std::vector<std::string> missing;
};

// The result of one check, and of a dependency as a whole.
enum class Verdict { within, over_limit, over_quota, unknown };

// Who sends more than a limit allows, when the verdict is over_limit.
enum class LimitExcess { none, plan_alone, others_alone, together };

struct LimitCheck {
  Rate limit;                          // as written
  std::optional<Exact> plan_rate;      // the planned rate
  Exact others_rate;                   // the other users whose rate is known, together
  std::optional<Exact> combined_rate;  // plan + others, when the plan's rate is known
  // The rates above as fractions of the limit (1 is exactly at it); nullopt
  // when the limit is zero or the rate unknown.
  std::optional<Exact> plan_load;
  std::optional<Exact> others_load;
  std::optional<Exact> combined_load;
  Verdict verdict = Verdict::unknown;  // within, over_limit or unknown
  LimitExcess excess = LimitExcess::none;
};

// When a quota runs out, relative to the run.
enum class QuotaShortage {
  none,          // it lasts (or it cannot be told: see the verdict)
  others_alone,  // the other users alone want more than it holds, run or not
  during_run,
  after_run,  // the run leaves too little for the other users until the reset
};

struct QuotaCheck {
  Quota quota;  // as written
  // The quota's windows are known: the run's start and the quota's
  // resets_at are both given. Otherwise the check starts a fresh window at
  // the run's start, the best case.
  bool windows_known = false;
  Exact others_per_window;  // requests the other users with a known rate make per window
  std::optional<Exact> plan_per_window;  // requests the plan makes in a whole window at its rate
  // The most requests wanted in one window among the windows the run
  // touches (the run's and the other users'), when the verdict is within.
  std::optional<Exact> peak_usage;
  // As fractions of the quota (1 is all of it); nullopt when the quota is
  // zero or the number unknown.
  std::optional<Exact> others_share;  // others_per_window
  std::optional<Exact> plan_share;    // plan_per_window
  std::optional<Exact> run_share;     // the run's requests, when known
  std::optional<Exact> peak_share;    // peak_usage

  QuotaShortage shortage = QuotaShortage::none;
  // Seconds from the run's start until the quota runs out, if it does
  // (with an unknown run length: if the run lasts that long).
  std::optional<Exact> runs_out_after;
  std::optional<Timestamp>
      runs_out_at;  // when the run's start is known (rounded down to the second)
  std::optional<Timestamp> next_reset;  // the reset after it runs out, when the windows are known
  std::optional<Nanoseconds> refused_for;  // from runs_out_at to next_reset
  Verdict verdict = Verdict::unknown;      // within, over_quota or unknown
};

struct DependencyCheck {
  const Dependency* dependency = nullptr;  // into the Plan given to check_load
  std::optional<LimitCheck> limit;
  std::optional<QuotaCheck> quota;
  Verdict verdict = Verdict::unknown;
  // The smallest headroom left under the limit and in the quota, as a
  // fraction (0.25 is 25%), when the verdict is within.
  std::optional<Exact> headroom;
  std::vector<std::string> missing;        // what a complete check would need, in words
  std::vector<std::string> unknown_users;  // shared_with entries without a rate
  // Set when the numbers are too large to compute exactly; the verdict is
  // then unknown.
  bool overflow = false;
};

struct LoadCheck {
  PlannedLoad plan;
  std::vector<DependencyCheck> dependencies;  // in the plan's order
};

// Checks `plan`'s load against each of its dependencies. The result points
// into `plan`, which must outlive it.
LoadCheck check_load(const Plan& plan);

}  // namespace hindsight
