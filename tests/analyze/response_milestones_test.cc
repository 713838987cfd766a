// Detected, acknowledged, mitigated and resolved: each rule and fallback.
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

const Incident impact_at_0815 = header_with_impact("2026-03-04T08:15:00");

TEST_CASE("detected is the first alert, page, detect or customer report at/after impact start",
          "[analyze]") {
  SECTION("an alert before impact start belongs to something else") {
    const auto events = timeline({
        event(Kind::alert, "Earlier flapping alert", "2026-03-04T08:00:00"),
        event(Kind::ack, "Ack", "2026-03-04T08:01:00"),
        event(Kind::page, "Paged", "2026-03-04T08:22:00"),
    });
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.detected.time == utc("2026-03-04T08:22:00"));
    CHECK(m.detected.basis == "first page at/after impact start: \"Paged\"");
    CHECK(m.detected.event_index == 2u);
  }
  SECTION("a detect event counts, and an event exactly at impact start is at/after it") {
    const auto events = timeline({
        event(Kind::detect, "Team noticed stale charts", "2026-03-04T08:15:00"),
        event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
    });
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.detected.time == utc("2026-03-04T08:15:00"));
    CHECK(m.detected.basis == "first detect at/after impact start: \"Team noticed stale charts\"");
    CHECK(m.ttd.value == Nanoseconds::zero());
    CHECK(m.ttd.reason.empty());
  }
  SECTION("custom kinds are ignored") {
    const auto events = timeline({custom("x-alert", "Custom", "2026-03-04T08:20:00")});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK_FALSE(m.detected.time);
    CHECK(m.detected.basis ==
          "no detection at or after impact start (no alert, page, detect or "
          "customer_report event)");
  }
  SECTION("only detections before impact start") {
    const auto events = timeline({event(Kind::alert, "Early", "2026-03-04T08:00:00")});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK_FALSE(m.detected.time);
    CHECK(m.detected.basis ==
          "no detection at or after impact start (every alert, page, detect or customer_report "
          "event is before impact start)");
  }
  SECTION("without an impact start, the first detect event is still reported") {
    const auto events = timeline({event(Kind::detect, "Noticed", "2026-03-04T08:30:00")});
    const Metrics m = analyze({}, events);
    CHECK(m.detected.time == utc("2026-03-04T08:30:00"));
    CHECK(m.detected.basis == "first detect (impact start unknown): \"Noticed\"");
  }
  SECTION("without an impact start or any detection") {
    const Metrics m = analyze({}, timeline({event(Kind::note, "Note", "2026-03-04T08:30:00")}));
    CHECK(m.detected.basis ==
          "no detection in the timeline (no alert, page, detect or customer_report event)");
  }
}

TEST_CASE("acknowledged is the first ack at/after impact start", "[analyze]") {
  SECTION("an ack before impact start is ignored") {
    const auto events = timeline({
        event(Kind::ack, "Ack of an unrelated alert", "2026-03-04T08:00:00"),
        event(Kind::alert, "Insights stale", "2026-03-04T08:21:00"),
        event(Kind::ack, "Acknowledged page", "2026-03-04T08:31:00"),
        event(Kind::ack, "Second ack", "2026-03-04T08:35:00"),
    });
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.acknowledged.time == utc("2026-03-04T08:31:00"));
    CHECK(m.acknowledged.basis == "first ack at/after impact start: \"Acknowledged page\"");
    CHECK(m.acknowledged.event_index == 2u);
  }
  SECTION("an ack without any detection is still reported") {
    const auto events = timeline({event(Kind::ack, "Acknowledged", "2026-03-04T08:31:00")});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.acknowledged.time == utc("2026-03-04T08:31:00"));
    CHECK_FALSE(m.detected.time);
    CHECK_FALSE(m.tta.value);
    CHECK(m.tta.reason ==
          "no detection at or after impact start (no alert, page, detect or "
          "customer_report event)");
  }
  SECTION("no ack") {
    const Metrics m = analyze(impact_at_0815, {});
    CHECK_FALSE(m.acknowledged.time);
    CHECK_FALSE(m.acknowledged.event_index);
    CHECK(m.acknowledged.basis == "no acknowledgement at or after impact start (no ack event)");
  }
  SECTION("no ack and no impact start") {
    const Metrics m = analyze({}, {});
    CHECK(m.acknowledged.basis == "no acknowledgement in the timeline (no ack event)");
  }
}

