// check_load (see hindsight/load_check.h): every dependency of a plan, and
// one verdict for each.
#include <fmt/format.h>

#include "hindsight/load_check.h"
#include "plan/load_check_parts.h"

namespace hindsight {
namespace {

using plan_detail::OtherUsers;

OtherUsers other_users(const Dependency& dependency, std::vector<std::string>& unknown) {
  OtherUsers others;
  for (const SharedUser& user : dependency.shared_with) {
    if (user.rate) {
      others.rate = others.rate + per_second(*user.rate);
    } else {
      others.complete = false;
      unknown.push_back(user.name);
    }
  }
  return others;
}

// Over the limit beats over the quota beats unknown beats within: the
// verdict names the first thing that would go wrong.
Verdict combine(Verdict a, Verdict b) {
  const auto rank = [](Verdict v) {
    switch (v) {
      case Verdict::over_limit:
        return 0;
      case Verdict::over_quota:
        return 1;
      case Verdict::unknown:
        return 2;
      case Verdict::within:
        return 3;
    }
    return 2;
  };
  return rank(a) <= rank(b) ? a : b;
}

// 1 - used / available, or zero when nothing is available.
Exact room_left(const Exact& used, const Exact& available) {
  if (available.is_zero() || used >= available) return Exact();
  return Exact(1) - used / available;
}

void check_dependency(const Dependency& dependency, const Plan& plan, const PlannedLoad& load,
                      DependencyCheck& check) {
  const OtherUsers others = other_users(dependency, check.unknown_users);
  for (const std::string& name : check.unknown_users) {
    check.missing.push_back(fmt::format("the rate of {} (shared_with)", name));
  }
  if (!dependency.limit && !dependency.quota) {
    check.missing.push_back("a limit or a quota for this dependency");
    return;
  }
  Verdict verdict = Verdict::within;
  std::optional<Exact> headroom;
  const auto narrow = [&](const Exact& room) { headroom = headroom ? min(*headroom, room) : room; };
  if (dependency.limit) {
    check.limit = plan_detail::check_limit(*dependency.limit, load, others);
    verdict = combine(verdict, check.limit->verdict);
    if (check.limit->combined_rate) {
      narrow(room_left(*check.limit->combined_rate, per_second(*dependency.limit)));
    }
  }
  if (dependency.quota) {
    check.quota = plan_detail::check_quota(*dependency.quota, load, plan.start, others);
    verdict = combine(verdict, check.quota->verdict);
    if (check.quota->peak_usage) {
      narrow(room_left(*check.quota->peak_usage, Exact(dependency.quota->requests)));
    }
  }
  check.verdict = verdict;
  if (verdict == Verdict::within) check.headroom = headroom;
  if (verdict != Verdict::unknown) return;
  if (!load.rate) {
    check.missing.push_back(
        "the planned rate (volume.rate, or volume.rate_per_worker with volume.concurrency)");
  } else if (check.quota && check.quota->verdict == Verdict::unknown && !load.run_seconds) {
    check.missing.push_back(
        "how long the change runs (volume.requests with a rate, or end or duration)");
  }
}

}  // namespace

Exact per_second(const Rate& rate) {
  return Exact::ratio(rate.requests, static_cast<Exact::Int>(rate.per_seconds));
}

LoadCheck check_load(const Plan& plan) {
  LoadCheck result;
  result.plan = plan_detail::work_out_plan(plan);
  for (const Dependency& dependency : plan.dependencies) {
    DependencyCheck check;
    check.dependency = &dependency;
    try {
      check_dependency(dependency, plan, result.plan, check);
    } catch (const ExactOverflow&) {
      check = DependencyCheck{};
      check.dependency = &dependency;
      check.overflow = true;
      check.missing.push_back("numbers small enough to compute exactly (these overflow 128 bits)");
    }
    result.dependencies.push_back(std::move(check));
  }
  return result;
}

}  // namespace hindsight
