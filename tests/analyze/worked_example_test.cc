// The worked example of docs/metrics.md, value for value. When a rule
// changes, this test and the document change together.
#include <chrono>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "analyze/analyze_test_events.h"
#include "hindsight/analyze.h"

namespace hindsight {
namespace {

using analyze_test::event;
using analyze_test::header_with_impact;
using analyze_test::utc;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// The document's events, with their +02:00 times converted to UTC.
std::vector<Event> example_timeline(bool with_resolve = true) {
  Event backfill =
      event(Kind::backfill, "Backfill of page insights since 2024 started", "2026-03-04T07:58:12");
  backfill.end = utc("2026-03-04T09:05:00");
  Event alert = event(Kind::alert, "Page insights stale for 15 minutes", "2026-03-04T08:21:00");
  alert.end = utc("2026-03-05T04:10:00");
  std::vector<Event> events = {
      event(Kind::config_change, "Lowered graph-sync retry backoff", "2026-03-02T16:00:00"),
      event(Kind::deploy, "Deploy graph-sync v2.4.0", "2026-03-04T07:12:00"),
      backfill,
      alert,
      event(Kind::page, "Paged the data on-call", "2026-03-04T08:23:00"),
      event(Kind::ack, "Data on-call acknowledged", "2026-03-04T08:31:00"),
      event(Kind::rollback, "Backfill stopped; graph-sync rolled back to v2.3.9",
            "2026-03-04T09:05:00"),
  };
  if (with_resolve) {
    events.push_back(
        event(Kind::resolve, "Partner quota restored; all pages caught up", "2026-03-05T04:15:00"));
  }
  return analyze_test::timeline(events);
}

const Incident example_header = header_with_impact("2026-03-04T08:15:00");

TEST_CASE("docs/metrics.md worked example: milestones", "[analyze][docs]") {
  const Metrics m = analyze(example_header, example_timeline());
  CHECK(m.impact_start.time == utc("2026-03-04T08:15:00"));
  CHECK(m.impact_start.basis == "incident.impact.start in the header");
  CHECK(m.detected.time == utc("2026-03-04T08:21:00"));
  CHECK(m.detected.basis ==
        "first alert at/after impact start: \"Page insights stale for 15 minutes\"");
  CHECK(m.acknowledged.time == utc("2026-03-04T08:31:00"));
  CHECK(m.acknowledged.basis == "first ack at/after impact start: \"Data on-call acknowledged\"");
  CHECK(m.mitigated.time == utc("2026-03-04T09:05:00"));
  CHECK(m.mitigated.basis ==
        "first rollback at/after impact start: \"Backfill stopped; graph-sync rolled back to "
        "v2.3.9\"");
  CHECK(m.resolved.time == utc("2026-03-05T04:15:00"));
  CHECK(m.resolved.basis == "last resolve event: \"Partner quota restored; all pages caught up\"");
}

TEST_CASE("docs/metrics.md worked example: durations and triggers", "[analyze][docs]") {
  const Metrics m = analyze(example_header, example_timeline());
  CHECK(m.ttd.value == minutes(6));
  CHECK(m.tta.value == minutes(10));
  CHECK(m.ttm.value == minutes(50));
  CHECK(m.ttr.value == hours(20));

  REQUIRE(m.suspected_triggers.size() == 2);
  CHECK(m.suspected_triggers[0].title == "Backfill of page insights since 2024 started");
  CHECK(m.suspected_triggers[0].lead == minutes(16) + seconds(48));
  CHECK(m.suspected_triggers[1].title == "Deploy graph-sync v2.4.0");
  CHECK(m.suspected_triggers[1].lead == hours(1) + minutes(3));
}

TEST_CASE("docs/metrics.md worked example: variations", "[analyze][docs]") {
  SECTION("without the header's impact start") {
    const Metrics m = analyze({}, example_timeline());
    CHECK(m.impact_start.basis ==
          "inferred from the first alert: \"Page insights stale for 15 "
          "minutes\" (impact start not recorded)");
    CHECK(m.ttd.reason == "impact start not recorded (inferred from the detecting event)");
    CHECK(m.tta.value == minutes(10));
    CHECK(m.ttm.value == minutes(44));
    CHECK(m.ttr.value == hours(19) + minutes(54));
  }
  SECTION("without the resolve event") {
    const Metrics m = analyze(example_header, example_timeline(false));
    CHECK(m.resolved.time == utc("2026-03-05T04:10:00"));
    CHECK(m.resolved.basis ==
          "end of the last alert interval: \"Page insights stale for 15 minutes\"");
    CHECK(m.ttr.value == hours(19) + minutes(55));
  }
}

}  // namespace
}  // namespace hindsight
