// Impact start: header, then impact_start event, then inferred from a symptom.
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

TEST_CASE("impact start from the header beats impact_start events and alerts", "[analyze]") {
  const auto events = timeline({
      event(Kind::impact_start, "Data stopped updating", "2026-03-04T08:10:00"),
      event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
  });
  const Metrics m = analyze(header_with_impact("2026-03-04T08:15:00"), events);
  CHECK(m.impact_start.time == utc("2026-03-04T08:15:00"));
  CHECK(m.impact_start.basis == "incident.impact.start in the header");
  CHECK_FALSE(m.impact_start.event_index);
  CHECK_FALSE(m.impact_start_inferred);
}

TEST_CASE("impact start from the first impact_start event", "[analyze]") {
  const auto events = timeline({
      event(Kind::alert, "Insights stale", "2026-03-04T08:05:00"),
      event(Kind::impact_start, "Data stopped updating", "2026-03-04T08:10:00"),
      event(Kind::impact_start, "Second region affected", "2026-03-04T08:30:00"),
  });
  const Metrics m = analyze({}, events);
  CHECK(m.impact_start.time == utc("2026-03-04T08:10:00"));
  CHECK(m.impact_start.basis == "first impact_start event: \"Data stopped updating\"");
  CHECK(m.impact_start.event_index == 1u);
  CHECK_FALSE(m.impact_start_inferred);
}

TEST_CASE("impact start inferred from the first alert, page or customer report", "[analyze]") {
  SECTION("alert") {
    const auto events = timeline({
        event(Kind::deploy, "Deploy", "2026-03-04T08:00:00"),
        event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
        event(Kind::page, "Paged", "2026-03-04T08:22:00"),
    });
    const Metrics m = analyze({}, events);
    CHECK(m.impact_start.time == utc("2026-03-04T08:21:00"));
    CHECK(m.impact_start.basis ==
          "inferred from the first alert: \"Insights stale\" (impact start not recorded)");
    CHECK(m.impact_start.event_index == 1u);
    CHECK(m.impact_start_inferred);
  }
  SECTION("customer report before any alert") {
    const auto events = timeline({
        event(Kind::customer_report, "Customer: page stats frozen", "2026-03-04T08:17:00"),
        event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
    });
    const Metrics m = analyze({}, events);
    CHECK(m.impact_start.time == utc("2026-03-04T08:17:00"));
    CHECK(m.impact_start.basis ==
          "inferred from the first customer_report: \"Customer: page stats frozen\" (impact "
          "start not recorded)");
  }
  SECTION("page") {
    const auto events = timeline({event(Kind::page, "Paged", "2026-03-04T08:22:00")});
    const Metrics m = analyze({}, events);
    CHECK(m.impact_start.basis ==
          "inferred from the first page: \"Paged\" (impact start not "
          "recorded)");
  }
}

TEST_CASE("impact start is not inferred from detect, ack or custom kinds", "[analyze]") {
  const auto events = timeline({
      custom("x-alert", "Custom alert", "2026-03-04T08:20:00"),
      event(Kind::detect, "Noticed by the team", "2026-03-04T08:21:00"),
      event(Kind::ack, "Ack", "2026-03-04T08:22:00"),
  });
  const Metrics m = analyze({}, events);
  CHECK_FALSE(m.impact_start.time);
  CHECK_FALSE(m.impact_start.event_index);
  CHECK_FALSE(m.impact_start_inferred);
  CHECK(m.impact_start.basis ==
        "no impact start recorded (no incident.impact.start in the header, and no impact_start, "
        "alert, page or customer_report event)");
}

TEST_CASE("an empty timeline without a header knows nothing", "[analyze]") {
  const Metrics m = analyze({}, {});
  CHECK_FALSE(m.impact_start.time);
  CHECK_FALSE(m.detected.time);
  CHECK_FALSE(m.acknowledged.time);
  CHECK_FALSE(m.mitigated.time);
  CHECK_FALSE(m.resolved.time);
  CHECK_FALSE(m.ttd.value);
  CHECK_FALSE(m.tta.value);
  CHECK_FALSE(m.ttm.value);
  CHECK_FALSE(m.ttr.value);
  CHECK(m.suspected_triggers.empty());
}

}  // namespace
}  // namespace hindsight
