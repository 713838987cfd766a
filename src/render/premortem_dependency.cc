// One dependency in the Load check: its verdict, then the rate limit and
// the quota, each with the numbers behind it, then what is not known.
#include <algorithm>

#include "render/load_numbers.h"
#include "render/markdown.h"
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {
namespace {

std::string times_text(const std::optional<Exact>& load) {
  return load ? format_times(*load) + " the limit" : std::string("over a limit of 0");
}

std::string limit_verdict(const LimitCheck& limit) {
  const std::string allowed = format_rate(per_second(limit.limit));
  switch (limit.excess) {
    case LimitExcess::plan_alone:
      return "the plan alone sends " + format_rate(*limit.plan_rate) + ", " +
             times_text(limit.plan_load) + " of " + allowed;
    case LimitExcess::others_alone:
      return "the other users alone send " + format_rate(limit.others_rate) + ", " +
             times_text(limit.others_load) + " of " + allowed + ", before the plan adds any";
    case LimitExcess::together:
    case LimitExcess::none:
      break;
  }
  return "the plan and the other users together send " + format_rate(*limit.combined_rate) + ", " +
         times_text(limit.combined_load) + " of " + allowed;
}

std::string quota_verdict(const QuotaCheck& quota) {
  if (quota.shortage == QuotaShortage::others_alone) {
    return "the other users alone want more than the quota holds, before the plan adds any";
  }
  const std::string after = format_seconds(*quota.runs_out_after, Rounding::down);
  if (quota.shortage == QuotaShortage::after_run) {
    return "the quota runs out " + after +
           " after the start, after the run has ended, and the other users go without until "
           "the reset";
  }
  return "the quota runs out " + after + " after the start, while the run is still going";
}

std::string verdict_line(const DependencyCheck& check) {
  switch (check.verdict) {
    case Verdict::over_limit: {
      std::string reason = limit_verdict(*check.limit);
      // The quota's fate is worth a verdict of its own even then.
      if (check.quota && check.quota->verdict == Verdict::over_quota) {
        reason += "; and " + quota_verdict(*check.quota);
      }
      return "**Verdict: OVER LIMIT**: " + markdown::escape_inline(reason) + ".";
    }
    case Verdict::over_quota:
      return "**Verdict: OVER QUOTA**: " + markdown::escape_inline(quota_verdict(*check.quota)) +
             ".";
    case Verdict::within: {
      const char* where = check.limit && check.quota ? " under the limit and in the quota, "
                                                       "whichever is less"
                          : check.limit              ? " under the limit"
                                                     : " in the quota";
      return "**Verdict: within limits**, headroom " +
             markdown::escape_inline(format_percent(*check.headroom, Rounding::down)) + where + ".";
    }
    case Verdict::unknown:
      break;
  }
  return "**Verdict: UNKNOWN**: the plan does not give every number the check needs (see Not "
         "known).";
}

void write_limit(std::ostream& out, const LimitCheck& limit, const Dependency& dependency) {
  out << "- **Rate limit:** " << markdown::escape_inline(format_written_rate(limit.limit)) << ".";
  if (limit.limit.requests == 0) out << " A limit of 0 refuses every call.";
  if (limit.plan_rate) {
    out << " The plan sends " << markdown::escape_inline(format_rate(*limit.plan_rate));
    if (limit.plan_load) out << ", " << markdown::escape_inline(times_text(limit.plan_load));
    out << '.';
  } else {
    out << " The planned rate is not known.";
  }
  const std::string users = other_users_text(dependency);
  if (!users.empty()) {
    out << " Other users: " << users << '.';
    if (limit.combined_rate) {
      const bool all_known =
          std::all_of(dependency.shared_with.begin(), dependency.shared_with.end(),
                      [](const SharedUser& user) { return user.rate; });
      out << " With them" << (all_known ? "" : ", as far as their rates are known") << ", it sees "
          << markdown::escape_inline(format_rate(*limit.combined_rate));
      if (limit.combined_load) {
        out << ", " << markdown::escape_inline(times_text(limit.combined_load));
      }
      out << '.';
    }
  }
  out << '\n';
}

std::string quota_outcome(const Context& context, const QuotaCheck& quota,
                          const Dependency& dependency) {
  switch (quota.shortage) {
    case QuotaShortage::others_alone:
      return " The other users alone want " +
             format_requests(quota.others_per_window, Rounding::up) + " requests per window" +
             (quota.others_share
                  ? ", " + format_percent(*quota.others_share, Rounding::up) + " of it"
                  : std::string()) +
             ", before the plan adds any.";
    case QuotaShortage::during_run:
    case QuotaShortage::after_run: {
      std::string text = " At the planned rate";
      if (!dependency.shared_with.empty()) text += ", with the other users,";
      text += " it runs out";
      if (quota.runs_out_at)
        text += " at " + format_in_zone(*quota.runs_out_at, context.zone()) + ",";
      text += " " + format_seconds(*quota.runs_out_after, Rounding::down) + " after the start";
      if (quota.verdict == Verdict::unknown) return text + ", if the run lasts that long.";
      text += quota.shortage == QuotaShortage::during_run ? ", while the run is still going."
                                                          : ", after the run has ended.";
      if (quota.next_reset) {
        text += " Every call to it";
        if (!dependency.shared_with.empty()) text += ", the other users' included,";
        text += " is then refused until the reset at " +
                format_in_zone(*quota.next_reset, context.zone()) + ", " +
                format_duration(*quota.refused_for) + " later.";
      }
      return text;
    }
    case QuotaShortage::none:
      break;
  }
  if (quota.verdict == Verdict::within) {
    return " It lasts: the busiest window wants " +
           format_requests(*quota.peak_usage, Rounding::up) + " requests" +
           (quota.peak_share ? ", " + format_percent(*quota.peak_share, Rounding::up) + " of it"
                             : std::string()) +
           ".";
  }
  return " Whether it lasts is not known.";
}

std::string quota_shares(const PlannedLoad& load, const QuotaCheck& quota) {
  std::string text;
  const auto share = [](const std::optional<Exact>& fraction) {
    return fraction ? " (" + format_percent(*fraction, Rounding::up) + ")" : std::string();
  };
  if (quota.plan_per_window) {
    text += " In a whole window the plan alone would want " +
            format_requests(*quota.plan_per_window, Rounding::up) + " requests" +
            share(quota.plan_share);
    if (!quota.others_per_window.is_zero()) {
      text += " and the other users with a known rate " +
              format_requests(quota.others_per_window, Rounding::up) + share(quota.others_share);
    }
    text += ".";
  }
  if (load.requests && quota.run_share) {
    text += " The whole run makes " + format_requests(*load.requests, Rounding::up) +
            " requests, " + format_percent(*quota.run_share, Rounding::up) +
            " of one window's quota.";
  }
  return text;
}

void write_quota(std::ostream& out, const Context& context, const QuotaCheck& quota,
                 const Dependency& dependency) {
  std::string text =
      format_count(quota.quota.requests) + " per " + format_period(quota.quota.per_seconds);
  if (quota.quota.resets_at) {
    text += ", resetting at " + format_in_zone(*quota.quota.resets_at, context.zone()) +
            " and every " + format_period(quota.quota.per_seconds) + " from then";
  }
  text += ".";
  if (!quota.windows_known && quota.shortage != QuotaShortage::others_alone &&
      context.check.plan.rate) {
    text += quota.quota.resets_at ? " Without the run's start,"
                                  : " Without the time the quota resets (resets_at),";
    text += " this counts from a fresh quota at the start, the best case.";
  }
  text += quota_outcome(context, quota, dependency);
  text += quota_shares(context.check.plan, quota);
  out << "- **Quota:** " << markdown::escape_inline(text) << '\n';
}

}  // namespace

void write_dependency_check(std::ostream& out, const Context& context,
                            const DependencyCheck& check) {
  const Dependency& dependency = *check.dependency;
  out << "### " << markdown::escape_inline(dependency.name) << "\n\n";
  out << verdict_line(check) << "\n\n";
  if (check.limit) write_limit(out, *check.limit, dependency);
  if (check.quota) write_quota(out, context, *check.quota, dependency);
  if (!check.missing.empty()) {
    out << "- **Not known:**\n";
    for (const std::string& missing : check.missing) {
      out << "  - " << markdown::escape_inline(missing) << '\n';
    }
  }
}

}  // namespace hindsight::render_detail::premortem
