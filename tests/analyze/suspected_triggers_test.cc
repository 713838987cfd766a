// Suspected triggers: changes that started shortly before impact start.
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "analyze/analyze_test_events.h"
#include "hindsight/analyze.h"

namespace hindsight {
namespace {

using analyze_test::custom;
using analyze_test::event;
using analyze_test::header_with_impact;
using analyze_test::timeline;
using analyze_test::utc;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

const Incident impact_at_0815 = header_with_impact("2026-03-04T08:15:00");

std::vector<std::string> titles(const Metrics& metrics) {
  std::vector<std::string> out;
  for (const SuspectedTrigger& t : metrics.suspected_triggers) out.push_back(t.title);
  return out;
}

TEST_CASE("every kind of change before impact start is suspected, latest first", "[analyze]") {
  const auto events = timeline({
      event(Kind::config_change, "Raised batch size", "2026-03-03T20:00:00"),
      event(Kind::deploy, "Deploy graph-sync v2.4.0", "2026-03-04T07:12:00"),
      event(Kind::rollback, "Rolled back web v1.9", "2026-03-04T07:30:00"),
      event(Kind::backfill, "Backfill of page insights", "2026-03-04T07:58:12"),
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
  });
  const Metrics m = analyze(impact_at_0815, events);
  REQUIRE(m.suspected_triggers.size() == 4);
  const SuspectedTrigger& latest = m.suspected_triggers[0];
  CHECK(latest.title == "Backfill of page insights");
  CHECK(latest.kind == Kind::backfill);
  CHECK(latest.time == utc("2026-03-04T07:58:12"));
  CHECK(latest.lead == minutes(16) + seconds(48));
  CHECK(latest.event_index == 3u);
  CHECK(titles(m) == std::vector<std::string>{"Backfill of page insights", "Rolled back web v1.9",
                                              "Deploy graph-sync v2.4.0", "Raised batch size"});
  CHECK(m.suspected_triggers[3].lead == hours(12) + minutes(15));
}

TEST_CASE("the trigger window's boundaries", "[analyze]") {
  Event exactly_24h = event(Kind::deploy, "exactly 24h before", "2026-03-03T08:15:00");
  Event just_over = event(Kind::deploy, "24h and 1ns before", "2026-03-03T08:15:00");
  just_over.time -= Nanoseconds(1);
  Event just_before = event(Kind::deploy, "1ns before", "2026-03-04T08:15:00");
  just_before.time -= Nanoseconds(1);
  const Event at_impact = event(Kind::deploy, "at impact start", "2026-03-04T08:15:00");

  const Metrics m =
      analyze(impact_at_0815, timeline({just_over, exactly_24h, just_before, at_impact}));
  CHECK(titles(m) == std::vector<std::string>{"1ns before", "exactly 24h before"});
  CHECK(m.suspected_triggers[0].lead == Nanoseconds(1));
  CHECK(m.suspected_triggers[1].lead == hours(24));
}

TEST_CASE("the trigger window is an option", "[analyze]") {
  const auto events = timeline({
      event(Kind::deploy, "Deploy", "2026-03-04T07:12:00"),
      event(Kind::backfill, "Backfill", "2026-03-04T07:58:12"),
  });
  AnalyzeOptions options;
  options.trigger_window = hours(1);
  CHECK(titles(analyze(impact_at_0815, events, options)) == std::vector<std::string>{"Backfill"});
}

TEST_CASE("changes at the same instant list the later-logged one first", "[analyze]") {
  const auto events = timeline({
      event(Kind::deploy, "Deploy api", "2026-03-04T08:00:00"),
      event(Kind::config_change, "Flag on", "2026-03-04T08:00:00"),
  });
  const Metrics m = analyze(impact_at_0815, events);
  CHECK(titles(m) == std::vector<std::string>{"Flag on", "Deploy api"});
  CHECK(m.suspected_triggers[0].event_index == 1u);
}

TEST_CASE("custom kinds and non-change kinds are never suspected", "[analyze]") {
  const auto events = timeline({
      custom("x-deploy", "Custom deploy", "2026-03-04T08:00:00"),
      event(Kind::note, "Note", "2026-03-04T08:01:00"),
      event(Kind::mitigate, "Mitigate", "2026-03-04T08:02:00"),
      event(Kind::status_update, "Status", "2026-03-04T08:03:00"),
  });
  CHECK(analyze(impact_at_0815, events).suspected_triggers.empty());
}

TEST_CASE("changes after impact start are not suspected", "[analyze]") {
  const auto events = timeline({event(Kind::deploy, "Hotfix", "2026-03-04T09:00:00")});
  CHECK(analyze(impact_at_0815, events).suspected_triggers.empty());
}

TEST_CASE("no suspected triggers without an impact start", "[analyze]") {
  const auto events = timeline({
      event(Kind::deploy, "Deploy", "2026-03-04T07:12:00"),
      event(Kind::detect, "Noticed", "2026-03-04T08:30:00"),
  });
  const Metrics m = analyze({}, events);
  REQUIRE_FALSE(m.impact_start.time);
  CHECK(m.suspected_triggers.empty());
}

TEST_CASE("an inferred impact start still has suspected triggers", "[analyze]") {
  const auto events = timeline({
      event(Kind::backfill, "Backfill", "2026-03-04T07:58:12"),
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
  });
  const Metrics m = analyze({}, events);
  REQUIRE(m.suspected_triggers.size() == 1);
  CHECK(m.suspected_triggers[0].lead == minutes(22) + seconds(48));
}

}  // namespace
}  // namespace hindsight
