// TTD, TTA, TTM, TTR: values, unknowns and their reasons, bad data.
#include <chrono>

#include <catch2/catch.hpp>

#include "analyze/analyze_test_events.h"
#include "hindsight/analyze.h"

namespace hindsight {
namespace {

using analyze_test::event;
using analyze_test::header_with_impact;
using analyze_test::timeline;
using analyze_test::utc;
using std::chrono::hours;
using std::chrono::minutes;

TEST_CASE("durations are measured between their milestones", "[analyze]") {
  const auto events = timeline({
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
      event(Kind::page, "Paged", "2026-03-04T08:23:00"),
      event(Kind::ack, "Acknowledged", "2026-03-04T08:31:00"),
      event(Kind::rollback, "Rolled back", "2026-03-04T09:05:00"),
      event(Kind::resolve, "Caught up", "2026-03-05T04:15:00"),
  });
  const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00"), events);
  CHECK(m.ttd.value == minutes(6));
  CHECK(m.tta.value == minutes(10));
  CHECK(m.ttm.value == minutes(50));
  CHECK(m.ttr.value == hours(20));
  for (const Interval* interval : {&m.ttd, &m.tta, &m.ttm, &m.ttr}) {
    CHECK(interval->reason.empty());
  }
}

TEST_CASE("TTD is unknown when impact start was inferred from the detecting event", "[analyze]") {
  const auto events = timeline({
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
      event(Kind::ack, "Acknowledged", "2026-03-04T08:31:00"),
      event(Kind::mitigate, "Backfill paused", "2026-03-04T09:05:00"),
  });
  const Metrics m = analyze({}, events);
  REQUIRE(m.impact_start_inferred);
  CHECK(m.detected.event_index == m.impact_start.event_index);
  CHECK_FALSE(m.ttd.value);
  CHECK(m.ttd.reason == "impact start not recorded (inferred from the detecting event)");
  // The other durations are still measured from the inferred start.
  CHECK(m.tta.value == minutes(10));
  CHECK(m.ttm.value == minutes(44));
}

TEST_CASE("TTD is unknown when an inferred impact start coincides with a detect event",
          "[analyze]") {
  // The detect event sorts first at the same instant, so it is the
  // detection, but impact start still came from the alert beside it.
  const auto events = timeline({
      event(Kind::detect, "Noticed", "2026-03-04T08:21:00"),
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
  });
  const Metrics m = analyze({}, events);
  CHECK(m.detected.event_index == 0u);
  CHECK(m.impact_start.event_index == 1u);
  CHECK_FALSE(m.ttd.value);
  CHECK(m.ttd.reason ==
        "impact start not recorded (inferred from an event at the moment of detection)");
}

TEST_CASE("durations from an unknown impact start say so", "[analyze]") {
  const auto events = timeline({
      event(Kind::detect, "Noticed", "2026-03-04T08:21:00"),
      event(Kind::ack, "Acknowledged", "2026-03-04T08:31:00"),
      event(Kind::mitigate, "Backfill paused", "2026-03-04T09:05:00"),
      event(Kind::resolve, "Caught up", "2026-03-05T04:15:00"),
  });
  const Metrics m = analyze({}, events);
  const std::string no_impact_start =
      "no impact start recorded (no incident.impact.start in the header, and no impact_start, "
      "alert, page or customer_report event)";
  CHECK_FALSE(m.ttd.value);
  CHECK(m.ttd.reason == no_impact_start);
  CHECK_FALSE(m.ttm.value);
  CHECK(m.ttm.reason == no_impact_start);
  CHECK_FALSE(m.ttr.value);
  CHECK(m.ttr.reason == no_impact_start);
  // TTA does not need impact start.
  CHECK(m.tta.value == minutes(10));
}

TEST_CASE("a duration missing both ends names both reasons", "[analyze]") {
  const Metrics m = analyze({}, {});
  CHECK(m.tta.reason ==
        "no detection in the timeline (no alert, page, detect or customer_report event); no "
        "acknowledgement in the timeline (no ack event)");
}

TEST_CASE("a missing acknowledgement makes TTA unknown, never zero", "[analyze]") {
  const auto events = timeline({event(Kind::alert, "Insights stale", "2026-03-04T08:21:00")});
  const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00"), events);
  CHECK_FALSE(m.tta.value);
  CHECK(m.tta.reason == "no acknowledgement at or after impact start (no ack event)");
}

TEST_CASE("times out of order make a duration unknown instead of negative", "[analyze]") {
  SECTION("resolved before impact start") {
    const auto events = timeline({
        event(Kind::resolve, "Resolved (clock skew)", "2026-03-04T08:00:00"),
    });
    const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00"), events);
    CHECK_FALSE(m.ttr.value);
    CHECK(m.ttr.reason ==
          "times out of order: resolved (2026-03-04T08:00:00Z) is before impact start "
          "(2026-03-04T08:15:00Z)");
  }
  SECTION("header impact end before its start") {
    const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00", "2026-03-04T08:14:59"), {});
    CHECK(m.ttr.reason ==
          "times out of order: resolved (2026-03-04T08:14:59Z) is before impact start "
          "(2026-03-04T08:15:00Z)");
  }
  SECTION("acknowledged before detected") {
    const auto events = timeline({
        event(Kind::ack, "Acknowledged a related page", "2026-03-04T08:18:00"),
        event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
    });
    const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00"), events);
    CHECK_FALSE(m.tta.value);
    CHECK(m.tta.reason ==
          "times out of order: acknowledged (2026-03-04T08:18:00Z) is before detected "
          "(2026-03-04T08:21:00Z)");
  }
}

TEST_CASE("times too far apart to subtract are unknown, not wrapped", "[analyze]") {
  Incident incident;
  incident.impact_start = Sourced<Timestamp>{Timestamp(Nanoseconds::min()), {}};
  incident.impact_end = Sourced<Timestamp>{Timestamp(Nanoseconds::max()), {}};
  const Metrics m = analyze(incident, {});
  CHECK_FALSE(m.ttr.value);
  CHECK(m.ttr.reason == "impact start and resolved are too far apart to measure");
}

}  // namespace
}  // namespace hindsight
