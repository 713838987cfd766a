// The load check: the plan's own numbers, rates against limits, requests
// against quotas and their windows, and verdicts that never assume a
// missing number. Every expected value is worked out by hand in the
// comment beside it.
#include <catch2/catch.hpp>

#include "hindsight/load_check.h"
#include "plan/plan_testing.h"
#include "support/exact_testing.h"

namespace hindsight {
namespace {

using test::fraction;
using namespace std::chrono_literals;

Timestamp utc(const char* text) { return *parse_timestamp(text, nullptr).time; }

struct Checked {
  Plan plan;
  LoadCheck check;
};

// Reads `fields` (under `plan:`, after a title and a kind) and checks it.
// The plan is kept beside the check, which points into it.
std::unique_ptr<Checked> check_fields(const std::string& fields) {
  test::PlanRead read = test::read_plan_fields(fields);
  INFO(fields);
  REQUIRE(read.messages().empty());
  auto checked = std::make_unique<Checked>();
  checked->plan = std::move(*read.plan);
  checked->check = check_load(checked->plan);
  return checked;
}

// The story of examples/premortem: 24 workers at 50/s against an app-wide
// limit of 1,080,000/h and a daily quota of 20,000,000 that resets at
// 00:00 UTC, shared with page-sync (40/s) and a user whose rate is unknown.
const char* kStory = R"(start: 2026-03-04T10:00:00+02:00
duration: 5h
volume: {items: 9_480_000, requests_per_item: 2, concurrency: 24, rate_per_worker: 50/s, retries: 3}
dependencies:
  - name: partner Graph API
    limit: {requests: 1_080_000, per: 1h}
    quota: {requests: 20_000_000, per: 24h, resets_at: 2026-03-05T00:00:00Z}
    shared_with: [{name: page-sync, rate: 40/s}, insights-api]
)";

TEST_CASE("the plan's own numbers: rate, retries, requests and run time", "[load]") {
  const auto checked = check_fields(kStory);
  const PlannedLoad& load = checked->check.plan;
  CHECK(load.worker_rate == Exact(1200));  // 24 × 50/s
  CHECK_FALSE(load.stated_rate);
  CHECK(load.rate == Exact(1200));
  CHECK(load.retry_rate == Exact(4800));  // each call tried up to 1 + 3 times
  CHECK(load.item_requests == Exact(18'960'000));
  CHECK(load.requests == Exact(18'960'000));
  CHECK(load.work_seconds == Exact(15'800));  // 18,960,000 / 1,200 = 4h 23m 20s
  CHECK(load.window_seconds == Exact(5 * 3600));
  CHECK(load.run_seconds == Exact(15'800));  // the work, not the window
  CHECK(load.missing.empty());
}

TEST_CASE("the story's backfill is over the limit and runs the quota out", "[load]") {
  const auto checked = check_fields(kStory);
  REQUIRE(checked->check.dependencies.size() == 1);
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.dependency == &checked->plan.dependencies[0]);
  CHECK(api.verdict == Verdict::over_limit);
  CHECK_FALSE(api.headroom);

  REQUIRE(api.limit);
  const LimitCheck& limit = *api.limit;
  CHECK(limit.verdict == Verdict::over_limit);
  CHECK(limit.excess == LimitExcess::plan_alone);
  CHECK(limit.plan_load == Exact(4));     // 1,200 / 300
  CHECK(limit.others_rate == Exact(40));  // insights-api's is unknown
  CHECK(limit.combined_rate == Exact(1240));
  CHECK(limit.combined_load == fraction(1240, 300));

  REQUIRE(api.quota);
  const QuotaCheck& quota = *api.quota;
  CHECK(quota.windows_known);
  CHECK(quota.others_per_window == Exact(3'456'000));  // 40 × 86,400
  CHECK(quota.plan_per_window == Exact(103'680'000));  // 1,200 × 86,400
  CHECK(quota.run_share == fraction(18'960'000, 20'000'000));
  // The window began at 02:00 local; by 10:00 page-sync has used 8h × 40/s
  // = 1,152,000. The rest, 18,848,000, lasts 15,200 s at 1,240/s.
  CHECK(quota.shortage == QuotaShortage::during_run);
  CHECK(quota.runs_out_after == Exact(15'200));
  CHECK(quota.runs_out_at == utc("2026-03-04T12:13:20Z"));
  CHECK(quota.next_reset == utc("2026-03-05T00:00:00Z"));
  CHECK(quota.refused_for == Nanoseconds(11h + 46min + 40s));
  // The unknown user could only make it run out sooner.
  CHECK(quota.verdict == Verdict::over_quota);
  CHECK(api.missing == std::vector<std::string>{"the rate of insights-api (shared_with)"});
  CHECK(api.unknown_users == std::vector<std::string>{"insights-api"});
}

TEST_CASE("a plan well under both gets the smaller headroom", "[load]") {
  const auto checked = check_fields(R"(start: 2026-03-05T00:04:00Z
volume: {requests: 2_000_000, rate: 150/s}
dependencies:
  - name: api
    limit: 300/s
    quota: {requests: 20_000_000, per: 24h, resets_at: 2026-03-05T00:00:00Z}
    shared_with: [{name: page-sync, rate: 40/s}]
)");
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.verdict == Verdict::within);
  CHECK(api.limit->verdict == Verdict::within);
  CHECK(api.limit->combined_load == fraction(190, 300));
  CHECK(api.quota->verdict == Verdict::within);
  // The run's 2,000,000 plus page-sync's 3,456,000 in the window.
  CHECK(api.quota->peak_usage == Exact(5'456'000));
  CHECK(api.quota->peak_share == fraction(5'456'000, 20'000'000));
  CHECK(api.quota->shortage == QuotaShortage::none);
  CHECK_FALSE(api.quota->runs_out_after);
  // 1 - 190/300 = 11/30 under the limit; 1 - 0.2728 in the quota.
  CHECK(api.headroom == fraction(11, 30));
  CHECK(api.missing.empty());
}

TEST_CASE("exactly at the limit is within it, with no headroom", "[load]") {
  const auto checked = check_fields(
      "volume: {rate: 5/s}\ndependencies:\n  - {name: api, limit: {requests: 18000, per: 1h}}");
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.verdict == Verdict::within);
  CHECK(api.limit->plan_load == Exact(1));
  CHECK(api.headroom == Exact());
}

TEST_CASE("other users can push a plan under the limit over it", "[load]") {
  const auto together = check_fields(
      "volume: {rate: 250/s}\ndependencies:\n"
      "  - {name: api, limit: 300/s, shared_with: [{name: prod, rate: 60/s}]}");
  CHECK(together->check.dependencies[0].verdict == Verdict::over_limit);
  CHECK(together->check.dependencies[0].limit->excess == LimitExcess::together);
  const auto others = check_fields(
      "volume: {rate: 1/s}\ndependencies:\n"
      "  - {name: api, limit: 300/s, shared_with: [{name: prod, rate: 400/s}]}");
  CHECK(others->check.dependencies[0].limit->excess == LimitExcess::others_alone);
  // With the plan's rate unknown, what the others send is still known to be too much.
  const auto unknown_plan = check_fields(
      "dependencies:\n  - {name: api, limit: 300/s, shared_with: [{name: prod, rate: 400/s}]}");
  CHECK(unknown_plan->check.dependencies[0].verdict == Verdict::over_limit);
}

TEST_CASE("missing numbers are named, never assumed", "[load]") {
  const auto checked = check_fields(R"(volume: {items: 1000, rate_per_worker: 5/s}
dependencies:
  - {name: api, limit: 300/s, quota: {requests: 1000, per: 1h}, shared_with: [prod]}
  - {name: db}
)");
  const PlannedLoad& load = checked->check.plan;
  CHECK_FALSE(load.rate);
  CHECK_FALSE(load.requests);
  CHECK(load.missing ==
        std::vector<std::string>{
            "volume.concurrency, the number of workers that each send volume.rate_per_worker",
            "volume.requests_per_item, to turn volume.items into requests",
            "how long the change runs: volume.requests (or volume.items with "
            "volume.requests_per_item) with a rate, or end or duration"});
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.verdict == Verdict::unknown);
  CHECK(api.limit->verdict == Verdict::unknown);
  CHECK(api.quota->verdict == Verdict::unknown);
  CHECK(api.missing ==
        std::vector<std::string>{"the rate of prod (shared_with)",
                                 "the planned rate (volume.rate, or volume.rate_per_worker with "
                                 "volume.concurrency)"});
  const DependencyCheck& db = checked->check.dependencies[1];
  CHECK(db.verdict == Verdict::unknown);
  CHECK(db.missing == std::vector<std::string>{"a limit or a quota for this dependency"});
}

TEST_CASE("a number given two ways is checked at the larger", "[load]") {
  const auto checked = check_fields(
      "volume: {rate: 200/s, concurrency: 24, rate_per_worker: 50/s, requests: 100, items: 10, "
      "requests_per_item: 5}");
  const PlannedLoad& load = checked->check.plan;
  CHECK(load.stated_rate == Exact(200));
  CHECK(load.worker_rate == Exact(1200));
  CHECK(load.rate == Exact(1200));
  CHECK(load.stated_requests == Exact(100));
  CHECK(load.item_requests == Exact(50));
  CHECK(load.requests == Exact(100));
  CHECK(load.work_seconds == fraction(1, 12));
}

TEST_CASE("zero rates, limits and quotas", "[load]") {
  const auto nothing_sent = check_fields(
      "volume: {rate: 0/s, requests: 0}\ndependencies:\n"
      "  - {name: api, limit: 0/s, quota: {requests: 0, per: 1h}}");
  CHECK(nothing_sent->check.plan.work_seconds == Exact());
  const DependencyCheck& idle = nothing_sent->check.dependencies[0];
  CHECK(idle.verdict == Verdict::within);
  CHECK_FALSE(idle.limit->plan_load);  // no ratio to a zero limit
  CHECK(idle.headroom == Exact());

  const auto blocked = check_fields(
      "duration: 1h\nvolume: {rate: 1/s}\ndependencies:\n"
      "  - {name: api, limit: 0/s, quota: {requests: 0, per: 1h}}");
  const DependencyCheck& api = blocked->check.dependencies[0];
  CHECK(api.verdict == Verdict::over_limit);
  CHECK(api.quota->verdict == Verdict::over_quota);
  CHECK(api.quota->runs_out_after == Exact());  // at the first request
  CHECK_FALSE(api.quota->plan_share);           // no share of a zero quota

  const auto never_done = check_fields("volume: {rate: 0/s, requests: 10}");
  CHECK_FALSE(never_done->check.plan.work_seconds);
  CHECK(never_done->check.plan.missing.front() ==
        "a planned rate above zero: at 0/s the requests never finish");
}

TEST_CASE("with the run's length unknown, a quota runs out only if it lasts that long", "[load]") {
  const auto checked = check_fields(
      "volume: {rate: 10/s}\ndependencies:\n  - {name: api, quota: {requests: 36000, per: 24h}}");
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.quota->verdict == Verdict::unknown);
  CHECK(api.quota->shortage == QuotaShortage::during_run);
  CHECK(api.quota->runs_out_after == Exact(3600));
  CHECK_FALSE(api.quota->windows_known);
  CHECK_FALSE(api.quota->runs_out_at);  // no start
  CHECK(api.missing == std::vector<std::string>{"how long the change runs (volume.requests "
                                                "with a rate, or end or duration)"});
  // A rate that could run for ever and still fit needs no length.
  const auto slow = check_fields(
      "volume: {rate: 1/min}\ndependencies:\n  - {name: api, quota: {requests: 1440, per: 24h}}");
  CHECK(slow->check.dependencies[0].verdict == Verdict::within);
}

TEST_CASE("a run that ends in time can still leave the others short", "[load]") {
  // Window from 00:00; others 1/s all day (86,400); the run adds 1/s for
  // an hour from 01:00 (3,600): 90,000 wanted of 88,000. After the run,
  // t + 3,600 have been used at t seconds, so the quota runs out at
  // t = 84,400 (23:26:40), 2,000 s before the reset.
  const auto checked = check_fields(R"(start: 2026-03-04T01:00:00Z
duration: 1h
volume: {rate: 1/s}
dependencies:
  - name: api
    quota: {requests: 88_000, per: 24h, resets_at: 2026-03-04T00:00:00Z}
    shared_with: [{name: prod, rate: 1/s}]
)");
  const QuotaCheck& quota = *checked->check.dependencies[0].quota;
  CHECK(quota.verdict == Verdict::over_quota);
  CHECK(quota.shortage == QuotaShortage::after_run);
  CHECK(quota.runs_out_at == utc("2026-03-04T23:26:40Z"));
  CHECK(quota.runs_out_after == Exact(84'400 - 3600));
  CHECK(quota.next_reset == utc("2026-03-05T00:00:00Z"));
  CHECK(quota.refused_for == Nanoseconds(2000s));
}

TEST_CASE("other users who alone want more than the quota", "[load]") {
  const auto checked = check_fields(
      "volume: {rate: 1/s}\ndependencies:\n"
      "  - {name: api, quota: {requests: 1000, per: 1h}, shared_with: [{name: prod, rate: 1/s}]}");
  const QuotaCheck& quota = *checked->check.dependencies[0].quota;
  CHECK(quota.verdict == Verdict::over_quota);
  CHECK(quota.shortage == QuotaShortage::others_alone);
  CHECK(quota.others_share == fraction(3600, 1000));
}

TEST_CASE("a run across a reset is checked in the next window too", "[load]") {
  // Hourly windows from 00:00. Window 1: others 0.25/s × 3,600 = 900 plus
  // the run 1/s from 00:30, 1,800: 2,700 fits. Window 2 is all run:
  // 1.25/s × 3,600 = 4,500 > 3,600, out after 2,880 s, at 01:48:00.
  const auto checked = check_fields(R"(start: 2026-03-04T00:30:00Z
duration: 2h
volume: {rate: 1/s}
dependencies:
  - name: api
    quota: {requests: 3600, per: 1h, resets_at: 2026-03-04T00:00:00Z}
    shared_with: [{name: prod, rate: 1/4s}]
)");
  const QuotaCheck& quota = *checked->check.dependencies[0].quota;
  CHECK(quota.verdict == Verdict::over_quota);
  CHECK(quota.shortage == QuotaShortage::during_run);
  CHECK(quota.runs_out_at == utc("2026-03-04T01:48:00Z"));
  CHECK(quota.runs_out_after == Exact(4680));
  CHECK(quota.next_reset == utc("2026-03-04T02:00:00Z"));

  // Half the rate fits in every window: the busiest is a whole one.
  const auto half = check_fields(R"(start: 2026-03-04T00:30:00Z
duration: 2h
volume: {rate: 1/2s}
dependencies:
  - name: api
    quota: {requests: 3600, per: 1h, resets_at: 2026-03-04T00:00:00Z}
    shared_with: [{name: prod, rate: 1/4s}]
)");
  const DependencyCheck& fits = half->check.dependencies[0];
  CHECK(fits.verdict == Verdict::within);
  CHECK(fits.quota->peak_usage == Exact(2700));
  CHECK(fits.headroom == fraction(1, 4));
}

TEST_CASE("without resets_at the check starts a fresh quota at the start", "[load]") {
  const auto checked = check_fields(R"(start: 2026-03-04T10:00:00Z
duration: 2h
volume: {rate: 1/s}
dependencies:
  - {name: api, quota: {requests: 3600, per: 24h}}
)");
  const QuotaCheck& quota = *checked->check.dependencies[0].quota;
  CHECK_FALSE(quota.windows_known);
  CHECK(quota.verdict == Verdict::over_quota);
  CHECK(quota.runs_out_at == utc("2026-03-04T11:00:00Z"));
  CHECK_FALSE(quota.next_reset);  // when it really resets is not known
}

TEST_CASE("huge numbers are exact and do not overflow", "[load]") {
  const auto checked = check_fields(
      R"(volume: {requests: 1_000_000_000_000_000, rate: 1_000_000_000_000_000/s, retries: 1_000_000_000_000_000}
dependencies:
  - name: api
    limit: 1/36500d
    quota: {requests: 999_999_999_999_999, per: 36500d}
)");
  const PlannedLoad& load = checked->check.plan;
  CHECK(load.work_seconds == Exact(1));
  CHECK(load.retry_rate ==
        Exact::ratio(Exact::Int{1'000'000'000'000'000} * 1'000'000'000'000'001, 1));
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.verdict == Verdict::over_limit);
  CHECK(api.limit->plan_load == Exact::ratio(Exact::Int{1'000'000'000'000'000} * 3'153'600'000, 1));
  // One request short of the run's 10^15 in its one second.
  CHECK(api.quota->verdict == Verdict::over_quota);
  CHECK(api.quota->runs_out_after == Exact::ratio(999'999'999'999'999, 1'000'000'000'000'000));
}

TEST_CASE("numbers too large to compute exactly make the verdict unknown", "[load]") {
  // Five rates over pairwise coprime periods near 100 years: their sum's
  // denominator does not fit 128 bits.
  const auto checked = check_fields(R"(volume: {rate: 1/s}
dependencies:
  - name: api
    limit: 300/s
    shared_with:
      - {name: a, rate: 1/3000000019s}
      - {name: b, rate: 1/3000000037s}
      - {name: c, rate: 1/3000000077s}
      - {name: d, rate: 1/3000000109s}
      - {name: e, rate: 1/3000000151s}
)");
  const DependencyCheck& api = checked->check.dependencies[0];
  CHECK(api.overflow);
  CHECK(api.verdict == Verdict::unknown);
  CHECK(api.missing == std::vector<std::string>{
                           "numbers small enough to compute exactly (these overflow 128 bits)"});
}

}  // namespace
}  // namespace hindsight
