// A dependency's quota against the run's requests and the other users'.
//
// A quota allows `requests` per window; windows follow each other every
// `per`, starting at `resets_at`. Within a window the other users (at their
// steady rate) and the plan (at its rate, while it runs) draw from the same
// budget. The run touches a first window, possibly whole windows, and a last
// one; whole windows all look alike and the last one can only be lighter,
// so the first two windows decide whether, and when, the quota runs out.
#include "plan/load_check_parts.h"

namespace hindsight::plan_detail {
namespace {

struct WindowUse {
  Exact wanted;                   // requests wanted over the whole window
  std::optional<Exact> runs_out;  // seconds from the window's start, if it runs out
};

// One window of `length` seconds: the others send at `others` throughout,
// the plan at `plan` from `plan_from` to `plan_until` (seconds from the
// window's start, within it).
WindowUse use_window(const Exact& quota, const Exact& length, const Exact& others,
                     const Exact& plan, const Exact& plan_from, const Exact& plan_until) {
  WindowUse use;
  use.wanted = others * length + plan * (plan_until - plan_from);
  if (use.wanted <= quota) return use;
  struct Stretch {
    Exact start, length, rate;
  };
  const Stretch stretches[] = {{Exact(), plan_from, others},
                               {plan_from, plan_until - plan_from, others + plan},
                               {plan_until, length - plan_until, others}};
  Exact used;
  for (const Stretch& stretch : stretches) {
    const Exact after = used + stretch.rate * stretch.length;
    // The quota runs out once a request is wanted beyond it.
    if (after > quota) {
      use.runs_out = stretch.start + (quota - used) / stretch.rate;
      return use;
    }
    used = after;
  }
  return use;  // not reached: more was wanted than the quota holds
}

// The latest reset at or before `time`.
Timestamp window_start(Timestamp resets_at, std::int64_t per_seconds, Timestamp time) {
  using Wide = __int128;
  const Wide period = Wide{per_seconds} * 1'000'000'000;
  const Wide offset = Wide{time.time_since_epoch().count()} - resets_at.time_since_epoch().count();
  Wide windows = offset / period;
  if (offset % period < 0) --windows;  // round towards the past
  const Wide start = Wide{resets_at.time_since_epoch().count()} + windows * period;
  return Timestamp(Nanoseconds(static_cast<std::int64_t>(start)));
}

}  // namespace

QuotaCheck check_quota(const Quota& quota, const PlannedLoad& load,
                       const std::optional<Timestamp>& start, const OtherUsers& others) {
  QuotaCheck check;
  check.quota = quota;
  const Exact budget(quota.requests);
  const Exact length(static_cast<std::uint64_t>(quota.per_seconds));
  check.others_per_window = others.rate * length;
  if (load.rate) check.plan_per_window = *load.rate * length;
  check.windows_known = start && quota.resets_at;
  if (!budget.is_zero()) {
    check.others_share = check.others_per_window / budget;
    if (check.plan_per_window) check.plan_share = *check.plan_per_window / budget;
    if (load.requests) check.run_share = *load.requests / budget;
  }
  if (check.others_per_window > budget) {
    check.shortage = QuotaShortage::others_alone;
    check.verdict = Verdict::over_quota;
    return check;
  }
  if (!load.rate) return check;  // unknown: the plan's rate is missing

  // The run starts `run_from` seconds into its window; without known
  // windows, a fresh one starts with it (the best case).
  std::optional<Timestamp> first_window;
  Exact run_from;
  if (check.windows_known) {
    first_window = window_start(*quota.resets_at, quota.per_seconds, *start);
    run_from = seconds_of(*start - *first_window);
  } else {
    first_window = start;
  }
  // An unknown run length is checked as a run that never ends: if even that
  // fits, any run does.
  const std::optional<Exact>& run = load.run_seconds;
  const std::optional<Exact> run_until = run ? std::optional<Exact>(run_from + *run) : std::nullopt;

  const WindowUse first = use_window(budget, length, others.rate, *load.rate, run_from,
                                     run_until ? min(*run_until, length) : length);
  Exact peak = first.wanted;
  std::optional<Exact> runs_out = first.runs_out;
  if (!runs_out && (!run_until || *run_until > length)) {
    const Exact until = run_until ? min(*run_until - length, length) : length;
    const WindowUse second = use_window(budget, length, others.rate, *load.rate, Exact(), until);
    peak = max(peak, second.wanted);
    if (second.runs_out) runs_out = length + *second.runs_out;
  }

  if (!runs_out) {
    if (others.complete) {
      check.verdict = Verdict::within;
      check.peak_usage = peak;
      if (!budget.is_zero()) check.peak_share = peak / budget;
    }
    return check;
  }
  // The others alone never run it out (checked above), so it runs out
  // after the run has started.
  check.runs_out_after = *runs_out - run_from;
  check.shortage =
      run_until && *runs_out >= *run_until ? QuotaShortage::after_run : QuotaShortage::during_run;
  if (first_window) check.runs_out_at = add_seconds(*first_window, *runs_out);
  if (check.windows_known) {
    check.next_reset = add_seconds(*first_window, *runs_out < length ? length : length + length);
    check.refused_for = *check.next_reset - *check.runs_out_at;
  }
  // With the run's length unknown, it runs out only if the run lasts that long.
  check.verdict = run ? Verdict::over_quota : Verdict::unknown;
  return check;
}

}  // namespace hindsight::plan_detail