TEST_CASE("mitigated is the first mitigate or rollback at/after impact start", "[analyze]") {
  SECTION("a rollback mitigates") {
    const auto events = timeline({
        event(Kind::rollback, "Rolled back graph-sync", "2026-03-04T09:05:00"),
        event(Kind::mitigate, "Backfill paused", "2026-03-04T09:10:00"),
    });
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.mitigated.time == utc("2026-03-04T09:05:00"));
    CHECK(m.mitigated.basis == "first rollback at/after impact start: \"Rolled back graph-sync\"");
    CHECK(m.mitigated.event_index == 0u);
  }
  SECTION("a rollback before impact start is not a mitigation") {
    const auto events = timeline({
        event(Kind::rollback, "Rolled back an earlier release", "2026-03-04T08:00:00"),
        event(Kind::mitigate, "Backfill paused", "2026-03-04T09:10:00"),
    });
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.mitigated.time == utc("2026-03-04T09:10:00"));
    CHECK(m.mitigated.basis == "first mitigate at/after impact start: \"Backfill paused\"");
    CHECK(m.mitigated.event_index == 1u);
  }
  SECTION("only a rollback before impact start") {
    const auto events = timeline({event(Kind::rollback, "Early", "2026-03-04T08:00:00")});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK_FALSE(m.mitigated.time);
    CHECK(m.mitigated.basis ==
          "no mitigation at or after impact start (every mitigate or "
          "rollback event is before impact start)");
    CHECK(m.ttm.reason == m.mitigated.basis);
  }
  SECTION("nothing mitigated") {
    const Metrics m = analyze(impact_at_0815, {});
    CHECK(m.mitigated.basis ==
          "no mitigation at or after impact start (no mitigate or rollback event)");
  }
}

TEST_CASE("resolved: header end, else last resolve, else the last alert interval's end",
          "[analyze]") {
  const Event alert_a = [] {
    Event e = event(Kind::alert, "Insights stale", "2026-03-04T08:21:00");
    e.end = utc("2026-03-05T04:10:00");
    return e;
  }();
  const Event alert_b = [] {
    Event e = event(Kind::alert, "Partner API 429s", "2026-03-04T08:25:00");
    e.end = utc("2026-03-05T03:00:00");
    return e;
  }();
  const Event first_resolve = event(Kind::resolve, "Partly caught up", "2026-03-05T02:00:00");
  const Event last_resolve = event(Kind::resolve, "Data caught up", "2026-03-05T04:15:00");

  SECTION("the header's impact end wins") {
    const auto events = timeline({alert_a, alert_b, first_resolve, last_resolve});
    const Metrics m =
        analyze(header_with_impact("2026-03-04T08:15:00", "2026-03-05T04:00:00"), events);
    CHECK(m.resolved.time == utc("2026-03-05T04:00:00"));
    CHECK(m.resolved.basis == "incident.impact.end in the header");
    CHECK_FALSE(m.resolved.event_index);
  }
  SECTION("else the last resolve event") {
    const auto events = timeline({alert_a, alert_b, first_resolve, last_resolve});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.resolved.time == utc("2026-03-05T04:15:00"));
    CHECK(m.resolved.basis == "last resolve event: \"Data caught up\"");
    CHECK(m.resolved.event_index == 3u);
  }
  SECTION("else the latest end among alerts, not the last alert to start") {
    const auto events = timeline({alert_a, alert_b});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK(m.resolved.time == utc("2026-03-05T04:10:00"));
    CHECK(m.resolved.basis == "end of the last alert interval: \"Insights stale\"");
    CHECK(m.resolved.event_index == 0u);
  }
  SECTION("alerts without an end and other intervals do not resolve") {
    Event backfill = event(Kind::backfill, "Backfill", "2026-03-04T07:58:00");
    backfill.end = utc("2026-03-04T11:40:00");
    const auto events =
        timeline({backfill, event(Kind::alert, "Insights stale", "2026-03-04T08:21:00")});
    const Metrics m = analyze(impact_at_0815, events);
    CHECK_FALSE(m.resolved.time);
    CHECK(m.resolved.basis ==
          "no resolution recorded (no incident.impact.end in the header, no "
          "resolve event, and no alert with an end)");
    CHECK(m.ttr.reason == m.resolved.basis);
  }
}

}  // namespace
}  // namespace hindsight
